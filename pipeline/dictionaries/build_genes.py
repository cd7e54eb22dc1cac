"""Genes (HGNC) and protein families (FamPlex) for ``genes.tsv`` and ``families.tsv``.

Synonym candidates per gene, in order: previous symbols, alias symbols, approved name,
miRNA short forms (``MIR431`` -> ``miR-431``), full protein names from TCMNP and HerbiV,
FamPlex grounding-map texts grounded to the gene (HGNC symbol or UniProt id), and curated
assignments from ``curated/gene_synonyms.tsv``.

Ambiguity rules, applied to synonyms only (the approved symbol is never removed; the
matcher matches symbols case-sensitively):

1. ``short``: synonyms of 1-2 characters are dropped; ``no-letter``: synonyms without a
   letter (``1,2`` from a protein name) or only a Roman numeral (``VIII``, ``VIII-L``) too.
2. ``stoplist``: terms in ``curated/stoplist_terms.tsv`` are dropped (case-insensitive).
3. ``family-term``: a term FamPlex grounds to a family (or a family synonym) is dropped
   from genes, so ``ERK`` or ``p38`` link to the family, not to one member.
4. ``other-symbol``: a synonym equal (case-insensitively) to another gene's approved symbol
   is dropped from the gene that merely has it as an alias.
5. ``shared``: a synonym belonging (case-insensitively) to more than one gene is dropped
   from all of them, unless FamPlex's grounding map or ``curated/gene_synonyms.tsv``
   assigns it to one gene.
6. ``enzyme-class``: a one-word enzyme name that HGNC's approved names use as the head of
   many other enzymes' names (``Dehydrogenase`` of PDK4, ``Demethylase`` of MBD2) names the
   reaction class, not one gene (``enzyme_class_words``).
7. ``series-stem``: an alias that is, hyphens aside, the stem of at least three numbered
   approved symbols of other genes (``IRF`` of IRF1-IRF9 was TRIM63's, ``MT-1`` of MT1A-MT1X
   ALG1's) names the series, not the gene (``series_stems``); the dropped alias still claims
   its text for rule 5, so no other gene's "Mast" or "CPT1" becomes unique by it.

Curated assignments (``curated/gene_synonyms.tsv``) bypass rules 1 and 3-7 but not 2.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    Stoplist,
    clean_term,
    read_csv_rows,
    read_curated,
    read_tsv_rows,
)
from pipeline.dictionaries.protein_name_order import (
    coupling_ion_dropped,
    qualifier_first_names,
    unambiguous_stems,
)
from pipeline.dictionaries.receptor_en import class_receptor_names, receptor_variants_of
from pipeline.dictionaries.receptor_ligands import ligands_by_name, receptor_ligand_names
from pipeline.dictionaries.schema import COMPLEX_NOTE, MULTI_SEP, Entity

GENE_LOCUS_TYPES = {"gene with protein product", "RNA, micro"}

GENE_SYNONYM_COLUMNS = ("id", "synonym", "reason")
FAMILY_SYNONYM_COLUMNS = ("id", "synonyms", "reason")
FAMILY_ADDED_COLUMNS = ("id", "members", "synonyms", "note")

_MIRNA_NAME = lazy_re.compile(r"^microRNA (let-)?(\d+[a-z]?(?:-\d+)?|[0-9a-z]+(?:-\d+)?)$")


def mirna_synonyms(approved_name: str) -> list[str]:
    """Short forms for an HGNC microRNA gene from its approved name.

    ``microRNA 431`` -> miR-431, hsa-miR-431, microRNA-431, miRNA-431;
    ``microRNA 29b-1`` additionally gives the mature-family forms (miR-29b ...), which
    the ``shared`` rule removes when several genes encode the same mature miRNA;
    ``microRNA let-7a-1`` -> let-7a-1, hsa-let-7a-1, let-7a.
    """
    m = _MIRNA_NAME.match(approved_name)
    if not m:
        return []
    let, core = m.group(1), m.group(2)
    cores = [core]
    base = re.sub(r"-\d+$", "", core)
    if base != core:
        cores.append(base)
    out: list[str] = []
    for c in cores:
        if let:
            out += [f"let-{c}", f"hsa-let-{c}"]
        else:
            out += [f"miR-{c}", f"hsa-miR-{c}", f"microRNA-{c}", f"miRNA-{c}"]
    return out


# a Roman numeral alone is a designator, no name ("VIII" of "Cytochrome c oxidase polypeptide VIII"): the linker read
# any "<Chinese word>7" or "8" as it ("胆固醇7", "成纤维细胞生长因子8", validation_zh ChinaXiv-201711.00864V1)
_ROMAN_NUMERAL = lazy_re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:-[A-Z])?")


def split_protein_name(text: str) -> list[str]:
    """UniProt-style ``Main name (Alt 1) (Alt 2) [Cleaved into: ...]`` -> names.

    EC numbers, ``Fragment`` and parts in square brackets are dropped. A bracket glued to the word before
    it is part of that word, not an alternative name: "Collagen alpha-1(VII) chain", "Poly(A) polymerase
    alpha", "D(4) dopamine receptor" (HerbiV protein names). Split there, they gave the main name without
    its designator ("Poly polymerase alpha") and the designator alone as a name of its own: COL7A1 took
    "VII" (and eleven collagens XII…XXVII), which the linker then found in "胆固醇7-羟化酶（CYP7A1）"
    (validation_zh ChinaXiv-201711.00864V1, validation39_zh ChinaXiv-201711.00916V1) and "临床肿瘤药物集VII"
    (sample ChinaXiv-202107.00008V2); PARG took "ADP-ribose", ENPP4 "5'-adenosyl".
    """
    text = re.sub(r"\[.*$", "", text).strip()
    names: list[str] = []
    depth = 0
    buf: list[str] = []
    main: list[str] = []
    glued = 0  # depth of a bracket glued to the word before it, kept in the main name
    for ch in text:
        if glued:
            main.append(ch)
            glued += (ch == "(") - (ch == ")")
            continue
        if ch == "(" and depth == 0 and main and not main[-1].isspace():
            main.append(ch)
            glued = 1
            continue
        if ch == "(":
            if depth == 0:
                buf = []
            else:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                names.append("".join(buf).strip())
            else:
                buf.append(ch)
        elif depth == 0:
            main.append(ch)
        else:
            buf.append(ch)
    out = ["".join(main).strip()] + names
    return [
        n
        for n in (clean_term(x) for x in out)
        if n and not n.startswith("EC ") and n.lower() not in {"fragment", "fragments"}
    ]


# an English enzyme name of one word: the reaction (dehydrogenase) or the substrate and the reaction
# glued (tyrosinase, glucokinase)
_ENZYME_WORD = lazy_re.compile(r"[a-z]{4,}ase")
_NOT_ENZYME_WORDS = frozenset({"release", "increase", "decrease", "disease", "database", "phase"})
# how many approved names must qualify the word before it counts as a class name
ENZYME_CLASS_MIN_GENES = 10
# The other way HGNC names a class: the enzyme word first, the members told apart by a letter or a
# number after it ("arylsulfatase A" ... "arylsulfatase L", "neuraminidase 1" ... "4", "arylsulfatase
# family member I"); three such names make the bare word a class name. HerbiV gave "Arylsulfatase" to ARSI
# alone (BioRED PMID1353340: "conserved in the arylsulfatase gene family", gold ARSA, read as ARSI) and
# "Neuraminidase" to CTSC. "dihydropyrimidinase like 2" is not a lettered member: DPYS keeps its name.
ENZYME_SERIES_MIN_GENES = 3
_SERIES_DESIGNATOR = lazy_re.compile(r"[0-9]{1,2}[a-z]?|[a-z]|family")


def enzyme_class_words(approved_names: list[str], min_genes: int = ENZYME_CLASS_MIN_GENES) -> frozenset[str]:
    """Lower-case one-word enzyme names (-ase) that at least ``min_genes`` HGNC approved names use
    as a head qualified by words before it ("lactate dehydrogenase A", "lysine demethylase 5B",
    "epoxide hydrolase 2"). Enzymes are named by substrate and reaction (IUBMB recommendations on
    enzyme nomenclature: the systematic name is "substrate + reaction type"), so a reaction word
    many genes qualify is the name of a class of reactions: HerbiV's UniProt-style protein names
    give such words alone as synonyms (``Dehydrogenase`` of PDK4, ``Demethylase`` of MBD2,
    ``Hydrolase`` of BPHL, ``Transferase`` of GSTO1, ``Oxidoreductase`` of HSD17B6), and
    "3β-hydroxysteroid dehydrogenase" then read as PDK4, "ethylmorphine-N-demethylase" as MBD2.
    A specific enzyme's own name is qualified by few or no other names (tyrosinase: TYRP1's
    "tyrosinase related protein 1" puts it first; telomerase, aromatase, catalase: none)."""
    qualified: dict[str, int] = defaultdict(int)
    series: dict[str, int] = defaultdict(int)
    for name in approved_names:
        words = re.findall(r"[a-z0-9][a-z0-9-]*", name.lower())
        for w in set(words[1:]):
            if _ENZYME_WORD.fullmatch(w) and w not in _NOT_ENZYME_WORDS:
                qualified[w] += 1
        if len(words) >= 2 and _ENZYME_WORD.fullmatch(words[0]) and words[0] not in _NOT_ENZYME_WORDS \
                and _SERIES_DESIGNATOR.fullmatch(words[1]):
            series[words[0]] += 1
    return frozenset([*(w for w, n in qualified.items() if n >= min_genes),
                      *(w for w, n in series.items() if n >= ENZYME_SERIES_MIN_GENES)])


def receptor_word_orders(terms: dict[str, dict[str, str]], symbols: dict[str, str],
                         taken: set[str]) -> list[tuple[str, str]]:
    """(gene id, variant) for the receptor-name word orders (``receptor_en.receptor_variants_of``)
    of each gene's candidate names whose ``matcher_key`` no term already has (``taken``); the
    build's ``shared`` rule then drops a variant two genes derive."""
    out = []
    for gid, names in terms.items():
        if symbols.get(gid) is None:
            continue
        for variant in receptor_variants_of([t for t in names if "recept" in t.lower()]):
            if matcher_key(variant) not in taken:
                out.append((gid, variant))
    return out


def _split_list(cell: str) -> list[str]:
    return [t.strip() for t in cell.split(",") if t.strip()]


class _Candidates:
    """Synonym candidates per gene id with provenance, before the ambiguity rules."""

    def __init__(self) -> None:
        self.terms: dict[str, dict[str, str]] = defaultdict(dict)  # id -> term -> origin

    def add(self, gid: str, term: str, origin: str) -> None:
        term = clean_term(term)
        if term and term not in self.terms[gid]:
            self.terms[gid][term] = origin


_NUMBERED_NAME = lazy_re.compile(r"^(.*[a-z].*) (\d+)$")
# HGNC naming scaffolds that end a stem no paper writes alone ("SMAD family member 2")
_SCAFFOLD_END = lazy_re.compile(
    r"\b(?:member|subunit|like|type|homolog|family|class|containing|domain|locus|chain|group|"
    r"subfamily|protein|isoform|factor)$")
# class words: a stem made only of them names a class, not one family
_CLASS_WORDS = frozenset(["protein", "kinase", "serine/threonine", "tyrosine", "receptor", "phosphatase",
                          "interleukin", "factor", "enzyme", "channel", "ligase", "transferase"])


_CD_ANTIGEN = lazy_re.compile(r"CD antigen (CDw?\d+[a-z]?\d?)")


def cd_antigen_owners(terms: dict[str, dict[str, str]]) -> dict[str, str]:
    """CD number -> the gene whose UniProt name is "CD antigen CD<n>". The HCDM gives a CD number to
    one molecule, but HGNC lists some as aliases of another gene too (CD25: IL2RA and ISG20, whose
    old alias it is), and the ``shared`` rule then dropped them from both: "CD25(+) Tfh cells" named
    no gene (BioRED's gene linking: 8 CD25 mentions unlinked); others HGNC does not list at all
    (CD64 for FCGR1A, CD11a for ITGAL). The UniProt CD antigen name says whose the number is; the
    build adds it to that gene and lets it win as a curated or FamPlex assignment does."""
    owners: dict[str, str] = {}
    for gid, gene_terms in terms.items():
        for term in gene_terms:
            hit = _CD_ANTIGEN.fullmatch(term)
            if hit:
                owners.setdefault(hit.group(1), gid)
    return owners


def loose_key(term: str) -> str:
    """Case, space and hyphen-insensitive form of a term (the matcher folds them alike)."""
    return re.sub(r"[\s\-]", "", term.casefold())


def matcher_key(term: str) -> str:
    """The key the matcher folds a term to (case, separators and Greek letters: nlp/keys.py), so
    "κ opioid receptor" and "kappa-opioid receptor" are one name."""
    from pipeline.nlp.keys import fold_fast

    return fold_fast(term)[0]


def family_name_stems(members: dict[str, list[str]], approved_name: dict[str, str],
                      taken: set[str]) -> dict[str, str]:
    """family id -> the name its members' approved names share before their number.

    Papers name a family by that stem: "Janus kinase/signal transducer and activator of
    transcription 3" (PMID25373392) is JAK/STAT3, and JAK1-3 are "Janus kinase 1/2/3" in HGNC,
    while FamPlex lists only "Jak" and "JAKs". A stem counts when at least two members and half
    of the family carry it with a plain number; where several families share it, the one with
    most such members (then the smallest) takes it ("mitogen-activated protein kinase" is MAPK,
    not p38). Left out: HGNC scaffolds ("SMAD family member"), stems made of class words only
    ("serine/threonine kinase", "interleukin") and stems that already name something
    (``taken``, as ``loose_key``s: "estrogen receptor" is ESR1's synonym, "nuclear factor of
    activated T-cells" NFATC1's)."""
    best: dict[str, tuple[tuple[int, int], str]] = {}
    for fid, symbols in members.items():
        counts: dict[str, int] = defaultdict(int)
        for sym in symbols:
            m = _NUMBERED_NAME.match(approved_name.get(sym, ""))
            if m:
                counts[m.group(1)] += 1
        for stem, n in counts.items():
            if n < 2 or 2 * n < len(symbols) or _SCAFFOLD_END.search(stem) or loose_key(stem) in taken:
                continue
            if all(w in _CLASS_WORDS for w in stem.casefold().split()):
                continue
            rank = (n, -len(symbols))
            if stem not in best or rank > best[stem][0]:
                best[stem] = (rank, fid)
    return {fid: stem for stem, (_rank, fid) in sorted(best.items())}


def load_famplex(fam_dir: Path) -> tuple[list[str], list[list[str]], list[list[str]]]:
    entities_path = fam_dir / "entities.csv"
    if not entities_path.exists():
        raise BuildError(f"{entities_path}: raw source missing")
    entities = [
        line.strip()
        for line in entities_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    import csv

    with (fam_dir / "grounding_map.csv").open(encoding="utf-8", newline="") as fh:
        grounding = [row for row in csv.reader(fh) if len(row) >= 3]
    with (fam_dir / "relations.csv").open(encoding="utf-8", newline="") as fh:
        relations = [row for row in csv.reader(fh) if len(row) >= 5]
    return entities, grounding, relations


_MESH_ABBREVIATION = lazy_re.compile(r"^(\w[\w+-]{1,9}) \((.+)\)$")  # "ENaC (Epithelial Na+ Channel)"


def mesh_family_names(sources: Path, families: dict[str, Entity]) -> dict[str, list[str]]:
    """Family names from the MeSH descriptor FamPlex maps the family to (equivalences.csv):
    FZD has no readable synonym in FamPlex but MeSH D051157 "Frizzled Receptors" (entry terms
    Frizzled Receptor, Frizzled Proteins); SCNN is "Epithelial Sodium Channels" and "ENaC".
    Permuted entry terms ("Receptors, Frizzled") are left out; "ABBR (expansion)" gives both.
    Used only for families FamPlex gives no readable name (NOS keeps its names: MeSH "Nitric
    Oxide Synthase" would take "inducible nitric oxide synthase" from NOS2 in the linker)."""
    eq = sources / "families" / "equivalences.csv"
    mesh = sources / "chemicals" / "mesh_chemical_descriptors.tsv"
    if not eq.exists() or not mesh.exists():
        return {}
    wanted: dict[str, list[str]] = defaultdict(list)  # MeSH id -> family ids
    for line in eq.read_text(encoding="utf-8").splitlines():
        cells = line.split(",")
        if len(cells) == 3 and cells[0] == "MESH" and f"FPLX:{cells[2]}" in families:
            wanted[cells[1]].append(f"FPLX:{cells[2]}")
    out: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv_rows(mesh):
        fids = wanted.get(r["mesh_id"], [])
        if len(fids) != 1:  # a descriptor two families share names neither
            continue
        for t in [r["name"], *r["entry_terms"].split("|")]:
            t = clean_term(t)
            if not t or ", " in t:
                continue
            m = _MESH_ABBREVIATION.match(t)
            for term in (m.groups() if m else (t,)):
                if term not in out[fids[0]]:
                    out[fids[0]].append(term)
    return out


def curated_family_ids(curated: Path) -> set[str]:
    """Families a curator named (names_zh_genes.tsv): their names are settled."""
    path = curated / "names_zh_genes.tsv"
    if not path.exists():
        return set()
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("FPLX:")}


def build_genes_and_families(
    sources: Path, curated: Path, stoplist: Stoplist, stats: RuleStats
) -> tuple[dict[str, Entity], dict[str, Entity]]:
    hgnc_rows = read_tsv_rows(sources / "genes" / "hgnc_entries.tsv")
    genes: dict[str, Entity] = {}
    symbol_to_id: dict[str, str] = {}
    uniprot_to_id: dict[str, str] = {}
    cands = _Candidates()
    for r in hgnc_rows:
        if r["Status"] != "Approved" or r["Locus type"] not in GENE_LOCUS_TYPES:
            continue
        gid, sym = r["HGNC ID"], r["Approved symbol"]
        ent = Entity(id=gid, type="gene", name=sym, source="HGNC")
        if r["Locus type"] == "RNA, micro":
            ent.note = "microRNA gene"
        genes[gid] = ent
        symbol_to_id[sym] = gid
        for up in _split_list(r["UniProt ID(supplied by UniProt)"]):
            uniprot_to_id.setdefault(up, gid)
        for t in _split_list(r["Previous symbols"]):
            cands.add(gid, t, "previous symbol")
        for t in _split_list(r["Alias symbols"]):
            cands.add(gid, t, "alias symbol")
        cands.add(gid, r["Approved name"], "approved name")
        if r["Locus type"] == "RNA, micro":
            for t in mirna_synonyms(r["Approved name"]):
                cands.add(gid, t, "miRNA form")

    # Full protein names (optional sources; mapped by approved symbol only).
    fullnames = sources / "genes" / "tcmnp_target_fullnames.tsv"
    if fullnames.exists():
        for r in read_tsv_rows(fullnames):
            gid = symbol_to_id.get(r["Target"])
            if gid and r["Target_full_name"]:
                cands.add(gid, r["Target_full_name"], "TCMNP full name")
    proteins = sources / "herbiv" / "HerbiV_proteins.csv"
    if proteins.exists():
        for r in read_csv_rows(proteins):
            toks = r["gene_name"].split()
            gid = symbol_to_id.get(toks[0]) if toks else None
            if gid:
                for t in split_protein_name(r["protein_name"]):
                    cands.add(gid, t, "HerbiV protein name")

    # FamPlex.
    fam_ids, grounding, relations = load_famplex(sources / "families")
    families: dict[str, Entity] = {
        f"FPLX:{f}": Entity(id=f"FPLX:{f}", type="family", name=f, source="FamPlex")
        for f in fam_ids
    }
    family_terms: set[str] = set()  # casefolded texts that belong to families
    protected: dict[str, str] = {}  # casefolded term -> gene id (curated / FamPlex assignment)
    for row in grounding:
        text, ns, ident = clean_term(row[0]), row[1].strip(), row[2].strip()
        if not text:
            continue
        if ns == "FPLX":
            fam = families.get(f"FPLX:{ident}")
            if fam is not None:
                fam.synonyms.append(text)
                family_terms.add(text.casefold())
        elif ns in ("HGNC", "UP"):
            gid = symbol_to_id.get(ident) if ns == "HGNC" else uniprot_to_id.get(ident)
            if gid:
                cands.add(gid, text, "FamPlex grounding")
                protected.setdefault(text.casefold(), gid)
    for row in read_curated(curated / "families_added.tsv", FAMILY_ADDED_COLUMNS, required=("id",)):
        if not row["id"].startswith("FPLX:") or row["id"] in families:
            raise BuildError(
                f"{row.where()}: added family id must be a new FPLX:<name>, got {row['id']!r}"
            )
        fam = Entity(
            id=row["id"], type="family", name=row["id"][5:], source="curated", note=row["note"]
        )
        fam.synonyms = [t for t in row["synonyms"].split(MULTI_SEP) if t.strip()]
        for sym in (t.strip() for t in row["members"].split(MULTI_SEP)):
            if sym and sym not in symbol_to_id:
                raise BuildError(f"{row.where()}: member {sym!r} is not an approved HGNC symbol")
            if sym:
                relations.append(["HGNC", sym, "isa", "FPLX", fam.name])
        families[fam.id] = fam
    for fam in families.values():
        if "_" in fam.name:
            fam.synonyms.append(fam.name.replace("_", " "))
    named = curated_family_ids(curated)
    for fid, terms in mesh_family_names(sources, families).items():
        fam = families[fid]
        if fid in named or any(t != fam.name.replace("_", " ") for t in fam.synonyms):
            continue  # FamPlex names it already; MeSH's broader class names would compete
        fam.synonyms += [t for t in terms if t not in fam.synonyms]
    for row in read_curated(
        curated / "family_synonyms.tsv", FAMILY_SYNONYM_COLUMNS, required=("id",)
    ):
        fam = families.get(row["id"])
        if fam is None:
            raise BuildError(
                f"{row.where()}: family id {row['id']!r} is not in FamPlex entities.csv"
            )
        for t in row["synonyms"].split(MULTI_SEP):
            t = clean_term(t)
            if t:
                fam.synonyms.append(t)
                family_terms.add(t.casefold())
    family_terms |= {f.name.casefold() for f in families.values()}

    # Members (flattened isa/partof) and parents.
    children: dict[str, list[tuple[str, str]]] = defaultdict(list)  # family -> [(ns, id)]
    gene_parents: dict[str, list[str]] = defaultdict(list)
    assembled: set[str] = set()  # families with a "partof" child: complexes of their parts
    for ns1, id1, rel, ns2, id2 in (r[:5] for r in relations):
        if rel not in ("isa", "partof") or ns2 != "FPLX":
            continue
        children[id2].append((ns1, id1))
        if rel == "partof":
            assembled.add(id2)
        if ns1 == "FPLX" and f"FPLX:{id1}" in families:
            families[f"FPLX:{id1}"].parents.append(f"FPLX:{id2}")
        elif ns1 == "HGNC" and id1 in symbol_to_id:
            gene_parents[symbol_to_id[id1]].append(f"FPLX:{id2}")

    def flatten(fam: str, seen: frozenset[str]) -> list[str]:
        out: list[str] = []
        for ns, ident in children.get(fam, []):
            if ns == "HGNC":
                out.append(ident)
            elif ns == "FPLX" and ident not in seen:
                out.extend(flatten(ident, seen | {ident}))
        return out

    for fam in families.values():
        fam.members = sorted(set(flatten(fam.name, frozenset({fam.name}))))
        fam.parents = sorted(set(fam.parents))
        if fam.name in assembled:  # FSH of CGA and FSHB, NADPH oxidase of its subunits (nlp/family_sense)
            fam.note = f"{fam.note}; {COMPLEX_NOTE}" if fam.note else COMPLEX_NOTE
    for gid, parents in gene_parents.items():
        genes[gid].parents = sorted(set(parents))

    # Family names from the stem of their members' names (Janus kinase 1/2/3 -> JAK).
    approved = {r["Approved symbol"]: r["Approved name"] for r in hgnc_rows if r["Status"] == "Approved"}
    taken = {loose_key(t) for terms in cands.terms.values() for t in terms}
    taken |= {loose_key(t) for fam in families.values() for t in fam.synonyms}
    for fid, stem in family_name_stems({f.id: f.members for f in families.values()}, approved, taken).items():
        families[fid].synonyms.append(stem)
        stats.hit("family-name-stem", f"{stem} ({fid})")

    # Curated gene synonym assignments.
    curated_terms: dict[str, str] = {}
    for row in read_curated(
        curated / "gene_synonyms.tsv", GENE_SYNONYM_COLUMNS, required=("id", "synonym")
    ):
        gid = row["id"] if row["id"] in genes else symbol_to_id.get(row["id"], "")
        if not gid:
            raise BuildError(
                f"{row.where()}: gene {row['id']!r} is not an approved HGNC id or symbol"
            )
        term = clean_term(row["synonym"])
        key = term.casefold()
        if key in curated_terms and curated_terms[key] != gid:
            raise BuildError(
                f"{row.where()}: synonym {term!r} already assigned to {curated_terms[key]}"
            )
        curated_terms[key] = gid
        cands.terms[gid][term] = "curated"
    protected.update(curated_terms)
    for number, gid in cd_antigen_owners(cands.terms).items():  # "CD25": IL2RA's, not ISG20's
        cands.add(gid, number, "UniProt CD antigen")
        protected.setdefault(number.casefold(), gid)
        stats.hit("cd-antigen-owner", f"{number} ({genes[gid].name})")

    # Receptor subtype names in the word orders papers use ("kappa opioid receptor" for HGNC's
    # "opioid receptor kappa 1"; receptor_en.py); a variant another entity already uses is left out.
    keys = {matcher_key(t) for terms in cands.terms.values() for t in terms}
    keys |= {matcher_key(t) for fam in families.values() for t in (fam.name, *fam.synonyms)}
    keys |= {matcher_key(g.name) for g in genes.values()}
    for gid, variant in receptor_word_orders(cands.terms, {g: e.name for g, e in genes.items()}, keys):
        cands.add(gid, variant, "receptor word order")
        stats.hit("receptor-word-order", f"{variant} ({genes[gid].name})")
    # a receptor named by its ligand's symbol ("IL-6 receptor" for "interleukin 6 receptor";
    # receptor_ligands.py); two receptors deriving one name lose it to the ``shared`` rule
    ligands = ligands_by_name(approved, {f.name: f.synonyms for f in families.values()})
    approved_of = {gid: [approved[e.name]] for gid, e in genes.items() if e.name in approved}
    for gid, name in receptor_ligand_names(approved_of, {g: e.name for g, e in genes.items()}, ligands):
        if matcher_key(name) not in keys:
            cands.add(gid, name, "receptor by ligand symbol")
            stats.hit("receptor-ligand-symbol", f"{name} ({genes[gid].name})")
    # UniProt's inverted names with the qualifier first ("endothelial nitric oxide synthase";
    # protein_name_order.py)
    for gid, names in list(cands.terms.items()):
        for name in list(names):
            for variant in qualifier_first_names(name):
                if matcher_key(variant) not in keys:
                    cands.add(gid, variant, "qualifier first")
                    stats.hit("qualifier-first", f"{variant} ({genes[gid].name})")
    # ion-coupled transporters by their substrate alone ("serotonin transporter" of "Sodium-dependent
    # serotonin transporter"; protein_name_order.py), where no other gene's name holds the stem
    dropped: dict[str, str] = {}
    for gid, names in cands.terms.items():
        for name in names:
            variant = coupling_ion_dropped(name)
            if variant and matcher_key(variant) not in keys and dropped.get(variant, gid) == gid:
                dropped[variant] = gid
            elif variant and dropped.get(variant, gid) != gid:
                dropped[variant] = ""  # two genes derive it
    dropped = {v: g for v, g in dropped.items() if g}
    for variant in sorted(unambiguous_stems(dropped, {g: list(n) for g, n in cands.terms.items()})):
        cands.add(dropped[variant], variant, "coupling ion dropped")
        stats.hit("coupling-ion-dropped", f"{variant} ({genes[dropped[variant]].name})")
    # receptor classes named by their agonist ("nicotinic receptor" = CHRN); a name another
    # family would also derive goes to neither
    derived: dict[str, set[str]] = defaultdict(set)
    for fam in families.values():
        for t in (fam.name.replace("_", " "), *fam.synonyms):
            for name in class_receptor_names(t):
                if matcher_key(name) not in keys:
                    derived[name].add(fam.id)
    for name, fids in sorted(derived.items()):
        if len(fids) == 1:
            families[next(iter(fids))].synonyms.append(name)
            stats.hit("receptor-class-name", f"{name} ({next(iter(fids))})")

    classes = enzyme_class_words([r["Approved name"] for r in hgnc_rows if r["Status"] == "Approved"])
    _apply_gene_rules(genes, cands, protected, curated_terms, family_terms, stoplist, stats, classes)

    # Family synonyms: short and stoplist rules only; families sharing a text lose it.
    owners: dict[str, set[str]] = defaultdict(set)
    for fam in families.values():
        kept = []
        for t in fam.synonyms:
            if len(t) <= 2:
                stats.hit("short", f"{t} ({fam.id})")
            elif stoplist.blocks(t):
                stats.hit("stoplist", f"{t} ({fam.id})")
            elif t.casefold() in curated_terms:
                # a curated assignment wins over the family too: HGNC's previous symbol ABL is
                # ABL1 (BCR-ABL, c-ABL), FamPlex grounds it to the ABL family
                stats.hit("family-curated-gene-term", f"{t} ({fam.id})")
            else:
                kept.append(t)
                owners[t.casefold()].add(fam.id)
        fam.synonyms = kept
    for fam in families.values():
        kept = []
        for t in fam.synonyms:
            if len(owners[t.casefold()]) > 1 and t.casefold() != fam.name.casefold():
                stats.hit("shared", f"{t} ({fam.id})")
            else:
                kept.append(t)
        fam.synonyms = kept
    return genes, families


# A symbol-shaped alias that is the stem of a numbered series of other genes' approved symbols
# (IRF of IRF1..IRF9, SOCS of SOCS1..SOCS7, TRIM, RGS, SLC, TAF, RNF, MT1 of MT1A..MT1X) names the
# series in running text, not the one gene HGNC lists it under: "IRF" was TRIM63 (BioRED train
# 18408250, "IRF" for the interferon regulatory factors), "MT1"/"metallothionein-1" ALG1 (BioRED
# train 27184800), "SOCS" CISH, "RGS" PITX2, "HSF" IL6, "SMC" DYM, "PKD" PRKD1.
_STEM_SHAPE = lazy_re.compile(r"^[A-Z][A-Z0-9]*$")
SERIES_STEM_MIN = 3  # distinct series numbers (ANP32A/B/E count once: ANP stays NPPA's)


def series_stems(symbols: list[str], min_numbers: int = SERIES_STEM_MIN) -> frozenset[str]:
    """Stems that begin at least ``min_numbers`` approved symbols followed by distinct numbers
    (IRF1, IRF2, IRF3 -> IRF; SLC1A1, SLC2A1, SLC7A11 -> SLC) or, for a stem ending in a digit, by
    distinct letters (MT1A, MT1B, MT1E -> MT1)."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for sym in symbols:
        for m in re.finditer(r"(?<=[A-Z])(?=\d)", sym):  # a letter then a digit: a stem ends there
            stem, rest = sym[:m.start()], sym[m.start():]
            number = re.match(r"\d+", rest)
            if number and re.fullmatch(r"\d+(?:[A-Z]\d{0,2})?", rest):
                numbers[stem].add(number.group())
        lettered = re.fullmatch(r"([A-Z][A-Z0-9]*\d)([A-Z])", sym)
        if lettered:
            numbers[lettered.group(1)].add(lettered.group(2))
    return frozenset(stem for stem, found in numbers.items() if len(found) >= min_numbers)


def is_series_stem_alias(term: str, symbol: str, stems: frozenset[str]) -> bool:
    """Is ``term`` (an alias of the gene with approved ``symbol``), hyphens aside, the stem of a
    series that ``symbol`` is not in?"""
    bare = term.replace("-", "")  # "MT-1": the matcher reads it as MT1 too
    return bool(_STEM_SHAPE.match(bare)) and bare in stems and not symbol.startswith(bare)


def _apply_gene_rules(
    genes: dict[str, Entity],
    cands: _Candidates,
    protected: dict[str, str],
    curated_terms: dict[str, str],
    family_terms: set[str],
    stoplist: Stoplist,
    stats: RuleStats,
    enzyme_classes: frozenset[str] = frozenset(),
) -> None:
    symbols = {g.name.casefold(): gid for gid, g in genes.items()}
    stems = series_stems([g.name for g in genes.values()])
    survivors: dict[str, list[str]] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for gid, terms in cands.terms.items():
        gene = genes[gid]
        kept: list[str] = []
        for term in terms:
            key = term.casefold()
            if term == gene.name:
                continue
            if stoplist.blocks(term):
                stats.hit("stoplist", f"{term} ({gene.name})")
                continue
            if curated_terms.get(key) == gid:
                kept.append(term)
                continue
            if key in curated_terms:  # curated to another gene
                stats.hit("shared", f"{term} ({gene.name})")
                continue
            if len(term) <= 2:
                stats.hit("short", f"{term} ({gene.name})")
                continue
            if not any(ch.isalpha() for ch in term) or _ROMAN_NUMERAL.fullmatch(term):
                stats.hit("no-letter", f"{term} ({gene.name})")
                continue
            if key in family_terms:
                stats.hit("family-term", f"{term} ({gene.name})")
                continue
            if key in enzyme_classes:
                stats.hit("enzyme-class", f"{term} ({gene.name})")
                continue
            if is_series_stem_alias(term, gene.name, stems) and protected.get(key) != gid:
                stats.hit("series-stem", f"{term} ({gene.name})")
                owners[key].add(gid)  # still a claim: another gene's "Mast" or "CPT1" stays shared
                continue
            owner = symbols.get(key)
            if owner is not None and owner != gid:
                stats.hit("other-symbol", f"{term} ({gene.name}; symbol of {genes[owner].name})")
                continue
            kept.append(term)
            owners[key].add(gid)
        survivors[gid] = kept
    for gid, kept in survivors.items():
        gene = genes[gid]
        final: list[str] = []
        for term in kept:
            key = term.casefold()
            ids = owners.get(key, set())
            if len(ids) > 1 and protected.get(key) != gid:
                if key in protected and protected[key] in ids and protected[key] != gid:
                    stats.hit(
                        "shared", f"{term} ({gene.name}; assigned to {genes[protected[key]].name})"
                    )
                else:
                    stats.hit("shared", f"{term} ({gene.name})")
                continue
            final.append(term)
        gene.synonyms = final

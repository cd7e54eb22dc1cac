"""Assay reagents: recognised as entities, never relation partners.

Stains, probes, assay enzymes and vehicles ("Annexin V-FITC/PI 双染法检测细胞凋亡", "TUNEL
(TdT-mediated dUTP nick end labeling)", "DMSO as vehicle") are how a finding was measured.
A sentence that names one next to the drug under study ("通过AnnexinV-FITC/PI双染法检测W40对
细胞凋亡的诱导") states no relation between them, yet co-mention typing made one
(W40 -> Fluorescein-5-isothiocyanate). The mentions stay (mentions.csv, BioC, the NER
benchmarks count FITC as a chemical and Annexin V as a gene), with ``how`` = ``reagent``, which
pipeline/relations/pairs.py leaves out of pairs, as it does endogenous metabolites.

The list is curated data (``dictionaries/curated/assay_reagents.tsv``: name, reason). A
COMPOUND entity a listed name resolves to is a reagent wherever it is mentioned (FITC,
fluorescein isothiocyanate, 异硫氰酸荧光素 alike); a GENE is a reagent only as the written name
listed (Annexin V, TdT), so ANXA5 and DNTT written as genes keep their relations.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline import lazy_re
from pipeline.nlp.keys import fold_fast
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import NO_PARTNER, REAGENT
from pipeline.text.normalize import normalize_text

REAGENTS_FILE = "assay_reagents.tsv"


@dataclass(frozen=True)
class Reagents:
    keys: frozenset[str] = frozenset()  # folded written names
    compound_ids: frozenset[str] = frozenset()  # COMPOUND entities the names resolve to

    def __contains__(self, m: Mention) -> bool:
        return m.entity_id in self.compound_ids or (
            bool(self.keys) and fold_fast(normalize_text(m.text))[0] in self.keys)


def read_reagent_names(path: Path) -> list[str]:
    """The ``name`` column of the curated file (``#`` lines are comments, then a header)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [r[0].strip() for r in rows[1:] if r[0].strip()]


def reagents_of(names: Iterable[str], lookup: Callable[[str], list[tuple[str, str]]]) -> Reagents:
    """``lookup(name)`` -> [(entity_id, label)] of the dictionary terms the name folds to."""
    names = list(names)
    compound_ids = {eid for n in names for eid, label in lookup(n) if label == "COMPOUND"}
    return Reagents(frozenset(fold_fast(normalize_text(n))[0] for n in names), frozenset(compound_ids))


def mark_reagents(mentions: list[Mention], reagents: Reagents) -> None:
    """Set ``how`` to ``reagent`` on the reagent mentions (in place)."""
    for m in mentions:
        if m.label in ("COMPOUND", "GENE") and m in reagents:
            m.how = REAGENT


# An assay named by its substrate or matrix: "gelatin zymography", "casein zymography", "MTT
# assay", "Alizarin red staining", "agarose gel electrophoresis" — the compound is how the
# finding was measured (validation PMID21515352: Gelatin -> MMP-9 from "Gelatin zymography assay").
_ASSAY_AFTER = lazy_re.compile(
    r"[\s-]+(?:zymograph(?:y|ic)|zymograms?|assays?|stain(?:ing|s)?|electrophoresis|gels?|"
    r"blot(?:ting)?|chromatography|reduction assay|incorporation)(?![\w-])", re.IGNORECASE)


def names_an_assay(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention the substrate an assay's name begins with ("Gelatin zymography")?"""
    return m.label == "COMPOUND" and _ASSAY_AFTER.match(text, m.end) is not None


def mark_assay_substrates(text: str, mentions: list[Mention]) -> None:
    """Set ``how`` to ``reagent`` on compounds that name an assay (in place)."""
    for m in mentions:
        if names_an_assay(text, m):
            m.how = REAGENT


# The substrate an enzyme's name is built on: "aniline 4-hydroxylase", "ethylmorphine-N-demethylase",
# "p-nitrophenyl phosphatase". IUBMB recommended names are "substrate + reaction-ase" (Enzyme
# Nomenclature 1992, rule 2): the compound names the enzyme (an assay of its activity), it does not
# act on anything (validation PMID22815248: aniline -> CYP from "aniline 4-hydroxylase activity").
# (English words in -ase that name no enzyme: "cytochrome C release", "TZDs increase", "GABA release")
_NOT_ENZYME = r"(?:release|increase|decrease|phase|disease|base|case|purchase|database|erase|ease|cease|lease|chase|please)"
_ENZYME_AFTER = lazy_re.compile(rf"[\s-]+(?:\d'?-|[NOS]-)?(?!{_NOT_ENZYME}(?![\w-]))[a-z]{{3,}}ase(?![\w-])", re.IGNORECASE)
# An assay of an activity read through its substrate or reagent: "activity was determined as
# hydroxylation of aniline", "MPO activity was measured using o-dianisidine". The method's noun
# phrase holds only articles, reaction nominalisations ("hydroxylation", "hydrolysis") and "of"
# before the compound (validation PMID23578993: aniline -> CYP2E1).
_ASSAY_METHOD_BEFORE = lazy_re.compile(
    r"\bactivit(?:y|ies)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:determined|measured|assayed|estimated|monitored|"
    r"quantified|evaluated|assessed)\s+(?:as|by|using|with|via|through|from)"
    r"(?:\s+(?:the|a|an|of|its|their|[a-z]+(?:ation|ysis)))*\s+$", re.IGNORECASE)
# A compound named as the substrate of a transporter or enzyme assay: "the model substrates estradiol
# 17β-glucuronide, estrone 3-sulfate, and DHEAS", "using X as (a) substrate".
_SUBSTRATE_BEFORE = lazy_re.compile(r"\bsubstrates?(?:\s*,)?\s+(?:(?:such as|including|like|namely|e\.g\.,?)\s+)?$", re.IGNORECASE)
_AS_SUBSTRATE_AFTER = lazy_re.compile(r"\s+as\s+(?:an?\s+|the\s+)?(?:\w+\s+)?substrates?\b", re.IGNORECASE)
_LIST_GAP = lazy_re.compile(r"^[\s,;()\-]*(?:(?:and|or)\s+)?$")  # "estradiol 17β-glucuronide" is matched in two pieces
_METHOD_REACH = 120


def is_assay_substrate(text: str, m: Mention, before: str | None = None) -> bool:
    """Is this COMPOUND mention the substrate or reagent of an activity assay (an enzyme name built on
    it, an activity "determined as hydroxylation of" it, a "substrate" in apposition)? ``before``: the
    text before the mention with earlier list items blanked (``mark_assay_substrates``)."""
    if m.label != "COMPOUND":
        return False
    if _ENZYME_AFTER.match(text, m.end) or _AS_SUBSTRATE_AFTER.match(text, m.end):
        return True
    before = text[max(0, m.start - _METHOD_REACH):m.start] if before is None else before
    return bool(_ASSAY_METHOD_BEFORE.search(before) or _SUBSTRATE_BEFORE.search(before))


def _heads_substrate_list(text: str, m: Mention) -> bool:
    """Does the mention follow "substrate(s)" directly (the first item of a substrate list)?"""
    return bool(_SUBSTRATE_BEFORE.search(text, max(0, m.start - _METHOD_REACH), m.start))


def mark_enzyme_substrates(text: str, mentions: list[Mention]) -> None:
    """Set ``how`` to ``reagent`` on compounds that are an assay's substrate (in place). A list of
    substrates ("the model substrates A, B, and C (C')") is read item by item: an item whose gap to the
    previous item of the list is only commas, brackets and a conjunction is one too."""
    list_end = -1  # end of the last item of a substrate list being read
    for m in sorted(mentions, key=lambda x: x.start):
        if m.label != "COMPOUND" or m.how in NO_PARTNER:  # an endogenous ion stays endogenous
            continue
        if list_end >= 0 and _LIST_GAP.match(text[list_end:m.start]):
            m.how = REAGENT
            list_end = m.end
            continue
        list_end = -1
        if _heads_substrate_list(text, m):
            m.how = REAGENT
            list_end = m.end
        elif is_assay_substrate(text, m):
            m.how = REAGENT


# Penicillin and streptomycin as the antibiotics of a culture medium ("DMEM/F12完全培养基（含10%胎牛血清和1%青霉素/
# 链霉素双抗）", validation ChinaXiv-201711.00762V1; "MEM培养基（含…胎牛血清，100 U/mL青霉素和100 U/mL链霉素）",
# ChinaXiv-201712.00999V1; "1%青霉素/链霉素的M199培养基", ChinaXiv-201812.00642V1; "FBS和1%（青霉素和链霉素)的a-MEM
# 完全培养基", ChinaXiv-201806.00158V1) or of a methods list of what was bought ("MEM培养基、胎牛血清、胰酶、青霉素、
# 链霉素购买于美国Gibco") keep the cells sterile, like the vehicle and the stains: they are how the experiment was
# run, not what it studied, yet co-mention made them partners of every gene of the paragraph (35 false rows in
# nine development papers, and no gold row has either). The two are one supplement ("pen-strep", 双抗), so a
# paragraph naming both, or naming a medium or serum, uses them so; an antibiotic studied alone keeps its rows.
_CULTURE_ANTIBIOTIC = lazy_re.compile(r"青霉素|链霉素|penicillin|streptomycin", re.IGNORECASE)
_PENICILLIN = lazy_re.compile(r"青霉素|青\s*[-/、,，]\s*链霉素|青链霉素|penicillin", re.IGNORECASE)
_STREPTOMYCIN = lazy_re.compile(r"链霉素|streptomycin", re.IGNORECASE)
_CULTURE_WORD = lazy_re.compile(r"培养基|培养液|胎牛血清|\bFBS\b|\bmedium\b|\bmedia\b|\bserum\b", re.IGNORECASE)


def mark_culture_antibiotics(text: str, mentions: list[Mention]) -> None:
    """Set ``how`` to ``reagent`` (in place) on the penicillin and streptomycin mentions of a paragraph that names
    both or a culture medium or serum (above)."""
    found = [m for m in mentions if m.label == "COMPOUND" and _CULTURE_ANTIBIOTIC.search(m.text)]
    if not found:
        return
    if (_PENICILLIN.search(text) and _STREPTOMYCIN.search(text)) or _CULTURE_WORD.search(text):
        for m in found:
            m.how = REAGENT

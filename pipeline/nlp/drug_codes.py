"""A drug's development code defined beside its name: "Am80 (Tamibarotene)", "Dasatinib (BMS-354825)".

Papers on a new drug name it once by its generic name and its company code together, one of the
two in parentheses, and then use the code: "a novel synthetic retinoid Am80 (Tamibarotene) …
Am80 is specific for the retinoic-acid receptor-alpha/beta" (validation_en PMID15843826). The
code is no abbreviation of the name (Schwartz & Hearst's letter matching finds nothing) and no
source lists it, so the later uses are lost. A code is shaped like one: letters then digits,
with or without a hyphen (Am80, BMS-354825, PKI-587, SB203580); the definition is the code and
one compound mention side by side, one of them alone in parentheses. Within the paper every
whole-word use of the code that no other mention covers is that compound (how = ``drug-code``).
"""

from __future__ import annotations

import re

from functools import lru_cache
from pathlib import Path

from pipeline import lazy_re
from pipeline.config import bundled_path
from pipeline.dictionaries.build_codes import CODES_FILE, code_key
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.matcher import Mention
from pipeline.text.lookbehind import body_of, finditer_from_body
from pipeline.text.word_gate import may_hold

DRUG_CODE = "drug-code"
_CODE = r"[A-Z][A-Za-z]{0,4}-?\d{2,7}[A-Za-z]?"
_CODE_BEFORE = lazy_re.compile(r"(?<![\w-])(" + _CODE + r")\s*\(\s*$")  # "Am80 (" before the compound
_CODE_AFTER = lazy_re.compile(r"^\s*\(\s*(" + _CODE + r")\s*\)")  # "(BMS-354825)" after the compound


# "puromycin aminonucleoside (PAN; 180 mg/kg iv)", "parachlorophenylalanine (PCPA 100 mg/kg",
# "free thyroxine (T4: 20.8 pg/ml", "nelarabine (AraG)": the paper's short name of a compound opens
# the parentheses after it, followed by ")" or by the dose or level (";" / ":" / a number).
_DOSE = r"\d[\d.]*\s*(?:[a-zµμ%]|/)"  # a number with its unit: "180 mg/kg", "20.8 pg/ml", "5%"
_ABBREVIATION_AFTER = lazy_re.compile(
    r"^\s*\(\s*([A-Za-z][A-Za-z0-9]{1,7})(?=\s*\)|\s*[;:]?\s+" + _DOSE + r"|\s*[;:]\s*" + _DOSE + ")"
)
_COMBINATION_BEFORE = lazy_re.compile(r"[+/]\s*$")  # "MTX + 5-FU + CY (CMF)": the regimen, not CY
# A counter-ion read alone at the end of a longer name: "…diphenyltetrazolium bromide (MTT)"
# abbreviates the whole salt, not the bromide.
_COUNTER_ION = lazy_re.compile(r"^(?:bromides?|chlorides?|iodides?|fluorides?|sodium|potassium|sulfates?|sulphates?|"
                               r"phosphates?|acetates?|nitrates?|citrates?|salts?)$", re.IGNORECASE)
# A "compound" named by a protein head ("iron-sulfur protein (IP)", ChEBI's iron-sulfur
# protein): its short name is the protein's (BioRED PMID9647766 tags IP a gene).
_PROTEIN_HEAD = lazy_re.compile(r"\b(?:proteins?|enzymes?|factors?|receptors?|peptides?|antibod(?:y|ies))$", re.IGNORECASE)
# Assay quantities and record labels written the same way: "(IC50: 5 µM)", "(CAS: 50-07-7)".
_QUANTITY = lazy_re.compile(r"^(?:[A-Z]{1,2}[Dd]?50|K[aidm]|[CT]max|AUC|CAS|MW|NMR|HPLC|MS|LC|pH|pKa|USP|EP)$")


def abbreviation_after(text: str, m: Mention) -> str | None:
    """The short name a compound mention ``m`` defines in the parentheses right after it, or None.

    Schwartz & Hearst's letter matching misses short names that are no initials of the name
    (nelarabine = AraG, arabinosylguanine) and definitions whose parentheses go on with the dose
    ("(PAN; 180 mg/kg iv)", "(PCPA 100 mg/kg, every other day)"). Accepted: one token of 2-8
    letters/digits shaped like an abbreviation (two capitals, or a capital and a digit: PAN,
    AraG, T4) whose first letter occurs in the compound's name (a supplier in parentheses,
    "metformin (MCE)", seldom shares it), no assay quantity (IC50, Ki, Cmax, CAS), a number
    after it only with a unit ("HCFC 123)" is a name with its number), and no last member of a
    combination ("MTX + 5-FU + CY (CMF)" names the regimen) nor counter-ion ending a longer
    name ("…tetrazolium bromide (MTT)"), nor a name with a protein head ("iron-sulfur protein
    (IP)")."""
    hit = _ABBREVIATION_AFTER.match(text[m.end:m.end + 40])
    if hit is None or _COUNTER_ION.match(m.text) or _PROTEIN_HEAD.search(m.text) \
            or _COMBINATION_BEFORE.search(text[max(0, m.start - 4):m.start]):
        return None
    token = hit.group(1)
    capitals = sum(c.isupper() for c in token)
    if capitals < 2 and not (capitals == 1 and any(c.isdigit() for c in token)):
        return None
    if _QUANTITY.match(token) or token[0].lower() not in m.text.lower():
        return None
    return token


# A compound's development code dosed in the parentheses after it: "the higher dose of GNC92H2 (190
# mg/kg)", "AP7 (10 or 20 nmol/0.5 microl)", "FX11 (42 µM)". The code may have one digit (PG-9,
# BV6) and letters after its digits (GNC92H2).
_DOSED_SHAPE = r"[A-Z][A-Za-z]{0,4}-?\d{1,7}(?:[A-Za-z]{1,2}\d{0,2})?"
_AMOUNT = r"\d[\d.]*(?:\s*(?:,|and|or|to|-|–)\s*\d[\d.]*)*"
_DOSE_UNIT = (r"(?:mg|µg|μg|microg|mcg|ng|g|nmol|µmol|μmol|micromol|mmol|pmol|mM|µM|μM|microM|nM|pM)"
              r"(?=[/\s,;)]|\.\s|$)")
_DOSED_CODE = lazy_re.compile(r"(?<![\w-])(" + _DOSED_SHAPE + r")\s*\(\s*(?:at\s+)?" + _AMOUNT + r"\s*" + _DOSE_UNIT)
_DOSED_CODE_BODY = body_of(_DOSED_CODE)
PAPER_CODE_PREFIX = "PCPD:"  # the paper-compound id scheme of nlp/paper_compounds.py


@lru_cache(maxsize=4)
def mesh_codes(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """{code key: (MeSH supplementary-record id, its name)} of ``dictionaries/compound_codes.tsv``
    (dictionaries/build_codes.py: codes only MeSH lists); empty when the file is absent."""
    path = bundled_path("dictionaries") / CODES_FILE if path is None else path
    out: dict[str, tuple[str, str]] = {}
    try:
        handle = path.open(encoding="utf-8")
    except OSError:
        return out
    with handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and not line.startswith(("#", "code\t")):
                out[cols[0]] = (cols[1], cols[2])
    return out


def code_compound_id(code: str) -> str:
    """The id a code the paper names a compound gets: MeSH's record when MeSH lists the code ("FX11" ->
    MESH:C547455, how BioRED and our gold key it), else a paper compound's (``PCPD:<code>``)."""
    hit = mesh_codes().get(code_key(code))
    return hit[0] if hit else PAPER_CODE_PREFIX + code


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    return {i: name for i, name in mesh_codes().values()}


def code_entity(entity_id: str) -> Entity | None:
    """A dictionary-style entity for a MeSH record :func:`code_compound_id` gave, named as MeSH names it
    (None for any other id)."""
    name = _code_names().get(entity_id)
    return Entity(id=entity_id, type="compound", name=name, source="MeSH code") if name else None


def dosed_codes(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Code -> paper-compound id (``PCPD:<code>``) for each code-shaped word that no mention covers
    and that is dosed in the parenthesis right after it ("GNC92H2 (190 mg/kg)", "AP7 (10 or 20
    nmol/0.5 microl)", "PG-9 (10 mg/kg)").

    A paper testing an unlisted drug names it by its code and gives the dose where it first
    applies it; no dictionary has the code, so the gene-shape reader took it for a gene symbol
    (BioRED train: FX11, BV6, AP7; BC5CDR: GNC92H2, PG-9, SSR103800, BD1063). Genes and proteins
    are dosed too ("IL-6 (10 ng/ml)"), but their names are dictionary mentions and stay; a mass or
    molar amount (not units, U/ml, nor a cell count) marks a substance. At least two letters: "T3
    (10 nM)", "E2 (10 nM)" are hormones the paper defines or the dictionary knows."""
    out: dict[str, str] = {}
    for hit in finditer_from_body(_DOSED_CODE, _DOSED_CODE_BODY, text):  # text/lookbehind.py (issue 17, stop 44)
        code = hit.group(1)
        if sum(c.isalpha() for c in code) < 2:
            continue
        a, b = hit.span(1)
        if any(m.start < b and a < m.end for m in mentions):
            continue
        out.setdefault(code, code_compound_id(code))
    return out


# A compound's development code named by its role: "Smac mimetic BV6", "the PRMT5 inhibitor EPZ015666",
# "An inhibitor of PRMT5 (EPZ015666)", "the antagonist SR48692"; or by what is done with it: "inhibition
# of LDHA activities by FX11", "treated with AB123", "FX11 treatment". Up to four words ("of PRMT5") may
# name the target between the role noun and a parenthesised code, or between the action and "by".
_ROLE = r"(?:inhibitors?|antagonists?|agonists?|blockers?|activators?|mimetics?|modulators?|degraders?)"
_ACTION = r"(?:inhibition|blockade|antagonism|suppression|activation|stimulation)"
_TARGET = r"(?:\s+[^\s().,;]+){1,4}"
# the code itself: two to five capitals, digits, at most one capital after (BV6, FX11, EPZ015666, SR-48692);
# no lower-case letter, so a formula ("NaAsO2", "CoCl2": nlp/salt_formulas.py) is none, and no ",575" after
# the digits ("LY-411,575" is one code a comma splits)
_ROLE_SHAPE = r"[A-Z]{2,5}-?\d{1,7}[A-Z]?(?![\w-]|,\d)"
_ROLE_CODE = lazy_re.compile(
    r"\b(?:" + _ROLE + r"(?:\s+(?:of|for|to)" + _TARGET + r")?\s+(\(\s*)?|" + _ACTION + r"\s+of" + _TARGET
    + r"\s+by\s+|(?:(?:pre)?treat(?:ed|ment)|incubated|incubation)\s+with\s+)(?-i:(" + _ROLE_SHAPE
    + r"))(?(1)\s*\))", re.IGNORECASE)
# "FLA-63, a dopamine-beta-oxidase inhibitor, …", "AH6809, a prostanoid EP1-receptor antagonist": the code
# then its role in an apposition (up to five words of target before the role noun)
_CODE_APPOSITION = lazy_re.compile(r"(?<![\w-])(" + _ROLE_SHAPE + r"),\s+(?:a|an)(?:\s+[^\s().,;]+){0,5}?\s+"
                                   + _ROLE + r"\b")
_CODE_TREATMENT = lazy_re.compile(r"(?<![\w-])(" + _ROLE_SHAPE + r")[\s-]+(?:(?:pre)?treatment|(?:pre)?treated|"
                                  r"administration)\b")
# what a code-shaped word names when it is no agent: a cell line, a strain, an antibody clone, a residue
# Words every match holds, tested before the patterns are tried at every character of a paragraph
# (issue 17, stop 49: the three were ~1 % of a document's time on the 16x benchmark, mostly on
# Chinese paragraphs that hold none of them). _ROLE_CODE is case-insensitive (text/word_gate.py);
# _CODE_TREATMENT and _CODE_APPOSITION are not, so a plain substring test decides for them.
_ROLE_CODE_WORDS = ("inhibit", "agoni", "block", "activat", "mimetic", "modulator", "degrader", "suppression",
                    "stimulation", "treat", "incubat")
_TREATMENT_WORDS = ("treat", "administration")
_APPOSITION_ROLES = ("inhibitor", "agonist", "blocker", "activator", "mimetic", "modulator", "degrader")


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a loop, not ``any`` over a generator (text/word_gate.py)
        if word in text:
            return True
    return False


_NOT_AN_AGENT_AFTER = lazy_re.compile(r"^[\s-]*(?:cells?|cell\s+lines?|mice|rats|strains?|clones?|antibod(?:y|ies)|"
                                      r"residues?|mutants?|alleles?|genes?|proteins?)\b", re.IGNORECASE)


def role_codes(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Code -> paper-compound id (``PCPD:<code>``) for each code-shaped word that no mention covers and
    that the sentence names an agent: "Smac mimetic BV6", "An inhibitor of PRMT5 (EPZ015666)", "inhibition
    of LDHA activities by FX11", "treated with …", "FX11 treatment".

    A paper on an unlisted inhibitor names it by its code, once with what it does, then alone ("EPZ015666
    restrained the phosphorylation of IkB kinaseb": BioRED train PMID27860244; "inhibition of LDHA
    activities by FX11": PMID25983002). No source lists the code (MeSH knows some, but codes only MeSH
    knows are not admitted: nlp/../dictionaries/build_chemicals.py ``scr_names``), so each finding lost its
    agent. The role noun (inhibitor, antagonist, agonist, blocker, activator, mimetic, modulator, degrader)
    stands right before the code, or before "of <target>" and the code in parentheses; or an action noun
    (inhibition, blockade …) "of <target> by" the code; or the code is what cells or animals are treated
    or incubated with, or its treatment or administration is named ("FX11 treatment"), or an apposition
    gives its role ("FLA-63, a dopamine-beta-oxidase inhibitor"); the code is capitals
    then digits (:data:`_ROLE_SHAPE`: no formula), no mention of ours may cover it (a gene symbol, a listed
    drug), and no cell, strain, antibody or residue word may follow it ("inhibitor-resistant HCT116 cells")."""
    out: dict[str, str] = {}
    hits = [(h.group(2), h.span(2)) for h in _ROLE_CODE.finditer(text)] if may_hold(text, _ROLE_CODE_WORDS) else []
    if _any_in(text, _TREATMENT_WORDS):
        hits += [(h.group(1), h.span(1)) for h in _CODE_TREATMENT.finditer(text)]
    if _any_in(text, _APPOSITION_ROLES):
        hits += [(h.group(1), h.span(1)) for h in _CODE_APPOSITION.finditer(text)]
    for code, (a, b) in hits:
        if _NOT_AN_AGENT_AFTER.match(text[b:b + 24]):
            continue
        if any(m.start < b and a < m.end for m in mentions):
            continue
        out.setdefault(code, code_compound_id(code))
    return out


# "DICO, a novel nonaromatic B-ring flavonoid, induces …", "DICO was a novel nonaromatic B-ring flavonoid obtained
# from Macrothelypteris torresiana" (validation PMID23567243): an acronym of capitals the paper names a chemical of
# a class (up to five words of modifiers before the class noun), in an apposition or with a copula
_CHEMICAL_CLASS = (r"(?:flavonoids?|isoflavon(?:e|oid)s?|alkaloids?|saponins?|glycosides?|chalcones?|coumarins?|"
                   r"(?:tri|sesqui|di)?terpen(?:e|oid)s?|lignans?|polyphenols?|quinones?|steroids?|derivatives?|"
                   r"analogu?es?|compounds?)")
_ACRONYM_CLASS = lazy_re.compile(r"(?<![\w-])([A-Z]{3,6})(?:,\s+|\s+(?:is|was)\s+)(?:a|an)(?:\s+[^\s().,;]+){0,5}?\s+"
                                 + _CHEMICAL_CLASS + r"\b")


def class_codes(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Acronym -> MeSH record for each acronym of capitals that the sentence names a chemical of a class
    ("DICO, a novel nonaromatic B-ring flavonoid") and that MeSH lists as a compound's code ("DICO cpd",
    dictionaries/build_codes.py): a paper on a new natural product names it by the acronym only and never
    spells the structure out, so each finding lost its agent (10 gold pairs of validation PMID23567243).
    Only MeSH's codes are taken: an acronym of capitals is any abbreviation, and the class noun alone does
    not make one a compound the pipeline may invent; no mention of ours may cover it."""
    out: dict[str, str] = {}
    if ", a" not in text and " a" not in text:
        return out
    for hit in _ACRONYM_CLASS.finditer(text):
        code = hit.group(1)
        a, b = hit.span(1)
        if any(m.start < b and a < m.end for m in mentions):
            continue
        found = mesh_codes().get(code_key(code))
        if found is not None:
            out.setdefault(code, found[0])
    return out


def code_definitions(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Code -> compound id for each "CODE (compound)" and "compound (CODE)" of ``text``, and
    for each short name a compound defines in parentheses after it (:func:`abbreviation_after`)."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "COMPOUND" or not m.entity_id:
            continue
        before = _CODE_BEFORE.search(text, max(0, m.start - 24), m.start)
        if before and re.match(r"\s*\)", text[m.end:m.end + 3]):
            code = before.group(1)
        else:
            after = _CODE_AFTER.match(text[m.end:m.end + 24])
            code = after.group(1) if after else abbreviation_after(text, m)
        if code is None or code.lower() == m.text.lower():
            continue
        start = text.find(code, max(0, m.start - 24))
        if any(o is not m and o.start < start + len(code) and start < o.end for o in mentions):
            continue  # the code is already a mention of its own (a gene, another compound)
        out.setdefault(code, m.entity_id)
    for code, compound in [*dosed_codes(text, mentions).items(), *role_codes(text, mentions).items(),
                           *class_codes(text, mentions).items()]:
        out.setdefault(code, compound)
    return out


def code_mentions(text: str, mentions: list[Mention], codes: dict[str, str]) -> list[Mention]:
    """``mentions`` plus a COMPOUND mention of each whole-word use of a defined code."""
    if not codes:
        return mentions
    added = []
    for code, compound in codes.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                added.append(Mention(hit.start(), hit.end(), compound, "COMPOUND", DRUG_CODE, code))
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions

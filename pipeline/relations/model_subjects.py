"""The experimental system a finding was made in is not a partner of the finding.

An English methods or results sentence names its model by a participle or genotype compound
in front of the cells or animals studied: "no impact on cytokine release … was seen in
LPS-stimulated human PBMCs", "isoproterenol induced myocardial infarcted rats", "HFD-fed ApoE (-/-) mice",
"Nrf2-knockout mice". The premodifier says how the cells or animals were prepared (the
stimulus, the diet, the genotype); the sentence's finding is the treatment's effect on a
read-out measured in them. corpus/gold/GUIDELINES.md 5.7 ("In 'IL-1β 诱导的软骨细胞', 'PM2.5-
treated cells', 'TGF-β1 刺激', the stimulus is the **model**, not the agent's target") gives the
stimulus no row with the treatment or the read-outs of that sentence; a gene named only as the
genotype of the model animal is likewise a description of the model, not a target (validation
PMID26174316: "atorvastatin counteracted the characteristic changes … seen in HFD-fed ApoE (-/-)
mice" states nothing about atorvastatin and APOE).

The construction is the compound premodifier of a cell or organism head noun (a noun + participle
compound adjective, "LPS-stimulated", premodifies the head noun that follows it). The rule reads the
participle right after the mention and requires the head noun within three words, with no other
entity mention in between — "LPS-induced IL-6 expression" (a stated effect of the stimulus,
5.7's second point) and "LPS-induced liver injury" (relations/model_inducers.py) are not
touched. "-treated", "-exposed" and "-fed" are left alone: "AECM-treated U937 cells" and "DMH treated
rats" name the treatment under study, the agent of the sentence's findings in the gold. A gene named as
the genotype keeps its pairs with genes and pathways (a knockout is the gene's loss of function, 5.5)
and all its pairs in a sentence that contrasts genotypes ("wild type", "abolished in", "failed"), the
5.11 ruling "X-dependent secretion of Y was absent in G-/- cells" (X via G). A mention that opens
the sentence ("LPS-stimulated macrophages produced …") is its subject and keeps its pairs; the
same entity named elsewhere in the sentence keeps its pairs too (the rule drops the one mention,
relations/pairs.py ``partner_mentions``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from pipeline import lazy_re
from pipeline.text.word_gate import may_hold

# the participle that makes a model of the head noun: "-stimulated", "-challenged", "-induced" …
# (not "-treated", "-exposed", "-fed": "AECM-treated U937 cells", "DMH treated rats" name the treatment
# under study, the agent of the finding; a stimulus is what stimulates, challenges or induces)
_PARTICIPLE = r"stimulated|challenged|activated|primed|pulsed|induced"
# the genotype of the model: "ApoE(-/-)", "ApoE (-/-)", "Nrf2−/−", "Nrf2-knockout", "Nrf2 KO", "Nrf2-null",
# "Nrf2-deficient", "Nrf2+/-" (heterozygous), "Nrf2 transgenic"
_GENOTYPE = (r"\s*\(\s*[-−–+]\s*/\s*[-−–+]\s*\)|\s*[-−–+]\s*/\s*[-−–+]"
             r"|[\s-]+(?:knock-?out|KO|null|deficient|deficiency|transgenic|Tg|mutant|floxed|fl/fl)(?![\w-])")
# cells and organisms a model is made of (the head of the premodified noun phrase)
_HEAD = (r"(?:cells?|macrophages?|monocytes?|PBMCs?|neutrophils?|lymphocytes?|splenocytes?|"
         r"chondrocytes?|hepatocytes?|adipocytes?|osteoblasts?|osteoclasts?|fibroblasts?|keratinocytes?|"
         r"cardiomyocytes?|myocytes?|myotubes?|neurons?|astrocytes?|microglia|podocytes?|"
         r"mice|mouse|rats?|animals?|littermates|embryos|MEFs|islets|cultures?|explants?|organoids?|tissues?|"
         r"zebrafish|larvae|cell lines?)(?![\w-])"
         # the head ends the noun phrase ("dexamethasone-induced osteoblast differentiation" is a process)
         r"(?=\s*(?:[,.;:)\]]|$)|\s+(?:and|or|in|of|from|with|were|was|are|is|at|after|before|for|by|to|that|"
         r"which|who|than|as|showed|show|exhibited|displayed|had|have|treated|exposed|fed|lacking|but)\b)")
# a premodifier of the head between the participle and it ("LPS-stimulated human PBMCs", "isoproterenol
# induced myocardial infarcted rats"); not a preposition, conjunction or process noun, which would make
# the head another phrase's ("TNF-alpha-induced invasion of C4-2B cells": the induced noun is invasion)
_WORD = (r"(?!(?:of|in|on|at|by|to|from|with|for|and|or|into|within)(?![\w-])|[\w-]+(?:ion|ment|sis|ance|ence)(?![\w-]))"
         r"[A-Za-z0-9][\w\-/().,+]*")
# co-stimuli coordinated before the participle, a suspended hyphen included: "TNF-α- and IFN-γ-stimulated
# HaCaT cells", "LPS/IFN-γ-stimulated macrophages"
_CO_STIMULI = r"(?:\s*-?\s*(?:,|and|or|&|\+|/)\s*[A-Za-z0-9][\w\-αβγδκ]*?){0,2}"
_STIMULUS_AFTER = lazy_re.compile(
    rf"{_CO_STIMULI}(?:\s*-\s*|\s+)(?:{_PARTICIPLE})(?![\w-])(?P<words>(?:\s+{_WORD}){{0,3}}?)\s+{_HEAD}",
    re.IGNORECASE)
_GENOTYPE_AFTER = lazy_re.compile(
    rf"(?:{_GENOTYPE})(?P<words>(?:\s+{_WORD}){{0,3}}?)\s*{_HEAD}", re.IGNORECASE)  # "ApoE (-/-)mice"
# the noun phrase is the sentence's subject: nothing but a determiner before it
_STARTS_SENTENCE = lazy_re.compile(r"^\W*(?:(?:the|a|an|both|these|those|all)\s+)?$", re.IGNORECASE)


# A sentence that contrasts genotypes or states a loss in the mutant is a loss-of-function experiment, and
# its gene is a partner (GUIDELINES 5.5; 5.11 "X-dependent secretion of Y was absent in G-/- cells" gives X
# via G): wild type, littermates, absent, abolished, failed, no longer, not, dependent, required, and
# the mutant's phenotype (resistant, protected, susceptible).
_GENOTYPE_CONTRAST = lazy_re.compile(
    r"\b(?:wild[- ]?type|WT|littermates?|heterozygous|abolish\w*|abrogat\w*|absen(?:t|ce)|lost|loss|fail\w*|"
    r"no longer|not|blunted|prevented|dependen(?:t|ce)|independen(?:t|ce)|requir\w+|lacking|lack|"
    r"deletion|ablation|compared|"
    # a phenotype of the mutant: "mPGES-1 -/- mice were largely resistant to lithium-induced polyuria"
    r"resistant|resistance|protected|susceptib\w+|hypersensitiv\w+)\b|n't\b", re.IGNORECASE)
# a word every match holds (text/word_gate.py: the pattern has no first character to skip ahead by)
_GENOTYPE_WORDS = ("wild", "wt", "littermate", "heterozygous", "abolish", "abrogat", "absen", "lost", "loss", "fail",
                   "no longer", "not", "blunted", "prevented", "dependen", "requir", "lack", "deletion", "ablation",
                   "compared", "resist", "protected", "susceptib", "hypersensitiv", "n't")


def contrasts_genotypes(sentence: str) -> bool:
    """Does the sentence compare genotypes or state what the mutant lost (then its gene is an agent)?"""
    return may_hold(sentence, _GENOTYPE_WORDS) and _GENOTYPE_CONTRAST.search(sentence) is not None


def _head_after(pattern: re.Pattern[str], text: str, end: int, starts: Sequence[int]) -> bool:
    """Does ``pattern`` match at ``end`` with no mention (``starts``, sorted) between the participle or
    genotype and the head noun?"""
    found = pattern.match(text, end)
    if found is None:
        return False
    at = bisect_left(starts, found.start("words"))
    return at == len(starts) or starts[at] >= found.end()


_PARTICIPLE_WORDS = ("stimulated", "challenged", "activated", "primed", "pulsed", "induced")  # ``_PARTICIPLE``'s


def may_name_model_stimulus(text: str) -> bool:
    """False only when no mention of the sentence can be ``is_model_stimulus``: every match of ``_STIMULUS_AFTER``
    holds one of ``_PARTICIPLE``'s words (asked once per sentence, not once per mention)."""
    return may_hold(text, _PARTICIPLE_WORDS)


def is_model_stimulus(text: str, start: int, end: int, starts: Sequence[int] = ()) -> bool:
    """Is the mention text[start:end] the stimulus of the cells or animals named after it
    ("in LPS-stimulated human PBMCs")? ``starts``: the sorted starts of the sentence's mentions (none
    may stand between the participle and the head noun). Not when the noun phrase opens the
    sentence: "IL-1β-stimulated chondrocytes expressed …" has the stimulus in the subject."""
    if not _head_after(_STIMULUS_AFTER, text, end, starts):
        return False
    return not _STARTS_SENTENCE.match(text[:start])


def is_model_genotype(text: str, start: int, end: int, starts: Sequence[int] = ()) -> bool:
    """Is the gene mention text[start:end] the genotype of the model named after it ("HFD-fed ApoE
    (-/-) mice", "Nrf2-knockout mice")? ``starts`` as for ``is_model_stimulus``."""
    return _head_after(_GENOTYPE_AFTER, text, end, starts)

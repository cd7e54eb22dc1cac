"""A Cre driver line's promoter gene and the drug that switches the recombinase on are no partners.

Mouse genetics abstracts name the tool that deletes or expresses a gene in one tissue by the
promoter that drives the recombinase: "Shh(CreERT2)", "Alb-Cre;gankyrin(f/f)", "Mx1-Cre", "Ltf-Cre
mice", "Ltf Cre/+", "Pdx1-Cre", "endothelial-cadherin-Cre mice", "CCSP-rtTA". The promoter gene
says where the floxed gene is lost, not what acts: "We modulated the b-catenin gene conditionally in
endodermal epithelia by utilizing tamoxifen-inducible Cre driver line (Shh(CreERT2))" states no
relation of SHH with b-catenin or with tamoxifen. And the drug that activates an inducible
recombinase ("tamoxifen-inducible Cre", "a tamoxifen-inducible Cre recombinase") is a switch of
the experiment, not an agent whose targets are reported. validation39_en PMID24632946 gave three
such false rows (tamoxifen–SHH, tamoxifen–CTNNB1, SHH–CTNNB1); the construction recurs in BioRED
(Alb-Cre and Mx1-Cre PMID28777492, Ltf-Cre PMID28368537, VE-cadherin-Cre PMID28346429, Pdx1-Cre
PMID26516699; tamoxifen-inducible Cre recombinase PMID29049388). corpus/gold/GUIDELINES.md counts a
knockout as the gene's loss of function (5.5): the floxed gene ("gankyrin(f/f)", "LKB1(flox/flox)")
is the one under study and is not touched here (relations/model_subjects.py reads its genotype);
only the driver's promoter and the switch are dropped as relation partners (the mention stays, so
entity recognition is unchanged; relations/pairs.py ``partner_mentions``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# right after the promoter gene: "-Cre", " Cre", "(CreERT2)", "::Cre", "^CreER", "-rtTA" (a Tet driver)
_DRIVER_AFTER = lazy_re.compile(r"(?:\s?[-:;^(]{1,2}\s?|\s)(?:Cre(?:ERT?2?|-?ER(?:\(?T2\)?)?)?|r?tTA)(?![a-z])")
# the switch of an inducible recombinase: "tamoxifen-inducible Cre", "tamoxifen (TAM)-inducible Cre
# recombinase", "tamoxifen-induced Cre-mediated deletion"
_SWITCH_AFTER = lazy_re.compile(
    r"(?:\s?\([\w-]{1,8}\))?[-\s](?:inducible|induced|dependent|activated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Cre|CreER\w*|recombinase|recombination)(?![a-z])")


def is_driver_promoter(text: str, end: int) -> bool:
    """Is the gene mention ending at ``end`` the promoter of a Cre (or Tet) driver line ("Shh(CreERT2)",
    "Alb-Cre", "Ltf Cre")?"""
    return _DRIVER_AFTER.match(text, end) is not None


def is_recombinase_switch(text: str, end: int) -> bool:
    """Is the compound mention ending at ``end`` the drug that switches an inducible recombinase on
    ("tamoxifen-inducible Cre driver line")?"""
    return _SWITCH_AFTER.match(text, end) is not None


# A transgene construct named "<promoter>-<transgene> <model>": "Col1a1-Cnn1 mice", "Col1a1-Cnn1 osteoblasts"
# (validation40_en PMID23044709: osteoblast-specific calponin h1 transgenic mice), "Col1-EphB4 mice" (validation41_en
# PMID23165754). The first gene is the promoter that says where the second is expressed, as a Cre driver's promoter
# says where a floxed gene is lost: the transgene is the gain of function under study (relations/model_anaphora.py),
# the promoter no partner of anything the sentence states. The words after the second gene must name the animals or
# cells carrying the construct.
_CONSTRUCT_JOIN = lazy_re.compile(r"\s?[-–:]\s?")
_CONSTRUCT_MODEL = lazy_re.compile(r"\s?(?:\(\s?(?:Tg|TG)\s?\)\s?)?(?:(?:transgenic|Tg|TG|knock-?in)\s+)?"
                                   r"(?:mice|mouse|rats?|osteoblasts?|osteoclasts?|chondrocytes?|cells?|animals?|littermates?|"
                                   r"embryos?|lines?|transgenic|Tg)\b")
# "… EphB4 under the collagen type 1 promoter (Col1-EphB4)" (validation41_en PMID23165754): the construct in parentheses
_NAMED_PROMOTER = lazy_re.compile(r"promoter\s?\(\s?$", re.IGNORECASE)
# "transgenic mice that overexpress EphB4 under the collagen type 1 promoter" (PMID23165754): the promoter driving a
# transgene, named in words
_UNDER_BEFORE = lazy_re.compile(r"\bunder\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_PROMOTER_AFTER = lazy_re.compile(r"(?:\s+(?:type|[IVX\d]+|alpha|α)\b){0,2}\s?(?:gene\s+)?promoter\b", re.IGNORECASE)  # "collagen type 1 promoter"
# "Hdac3 CKO(OCN) mice": the driver of a conditional knockout written in parentheses after CKO
_CKO_BEFORE = lazy_re.compile(r"\b[cC]?KO\s?\(\s?$")


def construct_promoters(text: str, mentions) -> set[int]:
    """Indices in ``mentions`` (``label``, ``sentence_start``, ``sentence_end``) of the gene mentions that are the
    promoter of a transgene construct ("Col1a1-Cnn1 mice": Col1a1) or the driver of a conditional knockout written
    "CKO(OCN)"."""
    genes = sorted((i for i, m in enumerate(mentions) if m.label == "GENE"), key=lambda i: mentions[i].sentence_start)
    found: set[int] = set()
    for n, i in enumerate(genes):
        m = mentions[i]
        if _CKO_BEFORE.search(text, max(0, m.sentence_start - 8), m.sentence_start) and text[m.sentence_end:m.sentence_end + 2].lstrip().startswith(")"):
            found.add(i)
            continue
        if _UNDER_BEFORE.search(text, max(0, m.sentence_start - 40), m.sentence_start) \
                and _PROMOTER_AFTER.match(text, m.sentence_end):
            found.add(i)  # "overexpress EphB4 under the collagen type 1 promoter"
            continue
        nxt = mentions[genes[n + 1]] if n + 1 < len(genes) else None
        if nxt is not None and nxt.entity_id != m.entity_id and _CONSTRUCT_JOIN.fullmatch(text, m.sentence_end, nxt.sentence_start) \
                and (_CONSTRUCT_MODEL.match(text, nxt.sentence_end) or _NAMED_PROMOTER.search(
                    text, max(0, m.sentence_start - 30), m.sentence_start) and text.startswith(")", nxt.sentence_end)):
            found.add(i)
    return found

"""A gene named only as part of a ratio or a balance: the statement gives it no direction.

"CS increased the expression of Bax-to-Bcl-2 ratio": the ratio rose, so Bax rose relative to
Bcl-2, but nothing is said of Bcl-2's own level (validation gold, PMID 24561153: the herb
``upregulates`` BAX and is only ``associated`` with BCL2). "AA induced an imbalance between
MMP-2 and TIMP-2": the imbalance is the object, neither gene has a stated direction (gold
PMID 24747135: ``associated`` with both). The numerator of a ratio keeps the verb's sign.
Chinese papers write the ratio word after both names: "Fasudil+Wort组Atg5和Beclin1mRNA表达减少,Bcl-2/Bax比值降低"
(validation38_zh ChinaXiv-201712.00232V1: gold Wortmannin ``downregulates`` BCL2, ``associated`` with BAX; the same for
fasudil's "Bcl-2/Bax比值增高").
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

# the second term of "X-to-Y ratio", "X/Y ratio", "ratio of X to Y"
_TO_BEFORE = lazy_re.compile(r"(?:-to-|\s+to\s+|/)\s*$", re.IGNORECASE)
_RATIO_AFTER = lazy_re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:protein\s+|mRNA\s+|expression\s+)?ratios?\b|"
                               r"^\s*(?:(?:mRNA|蛋白)\s*)?(?:表达\s*)?(?:的\s*)?(?:比值|比例|比率|之比)", re.IGNORECASE)
_RATIO_OF = lazy_re.compile(r"\bratios?\s+of\s+(?:the\s+)?[^,;.()]{1,60}?\s+(?:to|over|versus|vs\.?)\s+$", re.IGNORECASE)
# either term of "imbalance/balance between X and Y"
_BALANCE = lazy_re.compile(r"\b(?:im)?balance\s+(?:between|of)\s+(?:the\s+)?(?:[^,;.]{1,60}?\s+(?:and|to)\s+)?$", re.IGNORECASE)


# a bare Chinese ratio of two names, "Bcl-2/Bax降低", "Bcl-2/Bax mRNA升高" (validation38_zh ChinaXiv-201712.00232V1,
# the abstract of the sentence above; gold ``associated`` with BAX): the slash joins exactly two names (not a third, as
# in the family lists "AuroraA/B/C蛋白表达增加", "Smad1/5/8水平显著降低") and the change predicate follows at once
# (each optional word carries the blanks after it, so a run of blanks is read one way only)
_ZH_CHANGE = r"\s*(?:(?:mRNA|蛋白)\s*)?(?:表达\s*)?(?:(?:水平|量)\s*)?(?:(?:明显|显著)\s*)?(?:升高|降低|增高|下降|增加|减少|上调|下调|上升)"
_BARE_BEFORE = lazy_re.compile(r"(?<![/\w\-αβγδκ])[A-Za-z][\w\-αβγδκ]{0,14}\s*/\s*$")
_BARE_AFTER = lazy_re.compile(r"^" + _ZH_CHANGE)
_BARE_NUMERATOR_AFTER = lazy_re.compile(r"^\s*/\s*[A-Za-z][\w\-αβγδκ]{0,14}(?![/\w\-αβγδκ])" + _ZH_CHANGE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def ratio_denominator(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the second term of a ratio ("Bax-to-Bcl-2 ratio",
    "Bax/Bcl-2 ratio", "the ratio of Bax to Bcl-2")?"""
    before = text[max(0, start - 80):start]
    if _TO_BEFORE.search(before) and _RATIO_AFTER.match(text[end:end + 30]):
        return True
    if _BARE_BEFORE.search(before) and _BARE_AFTER.match(text[end:end + 30]):
        return True
    return bool(_RATIO_OF.search(before))


# the first term of "X-to-Y ratio", "X/Y ratio": the second term and the ratio word after the mention
_NUMERATOR_AFTER = lazy_re.compile(r"^\s*(?:-to-|\s+to\s+|/)\s*[\w\-αβγδκ]{1,15}\s*(?:\([^()]{1,12}\)\s*)?"
                                   r"(?:protein\s+|mRNA\s+|expression\s+)?ratios?\b|"
                                   r"^\s*/\s*[A-Za-z0-9\-αβγδκ]{1,15}\s*(?:(?:mRNA|蛋白)\s*)?(?:表达\s*)?(?:的\s*)?(?:比值|比例|比率|之比)",
                                   re.IGNORECASE)


def ratio_numerator(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the first term of a ratio ("Bax-to-Bcl-2 ratio", "Bax/Bcl2 ratio")? A ratio
    compares amounts: the term's change is one of level (GUIDELINES 5.12, ratios: ``upregulates`` for the first;
    validation_en PMID21924341 "SDE triggered the … pathway indicated by enhanced Bax-to-Bcl-2 ratio", PMID24561153
    "CS increased the expression of Bax-to-Bcl-2 ratio", PMID23523949 "attenuated the increase of Bax/Bcl2 ratio")."""
    after = text[end:end + 50]
    return bool(_NUMERATOR_AFTER.match(after) or _BARE_NUMERATOR_AFTER.match(after))


def in_balance(text: str, start: int, end: int) -> bool:
    """Is the mention a term of a balance named as the object ("an imbalance between MMP-2 and
    TIMP-2")?"""
    return bool(_BALANCE.search(text[max(0, start - 80):start]))


def undirected_term(text: str, start: int, end: int) -> bool:
    """A mention the verb's direction does not reach: a ratio's second term or a balance's term."""
    return ratio_denominator(text, start, end) or in_balance(text, start, end)

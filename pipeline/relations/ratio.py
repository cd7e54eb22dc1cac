"""A gene named only as part of a ratio or a balance: the statement gives it no direction.

"CS increased the expression of Bax-to-Bcl-2 ratio": the ratio rose, so Bax rose relative to
Bcl-2, but nothing is said of Bcl-2's own level (validation gold, PMID 24561153: the herb
``upregulates`` BAX and is only ``associated`` with BCL2). "AA induced an imbalance between
MMP-2 and TIMP-2": the imbalance is the object, neither gene has a stated direction (gold
PMID 24747135: ``associated`` with both). The numerator of a ratio keeps the verb's sign.
English only (the Chinese papers write 比值 after both names; not seen in the gold).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

# the second term of "X-to-Y ratio", "X/Y ratio", "ratio of X to Y"
_TO_BEFORE = lazy_re.compile(r"(?:-to-|\s+to\s+|/)\s*$", re.IGNORECASE)
_RATIO_AFTER = lazy_re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:protein\s+|mRNA\s+|expression\s+)?ratios?\b", re.IGNORECASE)
_RATIO_OF = lazy_re.compile(r"\bratios?\s+of\s+(?:the\s+)?[^,;.()]{1,60}?\s+(?:to|over|versus|vs\.?)\s+$", re.IGNORECASE)
# either term of "imbalance/balance between X and Y"
_BALANCE = lazy_re.compile(r"\b(?:im)?balance\s+(?:between|of)\s+(?:the\s+)?(?:[^,;.]{1,60}?\s+(?:and|to)\s+)?$", re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def ratio_denominator(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the second term of a ratio ("Bax-to-Bcl-2 ratio",
    "Bax/Bcl-2 ratio", "the ratio of Bax to Bcl-2")?"""
    before = text[max(0, start - 80):start]
    if _TO_BEFORE.search(before) and _RATIO_AFTER.match(text[end:end + 30]):
        return True
    return bool(_RATIO_OF.search(before))


# the first term of "X-to-Y ratio", "X/Y ratio": the second term and the ratio word after the mention
_NUMERATOR_AFTER = lazy_re.compile(r"^\s*(?:-to-|\s+to\s+|/)\s*[\w\-αβγδκ]{1,15}\s*(?:\([^()]{1,12}\)\s*)?"
                                   r"(?:protein\s+|mRNA\s+|expression\s+)?ratios?\b", re.IGNORECASE)


def ratio_numerator(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the first term of a ratio ("Bax-to-Bcl-2 ratio", "Bax/Bcl2 ratio")? A ratio
    compares amounts: the term's change is one of level (GUIDELINES 5.12, ratios: ``upregulates`` for the first;
    validation_en PMID21924341 "SDE triggered the … pathway indicated by enhanced Bax-to-Bcl-2 ratio", PMID24561153
    "CS increased the expression of Bax-to-Bcl-2 ratio", PMID23523949 "attenuated the increase of Bax/Bcl2 ratio")."""
    return bool(_NUMERATOR_AFTER.match(text[end:end + 50]))


def in_balance(text: str, start: int, end: int) -> bool:
    """Is the mention a term of a balance named as the object ("an imbalance between MMP-2 and
    TIMP-2")?"""
    return bool(_BALANCE.search(text[max(0, start - 80):start]))


def undirected_term(text: str, start: int, end: int) -> bool:
    """A mention the verb's direction does not reach: a ratio's second term or a balance's term."""
    return ratio_denominator(text, start, end) or in_balance(text, start, end)

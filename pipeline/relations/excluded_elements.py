"""A gene named as what a pathway does *not* go through is no partner of the sentence.

"甲状旁腺激素通过非依赖PLC的PKC途径抑制成骨细胞的凋亡", "不依赖PLC的PKC激活途径(nonPLC/PKC)",
"甲状旁腺素非PLC依赖PKC通路激活增强成骨细胞CITED1表达", "a non-PLC-dependent protein kinase C
pathway", "a PLC-independent pathway": the text names PLC to exclude it. The pathway is the PKC
one (GUIDELINES 1.2 reads "nonPLC/PKC" as AXIS:FPLX:PKC), and what the sentence says of the
pathway (it inhibits apoptosis, it raises CITED1) says nothing of PLC; at most the agent acts
*not* via PLC (a negated row), which the co-mention would type as a positive one. So such a
mention is no relation partner of its sentence (relations/pairs.py ``sentence_pairs``); the same
gene named elsewhere in the sentence ("PLC/PKC、…不依赖PLC的PKC") keeps that mention's pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.text.word_gate import may_hold

# (a stated non-effect, "不通过X", "not via X", is a negated row: relations/negation.py, not this)
_EXCLUDED_BEFORE = lazy_re.compile(r"(?:非依赖于?|不依赖于?|非|\bnon-?)\s*$", re.IGNORECASE)
_EXCLUDED_AFTER = lazy_re.compile(r"\s*-?\s*independent\b|\s*非依赖|\s*不依赖", re.IGNORECASE)
# "非" and "non" exclude only what a dependence or a pathway word follows ("非PLC依赖", "nonPLC/PKC",
# "non-PLC-dependent"), not every noun they negate
_DEPENDENCE_AFTER = lazy_re.compile(r"\s*(?:-?\s*dependent\b|依赖|/|的)", re.IGNORECASE)


def may_exclude(text: str) -> bool:
    """False only when no mention of the sentence can be ``is_excluded``: every match of ``_EXCLUDED_AFTER`` and
    ``_EXCLUDED_BEFORE`` holds 非, 不依赖, "non" or "independent" (asked once per sentence, not once per mention)."""
    return "非" in text or "不依赖" in text or may_hold(text, ("non", "independent"))


def is_excluded(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] named as what something does not depend on or go through?"""
    if _EXCLUDED_AFTER.match(text, end):
        return True
    before = _EXCLUDED_BEFORE.search(text[max(0, start - 8):start])
    if before is None:
        return False
    word = before.group(0).strip().lower()
    if word in ("非", "non", "non-"):
        return _DEPENDENCE_AFTER.match(text, end) is not None
    return True

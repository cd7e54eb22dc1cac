"""A conjunct excluded by "but not" / "and not": the statement is denied for that one entity.

"activation of Nrf2 by sulforaphane … depend upon Keap1-C151 and not p62": sulforaphane acts
via KEAP1, and does *not* act via SQSTM1 (gold PMID 23589329: ``via``, negated=true). "ATF4, but
not Nrf2, is important for fisetin's ability…": the same for Nrf2. The negation's scope is the
one conjunct it stands before, never the rest of the sentence (negation.py reads a negation
before the cue, which covers every object of that cue). English; Chinese writes 而非/而不是,
not seen in the gold.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

_EXCLUDED_BEFORE = lazy_re.compile(r"(?:,\s*|\s+)(?:but|and|yet)\s+not\s+(?:the\s+|by\s+|on\s+|upon\s+|of\s+)?$"
                                   r"|(?:,\s*|\s+)rather\s+than\s+(?:the\s+)?$", re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def excluded_conjunct(text: str, start: int) -> bool:
    """Is the mention starting at ``start`` the conjunct a "but not" / "and not" / "rather than"
    excludes ("Keap1-C151 and not p62", "ATF4, but not Nrf2,")?"""
    return bool(_EXCLUDED_BEFORE.search(text[max(0, start - 24):start]))

"""Han ideographs as the relation rules test for them: is a stretch of text Chinese, how many characters long.

The rules ask two questions of a clause, a gap or a cue word — "does it hold a Han character?" (a Chinese reading
applies) and "how many?" (a Chinese gap is measured in characters, not words) — and asked them through eight copies
of one pattern (stop 51's read-through). The block is CJK Unified Ideographs (U+4E00–U+9FFF) only: the rules were
tuned with it, and the rarer extension-A and compatibility ideographs that text/normalize.CJK also covers never
stand in a cue or a gap the rules read (normalisation folds the compatibility forms and Kangxi radicals first).
"""

from __future__ import annotations

from pipeline import lazy_re

HAN_RANGE = r"\u4e00-\u9fff"  # for character classes of larger patterns: f"[{HAN_RANGE}A-Za-z]"
_HAN = lazy_re.compile(f"[{HAN_RANGE}]")


def has_han(text: str) -> bool:
    """Does ``text`` hold a Han ideograph?"""
    return _HAN.search(text) is not None


def han_count(text: str) -> int:
    """How many Han ideographs ``text`` holds (a Chinese gap's length in characters)."""
    return len(_HAN.findall(text))

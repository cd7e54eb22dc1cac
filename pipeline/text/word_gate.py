"""A word test before a case-insensitive pattern: can the text hold a match at all? (issue 17, stop 37)

The regular-expression engine skips ahead to a possible start by the pattern's first character only
when it has one (``re._compiler._get_charset_prefix``); a pattern compiled with ``re.IGNORECASE``
whose alternatives open with a cased letter ("binding|interaction|…", "\\b(?:wild[- ]?type|WT|…)")
has none and is tried, alternative by alternative, at every character of the sentence. When every
match holds one of a few words, a text whose lower-cased form holds none of them has no match:
``str.lower`` and ``in`` answer that without the pattern.

``str.lower`` is not quite IGNORECASE: four characters outside ASCII match an ASCII letter under
IGNORECASE though ``lower`` does not give that letter (İ U+0130 and ı U+0131 match "i", ſ U+017F "s",
K U+212A "k"; tests/test_speed_stop37b.py lists them from ``re`` itself). A text holding one of them
is left to the pattern.
"""

from __future__ import annotations

ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (lower-case ASCII or uncased characters) as
    IGNORECASE reads them: then no match of a pattern whose every match holds one of them is in it."""
    lowered = text.lower()
    for word in words:  # a loop, not ``any`` over a generator (stop 40: ~2x faster in all)
        if word in lowered:
            return True
    if text.isascii():  # constant time (the string's kind): none of the four is ASCII (issue 17, stop 49)
        return False
    # four substring scans, not ``ASCII_FOLDS.isdisjoint(text)``, which walked the text a character object at a time
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text

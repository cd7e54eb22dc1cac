"""Patterns that open with a look-behind, searched from where their body first matches (issue 17, stop 37).

The regular-expression engine skips ahead to a possible start by the pattern's first character (a
literal, or a character class) only when the pattern opens with one: a pattern that opens with a
look-behind ("(?<![A-Za-z0-9\\-/])[A-Za-z]…") is tried at every character of the text, and a paragraph
is scanned so by each of several such patterns. Every match of the pattern is a match of its body
(the pattern without the look-behind) at the same place, so no match starts before the body's first
match, which the engine finds by its first character: ``finditer`` from there yields the same
matches (the look-behind still sees the characters before that position; the pattern has no "^").
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def body_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its opening look-behind of one character class, "(?<![…])" or "(?<=[…])"."""
    source = pattern.pattern
    if not source.startswith(("(?<![", "(?<=[")) or "])" not in source:
        raise ValueError(f"no opening one-class look-behind in {source[:40]!r}")
    return re.compile(source[source.index("])") + 2:], pattern.flags)


def finditer_from_body(pattern: re.Pattern[str], body: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, started where ``body`` (``body_of(pattern)``) first matches."""
    first = body.search(text)
    return pattern.finditer(text, first.start()) if first is not None else iter(())

"""A generic alias matched at the end of a longer name, before that name's short form, is no gene.

HGNC keeps old symbols' names as aliases that are only a generic class phrase and a number:
"transcription factor 1" (TCF1, now HNF1A), "transcription factor 4" (TCF4). Papers write them as the
tail of another protein's name, followed by that protein's short form:

* "forkhead transcription factor 1 (FoxOl) and forkhead transcription factor 4 (FoxO4)"
  (validation ChinaXiv-201711.00361V1: FOXO1 and FOXO4, read as HNF1A and TCF4);
* "HS transcription factor-1(HSF-1)" (BC2GM train P08682317A0900), "pituitary-specific
  transcription factor-1 (Pit-1)" (P10980416T0000), "CCAAT transcription factor 1 (CTF1)"
  (P10517672A1417).

Rule (after Schwartz & Hearst 2003: a long form starts with the word whose first letter is the short
form's first letter): a GENE mention whose text is a generic alias is the tail of a longer name when a
parenthesised short form follows it, that short form does not start with the alias's own first letter,
and it does start with the first letter of the word right before the alias. The mention is dropped;
the short form keeps whatever its own spelling or definition gives it. Pure functions.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# a class phrase and a designator: "transcription factor 1", "transcription factor-4", "binding protein 2"
_GENERIC_ALIAS = lazy_re.compile(
    r"^(?:transcription|growth|binding|nuclear|regulatory)\s+(?:factors?|proteins?)[\s\-]?(?:\d{1,2}[a-z]?|[IVX]{1,4})$",
    re.IGNORECASE,
)
_SHORT_AFTER = lazy_re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9\-]{0,11})\s*\)")
_WORD_BEFORE = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z0-9\-]*)\s+$")


def is_generic_tail(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a generic alias ending a longer name whose short form follows it?"""
    alias = text[start:end]
    if not _GENERIC_ALIAS.match(alias):
        return False
    short = _SHORT_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if short is None or before is None:
        return False
    first = short.group(1)[0].lower()
    return first != alias[0].lower() and first == before.group(1)[0].lower()


def drop_generic_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the GENE mentions that are a generic alias ending a longer name."""
    if "(" not in text:
        return mentions
    kept = [m for m in mentions if not (m.label == "GENE" and is_generic_tail(text, m.start, m.end))]
    return kept if len(kept) < len(mentions) else mentions

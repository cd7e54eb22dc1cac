"""Numbered names whose abbreviation sits in the middle: ``interleukin (IL)-1b``.

Abstracts write a numbered family member by defining the family's short form inside the
name: ``matrix metalloproteinase (MMP)-1``, ``monocyte chemoattractant protein (MCP)-1``,
``interleukin (IL)-4``, ``nuclear factor (NF)-kappa B`` (a Greek designator). The matcher sees ``interleukin`` and ``IL`` apart and the number
nowhere, so IL-4 (and the finding about it) is lost. Here ``(SHORT)-N`` is read as the symbol
``SHORT-N`` when the dictionary knows that symbol as a gene; the mention runs from the long
name right before the parenthesis (the lower-case words it abbreviates) to the number, replacing the
pieces inside it. Pure function over one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.extract_abbreviations import letters_in_order
from pipeline.nlp.matcher import Mention

_WORDS_BEFORE = lazy_re.compile(r"((?:[a-z][a-z\-]*\s+){1,5})$")
# the designator: a number ("(IL)-4", "(MMP)-9a"), a letter, or a Greek letter spelled or written, with
# a capital or digit after it, or its Latin look-alike ("nuclear factor (NF)-kappa B", "(NF)-kB", "(TGF)-b1", "tumor necrosis factor (TNF)-alpha",
# "transforming growth factor (TGF)-beta1"; validation_en PMID11238807)
_NUMBERED = lazy_re.compile(r"\(\s*([A-Z][A-Za-z]{1,6})\s*\)\s*-\s*("
                            r"(?:alpha|beta|gamma|delta|kappa|[αβγδκabgdk])(?:\s?[A-Z]|[0-9])?"
                            r"|[0-9]{1,2}[A-Za-z]?|[A-Za-z])(?![A-Za-z0-9])")


def numbered_mentions(text: str, mentions: list[Mention], lookup: Callable[[str], tuple[str, str] | None]) -> list[Mention]:
    """``mentions`` with each ``long name (SHORT)-N`` made one gene mention.

    ``lookup(symbol)`` gives (entity id, label) of a dictionary symbol, or None.
    """
    if ")-" not in text and ") -" not in text:
        return mentions
    out = list(mentions)
    for hit in _NUMBERED.finditer(text):
        found = lookup(f"{hit.group(1)}-{hit.group(2)}")
        if found is None or found[1] != "GENE":
            continue
        start = _long_name_start(text, hit.start(), hit.group(1))
        if start > hit.start():  # no English long name: a matched name right before (白介素（IL）-6)
            before = len(text[: hit.start()].rstrip())
            named = next((m for m in out if m.end == before and m.label == "GENE"), None)
            start = named.start if named is not None else start
        end = hit.end()
        out = [m for m in out if not (m.start < end and start < m.end)]
        out.append(Mention(start, end, found[0], "GENE", "numbered-abbreviation", text[start:end]))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _long_name_start(text: str, paren: int, short: str) -> int:
    """Start of the shortest run of lower-case words before the parenthesis that the short
    form abbreviates (Schwartz & Hearst's letter test); the short form itself if none."""
    words = _WORDS_BEFORE.search(text[:paren])
    if words:
        run_start = words.start(1)
        starts = [m.start() + run_start for m in re.finditer(r"[a-z][a-z\-]*", words.group(1))]
        for s in reversed(starts):
            if text[s] == short[0].lower() and letters_in_order(short, text[s:paren]):
                return s
    return paren + 1

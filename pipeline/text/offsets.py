"""Strings that remember where every character came from.

Every normalisation step rewrites text; curators and the mentions.csv need offsets into the
*original* file. An ``OffsetText`` carries, per character, the half-open span of original
characters it was derived from, so any span of normalised text maps back exactly.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline import _core


@dataclass(frozen=True)
class OffsetText:
    text: str
    starts: array  # starts[i]: original offset where text[i]'s source begins
    ends: array  # ends[i]: original offset where text[i]'s source ends (exclusive)

    @classmethod
    def from_original(cls, text: str, base: int = 0) -> OffsetText:
        n = len(text)
        return cls(text, _core.offset_range(base, base + n), _core.offset_range(base + 1, base + n + 1))

    def __len__(self) -> int:
        return len(self.text)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised slice text[start:end]."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def slice(self, start: int, end: int) -> OffsetText:
        return OffsetText(self.text[start:end], self.starts[start:end], self.ends[start:end])

    def strip(self) -> OffsetText:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, max(left, right))

    @staticmethod
    def concat(parts: Iterable[OffsetText]) -> OffsetText:
        text, starts, ends = [], array("q"), array("q")
        for part in parts:
            text.append(part.text)
            starts.extend(part.starts)
            ends.extend(part.ends)
        return OffsetText("".join(text), starts, ends)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str) -> OffsetText:
        """``re.sub`` that keeps offsets.

        A replacement of the same length maps character to character; any other replacement
        maps each new character to the whole original span of the match.
        """
        edits: list[tuple[int, int, str]] = []
        text = self.text
        literal = not callable(repl) and "\\" not in repl  # expand() parses the template per match
        for match in pattern.finditer(text):
            new = repl if literal else repl(match) if callable(repl) else match.expand(repl)
            if new != match.group(0):
                edits.append((*match.span(), new))
        if not edits:
            return self
        # the rewrite and its offset arrays in one compiled pass (pipeline._core.apply_edits)
        return OffsetText(*_core.apply_edits(text, self.starts, self.ends, edits))

    def translate(self, table: dict[int, str]) -> OffsetText:
        """``str.translate`` with a one-character-for-one table: offsets stay as they are."""
        text = self.text.translate(table)
        return self if text == self.text else OffsetText(text, self.starts, self.ends)

    def map_chars(self, func: Callable[[str], str]) -> OffsetText:
        """Apply a per-character mapping (e.g. NFKC) keeping offsets; chars may expand or vanish."""
        out_text: list[str] = []
        starts, ends = array("q"), array("q")
        changed = False
        for i, ch in enumerate(self.text):
            new = func(ch)
            if new != ch:
                changed = True
            out_text.append(new)
            if new:
                starts.extend([self.starts[i]] * len(new))
                ends.extend([self.ends[i]] * len(new))
        if not changed:
            return self
        return OffsetText("".join(out_text), starts, ends)

"""Sentence splitting for Chinese and English paragraphs.

Chinese: a sentence ends at 。！？；(after NFKC also !?;), together with any closing quotes or
brackets that follow. English: pysbd (Sadvilkar & Neumann, 2020), a rule-based splitter
that keeps "et al." and "p < 0.05" inside their sentence. A reference is one unit: its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.sections import Paragraph, reference_title_span

_ZH_END = re.compile(r"[^。!?;！？；]*(?:[。!?;！？；]+[”’」』)\]）]*|$)")


@dataclass
class Sentence:
    paragraph: Paragraph
    index: int  # within the document
    start: int  # offsets into paragraph.text (normalised)
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text.text[self.start:self.end]

    @property
    def lang(self) -> str:
        return self.paragraph.lang


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _trimmed(text: str, spans) -> list[tuple[int, int]]:
    """Spans without surrounding whitespace; empty ones dropped."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _spans_zh(text: str) -> list[tuple[int, int]]:
    return _trimmed(text, (m.span() for m in _ZH_END.finditer(text)))


# Where a full stop may not end a sentence: abbreviations, initials, decimals, "et al."
_TRICKY = re.compile(r"\b(?:et al|e\.g|i\.e|vs|Fig|Figs|Ref|No|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|approx|ca|cf|etc|Eq|Vol)\.|"
                     r"\b[A-Z]\.|\d\.\d|[<>=]\s*\d|\.\s+[a-z0-9(]")
_SIMPLE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _spans_en(text: str) -> list[tuple[int, int]]:
    """pysbd decides; a paragraph with no abbreviation, initial, decimal or comparison next to
    a full stop is split at ". X" directly (pysbd gives the same answer there, slowly)."""
    if not _TRICKY.search(text):
        spans, start = [], 0
        for m in _SIMPLE_END.finditer(text):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        return _trimmed(text, spans)
    return _trimmed(text, ((piece.start, piece.end) for piece in _pysbd().segment(text)))


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of the content paragraphs (headings and references are single units)."""
    sentences: list[Sentence] = []
    for para in paragraphs:
        if not para.is_content:
            continue
        text = para.text.text
        if para.section == "references" and not para.is_heading:
            spans = [reference_title_span(text)]
        elif para.is_heading or para.section in ("title_zh", "title_en"):
            spans = [(0, len(text))]
        elif para.lang == "zh":
            spans = _spans_zh(text)
        else:
            spans = _spans_en(text)
        for s, e in spans:
            sentences.append(Sentence(para, len(sentences), s, e))
    return sentences

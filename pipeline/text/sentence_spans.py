"""Where pysbd's sentences lie in the paragraph it split: the offsets, found by ``str.find``.

pysbd (0.3.4) returns sentences as strings and, with ``char_span=True``, locates each in the
original text by ``re.finditer(re.escape(sentence) + r"\\s*", text)``, taking the first match
that ends after the previous sentence's span (``Segmenter.sentences_with_char_spans``). Each
sentence is a new pattern: compiled afresh (its text is unique), then scanned for from the
paragraph's start. That was ~22 % of pysbd's time on the dev papers' English paragraphs, and
every one of those compiles took a place in ``re``'s cache (512 patterns, dropped oldest first),
pushing out the patterns pysbd's own rules call ``re.sub``/``re.findall`` with, which were then
compiled again.

``located_spans`` gives the same offsets without a pattern: the non-overlapping occurrences of
the sentence from the paragraph's start (``str.find``, restarting after each, as ``finditer``
does), each extended over the whitespace after it (``\\s`` is ``str.isspace`` for str patterns),
the first one that ends after the previous span. An empty sentence (``r"\\s*"`` alone, which
matches empty strings) is left to the regular expression, as pysbd does it.
"""

from __future__ import annotations

import re


def _empty_sentence_end(text: str, prior_end: int) -> tuple[int, int] | None:
    for match in re.finditer(r"\s*", text):
        if match.end() > prior_end:
            return match.span()
    return None


def located_spans(sentences: list[str], text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each of pysbd's ``sentences`` that it finds, as pysbd's
    ``sentences_with_char_spans`` computes them (module docstring); the end includes the
    whitespace after the sentence."""
    spans: list[tuple[int, int]] = []
    prior_end = 0
    size = len(text)
    for sentence in sentences:
        if not sentence:
            found = _empty_sentence_end(text, prior_end)
            if found is not None:
                spans.append(found)
                prior_end = found[1]
            continue
        position = 0
        while True:
            start = text.find(sentence, position)
            if start < 0:
                break
            end = start + len(sentence)
            while end < size and text[end].isspace():
                end += 1
            if end > prior_end:
                spans.append((start, end))
                prior_end = end
                break
            position = end
    return spans

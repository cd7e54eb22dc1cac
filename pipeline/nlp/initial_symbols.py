"""A capitalised gene symbol at a sentence start, when the paper writes it as a gene elsewhere.

The matcher takes a title-case symbol (Sag, Src, Jun, Rho) for the gene only inside a sentence:
at a sentence start the capital may be a word's ("Sag" the verb, "Rho" the letter), so it is left
(pipeline/nlp/matcher.py, ``_sentence_initial``). A paper that writes "report that Sag is required
for proper cell proliferation" has told which it means, and its next sentence "Sag inactivation by
genetic deletion remarkably suppresses cell proliferation …, which is associated with
accumulation of p16, but not p53" (validation_en PMID25622904) starts with the same gene: one
sense per discourse (Gale, Church & Yarowsky 1992). Without it the sentence stating the gene's
effects has no gene, and its gold pairs are "both recognised, never in one sentence".

Only a written form the paper's own sentences link to one gene (every inside-sentence mention of
it to the same id), at a sentence start, as a whole word that no other mention covers.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention, is_wordish

SENTENCE_START = "sentence-start"
_TITLE_SYMBOL = lazy_re.compile(r"^[A-Z][a-z]{2,4}$")  # the matcher's title-word shape (3-5 letters)
_BEFORE_START = ".!?:;\"'(["


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _BEFORE_START


def paper_symbols(texts: dict, mentions: dict) -> dict[str, str]:
    """Title-case written forms the paper links, inside its sentences, to exactly one gene."""
    seen: dict[str, set[str]] = {}
    for pid, ms in mentions.items():
        for m in ms:
            if m.label == "GENE" and m.entity_id and _TITLE_SYMBOL.match(m.text) \
                    and not _at_sentence_start(texts[pid], m.start):
                seen.setdefault(m.text, set()).add(m.entity_id)
    return {text: next(iter(ids)) for text, ids in seen.items() if len(ids) == 1}


def initial_mentions(text: str, mentions: list[Mention], symbols: dict[str, str]) -> list[Mention]:
    """``mentions`` plus a GENE mention of each of ``symbols`` written at a sentence start of
    ``text`` as a whole word outside every other mention."""
    if not symbols:
        return mentions
    added = []
    for surface, gene in symbols.items():
        for hit in re.finditer(re.escape(surface), text):
            start, end = hit.span()
            if not _at_sentence_start(text, start):
                continue
            if end < len(text) and (is_wordish(text[end]) or text[end] == "-" and end + 1 < len(text)
                                    and text[end + 1].isalpha()):
                continue  # "Sagittal", "Sag-Fbxw7" is another name
            if any(m.start < end and start < m.end for m in mentions):
                continue
            added.append(Mention(start, end, gene, "GENE", SENTENCE_START, surface))
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions

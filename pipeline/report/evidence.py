"""Evidence sentences per relation, from the per-document facts of a run (pure functions).

A relation's evidence is every sentence where both of its entities are mentioned; each
sentence carries its entity spans (offsets inside the sentence) so it can be drawn with
displaCy, and the cue of the relation (``cue`` column, text plus optional offsets) when the
pipeline provides one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations, pairwise

from pipeline import lazy_re
from pipeline.relations.facts import DocumentFacts

SECTION_PREFERENCE = {"body": 0, "abstract_zh": 1, "abstract_en": 1, "title_zh": 1, "title_en": 1,
                      "references": 2}


@dataclass
class Span:
    start: int
    end: int
    label: str
    entity_id: str = ""


@dataclass
class EvidenceSentence:
    doc_id: str
    section: str
    paragraph: int
    sentence_id: int
    lang: str
    text: str
    mentions: tuple = ()  # the sentence's mentions (sentence_start, sentence_end, label, entity_id)
    entity_ids: frozenset[str] = frozenset()  # every entity mentioned, overlapping ones too

    # computed when first asked: a report draws a few of the indexed sentences
    @cached_property
    def spans(self) -> list[Span]:
        """The mentions as drawable spans: no two overlap."""
        return non_overlapping([Span(m.sentence_start, m.sentence_end, m.label, m.entity_id) for m in self.mentions])

    @cached_property
    def flat_text(self) -> str:
        """The text with each run of white space as one space (as relations.csv's evidence
        is compared); one sentence is evidence for many pairs, so it is computed once."""
        return " ".join(self.text.split())


def non_overlapping(spans: list[Span]) -> list[Span]:
    """Spans sorted by start; where two overlap the longer (then earlier) one wins."""
    by_start = sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start  # nothing overlaps (the usual case): every span is kept
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if span.end > span.start and all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def index_sentences(facts: list[DocumentFacts]) -> dict[frozenset, list[EvidenceSentence]]:
    """{a_id, b_id} -> the sentences co-mentioning them, in document order."""
    index: dict[frozenset, list[EvidenceSentence]] = defaultdict(list)
    for doc in facts:
        for s in doc.sentences:
            ids = frozenset(m.entity_id for m in s.mentions)
            if len(ids) < 2:  # evidence for no pair
                continue
            sentence = EvidenceSentence(doc.doc_id, s.section, s.paragraph, s.sentence_id, s.lang,
                                        s.text, tuple(s.mentions), ids)
            for a, b in combinations(sorted(ids), 2):
                index[frozenset((a, b))].append(sentence)
    return index


def evidence_for(row: dict, index: dict[frozenset, list[EvidenceSentence]]) -> list[EvidenceSentence]:
    """The relation's sentences: its best evidence first, then body before abstracts and references."""
    sentences = index.get(frozenset((str(row.get("a_id", "")), str(row.get("b_id", "")))), [])
    best = " ".join(str(row.get("evidence", "")).split())
    best_doc = str(row.get("evidence_doc", ""))

    def order(s: EvidenceSentence) -> tuple:
        is_best = s.flat_text == best and s.doc_id == best_doc
        return (not is_best, SECTION_PREFERENCE.get(s.section, 3), s.doc_id, s.sentence_id)

    seen: set[tuple[str, str]] = set()
    unique = []
    for s in sorted(sentences, key=order):
        if (s.doc_id, s.text) not in seen:
            seen.add((s.doc_id, s.text))
            unique.append(s)
    return unique


_OFFSETS = lazy_re.compile(r"(\d+)\s*[-–:,]\s*(\d+)")


def cue_spans(cue: str, sentence: str) -> list[tuple[int, int]]:
    """Where the cue(s) of a relation are in ``sentence``.

    Accepts the cue text alone ("上调") or with offsets into the sentence ("上调@12-14",
    "上调 [12:14]", "upregulates (3, 14)"); several cues may be separated by ';' or '|'.
    Offsets are used when they point at the cue text, otherwise the text is searched for.
    """
    found: list[tuple[int, int]] = []
    for part in re.split(r"[;|]", str(cue or "")):
        part = part.strip()
        if not part:
            continue
        match = _OFFSETS.search(part)
        text = _OFFSETS.sub("", part).strip(" @()[]{}\"'") if match else part
        if match:
            start, end = int(match.group(1)), int(match.group(2))
            if 0 <= start < end <= len(sentence) and (not text or sentence[start:end] == text):
                found.append((start, end))
                continue
        if text:
            position = sentence.find(text)
            if position < 0:
                position = sentence.lower().find(text.lower())
            if position >= 0:
                found.append((position, position + len(text)))
    return found

"""Sentence co-mentions: every pair of distinct entities in a sentence, aggregated.

Output rows follow relations.csv: a stable ``relation_id`` derived from the two entity ids,
the entities (ordered HERB, COMPOUND, GENE, PATHWAY, then by id), how often they co-occur
per sentence / paragraph / document, the Jensen-lab score, and the best evidence sentence.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.config import ScoringConfig
from pipeline.relations.cross_sentence import bridged, evidence_text, previous_text
from pipeline.relations.effects import PairLabel
from pipeline.relations.facts import DocumentFacts
from pipeline.relations.pairs import PairFacts
from pipeline.relations.scoring import scores_of_pairs

SECTION_PREFERENCE = {"body": 0, "abstract_zh": 1, "abstract_en": 1, "title_zh": 1, "title_en": 1, "caption": 1,
                      "references": 2}


@lru_cache(maxsize=65536)  # asked per pair per document by aggregation and the BioC writer
def relation_id(a_id: str, b_id: str) -> str:
    """Stable across runs: a hash of the two (ordered) entity ids."""
    return "R" + hashlib.sha1(f"{a_id}|{b_id}".encode()).hexdigest()[:12]


def best_key(e) -> tuple:
    """The order in which sentences compete to be a pair's best evidence: cue weight, then the
    section (body first), the distance of the two mentions, the sentence's length, its place.
    One order for the row's best sentence and for each document's own (conflicts.py), so the
    document holding the row's evidence has that very sentence as its best. ``length``: the
    whole sentence's, where a batch keeps its text cut (batch/aggregate.py ``KeptEvidence``)."""
    return (-round(e.weight, 6), SECTION_PREFERENCE.get(e.section, 3), e.distance,
            getattr(e, "length", 0) or len(e.text), e.doc_id, e.sentence_id)


@dataclass
class Evidence:
    doc_id: str
    section: str
    sentence_id: int
    text: str
    distance: int  # characters between the two mentions
    lang: str = ""
    pair: PairFacts | None = None  # the pair as typed in this sentence

    @property
    def typed(self) -> PairLabel | None:
        return self.pair.typed if self.pair is not None else None

    @property
    def weight(self) -> float:
        return self.pair.weight if self.pair is not None else 1.0


@dataclass
class PairStats:
    sentences: list[Evidence] = field(default_factory=list)

    def found_in(self) -> str:
        """Where the pair is co-mentioned: "doc_id/section/lang" items joined by ";"."""
        seen = dict.fromkeys(f"{e.doc_id}/{e.section}/{e.lang}" for e in self.sentences)
        return ";".join(seen)

    def best(self) -> Evidence:
        """The sentence that states the relation most clearly (cue-weight first)."""
        return min(self.sentences, key=best_key)

    def ranked(self, limit: int | None = None) -> list[Evidence]:
        """The best sentence, then the others by weight and place; only the first ``limit``
        (a partial sort: relations.csv shows a few of a pair's often thousands of sentences)."""
        best = self.best()
        rest = (e for e in self.sentences if e is not best)
        key = lambda e: (-round(e.weight, 6), SECTION_PREFERENCE.get(e.section, 3), e.doc_id, e.sentence_id)
        if limit is None:
            return [best, *sorted(rest, key=key)]
        return [best, *heapq.nsmallest(max(0, limit - 1), rest, key=key)]

    def doc_bests(self) -> dict:
        """What each document says of the pair: its own label and best sentence (relations/conflicts.py)."""
        from pipeline.relations.conflicts import document_bests  # conflicts imports this module

        return document_bests(self.sentences)

    def label_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for e in self.sentences:
            if e.pair is not None:
                counts[e.pair.label] += 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass
class Aggregate:
    stats: dict  # pair -> PairStats, for pairs co-mentioned in at least one sentence
    score: dict  # pair -> Jensen-lab score
    n_paragraphs: dict  # pair -> paragraphs where both occur
    n_documents: dict  # pair -> documents where both occur


def document_entity_sets(doc: DocumentFacts, excluded: frozenset | set = frozenset()) -> tuple[list[set], list[set]]:
    """A document's paragraphs' and its sentences' entity sets (what scoring reads), without the
    sentences of ``excluded`` sections (``ScoringConfig.comention_exclude_sections``: table rows)."""
    paragraphs: dict[int, set] = defaultdict(set)
    sentences: list[set] = []
    for s in doc.sentences:
        if s.section in excluded:
            continue
        ents = {(m.label, m.entity_id) for m in s.mentions}
        if not ents:
            continue
        sentences.append(ents)
        paragraphs[s.paragraph] |= ents
    return list(paragraphs.values()), sentences


def aggregate(documents: list[DocumentFacts], config: ScoringConfig) -> Aggregate:
    """Sentence co-mention statistics and scores over the corpus."""
    stats: dict[tuple, PairStats] = defaultdict(PairStats)
    per_document: list[tuple[list[set], list[set]]] = []
    excluded = set(config.comention_exclude_sections)
    for doc in documents:
        previous = None
        for s in doc.sentences:
            if s.section in excluded or not s.mentions:  # e.g. table rows: mentions kept, no co-mention
                continue
            before = previous_text(previous, s)
            previous = s
            crossing = bridged(s.mentions) if before else {}
            for pair in s.typed_pairs():
                stats[(pair.a, pair.b)].sentences.append(
                    Evidence(doc.doc_id, s.section, s.sentence_id, evidence_text(before, s.text, pair, crossing),
                             pair.distance, s.lang, pair)
                )
        per_document.append(document_entity_sets(doc, excluded))
    score, n_doc, n_par = scores_of_pairs(per_document, stats.keys(), config)
    return Aggregate(dict(stats), score, n_par, n_doc)

"""Relations aggregated from the store one document at a time: memory bounded by the relations.

The in-memory path (``api.relations_frame``) keeps every evidence sentence of every pair —
fine for a handful of papers, 13 GB for 200 real ones. Here each stored document is read,
parsed, folded into per-pair state and dropped, in two passes over the store:

1. per pair: how many sentences, the label counts, where it was found, the best sentence
   (``PairStats.best``'s order) and the next ``more_evidence`` by ``PairStats.ranked``'s
   order (kept in a bounded list, never all sentences);
2. the Jensen-lab scores (``scoring.scores_of_pairs``), fed per document from the store.

The rows are built by ``api.relations_table``, the same code as the in-memory path, so the
two give the same table (tests/test_batch_scale.py holds them equal on the corpus).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.relations.comention import SECTION_PREFERENCE, Aggregate, Evidence
from pipeline.relations.conflicts import DocumentLabels
from pipeline.relations.facts import DocumentFacts
from pipeline.relations.scoring import scores_of_pairs


@dataclass
class KeptEvidence(Evidence):
    """Evidence whose text is kept only as far as relations.csv shows it (``length``: the whole
    sentence's): a run-on "sentence" of thousands of characters, retained for many pairs,
    was most of a 2,000-paper aggregation's memory."""

    length: int = 0


def _evidence(doc: DocumentFacts, s, text: str, pair) -> Evidence:
    """``text``: the sentence's, cut once for all its pairs (one string shared by all of them)."""
    if len(text) == len(s.text):
        return Evidence(doc.doc_id, s.section, s.sentence_id, text, pair.distance, s.lang, pair)
    return KeptEvidence(doc.doc_id, s.section, s.sentence_id, text, pair.distance, s.lang, pair,
                        length=len(s.text))


class _Count:
    """Stands for ``PairStats.sentences`` where only its length is read."""

    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0

    def __len__(self) -> int:
        return self.n


def _best_key(e: Evidence) -> tuple:
    return (-round(e.weight, 6), SECTION_PREFERENCE.get(e.section, 3), e.distance,
            getattr(e, "length", 0) or len(e.text), e.doc_id, e.sentence_id)


def _rank_key(e: Evidence) -> tuple:
    return (-round(e.weight, 6), SECTION_PREFERENCE.get(e.section, 3), e.doc_id, e.sentence_id)


class PairState:
    """What relations.csv needs of one pair, kept within a bound (``PairStats``'s interface)."""

    __slots__ = ("_best", "_best_key", "_best_n", "_docs", "_found", "_labels", "_limit", "_rest", "sentences")

    def __init__(self, limit: int) -> None:
        self.sentences = _Count()
        self._labels: dict[str, int] = {}
        self._docs = DocumentLabels()  # each document's own label (conflicts), bounded by documents
        self._found: dict[str, None] = {}
        self._best: Evidence | None = None
        self._best_key: tuple = ()
        self._best_n = -1
        self._rest: list[tuple[tuple, int, Evidence]] = []  # the ``limit`` first by rank order
        self._limit = limit

    def add(self, e: Evidence, where: str, short: str) -> None:
        """``where``: "doc/section/lang" (one string per sentence, shared by its pairs);
        ``short``: the sentence as far as a ``more_evidence`` item shows it."""
        n = self.sentences.n
        self.sentences.n += 1
        if e.pair is not None:
            self._labels[e.pair.label] = self._labels.get(e.pair.label, 0) + 1
            self._docs.add(e)
        self._found.setdefault(where)
        key = _best_key(e)
        if self._best is None or key < self._best_key:  # min(): the first of equals wins
            self._best, self._best_key, self._best_n = e, key, n
        rank = (_rank_key(e), n)  # n: sorted() is stable, equals keep their order
        if len(self._rest) < self._limit or rank < self._rest[-1][:2]:
            # kept light: no typed pair, the text as far as it is shown
            length = getattr(e, "length", 0) or len(e.text)
            light = Evidence(e.doc_id, e.section, e.sentence_id, short, e.distance, e.lang) \
                if len(short) == length else \
                KeptEvidence(e.doc_id, e.section, e.sentence_id, short, e.distance, e.lang, length=length)
            bisect.insort(self._rest, (*rank, light), key=lambda x: x[:2])
            del self._rest[self._limit:]

    def found_in(self) -> str:
        return ";".join(self._found)

    def best(self) -> Evidence:
        assert self._best is not None
        return self._best

    def ranked(self, limit: int | None = None) -> list[Evidence]:
        best = self.best()
        rest = [e for _, n, e in self._rest if n != self._best_n]
        return [best, *rest[: max(0, (limit or self._limit + 1) - 1)]]

    def label_counts(self) -> dict[str, int]:
        return dict(sorted(self._labels.items(), key=lambda kv: (-kv[1], kv[0])))

    def doc_labels(self) -> dict[str, tuple[str, bool]]:
        return self._docs.result()


@dataclass
class StreamAggregate:
    stats: dict = field(default_factory=dict)  # pair -> PairState
    composites: dict[str, dict] = field(default_factory=dict)
    documents: int = 0
    mentions: dict[str, int] = field(default_factory=dict)  # by entity type


def fold(documents: Iterable[DocumentFacts], more_evidence: int, cap: int = 1 << 30,
         excluded: Iterable[str] = ()) -> StreamAggregate:
    """Pass 1: per-pair state from documents given one at a time; evidence texts are kept up
    to ``cap`` characters (relations.csv's cell limit). Sentences of ``excluded`` sections
    (``ScoringConfig.comention_exclude_sections``: table rows) make no pairs, as in
    ``comention.aggregate``; their mentions are still counted."""
    excluded = frozenset(excluded)
    agg = StreamAggregate()
    limit = more_evidence + 1  # the best one may be among them
    stats = agg.stats
    places: dict[str, str] = {}  # "doc/section/lang" strings, one object each
    for doc in documents:
        agg.documents += 1
        agg.composites.update(doc.composites)
        for s in doc.sentences:
            if not s.mentions:
                continue
            for m in s.mentions:
                agg.mentions[m.label] = agg.mentions.get(m.label, 0) + 1
            if s.section in excluded:
                continue
            text = s.text if len(s.text) <= cap else s.text[:cap]
            short = text if len(text) <= cap // 2 else text[:cap // 2]
            place = f"{doc.doc_id}/{s.section}/{s.lang}"
            where = places.setdefault(place, place)
            for pair in s.typed_pairs():
                key = (pair.a, pair.b)
                state = stats.get(key)
                if state is None:
                    state = stats[key] = PairState(limit)
                state.add(_evidence(doc, s, text, pair), where, short)
    return agg


def entity_sets(documents: Iterable[DocumentFacts], excluded: Iterable[str] = ()) -> Iterator[tuple[list[set], list[set]]]:
    """Per document: its paragraphs' and its sentences' entity sets (what scoring reads),
    without the sentences of ``excluded`` sections (as ``comention.aggregate``)."""
    excluded = frozenset(excluded)
    for doc in documents:
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
        yield list(paragraphs.values()), sentences


def aggregate_stream(documents, config) -> tuple[Aggregate, dict[str, dict], dict[str, int]]:
    """``comention.aggregate``'s result from a re-iterable source of documents (two passes),
    with the composites seen and the mention counts by type.

    ``documents``: a callable giving a fresh iterator over the documents, in order."""
    excluded = config.scoring.comention_exclude_sections
    folded = fold(documents(), config.more_evidence, config.max_evidence_chars, excluded)
    score, n_doc, n_par = scores_of_pairs(entity_sets(documents(), excluded), folded.stats.keys(), config.scoring)
    return Aggregate(folded.stats, score, n_par, n_doc), folded.composites, folded.mentions

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.relations.comention import (
    Aggregate,
    Evidence,
    best_key,
    document_entity_sets,
)
from pipeline.relations.conflicts import DocumentLabels
from pipeline.relations.cross_sentence import bridged, evidence_text, previous_text
from pipeline.relations.facts import DocumentFacts
from pipeline.relations.scoring import CoOccurrence, scores_of_pairs


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


class PairState:
    """What relations.csv needs of one pair, kept within a bound (``PairStats``'s interface)."""

    __slots__ = ("_best", "_best_key", "_best_n", "_docs", "_found", "_labels", "_limit", "_rest", "sentences")

    def __init__(self, limit: int) -> None:
        self.sentences = _Count()
        self._labels: dict[str, int] = {}
        self._docs = DocumentLabels()  # each document's own label and score, bounded by documents
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
        self._found.setdefault(where)
        key = best_key(e)  # the row's best and each document's own compete in one order
        weight, place = key[0], key[1]
        self._docs.add(e, key)
        if self._best is None or key < self._best_key:  # PairStats.best's order; min(): the first of equals wins
            self._best, self._best_key, self._best_n = e, key, n
        rank = ((weight, place, e.doc_id, e.sentence_id), n)  # PairStats.ranked's order; n: equals keep their order
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

    def doc_bests(self) -> dict:
        return self._docs.bests()


@dataclass
class StreamAggregate:
    stats: dict = field(default_factory=dict)  # pair -> PairState
    composites: dict[str, dict] = field(default_factory=dict)
    documents: int = 0
    mentions: dict[str, int] = field(default_factory=dict)  # by entity type


class Folder:
    """Pass 1, one document at a time: per-pair state (``PairState``), composites and mention
    counts; evidence texts are kept up to ``cap`` characters (relations.csv's cell limit).
    Sentences of ``excluded`` sections (``ScoringConfig.comention_exclude_sections``: table
    rows) make no pairs, as in ``comention.aggregate``; their mentions are still counted."""

    def __init__(self, more_evidence: int, cap: int = 1 << 30, excluded: Iterable[str] = ()):
        self.agg = StreamAggregate()
        self.limit = more_evidence + 1  # the best one may be among them
        self.cap = cap
        self.excluded = frozenset(excluded)
        self.places: dict[str, str] = {}  # "doc/section/lang" strings, one object each

    def add(self, doc: DocumentFacts) -> None:
        agg, cap, limit, stats, places = self.agg, self.cap, self.limit, self.agg.stats, self.places
        excluded = self.excluded
        agg.documents += 1
        agg.composites.update(doc.composites)
        mentions = agg.mentions
        previous = None
        for s in doc.sentences:
            if not s.mentions:
                continue
            for m in s.mentions:
                mentions[m.label] = mentions.get(m.label, 0) + 1
            if s.section in excluded:
                continue
            text = s.text if len(s.text) <= cap else s.text[:cap]
            short = text if len(text) <= cap // 2 else text[:cap // 2]
            place = f"{doc.doc_id}/{s.section}/{s.lang}"
            where = places.setdefault(place, place)
            before = previous_text(previous, s)  # a cross-sentence pair's evidence: both sentences
            previous = s
            crossing = bridged(s.mentions) if before else {}
            for pair in s.typed_pairs():
                key = (pair.a, pair.b)
                state = stats.get(key)
                if state is None:
                    state = stats[key] = PairState(limit)
                if crossing and (pair.a[1] in crossing or pair.b[1] in crossing):
                    both = evidence_text(before, s.text, pair, crossing)
                    e = Evidence(doc.doc_id, s.section, s.sentence_id, both, pair.distance, s.lang, pair) \
                        if len(both) <= cap else KeptEvidence(doc.doc_id, s.section, s.sentence_id, both[:cap],
                                                              pair.distance, s.lang, pair, length=len(both))
                    state.add(e, where, both[:cap] if len(both) <= cap // 2 else both[:cap // 2])
                    continue
                state.add(_evidence(doc, s, text, pair), where, short)


def fold(documents: Iterable[DocumentFacts], more_evidence: int, cap: int = 1 << 30,
         excluded: Iterable[str] = ()) -> StreamAggregate:
    """Pass 1: per-pair state from documents given one at a time (``Folder``)."""
    folder = Folder(more_evidence, cap, excluded)
    for doc in documents:
        folder.add(doc)
    return folder.agg


def entity_sets(documents: Iterable[DocumentFacts], excluded: Iterable[str] = ()) -> Iterator[tuple[list[set], list[set]]]:
    """Per document: its paragraphs' and its sentences' entity sets (what scoring reads),
    without the sentences of ``excluded`` sections (as ``comention.aggregate``)."""
    excluded = frozenset(excluded)
    for doc in documents:
        yield document_entity_sets(doc, excluded)


def aggregate_stream(documents, config) -> tuple[Aggregate, dict[str, dict], dict[str, int]]:
    """``comention.aggregate``'s result from a re-iterable source of documents (two passes),
    with the composites seen and the mention counts by type.

    ``documents``: a callable giving a fresh iterator over the documents, in order."""
    excluded = config.scoring.comention_exclude_sections
    folded = fold(documents(), config.more_evidence, config.max_evidence_chars, excluded)
    score, n_doc, n_par = scores_of_pairs(entity_sets(documents(), excluded), folded.stats.keys(), config.scoring)
    return Aggregate(folded.stats, score, n_par, n_doc), folded.composites, folded.mentions


# Estimated memory of a running aggregate (``RunningAggregate.size``), measured with tracemalloc
# on the 200-paper scale corpus (bench/scale.py): ~3.3 kB per pair (its state and the evidence
# texts it keeps), ~0.15 kB per (document, entity) posting of the co-occurrence counts.
PAIR_BYTES = 3_300
POSTING_BYTES = 150


class RunningAggregate:
    """A batch's aggregate, folded from its stored records one file at a time, in discovery
    order — resumable, so it can start while files are still being annotated.

    Each record is read and parsed once: its manifest row (duplicates of a doc_id after the
    first are skipped, as before), then, for a document aggregated, the per-pair state
    (``Folder``) and the co-occurrence counts (``scoring.CoOccurrence``). Files are taken
    strictly in ``keys`` order (``advance`` stops at the first one not ready yet), so the
    result is the same whichever order the workers finish in, and the same as one pass over
    the finished store (tests/test_batch_incremental_aggregate.py)."""

    def __init__(self, keys: list[str], display: dict[str, str], config, spool=None):
        self.keys, self.display, self.config = keys, display, config
        self.spool = spool  # told each file folded, with its documents aggregated (batch/rendered.py)
        self.position = 0  # keys[:position] are folded
        self.errors: list[tuple[str, str, str]] = []
        self.manifest: list[dict] = []
        self.first: dict[str, tuple[str, str]] = {}  # doc_id -> (file, text hash)
        self.sources: dict[str, Path] = {}
        self.included: set[tuple[str, int]] = set()  # (path, seq) of the documents aggregated
        self.folder = Folder(config.more_evidence, config.max_evidence_chars,
                             config.scoring.comention_exclude_sections)
        self.counts = CoOccurrence(config.scoring)

    @property
    def done(self) -> bool:
        return self.position >= len(self.keys)

    def size(self) -> int:
        """Estimated bytes held (``PAIR_BYTES``, ``POSTING_BYTES``)."""
        return len(self.folder.agg.stats) * PAIR_BYTES + self.counts.n_postings * POSTING_BYTES

    def advance(self, db, ready: Callable[[str], bool] | None = None, budget: int | None = None,
                files: int | None = None) -> int:
        """Fold the next files while ``ready(key)`` (default: all are), the estimated size is
        within ``budget`` bytes and fewer than ``files`` were folded by this call; returns how many."""
        n = 0
        while self.position < len(self.keys) and (files is None or n < files):
            key = self.keys[self.position]
            if ready is not None and not ready(key):
                break
            if budget is not None and self.size() > budget:
                break
            included = [seq for _, seq, record in db.stream([key]) if self._add(key, seq, record)]
            if self.spool is not None:
                self.spool.file_folded(key, included)
            self.position += 1
            n += 1
        return n

    def _add(self, key: str, seq: int, record) -> bool:
        """Fold one stored document; returns whether it is aggregated."""
        file = self.display[key]
        status, error_class, message = record.status, record.error_class, record.error
        if status == "ok" and record.doc_id in self.first:
            other, text_hash = self.first[record.doc_id]
            if text_hash == record.content_hash:
                status, message = "duplicate", f"same document as in {other}; skipped"
            else:
                status, error_class = "failed", "DocumentError"
                message = f"duplicate doc_id {record.doc_id} (a different text is in {other}); skipped"
        if status == "ok":
            self.first[record.doc_id] = (file, record.content_hash)
            self.included.add((key, seq))
            self.sources[record.doc_id] = Path(file)
            doc = DocumentFacts.from_json(record.facts)
            self.folder.add(doc)
            self.counts.add(*document_entity_sets(doc, self.folder.excluded))
        elif status == "failed":
            self.errors.append((file, error_class, message))
        self.manifest.append({
            "doc_id": record.doc_id, "file": file, "format": record.format, "encoding": record.encoding,
            "language": record.language, "zh_share": record.zh_share, "chars": record.chars,
            "content_hash": record.content_hash, "status": status, "error_class": error_class,
            "message": message, "title": record.title,
        })
        return status == "ok"

    def result(self) -> tuple[Aggregate, dict[str, dict], dict[str, int]]:
        """(aggregate, composites, mention counts by type) once every file is folded."""
        assert self.done, "files left to fold"
        folded = self.folder.agg
        score, n_doc, n_par = self.counts.scores(folded.stats.keys())
        return Aggregate(folded.stats, score, n_par, n_doc), folded.composites, folded.mentions

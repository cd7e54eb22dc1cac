"""Labels per document, and whether documents contradict each other.

One row of relations.csv merges a pair over the corpus, but papers disagree (astragaloside IV
inhibits PI3K/Akt in one paper and activates it in another; a dose or a cell type changes the
sign). Each document keeps its own label — the label of its best evidence sentence — and a
pair is flagged ``conflict`` when two documents state opposite directions, or one states the
effect and another denies it. Curators see both labels in ``doc_labels`` (and each document's
own rank score in ``doc_scores``, ranking.document_scores); nothing is averaged
away (contradiction detection as in Sosa & Altman's pharmacogenomic relation contradictions:
same pair, opposite polarity, different sources).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.relations.comention import best_key
from pipeline.relations.pairs import PairFacts

SIGN = {"upregulates": 1, "activates": 1, "downregulates": -1, "inhibits": -1}


@dataclass(frozen=True)
class DocumentBest:
    """What one document says of a pair: the label of its own best sentence (``comention.best_key``'s
    order, the row's), that sentence's weight and section, how many of its sentences name the
    pair, and whether that sentence states it with a cue word — what ``ranking.rank_score`` reads,
    so each (document, pair) gets its own score."""

    label: str
    negated: bool
    weight: float
    section: str
    sentences: int
    cued: bool = True
    # the sentence itself, so that a (document, pair) is quoted from its own document
    # (relations.csv ``doc_evidence``); ``length``: the whole sentence's where ``text`` is cut
    sentence_id: int = -1
    text: str = ""
    length: int = 0


class DocumentLabels:
    """Each document's best sentence of a pair, folded one evidence sentence at a time (a batch
    streams a pair's sentences from the store and keeps only this, never all of them)."""

    __slots__ = ("_best", "_count")

    def __init__(self) -> None:
        # doc -> (key, label, negated, weight, section, cued, sentence_id, text, length); the text is
        # the evidence's own string (shared by the sentence's pairs), no copy
        self._best: dict[str, tuple] = {}
        self._count: dict[str, int] = {}

    def add(self, e, key: tuple | None = None) -> None:
        """``e`` has ``doc_id``, ``weight``, ``section``, ``sentence_id``, ``distance``, ``text``
        (``length`` when cut) and ``typed`` (a PairLabel, or None: an untyped co-mention);
        ``key``: its ``best_key``, when the caller has it already."""
        doc = e.doc_id
        self._count[doc] = self._count.get(doc, 0) + 1
        if key is None:
            key = best_key(e)
        found = self._best.get(doc)
        if found is None or key < found[0]:
            pair = getattr(e, "pair", None)
            if isinstance(pair, PairFacts):  # its label read from the stored row (``label_negated``)
                label, negated = pair.label_negated()
                cued = pair.has_cue()
            else:
                typed = e.typed
                label, negated = (typed.label, bool(typed.negated)) if typed is not None else ("associated", False)
                cued = getattr(typed, "cue", None) is not None  # None: an untyped co-mention
            self._best[doc] = (key, label, negated, e.weight, e.section, cued, e.sentence_id, e.text,
                               getattr(e, "length", 0) or 0)

    def bests(self) -> dict[str, DocumentBest]:
        """doc id -> its ``DocumentBest``, by doc id (``_document_best``: asked once per pair and
        document when relations.csv is built, after every file is folded)."""
        count = self._count
        return {doc: _document_best(label, negated, weight, section, count[doc], cued, sentence_id, text, length)
                for doc, (_, label, negated, weight, section, cued, sentence_id, text, length)
                in sorted(self._best.items())}


_new = object.__new__
_set = object.__setattr__


def _document_best(label: str, negated: bool, weight: float, section: str, sentences: int, cued: bool,
                   sentence_id: int, text: str, length: int) -> DocumentBest:
    """``DocumentBest(...)`` with every field given, written as one ``__dict__`` instead of one
    ``object.__setattr__`` per field (a frozen dataclass's ``__init__``): 0.5 µs instead of 1.3.
    relations.csv builds one per (pair, document) after the last file is folded, on the serial
    tail of a batch (31k at the 16x benchmark). The object is the same: same class, same
    ``__dict__`` in the same order (tests/test_speed_stop35.py)."""
    best = _new(DocumentBest)
    _set(best, "__dict__", {"label": label, "negated": negated, "weight": weight, "section": section,
                            "sentences": sentences, "cued": cued, "sentence_id": sentence_id, "text": text,
                            "length": length})
    return best


def document_bests(evidence: Iterable) -> dict[str, DocumentBest]:
    """doc id -> what the document says of the pair (``DocumentBest``); ``evidence``: the pair's
    sentences (``DocumentLabels.add`` says what they have)."""
    folded = DocumentLabels()
    for e in evidence:
        folded.add(e)
    return folded.bests()


def labels_of(bests: dict[str, DocumentBest]) -> dict[str, tuple[str, bool]]:
    """doc id -> (label, negated) of each document's best sentence (``doc_labels``, ``is_conflict``)."""
    return {doc: (b.label, b.negated) for doc, b in bests.items()}


def document_labels(evidence: Iterable) -> dict[str, tuple[str, bool]]:
    """doc id -> (label, negated) of the document's best sentence (``document_bests``)."""
    return labels_of(document_bests(evidence))


def is_conflict(labels: dict[str, tuple[str, bool]]) -> bool:
    """Do two documents state opposite directions, or one the effect and another its absence?"""
    stated = {(SIGN[label], negated) for label, negated in labels.values() if label in SIGN}
    signs = {sign for sign, negated in stated if not negated}
    if len(signs) > 1:
        return True
    denied = {sign for sign, negated in stated if negated}
    if signs & denied:
        return True
    non_effect = any(label == "associated" and negated for label, negated in labels.values())
    return bool(non_effect and signs)


def format_labels(labels: dict[str, tuple[str, bool]]) -> str:
    """"doc:label" items joined by ";" (``not `` before a negated label)."""
    return ";".join(f"{doc}:{'not ' if negated else ''}{label}" for doc, (label, negated) in labels.items())


def format_scores(scores: dict[str, float]) -> str:
    """"doc:score" items joined by ";" (``doc_scores``, in ``doc_labels``'s order)."""
    return ";".join(f"{doc}:{score}" for doc, score in scores.items())


def parse_items(cell: object) -> dict[str, str]:
    """doc id -> value of a ``doc_labels`` or ``doc_scores`` cell (empty: {}). Split on the last
    ":" of each item: a doc id may hold one ("PMC:123"), a label or a score never does."""
    items = {}
    for item in str(cell or "").split(";"):
        doc, sep, value = item.rpartition(":")
        if sep:
            items[doc] = value
    return items


def parse_document_evidence(cell: object, doc: str) -> str | None:
    """The sentence a ``doc_evidence`` cell (api.document_evidence: "doc/section/sentence: text"
    lines) quotes for ``doc``; None when the cell has no line of it."""
    for line in str(cell or "").split("\n"):
        if line.startswith(f"{doc}/"):
            _, sep, text = line[len(doc) + 1:].partition(": ")
            if sep:
                return text
    return None

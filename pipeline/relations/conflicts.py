"""Labels per document, and whether documents contradict each other.

One row of relations.csv merges a pair over the corpus, but papers disagree (astragaloside IV
inhibits PI3K/Akt in one paper and activates it in another; a dose or a cell type changes the
sign). Each document keeps its own label — the label of its best evidence sentence — and a
pair is flagged ``conflict`` when two documents state opposite directions, or one states the
effect and another denies it. Curators see both labels in ``doc_labels``; nothing is averaged
away (contradiction detection as in Sosa & Altman's pharmacogenomic relation contradictions:
same pair, opposite polarity, different sources).
"""

from __future__ import annotations

from collections.abc import Iterable

SIGN = {"upregulates": 1, "activates": 1, "downregulates": -1, "inhibits": -1}
_WEIGHT_KEY = 6  # rounding of weights when choosing a document's best sentence


class DocumentLabels:
    """Each document's best-sentence label, folded one evidence sentence at a time (a batch
    streams a pair's sentences from the store and keeps only this, never all of them)."""

    __slots__ = ("_best",)

    def __init__(self) -> None:
        self._best: dict[str, tuple] = {}

    def add(self, e) -> None:
        """``e`` has ``doc_id``, ``weight``, ``section``, ``sentence_id`` and ``typed``."""
        typed = e.typed
        if typed is None:
            return
        key = (-round(e.weight, _WEIGHT_KEY), e.section != "body", e.sentence_id)
        if e.doc_id not in self._best or key < self._best[e.doc_id][0]:
            self._best[e.doc_id] = (key, typed.label, bool(typed.negated))

    def result(self) -> dict[str, tuple[str, bool]]:
        return {doc: (label, negated) for doc, (_, label, negated) in sorted(self._best.items())}


def document_labels(evidence: Iterable) -> dict[str, tuple[str, bool]]:
    """doc id -> (label, negated) of the document's best sentence; ``evidence`` items have
    ``doc_id``, ``weight``, ``section``, ``sentence_id`` and ``typed`` (a PairLabel or None)."""
    folded = DocumentLabels()
    for e in evidence:
        folded.add(e)
    return folded.result()


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

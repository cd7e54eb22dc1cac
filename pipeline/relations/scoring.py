"""Co-occurrence score of the Jensen lab's text-mining tagger.

Franceschini et al., "STRING v9.1", Nucleic Acids Res. 2013 (text-mining channel), also used
by DISEASES (Pletscher-Frankild et al., Methods 2015):

    C(i,j) = sum over documents k of  w_d·δ_d + w_p·δ_p + w_s·δ_s
    S(i,j) = C(i,j)^α · ( C(i,j)·C(·,·) / (C(i,·)·C(·,j)) )^(1−α)

δ_d, δ_p, δ_s are 1 when i and j occur in the same document / paragraph / sentence of
document k (``counting="indicator"``, as published); with ``counting="count"`` they count the
co-occurring paragraphs and sentences instead. C(i,·) sums C over all partners of i, C(·,·)
over all pairs. Defaults: w_d = 1, w_p = 2, w_s = 0.2, α = 0.6.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pipeline.config import ScoringConfig

Pair = tuple[str, str]


def pair_weights(
    per_document: Iterable[tuple[set[Pair], dict[Pair, int], dict[Pair, int]]],
    config: ScoringConfig,
) -> dict[Pair, float]:
    """C(i,j) from, per document: document pairs, paragraph pair counts, sentence pair counts."""
    c: dict[Pair, float] = defaultdict(float)
    for doc_pairs, par_counts, sent_counts in per_document:
        for pair in doc_pairs:
            c[pair] += config.document_weight
        for pair, n in par_counts.items():
            c[pair] += config.paragraph_weight * (1 if config.counting == "indicator" else n)
        for pair, n in sent_counts.items():
            c[pair] += config.sentence_weight * (1 if config.counting == "indicator" else n)
    return dict(c)


def scores(c: dict[Pair, float], config: ScoringConfig) -> dict[Pair, float]:
    """S(i,j) for every pair in ``c``."""
    marginal: dict[str, float] = defaultdict(float)
    for (a, b), value in c.items():
        marginal[a] += value
        marginal[b] += value
    total = sum(c.values())
    alpha = config.alpha
    return {
        (a, b): value**alpha * (value * total / (marginal[a] * marginal[b])) ** (1 - alpha)
        for (a, b), value in c.items()
    }


def _level_marginals(units: list[set], weight: float, indicator: bool,
                     marginal: dict[str, float]) -> float:
    """Add one level's contribution to C(i,·); return its contribution to C(·,·).

    Indicator mode counts a partner once per document however many units (paragraphs,
    sentences) the two share; count mode counts every shared unit."""
    total = 0.0
    if indicator:
        partners: dict[str, set] = defaultdict(set)
        for unit in units:
            for entity in unit:
                partners[entity] |= unit
        for entity, others in partners.items():
            k = len(others) - 1
            marginal[entity] += weight * k
            total += weight * k / 2
    else:
        for unit in units:
            k = len(unit) - 1
            for entity in unit:
                marginal[entity] += weight * k
            total += weight * len(unit) * k / 2
    return total


def scores_of_pairs(
    documents: Iterable[tuple[list[set], list[set]]],
    pairs: Iterable[Pair],
    config: ScoringConfig,
) -> tuple[dict[Pair, float], dict[Pair, int], dict[Pair, int]]:
    """S(i,j) for ``pairs`` only, without enumerating every pair of every document.

    ``documents`` gives, per document, its paragraphs' and its sentences' entity sets. The
    marginals C(i,·) and the total C(·,·) follow from set sizes (see ``_level_marginals``);
    C(i,j) is needed only for the pairs asked for. Equal to ``scores(pair_weights(...))``
    restricted to ``pairs`` (tests/test_relations_scoring.py checks it on the corpus).
    Also returns, per pair, the documents and paragraphs in which both occur.
    """
    counts = CoOccurrence(config)
    for paragraphs, sentences in documents:
        counts.add(paragraphs, sentences)
    return counts.scores(pairs)


class CoOccurrence:
    """``scores_of_pairs`` fed one document at a time, before the pairs are known.

    A batch folds each document once, as it comes (batch/aggregate.py): the marginals and the
    total are summed then; of each document only, per entity, the paragraphs and sentences it
    occurs in are kept (two bit masks, in ``postings``: entity -> {document number: masks}),
    from which ``scores`` counts the shared ones of each pair asked for (``int.bit_count`` of
    the masks' intersection). Every sum is taken in the same order as a pass over the
    documents would take it (documents in order; per document the document, paragraph and
    sentence terms), so the floats are the same to the last bit."""

    def __init__(self, config: ScoringConfig):
        self.config = config
        self.indicator = config.counting == "indicator"
        self.marginal: dict[str, float] = defaultdict(float)
        self.total = 0.0
        self.postings: dict = {}  # entity -> {document number: (paragraph mask, sentence mask)}
        self.n_postings = 0
        self.documents = 0

    def add(self, paragraphs: list[set], sentences: list[set]) -> None:
        """One document: its paragraphs' and its sentences' entity sets (units without entities left out)."""
        config, marginal = self.config, self.marginal
        doc = self.documents
        self.documents += 1
        doc_entities = set().union(*paragraphs) if paragraphs else set()
        self.total += _level_marginals([doc_entities], config.document_weight, True, marginal)
        self.total += _level_marginals(paragraphs, config.paragraph_weight, self.indicator, marginal)
        self.total += _level_marginals(sentences, config.sentence_weight, self.indicator, marginal)
        in_paragraphs: dict = dict.fromkeys(doc_entities, 0)
        for k, unit in enumerate(paragraphs):
            bit = 1 << k
            for entity in unit:
                in_paragraphs[entity] |= bit
        in_sentences: dict = dict.fromkeys(doc_entities, 0)
        for k, unit in enumerate(sentences):
            bit = 1 << k
            for entity in unit:
                in_sentences[entity] |= bit
        postings = self.postings
        for entity in doc_entities:
            found = postings.get(entity)
            if found is None:
                found = postings[entity] = {}
            found[doc] = (in_paragraphs[entity], in_sentences[entity])
        self.n_postings += len(doc_entities)

    def scores(self, pairs: Iterable[Pair]) -> tuple[dict[Pair, float], dict[Pair, int], dict[Pair, int]]:
        """(S(i,j), documents, paragraphs in which both occur) for ``pairs`` (those co-occurring somewhere)."""
        config, indicator, postings = self.config, self.indicator, self.postings
        dw, pw, sw = config.document_weight, config.paragraph_weight, config.sentence_weight
        c: dict[Pair, float] = {}
        n_doc: dict[Pair, int] = {}
        n_par: dict[Pair, int] = {}
        for pair in pairs:
            a, b = pair
            in_a, in_b = postings.get(a), postings.get(b)
            if not in_a or not in_b:
                continue
            if len(in_b) < len(in_a):  # walk the shorter list (in document order), look up the other
                walk, other = in_b, in_a
            else:
                walk, other = in_a, in_b
            value, docs, paras = 0.0, 0, 0
            for doc, masks in walk.items():
                found = other.get(doc)
                if found is None:
                    continue
                shared_p = (masks[0] & found[0]).bit_count()
                shared_s = (masks[1] & found[1]).bit_count()
                docs += 1
                paras += shared_p
                value += dw
                if shared_p:
                    value += pw * (1 if indicator else shared_p)
                if shared_s:
                    value += sw * (1 if indicator else shared_s)
            if docs:
                c[pair], n_doc[pair], n_par[pair] = value, docs, paras
        alpha, total, marginal = config.alpha, self.total, self.marginal
        result = {
            (a, b): value**alpha * (value * total / (marginal[a] * marginal[b])) ** (1 - alpha)
            for (a, b), value in c.items()
        }
        return result, n_doc, n_par

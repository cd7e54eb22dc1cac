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
    pairs = list(pairs)
    indicator = config.counting == "indicator"
    marginal: dict[str, float] = defaultdict(float)
    total = 0.0
    c: dict[Pair, float] = defaultdict(float)
    n_doc: dict[Pair, int] = defaultdict(int)
    n_par: dict[Pair, int] = defaultdict(int)
    by_entity: dict[str, list[Pair]] = defaultdict(list)
    for pair in pairs:
        by_entity[pair[0]].append(pair)
    for paragraphs, sentences in documents:
        doc_entities = set().union(*paragraphs) if paragraphs else set()
        total += _level_marginals([doc_entities], config.document_weight, True, marginal)
        total += _level_marginals(paragraphs, config.paragraph_weight, indicator, marginal)
        total += _level_marginals(sentences, config.sentence_weight, indicator, marginal)
        in_paragraphs: dict[str, list[int]] = defaultdict(list)
        for k, unit in enumerate(paragraphs):
            for entity in unit:
                in_paragraphs[entity].append(k)
        in_sentences: dict[str, set[int]] = defaultdict(set)
        for k, unit in enumerate(sentences):
            for entity in unit:
                in_sentences[entity].add(k)
        for a in doc_entities:
            for pair in by_entity.get(a, ()):
                b = pair[1]
                if b not in doc_entities:
                    continue
                shared_p = len(set(in_paragraphs[a]) & set(in_paragraphs[b]))
                shared_s = len(in_sentences[a] & in_sentences[b])
                n_doc[pair] += 1
                n_par[pair] += shared_p
                c[pair] += config.document_weight
                if shared_p:
                    c[pair] += config.paragraph_weight * (1 if indicator else shared_p)
                if shared_s:
                    c[pair] += config.sentence_weight * (1 if indicator else shared_s)
    alpha = config.alpha
    result = {
        (a, b): value**alpha * (value * total / (marginal[a] * marginal[b])) ** (1 - alpha)
        for (a, b), value in c.items()
    }
    return result, dict(n_doc), dict(n_par)

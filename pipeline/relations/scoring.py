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

"""The Jensen-lab score, checked against the formula computed by hand."""

import math

import pytest

from pipeline.config import ScoringConfig
from pipeline.relations.scoring import pair_weights, scores


def test_score_matches_the_published_formula():
    cfg = ScoringConfig()
    ab, ac = ("A", "B"), ("A", "C")
    # one document: A,B share a sentence (so also paragraph and document); A,C only the document
    c = pair_weights([({ab, ac}, {ab: 1}, {ab: 1})], cfg)
    assert c == {ab: pytest.approx(1 + 2 + 0.2), ac: pytest.approx(1.0)}
    s = scores(c, cfg)
    total, ca, cb = 4.2, 4.2, 3.2
    expected = 3.2**0.6 * (3.2 * total / (ca * cb)) ** 0.4
    assert math.isclose(s[ab], expected)
    assert s[ab] > s[ac]


def test_count_mode_rewards_repeated_sentences():
    ab = ("A", "B")
    ind = pair_weights([({ab}, {ab: 3}, {ab: 5})], ScoringConfig(counting="indicator"))
    cnt = pair_weights([({ab}, {ab: 3}, {ab: 5})], ScoringConfig(counting="count"))
    assert ind[ab] == pytest.approx(3.2) and cnt[ab] == pytest.approx(1 + 6 + 1.0)

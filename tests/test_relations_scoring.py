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


@pytest.mark.parametrize("counting", ["indicator", "count"])
def test_pairwise_scores_equal_the_all_pairs_reference_on_the_corpus(corpus_run, counting):
    """scores_of_pairs (marginals from set sizes) gives the published formula's values."""
    from collections import defaultdict
    from itertools import combinations

    from pipeline.relations.scoring import scores_of_pairs

    cfg = ScoringConfig(counting=counting)
    per_doc_sets, reference_input = [], []
    for doc in corpus_run.facts:
        paragraphs, sentences = defaultdict(set), []
        for s in doc.sentences:
            ents = {(m.label, m.entity_id) for m in s.mentions}
            sentences.append(ents)
            paragraphs[s.paragraph] |= ents
        per_doc_sets.append((list(paragraphs.values()), sentences))
        everything = set().union(*sentences)
        par_counts, sent_counts = defaultdict(int), defaultdict(int)
        for unit, counts in [(p, par_counts) for p in paragraphs.values()] + [(s, sent_counts) for s in sentences]:
            for pair in combinations(sorted(unit), 2):
                counts[pair] += 1
        reference_input.append((set(combinations(sorted(everything), 2)), par_counts, sent_counts))
    reference = scores(pair_weights(reference_input, cfg), cfg)
    wanted = [pair for doc in reference_input for pair in doc[2]]
    fast, _, _ = scores_of_pairs(per_doc_sets, set(wanted), cfg)
    assert set(fast) == set(wanted)
    assert all(math.isclose(fast[p], reference[p], rel_tol=1e-9) for p in wanted)

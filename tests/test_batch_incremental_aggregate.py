"""Aggregation folded while the files are annotated (issue 17: "aggregation incremental as
results arrive"): with several workers, the calling process folds each stored file into the
aggregate (batch/aggregate.py ``RunningAggregate``) while the rest are annotated. The result
must be what one pass over the finished store gives, and what the two-pass aggregation that
preceded it (``aggregate_stream``) gives, on the bundled corpus (reviews and new papers)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from batch_helpers import REPO, config

from pipeline.api import relations_table
from pipeline.batch import runner
from pipeline.batch.aggregate import RunningAggregate, aggregate_stream
from pipeline.batch.runner import run_batch
from pipeline.batch.store import Store
from pipeline.config import ScoringConfig
from pipeline.relations.scoring import CoOccurrence

CORPUS = REPO / "corpus"


@pytest.fixture(scope="module")
def folded_meanwhile(tmp_path_factory):
    """The bundled corpus with 2 workers in a child process (as a large batch runs), the store
    written one file per transaction, so the parent folds files while others are annotated;
    and where its fold stood when annotation ended."""
    out = tmp_path_factory.mktemp("meanwhile")
    patch = pytest.MonkeyPatch()
    patch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    patch.setattr(runner, "STORE_EVERY_FILES", 1)
    seen = []
    original = runner._aggregate
    patch.setattr(runner, "_aggregate", lambda db, folding, *a: seen.append(folding.position) or original(db, folding, *a))
    try:
        result = run_batch([CORPUS], config(out), workers=2, full=True, progress=False)
    finally:
        patch.undo()
    return result, seen[0], out


def test_files_are_folded_while_the_others_are_annotated(folded_meanwhile):
    result, position, _ = folded_meanwhile
    assert result.stats.workers == 2 and result.stats.annotated_files == len(result.keys) > 10
    assert position > 0  # folded before the annotation phase ended


def test_the_aggregate_folded_meanwhile_equals_the_two_pass_aggregate_of_the_store(folded_meanwhile):
    result, _, out = folded_meanwhile
    cfg = config(out)
    agg, composites, counts = aggregate_stream(result.iter_facts, cfg)  # the earlier two passes over the store
    expected = relations_table(agg, composites, result.dictionary, cfg)
    assert result.relations.equals(expected) and len(expected) > 100
    assert result.mention_counts == counts


def test_a_rerun_aggregating_the_finished_store_gives_the_same_tables(folded_meanwhile, tmp_path):
    result, _, out = folded_meanwhile
    again = run_batch([CORPUS], config(out), workers=1, progress=False)  # nothing to annotate: one pass after
    assert again.stats.annotated_files == 0
    assert again.relations.equals(result.relations)
    assert again.manifest.equals(result.manifest)
    assert again.errors == result.errors and again.mention_counts == result.mention_counts


def test_files_ready_out_of_order_are_folded_in_discovery_order(folded_meanwhile):
    """Workers finish in any order and the budget may stop the fold: the result does not change."""
    result, _, out = folded_meanwhile
    cfg = config(out)
    display = {k: k for k in result.keys}
    with Store(out / "store.sqlite") as db:
        once = RunningAggregate(result.keys, display, cfg)
        once.advance(db)
        piecewise = RunningAggregate(result.keys, display, cfg)
        stored: set[str] = set()
        for key in reversed(result.keys):  # the last file is stored first
            stored.add(key)
            piecewise.advance(db, stored.__contains__, budget=0)  # at most one file per call once it holds any
            if len(stored) < len(result.keys):
                assert piecewise.position <= 1
        assert not piecewise.done
        piecewise.advance(db)
    assert once.manifest == piecewise.manifest and once.included == piecewise.included
    tables = [relations_table(*r.result()[:2], result.dictionary, cfg) for r in (once, piecewise)]
    assert tables[0].equals(tables[1]) and tables[0].equals(result.relations)


def _previous_scores_of_pairs(documents, pairs, config):
    """scoring.scores_of_pairs as it was before ``CoOccurrence`` (36c9a1d), the reference."""
    from pipeline.relations.scoring import _level_marginals

    pairs = list(pairs)
    indicator = config.counting == "indicator"
    marginal, total = defaultdict(float), 0.0
    c, n_doc, n_par = defaultdict(float), defaultdict(int), defaultdict(int)
    by_entity = defaultdict(list)
    for pair in pairs:
        by_entity[pair[0]].append(pair)
    for paragraphs, sentences in documents:
        doc_entities = set().union(*paragraphs) if paragraphs else set()
        total += _level_marginals([doc_entities], config.document_weight, True, marginal)
        total += _level_marginals(paragraphs, config.paragraph_weight, indicator, marginal)
        total += _level_marginals(sentences, config.sentence_weight, indicator, marginal)
        in_paragraphs, in_sentences = defaultdict(list), defaultdict(set)
        for k, unit in enumerate(paragraphs):
            for entity in unit:
                in_paragraphs[entity].append(k)
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
    result = {(a, b): v**alpha * (v * total / (marginal[a] * marginal[b])) ** (1 - alpha) for (a, b), v in c.items()}
    return result, dict(n_doc), dict(n_par)


@pytest.mark.parametrize("counting", ["indicator", "count"])
def test_co_occurrence_counts_give_the_previous_scores_to_the_last_bit(folded_meanwhile, counting):
    from pipeline.batch.aggregate import entity_sets

    result, _, _ = folded_meanwhile
    cfg = ScoringConfig(counting=counting)
    documents = list(entity_sets(result.iter_facts()))
    pairs = list(result.relations.apply(lambda r: ((r.a_type, r.a_id), (r.b_type, r.b_id)), axis=1))
    counts = CoOccurrence(cfg)
    for paragraphs, sentences in documents:
        counts.add(paragraphs, sentences)
    new = counts.scores(pairs)
    assert len(new[0]) == len(pairs) > 100
    assert new == _previous_scores_of_pairs(documents, pairs, cfg)  # exact floats

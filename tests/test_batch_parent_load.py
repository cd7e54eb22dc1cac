"""A batch's parent and the dictionary (batch/runner.py): before the annotating child is forked
it needs only the dictionary's content hash (``loader.dictionary_hash``), so it loads the
dictionary once, while the child annotates, for aggregation — not once before the fork,
dropped, and again after it. A no-op re-run loads none."""

from __future__ import annotations

import os

import pytest
from batch_helpers import DICTIONARIES, config, make_corpus

from pipeline.batch import runner, worker
from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.dictionaries import loader
from pipeline.errors import DictionaryError
from pipeline.review.outputs import OutputOptions


def test_the_hash_without_loading_is_the_loaded_dictionary_s(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "_loaded", {})
    monkeypatch.setattr(loader, "_hashes", {})
    expected = loader.load_dictionary(DICTIONARIES).content_hash
    monkeypatch.setattr(loader, "_loaded", {})  # not from the loaded one
    assert loader.dictionary_hash(DICTIONARIES) == expected
    (tmp_path / "empty").mkdir()
    with pytest.raises(DictionaryError, match="no dictionary files"):
        loader.dictionary_hash(tmp_path / "empty")


@pytest.mark.parametrize("workers", [1, 2])
def test_the_parent_of_an_annotating_child_loads_the_dictionary_once(tmp_path, monkeypatch, workers):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=4, seed=5)
    worker.release_annotators()
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    monkeypatch.setattr(loader, "_loaded", {})
    parent, loads = os.getpid(), []
    original = loader._load
    monkeypatch.setattr(loader, "_load", lambda *a: loads.append(os.getpid()) or original(*a))
    cfg = config(tmp_path / "out")
    result = run_batch([corpus], cfg, workers=workers, progress=False)
    assert result.stats.annotated_documents == 4 and len(result.relations) > 0
    assert loads == [parent]  # the child's loads are in its own memory, not in this list
    write_batch_outputs(result, cfg.output_dir)
    loader._loaded.clear()
    again = run_batch([corpus], cfg, workers=workers, progress=False, outputs=OutputOptions())
    assert again.unchanged and loads == [parent]  # nothing to annotate or aggregate: no load


def test_a_dictionary_an_annotator_of_this_process_holds_is_not_loaded_again(tmp_path, monkeypatch):
    """An earlier batch (or the caller) left an Annotator in this process: it keeps the dictionary
    alive, so dropping the loader's reference before the child would free nothing and the
    dictionary would be loaded a second time for aggregation (~0.5 s, another copy in memory)."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=3, seed=7)
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    held = worker.annotator(str(DICTIONARIES))
    loads = []
    original = loader._load
    monkeypatch.setattr(loader, "_load", lambda *a: loads.append(a) or original(*a))
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    assert result.stats.annotated_documents == 3 and len(result.relations) > 0
    assert loads == [] and result.dictionary is held.dictionary
    worker.release_annotators()  # no Annotator holds it now: the next child run drops it and loads it after
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, full=True, progress=False)
    assert len(loads) == 1 and result.dictionary is not held.dictionary


def test_the_caller_s_long_lived_objects_are_left_out_of_the_run_s_collections(tmp_path, monkeypatch):
    """A caller holding an Annotator (the API, bench/benchmark.py) has millions of long-lived
    objects; a full collection set off by the run's own allocations walked them all (0.6-0.9 s
    at the start of a 640-document run). During the run the collector leaves what existed
    before it alone (``gc.freeze``), from its first step; afterwards the caller's collector is
    as it was."""
    import gc

    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=3)
    held = [[i] for i in range(10_000)]  # the caller's long-lived objects
    seen = []
    original = runner.find_documents
    monkeypatch.setattr(runner, "find_documents", lambda *a, **k: seen.append(gc.get_freeze_count()) or original(*a, **k))
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    assert result.stats.annotated_documents == 2
    assert seen and seen[0] >= len(held)
    assert gc.get_freeze_count() == 0 and gc.isenabled()

"""A large batch annotates in a forked child (batch/runner.py ``_in_child``): the parent never
builds an Annotator (~450 MB it could not give back), results and errors are the same as in
one process, --strict still stops the batch, and the store is written a few files per commit."""

from __future__ import annotations

import shutil

import pytest
from batch_helpers import DATA, config, make_corpus, same_results

from pipeline.batch import runner, worker
from pipeline.batch.runner import run_batch
from pipeline.batch.store import Store
from pipeline.errors import BatchError


@pytest.fixture
def child_always(monkeypatch):
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_annotated_in_a_child_gives_the_in_process_results(tmp_path, monkeypatch, workers):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=6, seed=11, formats=("md", "txt", "html"))
    shutil.copy(DATA / "bad" / "truncated.pdf", corpus)
    one = run_batch([corpus], config(tmp_path / "one"), workers=1, progress=False)
    worker.release_annotators()
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    built = []
    monkeypatch.setattr(runner, "worker_annotator", lambda *a: built.append(a) or worker.annotator(*a))
    child = run_batch([corpus], config(tmp_path / "child"), workers=workers, progress=False)
    assert built == [] and not worker._annotators  # the parent never built one
    assert child.stats.annotated_files == 7 and child.stats.annotated_documents == 7
    assert child.stats.executor == ("in-process" if workers == 1 else "processes")
    same_results(one, child)
    assert one.errors == child.errors and len(child.errors) == 1
    assert one.manifest.equals(child.manifest)
    again = run_batch([corpus], config(tmp_path / "child"), workers=workers, progress=False)
    assert again.stats.annotated_files == 0  # everything the child stored is current


def test_strict_stops_a_batch_annotated_in_a_child(tmp_path, child_always):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=6)
    shutil.copy(DATA / "bad" / "empty.md", corpus / "zz_empty.md")
    cfg = config(tmp_path / "out")
    with pytest.raises(BatchError, match="zz_empty.md: DocumentError: empty file"):
        run_batch([corpus], cfg, workers=1, strict=True, progress=False)
    with Store(cfg.output_dir / "store.sqlite") as db:
        assert db.count() == 3  # what was stored before the failure stays


def test_results_are_stored_a_few_files_per_transaction(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=5, seed=3)
    calls = []
    original = Store.put_many
    monkeypatch.setattr(Store, "put_many", lambda self, results: calls.append(len(results)) or original(self, results))
    monkeypatch.setattr(runner, "STORE_EVERY_FILES", 2)
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    assert result.stats.annotated_files == 5 and calls == [2, 2, 1]

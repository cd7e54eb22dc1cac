"""Speed work of stop 27 (issue 17) that must not change a result: the process pool gets a few
small files per task (batch/runner.py ``_chunks``), the last chunks smaller, and a 2-worker
batch finds what a 1-worker batch finds, file for file, as before."""

from __future__ import annotations

from batch_helpers import config, make_corpus, same_results

from pipeline.batch import runner
from pipeline.batch.runner import _chunks, run_batch
from pipeline.batch.store import FileResult
from pipeline.batch.worker import FileTask


def _task(name: str, size: int) -> FileTask:
    return FileTask(f"/corpus/{name}", name, b"x" * size, "dictionaries")


def _shape(items) -> list:
    return [[t.file_id for t in item] if isinstance(item, list) else item.file_id for item in items]


def test_small_files_travel_together_and_a_paper_alone():
    """Synthetic 5 kB documents go six to a task (32 kB); a 60 kB paper is a task of its own;
    order is kept; a file refused before any work passes through at once."""
    small = [_task(f"s{i}", 5_000) for i in range(14)]
    paper = _task("paper", 60_000)
    refused = FileResult("/corpus/huge", "huge", "", 9_000_000, "", "", "", [])
    items = list(_chunks(iter([*small[:7], refused, paper, *small[7:]]), total_bytes=10_000_000, workers=2))
    assert _shape(items) == [[f"s{i}" for i in range(6)], "huge", ["s6"], ["paper"],
                             [f"s{i}" for i in range(7, 13)], ["s13"]]


def test_the_last_chunks_shrink_so_the_workers_finish_together():
    """Guided self-scheduling: a chunk holds at most what is left over 4 x workers, so the last
    ones are single files (no worker idles while the other ends a long task)."""
    tasks = [_task(f"d{i}", 5_000) for i in range(100)]  # 500 kB in all, 2 workers
    sizes = [len(c) for c in _chunks(iter(tasks), total_bytes=500_000, workers=2)]
    assert sum(sizes) == 100 and sizes[0] == 6 and sizes[-4:] == [1, 1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)
    assert [len(c) for c in _chunks(iter(tasks), total_bytes=0, workers=2)] == [1] * 100  # no total: one a task


def test_a_two_worker_batch_with_chunks_finds_what_one_worker_finds(tmp_path, monkeypatch):
    """Many small files (several per task) and the same mentions, relations and stored records
    as one worker in one process."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=24, seed=27)
    submitted = []
    original = runner._chunks
    monkeypatch.setattr(runner, "_chunks", lambda *a, **k: (submitted.append(c) or c for c in original(*a, **k)))
    one = run_batch([corpus], config(tmp_path / "one"), workers=1, progress=False)
    two = run_batch([corpus], config(tmp_path / "two"), workers=2, progress=False)
    assert two.stats.annotated_files == 24 and two.stats.workers == 2
    assert 1 < len(submitted) < 24  # files did travel together
    same_results(one, two)
    assert [f.to_json() for f in one.facts] == [f.to_json() for f in two.facts] and len(one.relations) > 0

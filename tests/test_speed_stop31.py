"""Stop 31 (issue 17), the tail of a parallel run and its phase timers.

- The last-run snapshot is written in two steps (``write_snapshot_rows_to`` before the network
  figure is waited for, ``write_snapshot_tail_to`` with the figure's record after it): the same
  bytes as ``write_snapshot_to``, and the rows really are written before the wait.
- ``noop.snapshot_of`` hashes the output files in threads: the same mapping as one by one.
- ``BatchStats`` carries the run's start, its first and last result and the parent's CPU while
  a child annotated (bench/benchmark.py's head and tail).
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pandas as pd
import pytest
from batch_helpers import config, make_corpus

from pipeline.batch import noop, runner
from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.review import outputs as review_outputs
from pipeline.review import store
from pipeline.review.merge import Changes


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "relation_id": ["r1", "r2", "r3"],
        "text": ["黄芩苷 inhibits NF-κB", 'a "quoted", comma', "=SUM(A1)"],
        "score": [1.5, None, 0.25],
        "n": [3, 0, 12],
    })


@pytest.mark.parametrize("network", [None, {"key": "k", "nodes": 3, "edges": 2, "png_sha256": "ab"}])
@pytest.mark.parametrize("rows", [1, 2, 2000])
def test_the_snapshot_in_two_steps_is_write_snapshot_to(monkeypatch, network, rows):
    monkeypatch.setattr(store, "CHUNK_ROWS", rows)
    changes = Changes(new=["r1"], evidence_changed=["r3"], without_id=1)
    now = datetime(2026, 12, 5, 1, 2, 3, tzinfo=timezone.utc)
    for frame in (_frame(), _frame().iloc[0:0]):
        whole = store.snapshot_bytes(frame, ["relation_id", "score"], changes, now, network)
        handle = io.BytesIO()
        store.write_snapshot_rows_to(handle, frame, ["relation_id", "score"], now)
        store.write_snapshot_tail_to(handle, changes, network)
        assert handle.getvalue() == whole


def test_the_snapshot_rows_are_written_before_the_figure_is_waited_for(tmp_path, monkeypatch):
    """With the figure drawn in a forked child (two workers), the parent writes the snapshot's
    rows, then waits for the figure, then writes its record: it no longer waits idle and then
    writes the rows alone at the end of the run."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=3, seed=31)
    cfg = config(tmp_path / "out")
    result = run_batch([corpus], cfg, workers=2, progress=False)
    order: list[str] = []
    rows, tail = review_outputs.write_snapshot_rows_to, review_outputs.write_snapshot_tail_to
    monkeypatch.setattr(review_outputs, "write_snapshot_rows_to", lambda *a: order.append("rows") or rows(*a))
    monkeypatch.setattr(review_outputs, "write_snapshot_tail_to", lambda *a: order.append("tail") or tail(*a))
    from pipeline.batch import forked

    start = forked.start

    def tracked(*args, **kwargs):
        future = start(*args, **kwargs)
        result_of = future.result

        def result(*a):
            order.append("figure")
            return result_of(*a)

        future.result = result
        return future

    monkeypatch.setattr(forked, "start", tracked)
    write_batch_outputs(result, cfg.output_dir)
    assert order == ["rows", "figure", "tail"]
    snapshot = store.snapshot_path(cfg.output_dir)
    base, data = store.load_snapshot(cfg.output_dir)
    assert base is not None and data["network"]["edges"] >= 0  # the figure's record, after the rows
    assert not list(snapshot.parent.glob(".*.tmp"))  # no temp file left behind


def test_output_hashes_in_threads_are_the_hashes_one_by_one(tmp_path):
    names = []
    for k in range(7):
        name = f"f{k}.bin" if k % 3 else f"sub/f{k}.bin"
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(bytes([k]) * (k * 300_001 + 1))
        names.append(name)
    names += ["missing.csv", "sub/missing.js"]
    expected = {name: noop.file_hash(tmp_path / name) for name in sorted(names)}
    found = noop.snapshot_of(tmp_path, list(reversed(names)))
    assert found == expected and list(found) == sorted(names)
    assert found["missing.csv"] is None
    assert noop.snapshot_of(tmp_path, ["f1.bin"]) == {"f1.bin": expected["f1.bin"]}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_phase_timers_of_a_run_annotated_in_a_child(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=4, seed=17)
    result = run_batch([corpus], config(tmp_path / "out"), workers=workers, progress=False)
    s = result.stats
    assert 0 < s.started_at < s.first_result_at <= s.last_result_at < s.started_at + result.seconds
    assert s.parent_cpu_annotating >= 0.0
    if workers == 2:  # the parent folded the stored files while the child annotated
        assert s.parent_cpu_annotating > 0.0


def test_the_phase_timers_of_a_run_in_this_process(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=5)
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    s = result.stats
    assert 0 < s.started_at < s.first_result_at <= s.last_result_at
    assert s.parent_cpu_annotating == 0.0  # nothing annotated elsewhere

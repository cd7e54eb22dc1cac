"""Stop 33 (issue 17): a 2-worker batch of real papers writes every output byte for byte as one
process does, and bench/critical_path.py's tracing records work done in forked processes.

The synthetic corpora of tests/test_batch_rendered.py cover the spool's paths; here the
documents are real ones (English abstracts and Chinese papers of corpus/new_papers), whose
sections, tables, cross-sentence pairs and mixed scripts the synthetic text does not have,
and every file the run writes is compared by its sha256, not a chosen list."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from batch_helpers import REPO, config
from bench_helpers import bench_module

from pipeline.batch import runner
from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.review.store import SNAPSHOT

# files that differ between any two runs by design: the lock names its holder, the snapshot
# holds the time it was written (compared below without it)
VARYING = {".run.lock"}


def _digests(out: Path) -> dict[str, str]:
    found = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out).as_posix()
        if not path.is_file() or path.name in VARYING or relative.startswith("store.sqlite"):
            continue
        data = path.read_bytes()
        if path.name == SNAPSHOT:
            snapshot = json.loads(data)
            snapshot.pop("written_at", None)
            data = json.dumps(snapshot, sort_keys=True).encode()
        found[relative] = hashlib.sha256(data).hexdigest()
    return found


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> Path:
    """Four English abstracts and three Chinese papers of corpus/new_papers, as a user's folder."""
    corpus = tmp_path_factory.mktemp("papers") / "corpus"
    corpus.mkdir()
    for lang, n in (("en", 4), ("zh", 3)):
        for path in sorted((REPO / "corpus" / "new_papers" / lang).iterdir())[:n]:
            shutil.copy(path, corpus / path.name)
    return corpus


def test_two_workers_write_every_output_byte_for_byte_as_one_process(papers, tmp_path, monkeypatch):
    one = tmp_path / "one"
    write_batch_outputs(run_batch([papers], config(one), workers=1, progress=False), one)
    # the path of a large batch: annotated in a forked child, its pool's workers rendering each
    # document for the spool, the parent folding meanwhile, the network figure in a forked child
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    two = tmp_path / "two"
    result = run_batch([papers], config(two), workers=2, progress=False)
    assert result.stats.workers == 2 and result.spool is not None and result.spool.position == len(result.keys)
    write_batch_outputs(result, two)
    a, b = _digests(one), _digests(two)
    assert "report.html" in a and "relations.csv" in a and "mentions.csv" in a and "annotations.bioc.json" in a
    assert any(name.endswith(SNAPSHOT) for name in a)
    assert a == b, sorted(k for k in a if a[k] != b.get(k)) + sorted(set(b) - set(a))


def _critical_path():
    return bench_module("critical_path")


class _Holder:
    @staticmethod
    def busy(n: int) -> int:
        return sum(i * i for i in range(n))


def test_the_tracer_records_spans_of_this_process_and_of_a_forked_one(tmp_path):
    cp = _critical_path()
    cp.traced(_Holder, "busy", "busy")
    cp.traced(_Holder, "busy", "busy")  # wrapped once only
    cp._TRACE_DIR[:] = [tmp_path, os.getpid()]
    cp._RECORDS.clear()
    t0 = time.perf_counter()
    assert _Holder.busy(20_000) == sum(i * i for i in range(20_000))  # the wrapper returns what it wraps
    pid = os.fork()
    if pid == 0:  # a forked process writes its records to its own file
        try:
            _Holder.busy(10_000)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert len(cp._RECORDS) == 1 and cp._RECORDS[0][0] == "busy" and cp._RECORDS[0][4] == os.getpid()
    (child_file,) = tmp_path.glob("trace-*.tsv")
    label, start, end, cpu, who = child_file.read_text(encoding="utf-8").strip().split("\t")
    assert label == "busy" and int(who) == pid and t0 <= float(start) <= float(end) and float(cpu) >= 0.0
    lines = cp.summarise(cp._RECORDS + [(label, float(start), float(end), float(cpu), int(who))], t0)
    assert len(lines) == 2 and all(line.startswith("busy") for line in lines)

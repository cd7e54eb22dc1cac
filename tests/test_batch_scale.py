"""Batch runs at scale: streamed aggregation and outputs, refused huge files, the store's limit,
one run per output folder, workers that die with the parent, no-op re-runs that rewrite nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from batch_helpers import DICTIONARIES, REPO, config, make_corpus

from pipeline.batch import outputs as batch_outputs
from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.config import Config

CORPUS = REPO / "corpus"
# the two reviews: what conftest's corpus_run holds (the bundled corpus also has corpus/new_papers/)
REVIEWS = [CORPUS / "li2025_ferroptosis_osteoporosis.md", CORPUS / "jin2025_autophagy_osteoporosis.md"]


@pytest.fixture(scope="module")
def corpus_batch(tmp_path_factory):
    out = tmp_path_factory.mktemp("scale")
    result = run_batch(REVIEWS, config(out), workers=1, progress=False)
    return result, write_batch_outputs(result, out), out


def test_relations_aggregated_from_the_store_equal_the_in_memory_path(corpus_batch, corpus_run):
    result, _, _ = corpus_batch
    pd.testing.assert_frame_equal(result.relations, corpus_run.relations)


def test_streamed_mentions_csv_and_bioc_equal_what_the_frames_give(corpus_batch, corpus_run):
    from pipeline.io.bioc_writer import bioc_json_bytes
    from pipeline.review.store import csv_bytes

    result, paths, _ = corpus_batch
    assert paths["mentions"].read_bytes() == csv_bytes(corpus_run.mentions)
    expected = bioc_json_bytes(result.records, result.facts, result.mentions, result.relations)
    assert paths["bioc"].read_bytes() == expected


def test_mentions_csv_is_split_at_the_spreadsheet_row_limit(tmp_path, monkeypatch, corpus_run):
    from pipeline.review.store import csv_bytes

    monkeypatch.setattr(batch_outputs, "EXCEL_ROWS", 101)  # 100 rows and the header a file
    out = tmp_path / "out"
    result = run_batch(REVIEWS, config(out), workers=1, progress=False)
    write_batch_outputs(result, out)
    parts = [out / "mentions.csv", *sorted(out.glob("mentions.*.csv"), key=lambda p: int(p.name.split(".")[1]))]
    n = len(corpus_run.mentions)
    assert len(parts) == -(-n // 100) > 1
    frames = [pd.read_csv(p, encoding="utf-8-sig", keep_default_na=False, dtype=str) for p in parts]
    assert all(len(f) == 100 for f in frames[:-1])
    whole = pd.read_csv(pd.io.common.BytesIO(csv_bytes(corpus_run.mentions)), encoding="utf-8-sig",
                        keep_default_na=False, dtype=str)
    pd.testing.assert_frame_equal(pd.concat(frames, ignore_index=True), whole)


def test_evidence_cells_are_bounded_and_name_the_sentence(tmp_path):
    result = run_batch(REVIEWS, Config(dictionaries=DICTIONARIES, output_dir=tmp_path, max_evidence_chars=40),
                       workers=1, progress=False)
    cut = result.relations[result.relations.evidence.str.contains("characters; full text:")]
    assert len(cut) > 10
    for row in cut.itertuples():
        assert row.evidence.startswith(row.evidence[:40]) and len(row.evidence) < 40 + 90
        assert f"full text: {row.evidence_doc}/{row.evidence_section}/sentence " in row.evidence
    assert result.relations.evidence.str.len().max() < 40 + 90


def _big_copy(path, target, mb: float) -> None:
    """A real paper repeated to about ``mb`` MB (one huge document)."""
    text = path.read_text(encoding="utf-8")
    copies = int(mb * 1e6 / len(text.encode("utf-8"))) + 1
    target.write_text("\n\n".join([text] * copies), encoding="utf-8")


def test_a_file_over_the_limit_is_refused_with_one_line_and_not_tried_again_until_it_changes(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=21)
    big = corpus / "huge.md"
    _big_copy(CORPUS / "jin2025_autophagy_osteoporosis.md", big, 1.2)
    cfg = config(tmp_path / "out")
    first = run_batch([corpus], cfg, workers=1, progress=False, max_file_mb=1)
    [(file, error_class, message)] = first.errors
    assert file.endswith("huge.md") and error_class == "FileTooLarge" and "\n" not in message
    assert "limit is 1 MB" in message and first.stats.documents == 2
    again = run_batch([corpus], cfg, workers=1, progress=False, max_file_mb=1)
    assert again.stats.annotated_files == 0 and again.errors == first.errors  # recorded, not redone
    big.write_text(big.read_text(encoding="utf-8")[:500_000], encoding="utf-8")  # changed: now under it
    third = run_batch([corpus], cfg, workers=1, progress=False, max_file_mb=1)
    assert third.stats.annotated_files == 1 and not third.errors and third.stats.documents == 3


def test_a_value_the_store_cannot_hold_becomes_a_failed_document_not_a_crash(tmp_path, monkeypatch):
    from pipeline.batch import store

    monkeypatch.setattr(store, "MAX_VALUE_BYTES", 20_000)
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=1, seed=22)
    _big_copy(CORPUS / "li2025_ferroptosis_osteoporosis.md", corpus / "long.md", 0.03)
    result = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    failed = [e for e in result.errors if e[0].endswith("long.md")]
    assert failed and failed[0][1] == "DocumentTooLarge" and "too large to store" in failed[0][2]
    again = run_batch([corpus], config(tmp_path / "out"), workers=1, progress=False)
    assert again.stats.annotated_files == 0 and again.errors == result.errors


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "run", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=600, check=False, **kwargs)


def test_a_second_run_on_the_same_folder_stops_with_one_line_and_exit_code_3(tmp_path):
    from pipeline.batch.lock import EXIT_LOCKED, output_lock

    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=1, seed=23)
    out = tmp_path / "out"
    with output_lock(out):
        proc = _cli(str(corpus), "--out", str(out), "--workers", "1")
    assert proc.returncode == EXIT_LOCKED == 4
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "another run is writing this folder" in lines[0] and f"pid {os.getpid()}" in lines[0]
    assert not (out / "relations.csv").exists()
    assert _cli(str(corpus), "--out", str(out), "--workers", "1").returncode == 0  # the lock went with its holder


_PARENT = """
import sys
from pipeline.batch import runner
from pipeline.batch.runner import run_batch
from pipeline.config import Config
runner.CHILD_ABOVE_MB = float(sys.argv[3])
run_batch([sys.argv[1]], Config(output_dir=sys.argv[2]), workers=2, progress=False, scheduler=sys.argv[4] or None)
"""


@pytest.mark.parametrize("child_above_mb, processes, scheduler",
                         [(2.0, 2, ""), (0.0, 3, ""), (0.0, 3, "local")],
                         ids=["small batch", "annotating child", "dask local cluster"])
def test_kill_9_of_the_parent_leaves_no_worker_behind(tmp_path, child_above_mb, processes, scheduler):
    # a large batch annotates in a forked child that forks the workers: all of them must go
    psutil = pytest.importorskip("psutil")
    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=60, seed=24)
    if scheduler:
        pytest.importorskip("distributed")
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, str(corpus), str(tmp_path / "out"), str(child_above_mb),
                               scheduler],
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list = []
        while time.monotonic() < deadline and len(workers) < processes:
            time.sleep(0.2)
            workers = psutil.Process(parent.pid).children(recursive=True)
        assert len(workers) >= processes, "the pool did not start"
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, [p.pid for p in alive]


def test_a_no_op_re_run_rewrites_nothing_and_keeps_decisions(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=4, seed=25)
    out = tmp_path / "out"
    args = (str(corpus), "--out", str(out), "--workers", "1")
    assert _cli(*args).returncode == 0

    def state():
        return {p.relative_to(out).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
                for p in sorted(out.rglob("*")) if p.is_file() and p.name != ".run.lock"}

    before = state()
    assert {"report.html", "relations.csv", "mentions.csv", "annotations.bioc.json", "network.png"} <= set(before)
    proc = _cli(*args)
    assert proc.returncode == 0 and "nothing changed since the last run" in proc.stdout
    assert state() == before  # the same bytes, not even written again

    relations = pd.read_csv(out / "relations.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    relations.loc[0, "status"] = "accepted"
    relations.to_csv(out / "relations.csv", index=False, encoding="utf-8-sig")
    proc = _cli(*args)
    assert proc.returncode == 0 and "nothing changed" not in proc.stdout  # the curator's edit is merged
    merged = pd.read_csv(out / "relations.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert merged.set_index("relation_id").at[relations.relation_id[0], "status"] == "accepted"
    assert state()["report.html"] != before["report.html"]


def test_outputs_can_be_left_out_from_the_command_line(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=26)
    out = tmp_path / "out"
    proc = _cli(str(corpus), "--out", str(out), "--workers", "1", "--no-report", "--no-network", "--no-bioc",
                "--no-pubtator")
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in out.iterdir()}
    assert {"relations.csv", "mentions.csv", "manifest.csv"} <= names
    assert not names & {"report.html", "network.png", "network.svg", "annotations.bioc.json"}


_HOLDER = """
import os, sys, time
from pipeline.batch.lock import output_lock
with output_lock(sys.argv[1]):
    if os.fork() == 0:  # a worker forked while the lock is held, which outlives its parent
        time.sleep(30)
        os._exit(0)
    print("locked", flush=True)
    time.sleep(30)
"""


def test_the_lock_is_the_run_s_own_not_held_by_a_forked_worker_that_outlives_it(tmp_path):
    from pipeline.batch.lock import output_lock

    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp_path)], cwd=REPO, stdout=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(Exception, match="another run is writing this folder"):
            with output_lock(tmp_path):
                pass
        os.kill(holder.pid, signal.SIGKILL)  # the run dies; its forked child is still alive
        holder.wait()
        with output_lock(tmp_path):
            pass
    finally:
        os.killpg(holder.pid, signal.SIGKILL)


def test_table_rows_make_no_pairs_in_a_batch_either(tmp_path):
    # ScoringConfig.comention_exclude_sections (table rows: GUIDELINES 5.1, tables are not
    # sentences) was honoured by the in-memory aggregation only: a batch run of this paper (the
    # CLI's path) listed a pair found only in a table row and scored every pair with the table's
    # entities in the marginals, so the two paths gave different relations.csv
    from pipeline.api import run

    paper = [CORPUS / "new_papers" / "zh" / "ChinaXiv-201712.00524V1.md"]
    batch = run_batch(paper, config(tmp_path), workers=1, progress=False)
    assert not batch.relations["found_in"].str.contains("/table/").any()
    pd.testing.assert_frame_equal(batch.relations, run(paper, config(tmp_path)).relations)

"""Each document's own outputs rendered by the workers and spooled while the others are
annotated (batch/rendered.py) give the same files, byte for byte, as rendering every document
from the store after the last worker (what one worker does); where the spool ends early (a file
stored by an earlier run, a document a worker could not render, the memory bounds), the rest
is rendered from the store and the files are still the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from batch_helpers import DATA, config

from pipeline.batch import rendered as rendered_module
from pipeline.batch import runner
from pipeline.batch.outputs import stream_documents, write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.review.outputs import OutputOptions

COMPARED = ("mentions.csv", "annotations.bioc.json", "annotations.pubtator", "manifest.csv", "relations.csv",
            "errors.csv", "report.html")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Every input format (abstracts for PubTator, BioC files of several documents) and
    unreadable files between them (failed documents that render nothing)."""
    root = tmp_path_factory.mktemp("rendered") / "corpus"
    shutil.copytree(DATA / "formats", root / "formats")
    shutil.copytree(DATA / "bad", root / "bad")
    return root


@pytest.fixture(scope="module")
def one_worker(corpus) -> Path:
    """The files rendered from the store after annotation (one worker renders nothing)."""
    out = corpus.parent / "runs" / "one"
    result = run_batch([corpus], config(out), workers=1, progress=False)
    assert result.spool is None
    write_batch_outputs(result, out)
    assert (out / "annotations.pubtator").exists() and (out / "errors.csv").exists()
    return out


def same_files(a: Path, b: Path, names=COMPARED) -> None:
    for name in names:
        assert (a / name).exists() == (b / name).exists(), name
        if (a / name).exists():
            assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_documents_rendered_by_the_workers_give_the_files_rendered_from_the_store(corpus, one_worker):
    out = corpus.parent / "runs" / "two"
    result = run_batch([corpus], config(out), workers=2, progress=False)
    assert result.spool.position == len(result.keys)  # every file came rendered
    assert result.spool.path.exists()
    write_batch_outputs(result, out)
    same_files(one_worker, out)
    assert not result.spool.path.exists()  # the spool is removed once read
    assert not list(out.glob(".rendered.*"))


def test_a_large_batch_annotated_in_a_child_renders_the_same(corpus, one_worker, monkeypatch):
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)  # the benchmark's and a real batch's path
    out = corpus.parent / "runs" / "child"
    result = run_batch([corpus], config(out), workers=2, progress=False)
    assert result.spool.position == len(result.keys)
    write_batch_outputs(result, out)
    same_files(one_worker, out)


@pytest.mark.parametrize("bound", ["pending", "aggregate"])
def test_a_spool_ended_by_its_memory_bounds_leaves_the_rest_to_the_store(corpus, one_worker, monkeypatch, bound):
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    if bound == "pending":  # rendered files waiting for their turn to be folded
        monkeypatch.setattr(rendered_module, "MAX_PENDING_BYTES", 1)
    else:  # folding meanwhile stops at the aggregate's budget: the rest is folded after
        monkeypatch.setattr(runner, "AGGREGATE_WHILE_ANNOTATING_MB", 0.0)
    out = corpus.parent / "runs" / f"bound-{bound}"
    result = run_batch([corpus], config(out), workers=2, progress=False)
    assert result.spool.stopped and result.spool.position < len(result.keys)
    write_batch_outputs(result, out)
    same_files(one_worker, out)


def test_a_document_a_worker_could_not_render_is_rendered_from_the_store(corpus, one_worker, monkeypatch):
    real = rendered_module.render_bytes
    refused = []

    def render_bytes(record, doc, dictionary, kinds):
        if record.format == "pubtator":  # say, a rendering bug on one kind of document
            refused.append(record.doc_id)
            raise ValueError("cannot render")
        return real(record, doc, dictionary, kinds)

    monkeypatch.setattr(rendered_module, "render_bytes", render_bytes)  # forked workers inherit it
    out = corpus.parent / "runs" / "refused"
    result = run_batch([corpus], config(out), workers=2, progress=False)
    first = min(i for i, key in enumerate(result.keys) if key.endswith(".pubtator"))
    assert result.spool.position == first
    write_batch_outputs(result, out)
    same_files(one_worker, out)


def test_a_file_stored_by_an_earlier_run_ends_the_spool(corpus, tmp_path):
    """An incremental run: only the two new first files are annotated (and rendered); the files
    after them were stored by the earlier run and are rendered from the store."""
    mine = tmp_path / "corpus"
    shutil.copytree(corpus, mine)
    out = tmp_path / "runs" / "incremental"
    run_batch([mine], config(out), workers=2, progress=False)
    shutil.copy(DATA / "formats" / "li_excerpt.md", mine / "0_new.md")
    shutil.copy(DATA / "formats" / "abstracts.pubtator", mine / "0_new2.pubtator")
    result = run_batch([mine], config(out), workers=2, progress=False)
    assert result.stats.annotated_files == 2 and result.keys[1].endswith("0_new2.pubtator")
    assert result.spool.position == 2
    write_batch_outputs(result, out)
    fresh = tmp_path / "runs" / "fresh"
    write_batch_outputs(run_batch([mine], config(fresh), workers=1, progress=False), fresh)
    same_files(fresh, out, ("mentions.csv", "annotations.bioc.json", "annotations.pubtator", "manifest.csv"))


def test_rendered_mentions_are_split_at_the_row_limit_like_the_others(corpus, tmp_path):
    """A document's rows that cross into the next mentions file are split where rows end
    (a cell may hold a line break), without neutralising the cells twice."""
    two = run_batch([corpus], config(tmp_path / "two"), workers=2, progress=False)
    one = run_batch([corpus], config(tmp_path / "one"), workers=1, progress=False)
    options = OutputOptions(report=False)
    parts_two, _, _ = stream_documents(two, tmp_path / "two", {}, options, rows_per_file=7)
    parts_one, _, _ = stream_documents(one, tmp_path / "one", {}, options, rows_per_file=7)
    assert len(parts_two) == len(parts_one) > 4
    for name, (_, path) in parts_one.items():
        assert path.read_bytes() == parts_two[name][1].read_bytes(), name


def test_a_killed_runs_spool_is_removed_by_the_next_run_and_a_live_runs_is_kept(corpus, tmp_path):
    """A run killed by SIGKILL runs no finaliser: its spool stayed in the folder for good. The
    next run in the folder removes it; the spool of a process still alive is not touched."""
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    # a process that spools one rendered document and dies as a killed run does: no cleanup
    script = (
        "import os, sys\n"
        "from pipeline.batch.rendered import Spool\n"
        "spool = Spool(sys.argv[1], ('bioc',))\n"
        "spool.offer({'k': {0: b'{}'}})\n"
        "spool.file_folded('k', [0])\n"
        "spool._handle.flush()\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(out)], check=False, cwd=Path(__file__).resolve().parents[1])
    leftovers = list(out.glob(".rendered.*.tmp"))
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 0
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        in_use = out / f".rendered.{alive.pid}.abcdefgh.tmp"
        in_use.write_bytes(b"{}\n")
        result = run_batch([corpus / "formats"], config(out), workers=2, progress=False)
        write_batch_outputs(result, out)
        assert not leftovers[0].exists()
        assert in_use.exists()
    finally:
        alive.kill()
        alive.wait()

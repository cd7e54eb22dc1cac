"""A run killed with SIGKILL mid-way and started again ends with exactly the outputs of an
uninterrupted run (per-file transactions in the store, outputs written atomically at the end)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from batch_helpers import DATA, REPO, make_corpus

from pipeline.cli import main

N_FILES = 25


def _committed(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1)) as db:
            return db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every output file; the report's "generated <minute> UTC" stamp is the one allowed difference."""
    files = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith(("store.sqlite", ".")):  # the store is no output
            data = path.read_bytes()
            if path.name == "report.html":
                data = re.sub(rb"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", b"generated", data)
            files[path.name] = data
    return files


def test_a_run_killed_mid_way_resumes_to_the_outputs_of_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=N_FILES - 1, seed=21, formats=("md", "txt", "html"))
    shutil.copy(DATA / "bad" / "truncated.pdf", corpus)
    killed_out, reference_out = tmp_path / "killed", tmp_path / "reference"

    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(killed_out), "--workers", "2"]
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # its own process group: the run and its workers
    store = killed_out / "store.sqlite"
    deadline = time.monotonic() + 120
    try:
        while _committed(store) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # kill -9, the run and its worker processes at once
        proc.wait()
    at_kill = _committed(store)
    assert 0 < at_kill < N_FILES, f"the run was not killed mid-way ({at_kill} of {N_FILES} files stored)"
    assert not (killed_out / "mentions.csv").exists()  # outputs only come at the end

    assert main(["run", str(corpus), "--out", str(killed_out), "--workers", "1"]) == 1  # resume
    assert main(["run", str(corpus), "--out", str(reference_out), "--workers", "1"]) == 1  # uninterrupted

    resumed, reference = _outputs(killed_out), _outputs(reference_out)
    assert {"mentions.csv", "relations.csv", "errors.csv", "manifest.csv", "annotations.bioc.json"} <= set(reference)
    assert resumed.keys() == reference.keys()
    assert [name for name in reference if resumed[name] != reference[name]] == []

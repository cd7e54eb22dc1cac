"""The package as a user installs it (issue 16).

Builds the sdist and, from it, the wheel with ``python -m build``; installs the wheel in a fresh
virtual environment; runs it from an empty folder with an empty cache folder: the bundled
corpus through the command line (outputs in ./outputs of that folder), one text through the
API and the spaCy factories. Nothing may be written into site-packages (caches go to
$PIPELINE_CACHE). The environment sees this interpreter's packages (``--system-site-packages``),
so spaCy & co. are not downloaded again. About 80 s here (2 loaded cores): building the sdist
and wheel ~25 s, installing ~8 s, the corpus run with every cache built from nothing ~30 s,
the API check ~10 s.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

API_CHECK = """
import json, sys
import spacy
nlp = spacy.blank("en")
untouched = "pipeline" not in sys.modules  # installing the package changes no other spaCy use
import pipeline.nlp.components        # registers the factories
nlp.add_pipe("tcm_entities")
component = [(e.text, e.kb_id_) for e in nlp("Baicalein inhibits NF-kB signalling.").ents]
import pipeline, pipeline._core
doc = pipeline.annotate("淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。")
print(json.dumps({
    "file": pipeline.__file__,
    "ents": [[e.text, e.label_, e.kb_id_] for e in doc.ents],
    "relations": [[r.a.kb_id_, r.label, r.b.kb_id_] for r in doc._.relations],
    "component": component,
    "untouched": untouched,
    "compiled": pipeline._core.COMPILED,
}))
"""


def _files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _run(command: list, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False, **kwargs)
    assert proc.returncode == 0, f"{command}: {proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)])
    [built] = dist.glob("tcm_pipeline-*.whl")
    assert list(dist.glob("tcm_pipeline-*.tar.gz"))  # the wheel was built from this sdist
    return built


def test_the_wheel_carries_the_dictionaries_the_corpus_the_type_marker_and_the_compiled_core(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("pipeline/py.typed", "pipeline/_data/dictionaries/genes.tsv",
                 "pipeline/_data/dictionaries/curated/stop_phrases.tsv", "pipeline/_data/corpus/manifest.csv",
                 "pipeline/_data/corpus/li2025_ferroptosis_osteoporosis.md",
                 "pipeline/_data/corpus/gold/relations.csv", "pipeline/nlp/components.py"):
        assert name in names, name
    # the compiled core (issue 17), built from the sdist's .pyx with this machine's compiler
    assert any(n.startswith("pipeline/_core/_speedups.") and n.endswith(".so") for n in names), sorted(
        n for n in names if n.startswith("pipeline/_core/"))
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "tcm-pipeline = pipeline.cli:main" in text


def test_the_installed_wheel_runs_from_any_folder(wheel, tmp_path, corpus_run):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    # a PYTHONPATH onto a checkout (a developer's worktree) would show pip the package "already installed" from the
    # checkout's egg-info, and pip would install nothing: the install and everything after it run without it
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIPELINE_CACHE")}
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)], env=env)
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp_path, env=env).stdout.strip())
    assert (site / "pipeline" / "_data" / "dictionaries" / "genes.tsv").is_file()
    installed = _files(site / "pipeline")

    work = tmp_path / "work"  # a user's empty folder: no corpus/, dictionaries/ or pipeline/
    work.mkdir()
    env["PIPELINE_CACHE"] = str(tmp_path / "cache")  # empty: every cache is built, then read
    run = _run([str(venv / "bin" / "tcm-pipeline"), "run", "--workers", "1"], cwd=work, env=env)
    assert run.stdout.startswith("2 documents from 2 files"), run.stdout
    with (work / "outputs" / "relations.csv").open(encoding="utf-8-sig", newline="") as handle:
        relations = {row["relation_id"] for row in csv.DictReader(handle)}
    assert relations == set(corpus_run.relations.relation_id)  # what the checkout finds on the same corpus
    assert (work / "outputs" / "evaluation.md").exists()  # the bundled gold set was found

    api = json.loads(_run([str(python), "-c", API_CHECK], cwd=work, env=env).stdout.strip().splitlines()[-1])
    assert api["file"].startswith(str(site))
    assert ["GPX4", "GENE", "HGNC:4556"] in api["ents"] and ["淫羊藿苷", "COMPOUND", "CPD:icariin"] in api["ents"]
    assert ["CPD:icariin", "upregulates", "HGNC:4556"] in api["relations"]
    assert ["Baicalein", "CPD:baicalein"] in [list(e) for e in api["component"]]
    assert api["untouched"]
    assert api["compiled"]  # the installed package runs the compiled core

    assert _files(site / "pipeline") == installed  # nothing written into the installed package
    cached = {p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()}
    assert {"dictionary", "matcher", "jieba"} <= cached

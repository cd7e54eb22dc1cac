"""run_batch: every format end to end, bad files, incremental runs, processes, --strict, exit codes."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from batch_helpers import DATA, config, make_corpus, same_results

from pipeline.batch.runner import run_batch
from pipeline.errors import BatchError
from pipeline.text.normalize import normalize_text

BAD_FILES = {"binary.txt", "empty.md", "undecodable.txt", "truncated.pdf", "scanned.pdf", "malformed.bioc.xml",
             "malformed.bioc.json"}


@pytest.fixture(scope="module")
def data_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("data-run")
    return run_batch([DATA], config(out), workers=1, progress=False)


def test_every_format_yields_annotated_documents(data_run):
    ok = data_run.manifest[data_run.manifest.status == "ok"]
    assert set(ok.format) == {"markdown", "text", "html", "pdf", "bioc-xml", "bioc-json", "pubtator"}
    assert set(ok.doc_id) <= set(data_run.mentions.doc_id)  # every document has mentions
    for doc_id in ("formats/li_excerpt", "formats/li_excerpt.pdf", "formats/li_excerpt.md", "90000001", "90000011"):
        found = set(data_run.mentions[data_run.mentions.doc_id == doc_id].entity_id)
        assert {"HGNC:4556", "CPD:baicalein"} <= found, doc_id  # GPX4, 黄芩素
    gb = data_run.mentions[data_run.mentions.doc_id == "formats/jin_excerpt_gb18030"]
    utf16 = data_run.mentions[data_run.mentions.doc_id == "formats/jin_excerpt_utf16"]
    assert list(gb.text) == list(utf16.text) and len(gb)


def test_offsets_point_into_the_extracted_text_of_every_format(data_run):
    texts = {r.doc_id: r.text for r in data_run.records}
    bad = [(m.doc_id, m.text) for m in data_run.mentions.itertuples()
           if normalize_text(texts[m.doc_id][m.start:m.end]) != m.text and "\n" not in texts[m.doc_id][m.start:m.end]]
    assert not bad[:5]


def test_each_bad_file_is_one_error_line_and_the_batch_goes_on(data_run):
    errors = {Path(file).name: (error_class, message) for file, error_class, message in data_run.errors}
    assert set(errors) == BAD_FILES
    assert {c for c, _ in errors.values()} == {"DocumentError"}
    assert "truncated PDF" in errors["truncated.pdf"][1] and "OCR" in errors["scanned.pdf"][1]
    failed = data_run.manifest[data_run.manifest.status == "failed"]
    assert len(failed) == len(BAD_FILES) and (failed.message != "").all()


def test_the_manifest_has_one_entry_per_document(data_run):
    m = data_run.manifest
    assert m.doc_id.is_unique
    row = m[m.doc_id == "formats/jin_excerpt_gb18030"].iloc[0]
    assert (row.format, row.encoding, row.language) == ("text", "gb18030", "zh")
    assert len(row.content_hash) == 64
    assert set(m[m.format == "pubtator"].doc_id) == {"90000021", "90000022"}
    assert m[m.doc_id == "90000021"].iloc[0].language == "en"


def test_an_incremental_run_annotates_only_new_and_changed_files(tmp_path):
    corpus = tmp_path / "corpus"
    paths = make_corpus(corpus, n=6, seed=3)
    cfg = config(tmp_path / "out")
    first = run_batch([corpus], cfg, workers=1, progress=False)
    assert (first.stats.annotated_documents, first.stats.reused_files) == (6, 0)

    again = run_batch([corpus], cfg, workers=1, progress=False)
    assert (again.stats.annotated_documents, again.stats.reused_files) == (0, 6)
    same_results(first, again)

    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n黄芩素通过上调GPX4水平抑制铁死亡。\n", encoding="utf-8")
    paths[1].unlink()
    (corpus / "new.md").write_text("淫羊藿苷通过上调GPX4水平并下调铁蛋白转运蛋白1来抑制脂质过氧化。\n", encoding="utf-8")
    third = run_batch([corpus], cfg, workers=1, progress=False)
    assert (third.stats.annotated_documents, third.stats.reused_files, third.stats.removed_files) == (2, 4, 1)
    assert third.stats.documents == 6
    assert paths[1].stem not in set(third.mentions.doc_id)  # a deleted document drops out
    assert "new" in set(third.mentions.doc_id)

    full = run_batch([corpus], cfg, workers=1, full=True, store=tmp_path / "fresh.sqlite", progress=False)
    assert full.stats.annotated_documents == 6
    same_results(third, full)


def test_a_code_or_dictionary_change_re_annotates_everything(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=3, seed=4)
    cfg = config(tmp_path / "out")
    run_batch([corpus], cfg, workers=1, progress=False)
    with closing(sqlite3.connect(tmp_path / "out" / "store.sqlite")) as db, db:
        db.execute("UPDATE files SET code_version = 'older' WHERE path LIKE '%doc0000%'")
        db.execute("UPDATE files SET dictionary_hash = 'older' WHERE path LIKE '%doc0001%'")
    again = run_batch([corpus], cfg, workers=1, progress=False)
    assert (again.stats.annotated_files, again.stats.reused_files) == (2, 1)


def test_worker_processes_give_the_same_results_as_one_process(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=8, seed=5, formats=("md", "txt", "html"))
    shutil.copy(DATA / "bad" / "truncated.pdf", corpus)
    one = run_batch([corpus], config(tmp_path / "one"), workers=1, progress=False)
    two = run_batch([corpus], config(tmp_path / "two"), workers=2, progress=False)
    assert (two.stats.executor, two.stats.workers, two.stats.annotated_files) == ("processes", 2, 9)
    same_results(one, two)
    assert one.errors == two.errors and len(two.errors) == 1
    assert one.manifest.equals(two.manifest)


def test_strict_makes_a_failure_fatal_and_keeps_what_was_stored(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=2, seed=6)
    shutil.copy(DATA / "bad" / "empty.md", corpus / "zz_empty.md")
    cfg = config(tmp_path / "out")
    with pytest.raises(BatchError, match="zz_empty.md: DocumentError: empty file"):
        run_batch([corpus], cfg, workers=1, strict=True, progress=False)
    with pytest.raises(BatchError, match="empty file"):  # a stored failure is still a failure
        run_batch([corpus], cfg, workers=1, strict=True, progress=False)
    relaxed = run_batch([corpus], cfg, workers=1, progress=False)
    assert relaxed.stats.annotated_files == 0 and len(relaxed.errors) == 1


def test_the_same_pmid_twice_is_read_once(tmp_path):
    source = DATA / "formats" / "abstracts.pubtator"
    shutil.copy(source, tmp_path / "a.pubtator")
    shutil.copy(source, tmp_path / "b.pubtator")
    result = run_batch([tmp_path], config(tmp_path / "out"), workers=1, progress=False)
    assert list(result.manifest.status) == ["ok", "ok", "duplicate", "duplicate"] and not result.errors
    changed = source.read_text(encoding="utf-8").replace("osteoporosis", "bone loss")
    (tmp_path / "b.pubtator").write_text(changed, encoding="utf-8")
    result = run_batch([tmp_path], config(tmp_path / "out"), workers=1, progress=False)
    messages = [m for _, _, m in result.errors]
    assert messages and all(m.startswith("duplicate doc_id 9000002") for m in messages)


def test_the_cli_exit_code_says_whether_a_document_failed(tmp_path):
    from pipeline.cli import main

    good = tmp_path / "good"
    make_corpus(good, n=2, seed=7)
    assert main(["run", str(good), "--out", str(tmp_path / "out-good"), "--workers", "1"]) == 0
    assert (tmp_path / "out-good" / "manifest.csv").exists()
    assert not (tmp_path / "out-good" / "errors.csv").exists()
    shutil.copy(DATA / "bad" / "binary.txt", good)
    out = tmp_path / "out-bad"
    assert main(["run", str(good), "--out", str(out), "--workers", "1"]) == 1
    lines = (out / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "file,error_class,message" and len(lines) == 2 and "binary.txt,DocumentError" in lines[1]
    assert main(["run", str(good), "--out", str(out), "--workers", "1", "--strict"]) == 3  # a batch stopped
    assert main(["run", str(good), "--out", str(out), "--workers", "1", "--exclude", "*.txt"]) == 0


def test_the_code_version_covers_every_module_that_types_a_stored_relation():
    """A stored document is reused only while the code that produced it is unchanged: every
    module effects.py imports from pipeline.relations (and the compiled core's twin) must be
    hashed, or editing relations/protocol.py re-ran nothing."""
    import ast
    from pathlib import Path

    from pipeline.batch.worker import CODE_PARTS

    root = Path(__file__).resolve().parents[1] / "pipeline"
    covered = {f.resolve() for part in CODE_PARTS
               for f in ((root / part).rglob("*.py") if (root / part).is_dir() else [root / part])}
    tree = ast.parse((root / "relations" / "effects.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "pipeline.relations" for alias in node.names}
    assert "protocol" in imported and "negation" in imported
    for name in imported:
        assert (root / "relations" / f"{name}.py").resolve() in covered, name
    assert (root / "_core" / "pure.py").resolve() in covered

"""The command line as a user meets it (issue 16): help, default folders, exit codes, and one
clear line (with its error code) for every bad invocation, never a traceback."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, LI, REPO

from pipeline import cli
from pipeline.cli import main
from pipeline.config import bundled_path, default_path

DICTIONARIES = REPO / "dictionaries"
DATA = REPO / "tests" / "data"
LI_EXCERPT = DATA / "formats" / "li_excerpt.md"  # li2025, a few paragraphs


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``python -m pipeline ARGS``, in this process."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse: --help, usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: E"), err
    assert "Traceback" not in err
    return lines[0]


# --- help ---------------------------------------------------------------------------------------

def test_top_level_help_is_for_users_and_lists_exit_codes_and_formats(capsys):
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    assert "parse arguments" not in out  # not the developer docstring
    assert "herbs" in out and "./outputs" in out
    for item in ("exit codes:", "  0 ", "  1 ", "  2 ", "  3 ", ".pdf", ".pubtator", ".html", "relations.csv",
                 "report.html", "store.sqlite"):
        assert item in out, item


def _actions(parser: argparse.ArgumentParser, prefix: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{prefix}{name} ")
        else:
            yield f"{prefix}{'/'.join(action.option_strings) or action.dest}", action


def test_every_option_of_every_command_has_help():
    missing = [name for name, action in _actions(cli.build_parser()) if not action.help]
    assert missing == []


def test_every_command_has_help_and_a_description(capsys):
    for command in (["run"], ["evaluate"], ["review"], ["export"], ["dictionaries"], ["dictionaries", "build"],
                    ["dictionaries", "check"]):
        code, out, _ = run_cli(capsys, *command, "--help")
        assert code == 0 and out.count("\n\n") >= 2, command  # usage, description, options


def test_export_needs_no_accepted_flag(tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli(capsys, "run", str(LI_EXCERPT), "--out", str(out), "--dictionaries", str(DICTIONARIES),
                   "--workers", "1")[0] == 0
    code, stdout, err = run_cli(capsys, "export", "--out", str(out))
    assert code == 0, err
    assert "accepted relations" in stdout and (out / "accepted_relations.csv").exists()
    assert run_cli(capsys, "export", "--accepted", "--out", str(out))[0] == 0  # still accepted for scripts


# --- default folders ------------------------------------------------------------------------------

def test_outputs_go_to_the_current_folder_and_the_bundled_corpus_is_the_fallback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert default_path("outputs") == tmp_path / "outputs"  # never the package's folder
    assert default_path("corpus") == bundled_path("corpus") and (bundled_path("corpus") / LI.name).is_file()
    assert default_path("dictionaries") == bundled_path("dictionaries")
    (tmp_path / "corpus").mkdir()
    assert default_path("corpus") == tmp_path / "corpus"  # the user's own corpus/ wins


def test_run_without_a_path_from_another_folder_writes_to_that_folder(tmp_path):
    """The whole job as a user starts it, from a folder that is not the repository."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--include", "li2025*", "--workers", "1"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr
    relations = tmp_path / "outputs" / "relations.csv"
    assert relations.exists() and len(relations.read_text(encoding="utf-8-sig").splitlines()) > 50
    assert "1 documents from 1 files" in proc.stdout


# --- bad invocations: one line, its code, its exit status -----------------------------------------

@pytest.mark.parametrize("value, said", [("0", "must be 1 or more, got 0"), ("-1", "must be 1 or more, got -1"),
                                         ("two", "expected a whole number, got 'two'")])
def test_workers_below_one_is_a_usage_error(capsys, value, said):
    code, _, err = run_cli(capsys, "run", str(LI_EXCERPT), "--workers", value)
    assert code == 2
    assert one_error_line(err) == (f"error: E501 argument --workers: {said} "
                                   "(see `python -m pipeline run --help`)")


def test_a_negative_weight_is_a_usage_error(capsys):
    code, _, err = run_cli(capsys, "run", "--alpha", "-0.5")
    assert code == 2 and "E501 argument --alpha: must be 0 or more, got -0.5" in one_error_line(err)


def test_no_command_is_one_line(capsys):
    code, _, err = run_cli(capsys)
    assert code == 2
    assert one_error_line(err) == ("error: E501 the following arguments are required: COMMAND "
                                   "(see `python -m pipeline --help`)")


def test_an_unknown_option_is_one_line(capsys):
    code, _, err = run_cli(capsys, "run", "--wokers=2")
    assert code == 2
    assert one_error_line(err) == "error: E501 unrecognized arguments: --wokers=2 (see `python -m pipeline --help`)"


def test_out_naming_a_file_is_one_line_not_a_traceback(tmp_path, capsys):
    a_file = tmp_path / "results.csv"
    a_file.write_text("x\n", encoding="utf-8")
    for command in (["run", str(LI_EXCERPT)], ["evaluate"], ["review"], ["export"]):
        code, _, err = run_cli(capsys, *command, "--out", str(a_file))
        assert code == 2, command
        assert one_error_line(err) == (f"error: E501 {a_file}: --out must be a folder, but this is a file; "
                                       "give a folder (it is created if missing)")
    code, _, err = run_cli(capsys, "run", str(LI_EXCERPT), "--out", str(a_file / "sub"))
    assert code == 2 and one_error_line(err) == f"error: E501 {a_file / 'sub'}: --out lies below a file; give a folder"
    assert a_file.read_text(encoding="utf-8") == "x\n"


def test_out_naming_a_file_from_the_shell_prints_no_traceback(tmp_path):
    a_file = tmp_path / "out.txt"
    a_file.write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(LI_EXCERPT), "--out", str(a_file)],
                          cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 2
    assert one_error_line(proc.stderr).startswith(f"error: E501 {a_file}: --out must be a folder")


def test_a_missing_path_is_one_line(tmp_path, capsys):
    code, _, err = run_cli(capsys, "run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert code == 2 and one_error_line(err) == f"error: E201 {tmp_path / 'nowhere'}: no such file or folder"


def test_an_empty_folder_is_an_error_not_an_empty_result(tmp_path, capsys):
    empty = tmp_path / "papers"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"not a format we read")
    code, _, err = run_cli(capsys, "run", str(empty), "--out", str(tmp_path / "out"))
    assert code == 2
    line = one_error_line(err)
    assert line.startswith(f"error: E203 {empty}: no documents found (formats read: ")
    assert "md" in line and "pdf" in line
    assert not (tmp_path / "out" / "relations.csv").exists()


def test_an_include_that_matches_nothing_says_so(tmp_path, capsys):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(LI_EXCERPT, folder)
    shutil.copy(DATA / "formats" / "li_excerpt.html", folder)
    code, _, err = run_cli(capsys, "run", str(folder), "--include", "*.xml", "--out", str(tmp_path / "out"))
    assert code == 2
    assert one_error_line(err) == (f"error: E203 {folder}: --include '*.xml' left none of the 2 documents "
                                   "found here")
    code, _, err = run_cli(capsys, "run", str(folder), "--exclude", "*.md", "--exclude", "*.html",
                           "--out", str(tmp_path / "out"))
    assert code == 2 and "--exclude '*.md' --exclude '*.html' left none of the 2 documents" in one_error_line(err)


@pytest.fixture
def unreadable(monkeypatch):
    """Make a folder unreadable: chmod when not root (root reads anything), else the
    operating system's refusal as os.scandir raises it."""
    made = []

    def make(folder: Path) -> None:
        made.append(folder)
        if os.geteuid() != 0:
            folder.chmod(0)
            return
        real = os.scandir

        def scandir(path="."):
            if Path(path) in made:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)

    yield make
    for folder in made:
        folder.chmod(0o755)


def test_an_unreadable_folder_given_is_one_line(tmp_path, capsys, unreadable):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(LI_EXCERPT, folder)
    unreadable(folder)
    code, _, err = run_cli(capsys, "run", str(folder), "--out", str(tmp_path / "out"))
    assert code == 2
    assert one_error_line(err) == f"error: E202 {folder}: cannot read folder (Permission denied)"


def test_an_unreadable_folder_inside_is_reported_and_the_rest_annotated(tmp_path, capsys, unreadable):
    folder = tmp_path / "papers"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(LI_EXCERPT, folder)
    shutil.copy(LI_EXCERPT, folder / "locked" / "other.md")
    unreadable(folder / "locked")
    code, out, err = run_cli(capsys, "run", str(folder), "--out", str(tmp_path / "out"),
                             "--dictionaries", str(DICTIONARIES), "--workers", "1")
    assert code == 1  # something could not be read
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    said = f"warning: E202 {folder / 'locked'}: cannot read folder (Permission denied); its files are skipped"
    assert warnings == [said]
    assert "Traceback" not in err and "1 documents from 1 files" in out


def test_a_truncated_pdf_is_one_plain_message(tmp_path, capsys):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(DATA / "bad" / "truncated.pdf", folder)
    shutil.copy(LI_EXCERPT, folder)
    code, _, err = run_cli(capsys, "run", str(folder), "--out", str(tmp_path / "out"),
                           "--dictionaries", str(DICTIONARIES), "--workers", "1")
    assert code == 1
    [failed] = [line for line in err.splitlines() if "failed:" in line]
    assert failed.endswith("truncated.pdf: DocumentError: truncated PDF (its end-of-file marker is missing); "
                           "download the file again")
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig")
    assert "end-of-file marker" in errors and "%%EOF" not in errors and "%%EOF" not in err


def test_a_pdf_title_is_not_a_file_name_from_its_metadata(tmp_path, capsys):
    from pypdf import PdfReader, PdfWriter

    folder = tmp_path / "papers"
    folder.mkdir()
    for name, title in (("tooled.pdf", "pdfsrc.html"), ("titled.pdf", "骨质疏松症中的铁死亡")):
        writer = PdfWriter()
        writer.append(PdfReader(DATA / "formats" / "li_excerpt.pdf"))
        writer.add_metadata({"/Title": title})
        with (folder / name).open("wb") as handle:
            writer.write(handle)
    code, _, err = run_cli(capsys, "run", str(folder), "--out", str(tmp_path / "out"),
                           "--dictionaries", str(DICTIONARIES), "--workers", "1")
    assert code == 0, err
    import pandas as pd

    manifest = pd.read_csv(tmp_path / "out" / "manifest.csv", encoding="utf-8-sig", keep_default_na=False)
    titles = dict(zip(manifest.doc_id, manifest.title))
    assert titles == {"titled": "骨质疏松症中的铁死亡", "tooled": ""}


def test_dictionaries_check_of_a_missing_folder_is_one_line(tmp_path, capsys):
    code, _, err = run_cli(capsys, "dictionaries", "check", str(tmp_path / "nowhere"))
    assert code == 2 and one_error_line(err) == f"error: E501 {tmp_path / 'nowhere'}: not a folder of dictionary TSVs"


def test_evaluate_before_any_run_is_one_line(tmp_path, capsys):
    code, _, err = run_cli(capsys, "evaluate", "--out", str(tmp_path), "--gold", str(CORPUS / "gold"))
    assert code == 2
    assert one_error_line(err) == f"error: E201 {tmp_path / 'relations.csv'}: not found; run `python -m pipeline run` first"

"""Everything `python -m pipeline run` writes, merged with the curator's work and written safely.

Order of work: read the existing relations.csv (an unreadable file stops here, before anything
is written), merge, render mentions/relations/errors CSV, report.html and network.png/.svg in
memory (a batch run streams mentions.csv and its interop files into temporary files instead),
back up the previous relations.csv, then write each file atomically and finally the last-run
snapshot. A file whose bytes did not change is not written again (its time stamp stays), and
no output carries the time of the run, so a run on unchanged inputs leaves every file as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import lazy_re
from pipeline.config import default_path
from pipeline.io.writers import atomic_write_bytes
from pipeline.review.merge import Changes, Merged, RunContext, merge
from pipeline.review.readers import read_curator_csv
from pipeline.review.store import (
    SNAPSHOT,
    backup,
    csv_bytes,
    load_snapshot,
    snapshot_path,
    utc_now,
    write_csv,
    write_snapshot,
    write_snapshot_rows_to,
    write_snapshot_tail_to,
)

FILES = {
    "mentions": "mentions.csv",
    "relations": "relations.csv",
    "errors": "errors.csv",
    "report": "report.html",
    "network_png": "network.png",
    "network_svg": "network.svg",
}
ERROR_COLUMNS = ["file", "error_class", "message"]


@dataclass
class OutputOptions:
    """Which optional outputs a run writes (CLI: --no-report, --no-network, --no-bioc,
    --no-pubtator, --top-edges); off for large batches where they are not read."""

    report: bool = True
    network: bool = True
    bioc: bool = True
    pubtator: bool = True
    top_edges: int | None = None  # edges drawn in network.png (None: the figure's default)


@dataclass
class PlannedOutputs:
    """Bytes of every output file, ready to write; nothing has touched the disk yet."""

    output_dir: Path
    files: dict[str, bytes | Path] = field(default_factory=dict)  # name -> bytes, or a finished temp file
    merged: Merged | None = None
    snapshot: bytes | Path = b""  # the bytes, or a finished temp file in backups/
    names: dict[str, str] = field(default_factory=lambda: dict(FILES))  # name -> file (relative)

    @property
    def changes(self) -> Changes:
        return self.merged.changes if self.merged else Changes()


def run_context(result) -> RunContext:
    known = getattr(result, "doc_ids", None)  # a batch knows them without reading every document
    documents = set(known) if known is not None else {f.doc_id for f in getattr(result, "facts", [])}
    documents |= {d.doc_id for d in getattr(result, "documents", [])}
    failed = {str(file): f"{error_class}: {message}" for file, error_class, message in result.errors}
    return RunContext(documents=documents, failed=failed)


def document_paths(result) -> dict[str, Path]:
    """doc_id -> source file, from the result when it knows, else the bundled corpus."""
    known = getattr(result, "sources", None)
    if isinstance(known, dict) and known:
        return {k: Path(v) for k, v in known.items()}
    try:
        from pipeline.io.corpus import discover

        return {s.doc_id: s.path for s in discover([default_path("corpus")])}
    except Exception:  # noqa: BLE001 - links are a convenience; a bad corpus folder must not stop a run
        return {}


def check_curator_file(output_dir: Path | str) -> None:
    """Fail fast, before a run does any work: CuratorFileError if relations.csv is unreadable."""
    path = Path(output_dir) / FILES["relations"]
    if path.exists():
        read_curator_csv(path)


Streamer = Callable[[dict], tuple[dict[str, tuple[str, Path]], dict, dict]]


def plan_run_outputs(result, output_dir: Path, parallel: bool = False, options: OutputOptions | None = None,
                     stream: Streamer | None = None) -> PlannedOutputs:
    """Merge and render everything in memory. Raises CuratorFileError on an unreadable file.

    ``parallel``: draw the network figure in a forked child meanwhile (batch runs with
    several worker processes: the other cores are free by now). ``stream``: a batch run's
    pass over its store, given the report's wanted evidence (``html.sentences_wanted``):
    it writes mentions.csv (and the interop files) to temporary files and returns them with
    the evidence sentences it kept and their totals per pair."""
    from pipeline.batch.forked import start
    from pipeline.report.html import (
        document_links,
        render_report_files,
        report_order,
        sentences_wanted,
    )
    from pipeline.report.network import NetworkFigure, render_network

    options = options or OutputOptions()
    output_dir = Path(output_dir)
    relations_path = output_dir / FILES["relations"]
    current = read_curator_csv(relations_path) if relations_path.exists() else None
    base, last_run = load_snapshot(output_dir)
    merged = merge(result.relations, current.frame if current else None, base, run_context(result),
                   current.lines if current else None)
    plan = PlannedOutputs(output_dir, merged=merged)
    drawing = None
    if options.network:
        drawn = NetworkFigure.from_files(output_dir / FILES["network_png"], output_dir / FILES["network_svg"],
                                         last_run.get("network") or {})
        drawing = start(render_network, merged.frame, "", drawn, options.top_edges, parallel=parallel)
    plan.files["relations"] = _temp_file(output_dir, FILES["relations"], lambda h: write_csv(merged.frame, h))
    if result.errors:
        plan.files["errors"] = csv_bytes(pd.DataFrame(result.errors, columns=ERROR_COLUMNS))
    ordered = report_order(merged.frame) if options.report else []
    if stream is not None:
        streamed, index, totals = stream(sentences_wanted(ordered))
        for name, (relative, path) in streamed.items():
            plan.names[name] = relative
            plan.files[name] = path
    else:
        plan.files["mentions"] = csv_bytes(result.mentions)
        index, totals = None, None
    if options.report:
        links = document_links(document_paths(result), output_dir)
        def sink(relative: str, text: str) -> None:  # a part file: to a temp file at once
            folder = (output_dir / relative).parent
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{Path(relative).name}.", suffix=".tmp", dir=folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
            plan.names[relative] = relative
            plan.files[relative] = Path(tmp)

        pages = render_report_files(merged.frame, None if stream else result.facts, links, "", index=index,
                                    totals=totals, sink=sink, ordered=ordered,
                                    n_documents=len(result.sources) if stream else None)
        for relative, text in pages.items():
            name = "report" if relative == FILES["report"] else relative
            plan.names[name] = relative
            plan.files[name] = text.encode("utf-8")
    # the snapshot's rows are written before the figure is waited for: with the figure drawn in
    # a forked child (parallel), this process would otherwise wait idle, then write them alone
    # at the end of the run (0.09-0.13 s of wall clock for the 16x benchmark at load 5-8)
    folder = snapshot_path(output_dir).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{SNAPSHOT}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write_snapshot_rows_to(handle, merged.frame, merged.pipeline_columns, utc_now())
            figure = drawing.result() if drawing is not None else None
            if figure is not None:
                plan.files["network_png"] = figure.png
                plan.files["network_svg"] = figure.svg
            network = figure.record() if figure else last_run.get("network")
            del figure, drawing, last_run
            write_snapshot_tail_to(handle, merged.changes, network)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    plan.snapshot = Path(tmp)
    return plan


def _temp_file(folder: Path, name: str, write: Callable) -> Path:
    """A temp file beside where ``name`` goes, filled by ``write(binary handle)``: large
    outputs (relations.csv, the snapshot) go to disk as they are rendered, never whole in
    memory; ``put_file`` moves it into place or drops it when the bytes did not change."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _same_file(path: Path, data: bytes | Path) -> bool:
    """Whether ``path`` already holds these bytes (or the temp file's)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if isinstance(data, Path):
        if size != data.stat().st_size:
            return False
        return _sha256_file(path) == _sha256_file(data)
    return size == len(data) and path.read_bytes() == data


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def put_file(path: Path, data: bytes | Path) -> bool:
    """Write ``data`` to ``path`` atomically unless it already holds them; True when written.
    A temp file (``Path``) is moved into place, or removed when not needed."""
    if _same_file(path, data):
        if isinstance(data, Path):
            data.unlink()
        return False
    if isinstance(data, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(data, 0o666 & ~umask)  # mkstemp made it private
        os.replace(data, path)
    else:
        atomic_write_bytes(path, data)
    return True


_WRITTEN_AT = lazy_re.compile(rb'"written_at": "[^"]*"')


def _same_snapshot(path: Path, data: bytes | Path) -> bool:
    """The snapshot on disk says the same apart from when it was written. A temp file is
    compared as bytes, block by block, with its ``written_at`` value left out (both are
    written by ``write_snapshot_to``); otherwise both are parsed and compared."""
    if isinstance(data, Path):
        try:
            with open(path, "rb") as old, open(data, "rb") as new:
                a, b = old.read(1 << 16), new.read(1 << 16)
                a, b = _WRITTEN_AT.sub(b"", a, count=1), _WRITTEN_AT.sub(b"", b, count=1)
                while a == b:
                    if not a:
                        return True
                    a, b = old.read(1 << 20), new.read(1 << 20)
        except OSError:
            pass
        return False
    try:
        old, new = json.loads(path.read_text(encoding="utf-8")), json.loads(data)
    except (OSError, ValueError):
        return False
    old.pop("written_at", None)
    new.pop("written_at", None)
    return old == new


def write_planned(plan: PlannedOutputs) -> dict[str, Path]:
    """Back up relations.csv, write every changed file atomically, then the snapshot."""
    written: dict[str, Path] = {}
    backup(plan.output_dir / FILES["relations"])
    for name, data in plan.files.items():
        path = plan.output_dir / plan.names[name]
        put_file(path, data)
        if "/" not in plan.names[name]:  # part files are listed with report.html
            written[name] = path
    errors_path = plan.output_dir / FILES["errors"]
    if "errors" not in plan.files and errors_path.exists():
        errors_path.unlink()
    if "report" in plan.files:  # part files of an earlier, larger report
        from pipeline.report.html import PARTS_DIR

        keep = {plan.output_dir / plan.names[n] for n in plan.files}
        for old in sorted((plan.output_dir / PARTS_DIR).glob("part-*.js")):
            if old not in keep:
                old.unlink()
    if not _same_snapshot(snapshot_path(plan.output_dir), plan.snapshot):
        if isinstance(plan.snapshot, Path):
            put_file(snapshot_path(plan.output_dir), plan.snapshot)
        else:
            write_snapshot(plan.output_dir, plan.snapshot)
    elif isinstance(plan.snapshot, Path):
        plan.snapshot.unlink()
    return written


def write_run_outputs(result, output_dir: Path | str, parallel: bool = False,
                      options: OutputOptions | None = None) -> dict[str, Path]:
    """What `run` writes: mentions.csv, merged relations.csv, errors.csv, report.html, network.*"""
    return write_planned(plan_run_outputs(result, Path(output_dir), parallel, options))

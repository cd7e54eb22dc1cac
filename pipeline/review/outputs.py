"""Everything `python -m pipeline run` writes, merged with the curator's work and written safely.

Order of work: read the existing relations.csv (an unreadable file stops here, before anything
is written), merge, render mentions/relations/errors CSV, report.html and network.png/.svg in
memory, back up the previous relations.csv, then write each file atomically and finally the
last-run snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.config import default_path
from pipeline.io.writers import atomic_write_bytes
from pipeline.review.merge import Changes, Merged, RunContext, merge
from pipeline.review.readers import read_curator_csv
from pipeline.review.store import (
    backup,
    csv_bytes,
    load_snapshot,
    snapshot_bytes,
    utc_now,
    write_snapshot,
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
class PlannedOutputs:
    """Bytes of every output file, ready to write; nothing has touched the disk yet."""

    output_dir: Path
    files: dict[str, bytes] = field(default_factory=dict)
    merged: Merged | None = None
    snapshot: bytes = b""

    @property
    def changes(self) -> Changes:
        return self.merged.changes if self.merged else Changes()


def run_context(result) -> RunContext:
    documents = {f.doc_id for f in getattr(result, "facts", [])}
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


def plan_run_outputs(result, output_dir: Path, parallel: bool = False) -> PlannedOutputs:
    """Merge and render everything in memory. Raises CuratorFileError on an unreadable file.

    ``parallel``: draw the network figure in a forked child meanwhile (batch runs with
    several worker processes: the other cores are free by now)."""
    from pipeline.batch.forked import start
    from pipeline.report.html import document_links, render_report
    from pipeline.report.network import NetworkFigure, render_network

    output_dir = Path(output_dir)
    relations_path = output_dir / FILES["relations"]
    current = read_curator_csv(relations_path) if relations_path.exists() else None
    base, last_run = load_snapshot(output_dir)
    merged = merge(result.relations, current.frame if current else None, base, run_context(result),
                   current.lines if current else None)
    now = utc_now()
    plan = PlannedOutputs(output_dir, merged=merged)
    drawn = NetworkFigure.from_files(output_dir / FILES["network_png"], output_dir / FILES["network_svg"],
                                     last_run.get("network") or {})
    drawing = start(render_network, merged.frame, "", drawn, parallel=parallel)
    plan.files["mentions"] = csv_bytes(result.mentions)
    plan.files["relations"] = csv_bytes(merged.frame)
    if result.errors:
        plan.files["errors"] = csv_bytes(pd.DataFrame(result.errors, columns=ERROR_COLUMNS))
    links = document_links(document_paths(result), output_dir)
    stamp = f"generated {now:%Y-%m-%d %H:%M} UTC"
    plan.files["report"] = render_report(merged.frame, result.facts, links, stamp).encode("utf-8")
    figure = drawing.result()
    plan.files["network_png"] = figure.png
    plan.files["network_svg"] = figure.svg
    plan.snapshot = snapshot_bytes(merged.frame, merged.pipeline_columns, merged.changes, now,
                                   network=figure.record())
    return plan


def write_planned(plan: PlannedOutputs) -> dict[str, Path]:
    """Back up relations.csv, write every file atomically, then the snapshot."""
    written: dict[str, Path] = {}
    backup(plan.output_dir / FILES["relations"])
    for name, data in plan.files.items():
        path = plan.output_dir / FILES[name]
        atomic_write_bytes(path, data)
        written[name] = path
    errors_path = plan.output_dir / FILES["errors"]
    if "errors" not in plan.files and errors_path.exists():
        errors_path.unlink()
    write_snapshot(plan.output_dir, plan.snapshot)
    return written


def write_run_outputs(result, output_dir: Path | str, parallel: bool = False) -> dict[str, Path]:
    """What `run` writes: mentions.csv, merged relations.csv, errors.csv, report.html, network.*"""
    return write_planned(plan_run_outputs(result, Path(output_dir), parallel))

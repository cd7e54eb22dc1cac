"""The curator file on disk: formula-safe CSV bytes, backups, and the last-run snapshot.

outputs/backups/ holds a byte-for-byte copy of relations.csv taken before every write
(``relations.<UTC time>.csv``) and ``last-run.json``: the rows the previous run wrote, which
of its columns were the pipeline's, and what that run changed. The merge uses the snapshot
to bring back rows a curator deleted and to compare evidence with what was really written;
the run uses its ``network`` entry to keep network.png/.svg when nothing they show changed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pipeline.io.writers import atomic_write_bytes
from pipeline.review.cells import neutralise_all
from pipeline.review.merge import Changes, Snapshot, text_columns

BACKUPS = "backups"
SNAPSHOT = "last-run.json"
KEEP_BACKUPS = 100  # oldest copies beyond this are removed


CHUNK_ROWS = 2_000  # rows rendered at a time by the streaming writers


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, CRLF, minimal quoting, every cell formula-safe (Excel/WPS open it as is)."""
    buffer = io.BytesIO()
    write_csv(frame, buffer)
    return buffer.getvalue()


def write_csv(frame: pd.DataFrame, handle) -> None:
    """``csv_bytes(frame)`` written to a binary ``handle`` ``CHUNK_ROWS`` rows at a time: a
    90,000-relation table is never held as one string (as text, then bytes) besides the frame."""
    handle.write("\ufeff".encode())
    for start in range(0, max(1, len(frame)), CHUNK_ROWS):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if start == 0:
            writer.writerow(neutralise_all([str(c) for c in frame.columns]))
        part = frame.iloc[start:start + CHUNK_ROWS]
        writer.writerows(zip(*(neutralise_all(column) for column in text_columns(part))))
        handle.write(buffer.getvalue().encode("utf-8"))


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def backup(path: Path, now: datetime | None = None) -> Path | None:
    """Copy ``path`` into backups/ beside it (unless the newest copy is identical)."""
    path = Path(path)
    if not path.exists():
        return None
    folder = path.parent / BACKUPS
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob(f"{path.stem}.*{path.suffix}"))
    data = path.read_bytes()
    if existing and existing[-1].read_bytes() == data:
        return existing[-1]
    stamp = (now or utc_now()).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}.{stamp}{path.suffix}"
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{stamp}-{n}{path.suffix}"
        n += 1
    tmp = folder / f".{target.name}.tmp"
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    for old in sorted(folder.glob(f"{path.stem}.*{path.suffix}"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def backups_of(path: Path) -> list[Path]:
    path = Path(path)
    return sorted((path.parent / BACKUPS).glob(f"{path.stem}.*{path.suffix}"))


def snapshot_path(output_dir: Path) -> Path:
    return Path(output_dir) / BACKUPS / SNAPSHOT


def snapshot_bytes(frame: pd.DataFrame, pipeline_columns: list[str], changes: Changes,
                   now: datetime | None = None, network: dict | None = None) -> bytes:
    """``network``: what network.png/.svg were drawn from and their hashes, so an unchanged
    figure is not drawn again (see report/network.py)."""
    buffer = io.BytesIO()
    write_snapshot_to(buffer, frame, pipeline_columns, changes, now, network)
    return buffer.getvalue()


def write_snapshot_to(handle, frame: pd.DataFrame, pipeline_columns: list[str], changes: Changes,
                      now: datetime | None = None, network: dict | None = None) -> None:
    """The snapshot's JSON written to a binary ``handle`` ``CHUNK_ROWS`` rows at a time, byte
    for byte what ``json.dumps`` gives for the whole (compact: with an indent json falls back
    to its pure-Python encoder; whole, a batch of 90,000 relations held it twice in memory)."""
    write_snapshot_rows_to(handle, frame, pipeline_columns, now)
    write_snapshot_tail_to(handle, changes, network)


def write_snapshot_rows_to(handle, frame: pd.DataFrame, pipeline_columns: list[str],
                           now: datetime | None = None) -> None:
    """The first part of ``write_snapshot_to``: its head and rows (all but the changes and the
    figure's record). A batch run writes it while its network figure is drawn in a forked child
    (review/outputs.py ``plan_run_outputs``), then the tail (``write_snapshot_tail_to``)."""
    head = {
        "generated_by": "python -m pipeline run (what the last run wrote to relations.csv; "
                        "used to merge curator edits; do not edit)",
        "written_at": (now or utc_now()).isoformat(timespec="seconds"),
        "pipeline_columns": pipeline_columns,
        "columns": list(frame.columns),
    }
    handle.write((json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [').encode("utf-8"))
    for start in range(0, len(frame), CHUNK_ROWS):
        part = frame.iloc[start:start + CHUNK_ROWS]
        rows = json.dumps([list(row) for row in zip(*text_columns(part))], ensure_ascii=False)[1:-1]
        handle.write(((", " if start else "") + rows).encode("utf-8"))


def write_snapshot_tail_to(handle, changes: Changes, network: dict | None = None) -> None:
    """The rest of ``write_snapshot_to`` after ``write_snapshot_rows_to``: the changes and
    ``network``, the figure's record."""
    tail = {
        "changes": {k: v for k, v in vars(changes).items() if isinstance(v, list)},
        "counts": changes.counts(),
    }
    if network:
        tail["network"] = network
    handle.write(("], " + json.dumps(tail, ensure_ascii=False)[1:]).encode("utf-8"))


def load_snapshot(output_dir: Path) -> tuple[Snapshot | None, dict]:
    """The last run's snapshot and its metadata; (None, {}) when missing or unreadable."""
    path = snapshot_path(output_dir)
    if not path.exists():
        return None, {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        frame = pd.DataFrame(data["rows"], columns=data["columns"], dtype=object)
        return Snapshot(frame, list(data["pipeline_columns"])), data
    except (ValueError, KeyError, TypeError, OSError):
        return None, {}


def write_snapshot(output_dir: Path, data: bytes) -> Path:
    path = snapshot_path(output_dir)
    atomic_write_bytes(path, data)
    return path

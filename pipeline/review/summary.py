"""`python -m pipeline review`: where the curation stands and what changed since the last run.

Counts by status and pair type from outputs/relations.csv as the curator left it; what the
last run changed (from its snapshot in outputs/backups/); and what curators did since then
(decisions set, changed or cleared; rows deleted, which the next run brings back; columns
added).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import CuratorFileError
from pipeline.review.merge import (
    FLAG_COLUMNS,
    KEY,
    REVIEW_COLUMNS,
    STATUSES,
    normalise_status,
    parse_flags,
)
from pipeline.review.readers import read_curator_csv
from pipeline.review.store import backups_of, load_snapshot


@dataclass
class ReviewSummary:
    path: Path
    total: int
    by_status: Counter
    by_type: pd.DataFrame  # pair type x status
    flags: Counter
    last_run: dict = field(default_factory=dict)  # written_at, counts
    since: dict[str, int] = field(default_factory=dict)
    added_columns: list[str] = field(default_factory=list)
    backups: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.path}: {self.total} relations"]
        status_part = ", ".join(f"{k or 'undecided'} {v}" for k, v in self.by_status.most_common())
        out.append(f"  by status: {status_part}")
        if len(self.by_type):
            table = self.by_type.to_string().splitlines()
            out += ["  by type and status:"] + [f"    {line}" for line in table]
        if self.flags:
            out.append("  flags: " + ", ".join(f"{k} {v}" for k, v in self.flags.most_common()))
        if self.last_run:
            counts = ", ".join(f"{k} {v}" for k, v in self.last_run.get("counts", {}).items() if v)
            out.append(f"  last run ({self.last_run.get('written_at', '?')}): {counts or 'nothing changed'}")
        else:
            out.append("  last run: no snapshot in backups/ (run `python -m pipeline run`)")
        if self.since or self.added_columns:
            parts = [f"{k} {v}" for k, v in self.since.items() if v]
            if self.added_columns:
                parts.append("columns added: " + ", ".join(self.added_columns))
            out.append("  since the last run: " + (", ".join(parts) or "no edits"))
        out.append(f"  backups: {self.backups} in {self.path.parent / 'backups'}")
        return out


def _pair_type(frame: pd.DataFrame) -> pd.Series:
    if "a_type" not in frame or "b_type" not in frame:
        return pd.Series([""] * len(frame), index=frame.index)
    return frame["a_type"].astype(str) + "–" + frame["b_type"].astype(str)


def review_summary(output_dir: Path, relations_path: Path | None = None) -> ReviewSummary:
    output_dir = Path(output_dir)
    path = Path(relations_path or output_dir / "relations.csv")
    if not path.exists():
        raise CuratorFileError("not found; run `python -m pipeline run` first", path)
    frame = read_curator_csv(path).frame
    status = frame["status"].map(normalise_status) if "status" in frame else pd.Series([""] * len(frame))
    shown = status.map(lambda s: s if s in STATUSES or not s else f"other: {s}").replace("", "undecided")
    by_type = pd.crosstab(_pair_type(frame), shown) if len(frame) else pd.DataFrame()
    if len(by_type):
        order = [c for c in ["undecided", *STATUSES] if c in by_type.columns]
        by_type = by_type[order + [c for c in by_type.columns if c not in order]]
        by_type.index.name, by_type.columns.name = "type", None
    flags: Counter = Counter()
    for flag in frame.get("flag", pd.Series(dtype=str)):
        flags.update(parse_flags(flag, "").keys())
    summary = ReviewSummary(path, len(frame), Counter(status), by_type, flags,
                            backups=len(backups_of(path)))
    base, meta = load_snapshot(output_dir) if relations_path is None else (None, {})
    if base is None:
        return summary
    summary.last_run = {"written_at": meta.get("written_at", ""), "counts": meta.get("counts", {})}
    before = {str(r[KEY]): r for r in base.frame.to_dict("records")}
    now = {str(r[KEY]): r for r in frame.to_dict("records") if str(r.get(KEY, "")).strip()}
    since = Counter()
    for rid, row in now.items():
        old = before.get(rid)
        if old is None:
            continue
        s_old, s_new = normalise_status(old.get("status")), normalise_status(row.get("status"))
        if not s_old and s_new:
            since["decisions set"] += 1
        elif s_old and not s_new:
            since["decisions cleared"] += 1
        elif s_old != s_new:
            since["decisions changed"] += 1
        elif any(str(old.get(c, "")) != str(row.get(c, "")) for c in ("curator", "note", "reviewed_at")):
            since["notes edited"] += 1
    since["rows deleted (the next run restores them)"] = len(set(before) - set(now))
    summary.since = dict(since)
    known = set(base.frame.columns) | set(REVIEW_COLUMNS) | set(FLAG_COLUMNS)
    summary.added_columns = [c for c in frame.columns if c not in known]
    return summary

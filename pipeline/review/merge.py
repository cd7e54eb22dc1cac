"""Merge a fresh extraction into the curator's relations table without losing a decision.

Three tables meet here, matched by ``relation_id`` only (never by row or column position):

- *fresh*: what this run extracted (pipeline-owned columns; whatever the pipeline adds
  later simply appears);
- *current*: outputs/relations.csv as the curator left it (any order, extra columns,
  duplicated or deleted rows);
- *base*: what the previous run wrote (a snapshot kept in outputs/backups/), used to bring
  back rows a curator deleted or filtered away, and to see whether evidence changed without
  trusting a file that a spreadsheet may have re-encoded.

Rules: curator columns (status, curator, note, reviewed_at) and any extra column are kept;
pipeline columns come from the fresh run; relations no longer extracted are kept with the
flag ``stale`` and the reason; a reviewed relation whose evidence changed keeps its decision
and gets the flag ``evidence changed``. ``evidence changed``, ``restored`` and
``duplicates merged`` stay until the curator clears them from the flag cell; ``new`` and
``stale`` are recomputed on every run.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

KEY = "relation_id"
REVIEW_COLUMNS = ["status", "curator", "note", "reviewed_at"]
FLAG_COLUMNS = ["flag", "flag_why"]
STATUSES = ("accepted", "rejected", "unsure")
# what a curator looked at when deciding; a change here flags a reviewed relation
EVIDENCE_COLUMNS = ("evidence", "evidence_doc", "evidence_section", "label", "direction", "negated", "hedged")

FLAG_NEW = "new"
FLAG_STALE = "stale"
FLAG_EVIDENCE = "evidence changed"
FLAG_RESTORED = "restored"
FLAG_DUPLICATES = "duplicates merged"
STICKY_FLAGS = (FLAG_EVIDENCE, FLAG_RESTORED, FLAG_DUPLICATES)
FLAG_ORDER = (FLAG_STALE, FLAG_EVIDENCE, FLAG_RESTORED, FLAG_DUPLICATES, FLAG_NEW)
_SHOWN = 160  # characters of an old evidence sentence quoted in flag_why


def normalise_status(value: object) -> str:
    """accepted / rejected / unsure / "" for what a curator typed (any case, a few synonyms)."""
    text = str(value or "").strip().lower()
    synonyms = {
        "accept": "accepted", "yes": "accepted", "y": "accepted", "ok": "accepted",
        "接受": "accepted", "通过": "accepted", "是": "accepted",
        "reject": "rejected", "no": "rejected", "n": "rejected", "拒绝": "rejected", "否": "rejected",
        "?": "unsure", "maybe": "unsure", "不确定": "unsure", "待定": "unsure",
    }
    return synonyms.get(text, text)


@dataclass
class RunContext:
    """What this run read, so a stale relation can say why it is stale."""

    documents: set[str] | None = None  # doc ids read in this run; None: unknown
    failed: dict[str, str] = field(default_factory=dict)  # file -> error message
    known_entity: Callable[[str], bool] | None = None


@dataclass
class Snapshot:
    """What the previous run wrote: its rows (text) and which columns were the pipeline's."""

    frame: pd.DataFrame
    pipeline_columns: list[str]


@dataclass
class Changes:
    new: list[str] = field(default_factory=list)
    newly_stale: list[str] = field(default_factory=list)
    still_stale: list[str] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)
    evidence_changed: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    without_id: int = 0
    decisions: int = 0  # rows written with a status

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new), "newly stale": len(self.newly_stale),
            "still stale": len(self.still_stale), "found again": len(self.revived),
            "evidence changed": len(self.evidence_changed), "restored": len(self.restored),
            "duplicates merged": len(self.duplicates), "rows without relation_id": self.without_id,
            "decisions kept": self.decisions,
        }


@dataclass
class Merged:
    frame: pd.DataFrame  # every cell text
    changes: Changes
    pipeline_columns: list[str]
    extra_columns: list[str]


def cell_text(value: object) -> str:
    """How a pipeline value is written to CSV (as pandas would, NaN/None empty)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        return cell_text(value.item())
    if isinstance(value, (list, tuple)):
        return ";".join(cell_text(v) for v in value)
    return str(value)


def text_column(column: pd.Series) -> list[str]:
    """:func:`cell_text` of every value of a column, without a Python call per value where the
    column's type settles it (numpy ints, bools, floats) or the value is already text."""
    values = column.tolist()
    dtype = column.dtype
    if isinstance(dtype, np.dtype):
        if dtype.kind in "iub":  # tolist gives Python int/bool: str() is cell_text()
            return list(map(str, values))
        if dtype.kind == "f":  # Python floats: repr, NaN empty
            return ["" if missing else repr(v) for v, missing in zip(values, column.isna().tolist())]
    return [v if type(v) is str else cell_text(v) for v in values]


def text_columns(frame: pd.DataFrame) -> list[list[str]]:
    """The frame's columns as lists of cell text (see :func:`cell_text`)."""
    return [text_column(frame.iloc[:, i]) for i in range(frame.shape[1])]


def text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(dict(zip(frame.columns, text_columns(frame))), columns=list(frame.columns), dtype=object)


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts (faster than DataFrame.to_dict for text frames)."""
    columns = [str(c) for c in frame.columns]
    return [dict(zip(columns, row)) for row in frame.itertuples(index=False, name=None)]


def _same(a: str, b: str) -> bool:
    def norm(v: str) -> str:
        v = " ".join(str(v).split())
        return v.lower() if v.lower() in ("true", "false") else v
    return norm(a) == norm(b)


def parse_flags(flag: str, why: str) -> dict[str, str]:
    """flag -> its explanation, from the two flag cells (flags ';'-separated, why one per line)."""
    reasons = {}
    for line in str(why or "").splitlines():
        name, _, text = line.partition(":")
        reasons[name.strip()] = text.strip()
    flags = [f.strip() for f in str(flag or "").split(";") if f.strip()]
    return {f: reasons.get(f, "") for f in flags}


def format_flags(flags: dict[str, str]) -> tuple[str, str]:
    ordered = sorted(flags, key=lambda f: FLAG_ORDER.index(f) if f in FLAG_ORDER else len(FLAG_ORDER))
    return "; ".join(ordered), "\n".join(f"{f}: {flags[f]}" if flags[f] else f for f in ordered)


def _curated(record: dict[str, str], extras: list[str]) -> bool:
    return any(str(record.get(c, "")).strip() for c in ["status", "curator", "note", *extras])


def _combine_duplicates(rows: list[dict[str, str]], lines: list[int], columns: list[str]) -> tuple[dict, str]:
    """One record from rows sharing a relation_id; the explanation when they disagreed."""
    def rank(i: int) -> tuple:
        r = rows[i]
        return (bool(normalise_status(r.get("status"))), str(r.get("reviewed_at", "")), i)

    primary = max(range(len(rows)), key=rank)
    record = dict(rows[primary])
    disagreements = []
    for c in columns:
        values = list(dict.fromkeys(str(r.get(c, "")).strip() for r in rows if str(r.get(c, "")).strip()))
        if not str(record.get(c, "")).strip() and values:
            record[c] = values[0]
        if len(values) > 1:
            disagreements.append(f"{c} ({' | '.join(values)})")
    where = ", ".join(str(n) for n in lines)
    why = f"{len(rows)} rows (lines {where}) merged, kept line {lines[primary]}"
    if disagreements:
        why += "; they disagreed on " + ", ".join(disagreements)
    return record, why


def _documents_of(record: dict[str, str]) -> list[str]:
    docs = [str(record.get("evidence_doc", "")).strip()]
    docs += [item.split("/")[0].strip() for item in str(record.get("found_in", "")).split(";")]
    return [d for d in dict.fromkeys(docs) if d]


def stale_reason(record: dict[str, str], context: RunContext) -> str:
    """Why a relation is no longer extracted, as far as this run can tell."""
    reasons = []
    if context.known_entity is not None:
        for side in ("a_id", "b_id"):
            eid = str(record.get(side, "")).strip()
            if eid and not context.known_entity(eid):
                reasons.append(f"{eid} is no longer in the dictionaries")
    docs = _documents_of(record)
    if context.documents is not None and docs:
        failed = {}
        for doc in docs:
            for file, message in context.failed.items():
                name = file.replace("\\", "/").rsplit("/", 1)[-1]
                if name.startswith(doc):
                    failed[doc] = message
        for doc, message in failed.items():
            reasons.append(f"document {doc} failed in this run ({message})")
        gone = [d for d in docs if d not in context.documents and d not in failed]
        if gone:
            reasons.append(f"document{'s' if len(gone) > 1 else ''} {', '.join(gone)} not in this run")
        if not reasons:
            reasons.append(f"no longer co-mentioned in a sentence of {', '.join(docs)} "
                           "(dictionaries or extraction rules changed)")
    if not reasons:
        reasons.append("not extracted in this run")
    return "; ".join(reasons)


def _evidence_change(fresh: dict[str, str], before: dict[str, str]) -> str:
    changed = [c for c in EVIDENCE_COLUMNS
               if c in fresh and c in before and not _same(fresh[c], before[c])]
    if not changed:
        return ""
    why = ", ".join(changed)
    if "evidence" in changed:
        old = " ".join(str(before["evidence"]).split())
        old = old if len(old) <= _SHOWN else old[: _SHOWN - 1] + "…"
        why += f"; was “{old}”"
    return why


def _score(record: dict[str, str]) -> float:
    try:
        return float(record.get("score", "") or 0.0)
    except ValueError:
        return 0.0


def merge(
    fresh: pd.DataFrame,
    current: pd.DataFrame | None = None,
    base: Snapshot | None = None,
    context: RunContext | None = None,
    current_lines: list[int] | None = None,
) -> Merged:
    """The relations table to write: fresh extraction + curator decisions + stale relations."""
    context = context or RunContext()
    fresh_text = text_frame(fresh)
    pipeline = [c for c in fresh_text.columns if c not in REVIEW_COLUMNS + FLAG_COLUMNS]
    own = set(pipeline) | set(REVIEW_COLUMNS) | set(FLAG_COLUMNS)
    former_pipeline = set(base.pipeline_columns) if base is not None else set()
    changes = Changes()

    current = current if current is not None else pd.DataFrame(columns=[KEY])
    base_frame = base.frame if base is not None else pd.DataFrame(columns=[KEY])
    extras = [c for c in current.columns if c not in own and c not in former_pipeline]
    extras += [c for c in base_frame.columns
               if c not in own and c not in former_pipeline and c not in extras
               and (base_frame[c].astype(str).str.strip() != "").any()]
    keep = REVIEW_COLUMNS + FLAG_COLUMNS + extras

    # the curator's rows, one record per relation_id
    lines = current_lines or list(range(2, len(current) + 2))
    grouped: dict[str, list[tuple[dict, int]]] = {}
    orphans: list[dict] = []
    for record, line in zip(records(current), lines):
        record = {k: ("" if v is None else str(v)) for k, v in record.items()}
        rid = record.get(KEY, "").strip()
        if rid:
            grouped.setdefault(rid, []).append((record, line))
        elif any(v.strip() for v in record.values()):
            orphans.append(record)
    changes.without_id = len(orphans)
    previous: dict[str, dict] = {}
    notes: dict[str, dict[str, str]] = {}  # rid -> flags to add
    for rid, items in grouped.items():
        if len(items) == 1:
            previous[rid] = items[0][0]
            continue
        record, why = _combine_duplicates([r for r, _ in items], [n for _, n in items], keep)
        previous[rid] = record
        notes.setdefault(rid, {})[FLAG_DUPLICATES] = why
        changes.duplicates.append(rid)

    based: dict[str, dict] = {}
    for record in records(base_frame):
        record = {k: ("" if v is None else str(v)) for k, v in record.items()}
        rid = record.get(KEY, "").strip()
        if rid and rid not in based:
            based[rid] = record
    for rid, record in based.items():
        if rid in previous:
            missing = [c for c in keep if c not in current.columns and c in record]
            for c in missing:  # a column the curator deleted, still filled in the last run
                previous[rid][c] = record[c]
            continue
        previous[rid] = dict(record)
        if _curated(record, extras):
            notes.setdefault(rid, {})[FLAG_RESTORED] = (
                "the row was missing from relations.csv; kept from the last run")
            changes.restored.append(rid)
    had_previous = bool(previous)

    rows: list[dict[str, str]] = []
    for record in records(fresh_text):
        rid = record[KEY]
        row = dict(record)
        before = previous.get(rid)
        if before is None:
            flags = {FLAG_NEW: "first extracted in this run"} if had_previous else {}
            if had_previous:
                changes.new.append(rid)
        else:
            for c in keep:
                row[c] = before.get(c, "")
            flags = {f: w for f, w in parse_flags(before.get("flag", ""), before.get("flag_why", "")).items()
                     if f in STICKY_FLAGS}
            if FLAG_STALE in parse_flags(before.get("flag", ""), ""):
                changes.revived.append(rid)
            reference = based.get(rid, before)
            why = _evidence_change(record, reference)
            if why and _curated(before, extras):
                flags[FLAG_EVIDENCE] = why
                changes.evidence_changed.append(rid)
        flags.update(notes.get(rid, {}))
        row["flag"], row["flag_why"] = format_flags(flags)
        rows.append(row)

    fresh_ids = set(fresh_text[KEY])
    stale_rows = []
    for rid, before in previous.items():
        if rid in fresh_ids:
            continue
        row = {c: based.get(rid, before).get(c, before.get(c, "")) for c in pipeline}
        row[KEY] = rid
        for c in keep:
            row[c] = before.get(c, "")
        flags = {f: w for f, w in parse_flags(before.get("flag", ""), before.get("flag_why", "")).items()
                 if f in STICKY_FLAGS}
        was_stale = FLAG_STALE in parse_flags(before.get("flag", ""), "")
        (changes.still_stale if was_stale else changes.newly_stale).append(rid)
        flags[FLAG_STALE] = stale_reason(row, context)
        flags.update(notes.get(rid, {}))
        row["flag"], row["flag_why"] = format_flags(flags)
        stale_rows.append(row)
    stale_rows.sort(key=lambda r: (-_score(r), r[KEY]))

    columns = pipeline + keep
    orphan_rows = [{c: o.get(c, "") for c in columns} for o in orphans]
    frame = pd.DataFrame(rows + stale_rows + orphan_rows, columns=columns, dtype=object).fillna("")
    changes.decisions = int((frame["status"].map(normalise_status) != "").sum())
    return Merged(frame, changes, pipeline, extras)

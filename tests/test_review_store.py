"""csv_bytes and text_frame: column-at-a-time, and byte for byte what a cell-by-cell writer gives."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.review.cells import neutralise, neutralise_all
from pipeline.review.merge import cell_text, text_frame
from pipeline.review.store import csv_bytes


def reference_csv_bytes(frame: pd.DataFrame) -> bytes:
    """The definition: every cell through cell_text and neutralise, one row at a time."""
    columns = [[cell_text(v) for v in frame[c].tolist()] for c in frame.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(str(c)) for c in frame.columns])
    for row in zip(*columns):
        writer.writerow([neutralise(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


TRICKY = ["", "=1+1", "+上调", "-下调", "-0.5", "+3", "@ref", "\t缩进", "\r回车", "'quoted", "''", "a\x00=b",
          "多行\n备注", "a,b;c\td", "\"引号\"", "GPX4", " padded "]
CELL = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6), st.none(), st.floats(allow_nan=True),
                 st.integers(-10**6, 10**6), st.booleans(),
                 st.lists(st.sampled_from(["a", "=b", "1.5"]), max_size=3).map(tuple))


def mixed_frame() -> pd.DataFrame:
    n = len(TRICKY)
    return pd.DataFrame({
        "text": TRICKY,
        "=formula header": TRICKY[::-1],
        "int": np.arange(n, dtype=np.int64) - 3,
        "uint": np.arange(n, dtype=np.uint32),
        "float": [0.1 * i if i % 4 else np.nan for i in range(n)],
        "float32": np.linspace(-1, 1, n, dtype=np.float32),
        "bool": [i % 2 == 0 for i in range(n)],
        "nullable": pd.array([i if i % 3 else None for i in range(n)], dtype="Int64"),
        "numpy scalars": [np.float64(-1.5), np.int64(-2), None, np.nan, ("x", "=y"), ["1", 2.5],
                          *TRICKY[: n - 6]],
        "strings": pd.array(TRICKY, dtype="string"),
    })


def test_csv_bytes_equal_the_cell_by_cell_definition_for_every_kind_of_column():
    frame = mixed_frame()
    assert csv_bytes(frame) == reference_csv_bytes(frame)
    assert csv_bytes(frame.iloc[0:0]) == reference_csv_bytes(frame.iloc[0:0])


def test_text_frame_is_cell_text_of_every_value():
    frame = mixed_frame()
    text = text_frame(frame)
    assert list(text.columns) == list(frame.columns)
    for column in frame.columns:
        assert text[column].tolist() == [cell_text(v) for v in frame[column].tolist()], column


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=8))
def test_csv_bytes_equal_the_definition_on_random_object_columns(rows):
    frame = pd.DataFrame(rows, columns=["a", "-b", "c"], dtype=object)
    assert csv_bytes(frame) == reference_csv_bytes(frame)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=5)), max_size=10))
def test_neutralise_all_is_neutralise_of_each_cell(values):
    assert neutralise_all(values) == [neutralise(v) for v in values]


def reference_snapshot_bytes(frame, pipeline_columns, changes, now, network) -> bytes:
    """The definition: the whole snapshot through json.dumps at once (what it was before streaming)."""
    import json

    text = text_frame(frame)
    data = {
        "generated_by": "python -m pipeline run (what the last run wrote to relations.csv; "
                        "used to merge curator edits; do not edit)",
        "written_at": now.isoformat(timespec="seconds"),
        "pipeline_columns": pipeline_columns,
        "columns": list(text.columns),
        "rows": text.values.tolist(),
        "changes": {k: v for k, v in vars(changes).items() if isinstance(v, list)},
        "counts": changes.counts(),
    }
    if network:
        data["network"] = network
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_streamed_csv_and_snapshot_are_byte_for_byte_the_whole_ones_across_chunks(monkeypatch):
    """relations.csv and last-run.json are written CHUNK_ROWS rows at a time (a 2,000-paper
    batch held them whole at its peak): the bytes must not depend on the chunk size."""
    from datetime import datetime, timezone

    from pipeline.review import store
    from pipeline.review.merge import Changes

    frame = pd.concat([mixed_frame()] * 3, ignore_index=True)  # 51 rows
    changes = Changes(new=["r1", "r2"], evidence_changed=["r3"], without_id=2)
    now = datetime(2026, 12, 3, 1, 2, 3, tzinfo=timezone.utc)
    network = {"edges": 3, "png": "ab"}
    expected_csv = reference_csv_bytes(frame)
    for rows in (1, 7, 50, 51, 2000):
        monkeypatch.setattr(store, "CHUNK_ROWS", rows)
        assert store.csv_bytes(frame) == expected_csv, rows
        for net in (network, None):
            for part in (frame, frame.iloc[0:0]):
                assert store.snapshot_bytes(part, ["text", "int"], changes, now, net) == \
                    reference_snapshot_bytes(part, ["text", "int"], changes, now, net), (rows, net, len(part))

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

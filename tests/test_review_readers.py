"""The curator file is read however a spreadsheet saved it; what cannot be read is named by line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from review_helpers import SAVES, save_cells

from pipeline.errors import CuratorFileError
from pipeline.review.cells import is_number, neutralise, restore
from pipeline.review.readers import parse_curator_bytes

ROWS = [
    ["relation_id", "a_name_zh", "evidence", "status", "note"],
    ["Rabc", "淫羊藿苷", "淫羊藿苷上调GPX4的表达,\n并抑制铁死亡", "accepted", "'=SUM(A1)"],
    ["Rdef", "核因子κB", "NF-κB \"p65\"", "", ""],
]


@pytest.mark.parametrize("how", sorted(SAVES))
def test_every_spreadsheet_save_reads_back_the_same_table(how):
    table = parse_curator_bytes(save_cells(ROWS, how))
    assert table.frame.columns.tolist() == ROWS[0]
    assert table.frame.values.tolist()[0][:4] == ROWS[1][:4]
    assert table.frame.note.tolist() == ["=SUM(A1)", ""]
    assert table.delimiter == SAVES[how][1]


def test_columns_in_any_order_and_rows_spanning_lines_keep_their_line_numbers():
    data = save_cells([[r[i] for i in (4, 2, 0, 3, 1)] for r in ROWS], "excel_csv_utf8")
    table = parse_curator_bytes(data)
    assert table.frame.set_index("relation_id").at["Rdef", "a_name_zh"] == "核因子κB"
    assert table.lines == [2, 4]  # the first record has a line break inside a quoted cell


def test_utf16_without_bom_and_gb18030_without_bom_are_recognised():
    text = "relation_id\tstatus\r\nR1\t接受\r\n"
    assert parse_curator_bytes(text.encode("utf-16-le")).frame.status.tolist() == ["接受"]
    gb = "relation_id,note\r\nR1,骨质疏松症\r\n".encode("gb18030")
    table = parse_curator_bytes(gb)
    assert table.encoding == "gb18030" and table.frame.note.tolist() == ["骨质疏松症"]


def test_a_line_break_that_lost_its_quotes_is_reported_not_read_as_two_rows():
    data = b"relation_id;note;status\nR1;first\rsecond;accepted\n"
    with pytest.raises(CuratorFileError) as error:
        parse_curator_bytes(data)
    assert error.value.line == 2 and "line break inside a cell" in error.value.message


def test_blank_rows_and_trailing_empty_cells_are_ignored():
    data = "\ufeffrelation_id,status,\r\nR1,accepted,,\r\n,,\r\n".encode()
    frame = parse_curator_bytes(data).frame
    assert frame.columns.tolist() == ["relation_id", "status"] and len(frame) == 1


@pytest.mark.parametrize("data, line, words", [
    (b"\xef\xbb\xbfrelation_id,note\r\nR1,\"never closed\r\nR2,x\r\n", 2, "never closed"),
    (b"relation_id,note\r\nR1,ok\r\nR2,a,b\r\n", 3, "3 cells but the header has 2"),
    (b"id,note\r\nR1,ok\r\n", 1, "no 'relation_id' column"),
    (b"relation_id,note,note\r\n", 1, "appears twice"),
    (b"relation_id,note\r\nR1,\x81\x30\x81\x30\r\nR2,\xff\xff\xff\r\n", 3, "cannot decode"),
    (b"", 1, "empty"),
])
def test_unreadable_files_are_reported_with_file_and_line(data, line, words):
    with pytest.raises(CuratorFileError) as error:
        parse_curator_bytes(data, "outputs/relations.csv")
    assert error.value.line == line
    assert words in error.value.message
    assert str(error.value).startswith(f"E301 outputs/relations.csv:{line}: ")
    assert "\n" not in str(error.value)


@settings(max_examples=300, derandomize=True)
@given(st.text())
def test_formula_neutralisation_round_trips(value):
    cell = neutralise(value)
    assert restore(cell) == value
    assert not cell.startswith(("=", "@", "\t", "\r"))
    if cell[:1] in ("+", "-"):
        assert is_number(cell)  # a plain number, which spreadsheets do not run


def test_formula_like_cells_are_written_as_text():
    assert neutralise("=HYPERLINK(\"http://evil\")") == "'=HYPERLINK(\"http://evil\")"
    assert neutralise("+上调") == "'+上调" and neutralise("@SUM(1)") == "'@SUM(1)"
    assert neutralise("-0.5") == "-0.5" and neutralise("'x") == "''x"
    assert neutralise("GPX4") == "GPX4"

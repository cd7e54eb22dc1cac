"""Helpers for the review tests: what a curator's spreadsheet does to relations.csv."""

from __future__ import annotations

import csv
import io

from pipeline.review.cells import neutralise

# how Excel and WPS save a sheet: (encoding, delimiter, line end)
SAVES = {
    "excel_csv_utf8": ("utf-8-sig", ",", "\r\n"),
    "wps_gb18030": ("gb18030", ",", "\r\n"),
    "excel_unicode_text": ("utf-16", "\t", "\r\n"),
    "lf_no_bom_semicolon": ("utf-8", ";", "\n"),
}


def read_cells(data: bytes) -> list[list[str]]:
    """The grid a spreadsheet shows for our CSV (raw cells, formula-safe form kept)."""
    text = data.decode("utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text, newline=""))]


def save_cells(rows: list[list[str]], how: str) -> bytes:
    encoding, delimiter, end = SAVES[how]
    lines = []
    for row in rows:  # spreadsheets quote any cell with a CR or LF, whatever their line end
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(row)
        lines.append(buffer.getvalue()[:-2])
    return "".join(line + end for line in lines).encode(encoding)


def typed(value: str) -> str:
    """The cell a spreadsheet keeps for text a curator typed (kept as text, not a formula)."""
    return neutralise(value)

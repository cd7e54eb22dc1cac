"""Read a relations CSV however a curator's spreadsheet saved it.

Excel and WPS re-save a CSV in several ways; all of them are read back to the same table:

- UTF-8 with or without BOM, CRLF or LF line ends, quoted cells with line breaks inside;
- Excel "Unicode text": UTF-16 with BOM, *tab*-separated;
- WPS / Chinese-locale Excel "CSV": GB18030 (a superset of GBK), no BOM;
- ``;``-separated (Excel in locales with a decimal comma).

Columns are found by name (any order), cells are restored from their formula-safe form
(:mod:`pipeline.review.cells`), and every value is text. Anything that cannot be read
raises :class:`~pipeline.errors.CuratorFileError` naming the file and the line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import CuratorFileError
from pipeline.review.cells import restore

KEY = "relation_id"
DELIMITERS = (",", "\t", ";")
_FIX = "fix the file (or restore one from outputs/backups/) and run again"


@dataclass
class CuratorTable:
    """A curator file as read: text cells, the physical line each row starts on, how it was saved."""

    frame: pd.DataFrame
    lines: list[int] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


def _line_of(data: bytes, position: int, unit: bytes = b"\n") -> int:
    return data[:position].count(unit) + 1


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-16 without BOM, UTF-8, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] and data[2]:
        candidates = ["utf-16-le"]
    elif len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] and data[3]:
        candidates = ["utf-16-be"]
    else:
        candidates = ["utf-8", "gb18030"]
    furthest: UnicodeDecodeError | None = None  # the encoding that read furthest is the likely one
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            if furthest is None or exc.start > furthest.start:
                furthest = exc
    assert furthest is not None
    unit = b"\n\x00" if candidates[0].startswith("utf-16") else b"\n"
    line = _line_of(data, furthest.start, unit)
    tried = " or ".join(candidates)
    raise CuratorFileError(
        f"cannot decode byte {data[furthest.start]:#04x} as {tried}; save it as CSV UTF-8, "
        f"Unicode text or GB18030 and run again", path, line)


def _header_delimiter(text: str, path: Path) -> tuple[str, list[str]]:
    first_line = text.split("\n", 1)[0].rstrip("\r")
    for delimiter in DELIMITERS:
        try:
            cells = next(csv.reader([first_line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if KEY in (c.strip().lstrip("\ufeff") for c in cells):
            return delimiter, cells
    shown = first_line[:80] + ("…" if len(first_line) > 80 else "")
    raise CuratorFileError(f"no '{KEY}' column in the header ({shown!r}); {_FIX}", path, 1)


def _header(cells: list[str], path: Path) -> list[str]:
    names: list[str] = []
    for i, cell in enumerate(cells):
        name = restore(cell.strip().lstrip("\ufeff").strip())
        if not name:
            name = f"column_{i + 1}"
        if name in names:
            raise CuratorFileError(
                f"column {name!r} appears twice in the header; rename one of them and run again",
                path, 1)
        names.append(name)
    return names


def read_curator_csv(path: Path | str) -> CuratorTable:
    """The relations table in ``path`` (all cells text); CuratorFileError if it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CuratorFileError(f"cannot read ({exc.strerror})", path) from None
    return parse_curator_bytes(data, path)


def parse_curator_bytes(data: bytes, path: Path | str = "relations.csv") -> CuratorTable:
    path = Path(path)
    text, encoding = decode(data, path)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CuratorFileError(f"the file is empty (no header with '{KEY}'); {_FIX}", path, 1)
    delimiter, _ = _header_delimiter(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    names: list[str] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                message = "a quoted cell that starts here is never closed (a missing '\"')"
            else:
                message = f"malformed CSV ({exc}); a quote inside a cell must be doubled"
            raise CuratorFileError(f"{message}; {_FIX}", path, start) from None
        if not names:
            names = _header(cells, path)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            if any(c.strip() for c in cells[len(names):]):
                raise CuratorFileError(
                    f"row has {len(cells)} cells but the header has {len(names)} columns "
                    f"(a cell containing {delimiter!r} lost its quotes?); {_FIX}", path, start)
            cells = cells[: len(names)]
        elif len(cells) < len(names):  # spreadsheets always write full rows: a broken line
            raise CuratorFileError(
                f"row has {len(cells)} cells but the header has {len(names)} columns "
                f"(a line break inside a cell lost its quotes?); {_FIX}", path, start)
        cells = [restore(c) for c in cells]
        rows.append(cells)
        lines.append(start)
    frame = pd.DataFrame(rows, columns=names, dtype=object) if rows else pd.DataFrame(columns=names, dtype=object)
    frame[KEY] = frame[KEY].map(lambda v: v.strip())
    unnamed_empty = [c for c in names if c.startswith("column_") and not (frame[c].str.strip() != "").any()]
    frame = frame.drop(columns=unnamed_empty)
    return CuratorTable(frame, lines, encoding, delimiter)

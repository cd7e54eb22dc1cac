"""Data errors on the herb side of the dictionaries, for ``dictionaries check``.

* A herbs.tsv row that still holds a value ``curated/herb_corrections.tsv`` lists as wrong
  (香菇 on *Elephas maximus*, 羊肉/葡萄糖 as herbs, misspelt Latin names such as
  ``Epimrdii Herba``): the build applies the corrections, so such a row is stale,
  hand-edited or built by code that skipped them.
* A herb that ``curated/herb_overrides.tsv`` names with a Latin name in its reason
  (``Rhizoma Drynariae, pharmacopoeia herb``) but whose name in herbs.tsv is a different,
  near spelling (``Rhizoma Dryriae``): a misspelling the curator already knows the answer to.
* A herb row whose Chinese name (or Chinese synonym) is a formula's name in herbs.tsv
  (六一散, 碧玉散: HERB lists some prescriptions as herbs): the build moves the name to the
  formula, so the row is stale or hand-edited.

Each problem is ``(file, line, message)``; :mod:`check` turns them into errors.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.schema import COLUMNS, MULTI_SEP

_IDX = {c: i for i, c in enumerate(COLUMNS)}
_LATIN_LEAD = lazy_re.compile(r"^((?:[A-Z][a-z]+)(?: [a-z]+| [A-Z][a-z]+){1,3})(?:[,;(]|$)")


def _curated(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [
            (n, line)
            for n, line in enumerate(fh, start=1)
            if line.strip() and not line.startswith("#")
        ]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for n, line in lines[1:]:
        cells = next(csv.reader([line.rstrip("\n")], delimiter="\t"))
        yield n, dict(zip(header, cells, strict=False))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def herb_problems(root: Path, shown: dict[str, str]) -> list[tuple[str, int, str]]:
    herbs_path = root / "herbs.tsv"
    if not herbs_path.exists():
        return []
    rows: dict[str, tuple[int, list[str]]] = {}
    formula_names: set[str] = set()
    with herbs_path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cells) == len(COLUMNS) and cells[1] == "herb":
                rows[cells[0]] = (lineno, cells)
            elif not line.startswith("#") and len(cells) == len(COLUMNS) and cells[1] == "formula":
                formula_names.add(cells[_IDX["name_zh"]])
    disp = shown.get("herbs.tsv", "herbs.tsv")
    out: list[tuple[str, int, str]] = []
    formula_names.discard("")
    for hid, (lineno, cells) in rows.items():
        zh = [cells[_IDX["name_zh"]], *cells[_IDX["synonyms_zh"]].split(MULTI_SEP)]
        clash = next((v for v in zh if v in formula_names), None)
        if clash:
            out.append((disp, lineno, f"herb {hid} is named {clash!r}, the name of formula FML:{clash}"))
    corrections = root / "curated" / "herb_corrections.tsv"
    for cline, row in _curated(corrections):
        hid, wrong = row.get("herb_id", ""), row.get("wrong", "")
        if hid not in rows or not wrong:
            continue
        lineno, cells = rows[hid]
        values = [
            cells[_IDX["name"]],
            cells[_IDX["name_zh"]],
            *cells[_IDX["synonyms"]].split(MULTI_SEP),
            *cells[_IDX["synonyms_zh"]].split(MULTI_SEP),
        ]
        if wrong in values:
            out.append(
                (
                    disp,
                    lineno,
                    (f"{hid} still holds {wrong!r}, a known source error "
                    f"(curated/herb_corrections.tsv:{cline})"),
                )
            )
    for _cline, row in _curated(root / "curated" / "herb_overrides.tsv"):
        hid = row.get("herb_id", "")
        lead = _LATIN_LEAD.match(row.get("reason", ""))
        if hid not in rows or lead is None:
            continue
        lineno, cells = rows[hid]
        right, name = lead.group(1), cells[_IDX["name"]]
        names = [name, *cells[_IDX["synonyms"]].split(MULTI_SEP)]
        if right in names:
            continue
        close = [
            n
            for n in names
            if n and n.split()[0] == right.split()[0] and 0 < _distance(n, right) <= 3
        ]
        if close:
            out.append(
                (
                    disp,
                    lineno,
                    (f"{hid} name {close[0]!r} looks like a misspelling of {right!r} "
                    "(curated/herb_overrides.tsv)"),
                )
            )
    return out

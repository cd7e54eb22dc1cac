"""Data errors on the chemical side of the dictionaries, for ``dictionaries check``.

* A Chinese name carried by a herb (or formula) and by a compound at once: a substance typed
  HERB (葡萄糖 glucose, 樟脑 camphor). The build drops such names from herbs; a row that still
  has one is stale or hand-edited.
* A compound synonym that ``curated/chemical_stop_terms.tsv`` bars (lead, retinal).

Each problem is ``(file, line, message)``; :mod:`check` turns them into errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pipeline.dictionaries.schema import COLUMNS, MULTI_SEP

_IDX = {c: i for i, c in enumerate(COLUMNS)}


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) != len(COLUMNS) or cells[0] == "id":
                continue
            yield lineno, cells


def _zh_names(cells: list[str]) -> list[str]:
    names = [cells[_IDX["name_zh"]], *cells[_IDX["synonyms_zh"]].split(MULTI_SEP)]
    return [n.strip() for n in names if n.strip()]


def _stop_terms(root: Path) -> set[str]:
    path = root / "curated" / "chemical_stop_terms.tsv"
    if not path.exists():
        return set()
    terms = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        term = line.split("\t")[0].strip()
        if term and term != "term":
            terms.add(term.casefold())
    return terms


def chemical_problems(root: Path, display: dict[str, str]) -> Iterator[tuple[str, int, str]]:
    """Problems in ``root``'s compounds.tsv / herbs.tsv (``display``: file name -> shown path)."""
    compound_zh: dict[str, str] = {}
    stop = _stop_terms(root)
    cname = display.get("compounds.tsv", "compounds.tsv")
    for lineno, cells in _rows(root / "compounds.tsv"):
        eid = cells[_IDX["id"]]
        for n in _zh_names(cells):
            compound_zh.setdefault(n, eid)
        for term in cells[_IDX["synonyms"]].split(MULTI_SEP):
            if term.strip().casefold() in stop:
                yield cname, lineno, f"compound {eid} carries {term!r}, barred by curated/chemical_stop_terms.tsv"
    hname = display.get("herbs.tsv", "herbs.tsv")
    for lineno, cells in _rows(root / "herbs.tsv"):
        for n in _zh_names(cells):
            if n in compound_zh:
                message = (f"{cells[_IDX['type']]} {cells[_IDX['id']]} carries the Chinese name {n!r} "
                           f"of compound {compound_zh[n]}: a substance typed HERB")
                yield hname, lineno, message

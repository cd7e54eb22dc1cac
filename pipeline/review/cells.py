"""Spreadsheet-safe cells: text that Excel, WPS or LibreOffice would run as a formula is
neutralised on write and restored on read, so a value survives any number of round trips.

Follows the OWASP "CSV Injection" advice: a cell that starts with ``=``, ``+``, ``-``, ``@``,
tab or carriage return is prefixed with a single quote, which spreadsheets show as text and
keep when they save. To make the prefix reversible, a value that itself starts with a quote
is prefixed too; plain numbers (``-0.5``, ``+3``) are left alone, spreadsheets treat them as
numbers, not formulas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import lazy_re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER = lazy_re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def is_number(value: str) -> bool:
    return _NUMBER.fullmatch(value) is not None


def neutralise(value: str) -> str:
    """The cell text to write for ``value`` (reversible with :func:`restore`)."""
    if not value:
        return value
    if value.startswith(QUOTE):
        return QUOTE + value
    if value.startswith(TRIGGERS) and not is_number(value):
        return QUOTE + value
    return value


_STARTS = frozenset((QUOTE, *TRIGGERS))
_ANY_START = lazy_re.compile("\x00[" + re.escape("".join(sorted(_STARTS))) + "]")  # in "\x00".join(cells)


def may_need_neutralising(values: Iterable[str]) -> bool:
    """Whether a cell of ``values`` may start with a quote or a trigger: one regex search over
    the joined cells (a cell holding NUL can only make it say True needlessly)."""
    return _ANY_START.search("\x00" + "\x00".join(values)) is not None


def neutralise_all(values: list[str]) -> list[str]:
    """:func:`neutralise` over a column. Most columns of a run's CSV have no cell starting with
    a quote or a trigger (:func:`may_need_neutralising` tells), then only such cells are looked at."""
    if not may_need_neutralising(values):
        return values
    return [neutralise(v) if v[:1] in _STARTS else v for v in values]


def restore(cell: str) -> str:
    """The value of a cell read back from a file written with :func:`neutralise`."""
    if len(cell) >= 2 and cell[0] == QUOTE and (cell[1] == QUOTE or cell[1] in TRIGGERS):
        return cell[1:]
    return cell

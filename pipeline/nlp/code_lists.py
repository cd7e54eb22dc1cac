"""Compound series written once and then by their codes: ``ginsenosides Rb2, Rg1 and Rd``.

Natural-product papers list members of a series after one class word: ``ginsenosides Rb2,
Rg1 and Rd``, ``esculeosides C and D``, ``人参皂苷Rb1、Rg1和Re``. The dictionary knows
``ginsenoside Rd`` but not a bare ``Rd``, so every member after the first is lost. Here a
list of short codes (a capital, up to four letters/digits) after a plural class word, or
after a compound mention that itself ends in such a code, is read as that class + each code;
a member becomes a mention only when the dictionary has the whole name as a compound (it
replaces what was matched inside its span: the class word, a code read as a gene symbol).
Pure function over one paragraph.

A saponin paper goes further: having named the series once (``人参皂苷Rg1、Rb1``, ``ginsenoside
composition``), it writes the members by code alone anywhere — ``those of Rb1``, ``BGE contains Rg5
and compound k`` (validation38_zh ChinaXiv-201712.01190V1: "Rb1" read as the RB1 gene 23 times;
validation38_en PMID26751692: Rg5 missed; new_papers PMID14642426, validation PMID18308784: the same
ginsenoside codes). ``paper_code_mentions`` reads, in a document that names a glycoside/saponin
series (a compound mention ending in -oside(s), -saponin(s), 皂苷/皂甙, or such a name + a code), each
bare code shaped like the series' codes (a capital, a lower-case letter and a number, or an
R-series pair: Rb1, Rg1, Rh2, Rd) as the series member when the dictionary has the whole name, replacing a gene
read there. A code glued to a gene word (``Rb1 protein``, ``Rb1 mRNA``) stays a gene; a trailing
``l`` is read as ``1`` when only that names a member (OCR: ``皂苷 Rgl·Rbl``, the l-for-1 misreading
nlp/ocr_symbols.py reads in gene symbols).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.text.lookbehind import body_of, finditer_from_body

_CODE = r"[A-Z][A-Za-z0-9]{0,4}(?![A-Za-z0-9])"
_SEP = lazy_re.compile(r"\s*(?:,\s*(?:and\s+)?|、|和|及|与|\s+and\s+|\s+or\s+)\s*")
_PLURAL_CLASS = lazy_re.compile(r"(?<![A-Za-z])([A-Za-z]{4,})s\s+(?=" + _CODE + ")")
_PLURAL_CLASS_BODY = body_of(_PLURAL_CLASS)  # searched first (text/lookbehind.py)
_TRAILING_CODE = lazy_re.compile(r"^(.*?[A-Za-z\u3400-\u9fff])(\s?)(" + _CODE + ")$")
_CODE_AT = lazy_re.compile(_CODE)


# a series' member code written alone: a capital, a lower-case letter and a number (Rb1, Rg5, Rh2;
# OCR Rgl), or an R-series letter pair (Rc, Rd, Re, Rf, Ro). Not any letter pair: the series also
# have members Fe, Ki, Km, Fc, La, Vi (gypenosides, ginsenosides), which a paper writes for iron, an
# inhibition or Michaelis constant, an antibody fragment.
_BARE_CODE = lazy_re.compile(r"(?<![A-Za-z0-9\-])(?:[A-Z][a-z](?:\d{1,2}|l)|R[a-z])(?![A-Za-z0-9\-])")
_SERIES_CLASS = lazy_re.compile(r"(?:oside|saponin|皂苷|皂甙)s?$", re.IGNORECASE)
_GENE_WORD = lazy_re.compile(r"\s?(?:proteins?|mRNA|genes?|siRNA|expression|knockdown|蛋白|基因|表达)(?![A-Za-z])")


def series_prefixes(mentions: list[Mention]) -> set[str]:
    """The series names a document's compound mentions give, written to take a code after them:
    ``ginsenoside `` (from "ginsenoside Rg1", "ginsenosides"), ``人参皂苷`` (from "人参皂苷Rg1")."""
    out: set[str] = set()
    for m in mentions:
        if m.label != "COMPOUND":
            continue
        tail = _TRAILING_CODE.match(m.text)
        if tail is not None and _BARE_CODE.fullmatch(tail.group(3)) and _SERIES_CLASS.search(tail.group(1)):
            out.add(tail.group(1) + (tail.group(2) or ("" if tail.group(1)[-1] > "\u3400" else " ")))
        elif _SERIES_CLASS.search(m.text):
            word = m.text[:-1] if m.text.endswith("s") else m.text
            out.add(word if word[-1] > "\u3400" else word + " ")
    return out


def paper_code_mentions(text: str, mentions: list[Mention], prefixes: set[str],
                        member_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with each bare series code of ``text`` read as the member ``member_of`` finds for
    prefix + code (OCR ``l`` as ``1`` when the code as written names none); a gene read there is
    replaced, a compound or a longer name crossing the code is left alone."""
    if not prefixes:
        return mentions
    added: list[Mention] = []
    replaced: set[int] = set()
    for hit in _BARE_CODE.finditer(text):
        a, b = hit.span()
        clash = [m for m in mentions if m.start < b and a < m.end]
        if any(m.label == "COMPOUND" or m.start < a or m.end > b for m in clash):
            continue
        if _GENE_WORD.match(text, b):
            continue
        code = hit.group()
        entity = member_of(code) or (member_of(code[:-1] + "1") if code.endswith("l") else None)
        if entity is None:
            continue
        replaced.update(id(m) for m in clash)
        added.append(Mention(a, b, entity, "COMPOUND", "series-code", code))
    if not added:
        return mentions
    return sorted([*(m for m in mentions if id(m) not in replaced), *added], key=lambda m: (m.start, -m.end))


def _codes_after(text: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the codes listed from ``pos`` on: CODE (SEP CODE)*."""
    spans: list[tuple[int, int]] = []
    first = _CODE_AT.match(text, pos)
    if first is None:
        return spans
    spans.append(first.span())
    while True:
        sep = _SEP.match(text, spans[-1][1])
        if sep is None or sep.end() == spans[-1][1]:
            break
        code = _CODE_AT.match(text, sep.end())
        if code is None:
            break
        spans.append(code.span())
    return spans


def code_list_mentions(text: str, mentions: list[Mention], compound_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` plus one compound mention per listed code the dictionary names.

    ``compound_of(name)`` gives the COMPOUND entity id of a name, or None.
    """
    added: list[Mention] = []
    replaced: set[int] = set()  # ids of mentions inside a new one: the class word, a code read as a gene

    def add(start: int, end: int, name: str) -> None:
        entity = compound_of(name)
        if not entity:
            return
        clash = [m for m in [*mentions, *added] if m.start < end and start < m.end]
        if any(m.entity_id == entity or m.start < start or m.end > end for m in clash):
            return  # already this compound, or a longer name crossing the span
        replaced.update(id(m) for m in clash)
        added.append(Mention(start, end, entity, "COMPOUND", "code-list", text[start:end]))

    for hit in finditer_from_body(_PLURAL_CLASS, _PLURAL_CLASS_BODY, text):
        codes = _codes_after(text, hit.end())
        if len(codes) < 2:
            continue
        for i, (a, b) in enumerate(codes):
            add(hit.start() if i == 0 else a, b, f"{hit.group(1)} {text[a:b]}")
    for m in mentions:
        if m.label != "COMPOUND":
            continue
        tail = _TRAILING_CODE.match(m.text)
        if tail is None:
            continue
        sep = _SEP.match(text, m.end)
        if sep is None or sep.end() == m.end:
            continue
        for a, b in _codes_after(text, sep.end()):
            add(a, b, f"{tail.group(1)}{tail.group(2)}{text[a:b]}")
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))

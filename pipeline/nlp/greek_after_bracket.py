"""A Greek letter after a bracketed abbreviation: "磷脂酶C(PLC)γ" (PLCγ), "转化生长因子(TGF)α".

Chinese papers define an abbreviation inside a name and then put the name's Greek-letter
designator after the bracket: "磷脂酶C(PLC)γ" is phospholipase C gamma (PLCγ), "转化生长因子(TGF)α"
transforming growth factor alpha (TGFα). The matcher finds the family name and its abbreviation
(PLC, TGF) and loses the letter, which is what names the gene. PDF text layers often write the
letter as its Latin look-alike (a for α, b for β, y or g for γ, d for δ: "转化生长因子（TGF) $\\mathfrak{a}$"
renders as "(TGF)a").

The abbreviation with the letter glued ("PLCγ", "TGFα") is looked up; the mention spans the name,
the bracket and the letter, and replaces the mentions inside it. Only a single letter right after
the bracket and before a non-letter counts, and only when the glued form is a gene or family name.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

GREEK_AFTER_BRACKET = "greek-after-bracket"
_LOOK_ALIKE = {"a": "α", "b": "β", "g": "γ", "y": "γ", "d": "δ", "k": "κ"}
_BRACKET_GREEK = lazy_re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9-]{1,9})\s*[)）]\s*([α-ωabgydk])(?![A-Za-z0-9α-ω])")


def greek_forms(abbreviation: str, letter: str) -> list[str]:
    """The glued and hyphenated forms of the abbreviation with the letter read as Greek."""
    greek = _LOOK_ALIKE.get(letter, letter)
    return [abbreviation + greek, f"{abbreviation}-{greek}"]


def bracket_greek_mentions(text: str, mentions: list[Mention],
                           gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with "<name>(<ABBR>)<letter>" one GENE mention of the gene "<ABBR><letter>"
    names, from the start of the mention ending at the bracket (the name) to the letter."""
    out = mentions
    for hit in _BRACKET_GREEK.finditer(text):
        gene = next((g for g in map(gene_of, greek_forms(hit.group(1), hit.group(2))) if g is not None), None)
        if gene is None:
            continue
        before = [m for m in out if m.end == hit.start() or (m.end == hit.start() - 1 and text[m.end].isspace())]
        start = min((m.start for m in before if m.label == "GENE"), default=hit.start(1))
        end = hit.end()
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue  # a longer name crosses the span
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(start, end, gene, "GENE", GREEK_AFTER_BRACKET, text[start:end]))
    return sorted(out, key=lambda m: (m.start, -m.end)) if out is not mentions else mentions

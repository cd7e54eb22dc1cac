"""Subscripts and charges written in parentheses: ``PGE(2)`` is PGE2, ``Ca(2+)`` is Ca2+.

PubMed's plain-text abstracts have no sub- or superscript: the XML's ``<sub>2</sub>`` and
``<sup>2+</sup>`` come out as ``(2)`` and ``(2+)`` glued to the symbol ("prostaglandin D(2)
(PGD(2))", "H(2)O(2)", "Ca(2+)", "IP(3)", "15-F(2t)-isoprostane", "adenosine A(2A)", "5-HT(6)",
"[(3)H]norepinephrine"; BioRED and BC5CDR are full of them), while papers and dictionaries
write PGE2, H2O2, Ca2+, IP3, [3H]. Read as written, "PGD(2)" is the gene PGD followed by a
numbered item, and "PGE(2)", "IP(3)" are no names at all. NLM's own conversion rule (the
PubMed text rendering of ``<sub>``/``<sup>``) is what this undoes.

The reading is confined to the shapes that cannot be a citation or a numbered item:

* a subscript — one or two digits, optionally one lower-case letter or one capital
  (``(2)``, ``(2t)``, ``(2A)``) — glued without a space to a symbol that holds a capital
  letter or is a Greek letter's name ("PGE(2)", "H(2)O(2)", "A(2A)", "beta(2)"); a lower-case
  word ("cells(2)", "kg/m(2)") or a figure/table label ("Fig(2)") keeps its parentheses, and so
  does any "(2)" after a space ("in (2) the ...", a numbered item);
* a charge — ``(+)``, ``(-)``, ``(2+)``, ``(3-)`` — glued to a formula written with element
  symbols only ("Na(+)", "Ca(2+)", "Fe(3+)", "NH4(+)", "HCO3(-)", "O2(-)" after its subscript);
  "CD4(+)", "Foxp3(+)" (cell markers) are no formulas and stay;
* an isotope label ``[(3)H]``, ``[(14)C]`` -> ``[3H]``, ``[14C]``.

The digits replace the whole parenthesised group, so each kept character maps back to its
original span (pipeline/text/offsets.py): a mention "PGE2" maps to the original "PGE(2)".

A superscript that opens with a letter ("p70(S6) kinase" for p70<sup>S6</sup> kinase, "anti-G(D2)")
has the shape of an allele ("Kras(G12D)") or an alias ("RelA(p65)"), so the text keeps it;
``lookup_form`` writes it inline only in a phrase a reader looks up in the dictionary, where the
dictionary decides (nlp/receptor_names.py).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.text.offsets import OffsetText

_GREEK_NAMES = ("alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|"
                "tau|upsilon|phi|chi|psi|omega")
# Element symbols (a formula written with these only can carry a charge).
_ELEMENTS = ("He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Zr|Mo|Ru|"
             "Rh|Pd|Ag|Cd|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Gd|Pt|Au|Hg|Tl|Pb|Bi|Ra|U|H|B|C|N|O|F|P|S|K|V|I|Y|W")
# A symbol ending right before "(": the run of letters, digits and hyphens glued to it.
_SYMBOL_BEFORE = lazy_re.compile(r"[A-Za-z0-9α-ωΑ-Ω\-]*[A-Za-zα-ωΑ-Ω]$")
# not a journal issue number: "2012, 100B(3): 778-87"
_SUBSCRIPT = lazy_re.compile(r"(?<=[A-Za-zα-ωΑ-Ω])\((\d{1,2}[a-zA-Z]?)\)(?!\s*:\s*\d)")
_CHARGE = lazy_re.compile(r"(?<=[A-Za-z0-9])\(([1-4]?[+-])\)")
_FORMULA_BEFORE = lazy_re.compile(r"(?<![A-Za-z0-9])\d?(?:(?:" + _ELEMENTS + r")\d{0,2})+$")  # "2Cl(-)": a count first
_ISOTOPE = lazy_re.compile(r"\[\((\d{1,3})\)(?=[A-Z][a-z]?\])")
# Labels that number things: "Fig(2)", "Table(1)" keep their parentheses.
_LABELS = frozenset(["fig", "figs", "figure", "table", "tab", "eq", "eqs", "ref", "refs", "scheme", "step", "group",
                     "no", "vol", "chapter", "section", "panel", "lane", "day", "week", "exp"])
_GREEK_WORD = lazy_re.compile(r"(?:^|[^A-Za-z])(?:" + _GREEK_NAMES + r")$", re.IGNORECASE)
_WORD = lazy_re.compile(r"[A-Za-z]+$")
_TRIGGER = lazy_re.compile(r"[A-Za-zα-ωΑ-Ω0-9]\((?:\d{1,2}[a-zA-Z]?|[1-4]?[+-])\)|\[\(\d")


def is_subscript_host(before: str) -> bool:
    """Whether the text ``before`` a glued "(2)" ends in a symbol that takes subscripts: one
    holding a capital letter or Greek letter (PGE, H, Ca, 15-F, 5-HT, Aβ) or a Greek letter's
    name (beta, kappa), and not a numbering label (Fig, Table)."""
    symbol = _SYMBOL_BEFORE.search(before[-40:])
    if symbol is None:
        return False
    word = _WORD.search(symbol.group(0))
    if word is not None and word.group(0).lower() in _LABELS:
        return False
    if _GREEK_WORD.search(symbol.group(0)):
        return True
    return any(c.isupper() or "α" <= c <= "ω" or "Α" <= c <= "Ω" for c in symbol.group(0))


def is_charge_host(before: str) -> bool:
    """Whether the text ``before`` a glued "(+)" ends in a formula of element symbols with
    their counts (Na, Ca, NH4, HCO3, O2), not a marker like CD4 or Foxp3."""
    return _FORMULA_BEFORE.search(before[-16:]) is not None


def has_parenthesised_subscript(text: str) -> bool:
    """Cheap test: could ``text`` hold a parenthesised subscript, charge or isotope label?"""
    return _TRIGGER.search(text) is not None


def join_subscripts(block: OffsetText) -> OffsetText:
    """``block`` with parenthesised subscripts, charges and isotope labels written inline
    (PGE(2) -> PGE2, Ca(2+) -> Ca2+, [(3)H] -> [3H]), offsets kept."""
    if not has_parenthesised_subscript(block.text):
        return block
    t = block.sub(_ISOTOPE, lambda m: "[" + m.group(1))
    t = t.sub(_SUBSCRIPT, _inline_subscript)
    return t.sub(_CHARGE, _inline_charge)


def _inline_subscript(m: re.Match[str]) -> str:
    """The digits of a "(2)" glued to a subscript host, else the match unchanged."""
    return m.group(1) if is_subscript_host(m.string[max(0, m.start() - 40):m.start()]) else m.group(0)


def _inline_charge(m: re.Match[str]) -> str:
    """The charge of a "(2+)" glued to an element formula, else the match unchanged."""
    return m.group(1) if is_charge_host(m.string[max(0, m.start() - 16):m.start()]) else m.group(0)


def join_subscripts_text(text: str) -> str:
    """:func:`join_subscripts` on a plain string."""
    return join_subscripts(OffsetText.from_original(text)).text if has_parenthesised_subscript(text) else text


# Any bracket of a sub- or superscript's shape glued to the character before it and ending a word:
# "(2)", "(2A)", "(S6)", "(D2)"; not "NAD(P)H" (a letter follows)
_SCRIPT_SHAPE = lazy_re.compile(r"(?<=[A-Za-z0-9α-ωΑ-Ω])\(([0-9][A-Za-z]?|[A-Za-z]?[0-9]{1,2}[A-Za-z]?)\)(?=[\s\-)]|$)")


def lookup_form(phrase: str) -> str:
    """``phrase`` with every bracket of a sub- or superscript's shape written inline, whatever
    symbol it follows ("p70(S6) kinase" -> "p70S6 kinase"): a key to look a name up by, never
    text (the normaliser writes inline only the brackets that cannot be an allele, an alias or a
    numbered item)."""
    return _SCRIPT_SHAPE.sub(r"\1", phrase) if "(" in phrase else phrase

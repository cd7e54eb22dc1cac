"""Gene names with a look-alike character swapped: "FOX03" (FOXO3), "ap0A-1" (apoA-1), "BMPR-ll" (BMPR-II), "SIRTl" (SIRT1).

PDF text layers (and authors typing symbols) confuse characters that look alike: the digit 0 and
the letter O/o, the lower-case l and the capital I of a Roman numeral. The Chinese validation
papers write "激活转录因子FOX03" (FOXO3), "ap0A-1/ABCA1通路" (apoA-1, APOA1) and, in a reference
title, "endothelial BMPR-ll with BMP9" (BMPR-II, BMPR2). The matcher reads characters as written
and misses them.

A token the dictionary does not know is repaired only where the swap is unambiguous in shape —
a 0 between letters or after letters before a digit (FOX03, ap0A), a run of l after a hyphen at
the token's end (-ll), a single l ending a symbol after a capital or digit (SIRTl, FoxOl, ULKl;
validation ChinaXiv-201711.00361V1 "forkhead transcription factor 1 (FoxOl)") — and kept only when the repaired form is a gene or family name in the
dictionary and the token stands in a gene context: another gene named in the same paragraph, or
a protein/gene word next to it (转录因子FOX03, "BMPR-ll receptor"). Tokens of other shapes
(catalogue numbers "SML0543", accession codes) are never touched: their repair names no gene.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

OCR_SYMBOL = "ocr-symbol"
_TOKEN = lazy_re.compile(r"(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])")
_ZERO_IN_LETTERS = lazy_re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z0-9])")
_ROMAN_ELL = lazy_re.compile(r"-(l{1,3})$")
# a final lower-case l after a symbol's capital or digit is the digit 1 ("SIRTl", "ULKl", "FoxOl": the
# l and 1 glyphs differ by a serif); not the chloride of a formula (NaCl, LiCl, HCl), and the stem
# before it must be 3+ characters ("Tl" is thallium)
_FINAL_ELL = lazy_re.compile(r"(?<=[A-Za-z0-9]{2}[A-BD-Z0-9])l$")
_FINAL_ELL_IN_TEXT = lazy_re.compile(r"[A-Z0-9]l(?![A-Za-z0-9])")
_GENE_WORD = lazy_re.compile(r"(?:转录因子|蛋白|基因|受体|激酶|通路|信号|表达|mRNA|protein|gene|receptor|kinase|signal)",
                             re.IGNORECASE)


def repairs(token: str) -> list[str]:
    """The forms ``token`` may stand for with 0 read as O/o or a final "-ll" read as "-II"
    (most likely first); empty when it has no such character in such a place."""
    out: list[str] = []
    if _ZERO_IN_LETTERS.search(token):
        upper = _ZERO_IN_LETTERS.sub("O", token)
        lower = _ZERO_IN_LETTERS.sub("o", token)
        out += [upper, lower] if token[0].isupper() else [lower, upper]
    ell = _ROMAN_ELL.search(token)
    if ell:
        out.append(token[: ell.start(1)] + "I" * len(ell.group(1)))
    elif _FINAL_ELL.search(token):
        out.append(token[:-1] + "1")
    return out


# A final l after a lower-case letter is read as 1 only when the word before it is itself a gene family's
# name, written as the family is ("Smadl" after Smad, "Notchl" after Notch): the family numbers its members
# (Smad1, Notch1), so the l closes a member's name, not an English word ("Natl", "Coll", "Cell", "Signal"
# end in a stem no family has). "受体调节性 Smads(Smadl，Smad5)" (validation ChinaXiv-201812.00642V1),
# "Sox9 mediates Notchl-induced mesenchymal features" (a reference title of ChinaXiv-201712.00769V1).
_MEMBER_ELL = lazy_re.compile(r"(?<![A-Za-z0-9-])([A-Z][a-z]{2,7})l(?![A-Za-z0-9])")


def member_ell_forms(text: str, gene_of: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for each "<Family>l" in ``text`` whose stem names a gene family and whose
    repaired "<Family>1" names a gene (``_MEMBER_ELL``)."""
    out = []
    for hit in _MEMBER_ELL.finditer(text):
        stem = hit.group(1)
        if gene_of(stem) is not None and gene_of(stem + "1") is not None:
            out.append((hit.start(), hit.end(), stem + "1"))
    return out


def gene_context(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Another gene mention in the paragraph, or a gene word within a few characters."""
    if any(m.label == "GENE" and (m.end <= start or m.start >= end) for m in mentions):
        return True
    return bool(_GENE_WORD.search(text, max(0, start - 6), start) or _GENE_WORD.match(text, end))


def ocr_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` plus a GENE mention for each token outside them whose repaired form
    (``repairs``) the dictionary names as a gene or family, in a gene context."""
    added: list[Mention] = []
    replaced: set[int] = set()
    for start, end, form in member_ell_forms(text, gene_of) if "l" in text else ():
        inside = [m for m in mentions if m.start < end and start < m.end]
        if inside or gene_of(text[start:end]) is not None or not gene_context(text, start, end, mentions):
            continue
        added.append(Mention(start, end, gene_of(form), "GENE", OCR_SYMBOL, text[start:end]))
    if "0" not in text and "-l" not in text and not _FINAL_ELL_IN_TEXT.search(text):
        # no character a repair below reads (most paragraphs): no token scan
        return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions
    for hit in _TOKEN.finditer(text):
        token = hit.group(0)
        forms = repairs(token)
        if not forms:
            continue  # cheap shape test first: the overlap scan and the lookup only for repairable tokens
        start, end = hit.span()
        # a mention inside the token that a rule read from its head ("BMPR-ll" as the BMPR family;
        # the dictionary itself does not know the token, below) gives way to the repaired whole
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(not (start <= m.start and m.end <= end) for m in inside):
            continue
        if gene_of(token) is not None:
            continue
        for form in forms:
            gene = gene_of(form)
            if gene is not None and gene_context(text, start, end, mentions):
                added.append(Mention(start, end, gene, "GENE", OCR_SYMBOL, token))
                replaced.update(id(m) for m in inside)
                break
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


# --- cell-cycle phases read as G proteins -------------------------------------------------------
# The phases G0, G1, G2 are set with a subscript digit; a PDF text layer gives the 1 as "i" or "l"
# and the 0 as "o" ("sub-Gi期", "Gi/Go期细胞阻滞", "Sub-Gi: 1.2±0.2", ChinaXiv-201712.00999V1), and
# "Gi"/"Go" then match the G proteins G_i/G_o. The phase is told by what surrounds the letters: a
# "sub-" before (the sub-G1 peak of a DNA histogram), or after them, through other phases joined
# by "/", a phase word (期, phase, arrest) or a flow-cytometry read-out (": 64.9").
_PHASE_LIKE = lazy_re.compile(r"(?P<sub>[Ss]ub[- ]?)?G[ilo0-2]")  # the matcher may take "Sub-Gi" whole
_SUB_BEFORE = lazy_re.compile(r"[Ss]ub[- ]?$")
_PHASE_AFTER = lazy_re.compile(r"(?:\s*/\s*(?:G[ilo0-2]|[SM]))*\s*(?:期|[- ]?phase|\s+arrest|\s*:\s*\d)", re.IGNORECASE)


def cell_cycle_phase(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` ("Gi", "Go") a cell-cycle phase written with a look-alike letter?"""
    shape = _PHASE_LIKE.fullmatch(text[start:end])
    if not shape:
        return False
    return bool(shape.group("sub") or _SUB_BEFORE.search(text, max(0, start - 4), start) or _PHASE_AFTER.match(text, end)
                or (start >= 3 and re.fullmatch(r"G[ilo0-2]/", text[start - 3:start])
                    and _PHASE_AFTER.match(text, end)))


def drop_phase_lookalikes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the GENE mentions that are a cell-cycle phase (``cell_cycle_phase``)."""
    if "G" not in text:
        return mentions
    kept = [m for m in mentions if not (m.label == "GENE" and cell_cycle_phase(text, m.start, m.end))]
    return kept if len(kept) < len(mentions) else mentions


# --- chlorides written with a look-alike for the l ----------------------------------------------
# A PDF text layer gives the "l" of a chloride formula as the digit 1 or the capital I: "LiC1",
# "LiCI" (LiCl), "MgC12" (MgCl2) — the development sample ChinaXiv-201712.00940V1 writes its lithium
# chloride both ways. Read as written, "LiC1" folds to LIC1, an alias of DYNC1LI1. The formula is
# told by its shape: an element symbol (capital, optional lower-case letter) glued to "C" and the
# look-alike, an optional count of chlorine atoms, nothing alphanumeric around it; it is read only
# when the repaired formula is a compound the dictionary names.
_ELEMENTS = frozenset("""H Li Na K Rb Cs Be Mg Ca Sr Ba Al Ga Sn Pb Ti V Cr Mn Fe Co Ni Cu Ag Au Zn Cd Hg
    La Ce Gd""".split())
_CHLORIDE_LOOKALIKE = lazy_re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?)C[1I]([2-4]?)(?![A-Za-z0-9])")
OCR_CHLORIDE = "ocr-chloride"


def chloride_form(token: str) -> str | None:
    """The chloride formula ``token`` stands for ("LiC1" -> "LiCl", "MgC12" -> "MgCl2"), or None
    when it has no such shape."""
    shape = _CHLORIDE_LOOKALIKE.fullmatch(token)
    if shape is None or shape.group(1) not in _ELEMENTS:
        return None
    return f"{shape.group(1)}Cl{shape.group(2)}"


def chloride_mentions(text: str, mentions: list[Mention], compound_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with each chloride written with a look-alike (``chloride_form``) read as the
    compound its repaired formula names; the mentions overlapping it (the gene alias) give way."""
    if "C1" not in text and "CI" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _CHLORIDE_LOOKALIKE.finditer(text):
        form = chloride_form(hit.group(0))
        compound = compound_of(form) if form else None
        if compound is not None:
            added.append(Mention(hit.start(), hit.end(), compound, "COMPOUND", OCR_CHLORIDE, hit.group(0)))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(n.start < m.end and m.start < n.end for n in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))

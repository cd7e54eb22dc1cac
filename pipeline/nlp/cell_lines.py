"""Cell-line names read as genes, decided over the whole document.

Cell lines are named by codes that contain gene-like pieces: MDA-MB-231 holds MB (myoglobin),
PC-9 folds to PC9 (PCSK9), BRL-3A starts with BRL (BRD1). A paper names its lines as cells
somewhere — "MDA-MB-231细胞", "PC-9 cells", "细胞株MDA-MB-453" — and then lists them bare
("HepG2, MDA-MB-231, PC-9, GLC-82 and A549 cells were treated"). So the names written right
before 细胞/cells/cell line, with the names coordinated before them, or after 细胞株/细胞系/cell
line, anywhere in the document, are
collected (also "monocytic cell (THP-1)", and a code between a species and a tumour or cell noun:
"human U-2 osteosarcoma", "mouse CCL-51 breast cancer cells"; a cell bank's catalogue number,
"ATCC, CCL-2"; a cell type's plural initialism defined after it, "角质形成细胞(KCs)", and a stem-cell
source, "hUC-MSCs"), and a gene or compound mention lying inside such a name anywhere in the document
is dropped ("ANA-1细胞" is a macrophage line, not the compound code ANa1).

Only names shaped like cell-line codes count: a hyphen before a digit (PC-9, HT-29, GLC-82,
MC3T3-E1 has 3T3), two hyphens (MDA-MB-231), or letters, digits and letters again
(MC3T3, SH-SY5Y, RAW264.7 has a decimal). A gene symbol named as a cell marker ("CD4 细胞",
"Th17 cells") has none of these shapes and keeps its gene mentions. Right before the cell word itself a code
of capitals and digits counts too (HK2 cells, BioRED 28260077; SNU-C5 cells, BioRED 28260110 and
BC2GM P08556707A1390; LLC-PK1 cells, BC2GM P08440688A1509; GT1-1 cells, BioRED 19463742; F9
cells): a gene written right before "cells" with no "+" or "-positive" is a cell line, except a
cluster-of-differentiation marker (CD4 cells, CD24 cells: BC2GM gold genes) and names with
lower-case letters (Th17 and Tr1 cells are T-cell subsets, "swi6 cells" and "p53 cells" yeast
or knockout strains). Before English "cells" an initialism of capitals alone counts as well (HEK
cells, BioRED 15184369: not EPHA3's alias HEK; CREF cells, BC2GM P02938185A0223; SK-N-MC cells,
BC2GM P09371698A1254): of the 51 such names before "cells" in the tuning parts of BC2GM and BioRED
(COS, GCT, PC, NK, EC, HEK, HCC, CHO, ES, …) none is a gold gene; cell lines, cell types and
tumours are named so. (gene_context's
paragraph rule does the same for a name followed by 细胞 in its own paragraph.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?"
_LIST_JOIN = r"\s?(?:和|与|及|、|,|，|and |or )\s?"
_NAME_LIST = rf"({_NAME}(?:{_LIST_JOIN}{_NAME})*)(?![A-Za-z0-9\-])"
# 细胞 as the head noun, not the start of 细胞因子 (cytokine), 细胞凋亡 (apoptosis) …; the names
# coordinated before it share it ("Caco-2和HT-29细胞", "HepG2, MDA-MB-231, PC-9 and A549 cells")
_NAMED_AS_CELLS = lazy_re.compile(
    rf"(?<![A-Za-z0-9.\-])({_NAME}(?:{_LIST_JOIN}{_NAME})*)\s?"
    r"(?:细胞(?:株|系)?(?![因凋周增活内外核膜器质毒骨自膜分迁侵生存死])|cells?\b|cels\b|cell lines?\b)"
)
_MARKER = lazy_re.compile(r"CD\d")  # cluster of differentiation: CD4 cells are T cells
# the line's cell type between the code and 细胞: "HL-1心肌细胞" (validation38_zh ChinaXiv-201712.00232V1: HL-1 is a
# mouse cardiomyocyte line, not DNAH5's alias HL1), "THP-1巨噬细胞", "Raw264.7巨噬细胞", "H9c2心肌细胞". A closed list of
# cell-type nouns, and only a cell-line-shaped code (no capital code: "SIRT1心肌细胞特异性敲除" names a gene)
_CELL_TYPE = (r"(?:心肌|肝|神经|上皮|内皮|巨噬|单核|成骨|破骨|成纤维|软骨|脂肪|前脂肪|平滑肌|胰岛|癌|肿瘤|小胶质|星形胶质|树突状|"
              r"角质形成)")
_NAMED_AS_TYPED_CELLS = lazy_re.compile(
    rf"(?<![A-Za-z0-9.\-])({_NAME}(?:{_LIST_JOIN}{_NAME})*)\s?{_CELL_TYPE}"
    r"细胞(?:株|系)?(?![因凋周增活内外核膜器质毒骨自膜分迁侵生存死])")
# 细胞株/cell line (NAME …) and the names coordinated after it ("细胞株MDA-MB-231和MDA-MB-453")
_CELLS_THEN_NAME = lazy_re.compile(rf"(?:细胞株|细胞系|cell lines?|(?:细胞|cells?|cell lines?)\s?[(（])\s?{_NAME_LIST}")
# 细胞/cell(s) right before a name ("乳腺癌细胞MDA-MB-231和MDA-MB-468", "carcinoma cell MDA-MB-231"):
# only for the codes no gene symbol looks like (two hyphens, a hyphen and letters-digits-letters,
# a decimal), since "巨噬细胞IL-6表达" and "肝细胞SLC7A11表达" name genes
_CELL_THEN_NAME = lazy_re.compile(rf"(?:细胞|\bcells?) ?{_NAME_LIST}")
# a species, then the code, then a tumour or cell noun within three words: "human U-2
# osteosarcoma", "mouse CCL-51 breast cancer cells", "human MG-63 osteoblast-like cells"
_SPECIES_THEN_NAME = lazy_re.compile(
    rf"\b(?:human|mouse|murine|rat|porcine|bovine|canine)\s({_NAME})(?![A-Za-z0-9\-])"
    r"(?=(?:\s(?![\w\-]*(?:ed|ing)\b|(?:was|were|is|are|to|the|and|or|with)\b)[\w\-]+){0,3}?\s(?:\w*(?:carcinoma|cancer|sarcoma|leuk(?:a)?emia|lymphoma|myeloma|glioma|"
    r"blastoma|melanoma)s?|cells?|cell lines?)\b)", re.IGNORECASE)
# a code written in two parts, the second a short capital word, before the cell noun (a species
# and a tumour noun may come between): "U-2 OS cells", "U-2 OS human osteosarcoma cells" (the ATCC
# name of HTB-96) — the first part, U-2, is no urotensin (UTS2's U-II) (PMID25689151)
_TWO_PART_THEN_CELLS = lazy_re.compile(
    rf"(?<![A-Za-z0-9.\-])({_NAME}) [A-Z]{{2,4}}(?:\s(?:human|mouse|murine|rat))?"
    r"(?:\s\w*(?:carcinoma|cancer|sarcoma|leuk(?:a)?emia|lymphoma|myeloma|glioma|blastoma|melanoma))?"
    r"\s(?:cells?|cell lines?)\b")
# a cell bank's catalogue number after its name: "HeLa细胞（ATCC，CCL-2）", "ATCC No. CRL-1573",
# "(ATCC; HTB-22)" — CCL-2 is HeLa's number, not the chemokine CCL2 (dev/chinaxiv/sample); the
# bank's name stands alone ("…TAGCATCCATCA" in a primer is no catalogue)
_CATALOGUE = lazy_re.compile(
    rf"(?<![A-Za-z])(?:ATCC|ECACC|DSMZ|JCRB|RIKEN|CCTCC)(?![A-Za-z])[\s,，;；:：]*"
    rf"(?:(?:No|Cat|Nr)\.?\s?|number\s|#\s?)?({_NAME})")
# a cell type's plural initialism defined after it ("角质形成细胞(KCs)", "mesenchymal stem cells
# (MSCs)") and a stem-cell source prefix ("hUC-MSCs", "BM-MSCs"): cell names, whatever gene a piece
# spells (KCs is TBCE's alias KCS, hUC is ELAVL3's HuC)
_CELL_INITIALISM = lazy_re.compile(r"(?:细胞|cells?)\s?[(（]\s?([A-Z]{1,6}s)\s?[)）,，;；]")
_STEM_CELL_SOURCE = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{1,6}-[A-Z]{0,4}SCs?)(?![A-Za-z0-9])")
_SPLIT_LIST = lazy_re.compile(_LIST_JOIN)
_CELL_LINE_SHAPE = lazy_re.compile(
    r"[A-Za-z]-\d|-.*-|[A-Za-z]\d+[A-Za-z]+\d*|\d\.\d"
)
_STRONG_SHAPE = lazy_re.compile(r"-.*-|^(?=.*-).*[A-Za-z]\d+[A-Za-z]|\d\.\d")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")


_WORD = lazy_re.compile(r"[a-z]{4,}")


def is_code(name: str) -> bool:
    """Letters and digits, no word in it (HepG2, A549, MDA-MB-231; not IL-10-producing)."""
    return any(c.isdigit() for c in name) and any(c.isalpha() for c in name) and not _WORD.search(name)


_INITIALISM = lazy_re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,4})*")


def is_capital_initialism(name: str) -> bool:
    """Capitals alone, two to six, hyphenated parts allowed (HEK, CREF, SK-N-MC), no CD marker."""
    return _INITIALISM.fullmatch(name) is not None and not name.startswith("CD")


def is_capital_code(name: str) -> bool:
    """A code of capitals and digits (HK2, SNU-C5, LLC-PK1, GT1-1), no CD marker: a cell line
    when written right before the cell word."""
    return is_code(name) and not any(c.islower() for c in name) and _MARKER.match(name) is None


def is_cell_line_shape(name: str) -> bool:
    """A code with a hyphen before a digit, two hyphens, letters-digits-letters or a decimal."""
    return is_code(name) and bool(_CELL_LINE_SHAPE.search(name))


# OCR glues a preposition to the name before it ("Westernblotting of MMP-2 and MMP-9incells"):
# "MMP-9in" + "cells" is "MMP-9 in cells", so the list before it names no cell line
_GLUED_PREPOSITION = lazy_re.compile(r"\d(?:in|of|on|at|from|for|by)$")


def _listed(group: str, from_end: bool) -> list[str]:
    """The names of a coordinated list, from the one next to the cell word outwards, up to the
    first that is no code ("cell population, IL-10-producing": none); none when the name next to
    the cell word ends in a glued preposition (``_GLUED_PREPOSITION``)."""
    items = [x.rstrip(".") for x in _SPLIT_LIST.split(group)]
    if from_end and items and _GLUED_PREPOSITION.search(items[-1]):
        return []
    out = []
    for name in reversed(items) if from_end else items:
        if not is_code(name):
            break
        out.append(name)
    return out


def cell_line_names(texts: Iterable[str]) -> frozenset[str]:
    """Cell-line-shaped names written as cells anywhere in the document's paragraphs."""
    names = set()
    for text in texts:
        if any(bank in text for bank in _BANKS):
            names.update(m.group(1) for m in _CATALOGUE.finditer(text) if is_cell_line_shape(m.group(1)))
        english = "cell" in text
        zh = "细胞" in text
        if not zh and not english:
            continue
        for pattern, shape, from_end, before_cell_word, needs_zh in (
                (_NAMED_AS_CELLS, is_cell_line_shape, True, True, False),
                # every match ends in 细胞: in an English paragraph it was tried at every character for none
                (_NAMED_AS_TYPED_CELLS, is_cell_line_shape, True, False, True),
                (_CELLS_THEN_NAME, is_cell_line_shape, False, False, False),
                (_CELL_THEN_NAME, _strong_shape, False, False, False)):
            if needs_zh and not zh:
                continue
            for m in pattern.finditer(text):
                listed = _listed(m.group(1), from_end)
                names.update(n for n in listed if shape(n))
                if before_cell_word:  # the name right before the cell word: "HK2 cells", "HEK cells"
                    last = _SPLIT_LIST.split(m.group(1))[-1].rstrip(".")
                    if is_capital_code(last) or (is_capital_initialism(last) and "细胞" not in m.group(0)):
                        names.add(last)
        if _may_name_species(text):
            names.update(m.group(1) for m in _SPECIES_THEN_NAME.finditer(text) if is_cell_line_shape(m.group(1)))
        names.update(m.group(1) for m in _CELL_INITIALISM.finditer(text))
        if "SC" in text:
            names.update(m.group(1) for m in _STEM_CELL_SOURCE.finditer(text))
        if english:
            names.update(m.group(1) for m in _TWO_PART_THEN_CELLS.finditer(text) if is_cell_line_shape(m.group(1)))
    return frozenset(names)


# Words each match of a pattern holds, tested before the pattern is tried at every character of a
# paragraph (the patterns were ~2 % of a document's time on the 16x benchmark; the same names):
# a bank's name (_CATALOGUE), "SC" (_STEM_CELL_SOURCE), "cell" (_TWO_PART_THEN_CELLS) and a species
# word (_SPECIES_THEN_NAME, case-insensitive: the lower-cased text, unless it holds one of the
# letters re.IGNORECASE matches with an ASCII letter that lower() keeps apart: İ ı ſ K)
_BANKS = ("ATCC", "ECACC", "DSMZ", "JCRB", "RIKEN", "CCTCC")
_SPECIES = ("human", "mouse", "murine", "rat", "porcine", "bovine", "canine")
_IGNORECASE_LETTERS = lazy_re.compile("[\u0130\u0131\u017f\u212a]")


def _may_name_species(text: str) -> bool:
    if _IGNORECASE_LETTERS.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _SPECIES)


def _strong_shape(name: str) -> bool:
    return is_cell_line_shape(name) and bool(_STRONG_SHAPE.search(name))


def enclosing_token(text: str, start: int, end: int) -> str:
    """The run of letters, digits, hyphens and dots around ``text[start:end]`` (MDA-MB-231 for
    its MB), without a trailing dot."""
    while start > 0 and text[start - 1] in _TOKEN_CHARS:
        start -= 1
    while end < len(text) and text[end] in _TOKEN_CHARS:
        end += 1
    return text[start:end].strip(".-")


# the kinds of mention a cell-line code can spell: a gene symbol (MB in MDA-MB-231) or a compound's
# code or abbreviation ("小鼠巨噬细胞(ANA-1细胞)" folds to the compound code ANa1)
_SPELLED_BY_CODES = frozenset({"GENE", "COMPOUND"})


def drop_cell_lines(text: str, mentions: list[Mention], names: frozenset[str]) -> list[Mention]:
    """Gene and compound mentions inside a cell-line name of ``names`` removed: the cells are
    the model, not a gene or a drug (GUIDELINES 1: cell types are no entities)."""
    if not names:
        return mentions
    return [m for m in mentions
            if not (m.label in _SPELLED_BY_CODES and enclosing_token(text, m.start, m.end) in names)]

"""A gene that names a cell population by its marker is no partner of the sentence's findings.

Immunology and histology abstracts name the cells they count by a marker the cells carry or a
product they make: "CD11c+ cells", "TGF-b1(+) F4/80(+) cells", "CD4(+) T cells", "Bcl6(hi) Tfh
cells", "c-kit(+) cells", "IL-10-producing macrophages", "IL-17-producing gd T cells",
"TRAP-positive multinucleated osteoclasts". The gene there is part of the name of the cells, not an
entity acting or acted on: "clodronate liposomes suppressed liver metastasis by diminishing TGF-b1(+)
F4/80(+) cells accumulation" states that clodronate lowered the number of those cells, not TGF-b1.
corpus/gold/GUIDELINES.md 5.10 ("A gene used as a cell marker ('CD34阳性细胞') … is not a relation");
validation39_en gave 6 such false rows in PMID24743235 ("IL-3-induced CD11c+ cell generation" → IL3–
ITGAX, "CD11c+ IL-10-producing macrophages" → IL3–IL10) and PMID28660748 (clodronate–TGFB1).
The construction recurs across BioRED (CD4(+) T cells and IL-10(+) T cells PMID27630165, FoxP3(+)
Tregs PMID25305591, Iba1(+) cells PMID28416580, CD73+ gd T cells and IL-17-producing gd T cells
PMID29222418, CXCR5(+) PD1(+) CD4(+) Tfh cells PMID25263533, c-kit(+) cells PMID27860185), where the
marker is still annotated as a gene: so the mention is kept (entity recognition is unchanged) and only
dropped as a relation partner (relations/pairs.py ``partner_mentions``; the same entity named
elsewhere in the sentence keeps its pairs).

The shape: the mention, then a marker sign ("+", "(+)", "(-)", "(hi)", "(lo)", "-positive",
"-negative", "-producing", "-secreting", "-immunoreactive"), then up to three words (further markers
and modifiers: "CD11c+ IL-10-producing macrophages", "CD4(+) T cells", "FGFR-positive prehypertrophic and
hypertrophic chondrocytes", validation PMID23571107) and a cell noun; or a signed marker glued to another
("Lin(-)Sca-1(+)c-Kit(+) enriched for bone marrow stem cells", validation PMID26027517). A "+" that
joins two agents ("the activin+GnRH-induced stimulation") has no space after it and is no marker; a
genotype ("+/+", "+/-") is left to relations/model_subjects.py; "-expressing" is left alone
("TRPV6-expressing HEK cells", BioRED PMID15184369, are transfected cells: the gene is under study).
A cluster-of-differentiation name written bare right before T/B/NK cells ("CD4 T cells", "CD8
lymphocytes") is a marker too.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the sign after the marker: "+", "(+)", "(-)", "(hi)", "(int)", "-positive", "-producing" …, with the markers
# glued after it ("CD4(+)CD25(+)FoxP3(+) Tregs"); not followed by "/" (a genotype "+/-") nor by a letter
# ("activin+GnRH": two agents)
_MARK_SIGN = r"(?:\+|\((?:\+|-|−|hi|high|lo|low|int|bright|dim)\))"
_SIGN = (rf"(?:\s?{_MARK_SIGN}(?:[A-Za-z0-9][\w\-/]*{_MARK_SIGN})*(?![+/\w])"
         r"|-(?:positive|negative|producing|secreting|immunoreactive|immunopositive)(?![\w-]))")
# a word between the marked mention and the cell noun: another marker ("IL-10-producing", "F4/80(+)"),
# a modifier ("multinucleated", "T", "gd"), a conjunction of coordinated markers or modifiers ("CD4+ and
# CD8+ T cells", "FGFR-positive prehypertrophic and hypertrophic chondrocytes", validation PMID23571107);
# not a preposition or a process noun ("expression in")
_WORD = (r"(?!(?:of|in|on|at|by|to|from|with|for|into|within|was|were|is|are)(?![\w-])"
         rf"|[\w-]+(?:ion|ment|sis|ance|ence|ity)(?![\w-]))[A-Za-z0-9][\w\-/]*(?:{_MARK_SIGN}[\w\-/]*)*")
_CELLS = (r"(?:cells?|[a-z]*(?:cytes?|blasts?|clasts?)|macrophages?|neutrophils?|neurons?|microglia|"
          r"progenitors?|precursors?|DCs?|Tregs?|Tfh|"
          r"populations?|subpopulations?|subsets?|clones?)(?![\w-])")
_MARKED = lazy_re.compile(rf"{_SIGN}(?:\s+{_WORD}){{0,3}}?\s+{_CELLS}", re.IGNORECASE)
# a signed marker glued right before the mention: "Lin(-)Sca-1(+)c-Kit(+)" (validation PMID26027517), the
# markers of one phenotype written together, with or without the cell noun after them
_GLUED_BEFORE = lazy_re.compile(rf"[A-Za-z0-9]{_MARK_SIGN}$")
_SIGN_AFTER = lazy_re.compile(_MARK_SIGN)
# "CD4 T cells", "CD8 lymphocytes": a cluster-of-differentiation name bare before the cell noun
_CD_NAME = lazy_re.compile(r"CD\d{1,3}[a-z]?")
# (not "the CD44 and CD24 cell surface markers", BioRED PMID28148288: the genes' expression is measured)
_BARE_CD = lazy_re.compile(r"\s+(?:(?:T|B|NK)[\s-])?(?:cells?|lymphocytes?)(?![\w-])(?!\s+surface)")


def is_cell_marker(text: str, start: int, end: int) -> bool:
    """Does the mention text[start:end] name a cell population by its marker ("CD11c+ cells",
    "TGF-b1(+) F4/80(+) cells", "IL-10-producing macrophages", "CD4 T cells")?"""
    if _MARKED.match(text, end):
        return True
    if _SIGN_AFTER.match(text, end) and _GLUED_BEFORE.search(text, max(0, start - 12), start):
        return True
    return _CD_NAME.fullmatch(text, start, end) is not None and _BARE_CD.match(text, end) is not None

"""Sentence splitting for Chinese and English paragraphs, bounded in length.

Chinese: a sentence ends at 。！？；(after NFKC also !?;), together with any closing quotes or
brackets that follow. English: pysbd (Sadvilkar & Neumann, 2020), a rule-based splitter
that keeps "et al." and "p < 0.05" inside their sentence. A reference is one unit: its title;
a table row is one unit.

PDF conversion runs sentences together: "…in rats.The results…", "…细胞凋亡.本研究…", an
English sentence straight into Chinese. Both splitters also end a sentence at a full stop after
a word or a CJK character when a capitalised word or a CJK character follows, spaces or not.
A unit still longer than a reader accepts as one sentence (``MAX_ZH``/``MAX_EN`` characters,
set from the 120 ChinaXiv dev papers: see docs/structure.md) is cut at clause punctuation
(，、：,:) into pieces under the limit, each marked ``guard=True``: co-mentions across the cut
are not made, and bench/structure_report.py counts how often it happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline import lazy_re
from pipeline.text.normalize import CJK
from pipeline.text.references import reference_title_spans
from pipeline.text.sentence_spans import located_spans
from pipeline.text.sections import Paragraph

_ZH_END = lazy_re.compile(r"[^。!?;！？；]*(?:[。!?;！？；]+[”’」』)\]）]*|$)")


@dataclass
class Sentence:
    paragraph: Paragraph
    index: int  # within the document
    start: int  # offsets into paragraph.text (normalised)
    end: int
    guard: bool = False  # cut from an over-long run by the length guard

    # Kept on first use (issue 17, stop 45): the annotator and the relation rules ask a sentence for its
    # text ~12 times (126,156 slices for 320 files of the 16x benchmark corpus, ~1 % of ``process_file``).
    # A sentence is made after its paragraph's text and language are final (``split_sentences`` runs
    # after ``split_sections``), so the first answer stays right.
    @cached_property
    def text(self) -> str:
        return self.paragraph.text.text[self.start:self.end]

    @cached_property
    def lang(self) -> str:
        return self.paragraph.lang


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd

    from pipeline import re_cache

    from pipeline.text.pysbd_abbreviations import English

    re_cache.hold_at_least()  # pysbd's rules are more patterns than re keeps by default (re_cache.py)
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    segmenter.language_module = English  # pysbd's English, its abbreviation search faster (same answers)
    return segmenter


def _trimmed(text: str, spans) -> list[tuple[int, int]]:
    """Spans without surrounding whitespace; empty ones dropped."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _spans_zh(text: str) -> list[tuple[int, int]]:
    return _trimmed(text, (m.span() for m in _ZH_END.finditer(text)))


# Where a full stop may not end a sentence: abbreviations, initials, decimals, "et al."
_TRICKY = lazy_re.compile(r"\b(?:et al|e\.g|i\.e|vs|Fig|Figs|Ref|No|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|approx|ca|cf|etc|Eq|Vol)\.|"
                          r"\b[A-Z]\.|\d\.\d|[<>=]\s*\d|\.\s+[a-z0-9(]")
_SIMPLE_END = lazy_re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


_PYSBD_MAX = 20_000  # characters; pysbd slows down badly on longer runs (a 5 MB single line)


def _spans_en(text: str) -> list[tuple[int, int]]:
    """pysbd decides; a paragraph with no abbreviation, initial, decimal or comparison next to
    a full stop is split at ". X" directly (pysbd gives the same answer there, slowly). pysbd's
    sentences are located in the text by ``located_spans`` (its own ``segment`` compiles a pattern
    per sentence for that: pipeline/text/sentence_spans.py)."""
    if len(text) > _PYSBD_MAX or not _TRICKY.search(text):
        spans, start = [], 0
        for m in _SIMPLE_END.finditer(text):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        return _trimmed(text, spans)
    return _trimmed(text, located_spans(_pysbd().processor(text).process(), text))


# A full stop that PDF conversion left without a following space: after a word (two lowercase
# letters, so not an initial or a decimal) or a CJK character or bracket, before a capitalised
# word or a CJK character. The full stop comes first and the look-behinds after it (they take
# the stop in): a pattern that opens with a look-behind is tried at every character, this one only
# at a "." (the same matches, 18x faster on the corpus's paragraphs; stop 37).
_RUN_ON = lazy_re.compile(
    r"[.](?:(?:(?<=[a-z]{2}[.])|(?<=[\u4e00-\u9fff)）][.]))(?=[ \t]*(?:[A-Z][a-z]|[\u4e00-\u9fff]))"
    r"|(?<=[A-Z0-9)\]]{2}[.])(?=[A-Z][a-z]{2,}\b))"  # "…quantitative PCR.From results…"
)
_NOT_AN_END = lazy_re.compile(r"(?<![A-Za-z])(?:et ?al|Figs?|vs|e\.g|i\.e|sp|spp|var|cf|ca|No)\.$")
_CJK = lazy_re.compile(f"[{CJK}]")
MAX_ZH = 400  # characters; a Chinese "sentence" longer than this is a run-on
MAX_EN = 1000
_CLAUSE = lazy_re.compile(r"[，、：,:；;](?=\S|\s)\s*")


def _split_run_on(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        for m in _RUN_ON.finditer(text, s, e):
            end = m.end()
            if end - s < 2 or _NOT_AN_END.search(text, max(s, end - 8), end):
                continue
            out.append((s, end))
            s = end
        out.append((s, e))
    return _trimmed(text, out)


# A full stop after a name's final capital letter ("nuclear factor-kappa B.", "type I.", "in phase B.",
# "37 degrees C.") before a capitalised word: pysbd reads every "<space>X." as an initial and never
# ends a sentence there, so two sentences became one and a read-out of the second paired with the
# first's agent (validation38_en PMID16880625 "...the activation of nuclear factor-kappa B.
# Furthermore, treatment with SG decreased..."; the same construction in BC5CDR train "in phase B.
# In phase A", "37 degrees C. Forearm", BioRED train "corneal dystrophy type I. Exon 4",
# "filamin A, B and C. They are", corpus/new_papers "cyclosporin A. Triptolide"). The letter is
# name-final when the word before it ends in lower case (a name word, not a surname "Liu Y." of a
# citation) and is no preposition (a genus initial "of C. Phellodendri"); "L." is left alone (the
# botanical author Linnaeus: "Rheum palmatum L. Induces" goes on).
_NAME_FINAL_LETTER = lazy_re.compile(r"[A-KM-Z][.](?<=[a-z]{2} [A-Z][.])(?=\s+[A-Z][a-z]+\b)")
_LAST_WORD = lazy_re.compile(r"(?:^|(?<=[^A-Za-z0-9']))(?:[A-Za-z0-9]+-)*([a-z]{2,})$")
_NOT_NAME_WORDS = frozenset(
    "of in by from with to for at on as than into via per the an onto upon like see".split()
)


def _split_name_final_letter(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut after each full stop that ends a name in a capital letter (``_NAME_FINAL_LETTER``)."""
    out = []
    for s, e in spans:
        for m in _NAME_FINAL_LETTER.finditer(text, s, e):
            word = _LAST_WORD.search(text, max(s, m.start() - 40), m.start() - 1)
            if word is None or word.group(1) in _NOT_NAME_WORDS or m.end() >= e:
                continue
            out.append((s, m.end()))
            s = m.end()
        out.append((s, e))
    return _trimmed(text, out)


def max_length(text: str) -> int:
    """The reader's limit for ``text``: MAX_ZH characters of Chinese, MAX_EN of Latin text, and
    in between for a mix (each CJK character counts MAX_EN / MAX_ZH Latin characters)."""
    sample = text[:4000]
    if not sample:
        return MAX_EN
    share = len(_CJK.findall(sample)) / len(sample)
    return int(MAX_EN / (1 + (MAX_EN / MAX_ZH - 1) * share))


def bound_length(text: str, s: int, e: int) -> list[tuple[int, int, bool]]:
    """``text[s:e]`` as (start, end, guard) pieces no longer than the reader's limit: cut at
    the last clause punctuation that keeps a piece under the limit, else at a space, else hard."""
    if e - s <= MAX_ZH or e - s <= max_length(text[s:e]):  # max_length is never below MAX_ZH
        return [(s, e, False)]
    pieces = []
    while e - s > max_length(text[s:e]):
        limit = max_length(text[s:s + MAX_EN])
        while True:  # the piece's own limit decides (its share of CJK may differ from the window's)
            cut = None
            for m in _CLAUSE.finditer(text, s + limit // 4, s + limit):
                cut = m.end()
            if cut is None:
                space = text.rfind(" ", s + limit // 4, s + limit)
                cut = space + 1 if space > s else s + limit
            own = max_length(text[s:cut])
            if cut - s <= own:
                break
            limit = own
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return [(a, b, True) for a, b in _trimmed(text, pieces)]


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of the content paragraphs (headings, references and table rows are single
    units), none longer than the reader's limit."""
    sentences: list[Sentence] = []
    for para in paragraphs:
        if not para.is_content:
            continue
        text = para.text.text
        if para.section == "references" and not para.is_heading:
            spans = reference_title_spans(text)  # and a bracketed translation's
        elif para.is_heading or para.section in ("title_zh", "title_en", "table"):
            spans = [(0, len(text))]
        elif para.lang == "zh":
            spans = _split_run_on(text, _spans_zh(text))
        else:
            spans = _split_name_final_letter(text, _split_run_on(text, _spans_en(text)))
        for s, e in spans:
            for a, b, guard in bound_length(text, s, e):
                sentences.append(Sentence(para, len(sentences), a, b, guard))
    return sentences

"""Reference lists of PDF-converted papers: find the list, split it per entry, read the title.

A converted reference list comes in many shapes (all seen in ChinaXiv papers): one entry per
line, or 10-24 entries run together on one line (``…2015,34(2):125-128.[2]冷桂华.…``);
numbered ``[1]``, ``[1］``, ``1.``, ``(1)``/``（1）``; author–year lists without numbers
(``CHEN QF,1999. Wide hybridization… [J]. Bot J Linn Soc, 131(2): 177-185.CHEN QF, 2012. …``);
Chinese and English entries mixed. We split at entry starts and read only each entry's title,
as a curator would (authors, journals, years and pages are not mentions).

Numbered entries are split at markers whose numbers run on from the previous entry (n, n+1, …)
— "(2)" or "[3]" inside a title or a page range never continues the count. Author–year entries
are split where a first author and a year (``LI Y, CHEN Y, et al., 2020.``, ``阿基业，2010．``)
follow the end of the previous entry. The title is the part between the authors (ended by
``et al.``/``等.``, an initial and a full stop, or ``Name,2010.``) and the document-type code
(``[J]``, ``[M]``, ``[D]`` …, GB/T 7714) or, without a code, the next full stop.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline import lazy_re

HEADING_WORDS = r"参\s*考\s*文\s*献|主\s*要\s*参\s*考\s*文\s*献|References?|REFERENCES|Bibliography|Literature\s+[Cc]ited"
# A heading alone: "参考文献", "# References:", "REFERENCES".
HEADING = lazy_re.compile(
    rf"^[\[【]?\s*(?:{HEADING_WORDS})\s*[\]】]?\s*(?:[(（]\s*References?\s*[)）])?\s*[:：.]?$", re.IGNORECASE)
# A heading followed on the same line by the first entry: "参考文献: [1]郭义东,…".
HEADING_INLINE = lazy_re.compile(rf"(?:^|(?<=[\s。.!?]))(?:{HEADING_WORDS})\s*[:：]?\s*(?=\[\s*1\s*[\]］]|1\s*[.、]|[(（]1[)）]|[A-Z\u4e00-\u9fff])")
# HEADING_INLINE without its opening "^ or look-behind": no match of HEADING_INLINE starts before
# this one's first, which the engine finds by its words' first characters (the look-behind made it
# try every character of every block; stop 37).
_HEADING_INLINE_WORDS = lazy_re.compile(HEADING_INLINE.pattern.removeprefix(r"(?:^|(?<=[\s。.!?]))"))


def heading_inline(text: str) -> re.Match | None:
    """``HEADING_INLINE.search(text)``, searched from the first place its words stand."""
    first = _HEADING_INLINE_WORDS.search(text)
    return None if first is None else HEADING_INLINE.search(text, first.start())
FIRST_ENTRY = lazy_re.compile(r"\[\s*1\s*[\]］]|[(（]1[)）]|1[.、．]\s*[A-Z\u4e00-\u9fff]")
# A heading closing a paragraph, its entries in the next blocks: "…细胞的凋亡。参考文献：".
HEADING_AT_END = lazy_re.compile(rf"(?<=[。.!?！？])\s*(?:{HEADING_WORDS})\s*[:：]?\s*$")
# GB/T 7714 document-type codes: [J] journal, [M] book, [D] thesis, [C] proceedings, …
TYPE_CODE = lazy_re.compile(r"\s*\[\s*(?:J|M|D|C|R|S|P|N|Z|A|G|EB/OL|J/OL|M/OL|DB/OL|CP/DK)\s*[\]］]")

_NUMBERED = lazy_re.compile(
    r"\[\s*(\d{1,3})\s*[\]］」】]"  # [12], [12］, [3」
    r"|(?:^|(?<=[.。．;；\]]))\s*[(（](\d{1,3})[)）]"  # (12) at an entry start, not "131 (2):"
    r"|(?:^|(?<=[\s.。．;；\]]))(\d{1,3})[.、．](?=\s*[A-Z\u4e00-\u9fff])"  # 12. before a name (not 2.5)
)
_SURNAME = r"[A-Z][A-Za-z'’\-]+(?:\s?[A-Z]{1,3}(?:\s[A-Z])?)?"
_ZH_NAME = r"[\u4e00-\u9fff]{2,4}"
_AUTHOR_YEAR = lazy_re.compile(
    rf"(?:{_SURNAME}(?:\s*[,，&]\s*{_SURNAME}){{0,8}}(?:\s*[,，]?\s*et\s*al\.?)?"
    rf"|{_ZH_NAME}(?:\s*[,，、]\s*{_ZH_NAME}){{0,8}}(?:\s*[,，]?\s*等)?)"
    r"(?:\s*[,，.．]?\s*[,，]|(?<=al\.))\s*(?:19|20|2O|1O)[\dOo]{2}[a-z]?\s*[.．,，]"  # OCR: 2O05, 20o7; "et al.2O17."
)
# Where an author–year entry may start: the start of text or after the previous entry's end.
_ENTRY_END = lazy_re.compile(r"(?:^|(?<=[\d.。．\]］)]))\s*(?=\[?[A-Z\u4e00-\u9fff])")

_AUTHORS_END = lazy_re.compile(
    r"(?:et\s*al|等)\s*\.?\s*[.,，]?\s*(?:(?:19|20|2O)[\dOo]{2}[a-z]?\s*[.．,，]\s*)?"  # "et al.", "等.", "et al., 2007.", "et al.2O17."
    r"|et\s*al\.?(?=[A-Z])"  # "etalExpression" (OCR lost the full stop)
    r"|(?:19|20|2O)[\dOo]{2}[a-z]?\s*[.．]\s*"  # author–year: "CHEN QF, 1999.", "LIN QY,20o7."
    r"|\.\s+(?=\S)"  # "Smith J. Title"
    r"|(?<=[A-Z])\.(?=[A-Za-z“\"\u4e00-\u9fff])"  # "KROEMER G.Autophagy", "SperberAD.Epidemiology"
    r"|[.．。](?=[“\"\u4e00-\u9fff])"  # "陈琼.仔猪早期…"
    r"|(?<=[\u4e00-\u9fff])[.．](?=[\dA-Za-z(（])"  # "陈继红.5-羟色胺…"
)
_NUMBER_PREFIX = lazy_re.compile(r"^\s*(?:\[\s*\d{1,3}\s*[\]］」】]|[(（]\d{1,3}[)）]|\d{1,3}[.、．](?!\d))\s*")
# a full stop and a space; or, where OCR lost the space, a full stop glued to a capitalised journal
# name and its year ("…pulmonary arterial hypertension.Nat Med, 2015,21(7):777-785", "…in stem
# cells.Stem Cell,2017"): "Nat Med" is a journal, not the MED gene (GUIDELINES 5.10). Vancouver
# style ends the journal with a full stop or semicolon and may date the issue by month and day
# before the year ("…expression.Sci Rep. May 25 2018;8(1):8109", "…role.Biochim Biophys Acta. Oct
# 2015;1853", "…homeostasis.Cur Opin Cel Biol.Apr 2017;45:83-91"): "Sci" is no CCL3, "Acta" no ACTA1
_JOURNAL_DATE = r"[,，.;]\s?(?:[A-Z][a-z]{2}\.?\s(?:\d{1,2}\s)?)?(?:19|20)\d{2}(?!\d)"
_TITLE_END_NO_CODE = lazy_re.compile(rf"[.．。](?:\s|$)|[.．](?=[A-Z][A-Za-z. ]{{1,50}}{_JOURNAL_DATE})")


# The volume/issue/pages tail of a citation: "2018;9(8):837", "2015,34(2):125-128", "12(1):21-35".
CITATION_TAIL = lazy_re.compile(r"\d{1,4}\s*[(（]\s*[\dS]{1,4}\s*[)）]\s*[:：]\s*[A-Za-z]?\d{1,6}")


def looks_like_references(text: str) -> bool:
    """Text dense with reference entries: at least three document-type codes or citation tails,
    at least one per 400 characters (a body paragraph citing a few titles is not a reference
    list: its citations are "[12]", not "2015,34(2):125-128")."""
    marks = max(len(TYPE_CODE.findall(text)), len(CITATION_TAIL.findall(text)))
    return marks >= 3 and marks * 400 >= len(text)


def _numbered_starts(text: str, last: int | None) -> tuple[list[int], int | None]:
    """Entry starts at numbered markers that continue the count (last+1, last+2, …)."""
    starts = []
    markers = [(m, int(next(g for g in m.groups() if g is not None))) for m in _NUMBERED.finditer(text)]
    if any(m.group(1) for m, _ in markers):  # a list numbered [n]: "(2)" and "10." are not entry numbers
        markers = [(m, n) for m, n in markers if m.group(1)]
    if last is None:  # a list cut by a page break: the count starts at the first n followed by n+1
        numbers = [n for _, n in markers]
        last = next((n - 1 for i, n in enumerate(numbers) if n + 1 in numbers[i + 1:i + 4]), None)
    numbers = [n for _, n in markers]
    for i, (m, number) in enumerate(markers):
        at_start = not text[:m.start()].strip()
        if last is None:
            accept = number == 1 or at_start
        else:  # the count runs on; OCR may have lost a number or two ("1u." for 16), or a
            # few entries (resynchronise where n is followed by n+1)
            accept = last < number <= last + 3 or (number > last and number + 1 in numbers[i + 1:i + 3])
        if accept:
            starts.append(m.start())
            last = number
    return starts, last


# An author list that ends in "et al., year." whatever its names look like (OCR and pinyin given
# names defeat _SURNAME: "HUANG J, YANG T, WANG Yu, et al., 2021.", "LI XZH, ZHENG LLAI BL,et al., 2020."):
# entries run together on one line are split there too
_ET_AL_YEAR = lazy_re.compile(r"[A-Z][A-Za-z'’\-]+(?:[ ,，][A-Za-z'’\- ]{0,12}){0,8}?[,，]?\s*et\s*al\.?\s*[,，]?\s*"
                              r"(?:19|20|2O)[\dOo]{2}[a-z]?\s*[.．,，]")


# Every character the authors of an ``_AUTHOR_YEAR`` or ``_ET_AL_YEAR`` match may hold before its year: names
# (``_SURNAME``: letters, ' ’ -), Chinese names and 等, "et al.", separators , ， & 、 . ． and whitespace. The
# year opens with a digit, which is none of them: a match from ``pos`` has its year exactly at the first character
# from ``pos`` outside this class (issue 17, stop 52).
_NOT_BEFORE_YEAR = lazy_re.compile(r"[^A-Za-z'’\-\s,，&、.．\u4e00-\u9fff]")
_YEAR_OPENINGS = ("19", "20", "2O", "1O")  # both patterns' year alternatives (_ET_AL_YEAR has the first three)


def _year_follows_names(text: str, pos: int) -> bool:
    """Can ``_AUTHOR_YEAR`` or ``_ET_AL_YEAR`` match at ``pos``: does a year open where the first character
    from ``pos`` that no author list holds stands (``_NOT_BEFORE_YEAR``)? Exact as a test that lets every match
    through; in a numbered list the next "[", "(", digit or "：" after an entry start is rarely a year, and both
    patterns (~23 µs each at an entry start, their name loops backtracking) are then not tried: 0.6 CPU-s over
    the 120 ChinaXiv dev papers."""
    stop = _NOT_BEFORE_YEAR.search(text, pos)
    return stop is not None and text.startswith(_YEAR_OPENINGS, stop.start())


def _author_year_starts(text: str) -> list[int]:
    starts = []
    for m in _ENTRY_END.finditer(text):
        pos = m.end()
        if text[pos:pos + 1] == "[":  # a Chinese translation "[阿基业，2010．…]" belongs to its entry
            continue
        if _year_follows_names(text, pos) and (_AUTHOR_YEAR.match(text, pos) or _ET_AL_YEAR.match(text, pos)) \
                and (not starts or pos - starts[-1] > 20):
            starts.append(pos)
    return starts


# An unnumbered entry after the previous one's pages: "…8586-8596. Corbeil D, Roper K,…".
_VANCOUVER_START = lazy_re.compile(
    rf"(?<=\d[.．])\s*(?=(?:{_SURNAME}\s*[,，]\s*{_SURNAME}|{_ZH_NAME}\s*[,，]\s*{_ZH_NAME})\s*[,，.])")
_LONG_ENTRY = 500  # characters; 99 % of the dev papers' entries are shorter


def _split_long(text: str, starts: list[int]) -> list[int]:
    """Split entries longer than any real one at unnumbered entry starts."""
    bounds = [0, *starts, len(text)] if not starts or starts[0] != 0 else [*starts, len(text)]
    out = set(starts)
    for s, e in pairwise(bounds):
        if e - s > _LONG_ENTRY:
            out.update(m.end() for m in _VANCOUVER_START.finditer(text, s, e) if m.end() - s > 20)
    return sorted(out)


def starts_entry(text: str) -> bool:
    """Does ``text`` begin like a reference entry (a number, or first author and year)?"""
    return bool(_NUMBER_PREFIX.match(text) or _AUTHOR_YEAR.match(text))


def split_entries(text: str, last_number: int | None = None
                  ) -> tuple[list[tuple[int, int]], int | None, bool]:
    """Spans of the reference entries in ``text`` (one block of a reference list), the last
    entry number seen (pass it to the next block: numbering runs on across blocks), and whether
    the first span starts an entry — if not, it continues the previous block's last entry
    (a page break inside a reference)."""
    starts, last = _numbered_starts(text, last_number)
    year_starts = _author_year_starts(text)
    if len(year_starts) > len(starts):  # an author–year list ("(2)" in "131 (2): 177" is no number)
        starts, last = year_starts, last_number
    starts = _split_long(text, starts)
    first_is_entry = bool(starts) and not text[:starts[0]].strip()
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    bounds = [*starts, len(text)]
    spans = []
    for s, e in pairwise(bounds):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans, last, first_is_entry


# "Authors (year) Title. Journal vol, pages" (Cell / APA style): the year in parentheses ends the
# authors ("Sandler, A., Gray,R., …, and Johnson,D.H.(2Oo6) Paclitaxel-carboplatin alone …");
# OCR reads 0 as O or o. Its title ends at the first full stop, or at a "?" before the journal.
_PAREN_YEAR = lazy_re.compile(r"[(（]\s*(?:19|20|2O|1O)[\dOo]{2}[a-z]?\s*[)）]\s*")
_AUTHOR_WORD = lazy_re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_AUTHOR_PARTICLES = frozenset({"and", "et", "al", "van", "de", "der", "den", "von", "da", "di", "du", "le", "la"})
_QUESTION_END = lazy_re.compile(r"\?(?=\s+[A-Z])")


def looks_like_authors(text: str) -> bool:
    """Is ``text`` a list of author names ("Sandler, A., Gray,R., … and Johnson,D.H.")? Every word
    is capitalised or a name particle; a title has lower-case words."""
    words = _AUTHOR_WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w.lower().rstrip(".") in _AUTHOR_PARTICLES for w in words)


def _paren_year_title_start(text: str, start: int, limit: int) -> int | None:
    """Where the title starts in an "Authors (year) Title" entry, or None for another style."""
    year = _PAREN_YEAR.search(text, start, limit)
    if year is None or not looks_like_authors(text[start:year.start()]):
        return None
    return year.end()


# A Chinese entry's translation in brackets after the English one (bilingual author–year lists:
# "GAO Y,…,2013.Effects of matrine …[J].Chin Psychopharm Bul,29(7):1012-1016.[高艳,郑萍,…,2013.苦参碱对
# 大鼠慢性酒精性肝损伤的作用…[J].中国药理学通报,29(7):1012-1016.]"): its title is a title too
_TRANSLATION_START = lazy_re.compile(r"\[\s*(?=[\u4e00-\u9fff]{2,4}\s*[,，、])")


def translation_span(text: str, after: int) -> tuple[int, int] | None:
    """The title of the bracketed Chinese translation that follows the entry's own title (which
    ends at ``after``), or None."""
    bracket = _TRANSLATION_START.search(text, after)
    if bracket is None or _ET_AL_YEAR.search(text, after, bracket.start()):
        return None  # the bracket of another entry run on after this one
    close = text.rfind("]")
    end = close if close > bracket.end() else len(text)
    s, e = reference_title_span(text[bracket.end():end])
    return (bracket.end() + s, bracket.end() + e) if e > s else None


def reference_title_spans(text: str) -> list[tuple[int, int]]:
    """The titles of one reference entry: its own, and its bracketed translation's if any."""
    own = reference_title_span(text)
    translated = translation_span(text, own[1])
    return [own, translated] if translated is not None else [own]


def reference_title_span(text: str) -> tuple[int, int]:
    """The title inside "[n] Authors. Title [J]. Journal, year…" or "n. Authors (year) Title.
    Journal…" — authors and journal names (REN Z, GAN L; *Autophagy*) are not mentions."""
    number = _NUMBER_PREFIX.match(text)
    start = number.end() if number else 0
    code = TYPE_CODE.search(text, start)
    limit = code.start() if code else len(text)
    after_year = _paren_year_title_start(text, start, limit)
    if after_year is not None:
        start = after_year
    else:
        authors = _AUTHORS_END.search(text, start, limit)
        if authors:
            start = authors.end()
    if code:
        return start, max(start, code.start())
    end = _TITLE_END_NO_CODE.search(text, start)
    if after_year is not None:
        question = _QUESTION_END.search(text, start, end.start() if end else len(text))
        if question:
            return start, question.end()
    return start, end.start() if end else len(text)

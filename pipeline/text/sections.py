"""Split an article into blocks and sections, and rejoin words split by page breaks.

The converted reviews are markdown-ish: blank-line separated blocks, ``#`` headings,
``- [n]`` references, and page furniture (author notes, funding, citation format) dropped
into the middle of the body — sometimes in the middle of a word ("相\\n\\n作者简介…\\n\\n应的").
We classify each block, mark furniture as non-body, and merge a body paragraph that stops
mid-sentence with the next body paragraph, skipping the furniture between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline import lazy_re
from pipeline.text import references as refs
from pipeline.text.normalize import cjk_ratio, normalize_block
from pipeline.text.offsets import OffsetText
from pipeline.text.references import reference_title_span  # noqa: F401  (re-exported)

# Sections whose text is searched for mentions (relations: see ScoringConfig's exclusions).
CONTENT_SECTIONS = (
    "title_zh", "abstract_zh", "keywords_zh", "title_en", "abstract_en", "keywords_en",
    "body", "references", "caption", "table",
)
# A paper's title, abstract and keywords, in either language: what it says it is about.
FRONT_SECTIONS = frozenset(CONTENT_SECTIONS[:6])
# Sections not searched: journal front matter (DOI, 收稿日期, 基金项目, affiliations, e-mails,
# author notes) and page furniture (page numbers, running headers and footers, image links).
FRONT_MATTER = "front_matter"
PAGE_FURNITURE = "page_furniture"
SEQUENCE = "sequence"  # DNA/protein sequences and alignments printed as text
FIGURE_TEXT = "figure_text"  # a chart's axis labels and values, extracted from a figure as text

_FOOTER_PREFIXES = (
    "作者简介", "通讯作者", "通信作者", "引用格式", "基金项目", "[基金项目]", "[通信作者]",
    "[作者简介]", "[通讯作者]", "收稿日期", "(收稿日期", "本文编辑", "(本文编辑", "利益冲突",
    "Corresponding author", "Funding", "Foundation item",
)
_META_PREFIXES = ("DOI:", "DOI:", "doi:", "中图分类号", "文献标志码", "文献标识码", "文章编号")
# A label may be bracketed ("【摘要】", "[关键词]", "【Key words】": the house style of several Chinese
# journals; sample ChinaXiv-202208.00087V1, ChinaXiv-201707.00700V1) and, in a manuscript printed with line
# numbers the converter did not strip, carry one ("1摘要：", "[2 关键词：", ChinaXiv-201711.01697V1): a label
# missed there left the whole paper in the unlabelled front matter, never read.
_LABEL_OPEN = r"^[\[【［〔]?\s*(?:\d{1,3}\s*)?[\[【［〔]?\s*"
_LABEL_CLOSE = r"\s*[\]】］〕]?\s*[:：.]?\s*"
_ABSTRACT_ZH = lazy_re.compile(_LABEL_OPEN + r"(摘\s*要)" + _LABEL_CLOSE)
_KEYWORDS_ZH = lazy_re.compile(_LABEL_OPEN + r"(关\s*键\s*词)" + _LABEL_CLOSE)
# "Abstrac: Objective…" (an OCR slip, sample ChinaXiv-201712.00269V1) only with its colon
_ABSTRACT_EN = lazy_re.compile(_LABEL_OPEN + r"(Abstract|Abstrac(?=\s*[:：]))" + _LABEL_CLOSE, re.IGNORECASE)
_KEYWORDS_EN = lazy_re.compile(_LABEL_OPEN + r"(Key\s*words)" + _LABEL_CLOSE, re.IGNORECASE)
# A structured abstract without its "Abstract" label, each part opened by a bracketed heading: "[目的]通过尿液…
# [方法]…", "[0bjective]To collate…" (OCR zero), "[Methods] Urine samples…" (ChinaXiv-202106.00110V1,
# ChinaXiv-202207.00211V2, ChinaXiv-202207.00217V1). Brackets required: "目的" alone opens body sentences.
_STRUCTURED_ZH = lazy_re.compile(r"^[\[【［〔]\s*((?:目\s*的|背\s*景|方\s*法|结\s*果|结\s*论))\s*[\]】］〕]\s*[:：]?\s*")
_STRUCTURED_EN = lazy_re.compile(r"^[\[【［〔]\s*((?:[O0]bjectives?|Background|Purpose|Aims?|Methods?|Results?|"
                                 r"Conclusions?))\s*[\]】］〕]\s*[:：.]?\s*", re.IGNORECASE)
# Labelled front-matter blocks: (label pattern, section, states it may follow; None = any).
_LABELLED = (
    (_ABSTRACT_ZH, "abstract_zh", ("front",)),
    (_KEYWORDS_ZH, "keywords_zh", None),
    (_ABSTRACT_EN, "abstract_en", ("front", "front_en", "keywords_zh", "abstract_zh", "references")),
    (_KEYWORDS_EN, "keywords_en", None),
    (_STRUCTURED_ZH, "abstract_zh", ("front",)),
    (_STRUCTURED_EN, "abstract_en", ("front", "front_en", "keywords_zh", "abstract_zh")),
)
# the label each section's paragraph is stripped of; a structured part's bracketed heading ("[0bjective]…") stays in the
# text, as the abstract's own words
_LABEL_PATTERN = {"abstract_zh": _ABSTRACT_ZH, "keywords_zh": _KEYWORDS_ZH, "abstract_en": _ABSTRACT_EN,
                  "keywords_en": _KEYWORDS_EN}
_FRONT_MATTER = lazy_re.compile(r"摘\s*要|关\s*键\s*词|Abstract|Key\s*words", re.IGNORECASE)
_BODY_HEADING = lazy_re.compile(
    r"^(?:\d+(?:\.\d+)*\s*\S|[一二三四五六七八九十]+[、.]|引言|前言|背景|材料与方法|方法|结果|讨论|结论|"
    r"Introduction|Background|Materials?|Methods?|Results|Discussion|Conclusions?)",
    re.IGNORECASE,
)
# Headings that end a reference list (besides numbered body sections).
_AFTER_REFERENCES = lazy_re.compile(r"^(?:附\s*录|致\s*谢|Appendix|Acknowledge?ments?|Supplementary)", re.IGNORECASE)
_HEADING = lazy_re.compile(r"^(#{1,6})(?:[ \t]+|(?=\s|$))")
_LIST = lazy_re.compile(r"^[-*+]\s+")
# A block: consecutive non-blank lines; a list item line always starts a new block.
_BLOCK = lazy_re.compile(r"[^\n]*\S[^\n]*(?:\n|$)(?:(?![ \t]*[-*+][ \t])[^\n]*\S[^\n]*(?:\n|$))*")
# A numbered section heading on a line of its own ("2.2p38MAPK对AOPPs诱导…EMT的影响"): short, no
# clause punctuation; it has no full stop but does not run on into the next paragraph
_NUMBERED_HEADING = lazy_re.compile(r"^\d+(?:\.\d+)+\s*[^\s，。；,;.:：][^，。；,;]{0,58}$")
_SENTENCE_END = lazy_re.compile(r"[。!?;:.」』”\"')\]】]$")


@dataclass
class Paragraph:
    """A unit of text: a paragraph, a heading, or one reference."""

    doc_id: str
    index: int
    section: str
    section_title: str
    text: OffsetText
    lang: str
    is_heading: bool = False

    @property
    def is_content(self) -> bool:
        return self.section in CONTENT_SECTIONS and bool(self.text.text)


@dataclass
class _Block:
    raw: OffsetText
    kind: str  # heading | list | para | table
    level: int = 0
    norm: OffsetText = field(default=None)  # type: ignore[assignment]
    rows: list[OffsetText] = field(default_factory=list)  # table rows, cells joined by " | "


_LINE_NUMBER = lazy_re.compile(r"(?m)^[ \t]*(\d{1,4})(?![\d.．、)）%~\-])[ \t]*")
_TABLE_ROW_HTML = lazy_re.compile(r"<tr\b[^>]*>.*?(?:</tr>|(?=<tr\b)|$)", re.DOTALL | re.IGNORECASE)
_CELL_BREAK = lazy_re.compile(r"(?:</t[dh]>\s*)?<t[dh]\b[^>]*>|</t[dh]>", re.IGNORECASE)
_MD_TABLE_LINE = lazy_re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_MD_RULE = lazy_re.compile(r"^[ \t]*\|?[ \t:|\-]+\|?[ \t]*$")


def strip_line_numbers(raw: OffsetText) -> OffsetText:
    """Remove the line numbers of a manuscript printed with numbered lines ("4摘要：…", "5 酮的
    抗炎作用…"): a number at a line start is one only if a neighbouring line carries the next
    or previous number; at least three numbered lines in a run."""
    found = [(m, int(m.group(1))) for m in _LINE_NUMBER.finditer(raw.text)]
    if len(found) < 3:
        return raw
    keep = set()
    for i, (_, n) in enumerate(found):
        if (i and found[i - 1][1] == n - 1) or (i + 1 < len(found) and found[i + 1][1] == n + 1):
            keep.add(found[i][0].start())
    if len(keep) < 3:
        return raw
    return raw.sub(_LINE_NUMBER, lambda m: "" if m.start() in keep else m.group(0))


def _table_rows(body: OffsetText) -> list[OffsetText]:
    """Rows of an HTML or markdown table, cells separated by " | " (normalised, offsets kept)."""
    rows = []
    if "<t" in body.text.lower():
        for m in _TABLE_ROW_HTML.finditer(body.text):
            row = body.slice(*m.span()).sub(_CELL_BREAK, " | ")
            rows.append(normalize_block(row).sub(re.compile(r"^(?:\s*\|\s*)+|(?:\s*\|\s*)+$"), ""))
    else:
        for m in re.finditer(r"[^\n]+", body.text):
            if _MD_RULE.match(m.group(0)):
                continue
            row = body.slice(*m.span())
            rows.append(normalize_block(row.sub(re.compile(r"^\s*\||\|\s*$"), "")))
    return [r for r in rows if r.text.strip(" |")]


def _is_table(block: str) -> bool:
    if "<table" in block.lower():
        return True
    lines = [line for line in block.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_MD_TABLE_LINE.match(line) for line in lines)


def _blocks(text: str) -> list[_Block]:
    blocks = []
    for m in _BLOCK.finditer(text):
        raw = OffsetText.from_original(m.group(0), base=m.start())
        if m.group(0).count("\n") >= 2:
            raw = strip_line_numbers(raw)
        first = raw.text.lstrip()
        heading = _HEADING.match(first)
        if _is_table(raw.text):
            body = raw.strip()
            blocks.append(_Block(raw, "table", 0, normalize_block(body), _table_rows(body)))
            continue
        if heading:
            kind, level = "heading", len(heading.group(1))
        elif _LIST.match(first):
            kind, level = "list", 0
        else:
            kind, level = "para", 0
        body = raw.strip()
        if kind == "heading":
            body = body.slice(_HEADING.match(body.text).end(), len(body))
        elif kind == "list":
            body = body.slice(_LIST.match(body.text).end(), len(body))
        blocks.append(_Block(raw, kind, level, normalize_block(body)))
    return blocks


# "1 PRRs" after the Chinese keywords is the first numbered section of the body, not the English title
# "# 基础研究", "# 综述", "# 论著" before the title: a journal's column heading
_COLUMN_LABEL = 5
_SECTION_NUMBER = lazy_re.compile(r"^\d+(?:\.\d+)*\s")
# A paragraph after the Chinese keywords or the English abstract with this share of CJK letters is Chinese
# prose, so the body has begun. Not a half: an introduction full of bracketed English terms ("固有免疫（innate
# immunity）是指…", ChinaXiv-201711.01754V1: 0.496) stayed unread; an English abstract or title has ~0.
_CHINESE_PROSE = 0.3


def _continue_section(paragraphs: list[Paragraph], section: str, norm: OffsetText,
                      emit: Callable[[str, OffsetText], Paragraph]) -> None:
    """A further paragraph of an abstract: joined to its last paragraph when that stopped mid-sentence (a page
    break, with front matter or page furniture between them), else a paragraph of its own in the section."""
    last = next((p for p in reversed(paragraphs) if p.section == section and not p.is_heading), None)
    if last is not None and not _SENTENCE_END.search(last.text.text):
        last.text = _join(last.text, norm)
    else:
        emit(section, norm)


def _strip_label(text: OffsetText, pattern: re.Pattern[str]) -> OffsetText:
    m = pattern.match(text.text)
    return text.slice(m.end(), len(text)) if m else text


def _lang(text: str) -> str:
    return "zh" if cjk_ratio(text) >= 0.2 else "en"


def _join(left: OffsetText, right: OffsetText) -> OffsetText:
    """Join two halves of a paragraph split by a page break."""
    a, b = left.text[-1:], right.text[:1]
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() and not (
        cjk_ratio(left.text[-20:]) > 0.5
    ):
        pos = left.ends[-1]
        space = OffsetText(" ", *[type(left.starts)("q", [pos])] * 2)
        return OffsetText.concat([left, space, right])
    return OffsetText.concat([left, right])


_INLINE_LABEL = lazy_re.compile(r"摘\s*要\s*[:：]|Abstract\s*[:：]", re.IGNORECASE)
# After the English title the authors and their affiliations may run on into the abstract in one block:
# "…Chongqing，400014 China Abstract Objectives To determine…" (validation_zh ChinaXiv-201803.00487V1),
# "…TongliaoO28o0，China） Abstract: Autophagy is…" (ChinaXiv-201811.00094V1): the label, with or without
# its colon, then a capitalised word.
_AFFILIATION_EN = lazy_re.compile(r"Department|Univ|Col+ege|Institute|Hospital|Laborator|School|Academy|Cent(?:er|re)|China")
_INLINE_LABEL_EN = lazy_re.compile(r"(?<![A-Za-z])Abstract(?=\s*[:：]|\s+[A-Z])")
_EMAIL = lazy_re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AFFILIATION = lazy_re.compile(
    r"大学|学院|研究所|研究院|医院|中心|实验室|University|College|Institute|Hospital|Laboratory|School of"
)
_POSTCODE = lazy_re.compile(r"(?<!\d)\d{6}(?!\d)")
_PAGE_NUMBER = lazy_re.compile(
    r"^(?:Page\s*\d+(?:\s*of\s*\d+)?|[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)
_IMAGE = lazy_re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_IMAGE_START = lazy_re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*(?=\S)")
_CAPTION = lazy_re.compile(
    r"^(?:续?附?[图表]|Fig(?:ure)?s?\.?|Tab(?:le)?\.?|Supplementary\s+(?:Fig(?:ure)?|Table)\.?)\s*[S]?\d+(?:[.\-–]\d+)?"
    r"(?!\d)",
    re.IGNORECASE,
)
_CAPTION_MAX = 1500  # characters; legends with abbreviation lists run to ~1,300 in the dev papers
# "图1C和图2C中,…", "图2所示…": a paragraph that starts by citing a figure, not its caption
_CITES_FIGURE = lazy_re.compile(r"[A-Za-z]?\s*(?:[和及与][图表]|中[,，的可]|所示|显示|表明|可见|[,，])")


def _front_matter(t: str, state: str) -> bool:
    """Journal front matter: DOI/CLC lines, 收稿日期, 基金项目, author notes, and — near the top
    of the paper or as short blocks — author affiliations and e-mail addresses."""
    if t.startswith(_FOOTER_PREFIXES) or (t.startswith("[") and "作者" in t[:8]):
        return True
    if t.startswith(_META_PREFIXES) or re.match(r"^\S{0,8}中图分类号", t):
        return True
    if len(t) <= 300 and "@" in t and _EMAIL.search(t):  # "@" first: _EMAIL tries every word's every start
        return True
    return bool(state == "front" and len(t) <= 400 and _AFFILIATION.search(t) and (
        _POSTCODE.search(t) or re.match(r"^[(（]?\s*\d\s*[.．、)）]|^[(（]", t)))


_SEQUENCE_RUN = lazy_re.compile(r"[ACDEFGHIKLMNPQRSTVWY\-]{20,}|[ACGTUN]{20,}")


def _is_sequence(t: str) -> bool:
    """A block that is mostly sequence letters (runs of 20+ amino-acid or nucleotide codes make up
    40 % of 300+ characters): gene names in an alignment's row labels are not statements. Primer
    tables are tables; a methods paragraph quoting a primer stays body."""
    return len(t) >= 300 and sum(map(len, _SEQUENCE_RUN.findall(t))) >= 0.4 * len(t)


# A token of a chart's scale or data: a number, a value ± its error, a ratio or a lone +/- sign
_CHART_TOKEN = lazy_re.compile(r"^[+\-−±]?(?:\d[\d.,:/±~%]*|[+\-−±])$")


def _is_figure_text(t: str) -> bool:
    """A figure's text layer printed as a paragraph: its axis scales, tick values, group labels and
    legend ("A Obatoclax (0.125 μmol/L) B MG-132 (0.3 μmol/L) + + 0.7 0.5 T Ubiquitin 0.3 0.2 0.1 0
    … β-actin MG-132 (μmol/L) 0 0 0.3 0.3"; "1.2 # … 0.0010.01 0.1 1 10 100 1000 Paeoniflorin
    (μmol/L)"). PDF-to-text conversion keeps a chart's labels as words; they name the drugs and the
    proteins of the blot, so every pair of them read as a co-mention (GUIDELINES 5.10: "a figure's
    panel letters" state no relation). Written text is words: at least 12 whitespace tokens, 40 % of
    them numbers or signs, and no Chinese full stop. In the default corpus and the 20 ChinaXiv sample
    papers this holds for 4 paragraphs, all chart text; no table row or methods paragraph qualifies."""
    tokens = t.split()
    if len(tokens) < 12 or "。" in t:
        return False
    return sum(bool(_CHART_TOKEN.match(tok)) for tok in tokens) >= 0.4 * len(tokens)


_YEAR = lazy_re.compile(r"(?:19|20)\d\d")


def _interleaved_prose(t: str) -> bool:
    """Chinese prose inside a reference list: long, full stops, no entry start, no document-type
    code or year — a reference has both."""
    return (len(t) >= 60 and cjk_ratio(t) > 0.8 and "。" in t and not refs.starts_entry(t)
            and not refs.TYPE_CODE.search(t) and not _YEAR.search(t))


def _running_lines(blocks: list[_Block]) -> set[str]:
    """Short blocks repeated on three or more pages: running headers and footers."""
    counts: dict[str, int] = {}
    for block in blocks:
        t = block.norm.text
        if 0 < len(t) <= 60:
            counts[t] = counts.get(t, 0) + 1
    return {t for t, n in counts.items() if n >= 3}


def split_sections(doc_id: str, text: str) -> list[Paragraph]:
    """Paragraphs of an article with their section, in reading order.

    Sections: title_zh/en, abstract_zh/en, keywords_zh/en, body, references (one paragraph per
    entry), table (one paragraph per row), caption, front_matter, page_furniture, sequence and
    figure_text (not read), front (unlabelled front matter)."""
    paragraphs: list[Paragraph] = []
    # Without abstract/keywords markers there is no front matter to skip: it is all body.
    state = "front" if _FRONT_MATTER.search(text[:5000]) else "body"
    section_title = ""
    seen_title_zh = False
    pending_body: Paragraph | None = None  # a body paragraph that ended mid-sentence
    last_number: int | None = None  # of the reference list's entries

    def emit(section: str, body: OffsetText, heading: bool = False) -> Paragraph:
        para = Paragraph(doc_id, len(paragraphs), section, section_title, body, "", heading)
        paragraphs.append(para)
        return para

    def emit_references(body: OffsetText, continues: bool) -> None:
        """One paragraph per entry; text before the first entry continues the previous one."""
        nonlocal last_number
        spans, last_number, first_is_entry = refs.split_entries(body.text, last_number)
        # the entry a page break (or body text of the other column) interrupted
        previous = next((p for p in reversed(paragraphs)
                         if p.section != PAGE_FURNITURE and (p.section != "body" or p.is_heading)), None)
        for i, (s, e) in enumerate(spans):
            entry = body.slice(s, e)
            if i == 0 and continues and not first_is_entry and previous is not None \
                    and previous.section == "references" and not previous.is_heading:
                previous.text = _join(previous.text, entry)
            else:
                emit("references", entry)

    blocks = _blocks(text)
    running = _running_lines(blocks)
    for block in blocks:
        norm = block.norm
        t = norm.text
        if not t:
            continue
        if block.kind == "table":
            for row in block.rows:
                emit("table", row)
            continue
        if t in running or _PAGE_NUMBER.match(t) or _IMAGE.match(t):
            emit(PAGE_FURNITURE, norm)
            continue
        image = _IMAGE_START.match(t)
        if image:  # "![](images/….jpg)图1植物多糖…": the image link, then its caption
            emit(PAGE_FURNITURE, norm.slice(0, image.end()).strip())
            norm = norm.slice(image.end(), len(norm)).strip()
            t = norm.text
        if _is_sequence(t):
            emit(SEQUENCE, norm)
            continue
        if block.kind != "heading" and _is_figure_text(t):
            emit(FIGURE_TEXT, norm)  # a body paragraph it interrupts goes on after it (pending_body)
            continue
        label = _INLINE_LABEL.search(t, 1) if state == "front" else (
            _INLINE_LABEL_EN.search(t, 1) if state == "front_en" else None)
        if label and (_front_matter(t[:label.start()].strip(), state)
                      or (state == "front_en" and _AFFILIATION_EN.search(t, 0, label.start()))):
            # "（1.四川农业大学…成都611130)摘要：自噬是…": the affiliation, then the abstract
            emit(FRONT_MATTER, norm.slice(0, label.start()).strip())
            norm = norm.slice(label.start(), len(norm))
            t = norm.text
        elif _front_matter(t, state):
            emit(FRONT_MATTER, norm)
            continue
        caption = _CAPTION.match(t) if len(t) <= _CAPTION_MAX else None
        if caption and not _CITES_FIGURE.match(t, caption.end()):
            emit("caption", norm)
            continue
        if block.kind == "heading":
            if refs.HEADING.match(t):
                state, section_title, last_number = "references", t, None
                emit("references", norm, heading=True)
                pending_body = None
                continue
            label_only = next((section for pattern, section, states in _LABELLED
                               if pattern.fullmatch(t) and (states is None or state in states)), None)
            if label_only is not None:  # "# 【Abstract】" as a heading of its own (ChinaXiv-201712.00359V1)
                state = label_only
                emit(label_only, norm, heading=True)
                continue
            if not seen_title_zh and state == "front" and cjk_ratio(t) > 0.5 and len(t) <= _COLUMN_LABEL:
                emit("front", norm, heading=True)  # "# 基础研究", "# 综述": the journal's column, not the title
                continue
            if not seen_title_zh and state == "front" and cjk_ratio(t) > 0.5:
                seen_title_zh = True
                emit("title_zh", norm, heading=True)
                continue
            if state in ("keywords_zh", "front_en") and cjk_ratio(t) < 0.2 and not _SECTION_NUMBER.match(t):
                state = "front_en"
                emit("title_en", norm, heading=True)
                continue
            if state == "references" and not _BODY_HEADING.match(t) and not _AFTER_REFERENCES.match(t):
                # "# ChinaXiv合作期刊", an English title printed after the list: the list goes on
                emit(PAGE_FURNITURE if len(t) <= 30 else "front", norm, heading=True)
                continue
            if state in ("body", "keywords_en", "references") or (
                state in ("abstract_zh", "keywords_zh", "abstract_en", "front_en") and _BODY_HEADING.match(t)
            ):  # the body starts at a section heading even without English keywords
                state = "body"
                section_title = t
                pending_body = None
                emit("body", norm, heading=True)
                continue
            emit("front", norm, heading=True)
            continue
        if refs.HEADING.match(t):  # "参考文献:" as a paragraph of its own
            state, section_title, last_number = "references", t, None
            emit("references", norm, heading=True)
            pending_body = None
            continue
        inline = refs.heading_inline(t)
        if inline and state != "references" and (
            refs.looks_like_references(t[inline.end():]) or refs.FIRST_ENTRY.match(t, inline.end())
        ):
            # "…的文献等。 参考文献 [1] 董强，…": body text, the heading and entries on one line
            before = norm.slice(0, inline.start()).strip()
            if before.text:
                emit("body" if state in ("body", "keywords_en") else "front", before)
            state, last_number, pending_body = "references", None, None
            section_title = t[inline.start():inline.end()].strip()
            emit("references", norm.slice(inline.start(), inline.end()).strip(), heading=True)
            emit_references(norm.slice(inline.end(), len(norm)), continues=False)
            continue
        closing = refs.HEADING_AT_END.search(t)
        if closing and state != "references":
            before = norm.slice(0, closing.start()).strip()
            if before.text:
                emit("body" if state in ("body", "keywords_en") else "front", before)
            state, last_number, pending_body = "references", None, None
            section_title = t[closing.start():].strip()
            emit("references", norm.slice(closing.start(), len(norm)).strip(), heading=True)
            continue
        labelled = next((section for pattern, section, states in _LABELLED
                         if pattern.match(t) and (states is None or state in states)), None)
        if labelled is not None:
            state = labelled
            emit(labelled, _strip_label(norm, _LABEL_PATTERN[labelled]))
            continue
        if state == "references":
            if _interleaved_prose(t):  # a two-column page: body text printed among the references
                emit("body", norm)
            else:
                emit_references(norm, continues=True)
            continue
        if refs.looks_like_references(t):
            # a reference list without a heading, or after an undetected one: never body text
            state, last_number, pending_body = "references", None, None
            emit_references(norm, continues=False)
            continue
        if state in ("keywords_zh", "abstract_en") and cjk_ratio(t) >= _CHINESE_PROSE:
            state = "body"  # a Chinese paper without English front matter: its body has begun
        if state in ("keywords_en", "body"):
            state = "body"
            if pending_body is not None and not _NUMBERED_HEADING.match(t):
                pending_body.text = _join(pending_body.text, norm)
                para = pending_body
            else:
                para = emit("body", norm)
            pending_body = None if _SENTENCE_END.search(para.text.text) or _NUMBERED_HEADING.match(t) else para
            continue
        if state == "abstract_zh" and cjk_ratio(t) > 0.5:
            _continue_section(paragraphs, "abstract_zh", norm, emit)
            continue
        if state == "abstract_en" and cjk_ratio(t) < 0.2 and not _front_matter(t, "front"):
            # the English abstract's next paragraph ("Osteoporotic group was statistically significant…",
            # "[Methods] Urine samples…", a page break inside it): it was left in the unread front matter
            _continue_section(paragraphs, "abstract_en", norm, emit)
            continue
        emit("front", norm)
    if not any(p.section.startswith(("abstract", "keywords")) for p in paragraphs):
        # No front matter recognised (plain text, a section of a paper): it is all body.
        for para in paragraphs:
            if para.section in ("front", "title_zh", "title_en") and not para.is_heading:
                para.section = "body"
    paragraphs = _bounded(paragraphs)
    for para in paragraphs:
        if para.section in CONTENT_SECTIONS:  # joined paragraphs: decide on the final text
            para.lang = _lang(para.text.text)
    return paragraphs


# A paragraph longer than this is not one (99.9 % of the 120 dev papers' paragraphs are under
# 2,700 characters): a file converted without line breaks, a page of run-on text. It is cut at
# sentence ends into paragraphs of at most this length, so that per-paragraph work downstream
# (pathway composition, abbreviations, the paragraph co-occurrence weight) stays bounded.
MAX_PARAGRAPH = 5000
_PARAGRAPH_CUT = (lazy_re.compile(r"[。！？!?；;]|\.(?=\s|[A-Z\u4e00-\u9fff])"), lazy_re.compile(r"[，,、：:]|\s"))


def _cuts(text: str, limit: int) -> list[int]:
    cuts, start = [], 0
    while len(text) - start > limit:
        cut = None
        for pattern in _PARAGRAPH_CUT:
            for m in pattern.finditer(text, start + limit // 2, start + limit):
                cut = m.end()
            if cut is not None:
                break
        cut = cut or start + limit
        cuts.append(cut)
        start = cut
    return cuts


def _bounded(paragraphs: list[Paragraph]) -> list[Paragraph]:
    if all(len(p.text) <= MAX_PARAGRAPH for p in paragraphs):
        return paragraphs
    out: list[Paragraph] = []
    for para in paragraphs:
        pieces = [para.text]
        if len(para.text) > MAX_PARAGRAPH:
            bounds = [0, *_cuts(para.text.text, MAX_PARAGRAPH), len(para.text)]
            pieces = [para.text.slice(a, b).strip() for a, b in pairwise(bounds)]
        for piece in pieces:
            if piece.text:
                out.append(Paragraph(para.doc_id, len(out), para.section, para.section_title, piece, para.lang,
                                     para.is_heading))
    return out

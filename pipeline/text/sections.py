"""Split an article into blocks and sections, and rejoin words split by page breaks.

The converted reviews are markdown-ish: blank-line separated blocks, ``#`` headings,
``- [n]`` references, and page furniture (author notes, funding, citation format) dropped
into the middle of the body — sometimes in the middle of a word ("相\\n\\n作者简介…\\n\\n应的").
We classify each block, mark furniture as non-body, and merge a body paragraph that stops
mid-sentence with the next body paragraph, skipping the furniture between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.text.normalize import cjk_ratio, normalize_block
from pipeline.text.offsets import OffsetText

# Sections whose text is searched for mentions and relations.
CONTENT_SECTIONS = (
    "title_zh", "abstract_zh", "keywords_zh", "title_en", "abstract_en", "keywords_en",
    "body", "references",
)

_FOOTER_PREFIXES = (
    "作者简介", "通讯作者", "通信作者", "引用格式", "基金项目", "[基金项目]", "[通信作者]",
    "[作者简介]", "[通讯作者]", "收稿日期", "(收稿日期", "本文编辑", "(本文编辑", "利益冲突",
    "Corresponding author", "Funding", "Foundation item",
)
_META_PREFIXES = ("DOI:", "DOI:", "doi:", "中图分类号", "文献标志码", "文献标识码", "文章编号")
_ABSTRACT_ZH = re.compile(r"^(摘\s*要)\s*[:：]?\s*")
_KEYWORDS_ZH = re.compile(r"^(关\s*键\s*词)\s*[:：]?\s*")
_ABSTRACT_EN = re.compile(r"^(Abstract)\s*[:：.]?\s*", re.IGNORECASE)
_KEYWORDS_EN = re.compile(r"^(Key\s*words)\s*[:：.]?\s*", re.IGNORECASE)
# Labelled front-matter blocks: (label pattern, section, states it may follow; None = any).
_LABELLED = (
    (_ABSTRACT_ZH, "abstract_zh", ("front",)),
    (_KEYWORDS_ZH, "keywords_zh", None),
    (_ABSTRACT_EN, "abstract_en", ("front", "front_en", "keywords_zh", "abstract_zh")),
    (_KEYWORDS_EN, "keywords_en", None),
)
_LABEL_PATTERN = {section: pattern for pattern, section, _ in _LABELLED}
_REFERENCES_HEADING = re.compile(r"^(参考文献|References?|Bibliography)\s*[:：]?$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"摘\s*要|关\s*键\s*词|Abstract|Key\s*words", re.IGNORECASE)
_BODY_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\s*\S|[一二三四五六七八九十]+[、.]|引言|前言|背景|材料与方法|方法|结果|讨论|结论|"
    r"Introduction|Background|Materials?|Methods?|Results|Discussion|Conclusions?)",
    re.IGNORECASE,
)
_REFERENCE_START = re.compile(r"^\[\s*\d+\s*\]")
_HEADING = re.compile(r"^(#{1,6})(?:\s+|$)")  # "#" alone on a line: an empty heading
_LIST = re.compile(r"^[-*+]\s+")
# A block: consecutive non-blank lines; a list item line always starts a new block.
_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n|$)(?:(?![ \t]*[-*+][ \t])[^\n]*\S[^\n]*(?:\n|$))*")
_SENTENCE_END = re.compile(r"[。!?;:.」』”\"')\]】]$")


_REF_NUMBER = re.compile(r"^\[\s*\d+\s*\]\s*")
_REF_AUTHORS_END = re.compile(r"(?:et al|等)\s*[.,]\s*|\.\s+(?=\S)|\.(?=[“\"\u4e00-\u9fff])")
_REF_TITLE_END = re.compile(r"\s*\[\s*(?:J|M|D|C|R|S|P|N|Z|EB/OL|J/OL)\s*\]")


def reference_title_span(text: str) -> tuple[int, int]:
    """The title inside "[n] Authors. Title [J]. Journal, year…" — authors and journal names
    (REN Z, GAN L; *Autophagy*) are not mentions."""
    number = _REF_NUMBER.match(text)
    start = number.end() if number else 0
    authors = _REF_AUTHORS_END.search(text, start)
    if authors:
        start = authors.end()
    end = _REF_TITLE_END.search(text, start)
    return start, end.start() if end else len(text)


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
    kind: str  # heading | list | para
    level: int = 0
    norm: OffsetText = field(default=None)  # type: ignore[assignment]


def _blocks(text: str) -> list[_Block]:
    blocks = []
    for m in _BLOCK.finditer(text):
        raw = OffsetText.from_original(m.group(0), base=m.start())
        first = m.group(0).lstrip()
        heading = _HEADING.match(first)
        if heading:
            kind, level = "heading", len(heading.group(1))
        elif _LIST.match(first):
            kind, level = "list", 0
        else:
            kind, level = "para", 0
        body = raw.strip()
        if kind == "heading":
            body = body.slice(len(_HEADING.match(body.text).group(0)), len(body))
        elif kind == "list":
            body = body.slice(len(_LIST.match(body.text).group(0)), len(body))
        blocks.append(_Block(raw, kind, level, normalize_block(body)))
    return blocks


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


def split_sections(doc_id: str, text: str) -> list[Paragraph]:
    """Paragraphs of an article with their section, in reading order."""
    paragraphs: list[Paragraph] = []
    # Without abstract/keywords markers there is no front matter to skip: it is all body.
    state = "front" if _FRONT_MATTER.search(text[:5000]) else "body"
    section_title = ""
    seen_title_zh = False
    pending_body: Paragraph | None = None  # a body paragraph that ended mid-sentence

    def emit(section: str, body: OffsetText, heading: bool = False) -> Paragraph:
        para = Paragraph(doc_id, len(paragraphs), section, section_title, body, "", heading)
        paragraphs.append(para)
        return para

    for block in _blocks(text):
        norm = block.norm
        t = norm.text
        if not t:
            continue
        if t.startswith(_FOOTER_PREFIXES) or (t.startswith("[") and "作者" in t[:8]):
            emit("footer", norm)
            continue
        if t.startswith(_META_PREFIXES) or re.match(r"^\S{0,8}中图分类号", t):
            emit("meta", norm)
            continue
        if block.kind == "heading":
            if _REFERENCES_HEADING.match(t):
                state, section_title = "references", t
                emit("references", norm, heading=True)
                pending_body = None
                continue
            if not seen_title_zh and state == "front" and cjk_ratio(t) > 0.5:
                seen_title_zh = True
                emit("title_zh", norm, heading=True)
                continue
            if state in ("keywords_zh", "front_en") and cjk_ratio(t) < 0.2:
                state = "front_en"
                emit("title_en", norm, heading=True)
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
        labelled = next((section for pattern, section, states in _LABELLED
                         if pattern.match(t) and (states is None or state in states)), None)
        if labelled is not None:
            state = labelled
            emit(labelled, _strip_label(norm, _LABEL_PATTERN[labelled]))
            continue
        if state == "references":
            if _REFERENCE_START.match(t) or not paragraphs or paragraphs[-1].section != "references":
                emit("references", norm)
            else:  # a reference continued after a page break
                last = paragraphs[-1]
                last.text = _join(last.text, norm)
            continue
        if state in ("keywords_zh", "abstract_en") and cjk_ratio(t) > 0.5:
            state = "body"  # a Chinese paper without English front matter: its body has begun
        if state in ("keywords_en", "body"):
            state = "body"
            if pending_body is not None:
                pending_body.text = _join(pending_body.text, norm)
                para = pending_body
            else:
                para = emit("body", norm)
            pending_body = None if _SENTENCE_END.search(para.text.text) else para
            continue
        if state == "abstract_zh" and cjk_ratio(t) > 0.5:
            paragraphs[-1].text = _join(paragraphs[-1].text, norm)
            continue
        emit("front", norm)
    if not any(p.section.startswith(("abstract", "keywords")) for p in paragraphs):
        # No front matter recognised (plain text, a section of a paper): it is all body.
        for para in paragraphs:
            if para.section in ("front", "title_zh", "title_en") and not para.is_heading:
                para.section = "body"
    for para in paragraphs:
        if para.section in CONTENT_SECTIONS:  # joined paragraphs: decide on the final text
            para.lang = _lang(para.text.text)
    return paragraphs

"""HTML to text with the standard library's ``html.parser``.

The text keeps the document's structure in the markdown-ish form the section splitter reads:
block elements end a paragraph (blank line), ``<h1>``–``<h6>`` become ``#`` headings, list
items ``- `` items, ``<br>`` a line break; whitespace collapses as a browser would (except in
``<pre>``); scripts, styles, navigation and forms are dropped; character references are
resolved. Mention offsets are into this extracted text, not into the HTML source.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from pipeline import lazy_re
from pipeline.errors import DocumentError
from pipeline.io.readers.text import decode

_SKIP = {"script", "style", "noscript", "template", "svg", "math", "nav", "head", "form",
         "button", "select", "iframe", "object", "canvas"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
          "pre", "table", "thead", "tbody", "tr", "ul", "ol", "dl", "dt", "dd", "figure",
          "figcaption", "caption", "address", "hr", "body", "li", "h1", "h2", "h3", "h4", "h5", "h6",
          "title", "summary", "details"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed",
         "source", "track", "param"}
_META_CHARSET = lazy_re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = lazy_re.compile(r"[ \t\r\n\f\v]+")
_SOFT_BREAK = lazy_re.compile(r"[ \t\r\f\v]*\n[ \t\r\n\f\v]*")  # a line break in the source
_MARKS = lazy_re.compile(r"[ \x00]*\x00[ \x00]*")
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = lazy_re.compile(f"(?<=[{_CJK}])\x00(?=[{_CJK}])")
_RUN_OF_SPACES = lazy_re.compile(r" {2,}")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []  # finished paragraphs
        self.current: list[str] = []
        self.skipping: list[str] = []  # open elements whose content is dropped
        self.pre_depth = 0
        self.title = ""
        self.in_title = False
        self.has_h1 = False

    def _flush(self) -> None:
        text = "".join(self.current)
        if not self.pre_depth:  # a source line break inside Chinese text is no space
            text = _RUN_OF_SPACES.sub(" ", _CJK_BREAK.sub("", _MARKS.sub("\x00", text)).replace("\x00", " "))
        lines = [line.strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line) if not self.pre_depth else text.strip("\n")
        if text.strip() and not set(text.strip()) <= {"#", "-", " "}:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and "head" in self.skipping:  # an unclosed <head>
            self.skipping = []
        if tag == "title" and self.skipping in ([], ["head"]):
            self.in_title = True
            return
        if tag in _SKIP:
            self.skipping.append(tag)
            return
        if self.skipping:
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "pre":
            self.pre_depth += 1
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.has_h1 = self.has_h1 or tag == "h1"
            self.current.append("#" * int(tag[1]) + " ")
        elif tag == "li":
            self.current.append("- ")
        elif tag == "br":
            self.current.append("\n")
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if tag in _SKIP:
            if tag in self.skipping:
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag):]
            return
        if self.skipping:
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skipping:
            return
        self.current.append(data if self.pre_depth else _SPACES.sub(" ", _SOFT_BREAK.sub("\x00", data)))

    def text(self) -> str:
        self._flush()
        blocks = list(self.blocks)
        title = _SPACES.sub(" ", self.title).strip()
        if title and not self.has_h1:
            blocks.insert(0, "# " + title)
        return "\n\n".join(blocks) + "\n"


def declared_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def html_to_text(markup: str) -> tuple[str, str]:
    """(text, title) of an HTML document."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    return parser.text(), _SPACES.sub(" ", parser.title).strip()


def read_html(data: bytes, path: Path | str) -> tuple[str, str, str]:
    """(text, title, encoding) of an HTML file."""
    markup, encoding = decode(data, path, declared=declared_charset(data))
    text, title = html_to_text(markup)
    if not text.strip():
        raise DocumentError("HTML without text (nothing outside scripts, styles and tags)", path)
    return text, title, encoding

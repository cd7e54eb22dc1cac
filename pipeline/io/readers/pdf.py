"""PDF to text: the text layer, read with pypdf.

pypdf's plain extraction gives one line per text line and no paragraph breaks, so paragraphs
are rebuilt from line widths: a line clearly shorter than the page's full lines (the last
line of a paragraph, a heading, a page number) ends a paragraph, and a short line without
final punctuation after a finished sentence is a paragraph (a heading) of its own. Pages are separate blocks;
the section splitter rejoins a paragraph that runs over a page break. A word hyphenated at a
line end ("differen-/tiation") is rejoined. Mention offsets are into this extracted text.

A truncated file (no end-of-file marker ``%%EOF``) and a damaged one are errors, never a partial
document; a PDF whose pages carry no text (a scan) is an error that says to run OCR.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from pathlib import Path

from pipeline import lazy_re
from pipeline.errors import DocumentError

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-PDF chatter; we report errors ourselves

_SHORT_LINE = 0.75  # of the page's typical full line width
_END = lazy_re.compile(r"[。！？!?.．]$")  # a line that ends a sentence
_HYPHEN = lazy_re.compile(r"(?<=[a-z]{2})-\n(?=[a-z]{2})")
# Metadata "titles" that are the producing tool's file name or a placeholder, not the paper's
# title: "pdfsrc.html", "Microsoft Word - draft3.docx", "untitled".
_NOT_A_TITLE = lazy_re.compile(
    r"^(?:.*\.(?:html?|pdf|docx?|rtf|tex|dvi|ps|indd|xml|txt|qxd|wpd)|microsoft word\b.*|untitled|"
    r"title|document|无标题|未命名)$",
    re.IGNORECASE,
)


def metadata_title(raw: object) -> str:
    """The title in a PDF's metadata, unless it is a file name or a placeholder (then "")."""
    title = " ".join(str(raw or "").split())
    return "" if _NOT_A_TITLE.match(title) else title


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


def paragraphs_of_page(text: str) -> list[str]:
    """Paragraphs of one page's extracted lines (see the module docstring)."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    widths = sorted(_width(line) for line in lines)
    full = widths[int(0.8 * (len(widths) - 1))]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        short = _width(line) < _SHORT_LINE * full
        if short and current and not _END.search(line) and _END.search(current[-1]):
            paragraphs.append("\n".join(current))  # a heading after a finished sentence
            current = []
        current.append(line)
        if short:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return [_HYPHEN.sub("", p) for p in paragraphs]


def read_pdf(data: bytes, path: Path | str) -> tuple[str, str]:
    """(text, title) of a PDF's text layer."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.strip():
        raise DocumentError("empty file", path)
    if b"%PDF-" not in data[:1024]:
        kind = "HTML" if b"<html" in data[:2048].lower() else "something else"
        raise DocumentError(f"not a PDF (no %PDF- header; looks like {kind}); download the file again", path)
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError("truncated PDF (its end-of-file marker is missing); download the file again", path)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF; save an unencrypted copy", path)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = metadata_title(reader.metadata.title) if reader.metadata is not None else ""
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError,
            RecursionError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DocumentError(f"damaged PDF ({type(exc).__name__}: {message}); download the file again",
                            path) from None
    blocks = [p for page in pages for p in paragraphs_of_page(page)]
    if not blocks:
        raise DocumentError(f"no text layer in {len(pages)} page(s) (a scanned PDF?); run OCR first", path)
    return "\n\n".join(blocks) + "\n", title

"""Document readers: one module per input format, one entry point ``read_file``.

| format     | files                          | reader            | documents per file |
|------------|--------------------------------|-------------------|--------------------|
| markdown   | .md .markdown                  | text.decode       | 1                  |
| text       | .txt .text                     | text.decode       | 1                  |
| html       | .html .htm .xhtml              | html.read_html    | 1                  |
| pdf        | .pdf (or any file with %PDF-)  | pdf.read_pdf      | 1                  |
| bioc-xml   | .xml                           | bioc.read_bioc_xml| one per <document> |
| bioc-json  | .json                          | bioc.read_bioc_json| one per document  |
| pubtator   | .pubtator, or .txt whose first line is PMID|t|… | pubtator.read_pubtator | one per PMID |

Plain-text encodings are detected (text.decode): UTF-8 with or without BOM, UTF-16, GB18030/
GBK. A file that cannot be read raises ``DocumentError`` with a one-line message.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import DocumentError
from pipeline.io.readers.document import Document, Passage
from pipeline.io.readers.text import decode, language_mix

FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
    ".xml": "bioc-xml", ".json": "bioc-json", ".pubtator": "pubtator",
}
SUFFIXES = tuple(FORMATS)


def format_of(path: Path | str, data: bytes | None = None) -> str:
    """The format of a file, from its name and (when given) its first bytes."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "text")
    if data is not None:
        if data[:1024].lstrip().startswith(b"%PDF-"):
            return "pdf"
        if fmt == "text":
            from pipeline.io.readers.pubtator import SNIFF

            head = data[:2048].decode("utf-8", errors="ignore").lstrip("\ufeff")
            if SNIFF.match(head):
                return "pubtator"
    return fmt


def read_file(path: Path | str, data: bytes | None = None, file_id: str | None = None) -> list[Document]:
    """The documents in one file; ``file_id`` names a single-document file (default: stem)."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"cannot read ({exc.strerror})", path) from None
    file_id = file_id or path.stem
    fmt = format_of(path, data)
    if fmt in ("markdown", "text"):
        text, encoding = decode(data, path)
        return [Document(file_id, text, fmt, encoding)]
    if fmt == "html":
        from pipeline.io.readers.html import read_html

        text, title, encoding = read_html(data, path)
        return [Document(file_id, text, fmt, encoding, title)]
    if fmt == "pdf":
        from pipeline.io.readers.pdf import read_pdf

        text, title = read_pdf(data, path)
        return [Document(file_id, text, fmt, "", title)]
    if fmt == "bioc-xml":
        from pipeline.io.readers.bioc import read_bioc_xml

        return read_bioc_xml(data, path, file_id)
    if fmt == "bioc-json":
        from pipeline.io.readers.bioc import read_bioc_json

        return read_bioc_json(data, path, file_id)
    if fmt == "pubtator":
        from pipeline.io.readers.pubtator import read_pubtator

        return read_pubtator(data, path)
    raise DocumentError(f"unknown format {fmt!r}", path)  # pragma: no cover


__all__ = ["FORMATS", "SUFFIXES", "Document", "Passage", "decode", "format_of", "language_mix", "read_file"]

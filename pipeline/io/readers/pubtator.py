"""PubTator (PubMed abstracts): ``PMID|t|title`` and ``PMID|a|abstract`` lines, annotation
lines (tab-separated, ignored: we annotate ourselves), a blank line between documents.

The PMID is the doc_id. The text is the title as a heading, a blank line, the abstract; the
two passages keep PubTator's offsets (title at 0, abstract at len(title) + 1), so mentions
are written back in PubTator coordinates.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline import lazy_re
from pipeline.errors import DocumentError
from pipeline.io.readers.document import Document, assemble
from pipeline.io.readers.text import decode

_LINE = lazy_re.compile(r"^([^|\t]+)\|([ta])\|(.*)$")
SNIFF = lazy_re.compile(r"^\s*[^|\t\s]+\|t\|", re.MULTILINE)


def read_pubtator(data: bytes, path: Path | str) -> list[Document]:
    raw, encoding = decode(data, path)
    records: dict[str, dict[str, str]] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        found = _LINE.match(line)
        if found:
            pmid, kind, text = found.group(1).strip(), found.group(2), found.group(3)
            records.setdefault(pmid, {})[kind] = text
        elif "\t" not in line:
            raise DocumentError(f"malformed PubTator line {line[:40]!r} (expected PMID|t|, PMID|a| "
                                "or a tab-separated annotation)", path, number)
    if not records:
        raise DocumentError("not PubTator: no 'PMID|t|title' line", path)
    documents = []
    for pmid, parts in records.items():
        title, abstract = parts.get("t", ""), parts.get("a", "")
        pieces = [(title, 0, {"type": "title"}), (abstract, len(title) + 1, {"type": "abstract"})]
        document = assemble(pmid, "pubtator", pieces, encoding)
        document.title = title
        if not document.text.strip():
            document.error = f"PubTator document {pmid} has neither title nor abstract"
        documents.append(document)
    return documents

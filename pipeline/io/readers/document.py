"""What every reader returns: a document's text and where its parts came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from pipeline import lazy_re

_REFERENCES = lazy_re.compile(r"^(references?|bibliography|参考文献)\s*[:：]?$", re.IGNORECASE)
_TITLE_TYPE = lazy_re.compile(r"^(?:abstract_)?title(?:_(\d))?$")


@dataclass
class Passage:
    """A piece of the source (a BioC passage, a PubTator title or abstract) inside the text."""

    start: int  # offsets into Document.text
    end: int
    offset: int  # where the piece starts in the source's own coordinates (BioC/PubTator offset)
    infons: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    """One document read from a file. ``text`` is what is annotated; mention offsets are
    characters of it (for .md/.txt the decoded file, for HTML/PDF/BioC/PubTator the
    extracted text, see docs/batch.md). ``error`` is set for a document that could not be
    read inside a file that holds several (a BioC document without text)."""

    doc_id: str
    text: str
    format: str
    encoding: str = ""
    title: str = ""
    passages: list[Passage] = field(default_factory=list)
    error: str = ""

    def passage_at(self, position: int) -> Passage | None:
        """The passage holding text offset ``position`` (None between passages)."""
        starts = [p.start for p in self.passages]
        i = bisect_right(starts, position) - 1
        if i >= 0 and self.passages[i].start <= position <= self.passages[i].end:
            return self.passages[i]
        return None

    def passages_json(self) -> list[dict]:
        return [asdict(p) for p in self.passages]


def heading_level(infons: dict[str, str]) -> int:
    """Markdown heading level of a BioC passage type (0: not a heading).

    PubTator and PubMed BioC use ``title``; PMC BioC ``front`` (the article title),
    ``title_1``… (section headings) and ``abstract_title_1``.
    """
    kind = (infons.get("type") or "").strip().lower()
    if kind == "front" or (infons.get("section_type") or "").upper() == "TITLE" and kind in ("", "title"):
        return 1
    found = _TITLE_TYPE.match(kind)
    if not found:
        return 0
    return min(6, 1 + int(found.group(1))) if found.group(1) else 1


def assemble(doc_id: str, fmt: str, pieces: list[tuple[str, int, dict[str, str]]], encoding: str = "",
             ) -> Document:
    """A document from (text, source offset, infons) pieces, in reading order.

    Pieces are separated by a blank line; titles become ``#`` headings and references are
    numbered ``[n]`` under a "References" heading (added when the source has none), so the
    section splitter sees the same structure as in a markdown paper. Only text inside a
    passage maps back to the source (``Passage``); the added markup does not.
    """
    parts: list[str] = []
    passages: list[Passage] = []
    pos = 0
    last_heading = ""
    n_refs = 0
    title = ""

    def put(text: str) -> int:
        nonlocal pos
        parts.append(text)
        pos += len(text)
        return pos

    for text, offset, infons in pieces:
        text = text.strip("\n")
        if not text.strip():
            continue
        level = heading_level(infons)
        kind = (infons.get("type") or "").lower()
        is_ref = kind == "ref" or (infons.get("section_type") or "").upper() == "REF" and not level
        if is_ref and not _REFERENCES.match(last_heading):
            put("# References\n\n")
            last_heading = "References"
        if level:
            text = text.replace("\n", " ")  # a heading is one line (same length: offsets hold)
            put("#" * level + " ")
            last_heading = text.strip()
            title = title or (text.strip() if level == 1 else "")
        elif is_ref:
            n_refs += 1
            if not text.lstrip().startswith("["):
                put(f"[{n_refs}] ")
        start = pos
        end = put(text)
        passages.append(Passage(start, end, offset, dict(infons)))
        put("\n\n")
    return Document(doc_id, "".join(parts), fmt, encoding, title, passages)

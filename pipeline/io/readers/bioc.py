"""BioC XML and JSON (NCBI's format for PubMed/PMC text and annotations): one document each.

XML is read with the ``bioc`` package (lxml underneath); JSON with the standard library,
leniently: a collection, a list of collections, PubTator3's ``{"PubTator3": [...]}`` export
or a single document all work. Passages are concatenated in order (see
``document.assemble``); each keeps its BioC offset and infons (type, section_type), so
mentions can be written back in BioC coordinates.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from pipeline.errors import DocumentError
from pipeline.io.readers.document import Document, assemble
from pipeline.io.readers.text import decode


def _pieces_of_sentences(sentences: list[tuple[int, str]], passage_offset: int) -> str:
    """Passage text rebuilt from its sentences (BioC may carry text only at sentence level)."""
    out = ""
    for offset, text in sorted(sentences):
        gap = offset - passage_offset - len(out)
        out += " " * max(gap, 1 if out else 0) + (text or "")
    return out


def _document(doc_id: str, fmt: str, passages: list[tuple[str, int, dict]], path) -> Document:
    document = assemble(doc_id, fmt, passages)
    if not document.text.strip():
        document.error = f"BioC document {doc_id} has no text"
    return document


def read_bioc_xml(data: bytes, path: Path | str, file_id: str) -> list[Document]:
    from bioc.biocxml.decoder import BioCXMLDecoder
    from lxml import etree

    if not data.strip():
        raise DocumentError("empty file", path)
    try:
        collection = BioCXMLDecoder().decode(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"malformed BioC XML: {exc.msg}", path, exc.lineno or None) from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise DocumentError(f"malformed BioC XML ({type(exc).__name__}: {exc})", path) from None
    if b"<collection" not in data[:4096] or not collection.documents:
        raise DocumentError("not BioC XML: no <collection> with <document> elements", path)
    documents = []
    for n, doc in enumerate(collection.documents, start=1):
        pieces = []
        for p in doc.passages:
            text = p.text if p.text is not None else _pieces_of_sentences(
                [(s.offset, s.text) for s in p.sentences], p.offset)
            pieces.append((text, p.offset, dict(p.infons)))
        documents.append(_document((doc.id or "").strip() or f"{file_id}#{n}", "bioc-xml", pieces, path))
    return documents


def _documents_in(obj) -> list[dict]:
    if isinstance(obj, list):
        return [d for item in obj for d in _documents_in(item)]
    if not isinstance(obj, dict):
        return []
    if isinstance(obj.get("documents"), list):
        return [d for d in obj["documents"] if isinstance(d, dict)]
    if isinstance(obj.get("PubTator3"), list):
        return [d for d in obj["PubTator3"] if isinstance(d, dict)]
    if isinstance(obj.get("passages"), list):
        return [obj]
    return []


def read_bioc_json(data: bytes, path: Path | str, file_id: str) -> list[Document]:
    raw, _ = decode(data, path)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"malformed BioC JSON: {exc.msg} (column {exc.colno})", path, exc.lineno) from None
    found = _documents_in(obj)
    if not found:
        raise DocumentError('not BioC JSON: no "documents" with "passages"', path)
    documents = []
    for n, doc in enumerate(found, start=1):
        doc_id = str(doc.get("id") or doc.get("pmid") or "").strip() or f"{file_id}#{n}"
        try:
            pieces = []
            for p in doc.get("passages") or []:
                offset = int(p.get("offset", 0))
                text = p.get("text")
                if text is None:
                    text = _pieces_of_sentences(
                        [(int(s.get("offset", 0)), s.get("text") or "") for s in p.get("sentences") or []], offset)
                infons = {str(k): str(v) for k, v in (p.get("infons") or {}).items() if v is not None}
                pieces.append((str(text), offset, infons))
        except (AttributeError, TypeError, ValueError) as exc:
            documents.append(Document(doc_id, "", "bioc-json", error=f"malformed BioC passage ({exc})"))
            continue
        documents.append(_document(doc_id, "bioc-json", pieces, path))
    return documents

"""Mentions and relations in PubTator format, for abstracts (title + abstract documents).

    PMID|t|title
    PMID|a|abstract
    PMID<TAB>start<TAB>end<TAB>text<TAB>type<TAB>identifier
    PMID<TAB>relation type<TAB>identifier 1<TAB>identifier 2

Offsets are PubTator's (title from 0, abstract from len(title) + 1). Written for documents read
from PubTator, and for BioC documents that are exactly a title and an abstract; full texts
have no PubTator form (use the BioC output).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # frames are only passed through: pandas is imported where they are built
    import pandas as pd

from pipeline.io.bioc_writer import BIOC_TYPES, document_pair_rows, locate


def is_abstract(record) -> bool:
    kinds = [(p["infons"].get("type") or "").lower() for p in record.passages]
    return bool(kinds) and kinds[0] == "title" and kinds[1:] in ([], ["abstract"])


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")  # same length: offsets hold


def pubtator_block(record, doc_facts, mentions: list[tuple], known: dict[str, str]) -> str:
    """One abstract's lines (ending in a newline). ``mentions``: the document's, as
    ``bioc_writer.mentions_by_document`` gives them; ``known``: relation_id -> label."""
    lines = pubtator_head_lines(record, mentions)
    lines += pubtator_relation_lines(record.doc_id, document_pair_rows(doc_facts), known)
    return "\n".join(lines) + "\n"


def pubtator_head_lines(record, mentions: list[tuple]) -> list[str]:
    """The title, abstract and mention lines: all of the block that needs only the document
    (a batch's workers render them while the others are annotated: batch/rendered.py)."""
    pmid = record.doc_id
    parts = {(p["infons"].get("type") or "").lower(): record.text[p["start"]:p["end"]] for p in record.passages}
    lines = [f"{pmid}|t|{_one_line(parts.get('title', ''))}", f"{pmid}|a|{_one_line(parts.get('abstract', ''))}"]
    for m_start, m_end, entity_id, entity_type, _name, _how in mentions:
        where = locate(record.passages, int(m_start), int(m_end))
        if where is None:
            continue
        start = where[1]
        end = start + int(m_end) - int(m_start)
        kind = BIOC_TYPES.get(entity_type, entity_type.title())
        lines.append(f"{pmid}\t{start}\t{end}\t{_one_line(record.text[int(m_start):int(m_end)])}\t{kind}\t{entity_id}")
    return lines


def pubtator_relation_lines(pmid: str, pair_rows, known: dict[str, str]) -> list[str]:
    """A relation line for each of the document's pairs (``bioc_writer.document_pair_rows``)
    that was written (``known``: relation_id -> label)."""
    lines = []
    for rid, a_id, b_id, _, _ in pair_rows:
        if rid in known:
            label = known[rid] if isinstance(known[rid], str) and known[rid] else "co-mention"
            lines.append(f"{pmid}\t{label}\t{a_id}\t{b_id}")
    return lines


def pubtator_text(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> str:
    from pipeline.io.bioc_writer import mentions_by_document

    by_doc = mentions_by_document(mentions)
    known = dict(zip(relations["relation_id"], relations["label"] if "label" in relations else [""] * len(relations)))
    blocks = [pubtator_block(record, doc_facts, by_doc.get(record.doc_id, []), known)
              for record, doc_facts in zip(records, facts) if is_abstract(record)]
    return "\n".join(blocks)

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

import pandas as pd

from pipeline.io.bioc_writer import BIOC_TYPES, document_pairs, locate


def is_abstract(record) -> bool:
    kinds = [(p["infons"].get("type") or "").lower() for p in record.passages]
    return bool(kinds) and kinds[0] == "title" and kinds[1:] in ([], ["abstract"])


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")  # same length: offsets hold


def pubtator_block(record, doc_facts, mentions: list[tuple], known: dict[str, str]) -> str:
    """One abstract's lines (ending in a newline). ``mentions``: the document's, as
    ``bioc_writer.mentions_by_document`` gives them; ``known``: relation_id -> label."""
    from pipeline.relations.comention import relation_id

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
    for (_, a_id), (_, b_id) in document_pairs(doc_facts):
        rid = relation_id(a_id, b_id)
        if rid in known:
            label = known[rid] if isinstance(known[rid], str) and known[rid] else "co-mention"
            lines.append(f"{pmid}\t{label}\t{a_id}\t{b_id}")
    return "\n".join(lines) + "\n"


def pubtator_text(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> str:
    from pipeline.io.bioc_writer import mentions_by_document

    by_doc = mentions_by_document(mentions)
    known = dict(zip(relations["relation_id"], relations["label"] if "label" in relations else [""] * len(relations)))
    blocks = [pubtator_block(record, doc_facts, by_doc.get(record.doc_id, []), known)
              for record, doc_facts in zip(records, facts) if is_abstract(record)]
    return "\n".join(blocks)

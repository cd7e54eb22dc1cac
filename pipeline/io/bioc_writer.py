"""Mentions and relations as BioC JSON (and XML), readable by PubTator-compatible tools.

One BioC document per input document. For BioC and PubTator inputs the passages are the
source's own (same offsets and infons), so annotations land in the source's coordinates; for
other formats there is one passage holding the extracted text at offset 0. Annotations carry
``type`` (Gene, Chemical, Herb, Pathway), ``identifier`` (our entity id, e.g. HGNC:4556),
``name`` and ``how``; document-level relations are the pairs co-mentioned in a sentence of
that document, with the corpus-wide ``relation_id``, ``score`` and (when typed) ``label``.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pandas as pd

BIOC_TYPES = {"GENE": "Gene", "COMPOUND": "Chemical", "HERB": "Herb", "PATHWAY": "Pathway"}


def _passages(record) -> list[dict]:
    if record.passages:
        return record.passages
    return [{"start": 0, "end": len(record.text), "offset": 0, "infons": {"type": "text"}}]


def locate(passages: list[dict], start: int, end: int) -> tuple[int, int] | None:
    """(passage index, source offset) of a text span inside one passage; None otherwise."""
    for i, p in enumerate(passages):
        if p["start"] <= start and end <= p["end"]:
            return i, p["offset"] + start - p["start"]
    return None


def document_pairs(facts) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Entity pairs co-mentioned in a sentence of one document, in canonical order."""
    from pipeline.relations.comention import ordered

    pairs: dict = {}
    for s in facts.sentences:
        ents = sorted({(m.label, m.entity_id) for m in s.mentions})
        for x, y in combinations(ents, 2):
            pairs.setdefault(ordered(x, y), None)
    return list(pairs)


def bioc_collection(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame):
    """A ``bioc.BioCCollection`` of the documents (``records`` and ``facts`` in the same order)."""
    import bioc

    from pipeline.relations.comention import relation_id

    by_doc: dict[str, list] = defaultdict(list)
    for row in mentions.itertuples(index=False):
        by_doc[row.doc_id].append(row)
    labels = relations["label"] if "label" in relations else [""] * len(relations)
    known = {rid: (float(score), label if isinstance(label, str) else "")
             for rid, score, label in zip(relations["relation_id"], relations["score"], labels)}
    collection = bioc.BioCCollection()
    collection.source = "tcm-pipeline"
    collection.date = ""
    collection.key = "tcm-pipeline.key"
    for record, doc_facts in zip(records, facts):
        document = bioc.BioCDocument()
        document.id = record.doc_id
        document.infons = {"format": record.format, "language": record.language}
        if record.title:
            document.infons["title"] = record.title
        passages = _passages(record)
        bioc_passages = []
        for p in passages:
            passage = bioc.BioCPassage()
            passage.offset = p["offset"]
            passage.infons = dict(p["infons"])
            passage.text = record.text[p["start"]:p["end"]]
            bioc_passages.append(passage)
            document.add_passage(passage)
        first_annotation: dict[str, str] = {}
        n = 0
        for m in sorted(by_doc.get(record.doc_id, []), key=lambda r: (r.start, r.end, r.entity_id)):
            where = locate(passages, int(m.start), int(m.end))
            if where is None:  # a mention across passages (rejoined over a page break)
                continue
            n += 1
            ann = bioc.BioCAnnotation()
            ann.id = f"T{n}"
            ann.infons = {"type": BIOC_TYPES.get(m.entity_type, m.entity_type.title()),
                          "identifier": m.entity_id, "name": m.entity_name or m.entity_name_zh, "how": m.how}
            ann.text = record.text[int(m.start):int(m.end)]
            ann.add_location(bioc.BioCLocation(where[1], int(m.end) - int(m.start)))
            bioc_passages[where[0]].add_annotation(ann)
            first_annotation.setdefault(m.entity_id, ann.id)
        for k, ((a_label, a_id), (b_label, b_id)) in enumerate(document_pairs(doc_facts), start=1):
            rid = relation_id(a_id, b_id)
            if rid not in known or a_id not in first_annotation or b_id not in first_annotation:
                continue
            score, label = known[rid]
            relation = bioc.BioCRelation()
            relation.id = f"R{k}"
            relation.infons = {"type": "co-mention", "relation_id": rid, "score": f"{score:.6f}"}
            if label:
                relation.infons["label"] = label
            relation.add_node(bioc.BioCNode(first_annotation[a_id], BIOC_TYPES.get(a_label, a_label.title())))
            relation.add_node(bioc.BioCNode(first_annotation[b_id], BIOC_TYPES.get(b_label, b_label.title())))
            document.add_relation(relation)
        collection.add_document(document)
    return collection


def bioc_json_bytes(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> bytes:
    from bioc import biocjson

    collection = bioc_collection(records, facts, mentions, relations)
    # compact: with an indent, json falls back to its pure-Python encoder (5x slower)
    return (biocjson.dumps(collection, ensure_ascii=False) + "\n").encode("utf-8")


def bioc_xml_bytes(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> bytes:
    from bioc import biocxml

    return biocxml.dumps(bioc_collection(records, facts, mentions, relations)).encode("utf-8")

"""Mentions and relations as BioC JSON (and XML), readable by PubTator-compatible tools.

One BioC document per input document. For BioC and PubTator inputs the passages are the
source's own (same offsets and infons), so annotations land in the source's coordinates; for
other formats there is one passage holding the extracted text at offset 0. Annotations carry
``type`` (Gene, Chemical, Herb, Pathway), ``identifier`` (our entity id, e.g. HGNC:4556),
``name`` and ``how``; document-level relations are the pairs co-mentioned in a sentence of
that document, with the corpus-wide ``relation_id``, ``score`` and (when typed) ``label``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # frames are only passed through: pandas is imported where they are built
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
    from pipeline.relations.pairs import _canonical_key

    pairs: dict = {}
    keys: dict[tuple[str, str], tuple] = {}  # each entity's canonical key once (pairs.ordered)
    for s in facts.sentences:
        ents = sorted({(m.label, m.entity_id) for m in s.mentions})
        if len(ents) < 2:
            continue
        for e in ents:
            if e not in keys:
                keys[e] = _canonical_key(e)
        for x, y in combinations(ents, 2):
            pairs.setdefault((x, y) if keys[x] <= keys[y] else (y, x), None)
    return list(pairs)


def mentions_by_document(mentions: pd.DataFrame) -> dict[str, list[tuple]]:
    """doc_id -> its mentions as (start, end, entity_id, entity_type, name, how) tuples, in
    BioC order (by start, end, entity id)."""
    by_doc: dict[str, list[tuple]] = defaultdict(list)
    if not len(mentions):
        return by_doc
    name = [n or z for n, z in zip(mentions["entity_name"].tolist(), mentions["entity_name_zh"].tolist())]
    for doc_id, *row in zip(mentions["doc_id"].tolist(), mentions["start"].tolist(), mentions["end"].tolist(),
                            mentions["entity_id"].tolist(), mentions["entity_type"].tolist(), name,
                            mentions["how"].tolist()):
        by_doc[doc_id].append(tuple(row))
    for rows in by_doc.values():
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return by_doc


def known_relations(relations: pd.DataFrame) -> dict[str, tuple[float, str]]:
    """relation_id -> (score, label or "") of the relations written."""
    labels = relations["label"] if "label" in relations else [""] * len(relations)
    return {rid: (float(score), label if isinstance(label, str) else "")
            for rid, score, label in zip(relations["relation_id"], relations["score"], labels)}


def _role(entity_type: str) -> str:
    """The BioC type of an entity type (an annotation's infon "type", a relation node's role)."""
    return BIOC_TYPES.get(entity_type) or entity_type.title()


def _placed(passages: list[dict], mentions: list[tuple]):
    """(passage number, offset in the passage, annotation id, start, end, entity id, entity
    type, name, how) of each mention that lies inside one passage, ids T1, T2, … in order; a
    mention across passages (rejoined over a page break) is left out."""
    n = 0
    for start, end, entity_id, entity_type, name, how in mentions:
        start, end = int(start), int(end)
        where = locate(passages, start, end)
        if where is None:
            continue
        n += 1
        yield where[0], where[1], f"T{n}", start, end, entity_id, entity_type, name, how


def _written_pairs(pair_rows, first_annotation: dict[str, str], known: dict[str, tuple[float, str]]):
    """(number, relation id, score, label, a's annotation id, a's role, b's …) of the pairs of
    ``pair_rows`` (:func:`document_pair_rows`) that were written (``known``) and have both ends
    annotated, numbered by their place among all the document's pairs."""
    for k, (rid, a_id, b_id, a_role, b_role) in enumerate(pair_rows, start=1):
        a_ref, b_ref = first_annotation.get(a_id), first_annotation.get(b_id)
        if a_ref is None or b_ref is None or rid not in known:
            continue
        score, label = known[rid]
        yield k, rid, score, label, a_ref, a_role, b_ref, b_role


def bioc_document(record, facts, mentions: list[tuple], known: dict[str, tuple[float, str]]) -> dict:
    """One document as a BioC JSON object (the dict ``bioc.biocjson`` writes for a BioCDocument).

    ``mentions``: the document's, as :func:`mentions_by_document` gives them; ``known``: the
    corpus-wide relations (:func:`known_relations`), of which the document's co-mentioned
    pairs are written. Plain dicts, not ``bioc`` objects: on 640 documents (35k annotations,
    32k relations) building the objects took 0.86 s and the library's encoder turning them
    back into dicts for ``json`` 0.48 s, 1.34 of the 1.41 s of the BioC file; these dicts and
    ``json.dumps`` take 0.6 s (CPU time). Tests hold the bytes equal to what the library
    writes for the same documents (tests/test_batch_outputs.py); :func:`bioc_collection`
    gives the library's objects.
    """
    text = record.text
    passages = _passages(record)
    bioc_passages = [{"bioctype": "BioCPassage", "offset": p["offset"], "infons": dict(p["infons"]),
                      "text": text[p["start"]:p["end"]], "sentences": [], "annotations": [], "relations": []}
                     for p in passages]
    first_annotation: dict[str, str] = {}
    for where, offset, ann_id, start, end, entity_id, entity_type, name, how in _placed(passages, mentions):
        bioc_passages[where]["annotations"].append({
            "id": ann_id,
            "infons": {"type": _role(entity_type), "identifier": entity_id, "name": name, "how": how},
            "text": text[start:end],
            "locations": [{"offset": offset, "length": end - start}],
        })
        first_annotation.setdefault(entity_id, ann_id)
    relations = []
    for k, rid, score, label, a_ref, a_role, b_ref, b_role in _written_pairs(document_pair_rows(facts), first_annotation, known):
        infons = {"type": "co-mention", "relation_id": rid, "score": f"{score:.6f}"}
        if label:
            infons["label"] = label
        relations.append({"id": f"R{k}", "infons": infons, "nodes": [
            {"refid": a_ref, "role": a_role}, {"refid": b_ref, "role": b_role}]})
    infons = {"format": record.format, "language": record.language}
    if record.title:
        infons["title"] = record.title
    return {"bioctype": "BioCDocument", "id": record.doc_id, "infons": infons, "passages": bioc_passages,
            "annotations": [], "relations": relations}


_string = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str


def _number(value) -> str:
    return str(value) if type(value) is int else json.dumps(value)


@lru_cache(maxsize=65536)
def _annotation_infons(entity_type: str, entity_id: str, name: str, how: str) -> str:
    """An annotation's infons as JSON text: the same few hundred entities recur over a corpus."""
    return json.dumps({"type": _role(entity_type), "identifier": entity_id, "name": name, "how": how},
                      ensure_ascii=False)


def bioc_document_json(record, facts, mentions: list[tuple], known: dict[str, tuple[float, str]]) -> str:
    """One document's BioC JSON text (compact), as it appears inside the collection: the text
    ``json.dumps(bioc_document(...), ensure_ascii=False)`` gives, written directly.

    Building the dicts and encoding them took ~0.8 s of the outputs of the 16x benchmark corpus
    (640 documents, 35k annotations); here strings go through json's own string encoder, the
    annotation infons are encoded once per entity, and what is not of a fixed shape (passage
    and document infons) through ``json.dumps``. Tests hold the text equal to ``json.dumps`` of
    :func:`bioc_document` on the bundled corpus and the synthetic one
    (tests/test_bioc_writer_fast.py) and the file equal to the bioc library's.

    Written in two parts (:func:`bioc_document_head`, :func:`bioc_relations_json`) because only
    the relations depend on the whole corpus (their scores and labels): a batch's workers render
    the head and the document's pairs while the others are annotated (batch/rendered.py)."""
    head, first_annotation = bioc_document_head(record, mentions)
    return head + bioc_relations_json(document_pair_rows(facts), first_annotation, known) + "]}"


def document_pair_rows(facts) -> list[tuple[str, str, str, str, str]]:
    """(relation id, a's id, b's id, a's BioC role, b's BioC role) of the document's
    co-mentioned pairs, in :func:`document_pairs` order: what its BioC relations and PubTator
    relation lines are made of, once the corpus-wide relations are known."""
    from pipeline.relations.comention import relation_id

    return [(relation_id(a_id, b_id), a_id, b_id, _role(a_label), _role(b_label))
            for (a_label, a_id), (b_label, b_id) in document_pairs(facts)]


def bioc_document_head(record, mentions: list[tuple]) -> tuple[str, dict[str, str]]:
    """The document's BioC JSON text up to its relations (``… "relations": [``) and each
    annotated entity's first annotation id: all of it that needs only the document."""
    text = record.text
    passages = _passages(record)
    annotations: list[list[str]] = [[] for _ in passages]
    first_annotation: dict[str, str] = {}
    for where, offset, ann_id, start, end, entity_id, entity_type, name, how in _placed(passages, mentions):
        annotations[where].append(
            f'{{"id": "{ann_id}", "infons": {_annotation_infons(entity_type, entity_id, name, how)}, '
            f'"text": {_string(text[start:end])}, '
            f'"locations": [{{"offset": {_number(offset)}, "length": {end - start}}}]}}')
        first_annotation.setdefault(entity_id, ann_id)
    parts = [f'{{"bioctype": "BioCPassage", "offset": {_number(p["offset"])}, '
             f'"infons": {json.dumps(dict(p["infons"]), ensure_ascii=False)}, '
             f'"text": {_string(text[p["start"]:p["end"]])}, "sentences": [], '
             f'"annotations": [{", ".join(anns)}], "relations": []}}'
             for p, anns in zip(passages, annotations)]
    infons = {"format": record.format, "language": record.language}
    if record.title:
        infons["title"] = record.title
    head = (f'{{"bioctype": "BioCDocument", "id": {json.dumps(record.doc_id, ensure_ascii=False)}, '
            f'"infons": {json.dumps(infons, ensure_ascii=False)}, "passages": [{", ".join(parts)}], '
            f'"annotations": [], "relations": [')
    return head, first_annotation


def bioc_relations_json(pair_rows, first_annotation: dict[str, str], known: dict[str, tuple[float, str]]) -> str:
    """The document's relation objects, joined (what goes between its head and ``]}``): the
    pairs of ``pair_rows`` (:func:`document_pair_rows`) that were written (``known``) with both
    ends annotated, numbered by their place among all the document's pairs."""
    relations = []
    for k, rid, score, label, a_ref, a_role, b_ref, b_role in _written_pairs(pair_rows, first_annotation, known):
        extra = f', "label": {_string(label)}' if label else ""
        relations.append(
            f'{{"id": "R{k}", "infons": {{"type": "co-mention", "relation_id": {_string(rid)}, '
            f'"score": "{score:.6f}"{extra}}}, "nodes": ['
            f'{{"refid": "{a_ref}", "role": {_string(a_role)}}}, {{"refid": "{b_ref}", "role": {_string(b_role)}}}]}}')
    return ", ".join(relations)


def _collection_head() -> dict:
    return {"bioctype": "BioCCollection", "source": "tcm-pipeline", "date": "", "key": "tcm-pipeline.key",
            "version": "1.0", "infons": {}, "documents": []}


def collection_head_json() -> str:
    """The collection's JSON up to its first document (what a streaming writer starts with)."""
    head = json.dumps(_collection_head(), ensure_ascii=False)
    assert head.endswith("[]}")
    return head[:-2]


def bioc_collection_json(documents: Iterable[str]) -> str:
    """The collection holding documents already written by :func:`bioc_document_json`."""
    head = json.dumps(_collection_head(), ensure_ascii=False)
    assert head.endswith("[]}")
    return head[:-2] + ", ".join(documents) + "]}"


def bioc_json_bytes(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> bytes:
    """The BioC JSON file: byte for byte what ``bioc.biocjson.dumps(bioc_collection(…))`` writes."""
    by_doc, known = mentions_by_document(mentions), known_relations(relations)
    documents = (bioc_document_json(record, doc_facts, by_doc.get(record.doc_id, []), known)
                 for record, doc_facts in zip(records, facts))
    # compact: with an indent, json falls back to its pure-Python encoder (5x slower)
    return (bioc_collection_json(documents) + "\n").encode("utf-8")


def bioc_collection(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame):
    """A ``bioc.BioCCollection`` of the documents (``records`` and ``facts`` in the same order)."""
    from bioc.biocjson.decoder import parse_collection

    by_doc, known = mentions_by_document(mentions), known_relations(relations)
    collection = _collection_head()
    collection["documents"] = [bioc_document(record, doc_facts, by_doc.get(record.doc_id, []), known)
                               for record, doc_facts in zip(records, facts)]
    return parse_collection(collection)


def bioc_xml_bytes(records, facts, mentions: pd.DataFrame, relations: pd.DataFrame) -> bytes:
    from bioc import biocxml

    return biocxml.dumps(bioc_collection(records, facts, mentions, relations)).encode("utf-8")

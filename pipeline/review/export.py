"""`python -m pipeline export --accepted`: the relations curators accepted, for downstream tools.

Two files: accepted_relations.csv (the curator table, accepted rows only) and
accepted_relations.bioc.json, a BioC collection (Comeau et al., 2013, "BioC: a minimalist
approach to interoperability for biomedical text processing"; written with the ``bioc``
package) with one document per evidence document, one passage per evidence sentence,
its entity annotations (from mentions.csv) and one relation per accepted pair whose nodes
point at the two annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.errors import CuratorFileError
from pipeline.io.writers import atomic_write_bytes
from pipeline.review.cells import restore
from pipeline.review.merge import FLAG_STALE, normalise_status, parse_flags
from pipeline.review.readers import read_curator_csv
from pipeline.review.store import csv_bytes

CSV_NAME = "accepted_relations.csv"
BIOC_NAME = "accepted_relations.bioc.json"
INFONS = ["relation_id", "label", "direction", "negated", "hedged", "cue", "score", "status",
          "curator", "note", "reviewed_at", "flag", "a_type", "a_id", "a_name", "a_name_zh",
          "b_type", "b_id", "b_name", "b_name_zh", "evidence_section", "found_in"]


@dataclass
class Exported:
    csv: Path
    bioc: Path
    relations: int
    documents: int
    stale: int


def accepted(frame: pd.DataFrame) -> pd.DataFrame:
    keep = frame["status"].map(normalise_status) == "accepted" if "status" in frame else frame.index < 0
    return frame[keep].reset_index(drop=True)


def _read_mentions(path: Path) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame(columns=["doc_id", "section", "sentence_id", "start", "end", "text",
                                     "entity_type", "entity_id"])
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    return frame.apply(lambda column: column.map(restore))


def _locate(sentence: str, mentions: pd.DataFrame) -> tuple[int, list[tuple[int, int, dict]]]:
    """The sentence's offset in its document and its mentions' positions inside it."""
    rows = sorted(mentions.to_dict("records"), key=lambda m: int(m["start"]))
    offset = None
    for m in rows:
        local = sentence.find(m["text"])
        if local >= 0:
            offset = int(m["start"]) - local
            break
    if offset is None:
        return 0, []
    placed, cursor = [], 0
    for m in rows:
        text = m["text"]
        local = int(m["start"]) - offset
        if sentence[local:local + len(text)] != text:
            local = sentence.find(text, cursor)
            if local < 0:
                local = sentence.find(text)
        if local >= 0:
            placed.append((local, local + len(text), m))
            cursor = local + len(text)
    return offset, placed


def _sentence_mentions(row: dict, mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions of the sentence that is this relation's best evidence."""
    doc, section, text = row.get("evidence_doc", ""), row.get("evidence_section", ""), row.get("evidence", "")
    here = mentions[(mentions["doc_id"] == doc) & (mentions["section"] == section)]
    best, best_hits = None, -1
    for _, group in here.groupby("sentence_id"):
        ids = set(group["entity_id"])
        if not {row.get("a_id"), row.get("b_id")} <= ids:
            continue
        hits = sum(t in text for t in group["text"])
        if hits > best_hits:
            best, best_hits = group, hits
    return best if best is not None else here.iloc[0:0]


def bioc_collection(relations: pd.DataFrame, mentions: pd.DataFrame, source: str):
    """A bioc.BioCCollection of the relations' evidence with annotations and relations."""
    from bioc import (
        BioCAnnotation,
        BioCCollection,
        BioCDocument,
        BioCLocation,
        BioCNode,
        BioCPassage,
        BioCRelation,
    )

    collection = BioCCollection()
    collection.source = source
    collection.key = "tcm-pipeline accepted relations: infons as in relations.csv (docs/curation.md)"
    documents: dict[str, BioCDocument] = {}
    passages: dict[tuple[str, str, str], tuple[BioCPassage, dict[str, str]]] = {}
    counters: dict[str, int] = {}
    for row in relations.to_dict("records"):
        doc_id = str(row.get("evidence_doc", "")) or "unknown"
        document = documents.get(doc_id)
        if document is None:
            document = documents[doc_id] = BioCDocument()
            document.id = doc_id
            collection.add_document(document)
        key = (doc_id, str(row.get("evidence_section", "")), str(row.get("evidence", "")))
        if key not in passages:
            passage = BioCPassage()
            passage.text = key[2]
            passage.infons.update({"type": "sentence", "section": key[1]})
            offset, placed = _locate(key[2], _sentence_mentions(row, mentions))
            passage.offset = offset
            by_entity: dict[str, str] = {}
            for start, end, m in placed:
                counters[doc_id] = counters.get(doc_id, 0) + 1
                annotation = BioCAnnotation()
                annotation.id = f"T{counters[doc_id]}"
                annotation.text = key[2][start:end]
                annotation.infons.update({"type": m.get("entity_type", ""), "identifier": m.get("entity_id", "")})
                annotation.add_location(BioCLocation(offset + start, end - start))
                passage.add_annotation(annotation)
                by_entity.setdefault(m.get("entity_id", ""), annotation.id)
            document.add_passage(passage)
            passages[key] = (passage, by_entity)
        passage, by_entity = passages[key]
        relation = BioCRelation()
        relation.id = str(row.get("relation_id", ""))
        relation.infons.update({k: str(row.get(k, "")) for k in INFONS if str(row.get(k, "")).strip()})
        relation.infons["type"] = str(row.get("label", "") or "co-mention")
        for side in ("a", "b"):
            refid = by_entity.get(str(row.get(f"{side}_id", "")))
            if refid:
                relation.add_node(BioCNode(refid, side))
        document.add_relation(relation)
    return collection


def export_accepted(output_dir: Path, relations_path: Path | None = None,
                    mentions_path: Path | None = None) -> Exported:
    """Write the accepted relations as CSV and BioC JSON into ``output_dir``."""
    from bioc import biocjson

    output_dir = Path(output_dir)
    relations_path = Path(relations_path or output_dir / "relations.csv")
    if not relations_path.exists():
        raise CuratorFileError("not found; run `python -m pipeline run` first", relations_path)
    table = read_curator_csv(relations_path)
    chosen = accepted(table.frame)
    mentions = _read_mentions(Path(mentions_path or output_dir / "mentions.csv"))
    collection = bioc_collection(chosen, mentions, f"tcm-pipeline {relations_path.name} (accepted)")
    csv_path, bioc_path = output_dir / CSV_NAME, output_dir / BIOC_NAME
    atomic_write_bytes(csv_path, csv_bytes(chosen))
    atomic_write_bytes(bioc_path, biocjson.dumps(collection, indent=1, ensure_ascii=False).encode("utf-8"))
    stale = sum(FLAG_STALE in parse_flags(f, "") for f in chosen.get("flag", pd.Series(dtype=str)))
    return Exported(csv_path, bioc_path, len(chosen), len(collection.documents), stale)

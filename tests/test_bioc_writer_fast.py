"""The BioC writer's direct JSON text (pipeline/io/bioc_writer.py, ``bioc_document_json``) is
exactly ``json.dumps`` of the BioC document dict, on every document of the bundled corpus (the
two reviews, the 34 development papers and the 12 held-out ones, Chinese and English) and on the reader-format
samples (BioC and PubTator inputs keep their own passages and offsets)."""

from __future__ import annotations

import json

import pytest
from batch_helpers import DATA, config
from conftest import REPO

from pipeline.batch.rendered import mention_rows as _mention_rows
from pipeline.batch.runner import run_batch
from pipeline.io.bioc_writer import bioc_document, bioc_document_json, known_relations


@pytest.fixture(scope="module", params=["corpus", "formats"])
def documents(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"bioc-{request.param}")
    source = REPO / "corpus" if request.param == "corpus" else DATA / "formats"
    result = run_batch([source], config(out), workers=1, progress=False)
    known = known_relations(result.relations)
    docs = []
    for record, facts in zip(result.records, result.facts):
        rows = sorted(_mention_rows(facts, result.dictionary)[0], key=lambda m: (m[0], m[1], m[2]))
        docs.append((record, facts, rows))
    return docs, known


def test_the_direct_text_is_json_dumps_of_the_document_dict(documents):
    docs, known = documents
    relations = annotations = 0
    for record, facts, rows in docs:
        expected = json.dumps(bioc_document(record, facts, rows, known), ensure_ascii=False)
        assert bioc_document_json(record, facts, rows, known) == expected, record.doc_id
        parsed = json.loads(expected)
        relations += len(parsed["relations"])
        annotations += sum(len(p["annotations"]) for p in parsed["passages"])
    assert len(docs) >= 12 and annotations > 100 and relations > 20
    assert any(not r.text.isascii() for r, _, _ in docs)  # Chinese text, escaped or not as json does

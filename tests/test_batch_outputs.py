"""What a batch run writes: manifest.csv, BioC JSON and PubTator that other tools can read."""

from __future__ import annotations

import pandas as pd
import pytest
from batch_helpers import DATA, config

from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch-outputs")
    result = run_batch([DATA / "formats"], config(out), workers=1, progress=False)
    return result, write_batch_outputs(result, out)


def test_manifest_csv_lists_every_document(written):
    result, paths = written
    manifest = pd.read_csv(paths["manifest"], encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert list(manifest.columns[:4]) == ["doc_id", "file", "format", "encoding"]
    assert len(manifest) == len(result.manifest) == 12 and set(manifest.status) == {"ok"}


def test_bioc_json_output_reads_back_with_the_bioc_package_and_offsets_hold(written):
    from bioc import biocjson

    result, paths = written
    collection = biocjson.loads(paths["bioc"].read_text(encoding="utf-8"))
    assert {d.id for d in collection.documents} == set(result.manifest.doc_id)
    checked = 0
    for document in collection.documents:
        for passage in document.passages:
            for ann in passage.annotations:
                location = ann.locations[0]
                start = location.offset - passage.offset
                assert passage.text[start:start + location.length] == ann.text
                assert ann.infons["type"] in {"Gene", "Chemical", "Herb", "Pathway"} and ann.infons["identifier"]
                checked += 1
    assert checked == len(result.mentions)  # every mention lies inside one passage here
    bioc_doc = next(d for d in collection.documents if d.id == "90000001")
    assert [p.offset for p in bioc_doc.passages] == [0, 141, 782]  # the source's passage offsets
    ids = {a.id for p in bioc_doc.passages for a in p.annotations}
    assert bioc_doc.relations and all(n.refid in ids for r in bioc_doc.relations for n in r.nodes)
    assert all(r.infons["relation_id"] in set(result.relations.relation_id) for r in bioc_doc.relations)


def test_pubtator_output_is_written_for_abstracts_in_pubtator_offsets(written):
    from bioc import pubtator

    _, paths = written
    docs = pubtator.loads(paths["pubtator"].read_text(encoding="utf-8"))
    assert [d.pmid for d in docs] == ["90000021", "90000022"]  # the BioC documents have a body: not abstracts
    for doc in docs:
        text = doc.title + " " + doc.abstract
        assert doc.annotations
        for ann in doc.annotations:
            assert text[ann.start:ann.end] == ann.text
    ferroptosis = next(d for d in docs if d.pmid == "90000021")
    assert any(a.id == "hsa04216" and a.type == "Pathway" for a in ferroptosis.annotations)


def test_bioc_json_is_byte_for_byte_what_the_bioc_library_writes_for_the_same_documents(written):
    from bioc import biocjson

    from pipeline.io.bioc_writer import bioc_collection, bioc_json_bytes

    result, paths = written
    args = (result.records, result.facts, result.mentions, result.relations)
    library = (biocjson.dumps(bioc_collection(*args), ensure_ascii=False) + "\n").encode("utf-8")
    assert bioc_json_bytes(*args) == library == paths["bioc"].read_bytes()


def test_the_collection_is_the_join_of_its_documents_json(written):
    import json

    from bioc import biocjson

    from pipeline.io.bioc_writer import bioc_document_json, known_relations, mentions_by_document

    result, paths = written
    by_doc, known = mentions_by_document(result.mentions), known_relations(result.relations)
    parts = [bioc_document_json(r, f, by_doc.get(r.doc_id, []), known) for r, f in zip(result.records, result.facts)]
    for part in parts:  # each one a BioCDocument the library reads and writes back unchanged
        assert biocjson.dumps(biocjson.fromJSON(json.loads(part)), ensure_ascii=False) == part
    assert ", ".join(parts) in paths["bioc"].read_text(encoding="utf-8")


def test_the_garbage_collector_is_left_as_it_was_even_when_writing_fails():
    import gc

    from pipeline.batch.collector import collecting_only_new_objects

    with collecting_only_new_objects():
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    assert gc.get_freeze_count() == 0
    with pytest.raises(ValueError), collecting_only_new_objects():
        raise ValueError("a write failed")
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_freeze_of_the_batch_is_known_without_counting_the_frozen_objects(monkeypatch):
    """``gc.get_freeze_count`` walks the permanent generation (0.03-0.09 s with an Annotator
    frozen): inside a batch's own freeze it is not asked; once thawed (a process pool thaws
    before its caller) it is, and the next block freezes again."""
    import gc

    from pipeline.batch import collector

    with collector.collecting_only_new_objects():
        with monkeypatch.context() as m:
            m.setattr(gc, "get_freeze_count", lambda: pytest.fail("counted the frozen objects"))
            assert collector.is_frozen()
            with collector.collecting_only_new_objects():  # nested: nothing to do
                assert collector.is_frozen()
            assert collector.freeze() is False  # frozen already: the outer block thaws
        collector.thaw()  # what a process pool does when it ends
        assert not collector.is_frozen() and gc.get_freeze_count() == 0
        with collector.collecting_only_new_objects():
            assert gc.get_freeze_count() > 0
        assert not collector.is_frozen()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_outputs_rendered_in_forked_children_equal_the_sequential_ones(tmp_path):
    """With several worker processes the BioC collection and the network figure are rendered
    in forked children (pipeline/batch/forked.py): every file is the same as when one process
    renders everything (report.html and the snapshot differ only by their time stamp)."""
    from conftest import CORPUS

    result = run_batch([CORPUS], config(tmp_path / "one"), workers=1, progress=False)
    sequential = write_batch_outputs(result, tmp_path / "one")
    result.stats.workers = 2
    parallel = write_batch_outputs(result, tmp_path / "two")
    assert set(sequential) == set(parallel) >= {"bioc", "network_png", "network_svg", "relations", "mentions"}
    for name in sequential:
        if name != "report":
            assert sequential[name].read_bytes() == parallel[name].read_bytes(), name
    assert len(parallel["network_png"].read_bytes()) > 10_000


def test_a_failure_in_a_forked_child_reaches_the_caller():
    from pipeline.batch.forked import start

    future = start(int, "not a number", parallel=True)
    with pytest.raises(ValueError):
        future.result(timeout=60)
    assert start(int, "42", parallel=False).result() == 42

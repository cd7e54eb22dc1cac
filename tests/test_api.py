"""The one-text API and the spaCy components (issue 16): ``pipeline.annotate`` and
``pipeline.load()`` find exactly the entities (and relations) that a batch run finds in a file
holding the same text — on the two bundled reviews, Chinese and English parts."""

from __future__ import annotations

import shutil
from itertools import pairwise

import pytest
import spacy
from conftest import JIN, LI, REPO
from spacy import displacy
from spacy.tokens import Doc

import pipeline
from pipeline.batch.runner import run_batch
from pipeline.config import Config

DICTIONARIES = REPO / "dictionaries"


def paragraph(path, marker: str) -> str:
    """The first blank-line separated block of a review that starts with ``marker`` (the
    marker dropped when it is a label such as "**Abstract:**")."""
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    block = next(b for b in blocks if b.startswith(marker))
    return block[len(marker):].strip() if marker.startswith("**") else block


TEXTS = {  # name -> (text, language pipeline.annotate should pick)
    "li2025 whole review": (LI.read_text(encoding="utf-8"), "zh"),
    "jin2025 whole review": (JIN.read_text(encoding="utf-8"), "zh"),
    "jin2025 English references": (paragraph(JIN, "- [1]"), "en"),
    "jin2025 English abstract": (paragraph(JIN, "**Abstract**:"), "en"),
    "jin2025 mTOR paragraph": (paragraph(JIN, "哺乳动物雷帕霉素蛋白(mTOR)"), "zh"),
}


@pytest.fixture(scope="module")
def batch_runs(tmp_path_factory):
    """Each text in a file of its own, through the batch runner of `python -m pipeline run`."""
    runs = {}
    for i, (name, (text, _)) in enumerate(TEXTS.items()):
        folder = tmp_path_factory.mktemp(f"text{i}")
        (folder / "text.md").write_text(text, encoding="utf-8")
        runs[name] = run_batch([folder / "text.md"], Config(dictionaries=DICTIONARIES, output_dir=folder / "out"),
                               workers=1, progress=False)
    return runs


@pytest.fixture(scope="module")
def docs():
    return {name: pipeline.annotate(text, dictionaries=DICTIONARIES) for name, (text, _) in TEXTS.items()}


def mention_set(frame) -> set[tuple]:
    return {(r.start, r.end, r.entity_type, r.entity_id, r.how) for r in frame.itertuples()}


def span_set(doc: Doc) -> set[tuple]:
    return {(s.start_char, s.end_char, s.label_, s.kb_id_, s._.how) for s in doc.spans["entities"]}


@pytest.mark.parametrize("name", list(TEXTS))
def test_annotate_finds_the_entities_of_the_batch_run(name, docs, batch_runs):
    batch = mention_set(batch_runs[name].mentions)
    assert len(batch) >= 4  # real entities to compare (the English abstract: four of autophagy)
    assert span_set(docs[name]) == batch


@pytest.mark.parametrize("name", list(TEXTS))
def test_the_pipeline_picks_the_language_of_the_text(name, docs):
    assert docs[name].lang_ == TEXTS[name][1]


@pytest.mark.parametrize("name", list(TEXTS))
def test_doc_relations_are_the_rows_of_relations_csv(name, docs, batch_runs):
    frame = batch_runs[name].relations
    batch = [(r.relation_id, r.a_id, r.b_id, r.label, r.direction, r.score) for r in frame.itertuples()]
    ours = [(r.relation_id, r.a.kb_id_, r.b.kb_id_, r.label, r.direction, r.score) for r in docs[name]._.relations]
    assert ours == batch  # same rows, same order (best first)
    assert len(batch) > 50 or "whole" not in name


def test_entity_spans_carry_label_and_id_and_do_not_overlap_in_ents(docs):
    doc = docs["jin2025 mTOR paragraph"]
    assert ("mTOR", "GENE", "HGNC:3942") in {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    ends = [(e.start, e.end) for e in doc.ents]
    assert all(a[1] <= b[0] for a, b in pairwise(ends))
    assert set(doc.ents) <= set(doc.spans["entities"])


def test_sentences_hold_their_entities_and_are_the_batch_sentences(docs, batch_runs):
    name = "li2025 whole review"
    doc = docs[name]
    sentences = {span.sent.start_char for span in doc.spans["entities"]}
    for span in doc.spans["entities"]:
        assert span.sent.start_char <= span.start_char and span.end_char <= span.sent.end_char
    [facts] = batch_runs[name].facts
    assert len(sentences) == len(facts.sentences)  # one Doc sentence per batch sentence with mentions


def test_relations_point_at_their_evidence(docs):
    doc = docs["jin2025 mTOR paragraph"]
    typed = [r for r in doc._.relations if r.label != "associated"]
    assert typed
    for r in typed:
        assert r.a.sent == r.sentence and r.sentence.start_char <= r.b.start_char < r.sentence.end_char
        assert r.cue is None or r.cue.text == r.row["cue"]
    assert any(r.cue is not None for r in typed)


def test_load_gives_an_nlp_that_annotates_like_annotate(docs):
    nlp = pipeline.load("en", dictionaries=DICTIONARIES)
    assert nlp.pipe_names == ["tcm_entities", "tcm_relations"]
    text = TEXTS["jin2025 English abstract"][0]
    assert span_set(nlp(text)) == span_set(docs["jin2025 English abstract"])


def test_the_factories_work_in_any_blank_pipeline():
    import pipeline.nlp.components  # noqa: F401 — registers the factories

    nlp = spacy.blank("en")
    nlp.add_pipe("tcm_entities", config={"dictionaries": str(DICTIONARIES)})
    doc = nlp("Baicalein inhibits ferroptosis by upregulating GPX4.")
    assert {(e.text, e.kb_id_) for e in doc.ents} >= {("Baicalein", "CPD:baicalein"), ("GPX4", "HGNC:4556")}
    assert doc._.relations == []  # no tcm_relations in this pipeline
    nlp.add_pipe("tcm_relations", config={"alpha": 0.5})
    assert nlp("Baicalein inhibits ferroptosis by upregulating GPX4.")._.relations


def test_relations_without_entities_say_what_to_add():
    import pipeline.nlp.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("tcm_relations")
    with pytest.raises(ValueError, match="add_pipe\\('tcm_entities'\\)"):
        nlp("GPX4 and ferroptosis.")


def test_displacy_renders_the_entities(docs):
    html = displacy.render(docs["jin2025 mTOR paragraph"], style="ent", page=False)
    assert "mTOR" in html and "GENE" in html


def test_docs_survive_serialisation_with_their_relations(docs):
    doc = docs["jin2025 mTOR paragraph"]
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert span_set(again) == span_set(doc)
    assert [repr(r) for r in again._.relations] == [repr(r) for r in doc._.relations]


def test_annotate_many_in_processes_gives_what_annotate_gives(docs):
    names = ["jin2025 mTOR paragraph", "jin2025 English references", "jin2025 English abstract"]
    many = pipeline.annotate_many([TEXTS[n][0] for n in names], n_process=2, dictionaries=DICTIONARIES)
    assert [span_set(d) for d in many] == [span_set(docs[n]) for n in names]
    assert [[repr(r) for r in d._.relations] for d in many] == [[repr(r) for r in docs[n]._.relations] for n in names]


def test_the_package_exports_typed_names():
    assert (REPO / "pipeline" / "py.typed").exists()
    for name in pipeline.__all__:
        assert getattr(pipeline, name).__doc__, name
    with pytest.raises(AttributeError):
        pipeline.no_such_name  # noqa: B018


def test_a_user_dictionaries_folder_is_used(tmp_path, docs):
    folder = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, folder)
    text = TEXTS["jin2025 mTOR paragraph"][0]
    assert span_set(pipeline.annotate(text, dictionaries=folder)) == span_set(docs["jin2025 mTOR paragraph"])


def test_run_on_a_folder_without_documents_says_so(tmp_path):
    from pipeline.errors import NothingToDoError

    (tmp_path / "notes.docx").write_bytes(b"not a format we read")
    with pytest.raises(NothingToDoError, match="no documents found"):
        pipeline.run([tmp_path], Config(dictionaries=DICTIONARIES, output_dir=tmp_path / "out"))


def test_a_formula_named_in_the_paper_only_has_a_name_a_curator_can_sort_by(tmp_path):
    # ChinaXiv sample (CC BY 4.0), the paper on 肾衰营养胶囊 and CRF muscle atrophy: the formula
    # is in no dictionary; relations.csv showed its rows with an empty a_name
    (tmp_path / "p.md").write_text(
        "# Wnt7a-Akt/mTOR信号通路在肾衰营养胶囊改善慢性肾衰竭大鼠骨骼肌萎缩中的作用\n\n"
        "关键词：慢性肾衰竭；营养不良；骨骼肌萎缩；Wnt7a；肾衰营养胶囊\n\n"
        "采用肾衰营养胶囊和开同干预后,Akt/mTOR信号放大,而Wnt7a-Frizzled为药物启动靶点之一。\n", encoding="utf-8")
    result = pipeline.run([tmp_path], Config(dictionaries=DICTIONARIES, output_dir=tmp_path / "out"))
    rows = result.relations[result.relations.a_id == "FML:肾衰营养胶囊"]
    assert len(rows) > 0
    assert (rows.a_name == "肾衰营养胶囊").all() and (rows.a_name_zh == "肾衰营养胶囊").all()

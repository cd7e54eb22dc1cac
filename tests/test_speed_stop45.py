"""Stop 45 (s45-speed, issue 17): answers kept or gated differently must be the answers of the code they replace.

The former formulations are restated here and compared on every paragraph and sentence of the repository's
papers (the two reviews and corpus/new_papers) and on the ChinaXiv dev sample, plus constructed texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.relations import anti_process
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent.parent / "shared" / "data" / "dev" / "chinaxiv" / "sample"
PAPERS = [REPO / "corpus" / "jin2025_autophagy_osteoporosis.md", REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md",
          *sorted((REPO / "corpus" / "new_papers").glob("*/*.md"))]
CONSTRUCTED = ["黄芩苷的抗炎作用", "the anti-apoptotic protein Bcl-2", "Anti-inflammatory effects of X", "pro-apoptotic Bax",
               "Promotes growth", "ANTI-TNF and PRO-BNP", "aNti pRo", "ant i p ro", ""]


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    texts = [p for path in PAPERS for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(texts) > 300
    return texts + CONSTRUCTED


def test_anti_process_gate_as_the_pattern_it_replaces(paragraphs):
    """``may_apply``'s substring scans answer as the former pattern "抗|[Aa]nti|[Pp]ro"."""
    before = re.compile(r"抗|[Aa]nti|[Pp]ro")
    answers = [anti_process.may_apply(text) for text in paragraphs]
    assert answers == [before.search(text) is not None for text in paragraphs]
    assert 0 < sum(answers) < len(answers)  # both answers occur
    assert [anti_process.may_apply(t) for t in CONSTRUCTED] == [True, True, True, True, True, False, False, False, False]


def _papers_sentences():
    docs = [(path.stem, path.read_text(encoding="utf-8")) for path in PAPERS]
    if SAMPLE.is_dir():
        docs += [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE.glob("*.md"))[:5]]
    return [s for doc_id, text in docs for s in split_sentences(split_sections(doc_id, text))]


def test_sentence_text_and_lang_kept_and_equal_to_the_slice():
    """A sentence's text and language are read once and kept: the same string object on every access
    (a slice made afresh each time before stop 45), equal to its paragraph's slice and language."""
    sentences = _papers_sentences()
    assert len(sentences) > 1000
    assert {s.lang for s in sentences} == {"zh", "en"}
    for s in sentences:
        assert s.text == s.paragraph.text.text[s.start:s.end]
        assert s.lang == s.paragraph.lang
        assert s.text is s.text
    long = next(s for s in sentences if s.end - s.start > 1)
    assert long.text is long.__dict__["text"]



def test_entity_label_kept_and_equal_to_its_type_label():
    """An entity's label is read once and kept (a dict look-up on every access before stop 45), the label of its
    type for every entity of the bundled dictionaries; fields, equality and ``asdict`` are unchanged."""
    import dataclasses

    from pipeline.config import bundled_path
    from pipeline.dictionaries.loader import load_dictionary
    from pipeline.dictionaries.schema import ENTITY_TYPES, Entity

    entities = load_dictionary(bundled_path("dictionaries")).entities
    assert len(entities) > 10_000
    for entity in entities.values():
        assert entity.label == ENTITY_TYPES[entity.type]
        assert entity.__dict__["label"] is entity.label
    herb = Entity(id="H:1", type="herb", name="Scutellaria baicalensis")
    assert "label" not in herb.__dict__ and herb.label == "HERB" and herb.__dict__["label"] == "HERB"
    assert herb == Entity(id="H:1", type="herb", name="Scutellaria baicalensis")
    assert "label" not in dataclasses.asdict(herb) and "label" not in [f.name for f in dataclasses.fields(Entity)]


def test_entity_fields_as_asdict():
    """``facts.entity_fields`` gives what ``dataclasses.asdict`` gave for a document's composites: equal, in field
    order, lists copied — on every entity of the bundled dictionaries (lists of members, synonyms, parents) and on a
    composed pathway of the kind the annotator makes (members as a tuple)."""
    import dataclasses

    from pipeline.config import bundled_path
    from pipeline.dictionaries.loader import load_dictionary
    from pipeline.dictionaries.schema import Entity
    from pipeline.relations.facts import entity_fields

    entities = list(load_dictionary(bundled_path("dictionaries")).entities.values())
    entities.append(Entity(id="AXIS:PI3K/AKT", type="pathway", name="PI3K/AKT", members=("HGNC:8975", "HGNC:391")))
    with_lists = 0
    for entity in entities:
        entity.label  # noqa: B018 — a kept label (schema.Entity) is no field
        got, want = entity_fields(entity), dataclasses.asdict(entity)
        assert list(got.items()) == list(want.items())
        for name, value in got.items():
            if isinstance(value, list):
                assert value is not getattr(entity, name)
                with_lists += bool(value)
    assert with_lists > 1000

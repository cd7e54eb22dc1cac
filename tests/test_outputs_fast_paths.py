"""The shortcuts of the batch outputs pass (pipeline/batch/outputs.py) and of the stored facts'
parser (relations/facts.py) give what the plain code gives, on the bundled corpus's documents:
``from_json`` without the dataclass constructors, one document's mentions.csv rows written at
once (split at the row limit, neutralised cells as before), and the report's evidence looked up
only for the entities of wanted pairs."""

from __future__ import annotations

import csv
import io
from contextlib import ExitStack

import orjson
import pytest
from batch_helpers import config
from conftest import REPO

from pipeline.api import MENTION_COLUMNS
from pipeline.batch.outputs import _Evidence, _keep_evidence, _MentionsWriter
from pipeline.batch.rendered import csv_rows_text, evidence_rows
from pipeline.batch.rendered import mention_rows as _mention_rows
from pipeline.batch.runner import run_batch
from pipeline.relations.facts import DocumentFacts, MentionFacts, SentenceFacts


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    out = tmp_path_factory.mktemp("fast-paths")
    result = run_batch([REPO / "corpus"], config(out), workers=1, progress=False)
    return result, [r.facts for r in result.iter_records(text=False)]


def _constructed(text: str) -> DocumentFacts:
    """What ``from_json`` built before: every object through its constructor."""
    data = orjson.loads(text)
    sentences = [SentenceFacts(s["sentence_id"], s["paragraph"], s["section"], s["lang"], s["text"],
                               [MentionFacts(**m) for m in s["mentions"]]) for s in data["sentences"]]
    return DocumentFacts(data["doc_id"], sentences, data.get("composites", {}))


def test_parsed_facts_equal_the_constructed_ones(stored):
    _, texts = stored
    mentions = 0
    for text in texts:
        fast, plain = DocumentFacts.from_json(text), _constructed(text)
        assert fast.doc_id == plain.doc_id and fast.composites == plain.composites
        raw = orjson.loads(text)["sentences"]
        assert len(fast.sentences) == len(plain.sentences) == len(raw)
        for s, t, r in zip(fast.sentences, plain.sentences, raw):
            assert type(s) is SentenceFacts and all(type(m) is MentionFacts for m in s.mentions)
            assert (s.sentence_id, s.paragraph, s.section, s.lang, s.text, s.mentions) == \
                   (t.sentence_id, t.paragraph, t.section, t.lang, t.text, t.mentions)
            assert [p.row for p in s.pairs] == r["pairs"]
            mentions += len(s.mentions)
        assert DocumentFacts.from_json(fast.to_json()).to_json() == fast.to_json()
    assert len(texts) >= 30 and mentions > 1000


def test_rows_of_another_shape_go_through_the_constructor(stored):
    """A stored mention without ``members`` (an older row) gets the field's default."""
    _, texts = stored
    data = orjson.loads(texts[0])
    for s in data["sentences"]:
        for m in s["mentions"]:
            del m["members"]
    parsed = DocumentFacts.from_json(orjson.dumps(data).decode())
    mentions = [m for s in parsed.sentences for m in s.mentions]
    assert mentions and all(m.members == [] for m in mentions)


def _written(rows_by_document: list[list[list[str]]], limit: int, at_once: bool, tmp_path) -> list[bytes]:
    out = tmp_path / ("at-once" if at_once else "one-by-one")
    out.mkdir()
    with ExitStack() as stack:
        writer = _MentionsWriter(out, stack, MENTION_COLUMNS, limit)
        for rows in rows_by_document:
            if at_once:  # as a worker renders them (rendered.csv_rows_text), split where rows end
                writer.write_text(csv_rows_text(rows), len(rows))
            else:
                for row in rows:
                    writer.write(row)
        files = writer.files
    return [path.read_bytes() for _, path in files.values()]


def test_a_documents_rows_written_at_once_are_the_rows_written_one_by_one(stored, tmp_path):
    result, texts = stored
    rows_by_document = [_mention_rows(DocumentFacts.from_json(t), result.dictionary)[1] for t in texts]
    # cells a spreadsheet would run as a formula, in one document's rows: that document is
    # written row by row, neutralised
    risky = [list(row) for row in rows_by_document[1][:3]]
    risky[0][6], risky[2][6] = "=HYPERLINK(1)", "-GPX4"
    rows_by_document.insert(2, risky)
    limit = 97  # rows per file: many files, documents split across them
    at_once = _written(rows_by_document, limit, True, tmp_path)
    assert at_once == _written(rows_by_document, limit, False, tmp_path)
    assert len(at_once) > 3
    text = b"".join(at_once).decode("utf-8-sig")
    cells = [row[6] for row in csv.reader(io.StringIO(text))]
    assert "'=HYPERLINK(1)" in cells and "'-GPX4" in cells


def test_evidence_looked_up_for_wanted_entities_only_is_the_same(stored):
    result, texts = stored
    docs = [DocumentFacts.from_json(t) for t in texts]
    rows = result.relations.head(40)
    wanted = {tuple(sorted((a, b))): (3, "", "") for a, b in zip(rows["a_id"], rows["b_id"])}

    def kept(all_ids: bool) -> dict:
        keep = {pair: _Evidence(limit, (best, doc)) for pair, (limit, best, doc) in wanted.items()}
        for doc in docs:
            everything = frozenset(m.entity_id for s in doc.sentences for m in s.mentions)
            _keep_evidence(doc.doc_id, evidence_rows(doc), keep, everything if all_ids else None)
        return {pair: (e.total, [(k, s.doc_id, s.sentence_id, s.entity_ids) for k, s in e.kept])
                for pair, e in keep.items()}

    filtered = kept(False)
    assert filtered == kept(True)
    assert sum(total for total, _ in filtered.values()) > 40
    # sentences naming five or more entities, most of whose pairs are not wanted, are there
    assert any(len({m.entity_id for m in s.mentions}) > 4 for d in docs for s in d.sentences)

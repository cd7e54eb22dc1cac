"""`review` counts and changes since the last run; `export --accepted` writes CSV and BioC JSON."""

from __future__ import annotations

import json

import pytest
from review_helpers import read_cells, save_cells

from pipeline.cli import main
from pipeline.review.export import export_accepted
from pipeline.review.outputs import write_run_outputs
from pipeline.review.summary import review_summary


@pytest.fixture(scope="module")
def reviewed(corpus_run, tmp_path_factory):
    """outputs/ after a run and a curator's session: 3 accepted, 1 rejected, a column added."""
    out = tmp_path_factory.mktemp("outputs")
    write_run_outputs(corpus_run, out)
    rows = read_cells((out / "relations.csv").read_bytes())
    header = rows[0] + ["priority"]
    col = {c: i for i, c in enumerate(header)}
    body = [r + [""] for r in rows[1:]]
    # three distinct rows, none of them the rejected one (body[5]): the first, and two with
    # Chinese evidence
    chinese = [r for r in body[1:5] + body[6:]
               if any("\u4e00" <= ch <= "\u9fff" for ch in r[col["evidence"]])]
    picked = [body[0], chinese[0], chinese[1]]
    for r in picked:
        r[col["status"]], r[col["curator"]] = "accepted", "王"
    body[5][col["status"]] = "rejected"
    body[0][col["priority"]] = "high"
    (out / "relations.csv").write_bytes(save_cells([header, *body], "wps_gb18030"))
    return out, [r[col["relation_id"]] for r in picked]


def test_review_counts_by_status_and_type_and_what_curators_did_since_the_run(reviewed, capsys):
    out, _ = reviewed
    summary = review_summary(out)
    assert summary.by_status["accepted"] == 3 and summary.by_status["rejected"] == 1
    assert summary.by_type.values.sum() == summary.total
    assert summary.since["decisions set"] == 4
    assert summary.added_columns == ["priority"]
    assert main(["review", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "by status:" in printed and "accepted 3" in printed and "columns added: priority" in printed


def test_export_accepted_writes_csv_and_bioc_json_with_annotated_relations(reviewed):
    out, accepted_ids = reviewed
    exported = export_accepted(out)
    assert exported.relations == 3
    cells = read_cells(exported.csv.read_bytes())
    assert {r[cells[0].index("relation_id")] for r in cells[1:]} == set(accepted_ids)
    from bioc import biocjson

    with exported.bioc.open(encoding="utf-8") as handle:
        collection = biocjson.load(handle)
    relations = [r for d in collection.documents for r in d.relations]
    assert {r.id for r in relations} == set(accepted_ids)
    for document in collection.documents:
        annotations = {a.id: a for p in document.passages for a in p.annotations}
        for passage in document.passages:
            for a in passage.annotations:  # locations are document offsets into the passage text
                loc = a.locations[0]
                assert passage.text[loc.offset - passage.offset: loc.end - passage.offset] == a.text
        for relation in document.relations:
            assert relation.infons["status"] == "accepted" and relation.infons["curator"] == "王"
            ids = {annotations[n.refid].infons["identifier"] for n in relation.nodes}
            assert ids == {relation.infons["a_id"], relation.infons["b_id"]}
    raw = json.loads(exported.bioc.read_text(encoding="utf-8"))
    assert raw["documents"] and "骨" in exported.bioc.read_text(encoding="utf-8")

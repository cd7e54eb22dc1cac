"""Speed (issue 17, stop 40): ``word_gate.may_hold`` without a generator and without a per-character set test;
the evaluation's relation rows read once for every gold set.

``may_hold`` gates eight case-insensitive patterns (~41,000 calls over the 16x benchmark corpus, 2.5 % of
``process_file``). It answered "no" — its common answer — after ``ASCII_FOLDS.isdisjoint(text)``, which walks the
text one character object at a time, and its ``any(word in lowered for word in words)`` ran a generator. Four
``in`` tests (C substring scans) and a plain loop give the same answer ~2.3x faster. The stop-37 implementation is
kept here and compared on the reviews' lines and their windows, for every word tuple the package gates with, and on
texts holding each of the four characters that IGNORECASE folds onto an ASCII letter.

``api.evaluate`` scores 11 gold sets on one relations frame; ``metrics._predicted_units`` converted the whole frame
to dicts (``DataFrame.to_dict("records")``, ~60 % of the evaluation's CPU) and read every row's pair key and
per-document cells once per set, though a set keeps only the rows found in its own documents. The rows are now
converted once (``rows``) and a row found in none of the set's documents is passed over before its cells are read:
the units are compared here with the stop-39 function (kept) on rows that exercise each branch.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.relations import cue_scope, effects, model_inducers, model_subjects
from pipeline.evaluation import metrics
from pipeline.evaluation.gold import pair_key
from pipeline.relations.conflicts import parse_items
from pipeline.text import word_gate

REPO = Path(__file__).resolve().parents[1]
WORD_TUPLES = (cue_scope._MEDIUM_WORDS, cue_scope._AIM_WORDS, model_inducers._INDUCING_WORDS_EN,
               effects._ACTIVITY_WORDS, effects._BINDING_WORDS, model_subjects._GENOTYPE_WORDS)


def stop37_may_hold(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words) or not word_gate.ASCII_FOLDS.isdisjoint(text)


def _texts() -> list[str]:
    lines = [line for path in sorted(REPO.glob("corpus/*.md")) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    windows = [line[i:i + 40] for line in lines[:400] for i in range(0, len(line), 17)]
    folds = [f"{a}{c}{b}" for c in sorted(word_gate.ASCII_FOLDS) for a, b in (("", ""), ("the ", " cells"), ("见", "组"))]
    return [*lines, *windows, *folds, "", "ASSESS", "Whether", "whEther", "ı", "aſſociation"]


@pytest.mark.parametrize("words", WORD_TUPLES, ids=lambda w: w[0])
def test_may_hold_answers_as_the_stop37_gate(words):
    texts = _texts()
    assert len(texts) > 2000
    answers = [word_gate.may_hold(t, words) for t in texts]
    assert answers == [stop37_may_hold(t, words) for t in texts]
    assert any(answers) and not all(answers)  # both answers occur on the texts


def test_a_folding_character_alone_lets_the_pattern_decide():
    for c in word_gate.ASCII_FOLDS:
        assert word_gate.may_hold(f"no gate word here {c}", ("whether",))
    assert not word_gate.may_hold("no gate word here", ("whether",))


def stop39_predicted_units(relations: pd.DataFrame, docs: set[str] | None = None):
    units: dict[tuple, dict] = {}
    by_section: set = set()
    by_lang: set = set()
    for row in relations.to_dict("records"):
        if "stale" in str(row.get("flag") or ""):
            continue
        pair = pair_key(row["a_id"], row["b_id"])
        ptype = "–".join(sorted((row["a_type"], row["b_type"])))
        scores, labels = parse_items(row.get("doc_scores")), parse_items(row.get("doc_labels"))
        row_units: dict[str, dict] = {}
        for item in str(row.get("found_in") or f"{row['evidence_doc']}/{row['evidence_section']}/").split(";"):
            doc, section, lang = metrics._found_in_item(item)
            if docs is not None and doc not in docs:
                continue
            key = (doc, pair)
            if doc not in row_units:
                row_units[doc] = metrics.unit_of(row, doc, scores, labels, ptype)
            if key not in units or row_units[doc]["score"] > units[key]["score"]:
                units[key] = row_units[doc]
            by_section.add((doc, metrics.section_group(section), pair))
            if lang:
                by_lang.add((doc, lang, pair))
    return units, by_section, by_lang


def _relations() -> pd.DataFrame:
    row = dict(flag="", a_type="GENE", b_type="COMPOUND", label="associated", evidence_doc="d1",
               evidence_section="Abstract", doc_scores="", doc_labels="")
    rows = [
        {**row, "a_id": "HGNC:1", "b_id": "CHEBI:2", "score": 2.0, "found_in": "d1/Abstract/en;d1/Results/en;d2/Methods/zh",
         "doc_scores": "d1:2.0;d2:0.5", "doc_labels": "d1:upregulates;d2:not inhibits", "label": "upregulates"},
        {**row, "a_id": "CHEBI:2", "b_id": "HGNC:1", "score": 3.0, "found_in": "d2/Results/zh", "doc_scores": "d2:3.0"},
        {**row, "a_id": "HGNC:3", "b_id": "CHEBI:2", "score": 1.0, "found_in": "2024/smith/Introduction/en;d3/Abstract/"},
        {**row, "a_id": "HGNC:4", "b_id": "CHEBI:2", "score": 1.5, "found_in": "", "evidence_doc": "d3"},
        {**row, "a_id": "HGNC:5", "b_id": "CHEBI:2", "score": 9.0, "found_in": "d1/Abstract/en", "flag": "stale"},
        {**row, "a_id": "HGNC:6", "b_id": "CHEBI:7", "score": 0.2, "found_in": "d4/Discussion/en", "doc_scores": None},
    ]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("docs", [None, set(), {"d1"}, {"d2"}, {"d1", "d2"}, {"2024/smith", "d3"}, {"d4", "d9"}],
                         ids=str)
def test_predicted_units_as_the_stop39_function(docs):
    relations = _relations()
    expected = stop39_predicted_units(relations, docs)
    assert metrics._predicted_units(relations, docs) == expected
    assert metrics._predicted_units(relations, docs, relations.to_dict("records")) == expected
    if docs:
        assert expected[0]  # every non-empty set finds a unit


def test_evaluate_converts_the_relations_frame_once(tmp_path, monkeypatch):
    """api.evaluate passes one list of rows, the frame's, to every gold set's evaluate_relations."""
    from types import SimpleNamespace

    from pipeline import api
    from pipeline.evaluation import report

    seen = []

    def spy(gold, relations, mentions, docs, name, rows=None):
        seen.append((name, rows))
        return SimpleNamespace(name=name)

    monkeypatch.setattr(metrics, "evaluate_relations", spy)
    monkeypatch.setattr(report, "write_report", lambda evs, out, show: [])
    relations = _relations()
    mentions = pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"]})
    gold = tmp_path / "gold"
    gold.mkdir()
    header = "doc_id,section,a_type,a_id,a_name,b_type,b_id,b_name,label,negated,evidence\n"
    (gold / "one.csv").write_text(header + "d1,Abstract,GENE,HGNC:1,A,COMPOUND,CHEBI:2,B,upregulates,false,x\n",
                                  encoding="utf-8")
    (gold / "two.csv").write_text(header + "d2,Results,GENE,HGNC:1,A,COMPOUND,CHEBI:2,B,inhibits,false,y\n",
                                  encoding="utf-8")
    api.evaluate(relations, mentions, gold=gold, output_dir=tmp_path / "out")
    assert [name for name, _ in seen] == ["one", "two"]
    assert seen[0][1] is seen[1][1] and seen[0][1] == relations.to_dict("records")

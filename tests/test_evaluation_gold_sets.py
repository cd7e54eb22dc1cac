"""Gold sets scored apart: the reviews (corpus/gold/relations.csv) and the new papers
(new_papers_zh.csv, new_papers_en.csv); the English new-paper gold is sound (evidence verbatim,
ids real, no duplicates) and its documents get the doc_ids the gold uses."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from conftest import CORPUS, JIN, LI, REPO

from pipeline.evaluation.gold import load_gold, load_gold_sets, pair_key

GOLD_DIR = CORPUS / "gold"
EN_GOLD = GOLD_DIR / "new_papers_en.csv"
NEW_PAPERS = CORPUS / "new_papers"
EN_DIR = NEW_PAPERS / "en"
MESH_IDS = REPO / "tests" / "data" / "new_papers_en_mesh_ids.tsv"
REVIEWS = {"li2025_ferroptosis", "jin2025_autophagy"}


@pytest.fixture(scope="module")
def en_gold():
    return load_gold(EN_GOLD)


@pytest.fixture(scope="module")
def reviews_and_en_run():
    """One run over the two reviews and the English abstracts (the Chinese papers left out)."""
    from pipeline.api import run
    from pipeline.config import Config

    return run([LI, JIN, EN_DIR], Config(dictionaries=REPO / "dictionaries"))


@pytest.fixture(scope="module")
def evaluated(reviews_and_en_run, tmp_path_factory):
    from pipeline.api import evaluate

    out = tmp_path_factory.mktemp("evaluation")
    return evaluate(reviews_and_en_run.relations, reviews_and_en_run.mentions, GOLD_DIR, out), out


# --- the English new-paper gold itself ---------------------------------------------------------

def test_english_gold_covers_at_least_twenty_abstracts_each_with_its_text_and_manifest_row(en_gold):
    docs = {g.doc_id for g in en_gold}
    assert len(docs) >= 20
    with (NEW_PAPERS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = {row["doc_id"]: row for row in csv.DictReader(handle)}
    for doc in docs:
        row = manifest[doc]
        assert row["language"] == "en" and (NEW_PAPERS / row["file"]).is_file(), doc
        assert row["source_id"] == "PMID:" + doc.removeprefix("PMID")
    # every abstract committed is annotated
    assert {"PMID" + p.stem for p in EN_DIR.glob("*.txt")} == docs


def test_every_english_evidence_is_a_verbatim_substring_of_its_abstract(en_gold):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in EN_DIR.glob("*.txt")}
    missing = [(g.doc_id, g.evidence[:60]) for g in en_gold
               if g.evidence not in texts[g.doc_id.removeprefix("PMID")]]
    assert missing == []
    titles = {p.stem: t.split("\n", 1)[0] for p, t in zip(EN_DIR.glob("*.txt"), texts.values())}
    for g in en_gold:  # a title_en quote comes from the title line, an abstract_en quote does not
        in_title = g.evidence in titles[g.doc_id.removeprefix("PMID")]
        assert in_title == (g.section == "title_en"), (g.doc_id, g.section, g.evidence[:50])


def test_every_english_gold_id_exists_and_its_name_is_the_ids_name(en_gold, annotator):
    entities = annotator.dictionary.entities
    with MESH_IDS.open(encoding="utf-8") as handle:
        mesh = {r["mesh_id"]: r["name"] for r in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")}
    wrong = []
    for g in en_gold:
        for entity_id, name in ((g.a_id, g.a_name), (g.b_id, g.b_name)):
            members = entity_id[5:].split("/") if entity_id.startswith("AXIS:") else [entity_id]
            for member in members:
                if member in entities:
                    continue
                if not (member.startswith("MESH:") and member in mesh):
                    wrong.append(member)
            if entity_id in entities:
                entity = entities[entity_id]
                # the gold names an entity by one of its names or its MeSH heading; the dictionary
                # may show another (MESH:C072553 is shown as "Z-LLL", a name people write)
                if name not in (entity.name, entity.name_zh, *entity.synonyms) and mesh.get(entity_id) != name:
                    wrong.append((entity_id, name))
            elif entity_id in mesh and mesh[entity_id] != name:
                wrong.append((entity_id, name))
    assert wrong == []


def test_no_duplicate_english_gold_rows_and_the_file_is_crlf_utf8(en_gold):
    # GUIDELINES 5.8: one row per (document, section, unordered pair, label, negated)
    keys = Counter((g.doc_id, g.section, g.pair, g.label, g.negated) for g in en_gold)
    assert [k for k, n in keys.items() if n > 1] == []
    data = EN_GOLD.read_bytes()
    assert data.startswith(b"doc_id,section,a_type,")
    assert data.count(b"\r\n") == data.count(b"\n")
    assert {g.section for g in en_gold} <= {"title_en", "abstract_en"}


def test_english_gold_states_non_effects_as_negated_rows(en_gold):
    negated = {(g.doc_id, g.a_name, g.b_name) for g in en_gold if g.negated}
    # "In contrast, ibandronate did not affect FAS and DNMT1 expression in MC3T3-E1 ..." (PMID 23103563)
    assert ("PMID23103563", "Ibandronic Acid", "FAS") in negated
    # "The protein levels of CCR5, but not CCR9 and CXCR4, were decreased by XAP." (PMID 27025367)
    assert ("PMID27025367", "通关藤", "CXCR4") in negated
    assert len(negated) >= 15


# --- reading the corpus: new papers get the gold's doc_ids -----------------------------------

def test_new_papers_get_their_manifest_ids_from_the_manifest_above_their_folder():
    from pipeline.io.corpus import discover

    ids = {s.relative: s.doc_id for s in discover([CORPUS])}
    assert ids["li2025_ferroptosis_osteoporosis.md"] == "li2025_ferroptosis"  # unchanged
    assert ids["jin2025_autophagy_osteoporosis.md"] == "jin2025_autophagy"
    assert ids["new_papers/en/23552851.txt"] == "PMID23552851"
    gold_docs = {g.doc_id for s in load_gold_sets(GOLD_DIR) for g in s.rows}
    assert gold_docs <= set(ids.values())


# --- evaluation per gold set ------------------------------------------------------------------

def test_gold_folder_loads_every_set_reviews_first():
    sets = load_gold_sets(GOLD_DIR)
    names = [s.name for s in sets]
    assert names[0] == "reviews" and "new_papers_en" in names
    assert {s.name: s.docs for s in sets}["reviews"] == REVIEWS
    assert [s.name for s in load_gold_sets(EN_GOLD)] == ["new_papers_en"]


def test_each_gold_set_is_scored_on_its_own_documents(evaluated, reviews_and_en_run):
    ev, _ = evaluated
    sets = ev.by_gold_set
    assert set(sets) == {"reviews", "new_papers_en"}  # the Chinese papers were not run: left out
    assert ev is sets["reviews"]
    en_docs = {"PMID" + p.stem for p in EN_DIR.glob("*.txt")}
    assert set(sets["reviews"].docs) == REVIEWS and set(sets["new_papers_en"].docs) == en_docs
    for name, one in sets.items():
        assert set(one.errors.doc_id) <= set(one.docs), name
    # every (document, pair) found in the run is counted in exactly one set
    units = {(item.split("/")[0], pair_key(r.a_id, r.b_id))
             for r in reviews_and_en_run.relations.itertuples() for item in r.found_in.split(";")}
    assert sets["reviews"].n_predicted + sets["new_papers_en"].n_predicted == len(units)


def test_reviews_scored_in_a_mixed_run_see_only_review_pairs(evaluated, corpus_run, tmp_path):
    """The reviews' TP/FN in a run with the abstracts equal those of a run of the reviews
    alone (the pairs found do not depend on other documents; only scores and ranks do)."""
    from pipeline.api import evaluate

    ev, _ = evaluated
    alone = evaluate(corpus_run.relations, corpus_run.mentions, GOLD_DIR / "relations.csv", tmp_path)
    mixed = ev.by_gold_set["reviews"]
    assert (mixed.overall.tp, mixed.overall.fn) == (alone.overall.tp, alone.overall.fn)
    assert mixed.n_predicted == alone.n_predicted


def test_precision_at_gold_is_the_precision_of_the_top_gold_size_pairs(evaluated, reviews_and_en_run, en_gold):
    """Units ranked by the score each document gives the pair (``doc_scores``), not the row's."""
    ev, _ = evaluated
    en = ev.by_gold_set["new_papers_en"]
    best: dict = {}
    for r in reviews_and_en_run.relations.itertuples():
        doc_scores = dict(item.rsplit(":", 1) for item in r.doc_scores.split(";"))
        for item in r.found_in.split(";"):
            doc = item.split("/")[0]
            key, score = (doc, pair_key(r.a_id, r.b_id)), float(doc_scores[doc])
            if doc in en.docs and (key not in best or score > best[key][0]):
                best[key] = (score, r.relation_id)
    ranked = sorted(best, key=lambda k: (-best[k][0], best[k][1], k[0]))
    gold_pairs = {(g.doc_id, g.pair) for g in en_gold}
    assert en.n_gold == len(gold_pairs)
    top = ranked[:en.n_gold]
    assert en.precision_at_gold == pytest.approx(sum(k in gold_pairs for k in top) / en.n_gold)


def test_report_has_a_summary_row_per_set_and_the_csv_names_the_set(evaluated):
    _, out = evaluated
    md = (out / "evaluation.md").read_text(encoding="utf-8")
    assert "## Summary per gold set" in md
    summary = md.split("## Summary per gold set", 1)[1].split("## Gold set:", 1)[0]
    assert "| reviews |" in summary and "| new_papers_en |" in summary
    assert "## Gold set: reviews" in md and "## Gold set: new_papers_en" in md
    with (out / "evaluation.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["gold_set"] for r in rows} == {"reviews", "new_papers_en"}
    assert {r["status"] for r in rows if r["gold_set"] == "new_papers_en"} == {"TP", "FP", "FN"}


def test_baseline_floors_on_the_english_abstracts(evaluated):
    """Floors a little under the figures of the first run (before any rule of issue 14: recall
    0.51, precision@|gold| 0.32, label accuracy 0.52 in this run): raise them as rules land."""
    en = evaluated[0].by_gold_set["new_papers_en"]
    assert en.n_gold >= 200
    assert en.overall.recall >= 0.45
    assert en.precision_at_gold >= 0.25
    assert en.label_accuracy >= 0.45


def test_ranking_floors_on_the_english_abstracts_and_the_reviews(evaluated):
    """The rank score (relations/ranking.py: log-linear weights fitted on the development gold,
    bench/rank_weights.py) gave precision@|gold| 0.725 on the English abstracts and 0.808 on the
    reviews in this run (0.688 and 0.793 with the co-occurrence × cue-weight score before); with
    the document-count weight at 0 (ranking.RANK_WEIGHTS) and stop 21's typing rules, 0.696 and
    0.798 in the full bundled run; with each unit ranked by its own document's score
    (``doc_scores``) instead of the row's, 0.733 and 0.817 (both in this run and the full one)."""
    by_set = evaluated[0].by_gold_set
    assert by_set["new_papers_en"].precision_at_gold >= 0.72
    assert by_set["reviews"].precision_at_gold >= 0.81


# --- the validation set (the stop-24 held-out set): scored apart, per language ------------------------------

def test_validation_sets_are_scored_apart_on_their_own_documents(tmp_path):
    """corpus/validation (2 ChinaXiv papers; 25 abstracts: 10 of stop 24, 15 added in stop 25) run
    alone: ``validation_zh`` and ``validation_en`` are two sets of their own, each on its own
    documents, and the development sets (not run) are left out. No floor on the figures
    (corpus/gold/README.md)."""
    from pipeline.api import evaluate, run
    from pipeline.config import Config

    validation = CORPUS / "validation"
    result = run([validation], Config(dictionaries=REPO / "dictionaries"))
    ev = evaluate(result.relations, result.mentions, GOLD_DIR, tmp_path)
    sets = ev.by_gold_set
    # stop 38 adds sets of blind papers whose texts share corpus/validation (validation38_zh, ...): each gold file
    # validation*.csv is a set of its own, scored on its own documents, and together they cover every text
    own = {f.stem: {g.doc_id for g in load_gold(f)} for f in GOLD_DIR.glob("validation*.csv")}
    assert {"validation_zh", "validation_en"} <= set(own) and set(sets) == set(own)
    for name, docs in own.items():
        assert set(sets[name].docs) == docs, name
    texts = {p.stem for p in (validation / "zh").glob("*.md")} | {"PMID" + p.stem for p in (validation / "en").glob("*.txt")}
    assert set().union(*own.values()) == texts
    md = (tmp_path / "evaluation.md").read_text(encoding="utf-8")
    assert all(f"## Gold set: {name}" in md for name in own)
    for name, one in sets.items():
        assert one.n_gold > (50 if name in ("validation_zh", "validation_en") else 0)
        assert one.overall.tp + one.overall.fn == one.n_gold


# --- the held-out set: scored apart, per language, never tuned on ---------------------------------------------

HELDOUT_DOCS = sorted((CORPUS / "heldout").glob("*/*.*")) if (CORPUS / "heldout").is_dir() else []


@pytest.mark.skipif(not HELDOUT_DOCS, reason="no held-out set committed: the stop-25 set was retired "
                    "to validation at the start of stop 26 and its successor is being annotated")
def test_heldout_sets_are_scored_apart_on_their_own_documents(tmp_path):
    """corpus/heldout (papers and abstracts annotated by reading before any run) run alone:
    ``heldout_zh`` and ``heldout_en`` are two sets of their own, each on its own documents; the
    development and validation sets (not run) are left out. No floor on the figures: the set is
    measured once per stop and never tuned on (corpus/gold/README.md, "Held-out (stop 26)")."""
    from pipeline.api import evaluate, run
    from pipeline.config import Config

    heldout = CORPUS / "heldout"
    result = run([heldout], Config(dictionaries=REPO / "dictionaries"))
    ev = evaluate(result.relations, result.mentions, GOLD_DIR, tmp_path)
    sets = ev.by_gold_set
    assert set(sets) == {"heldout_zh", "heldout_en"}
    assert set(sets["heldout_zh"].docs) == {p.stem for p in (heldout / "zh").glob("*.md")}
    assert set(sets["heldout_en"].docs) == {"PMID" + p.stem for p in (heldout / "en").glob("*.txt")}
    md = (tmp_path / "evaluation.md").read_text(encoding="utf-8")
    assert "## Gold set: heldout_zh" in md and "## Gold set: heldout_en" in md
    for one in sets.values():  # stop 31: 57 English and 47 Chinese gold pairs; with the stop-32 additions 65 and 104 (corpus/gold/README.md)
        assert one.n_gold > 40 and one.overall.tp + one.overall.fn == one.n_gold
    # sealed: the figures are written, the error lists are not (whoever reads evaluation.md or
    # evaluation.csv for another set while tuning must not read the held-out set's misses)
    assert "### False negatives" not in md and "### Causes of false negatives" not in md
    assert "--show-heldout" in md
    import pandas as pd

    assert not set(pd.read_csv(tmp_path / "evaluation.csv")["gold_set"]) & set(sets)
    shown = tmp_path / "shown"
    evaluate(result.relations, result.mentions, GOLD_DIR, shown, show_heldout=True)
    md = (shown / "evaluation.md").read_text(encoding="utf-8")
    assert md.count("### False negatives") == 2 and md.count("### False positives") == 2
    assert set(pd.read_csv(shown / "evaluation.csv")["gold_set"]) == set(sets)

"""bench/ner_eval.py's same-entity column (docs/ner_benchmarks.md, herbs stop 21): nested spans
count when the gold text names the mention's entity. Sentences from the cshan train split."""

from pathlib import Path

from bench_helpers import bench_module

REPO = Path(__file__).resolve().parents[1]


def _ner_eval():
    return bench_module("ner_eval")


def test_same_entity_forgives_a_boundary_not_another_herb(annotator):
    ne = _ner_eval()
    # cshan-2354 "加车前草，薏苡仁，茯苓": the gold tags 苡仁 inside 薏苡仁 (the same herb);
    # cshan-1764 "…防风浙贝母白芷…": the gold tags 贝母 inside 浙贝母 (another herb)
    text = "尿少，加车前草，薏苡仁，茯苓，大腹皮以利水。陈皮防风浙贝母白芷牛蒡子。"
    a, b = text.index("苡仁"), text.index("贝母")
    sample = ne.Sample("t", text, [(a, a + 2, "HER"), (b, b + 2, "HER")])
    ids: dict = {}
    predicted = ne.predict(annotator, sample, ids)
    scores: dict = {}
    ne.score_sample(sample, predicted, "cshan", scores, ids, ne._names_of(annotator))
    her = scores["HER"]
    assert her.tp == 0 and her.fn == 2  # exact: both gold spans missed
    assert her.same_tp == 1  # 苡仁 names 薏苡仁's herb; 贝母 does not name 浙贝母's
    p, r, _ = her.same_entity
    assert r == 0.5 and p < 1.0


def test_audit_classifies_the_gold_spans_from_the_dictionary(annotator):
    """bench/ner_eval.py --audit: the cshan gold's own errors, read from the dictionary around
    each gold span (no system output). tests/data/cshan_train_excerpt.bio.txt holds sentences
    2628, 1126, 1185 and 1047 of the cshan train split (../shared/data/dev/annotated/
    tcm_herb_ner_cshan/train.bio.txt), copied unchanged."""
    ne = _ner_eval()
    samples = list(ne.read_cshan(REPO / "tests" / "data" / "cshan_train_excerpt.bio.txt"))
    herb_of, formula_of = annotator._herb_of_zh, annotator._formula_of

    def classes(sample):
        return {sample.text[a:b]: (kind, detail) for kind, (a, b), detail in ne.audit_her(sample, herb_of, formula_of)}

    s2628, s1126, s1185, s1047 = samples
    # "黄芪防风白术熟地山萸肉陈皮法半夏茯苓": 防风, 熟地 and 法半夏 left O between tagged herbs
    assert [s2628.text[a:b] for a, b in ne.audit_omissions(s2628, herb_of)] == ["防风", "熟地", "法半夏"]
    assert classes(s2628)["黄芪"] == ("plain", "黄芪")
    # "茯苓甘草汤。": the gold tags the herbs of the formula name
    assert classes(s1126)["甘草"] == ("formula", "茯苓甘草汤")
    # "加苍术，薏苡仁，": 苡仁 tagged inside 薏苡仁 (the same herb); 苍术 tagged PRE
    assert classes(s1185)["苡仁"] == ("suffix", "same herb 薏苡仁")
    assert "苍术" in [s1185.text[a:b] for a, b in ne.audit_pre(s1185, herb_of, formula_of)]
    # "薄荷叶木通甘草": 木 tagged, 通 left O
    assert classes(s1047)["木"] == ("prefix", "木通")
    # counted over the four sentences, with our misses per class
    audit = ne.Audit()
    for sample in samples:
        audit.add(sample, set(), herb_of, formula_of)
    assert audit.her["suffix"] >= 1 and audit.her["prefix"] >= 1 and audit.omitted >= 1
    assert audit.our_fn == audit.her  # nothing predicted: every gold span is a miss
    assert "| **all** |" in audit.table()


def test_cshan_holdout_is_cut_by_gold_mentions_not_by_texts():
    """cshan's herbs stand in its middle sentences (~1,000-3,000; its last 1,202 hold one HER
    span): cut by texts, the held-out 20 % would hold no herb. By gold mentions, each part
    holds its share of them (stop 24)."""
    ne = _ner_eval()
    herb = [(0, 2, "HER")]
    items = [ne.Sample(f"t{i}", "黄芪", herb if 2 <= i < 7 else []) for i in range(10)]
    by_texts = ne.part_of(items, "holdout")
    assert [s.doc_id for s in by_texts] == ["t8", "t9"] and not any(s.gold for s in by_texts)
    tune = ne.part_of(items, "tune", by_mentions=True)
    holdout = ne.part_of(items, "holdout", by_mentions=True)
    assert tune + holdout == items
    assert sum(len(s.gold) for s in tune) == 4 and sum(len(s.gold) for s in holdout) == 1


def test_biored_linking_figure_reads_gold_gene_ids_and_grades_each_link(annotator):
    """bench/ner_eval.py's linking figure (BioRED): each gold gene mention found with its exact
    span is linked right (the gold NCBI Gene id's HGNC id), to a FamPlex family containing it,
    wrong, or not at all. tests/data/biored_title_excerpt_pubtator.tsv: the title of BioRED train
    PMID 30836660 with its gene annotations (mouse and human ids)."""
    ne = _ner_eval()
    sample = next(ne.read_pubtator_gold([REPO / "tests" / "data" / "biored_title_excerpt_pubtator.tsv"]))
    assert sample.gold_ids[(70, 74)] == ("21898", "7099")  # TLR4: mouse, human
    entrez = ne.entrez_to_hgnc(ne.DEFAULT_HGNC)
    assert entrez["7099"] == "HGNC:11850" and "21898" not in entrez  # only human ids map
    ids: dict = {}
    ne.predict(annotator, sample, ids)
    linking = ne.Linking()
    linking.add(sample, ids, entrez, annotator)
    assert linking.found == 3
    assert linking.verdicts["right"] == 1  # TLR4
    assert linking.verdicts["family"] == 1  # NF-kappaB: FPLX:NFkappaB holds NFKB1 (gold 4790)
    assert linking.verdicts["right"] + linking.verdicts["family"] + linking.verdicts["wrong"] \
        + linking.verdicts["unlinked"] == 3
    assert 0 < linking.share <= 1


def test_held_out_documents_are_never_read(tmp_path):
    """A PMID of the held-out pool is skipped unread, even inside a public corpus."""
    ne = _ner_eval()
    path = REPO / "tests" / "data" / "biored_title_excerpt_pubtator.tsv"
    assert not list(ne.read_pubtator_gold([path], exclude=frozenset({"30836660"})))
    pool = tmp_path / "pool.txt"
    pool.write_text("# pool\nPMID30836660\n", encoding="utf-8")
    assert ne.excluded_ids(pool) == frozenset({"30836660"})

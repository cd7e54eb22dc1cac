"""bench/fp_classes.py: the computable classes of a (document, pair) unit's best sentence (stop 33) —
the part of the paper from its headings, clause separators between the pair, the title's entities —
and the conjunction search and rank-term check over a unit table."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
from bench_helpers import bench_module


def _fp_classes():
    return bench_module("fp_classes")


def _mention(text: str, name: str, entity_id: str):
    start = text.index(name)
    return SimpleNamespace(sentence_start=start, sentence_end=start + len(name), entity_id=entity_id)


def test_part_of_reads_the_papers_major_headings():
    fc = _fp_classes()
    # the heading lines of validation paper ChinaXiv-201712.00947V1 (text before "1材料和方法" is the introduction)
    text = ("# 甲状旁腺激素通过非依赖PLC的PKC途径\n前言正文。\n# 1材料和方法\n# 1.1 材料\n方法正文。\n"
            "# 2结果\n结果正文。\n# 3讨论\n讨论正文。\n")
    parts = fc.heading_parts(text)
    assert [p for _, p in parts] == ["methods", "methods", "results", "discussion"]
    assert fc.part_of("body", text.index("前言"), parts) == "intro"
    assert fc.part_of("body", text.index("结果正文"), parts) == "results"
    assert fc.part_of("body", text.index("讨论正文"), parts) == "discussion"
    assert fc.part_of("references", 0, parts) == "references"
    assert fc.part_of("abstract_zh", 0, parts) == "abstract"
    assert fc.part_of("body", 5, []) == "body"  # an abstract file or a review without those headings


def test_clauses_between_counts_separators_between_the_nearest_mentions():
    fc = _fp_classes()
    # validation_zh ChinaXiv-201712.01205V1, discussion
    text = "此外,Dkk1能降低血管平滑肌细胞ALP的活性和下调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达。"
    dkk1, alp, bmp2 = (_mention(text, n, n) for n in ("Dkk1", "ALP", "BMP2"))
    assert fc.clauses_between(text, [dkk1], [alp]) == 0
    # validation_en PMID26102294
    en = ("Silencing OCT4A suppresses p21Cip1, changes cell cycle regulation and subsequently suppresses "
          "terminal senescence; p21Cip1-silencing did not affect OCT4A expression.")
    oct4a, p21 = _mention(en, "OCT4A", "O"), _mention(en, "p21Cip1", "P")
    at = en.rindex("OCT4A")
    late_oct4a = SimpleNamespace(sentence_start=at, sentence_end=at + 5, entity_id="O")
    assert fc.clauses_between(en, [oct4a, late_oct4a], [p21]) == 0
    assert fc.clauses_between(en, [late_oct4a], [p21]) == 2  # across "," and ";" to the first p21Cip1
    assert fc.clauses_between(text, [dkk1], [bmp2]) == 0


def test_title_entities_take_the_first_line_of_an_abstract_file():
    fc = _fp_classes()
    m = SimpleNamespace(entity_id="CPD:x")
    title = SimpleNamespace(section="body", paragraph=0, mentions=[m])
    body = SimpleNamespace(section="body", paragraph=1, mentions=[SimpleNamespace(entity_id="HGNC:1")])
    assert fc.title_entities(SimpleNamespace(sentences=[title, body])) == {"CPD:x"}
    zh_title = SimpleNamespace(section="title_zh", paragraph=0, mentions=[SimpleNamespace(entity_id="HGNC:2")])
    assert fc.title_entities(SimpleNamespace(sentences=[body, zh_title])) == {"HGNC:2"}
    assert fc.named_in("AXIS:FPLX:PI3K/FPLX:AKT", {"FPLX:AKT"})
    assert not fc.named_in("FPLX:ERK", {"FPLX:AKT"})


def _units():
    # two sets of |gold| 2: the class "cued=False" holds the false unit above each cut
    rows = [("new_papers_en", 1.0, True, True), ("new_papers_en", 0.9, False, False),
            ("new_papers_en", 0.5, True, True), ("validation_en", 1.0, False, False),
            ("validation_en", 0.9, True, True), ("validation_en", 0.3, True, True)]
    units = pd.DataFrame(rows, columns=["set", "score", "gold", "cued"])
    units["above"] = [True, True, False, True, True, False]
    for column in ("part", "cited", "n_sent", "n_ent", "length", "hedged", "label", "pair_type", "how",
                   "n_title", "clauses", "fan"):
        units[column] = "x"
    return units


def test_a_rank_term_on_a_bad_class_raises_p_at_gold_and_leave_one_out_reads_it():
    fc = _fp_classes()
    units = _units()
    n_gold = {"new_papers_en": 2, "validation_en": 2}
    indicator = (~units["cued"]).to_numpy(float)
    assert fc.p_at_gold(units, n_gold, indicator, 0.0) == {"new_papers_en": 0.5, "validation_en": 0.5}
    assert fc.p_at_gold(units, n_gold, indicator, -2.0) == {"new_papers_en": 1.0, "validation_en": 1.0}
    found = fc.conjunctions(units, columns=("cued", "label"), min_fp=1)
    assert found == []  # two sets only: a class must recur on three
    assert np.isclose(fc.p_at_gold(units, n_gold, indicator, 0.5)["validation_en"], 0.5)

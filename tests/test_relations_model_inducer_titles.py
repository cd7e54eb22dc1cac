"""A reagent that makes the disease model in a Chinese title ("X致Y损伤") is no relation partner.

relations/model_inducers.py reads "诱导的/引起的/所致" after a compound; Chinese titles write the
participle as a bare 致 ("四氯化碳致小鼠急性肝损伤" = CCl4-induced acute liver injury in mice). With the
Chinese drug names of stop 29 (四氯化碳 among them) these titles gave a herb extract `contains` CCl4 and
CCl4 -> MAPK rows on the development sample papers.
"""

from __future__ import annotations

from pipeline.relations.model_inducers import is_model_inducer


def _is_inducer(text: str, name: str) -> bool:
    start = text.index(name)
    return is_model_inducer(text, start, start + len(name))


def test_a_bare_zhi_after_a_reagent_makes_it_the_model_inducer():
    # reference titles in development sample ChinaXiv-201810.00267V1 (also new_papers) and in another
    # paper's reference list; the guide word after 致 (损伤, 炎症) is a disease head
    assert _is_inducer("复方茵柏颗粒对四氯化碳致急性肝损伤大鼠 MAPK 信号通路的影响", "四氯化碳")
    assert _is_inducer("细柱五加果实提取物对四氯化碳致小鼠急性肝损伤的保护作用", "四氯化碳")
    assert _is_inducer("竹节参总皂苷通过NF-κB通路对LPS致RAW264.7细胞炎症的保护作用研究", "LPS")


def test_zhi_without_a_disease_head_and_zhishi_are_not_read_as_inducing():
    # "X致使Y" (causes) and "X导致Y升高" state findings: the inducer reading needs a disease head word
    assert not _is_inducer("地塞米松致使ALP活性升高", "地塞米松")
    assert not _is_inducer("地塞米松导致ALP活性升高", "地塞米松")


def test_the_herb_extract_keeps_no_contains_row_with_the_inducer(mentions_of):
    from pipeline.api import annotator_for
    from pipeline.config import Config
    from pipeline.relations.facts import facts_of
    from tests.conftest import REPO

    annotator = annotator_for(Config(dictionaries=REPO / "dictionaries"))
    facts = facts_of(annotator.annotate("t", "细柱五加果实提取物对四氯化碳致小鼠急性肝损伤的保护作用"))
    rows = [p.row for s in facts.sentences for p in s.typed_pairs()]
    assert not [r for r in rows if "MESH:D002251" in (r[1], r[3])]

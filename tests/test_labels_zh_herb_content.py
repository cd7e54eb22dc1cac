"""Chinese content determination states a herb's constituent (relations/compound_sources.content_in_herb_zh).

"测定H中C的含量" measures C in H: H contains C (GUIDELINES 1; corpus/gold/README.md, validation41_zh). The first
sentence is a reference title of free-pool paper ChinaXiv-201711.01615V1 (taken out of the blind pool in stop 41).
"""

from __future__ import annotations

from tests.nlp_helpers import typed_pairs

PATCHOULI, ACTEOSIDE = "HERB002002", "CPD:acteoside"  # 广藿香, 毛蕊花糖苷


def test_content_of_a_compound_in_a_herb_is_contains(annotator):
    text = "叶超,刘芳,陈宝龙,等.高效液相色谱法测定广藿香中毛蕊花糖苷的含量[J].中南药学,2014(12):1248-1250."
    pairs = typed_pairs(annotator, text)
    label = pairs.get((PATCHOULI, ACTEOSIDE))
    assert label is not None and label.label == "contains"


def test_every_item_of_a_content_list_is_contained(annotator):
    # the construction of the title above with a list and a herb part (药材) named between herb and 中
    text = "采用高效液相色谱法测定丹参药材中丹参酮IIA、隐丹参酮的含量。"
    pairs = typed_pairs(annotator, text)
    herb = next(a for a, _ in pairs if a.startswith("HERB"))
    contained = {b for (a, b), lab in pairs.items() if a == herb and lab.label == "contains"}
    assert {"CPD:tanshinone-iia", "CPD:cryptotanshinone"} <= contained


def test_content_in_a_group_tissue_is_no_herb_constituent(annotator):
    # a tissue of an animal group treated with the herb: MDA is measured in the liver, not in the herb
    text = "金银花组小鼠肝脏中丙二醛的含量明显降低。"
    pairs = typed_pairs(annotator, text)
    assert all(lab.label != "contains" for lab in pairs.values())


def test_content_in_the_whole_plant_with_a_counted_list(annotator):
    # stop 43: validation41_zh ChinaXiv-202003.00069V1 (gold 绞股蓝 contains ginsenosides Rb1 and Rd): the plant (植株)
    # named between herb and 中, the list closed by its count ("共5种单体含量") and items the dictionary does not name
    text = "史美荣等（2015）测定绞股蓝植株中人参皂苷Rb1、Rb3、Rd 和绞股蓝皂苷XLIX和XVII共5种单体含量"
    pairs = typed_pairs(annotator, text)
    for compound in ("CPD:ginsenoside-rb1", "CPD:ginsenoside-rd"):
        assert pairs[("HERB002856", compound)].label == "contains", compound  # was associated

"""A word inside a Chinese gene name defined by its bracketed symbol is no mention (nlp/zh_long_names.py).

Sentences copied from the sample batch (/work/shared/data/dev/chinaxiv/sample) and the gold evidence of
validation_zh (corpus/gold/validation_zh.csv); document ids at each.
"""

from __future__ import annotations

from tests.nlp_helpers import entity_ids

# validation_zh ChinaXiv-201711.00864V1 (gold evidence): cholesterol 7α-hydroxylase
CYP7A1 = "王先科等[5]研究了苜蓿皂苷通过促进肝脏胆固醇 7-羟化酶（CYP7A1）和低密度脂蛋白受体（LDL-R）的表达"
# sample ChinaXiv-201711.01551V1: Raptor, the regulatory-associated protein of mTOR
RAPTOR = "小G蛋白通过与mTOR 联接蛋白(Raptor)、mTOR 结合，形成活性的三元复合物，为mTORC1募集下游底物。"
# sample ChinaXiv-201707.00654V1: the family before "由" is no word of ERK's name
MAPK = "MAPKs 家族由细胞外信号调节激酶(ERK),p38 和c-Jun 氨基末端激酶(JNK)组成。"


def test_cholesterol_of_cholesterol_7_hydroxylase_is_no_mention(mentions_of):
    ids = entity_ids(mentions_of, CYP7A1)
    assert "CPD:cholesterol" not in ids
    assert "HGNC:2651" in ids and "HERB004065" in ids  # CYP7A1 and the herb stay


def test_mtor_inside_raptor_name_is_dropped_but_its_own_mention_stays(mentions_of):
    found = mentions_of(RAPTOR)
    assert ("mTOR", "HGNC:3942") in found  # "、mTOR 结合": mTOR itself
    assert [t for t, eid in found if eid == "HGNC:3942"].count("mTOR") == 1


def test_a_word_before_a_verb_is_outside_the_name(mentions_of):
    assert "FPLX:MAPK" in entity_ids(mentions_of, MAPK)

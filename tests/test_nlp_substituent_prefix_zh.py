"""A Chinese compound name matched after a substituent prefix is the parent of another compound
(pipeline/nlp/name_fragments.py, ``is_name_fragment_zh``): sentences of the development and
validation papers, and the names of common Chinese derivatives."""

from __future__ import annotations

import pytest

from pipeline.nlp.name_fragments import is_name_fragment_zh


def _ids(mentions_of, text):
    return {eid for _, eid in mentions_of(text)}


def test_hydroxychloroquine_written_with_a_prefix_is_not_chloroquine(mentions_of):
    """validation ChinaXiv-201811.00118V1: "羟化氯喹" (hydroxychloroquine) gave Chloroquine inhibits autophagy."""
    text = "Polak等[14]报道用自噬抑制剂羟化氯喹处理急性淋巴细胞白血病细胞，可抑制自噬活性而降低白血病细胞的增殖能力"
    assert "CPD:chloroquine" not in _ids(mentions_of, text)


def test_a_methylated_amino_acid_is_not_the_amino_acid(mentions_of):
    """sample ChinaXiv-201711.01551V1: "1-甲基组氨酸" (1-methylhistidine) was read as histidine; the
    amino acids listed before it stay."""
    text = ("陈琼[2]研究发现，仔猪14日龄早期断奶组与不断奶组相比，第4天血浆中苯丙氨酸、丝氨酸、赖氨酸和1-甲基组氨酸"
            "含量显著降低，同时肝脏中自噬相关蛋白LC3ⅡI表达量显著升高")
    ids = _ids(mentions_of, text)
    assert "CPD:histidine" not in ids
    assert {"CPD:phenylalanine", "CPD:lysine"} <= ids


@pytest.mark.parametrize(("text", "parent"), [
    ("二氢青蒿素抑制凋亡", "青蒿素"),  # dihydroartemisinin, not artemisinin
    ("7-羟基香豆素抑制凋亡", "香豆素"),  # umbelliferone, not coumarin
    ("乙酰水杨酸抑制COX-2", "水杨酸"),  # aspirin, not salicylic acid
    ("脱氧鬼臼毒素抑制凋亡", "鬼臼毒素"),
    ("异甘草酸镁降低ALT", "甘草酸"),
])
def test_a_substituent_prefix_glued_before_the_name_makes_another_compound(text, parent):
    start = text.index(parent)
    assert is_name_fragment_zh(text, start)


@pytest.mark.parametrize(("text", "name"), [
    ("硫酸庆大霉素注射液(广药白云山国药准字号H44022095）", "庆大霉素"),  # validation ChinaXiv-201712.00990V1: a salt, the same drug
    ("5-氟尿嘧啶抑制增殖", "氟尿嘧啶"),  # a locant only
    ("两组间存在差异青蒿素组更低", "青蒿素"),  # 差异: a word ending in 异
    ("给予青蒿素处理", "青蒿素"),
])
def test_salts_locants_and_ordinary_words_before_a_name_keep_it(text, name):
    assert not is_name_fragment_zh(text, text.index(name))

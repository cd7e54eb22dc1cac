"""A Chinese protein name whose first characters belong to the word before it is no mention
(nlp/claimed_heads.py; 结节性硬化蛋白 in dictionaries/curated/stop_phrases.tsv).

Sentences copied from validation40_zh papers (corpus/validation/zh), the 20-paper sample
(/work/shared/data/dev/chinaxiv/sample) and the free Chinese pool (/tmp/s43/free/zh, ChinaXiv papers);
document ids at each.
"""

from __future__ import annotations

from pipeline.nlp.claimed_heads import claiming_word
from pipeline.nlp.segmenter import corpus_frequency
from tests.nlp_helpers import entity_ids

# validation40_zh ChinaXiv-201706.00272V1: VISA (MAVS) is an adaptor protein (接头蛋白), not noggin (头蛋白)
ADAPTOR = "研究结果表明，VISA 是连接RIG-I与下游信号转导通路的一个接头蛋白。"
# validation40_zh ChinaXiv-201712.01090V1
ADAPTOR_STING = "同时DDX41与胞浆内接头蛋白STING结合，并且通过STING的死亡结构域激活TBK1、IRF3。"
# sample ChinaXiv-201711.01551V1: tuberous sclerosis proteins 1/2 (TSC1/2), not sclerostin (硬化蛋白, SOST)
TSC = "腺苷酸活化蛋白激酶（AMPK）-结节性硬化蛋白1/2(TSC1/2)-mTOR 信号通路"
# free pool ChinaXiv-201712.00482V1: smooth-muscle actin; 平滑肌 takes 肌, but 动蛋白 is no bare head
ACTIN = "间皮细胞标志如：平滑肌动蛋白、胶原蛋白I、波形蛋白、纤连蛋白、HO-1增加。"
# free pool ChinaXiv-201711.00912V1: 激活 + 蛋白激酶B (AKT); 激活蛋白 takes a head noun only
AKT = "用4-羟基他莫昔芬激活蛋白激酶B（protein kinaseB，PKB/AKT）处理人类视网膜色素上皮细胞 4 h后，细胞核内的 SREBP-1c 水平显著升高。"

# chinaxiv_dev120 ChinaXiv-201711.01615V1: 低谷 takes 谷, but 丙转氨酶 is no bare class word (ALT stays)
ALT = "毛蕊花糖苷能显著降低谷丙转氨酶（ALT）、谷草转氨酶（AST）活性和NO 的水平"

NOG = "HGNC:7866"


def test_adaptor_protein_is_no_noggin(mentions_of):
    assert NOG not in entity_ids(mentions_of, ADAPTOR)
    ids = entity_ids(mentions_of, ADAPTOR_STING)
    assert NOG not in ids
    assert "HGNC:18674" in ids  # DDX41 stays


def test_tuberous_sclerosis_protein_is_no_sclerostin(mentions_of):
    ids = entity_ids(mentions_of, TSC)
    assert "HGNC:13771" not in ids
    assert "FPLX:AMPK" in ids


def test_a_name_that_keeps_its_meaning_after_a_modifier_stays(mentions_of):
    assert ("肌动蛋白", "FPLX:Actin") in mentions_of(ACTIN)
    assert "FPLX:AKT" in entity_ids(mentions_of, AKT)


def test_a_rest_longer_than_a_class_word_keeps_the_name(mentions_of):
    assert "HGNC:4552" in entity_ids(mentions_of, ALT)  # GPT (ALT), read from 谷丙转氨酶


def test_claiming_word_reads_jiebas_own_words(annotator):
    text = "的一个接头蛋白，"
    assert claiming_word(text, 4, 7, corpus_frequency) == "接头"
    # a substrate before an aldehyde dehydrogenase: still an ALDH
    assert claiming_word("检测乙醛脱氢酶活性", 3, 7, corpus_frequency) is None
    # "测定各组蛋白浓度" (each group's protein, chinaxiv_dev120 ChinaXiv-201801.00630V1): 各组 takes 组
    assert claiming_word("测定各组蛋白浓度", 3, 6, corpus_frequency) == "各组"
    # no word before the name
    assert claiming_word("，头蛋白", 1, 4, corpus_frequency) is None

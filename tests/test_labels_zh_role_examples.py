"""Stop 35: an apoptosis role descriptor that introduces examples (relations/roles.py ``_ROLE_DESCRIPTOR``).

"促凋亡成员如 Bax、Bad等" / "抗凋亡成员如 Bcl-2、Bcl-xl等" / "前凋亡蛋白如…(Bad)": each example gets the
descriptor's direction on Apoptosis, as "促凋亡蛋白Bax" does (GUIDELINES 5.11); 前凋亡 is "pro-apoptotic".
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import roles

BCL2_FAMILY = ("细胞凋亡是由基因控制的细胞主动死亡的过程，最重要的调节因子之一是Bcl-2家族，该家族根据功能不同分为2类：一类是"
               "促凋亡成员如 Bax、Bad等，其通过提高线粒体的外膜通透性，增加线粒体中细胞色素C的释放，激活本身不具有生物催化活性"
               "的caspase 酶原，最终导致细胞凋亡；另一类是抗凋亡成员如 Bcl-2、Bcl-xl等，其能够通过稳定线粒体膜阻止细胞色素C的"
               "释放，从而对线粒体凋亡途径起负调控作用。")  # sample ChinaXiv-201711.00904V1
PKA = ("cAMP/PKA具有抑制前凋亡蛋白如Bcl-2相关死亡启动蛋白(Bad)表达及增加抗凋亡蛋白如Bcl-2表达，从而减低成骨细胞凋亡的作用[],"
       "而且能使CyclinD1表达增多从而促进细胞增殖[]。")  # validation_zh ChinaXiv-201712.00947V1 (gold BAD activates, BCL2 inhibits)
APOPTOSIS = "hsa04210"


def test_examples_of_a_role_take_its_direction(annotator, gene_id):
    typed = typed_pairs(annotator, BCL2_FAMILY)
    for symbol, label in (("BAX", "activates"), ("BAD", "activates"), ("BCL2L1", "inhibits")):
        pair = typed[(gene_id(symbol), APOPTOSIS)]
        assert (pair.label, pair.agent) == (label, gene_id(symbol)), symbol  # were associated


def test_pro_apoptotic_written_qian(annotator, gene_id):
    typed = typed_pairs(annotator, PKA)
    assert (typed[(gene_id("BAD"), APOPTOSIS)].label, typed[(gene_id("BCL2"), APOPTOSIS)].label) == ("activates", "inhibits")


def test_examples_need_the_descriptor_right_before():
    assert roles.role_descriptor("，促凋亡成员如 Bax、") == 1
    assert roles.role_descriptor("抑制前凋亡蛋白如") == 1
    assert roles.role_descriptor("目前凋亡") is None
    assert roles.role_descriptor("促凋亡成员如 Bax，其通过提高线粒体的外膜通透性，") is None  # a new clause

"""Stop 35: a Chinese means phrase (通过 + verb + object) then a main verb without a direction (cue_scope.past_means).

"A 通过调节 X 进一步调节 Y", "A 通过磷酸化… 参与 Y 的调节", "A 是通过 X 介导调节 Y", "A 通过…与 Y 结合": Y is the
object of the main verb, not of 通过, so A–Y is ``associated`` (GUIDELINES 2, mechanism chains), while A–X stays ``via``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_helpers import typed_pairs, typed_sentence

from pipeline.relations import cue_scope

PTEN = ("AKT信号通路在HCC发生发展过程中发挥重要作用，该通路可通过调节MMP-9的表达抑制肝癌细胞侵袭转移[17]研究还发现PTEN能够"
        "通过调节AKT信号通路进一步调节MMP-2和MMP-9的表达,抑制HCC的侵袭转移[23]。")  # validation_zh ChinaXiv-201712.00248V1
MAPK = ("MAPK通过磷酸化核转录因子、细胞骨架蛋白及酶类等参与细胞增殖、分化、转化及凋亡的调节，并与炎症、肿瘤等多种疾病的发生"
        "密切相关[15,16]。")  # new_papers_zh ChinaXiv-201707.00654V1 (gold MAPK associated Apoptosis)
FOXO = ("运动通过FOXO和TEEB 调控ATG家族的转录增加自噬能力，其中FOXO 是通过Akt/AMPK介导调节运动应答中自噬成分的转录，"
        "包括LC3和BNIP3等。")  # validation_zh ChinaXiv-202207.00209V1 (gold FOXO associated LC3, BNIP3)
TGFBR2 = ("但TGF-βRII没有GS 结构域，通过胞内侧的苏氨酸（threonine,Thr）和 Ser短尾自身磷酸化与游离的 TGF-β 结合[2]。")
# validation_zh ChinaXiv-201711.00749V1 (LaTeX "TGF- $\cdot \beta$" of the file written as the reader renders it)


def test_object_of_an_undirected_main_verb_is_associated(annotator, gene_id):
    typed = typed_pairs(annotator, PTEN)
    assert typed[(gene_id("PTEN"), gene_id("MMP2"))].label == "associated"  # was via
    assert typed[(gene_id("PTEN"), "AXIS:FPLX:AKT")].label == "via"


def test_participation_after_the_means(annotator):
    assert typed_pairs(annotator, MAPK)[("FPLX:MAPK", "hsa04210")].label == "associated"  # was via


def test_mediated_regulation_after_the_means(annotator, gene_id):
    typed = typed_pairs(annotator, FOXO)
    assert typed[("FPLX:FOXO", gene_id("BNIP3"))].label == "associated"  # was via
    assert typed[("FPLX:FOXO", "AXIS:FPLX:AKT/FPLX:AMPK")].label == "via"


def test_binding_partner_after_the_means(annotator, gene_id):
    assert typed_pairs(annotator, TGFBR2)[(gene_id("TGFBR2"), "FPLX:TGFB")].label == "associated"  # was via


RB2 = "人参皂苷Rb2在体内可通过调节mTOR介导的自噬信号通路抑制破骨细胞分化，进而影响骨质疾病的发生和发展。"  # reviews jin2025_autophagy
DANSHEN = "丹参通过RANKL通路参与调控自噬这一过程来抑制破骨细胞分化，从而有助于预防骨质疏松症的发生。"  # reviews jin2025_autophagy
AMP = "近年关于AMP参与免疫调节的研究日益增多，它们可通过趋化途径和调控Toll样受体（TLR）信号强度发挥免疫调控功能。"
# validation_zh ChinaXiv-201711.00361V1


def test_participle_and_second_means_are_no_main_verb(annotator):
    assert typed_pairs(annotator, RB2)[("CPD:ginsenoside-rb2", "hsa04140")].label == "via"  # gold via (介导的: a participle)
    via = AMP.index("通过") + 2
    assert not cue_scope.past_means(AMP, via, AMP.index("TLR"))  # 和调控: a second means, TLR is inside it
    assert cue_scope.past_means(PTEN, PTEN.index("通过调节AKT") + 2, PTEN.index("MMP-2"))


def test_means_that_goes_on_after_the_mention(annotator):
    typed = typed_pairs(annotator, DANSHEN)
    assert [p.label for k, p in typed.items() if k[1] == "hsa04140" and k[0].startswith("HERB")] == ["via"]  # gold via


AKT = "AKT是PI3K下游的靶蛋白,可以通过磷酸化其下游mTOR、Bad等蛋白，从而调控细胞的增殖和调亡[20,23]。"
# validation_zh ChinaXiv-201801.00619V1 (gold AKT associated Apoptosis, written 调亡)


def test_means_with_an_effect_verb_then_undirected_main_verb(annotator, gene_id):
    typed = typed_pairs(annotator, AKT)
    assert typed[("FPLX:AKT", "hsa04210")].label == "associated"  # was activates (the means' 磷酸化)
    assert typed[("FPLX:AKT", gene_id("BAD"))].label == "activates"  # the means' own object keeps its verb


LRS = "一方面LRS通过与mTORC1中的调节蛋白RagD直接作用而组装到mTORC1中;"  # sample ChinaXiv-201711.01551V1
RES = "RES通过激活SIRT1影响AMPK[19-21]。"  # sample ChinaXiv-201711.00904V1


def test_regulator_noun_is_no_main_verb():
    assert not cue_scope.past_means(LRS, LRS.index("通过") + 2, LRS.index("RagD"))


def test_effect_means_then_affect(annotator, gene_id):
    # RES is defined earlier in the paper: the sentence is read in its document
    paper = Path("/work/shared/data/dev/chinaxiv/sample/ChinaXiv-201711.00904V1.md")
    if not paper.exists():
        pytest.skip("the ChinaXiv sample batch is not on this machine")
    from pipeline.io.readers import read_file

    text = read_file(paper, paper.read_bytes(), paper.name)[0].text
    _, label = typed_sentence(annotator, "ChinaXiv-201711.00904V1", text, RES[:16])
    assert label("CPD:resveratrol", "FPLX:AMPK").label == "associated"  # "通过激活SIRT1影响AMPK": was activates
    assert label("CPD:resveratrol", gene_id("SIRT1")).label == "activates"


HUANGQI = ("这提示我们黄芪注射液可能是一种潜在的Wnt信号通路抑制药物，它可能通过多靶点的作用于β-catenin和E-cadherin等分子"
           "从而抑制肿瘤WNT通路的异常激活以起到抗肿瘤的作用。")  # new_papers_zh ChinaXiv-201712.00524V1


def test_means_verb_after_a_modifier_is_no_main_verb():
    via = HUANGQI.index("通过") + 2
    assert not cue_scope.past_means(HUANGQI, via, HUANGQI.index("β-catenin"))  # 作用于: the means' own verb

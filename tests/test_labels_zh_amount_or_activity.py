"""Stop 48 (s48-zh-labels): a Chinese gene product followed by its secretion, release or synthesis noun is changed in
amount (relations/zh_secretion.py; GUIDELINES 2: a level change is up/downregulates); a phosphorylation noun after a
Chinese coordination is an activity (effects._ACTIVITY_AFTER)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_secretion

# validation47_zh ChinaXiv-201711.00393V1 (gold: GHRL upregulates INS; LEP downregulates NPY)
GHRELIN_INSULIN = ("去乙酰化的ghrelin不能结合GHS-R,不能增加摄食量,但却能促进胰岛素(insulin)的分泌,不影响胃酸的分泌,"
                   "并导致人内脏脂肪蓄积增多[30-32]。")
LEPTIN_NPY = "leptin和ghrelin均可作用于下丘脑,通过AMPK调节食欲:leptin可抑制下丘脑的AMPK,使NPY释放减少,减少食物摄入;"
# validation44_zh ChinaXiv-201812.00761V1 (gold: the MAPK/Nrf2 axis upregulates SOD and GPX)
ENZYME_SYNTHESIS = "植物多糖激活MAPK/Nrf2信号通路减少细胞内ROS的产生,促进SOD和GPX等抗氧化酶的合成,增强细胞或机体对氧化应激的抗性[25]。"
MAPK_NRF2 = "AXIS:FPLX:MAPK/HGNC:7782"


def test_secretion_noun_after_a_glossed_hormone(annotator, gene_id):
    pair = typed_pairs(annotator, GHRELIN_INSULIN)[(gene_id("GHRL"), gene_id("INS"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("GHRL"))  # was activates


def test_release_with_its_change_word(annotator, gene_id):
    assert typed_pairs(annotator, LEPTIN_NPY)[(gene_id("LEP"), gene_id("NPY"))].label == "downregulates"  # was inhibits


def test_synthesis_noun_shared_by_a_coordination(annotator):
    typed = typed_pairs(annotator, ENZYME_SYNTHESIS)
    assert typed[(MAPK_NRF2, "FPLX:SOD")].label == "upregulates"  # was activates
    assert typed[(MAPK_NRF2, "FPLX:GPX")].label == "upregulates"


def test_own_verb_is_not_a_product_noun():
    text = "并抑制C/EBPβ、C/EBPδ和PPARy生成脂肪的功能"  # validation44_zh ChinaXiv-201711.00914V1: PPARγ's own verb
    assert not zh_secretion.made_after(text, text.index("PPARy") + 5)
    assert zh_secretion.made_after(GHRELIN_INSULIN, GHRELIN_INSULIN.index("胰岛素") + 3)


# validation47_zh ChinaXiv-201711.00393V1 (gold: rapamycin inhibits RPS6KB1 and EIF4EBP1): the phosphorylation noun after
# a bracketed Chinese coordination ("的蛋白磷酸化水平") is every item's activity (GUIDELINES 5.12), not a level
RAPAMYCIN_PHOSPHORYLATION = ("在虹上的研究发现,雷帕霉素抑制TOR信号通路中的TORC1及下游因子(S6、S6K1和4E-BP1)的蛋白磷酸化水平,"
                             "但不影响上游的Akt及TORC2的蛋白磷酸化水平[131]。")


def test_phosphorylation_after_a_chinese_coordination_is_activity(annotator, gene_id):
    typed = typed_pairs(annotator, RAPAMYCIN_PHOSPHORYLATION)
    assert typed[("CPD:rapamycin", gene_id("EIF4EBP1"))].label == "inhibits"  # was downregulates (的蛋白磷酸化)
    assert typed[("CPD:rapamycin", gene_id("RPS6KB1"))].label == "inhibits"  # was downregulates (和4E-BP1 between)


def test_release_event_is_not_an_amount():
    # sample ChinaXiv-201711.00904V1 (shared dev sample): cytochrome c leaves the mitochondria (an activation step)
    text = "另一类是抗凋亡成员如Bcl-2、Bcl-xl等,其能够通过稳定线粒体膜阻止细胞色素C的释放,从而对线粒体凋亡途径起负调控作用。"
    assert not zh_secretion.made_after(text, text.index("细胞色素C") + 5)
    assert zh_secretion.made_after(LEPTIN_NPY, LEPTIN_NPY.index("NPY") + 3)  # "NPY释放减少": the amount released

"""Stop 48 (s48-zh-labels): Chinese loss-of-function forms with something between the loss word and the gene
(relations/zh_losses.py; GUIDELINES 5.5: the lost gene is the agent, its sign turned)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_losses

NOTCH = "hsa04330"

# validation44_zh ChinaXiv-201812.00140V1 (gold: ATG16L1 activates LC3B, as ATG5 does)
ATG_KNOCKOUT = "因此敲除ATG5或ATG16L1能够显著减少外泌体的释放,以及减弱脂质化LC3B的募集。"
# validation45_zh ChinaXiv-201812.00297V1 (gold: NOX1 upregulates HES1, downregulates ATOH1 (Math1), activates Notch)
NOX1_KNOCKOUT = ("在敲除小鼠NOX1基因的试验中,通过降低Notch信号通路中γ-分泌蛋白酶复合物的水平,减少NICD的释放,从而导致Hes1"
                 "基因表达下调和Math1基因表达上调[42]。")
NOX1_DEFICIENT = "结肠缺陷NOX1基因的小鼠通过抑制β-catenin和Notch信号传导,导致细胞增殖显著减少。"


def test_loss_word_governs_each_conjunct(annotator, gene_id):
    typed = typed_pairs(annotator, ATG_KNOCKOUT)
    assert typed[(gene_id("ATG16L1"), gene_id("MAP1LC3B"))].label == "activates"  # was inhibits
    assert typed[(gene_id("ATG5"), gene_id("MAP1LC3B"))].label == "activates"  # the first conjunct, as before


def test_knockout_with_the_host_before_the_gene(annotator, gene_id):
    typed = typed_pairs(annotator, NOX1_KNOCKOUT)
    assert typed[(gene_id("NOX1"), gene_id("HES1"))].label == "upregulates"  # was downregulates
    typed = typed_pairs(annotator, NOX1_DEFICIENT)
    assert typed[(gene_id("NOX1"), NOTCH)].label == "activates"  # was inhibits


def test_forms():
    assert zh_losses.coordinated_after_loss(ATG_KNOCKOUT, ATG_KNOCKOUT.index("ATG16L1"))
    assert zh_losses.coordinated_after_loss("敲低 Beclin1或ATG7能够降低", len("敲低 Beclin1或"))
    text = "抑制ERK和JNK的活化"  # not a genetic loss word: each verb keeps its own reading
    assert not zh_losses.coordinated_after_loss(text, text.index("JNK"))
    text = "ATG5或ATG16L1能够"
    assert not zh_losses.coordinated_after_loss(text, text.index("ATG16L1"))
    start = NOX1_DEFICIENT.index("NOX1")
    assert zh_losses.lost_in_host(NOX1_DEFICIENT, start, start + 4)
    text = "敲除小鼠NOX1后"  # no 基因 after the name: the host may be the knocked-out thing's owner only
    assert not zh_losses.lost_in_host(text, text.index("NOX1"), text.index("NOX1") + 4)

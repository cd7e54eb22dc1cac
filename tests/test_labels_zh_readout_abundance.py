"""Stop 39: 表达丰度 ("expression abundance", the relative amount of a qPCR read-out) is a level head like 表达量: a change
word after it is the read-out's own predicate (coordination._THEME_GAP, effects._LEVEL_GAP), not a verb acting on the
next read-out of the series.

Real sentence of validation38_zh ChinaXiv-201711.01073V1 (the same head in the free ChinaXiv pool: "LEPRmRNA表达丰度",
"AmRNA的表达丰度", "ATGL的蛋白质丰度").
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

SERIES = ("本试验结果显示,与单纯培养BMECs相比,共培养BMECs和UC-MSCs使细胞的凋亡率极显著降低,Caspase-3、Bax基因的相对表达丰度"
          "显著或极显著下调,Bcl-2基因的相对表达丰度极显著上调。")


def test_two_read_outs_of_a_series_are_no_agent_and_target(annotator, gene_id):
    typed = typed_pairs(annotator, SERIES)
    for gene in ("CASP3", "BAX"):
        assert typed[(gene_id(gene), gene_id("BCL2"))].label == "associated"  # was downregulates

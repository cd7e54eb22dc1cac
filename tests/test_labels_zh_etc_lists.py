"""Stop 34: a Chinese list closed by 等 and its class noun keeps the change noun after it for its items
(relations/post_nominal.py): "减弱糖皮质激素诱导的LC3-II等自噬标志物的下调" — the verb and the participle act on
LC3-II's fall. Real sentence from the review jin2025_autophagy (gold glucocorticoids downregulates LC3, vitamin K2
upregulates it).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues
from pipeline.relations.post_nominal import change_after

VK2 = ("例如在糖皮质激素诱导的骨质疏松症中,维生素 K2 可以显著减弱糖皮质激素诱导的 LC3-II 等自噬标志物的下调<sup>[19]</sup>,"
       "从而恢复自噬和有丝分裂过程以及正常的成骨细胞活性,进而改善骨质疏松症患者的临床结局,为维生素 K 在机体通过自噬发挥"
       "抗骨质疏松作用提供了一定的依据,也为维生素 K 在临床应用上提供了一个更多的可能。")
BCL2 = "导致 STAT3的下游靶基因的转录产物Bcl-2、Mcl-1 等表达降低"  # ChinaXiv-201707.00654V1 (a clause)


def test_change_noun_after_an_etc_list(annotator, gene_id):
    typed = typed_pairs(annotator, VK2)
    assert typed[("CPD:glucocorticoids", "FPLX:MAP1LC3")].label == "downregulates"  # was activates
    pair = typed[("CPD:vitamin-k2", "FPLX:MAP1LC3")]
    assert (pair.label, pair.agent) == ("upregulates", "CPD:vitamin-k2")  # was inhibits


def test_level_change_after_etc_is_the_items():
    end = BCL2.index("Mcl-1") + len("Mcl-1")
    found = change_after(BCL2, end, find_cues(BCL2))
    assert found is not None and found.text == "降低"

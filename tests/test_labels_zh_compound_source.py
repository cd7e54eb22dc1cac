"""Lead, stop 33: a herb named as the source of the compound that acts is credited with containing it, not with
the compound's effects (issue 14: "知母 is credited with what its compound does"; relations/roles.py
``is_source``). Read from the sample batch, where 鼓槌石斛 "downregulated Bcl-2" and 甘草 "downregulated IL-1β":
the herb's Latin gloss stood between it and 中提取的, a "flavonoid monomer" between it and the compound, and 毛兰素
(erianin) was not in the dictionary (dictionaries/curated/drugs_zh.tsv now names it, from the paper's bilingual
table)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# ChinaXiv sample 202010.00047V1
ERIANIN = ("鼓槌石斛(D.chrysotoxum)中提取的天然产物毛兰素可通过减少Bcl-2的表达,激活Caspase信号传导,诱导人乳腺癌细胞株T47D"
           "细胞凋亡,进而有效抑制T47D细胞的增殖。")
# ChinaXiv sample 201812.00846V1
ISOLIQUIRITIGENIN = "甘草黄酮类单体异甘草素能抑制RAW264.7细胞IL-1β和IL-6基因表达及炎症因子的释放[31]。"


def test_a_glossed_herb_is_the_source_of_the_acting_compound(annotator, gene_id):
    typed = typed_pairs(annotator, ERIANIN)
    herb = next(a for a, b in typed if a.startswith("HERB") and b == "CPD:erianin")
    assert typed[(herb, "CPD:erianin")].label == "contains"
    assert typed[(herb, gene_id("BCL2"))].label == "associated"
    assert typed[("CPD:erianin", gene_id("BCL2"))].label == "downregulates"


def test_a_herbs_class_monomer_is_the_agent_not_the_herb(annotator, gene_id):
    typed = typed_pairs(annotator, ISOLIQUIRITIGENIN)
    herb = next(a for a, b in typed if a.startswith("HERB") and b == gene_id("IL1B"))
    assert typed[(herb, gene_id("IL1B"))].label == "associated"
    assert typed[("CPD:isoliquiritigenin", gene_id("IL1B"))].label == "downregulates"

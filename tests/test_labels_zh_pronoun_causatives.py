"""Stop 52: the Chinese causative with a pronoun object, "…X与Y结合,使其磷酸化" (relations/zh_pronoun_causatives.py).
Real sentences (the document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation45_zh ChinaXiv-201812.00297V1 (gold PI3K activates Akt): was associated
PI3K = "在磷脂酰肌醇依赖性激酶1、2(PDK1、PDK2)的作用下,活化的PI3K与Akt结合,使其磷酸化而被激活[37]。"
# validation45_zh ChinaXiv-201711.01440V1: the clause of the pronoun's antecedent ("作用于TRIF") opens with a verb, no name;
# its subject is not read (the gold has TRAM, not the TLR4 opening the sentence)
TRAM = ("TLR4的胞内区TIR结构域与Toll样受体相关分子(TRIF-related adaptor molecule,TRAM)相连,作用于TRIF,使其活化并与TRAF6结合,"
        "然后将信号传导至IRF-3,将其磷酸化后形成同源二聚体,转位入核,诱导干扰素(interferon,IFN)基因表达。")


def test_pronoun_object_of_a_causative_is_the_named_partner(annotator):
    pair = typed_pairs(annotator, PI3K)[("FPLX:PI3K", "FPLX:AKT")]
    assert (pair.label, pair.agent) == ("activates", "FPLX:PI3K")


def test_no_causer_without_a_named_subject(annotator, gene_id):
    assert typed_pairs(annotator, TRAM)[(gene_id("TLR4"), gene_id("TICAM1"))].label == "associated"

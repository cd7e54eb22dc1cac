"""Stop 52: an effect verb opening a subjectless Chinese clause takes the chain's topic as its agent
(relations/zh_topic_chains.py). Real sentences (the document named at each); before the module each pair was ``associated``.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation45_zh ChinaXiv-201711.01377V1 (gold PKA activates HSL)
PKA = ("Anthonsen等[7]研究分析,APN可抑制甘油三酯(triglyceride,TG)的水解过程,其原因主要与其对蛋白激酶A(protein kinaseA,PKA)"
       "诱导的激素敏感酯酶(hormone sensitive lipase,HSL)的激活具有抑制作用有关,PKA能够在苏氨酸(Ser) 660位点对HSL磷酸化,"
       "进而激活HSL。")
# validation44_zh ChinaXiv-201711.00871V1 (gold Fyn inhibits Nrf2): the topic with its state, "磷酸化的Fyn基因"
FYN = "GSK3β通路激活后可直接磷酸化Fyn基因,磷酸化的Fyn基因又介导Nrf2的Tyr568基因磷酸化,进而直接抑制Nrf2的激活[16]。"
# validation38_zh ChinaXiv-201712.00232V1 (gold CASP3 activates apoptosis): copula and stative clauses, a participle opening
CASPASE3 = ("Caspase3,属于效应caspase蛋白,位于细胞凋亡有序级联反应的下游,是最为重要的调亡执行者、多种凋亡刺激信号的汇聚点,"
            "被激活后促进细胞凋亡。")
# new_papers_zh ChinaXiv-201712.00938V1: the verb's object is a model's stimulus ("减轻AOPPs诱导的…")
ARCTIIN = ("而牛蒡子苷可减轻AOPPs诱导的HK-2细胞的E-cadherin的表达下调,并可减轻AOPPs诱导vimentin的表达上调,"
           "提示牛蒡子苷可能减轻AOPPs诱导的HK-2细胞EMT的发生(图1)。")
# validation38_zh ChinaXiv-201712.01150V1: a comma inside a list ("P70S6K,EIF4E及…4E-BPs") opens no clause with a topic
AKT = ("有文献说明,AKT的活化直接磷酸化mTOR使之活化后作用于下游与翻译有关的P70S6K,EIF4E及翻译抑制蛋白4E-BPs,"
       "并能直接磷酸化PTEN,激活蛋白的转录,从而在转录水平和翻译水平上对肿瘤细胞的蛋白进行调节[9-10]。")


def test_consequence_clause_verb_takes_the_topic(annotator, gene_id):
    pair = typed_pairs(annotator, PKA)[("FPLX:PKA", gene_id("LIPE"))]
    assert (pair.label, pair.agent) == ("activates", "FPLX:PKA")
    pair = typed_pairs(annotator, FYN)[(gene_id("FYN"), gene_id("NFE2L2"))]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("FYN"))


def test_topic_reached_through_copula_clauses(annotator, gene_id):
    pair = typed_pairs(annotator, CASPASE3)[(gene_id("CASP3"), "hsa04210")]
    assert (pair.label, pair.agent) == ("activates", gene_id("CASP3"))


def test_stimulus_object_and_list_comma_stay_associated(annotator, gene_id):
    assert typed_pairs(annotator, ARCTIIN)[("CPD:arctiin", "MESH:D062107")].label == "associated"  # was inhibits (run2)
    pair = typed_pairs(annotator, AKT)[(gene_id("EIF4E"), gene_id("PTEN"))]
    assert pair.label == "associated"

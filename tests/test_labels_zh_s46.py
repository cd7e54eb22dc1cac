"""Stop 46 (issue 14, Chinese labels): gold directional pairs that the pipeline typed ``associated``.

Each test types a real sentence of the Chinese development sets (document id beside it) and fails on main 8d4b746.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import pivots

# validation44_zh ChinaXiv-201812.00761V1 (gold Nrf2 ``upregulates`` HO-1)
NRF2 = "蒲公英多糖可通过激活MAPK信号通路激活Nrf2诱导HO-1基因的表达[22]。"
# validation_zh ChinaXiv-201711.00762V1 (gold Src ``activates`` PI3K)
SRC = "EGF激活PKCα可能是通过调节磷脂酶C(PLC)γ,激活后的PKCα可磷酸化Src诱导PI3K激酶磷酸化,随后进一步激活ERK1/2。"


# --- a bare gene between two verbs is their pivot (relations/pivots.py) ---------------------------------------
def test_a_bare_gene_between_two_verbs_acts_on_the_second_verbs_object(annotator, gene_id):
    pair = typed_pairs(annotator, NRF2)[(gene_id("NFE2L2"), gene_id("HMOX1"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("NFE2L2"))  # was associated


def test_a_phosphorylated_gene_induces_the_next_verbs_object(annotator, gene_id):
    pair = typed_pairs(annotator, SRC)[(gene_id("SRC"), "FPLX:PI3K")]
    assert (pair.label, pair.agent) == ("activates", gene_id("SRC"))  # was associated


def test_own_change_or_modifier_verb_after_a_gene_is_no_second_verb():
    text = "WesternBlot显示SP600125能够特异地抑制JNK磷酸化"  # ChinaXiv-201712.01073V1: JNK's own event noun
    start = text.index("JNK")
    assert not pivots.is_pivot(text, start, start, start + 3, "GENE", start + 3)
    text = "即SB203580可抑制AOPPs激活的p38MAPK信号通路"  # ChinaXiv-201801.00669V1: 激活的 modifies the pathway
    start = text.index("AOPPs")
    assert not pivots.is_pivot(text, start, start, start + 5, "CHEMICAL", start + 5)
    start = SRC.index("Src")
    assert pivots.is_pivot(SRC, start, start, start + 3, "GENE", start + 3)


# --- a clause chain read at the pair's nearest mentions, and a class noun before its first object -----------------
# validation45_zh ChinaXiv-201711.01377V1 (gold JNK and ERK ``downregulates`` perilipin): perilipin opens the sentence
PERILIPIN = ("此外,perilipin是脂滴表面的组成成分,会抑制ATGL[50],TNF-α可激活JNK和ERK1/2,从而减少perilipin的mRNA和蛋白质的"
             "表达量,促进脂肪的分解[51]。")
# validation44_zh ChinaXiv-201711.00914V1 (gold STRA6 ``activates`` the JAK2/STAT5 axis)
STRA6 = ("维生素A与视黄醇结合蛋白4(RBP4)结合后可以激活膜蛋白STRA6,进而激活JAK2-STAT5信号通路,促进STAT5的靶基因细胞因子"
         "信号转导抑制因子3(SCOS3)和PPARy的表达。")
# validation45_zh ChinaXiv-201711.01011V1 (gold SIRT1 ``inhibits`` mTORC1): the nearest mentions state no chain
SIRT1 = "赵涛涛等[8通过用白藜芦醇和烟酰胺处理小鼠的研究结果表明,激活SIRT1可有效地抑制mTORC1信号通路活性,抑制SIRT1则激活mTORC1信号通路。"


def test_a_consequence_chain_reaches_the_targets_later_mention(annotator, gene_id):
    typed = typed_pairs(annotator, PERILIPIN)
    for family in ("FPLX:JNK", "FPLX:ERK"):
        pair = typed[(family, gene_id("PLIN1"))]
        assert (pair.label, pair.agent) == ("downregulates", family), family  # was associated


def test_a_classed_first_object_chains_into_the_next_clause(annotator, gene_id):
    typed = typed_pairs(annotator, STRA6)
    axis = next(b for (a, b) in typed if a == gene_id("STRA6") and b.startswith("AXIS:") and "STAT5" in b)
    pair = typed[(gene_id("STRA6"), axis)]
    assert (pair.label, pair.agent) == ("activates", gene_id("STRA6"))  # was associated


def test_no_chain_from_a_target_into_a_later_mention_of_its_agent(annotator, gene_id):
    typed = typed_pairs(annotator, SIRT1)
    pathway = next(b for (a, b) in typed if a == gene_id("SIRT1") and b.startswith("AXIS:") and "mTORC1" in b)
    pair = typed[(gene_id("SIRT1"), pathway)]
    assert (pair.label, pair.agent) != ("activates", pathway)  # mTORC1 chained into "抑制SIRT1": a wrong sign


# --- a means phrase after a connective continues the subject (relations/cue_scope.has_own_subject) -----------------
# validation40_zh ChinaXiv-201712.01090V1 (gold DDX41 ``activates`` TBK1, IRF3 and the NF-κB pathway)
DDX41 = ("DNA和RNA是生物体完成各种生理活动的基在体外研究中,DDX41可以通过其DEAD结构域与进入髓样树突状细胞内的dsDNA结合,"
         "同时DDX41与胞浆内接头蛋白STING结合,并且通过STING的死亡结构域激活TBK1、IRF3和NF-κB信号通路,引发核内炎性因子的转录[11,14]。")


def test_a_means_clause_after_a_connective_keeps_the_subject(annotator, gene_id):
    typed = typed_pairs(annotator, DDX41)
    for target in (gene_id("TBK1"), gene_id("IRF3"), "hsa04064"):
        pair = typed[(gene_id("DDX41"), target)]
        assert (pair.label, pair.agent) == ("activates", gene_id("DDX41")), target  # was associated


def test_has_own_subject_reads_a_connective_before_the_means():
    from pipeline.relations import cue_scope
    clause = DDX41.index("并且")
    cue = DDX41.index("激活TBK1")
    assert not cue_scope.has_own_subject(DDX41, clause, cue)


# sample ChinaXiv-201801.00686V1: after 也可 the means clause is not read as continuing the subject (the cue would reach
# Wnt1, named two clauses later as an example of the pathway's failure)
WNT1 = ("研究显示,Wnt信号通路不仅可介导成骨前体细胞分化为成熟成骨细胞,也可通过cyclicAMP(cAMP)/proteinkinaseA(PKA)信号途径"
        "抑制破骨细胞的分化2]反之,Wnt信号通路异常则导致骨形成障碍,例如Wnt1突变可导致早期骨质疏松和成骨不全3-4。")


def test_a_means_clause_after_a_modal_is_not_continued(annotator, gene_id):
    assert typed_pairs(annotator, WNT1)[(gene_id("WNT1"), "hsa04310")].label != "inhibits"

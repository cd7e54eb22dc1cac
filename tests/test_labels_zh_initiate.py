"""Stop 40: the Chinese verb 启动 ("initiate, set off") is an activation cue like 引发/触发/诱导 (relations/cues.py, class
"activate"); 启动子 (a promoter), 启动蛋白 (a role noun) and the nominal "X的启动" are not.

Real sentences of the development texts (document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues

# validation39_zh ChinaXiv-201707.00683V1 (gold: MAP3K5 activates apoptosis): the sentence's last clauses (the whole
# sentence also reads 细胞凋亡 inside ASK1's long name "细胞凋亡的信号调控激酶1", an entity error that keeps the pair there)
ASK1_RELEASED = "而当Grx1被氧化之后,ASK1与Grx1不再结合,ASK1被释放出来进而启动了细胞凋亡程序。"
# sample ChinaXiv-201711.01551V1: mTORC1's inactivation sets off autophagy (mTORC1 inhibits autophagy)
MTORC1_OFF = "缺乏氨基酸,RagA关闭,会导致mTORC1失活,启动自噬帮助动物度过困难时期直至下一次喂食。"
# new_papers_zh ChinaXiv-201707.00654V1 (caspases set off apoptosis)
CASPASE_THEN = "信号后,调控凋亡的分子进行相互作用,促进蛋白水解酶(Caspase)的活化,最后启动细胞发生凋亡。"
# validation_zh ChinaXiv-201711.01073V1 (a promoter and a role noun: no cue)
PROMOTER = "Wareski等[17]发现凋亡相关因子如调亡启动子Bax、凋亡抑制子Bcl-2和凋亡操纵子Caspase-3在整个泌乳期都表达。"
# validation_zh ChinaXiv-201712.00947V1
ROLE_NOUN = "cAMP/PKA具有抑制前凋亡蛋白如Bcl-2相关死亡启动蛋白(Bad)表达及增加抗凋亡蛋白如Bcl-2表达"


def test_initiate_is_an_activation_cue():
    assert [c.kind for c in find_cues("ASK1被释放出来进而启动了细胞凋亡程序") if c.text.startswith("启动")] == ["activate"]


def test_a_promoter_role_noun_or_nominal_initiation_is_no_cue():
    for text in (PROMOTER, ROLE_NOUN, "EGF在NaPi-IIb基因的启动子上的反应原件", "Beclin1参与自噬的启动", "启动阶段"):
        assert not any("启动" in c.text for c in find_cues(text)), text


def test_the_released_kinase_initiates_apoptosis(annotator, gene_id):
    typed = typed_pairs(annotator, ASK1_RELEASED)
    assert typed[(gene_id("MAP3K5"), "hsa04210")].label == "activates"  # was associated


def test_an_inactivated_kinase_sets_off_autophagy(annotator):
    typed = typed_pairs(annotator, MTORC1_OFF)
    assert typed[("FPLX:mTORC1", "hsa04140")].label == "inhibits"  # was associated


def test_caspases_initiate_apoptosis(annotator):
    typed = typed_pairs(annotator, CASPASE_THEN)
    assert typed[("FPLX:Caspase", "hsa04210")].label == "activates"


def test_the_promoter_sentence_still_has_no_relation_between_the_listed_genes(annotator, gene_id):
    typed = typed_pairs(annotator, PROMOTER)
    assert typed[(gene_id("BAX"), gene_id("BCL2"))].label == "associated"

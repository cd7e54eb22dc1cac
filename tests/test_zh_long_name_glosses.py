"""A word inside the English gloss of a Chinese gene name, "中文名（English long name，SYMBOL）", is no mention, nor is
a process the Chinese name spells out when the gloss names it too (nlp/zh_long_names.drop_inside_english_glosses).

Sentences copied verbatim from the gold evidence / texts of validation39_zh and validation_zh (corpus/validation/zh)
and the sample batch (/work/shared/data/dev/chinaxiv/sample); document ids at each.
"""

from __future__ import annotations

from tests.nlp_helpers import entity_ids

# validation39_zh ChinaXiv-201707.00683V1: apoptosis signal-regulating kinase 1 (MAP3K5); the Apoptosis mention
# made a GLRX–apoptosis row
ASK1 = ("目前已有的研究表明Grx蛋白可以与细胞凋亡的信号调控激酶1（apoptosis signal-regulating kinase1，ASK1）相连，"
        "Grx与ASK1相连之后可以抑制ASK1的生理活性")
# validation_zh ChinaXiv-201712.00232V1: lactate dehydrogenase
LDH = "1.4离体心脏冠脉流出液中乳酸脱氢酶(lactate dehydrogenase,LDH)含量测定"
# validation_zh ChinaXiv-201711.00749V1: serine/threonine kinase receptor-associated protein
STRAP = "而 Smad7 可以由丝氨酸/苏氨酸激酶受体（serine-threonine kinase,STRAP)呈递与TGF-βRI结合形成复合物发挥负调控"
# validation_zh ChinaXiv-201812.00711V1: IκB kinase, named after NF-κB
IKK = ("IRAK6 激活 NF- $\\mathbf { \\sigma } _ { \\kappa \\mathrm { B } }$ 抑制物的激酶（inhibitorof NF-kB kinase,IKK）复合物，"
       "IKK复合物使IkB磷酸化")
# sample ChinaXiv-201711.00904V1: a role descriptor before the name (促凋亡蛋白) is no part of it; caspase's gloss
BAX = ("抗体SIRT1、促凋亡蛋白Bcl-2相关X蛋白（Bcl-2 associated X protein，Bax）、GAPDH为英国Abcam公司产品，"
       "半胱氨酸天冬氨酸蛋白酶（cystein-asparate protease，caspase）-3、B细胞淋巴瘤/白血病-2（B celllymphoma/lewkmia-2,"
       "Bcl-2）为美国CellSignaling Technology(CST)公司产品")
# validation_zh ChinaXiv-201801.00619V1: a membership/role descriptor with no gloss (gold: BIRC5 inhibits Apoptosis)
IAP = "存活素(Survivin)作为一种凋亡蛋白抑制因子(IAP)，广泛表达于各种肿瘤组织中，如乳腺癌、口腔癌、肺癌和肝癌等[4-7]"
# validation_zh ChinaXiv-201711.00749V1: a list in the bracket, no gloss
SMADS = ("TGF-β/Smads 通路中抑制型 Smads（inhibitory Smads,I-Smads,Smad7)通过阻断R-Smad和Co-Smad的激活以及与活化的受体"
         "或受体激活的 Smads竞争性结合形成无活性复合物来负调控此信号通路[10]")

APOPTOSIS = "hsa04210"


def test_apoptosis_spelled_out_in_ask1s_name_is_no_mention(mentions_of):
    ids = entity_ids(mentions_of, ASK1)
    assert APOPTOSIS not in ids
    assert "HGNC:6857" in ids and "HGNC:4330" in ids  # ASK1 and Grx stay


def test_substrate_in_an_enzymes_english_gloss_is_no_mention(mentions_of):
    ids = entity_ids(mentions_of, LDH)
    assert "CPD:lactate" not in ids


def test_amino_acids_and_a_factor_in_a_kinases_gloss_are_no_mentions(mentions_of):
    assert not [t for t, _ in mentions_of(STRAP) if t in ("serine", "threonine")]
    assert "NF-kB" not in [t for t, _ in mentions_of(IKK)]


def test_role_descriptor_before_a_glossed_name_stays(mentions_of):
    found = mentions_of(BAX)
    assert ("凋亡", APOPTOSIS) in found  # 促凋亡蛋白 is Bax's role, not its name
    assert "HGNC:959" in [eid for _, eid in found]
    assert not [t for t, _ in found if t == "cystein"]  # caspase's gloss: no cysteine


def test_descriptor_with_no_gloss_stays(mentions_of):
    assert APOPTOSIS in entity_ids(mentions_of, IAP)


def test_a_list_in_the_bracket_is_no_gloss(mentions_of):
    assert [t for t, eid in mentions_of(SMADS) if t == "Smads" and eid == "FPLX:SMAD"][:1]
    assert len([t for t, eid in mentions_of(SMADS) if eid == "FPLX:SMAD"]) >= 3

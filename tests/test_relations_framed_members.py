"""Stop 34, member_of: parts of a process stated inside a "在 <process> 中" frame, and superfamilies.

A gene named, inside a "在 P 中" frame, as one of P's components ("在…凋亡途径中,caspase3/7是其主要的组成部分",
"在EGF受体-ERK信号中Ras是唯一膜锚定组件") or listed as a subunit of a complex acting in P ("在自噬过程中ULK1激酶复合物
包括ATG13、ATG10、FIP200") is ``member_of`` P (GUIDELINES 2: a gene described as a component of a process).
A name that only qualifies a superfamily ("TGF-β超家族成员", "CD36超家族成员") is not that family (GUIDELINES 5.16):
no member_of row, and the pair weighs as a name inside a larger noun. Real sentences, copied from the documents.
"""

from __future__ import annotations

import pytest
from nlp_helpers import typed_pairs

from pipeline.relations.effects import WEIGHTS

APOPTOSIS, AUTOPHAGY = "hsa04210", "hsa04140"

# validation_zh ChinaXiv-201712.00947V1 (methods, 1.2.2)
CASPASE_PART = ("1.2.2 凋亡 在哺乳类动物细胞的凋亡途径中,caspase3/7是其主要的组成部分，应用Caspase- $\\mathbf { \\cdot G } "
                "\\mathbf { l o } ^ { \\textregistered } 3 / 7$ 试剂盒检测细胞的凋亡。")
# validation_zh ChinaXiv-201711.00762V1 (discussion)
RAS_PART = "在 EGF受体-ERK信号中Ras 是唯一膜锚定组件，它的位置决定了细胞内的下游信号[20.21]。"
# validation_zh ChinaXiv-202207.00209V1 (review body)
ULK1_COMPLEX = "在自噬过程中ULK1激酶复合物包括 ATG13、ATG10、FIP200;PI3K 复合物包括 VPS34、ATG6/Beclin-1、ATG14 和p150。"
# validation_zh ChinaXiv-201711.00864V1, ChinaXiv-201711.00749V1 (superfamilies), ChinaXiv-201712.00859V1 (a family)
SRBI_SUPERFAMILY = ("SR-BI属于CD36超家族成员，主要分布及发挥重要作用的组织器官是肝脏，还有如肾上腺、卵巢、睾丸等产生甾体类激素的组织中，"
                    "而且在选择性摄取HDL-C 的组织中 SR-BI含量较多，此外在一些组织细胞中有低水平表达。")
TGFB1_SUPERFAMILY = ("TGF- $_ { \\cdot \\beta 1 }$ 作为TGF- $\\cdot \\beta$ 超家族成员中活性最强、功能最多、分布最广的因子[5]，"
                     "在调节卵泡发育、卵母细胞和颗粒细胞之间的信号传导[6]，调节细胞的生长、分化、迁移、调亡以及细胞外基质的生成等"
                     "信号转导中起着重要的作用[7]。")
TGFB1_FAMILY = "TGF-β1作为TGF-β蛋白家族成员之一,也参与细胞凋亡的调控[2-23]。"


@pytest.fixture(scope="module")
def typed(annotator):
    cache: dict[str, dict] = {}
    return lambda text: cache.setdefault(text, typed_pairs(annotator, text))


def test_a_component_named_inside_the_process_frame_is_its_member(typed):
    pair = typed(CASPASE_PART)[("FPLX:Caspase_3_7", APOPTOSIS)]
    assert (pair.label, pair.agent) == ("member_of", "FPLX:Caspase_3_7")


def test_a_component_of_an_axis_named_inside_its_frame_is_its_member(typed):
    pairs = typed(RAS_PART)
    axis = next(b for a, b in pairs if a == "FPLX:RAS" and b.startswith("AXIS:"))
    assert (pairs[("FPLX:RAS", axis)].label, pairs[("FPLX:RAS", axis)].agent) == ("member_of", "FPLX:RAS")


def test_the_subunits_of_a_complex_acting_in_the_process_are_its_members(typed, gene_id):
    pairs = typed(ULK1_COMPLEX)
    for gene in ("ATG13", "ATG10", "RB1CC1", "ULK1"):
        assert (pairs[(gene_id(gene), AUTOPHAGY)].label, pairs[(gene_id(gene), AUTOPHAGY)].agent) == \
            ("member_of", gene_id(gene)), gene


def test_the_subunits_listed_are_no_members_of_one_another(typed, gene_id):
    assert typed(ULK1_COMPLEX)[(gene_id("ATG13"), gene_id("ATG10"))].label != "member_of"


def test_a_superfamily_is_not_the_family_that_names_it(typed, gene_id):
    pair = typed(SRBI_SUPERFAMILY)[(gene_id("SCARB1"), gene_id("CD36"))]
    assert pair.label != "member_of" and pair.weight <= WEIGHTS["modifier"]
    pair = typed(TGFB1_SUPERFAMILY)[(gene_id("TGFB1"), "FPLX:TGFB")]
    assert pair.label != "member_of" and pair.weight <= WEIGHTS["modifier"]


def test_a_family_member_stays_a_member(typed, gene_id):
    pair = typed(TGFB1_FAMILY)[(gene_id("TGFB1"), "FPLX:TGFB")]
    assert (pair.label, pair.agent) == ("member_of", gene_id("TGFB1"))


# --- OCR glue: a "-related protein" noun run into the first listed name -------------------------

# validation_zh ChinaXiv-201712.00990V1, English abstract ("proteinLC3": the PDF lost the space)
GLUED_RELATED_PROTEIN = ("Abstract: Objective To explore the relationshipof gentamicin-induced cochlear damage with "
                         "autophagy-related proteinLC3, beclin1, $\\mathrm { N a } ^ { + } \\mathrm { K } ^ { + } 2 "
                         "\\mathrm { C l } ^ { - }$ cotransporter (NKCC1) mRNA and endothelin-1 (ET-1),and investigate the "
                         "protective mechanism of PPTA against gentamicin-induced cochlear damage.")


def test_a_related_protein_noun_glued_to_the_first_name_still_lists_the_members(typed, gene_id):
    pairs = typed(GLUED_RELATED_PROTEIN)
    for gene in ("FPLX:MAP1LC3", gene_id("BECN1")):
        assert (pairs[(gene, AUTOPHAGY)].label, pairs[(gene, AUTOPHAGY)].agent) == ("member_of", gene), gene


# --- the process word itself modifying the protein noun: "自噬蛋白LC3", "自噬因子Atg13" -----------------

# validation_zh ChinaXiv-201712.00990V1 (a results heading); sample ChinaXiv-201711.01551V1 (discussion)
AUTOPHAGY_PROTEIN = "2.2自噬蛋白LC3I及LC3ⅡI的表达结果"
AUTOPHAGY_FACTOR = "在酵母中mTORC1可以使自噬因子Atg13磷酸化，打破Atg1-Atg13-Atg17形成的复合体，从起始阶段抑制自噬。"


def test_a_gene_named_as_the_process_protein_is_its_member(typed, gene_id):
    assert typed(AUTOPHAGY_PROTEIN)[("FPLX:MAP1LC3", AUTOPHAGY)].label == "member_of"
    pair = typed(AUTOPHAGY_FACTOR)[(gene_id("ATG13"), AUTOPHAGY)]
    assert (pair.label, pair.agent) == ("member_of", gene_id("ATG13"))
    # "…Atg13磷酸化，打破Atg1-Atg13-Atg17形成的复合体": the verb ends the list, Atg17 is no listed protein
    assert typed(AUTOPHAGY_FACTOR)[(gene_id("RB1CC1"), AUTOPHAGY)].label != "member_of"


def test_a_role_descriptor_is_no_process_protein():
    # validation_zh ChinaXiv-201811.00118V1: "促凋亡蛋白Bax", "抗凋亡蛋白Bcl-2" keep their direction (roles.py)
    from pipeline.relations.process_members import related_noun_end
    text = "shPKM2组细胞中促凋亡蛋白Bax水平明显增加，而抗凋亡蛋白Bcl-2水平明显降低"
    assert related_noun_end(text, text.index("凋亡") + 2) is None
    assert related_noun_end(text, text.index("抗凋亡") + 3) is None
    assert related_noun_end("自噬蛋白LC3I", 2) == 4

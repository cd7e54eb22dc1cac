"""Stop 34: Chinese label constructions read from real sentences (the document named at each).

* A chain of verb clauses with one unnamed subject (relations/clause_chains.py): "激活AMPK途径,抑制MTOR复合物1
  活性" — the pathway the first verb acts on acts on the next verb's object, with the composed sign; a bare
  process listed among a subject's outcomes ("运动可抑制自噬,减少细胞凋亡") is no chain.
* A ligand acting through "its receptor" named before (relations/own_receptors.py): "雌激素可通过与其受体结合…"
  after "雌激素受体" is estrogens ``via`` ESR.
* A means verb acting on the mediator's degradation ("通过降低IKB的降解速率来抑制…") turns the mediator's sign.
* "诱导PI3K激酶磷酸化": the kinase noun between the gene and 磷酸化 still names its activity (effects._ACTIVITY_AFTER).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

AMPK = ("心肌缺血缺氧时，增加AMP/ATP 比值，激活 AMPK 途径，抑制MTOR 复合物1活性，诱导自噬，促进线粒体合成 ATP，"
        "改善心肌能量代谢[15]。")  # validation_zh ChinaXiv-202207.00209V1 (gold AMPK inhibits mTORC1, mTORC1 inhibits autophagy)
WNT = ("综上所述，我们的研究表明：高糖刺激血管平滑肌细胞，激活WNT信号通路，上调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达，"
       "从而诱导血管平滑肌细胞出现成骨样分化，最终导致血管平滑肌细胞钙化。")  # validation_zh ChinaXiv-201712.01205V1
EXERCISE = ("运动调节心肌自噬是双向的、动态的，一方面运动可上调自噬水平和增强细胞能力，延缓细胞衰老和预防心血管疾病；"
            "另一方面，运动可抑制自噬，减少细胞凋亡和坏死，改善心室重塑，从而改善心血管疾病的预后。")  # ChinaXiv-202207.00209V1
ESTROGEN = ("研究还显示HCC患者血清雌激素水平较低,肝癌组织中雌激素受体表达与肿瘤的分期有关[5-7]，而且雌激素可通过与其受体"
            "结合抑制NF-KB活性，从而控制肿瘤的生长[6.8]")  # validation_zh ChinaXiv-201712.00248V1 (gold estrogens via ESR)
ALDOSTERONE = ("此外，虽然目前尚未见醛固酮对体外培养的成骨细胞影响的相关研究，但早有报道证实醛固酮受体在成骨细胞、破骨细胞上均有"
               "分布表达[30,并且是介导醛固酮影响骨代谢的重要通路之一[9],因此我们推测，醛固酮可能通过其受体介导的信号通路调节"
               "成骨细胞上ENaC基因的转录和表达，进而实现对成骨细胞的调节，即ENaC可能是醛固酮调节成骨细胞功能的作用靶点之一。")
# new_papers_zh ChinaXiv-201801.00630V1 (gold aldosterone via NR3C2)


def test_pathway_activated_then_next_verb_composes(annotator):
    typed = typed_pairs(annotator, AMPK)
    pair = typed[("hsa04152", "FPLX:mTORC1")]
    assert (pair.label, pair.agent) == ("inhibits", "hsa04152")  # was associated (two co-objects)
    pair = typed[("FPLX:mTORC1", "hsa04140")]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:mTORC1")  # inhibiting mTORC1 induces autophagy


def test_chain_reaches_each_item_of_the_next_verbs_list(annotator, gene_id):
    typed = typed_pairs(annotator, WNT)
    for symbol in ("RUNX2", "SP7", "BGLAP", "BMP2"):
        pair = typed[("hsa04310", gene_id(symbol))]
        assert (pair.label, pair.agent) == ("upregulates", "hsa04310"), symbol  # Osx, OCN, BMP2 were associated


def test_bare_process_among_outcomes_is_no_chain(annotator):
    typed = typed_pairs(annotator, EXERCISE)
    assert typed[("hsa04140", "hsa04210")].label == "associated"


def test_ligand_through_its_receptor_is_via(annotator, gene_id):
    pair = typed_pairs(annotator, ESTROGEN)[("CPD:estrogens", "FPLX:ESR")]
    assert (pair.label, pair.agent) == ("via", "CPD:estrogens")
    pair = typed_pairs(annotator, ALDOSTERONE)[("CPD:aldosterone", gene_id("NR3C2"))]
    assert (pair.label, pair.agent) == ("via", "CPD:aldosterone")


IKB = ("Zhang 等[29]在研究鼠李糖乳杆菌LGG时发现乳酸菌可以通过降低 IKB 的降解速率来抑制TLR-NF-kB信号通路，使 NF-kB "
       "进入细胞核减少从而导致IL-8 表达水平下降。")  # validation_zh ChinaXiv-201812.00711V1 (gold IKB inhibits TLR/NFkappaB)


def test_means_on_the_mediators_degradation_turns_its_sign(annotator):
    pair = typed_pairs(annotator, IKB)[("FPLX:IKB", "AXIS:FPLX:TLR/FPLX:NFkappaB")]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:IKB")  # was activates (降低 × 抑制, the 降解 unread)


PKC_SRC = ("EGF 激活 PKCα 可能是通过调节磷脂酶 $\\mathrm { C } ( \\mathrm { P L C } ) \\gamma$ ，激活后的PKCα可磷酸化 Src 诱导PI3K "
           "激酶磷酸化，随后进一步激活ERK1/2。")  # validation_zh ChinaXiv-201711.00762V1 (gold PKCα activates PI3K)


def test_kinase_noun_before_phosphorylation_is_activity(annotator, gene_id):
    pair = typed_pairs(annotator, PKC_SRC)[(gene_id("PRKCA"), "FPLX:PI3K")]
    assert (pair.label, pair.agent) == ("activates", gene_id("PRKCA"))  # was upregulates ("诱导" a gene, its 激酶磷酸化 unread)

"""Stop 51: Chinese pairs typed with a direction the sentence gives them no share in (issue 14, over-typing).

* a binding named by the complex it forms ("阻断TLR4与CD14的复合", "抑制FXR与…RXRα异二聚体化"): the blocking verb's object
  is the binding, the two partners are ``associated`` (relations/binding.py);
* a mention's own passive activation in a temporal clause ("当TLR4被激活后招募MyD88…"): no verb on the mentions after it
  (relations/roles.activated_condition);
* the second term of a Chinese ratio ("Bcl-2/Bax比值降低", "Bcl-2/Bax降低"): no direction of its own
  (relations/ratio.py).

Real sentences of the development texts (the document named at each); the last test of each kind must not change.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation45_zh ChinaXiv-201711.01440V1 (gold TLR4–CD14 ``associated``)
COMPLEX = ("已发现小鼠腹水中纯化的TLR4单克隆抗体MTS510能够识别并阻断TLR4与CD14的复合,抑制NF-KB的转位诱导产生促炎症细胞因子"
           "[17]。")
# validation45_zh ChinaXiv-201711.01011V1 (gold FXR–RXRα ``associated``)
DIMER = "下调肝脏中的SIRT1会提高FXR的乙酰化作用,从而抑制FXR与视黄醇类X受体α异二聚体化[44]。"
# validation44_zh ChinaXiv-201812.00761V1 (gold TLR4 ``associated`` with MyD88, IRAK1 and TRAF6)
RECRUITS = ("当TLR4被激活后招募髓样分化因子88(myeloid differentiation factor 88,MyD88)、白细胞介素1受体相关激酶1(IL-1R "
            "associatedkinase 1,IRAK1)和肿瘤坏死受体相关因子6(tumor necrosis factor receptor associated factor6,TRAF6)"
            "发挥胞内信号的传递[13]。")
# validation45_zh ChinaXiv-201711.01440V1: the agent is named ("被LPS激活"), LPS activates TLR4
BY_LPS = ("之后机体需要一种快速准确的免疫方式来抵御同种抗原的再次入侵,在先天性免疫反应过程中,TLR4被LPS 激活后,通过信号通路释放"
          "细胞因子,刺激获得性免疫的完善,未成熟的CD4辅助T 细胞可分化为2 种功能完全不同的亚群Th1 和 Th2。")
# validation38_zh ChinaXiv-201712.00232V1 (gold Wortmannin ``downregulates`` BCL2, ``associated`` with BAX), body and abstract
RATIO = "与Fasudil组比较,Fasudil+ Wortmannin组Atg5和Beclin1mRNA表达减少,Bcl-2/Bax比值降低(表2,图2,图3)。"
BARE_RATIO = ("自噬抑制剂Wortmannin减弱了法舒地尔的保护作用,抑制了心室动力学指标的恢复,LDH释放增多,Atg5和Beclinl mRNA表达降低,"
              "Bcl-2/Bax降低,caspase 3蛋白表达升高。")
# validation_zh ChinaXiv-201712.00999V1: a slash list of three family members is no ratio
FAMILY_LIST = "2.6Obatoclax与MG-132联用诱导细胞phosphoHistoneH3蛋白及phospho-AuroraA/B/C蛋白表达增加"


def test_the_partners_of_a_blocked_complex_are_associated(annotator, gene_id):
    typed = typed_pairs(annotator, COMPLEX)
    assert typed[(gene_id("TLR4"), gene_id("CD14"))].label == "associated"  # was TLR4 inhibits CD14


def test_the_partners_of_a_blocked_dimerisation_are_associated(annotator, gene_id):
    typed = typed_pairs(annotator, DIMER)
    assert typed[(gene_id("NR1H4"), gene_id("RXRA"))].label == "associated"  # was FXR inhibits RXRα


def test_an_earlier_clause_is_no_subject_of_the_blocking_verb(annotator, gene_id):
    typed = typed_pairs(annotator, DIMER)
    assert typed[(gene_id("SIRT1"), gene_id("NR1H4"))].label != "inhibits"


def test_a_mentions_own_passive_activation_types_no_later_mention(annotator, gene_id):
    typed = typed_pairs(annotator, RECRUITS)
    for partner in ("MYD88", "IRAK1", "TRAF6"):
        assert typed[(gene_id("TLR4"), gene_id(partner))].label == "associated", partner  # was activates


def test_a_named_agent_of_the_passive_keeps_its_effect(annotator, gene_id):
    typed = typed_pairs(annotator, BY_LPS)
    pair = typed[(gene_id("TLR4"), "MESH:D008070")]
    assert (pair.label, pair.agent) == ("activates", "MESH:D008070")


def test_the_second_term_of_a_chinese_ratio_has_no_direction(annotator, gene_id):
    for text in (RATIO, BARE_RATIO):
        typed = typed_pairs(annotator, text)
        wort = "MESH:D000077191"  # wortmannin
        assert typed[(gene_id("BAX"), wort)].label == "associated"  # was downregulates
        assert typed[(gene_id("BCL2"), wort)].label == "downregulates"  # the numerator keeps the sign


def test_a_slash_list_of_family_members_is_no_ratio(annotator, gene_id):
    typed = typed_pairs(annotator, FAMILY_LIST)
    assert {typed[("MESH:C520962", gene_id(s))].label for s in ("AURKB", "AURKC")} == {"upregulates"}


# validation45_zh ChinaXiv-201711.01011V1 (gold TSC1 and TSC2 ``inhibits`` the mTORC1 axis: each one's loss activates it)
ANY_ONE_LOST = ("此外,TSC1-TSC2复合物是mTORC1上游因子的主要抑制剂,持续激活Akt或TSC1和TSC2的任何一个缺失都会激活mTORC1信号,"
                "引起SREBP1和SREBP2靶基因的总体表达量上调,促进脂肪合成[64-65]。")
# validation47_zh ChinaXiv-201711.00393V1 (gold TSC2 ``inhibits`` RHEB): a GTPase-activating protein activates the GTPase
GAP = ("TSC1和TSC2形成复合物对TOR信号通路的下游进行调节,TSC2是GTPase激活蛋白,可使Rheb-GTP水解形成Rheb-GDP状态,从而失活,"
       "对TOR进行负调节。")


def test_any_one_of_a_list_lost_inverts_each_items_sign(annotator, gene_id):
    typed = typed_pairs(annotator, ANY_ONE_LOST)
    axis = next(b for a, b in typed if a == gene_id("TSC2") and b.startswith("AXIS:"))
    assert typed[(gene_id("TSC2"), axis)].label == "inhibits"  # was activates
    assert typed[(gene_id("TSC1"), axis)].label == "inhibits"


def test_a_verbs_object_before_the_lost_list_keeps_its_verb(annotator, gene_id):
    typed = typed_pairs(annotator, ANY_ONE_LOST)
    axis = next(b for a, b in typed if a == gene_id("TSC2") and b.startswith("AXIS:"))
    assert typed[("FPLX:AKT", axis)].label == "activates"  # "持续激活Akt": activated, not lost


def test_a_gtpase_activating_protein_activates_no_later_mention(annotator, gene_id):
    typed = typed_pairs(annotator, GAP)
    assert typed[(gene_id("TSC2"), gene_id("RHEB"))].label != "activates"  # was activates (gold inhibits)

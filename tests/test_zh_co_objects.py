"""Chinese read-outs that are side by side, not acting on each other (relations/coordination.py).

Two constructions of Chinese results and cited findings, each stated in several development papers,
that typed the first read-out as the agent of the second's verb:

* coordinated verb phrases of one subject, each with its own object ("上调促凋亡蛋白Bax而下调抗凋亡蛋白Bcl-2的
  表达"): ``coordination.zh_coordinated_objects``;
* a read-out's relative amount with its own predicate ("Beclin1相对表达量减少，P62相对表达量增多"):
  ``coordination._THEME_GAP`` (``is_predicate_of``);
* an entity inside the complement of a copula ("AKT是PI3K下游的靶蛋白,可以通过磷酸化其下游mTOR"): the clauses
  after it continue the copula's subject (``cue_scope.copula_complement``);
* the inducer of an event an attenuating verb acts on ("抑制BMP9诱导成骨分化"): antagonism, no relation
  (``roles.is_attenuated_inducer``);
* a later clause whose subject is a verb on another entity ("此外激活PKC阻碍了EGF受体…的磷酸化"): the cue is that
  clause's (``cascade.opens_with_verb_subject``);
* a target named in a later clause that opens with a reporting verb ("…促进作用的同时,也说明溶酶体自噬…"): the
  conclusion is a statement of its own (``cue_scope.in_reported_clause``).

Sentences copied from corpus/validation/zh and corpus/new_papers/zh (document id beside each)."""

import pytest

BAX, BCL2, PKM2 = "HGNC:959", "HGNC:990", "FPLX:PKM2"
CCND1, CDKN1A = "HGNC:1582", "HGNC:1784"
ALPL, RUNX2, SP7, BGLAP, DKK1 = "HGNC:438", "HGNC:10472", "HGNC:17321", "HGNC:1043", "HGNC:2891"
BAD_ = "HGNC:936"
BECN1, SQSTM1, LC3 = "HGNC:1034", "HGNC:11280", "FPLX:MAP1LC3"
IKB, NFKB = "FPLX:IKB", "FPLX:NFkappaB"

# validation_zh ChinaXiv-201811.00118V1
PKM2_BAX = "上述结果提示，干扰PKM2能够促进K562细胞的凋亡，上调促凋亡蛋白Bax而下调抗凋亡蛋白Bcl-2的表达。"
PKM2_CCND1 = ("Zheng等[12]发现PKM2高表达能够上调周期蛋白CCND1的表达和下调CDKN1A的表达，促进细胞周期进程，"
              "进而增强卵巢癌细胞的生长和存活。")
# validation_zh ChinaXiv-201712.01205V1 (碱性磷酸酶 for ALP, which the paper defines earlier)
DKK1_ALP = "此外，Dkk1能降低血管平滑肌细胞碱性磷酸酶的活性和下调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达。"
# new_papers_zh ChinaXiv-201712.00767V1
BAF_BECLIN = ("本实验发现BAF组与Control组相比自噬溶酶体显著减少，自噬体大量堆积，LC3I大量堆积，Beclin1相对表达量减少"
              "而P62相对表达量增多，综合分析说明自噬水平显著降低。")
# validation_zh ChinaXiv-201811.00118V1 (the statistics after the sentence left out)
SHPKM2_LC3 = "此外，蛋白条带量化结果显示，shPKM2组LC3II相对水平显著降低，p62相对水平显著升高，差异具有统计学意义。"
# validation_zh ChinaXiv-201812.00711V1: a chain (来/进而), not co-objects
IKB_CHAIN = ("而试验证明植物乳杆菌HY115 和短乳杆菌HY7401可以通过抑制IKB的磷酸化来降低 NF-kB的活化，进而抑制 "
             "IL-1β，TNF-α等mRNA的表达，降低炎症反应。")



@pytest.mark.parametrize("text,a,b", [
    (PKM2_BAX, BAX, BCL2),
    (PKM2_CCND1, CCND1, CDKN1A),
    (DKK1_ALP, ALPL, RUNX2),
    (DKK1_ALP, ALPL, SP7),
    (DKK1_ALP, ALPL, BGLAP),
])
def test_objects_of_two_coordinated_verbs_do_not_act_on_each_other(pairs_of, text, a, b):
    pair = pairs_of(text)[(a, b)]
    assert pair.label == "associated" and pair.agent == ""
    assert pair.weight <= 0.3


@pytest.mark.parametrize("text,agent,target,label", [
    (PKM2_CCND1, PKM2, CDKN1A, "downregulates"),  # the subject keeps each verb's object
    (PKM2_CCND1, PKM2, CCND1, "upregulates"),
    (DKK1_ALP, DKK1, RUNX2, "downregulates"),
    (DKK1_ALP, DKK1, ALPL, "inhibits"),
])
def test_the_shared_subject_still_acts_on_each_object(pairs_of, text, agent, target, label):
    pair = pairs_of(text)[(agent, target)]
    assert (pair.label, pair.agent) == (label, agent)


@pytest.mark.parametrize("text,a,b", [(BAF_BECLIN, BECN1, SQSTM1), (SHPKM2_LC3, LC3, SQSTM1)])
def test_relative_amount_with_its_own_predicate_is_no_agent(pairs_of, text, a, b):
    pair = pairs_of(text)[(a, b)]
    assert pair.label == "associated" and pair.agent == ""


def test_a_chain_is_not_a_coordination(pairs_of):
    pair = pairs_of(IKB_CHAIN)[(IKB, NFKB)]
    assert pair.agent == IKB and pair.label in ("activates", "inhibits")


# A copula's complement (relations/cue_scope.copula_complement): the later clauses continue the topic.
# validation_zh ChinaXiv-201801.00619V1
AKT_TOPIC = "AKT是PI3K下游的靶蛋白,可以通过磷酸化其下游mTOR、Bad等蛋白，从而调控细胞的增殖和调亡[20,23]。"
# validation_zh ChinaXiv-201712.01000V1 (cut after its third clause, before an inline formula)
DKK1_TOPIC = "DKK1(Dikkopf-1)是WNT/β-catenin信号通路的经典抑制剂,它通过与跨膜受体结合，诱导LRP5的内吞。"
AKT, PI3K, MTOR, LRP5 = "FPLX:AKT", "FPLX:PI3K", "HGNC:3942", "HGNC:6697"
WNT_AXIS = "AXIS:FPLX:Wnt/HGNC:2514"


@pytest.mark.parametrize("text,inside,target", [(AKT_TOPIC, PI3K, MTOR), (AKT_TOPIC, PI3K, BAD_),
                                                 (DKK1_TOPIC, WNT_AXIS, LRP5)])
def test_entity_in_a_copula_complement_is_no_agent_of_the_next_clause(pairs_of, text, inside, target):
    pair = pairs_of(text)[(inside, target)]
    assert pair.label == "associated" and pair.agent == ""


@pytest.mark.parametrize("text,topic,target", [(AKT_TOPIC, AKT, MTOR), (DKK1_TOPIC, "HGNC:2891", LRP5)])
def test_the_copula_subject_still_acts(pairs_of, text, topic, target):
    pair = pairs_of(text)[(topic, target)]
    assert pair.agent == topic and pair.label in ("activates", "upregulates")


# An attenuating verb's object is the event the mention induces (roles.is_attenuated_inducer), whatever the agent.
# validation_zh ChinaXiv-201803.00487V1
SFRP5_BMP9 = "SFRP5促进MSCs的成脂分化，通过调节成骨与成脂的平衡，抑制BMP9诱导成骨分化过程中相关信号分子和成骨分化的过程。"


def test_inducer_of_an_attenuated_event_is_no_target(pairs_of):
    pair = pairs_of(SFRP5_BMP9)[("HGNC:10779", "HGNC:4217")]  # SFRP5, BMP9 (GDF2)
    assert pair.label == "associated" and pair.weight <= 0.1


# A later clause whose subject is a verb on another entity ("此外激活PKC阻碍了…"): the cue is that clause's
# (relations/cascade.opens_with_verb_subject). validation_zh ChinaXiv-201711.00762V1, verbatim (inline formulas)
PKC_EGFR = ("PKC还能调节 EGF 前体转化生长因子（TGF) $\\mathfrak { a }$ 、神经调节蛋白 $1 \\beta$ 和肝素结合性EGF 的剪切和"
            "细胞中的释放，此外激活 PKC 阻碍了EGF受体在 Thr654 位点的磷酸化[18,19]。")
TGFA, HBEGF, EGFR, PKC = "HGNC:11765", "HGNC:3059", "HGNC:3236", "FPLX:PKC"


@pytest.mark.parametrize("earlier", [TGFA, HBEGF])
def test_a_gerund_subject_takes_its_clause_cue(pairs_of, earlier):
    pair = pairs_of(PKC_EGFR)[(earlier, EGFR)]
    assert pair.label == "associated" and pair.agent == ""


def test_the_gerund_subject_acts(pairs_of):
    pair = pairs_of(PKC_EGFR)[(PKC, EGFR)]
    assert (pair.label, pair.agent) == ("inhibits", PKC)


# A later clause that opens with a reporting verb states a conclusion of its own (cue_scope.in_reported_clause).
# validation_zh ChinaXiv-201712.00999V1 (the paragraph's sentence ends without a full stop)
MG132_REPORTED = ("这在说明obatoclax与MG-132联用后对ubiquitin的表达具有协同促进作用的同时，也说明溶酶体自噬与泛素化蛋白酶体"
                  "系统相互调节与影响，这也与文献报道的结果相互印证[3]")
# validation_zh ChinaXiv-201711.00361V1 (verbatim but for the inline formula pEP2c)
AMINO_ACIDS = ("本试验结果发现，营养应激在降低防御素表达的同时也降低了Sirt1和FoxO 表达水平，而异亮氨酸则显著促进了防御素以及"
               "信号通路蛋白 Sirt1和FoxO 的表达，其中对 Sirt1的促进作用最为强烈，丙氨酸促进了 pEP2c 以及信号通路蛋白Sirt1和"
               "FoxO4的表达，但程度显著低于异亮氨酸，验证了前人研究结果，说明营养应激与氨基酸对防御素表达的调控与 Sirt1 和 "
               "FoxO 信号通路有关，但信号通路蛋白对不同氨基酸的应答反应程度各不相同，具体调控通路还需进一步的研究。")


@pytest.mark.parametrize("text,agent,target", [
    (MG132_REPORTED, "MESH:C072553", "hsa04140"),  # MG-132, autophagy
    (AMINO_ACIDS, "CPD:alanine", "hsa04068"),  # alanine, FoxO signalling pathway
])
def test_cue_does_not_reach_into_a_reported_conclusion(pairs_of, text, agent, target):
    pair = pairs_of(text)[(agent, target)]
    assert pair.label == "associated"


def test_the_cue_still_governs_its_own_clause(pairs_of):
    pair = pairs_of(AMINO_ACIDS)[("CPD:alanine", "HGNC:7139")]  # alanine raised FoxO4
    assert (pair.label, pair.agent) == ("upregulates", "CPD:alanine")

"""Stop 33 (issue 14, Chinese labels): directions the typer left `associated` or typed as activity.

Real sentences of corpus/validation/zh (the document named at each):

* a gene product named as an inhibitor by its target, in apposition ("WNT信号通路抑制剂DKK-1"), inhibits the
  target (relations/inhibitor.py, reagent_targets: the reagent may be a gene after a Chinese reagent noun);
* "X是Y的拮抗蛋白" (the antagonist noun family 拮抗剂/拮抗蛋白/拮抗因子), the object a list, the copula that of a
  second predicate of X (inhibitor.role_noun_zh), and no membership ("Y的…蛋白" is no "Y的成员");
* a list with bracketed figures closed by 表达, and "促进[cells]表达 Y" (relations/zh_levels.py): a change of
  the level, up/downregulates (GUIDELINES 2).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_levels
from pipeline.relations.inhibitor import role_noun_zh

WNT = "hsa04310"
DIABETIC = ("本研究发现糖尿病大鼠海马组织中WNT信号通路抑制剂DKK-1表达显著增高、关键蛋白 $\\beta$ -catenin的表达"
            "下降。")  # ChinaXiv-201712.01000V1 (gold DKK1 inhibits Wnt signaling)
CALCIFICATION = ("使用WNT信号抑制剂Dkk1能减轻血管平滑肌细胞钙化，下调骨相关蛋白Cbfa1, $\\operatorname { O s x }$ ,OCN,BMP2 "
                 "mRNA的表达。")  # ChinaXiv-201712.01205V1 (the same gold, another paper)
NOGGIN = ("Noggin蛋白是转化生长因子超家族成员之一，是骨形成蛋白BMP-2、-4、-5、-6和-7的拮抗蛋白，它能够结合以上蛋白从而阻止"
          "它们与受体结合[9-10]。")  # ChinaXiv-201806.00153V1 (gold Noggin inhibits BMP2 … BMP7)
AMINO_ACIDS = ("与对照组相比，丙氨酸和异亮氨酸均不同程度影响信号通路蛋白的转录，其中，丙氨酸显著提高了Sirt1（2.13倍）和FoxO4"
               "（3.16倍）的表达水平（P<0.05），异亮氨酸显著促进了Sirt1（30.76倍）、FoxO1（3.45倍）和FoxO4（3.00倍）表达"
               "（P<0.05）。")  # ChinaXiv-201711.00361V1 (gold isoleucine upregulates FoxO1)
VALVES = ("并且Osman 等通过体外研究证实BMP2/4可以明显促进VICs 表达成骨指标—碱性磷酸酶(ALP)、Runx2、OPN 等[11]，因此,"
          "目前认为成骨相关蛋白的积累,是瓣膜钙化导致功能障碍的主要发病机制之一。")  # ChinaXiv-201812.00642V1


def test_a_gene_named_as_the_inhibitor_of_its_target_inhibits_it(annotator, gene_id):
    for text in (DIABETIC, CALCIFICATION):  # two papers
        pair = typed_pairs(annotator, text)[(gene_id("DKK1"), WNT)]
        assert (pair.label, pair.agent) == ("inhibits", gene_id("DKK1")), text  # was associated


def test_the_antagonist_protein_of_a_list_inhibits_each_item(annotator, gene_id):
    typed = typed_pairs(annotator, NOGGIN)
    for symbol in ("BMP2", "BMP4", "BMP5", "BMP6", "BMP7"):
        pair = typed[(gene_id("NOG"), gene_id(symbol))]
        assert (pair.label, pair.agent) == ("inhibits", gene_id("NOG")), symbol  # BMP4-7 were associated


def test_role_noun_needs_the_copula_and_the_noun():
    text = "Noggin蛋白是转化生长因子超家族成员之一，是骨形成蛋白BMP-2、-4的拮抗蛋白"
    agent_end = text.index("是")
    target = text.index("BMP-2")
    assert role_noun_zh(text, agent_end, target, target + 5) == -1
    # a second predicate without a role noun states no role
    other = "Noggin蛋白是转化生长因子超家族成员之一，是骨形成蛋白BMP-2、-4的结合蛋白"
    assert role_noun_zh(other, agent_end, target, target + 5) is None


def test_a_bracketed_list_closed_by_expression_is_a_level(annotator, gene_id):
    pair = typed_pairs(annotator, AMINO_ACIDS)[("CPD:isoleucine", gene_id("FOXO1"))]
    assert (pair.label, pair.agent) == ("upregulates", "CPD:isoleucine")  # was activates
    # the list words only: a bracket closing a clause's figures is no list item
    assert zh_levels.level_after_bracketed_list("FoxO1（3.45倍）和FoxO4（3.00倍）表达", len("FoxO1"))
    assert not zh_levels.level_after_bracketed_list("FoxO1（3.45倍），表达", len("FoxO1"))
    assert not zh_levels.level_after_bracketed_list("FoxO1和FoxO4表达", len("FoxO1"))  # the short window's


def test_the_cells_made_to_express_a_gene_change_its_level(annotator, gene_id):
    typed = typed_pairs(annotator, VALVES)
    for symbol in ("RUNX2", "SPP1", "ALPL"):
        pair = typed[(gene_id("BMP2"), gene_id(symbol))]
        assert (pair.label, pair.agent) == ("upregulates", gene_id("BMP2")), symbol  # was activates


def test_expression_as_a_noun_is_no_pivot():
    text = "促进VICs 表达成骨指标—碱性磷酸酶(ALP)、Runx2"
    assert zh_levels.expressed_object(text, 2, text.index("Runx2"))
    assert not zh_levels.expressed_object("促进Bax表达和Runx2", 2, len("促进Bax表达和"))  # no cells: Bax's level
    assert not zh_levels.expressed_object("促进细胞表达增加，Runx2", 2, len("促进细胞表达增加，"))


# A clause that opens with a predicate verb continues the topic of the clause before (relations/cascade.py,
# opens_with_predicate): its cue is the topic's, however many Han characters its verb phrase has
SUBSTANCE_P = ("在中枢，P物质（substancep，SP）作为兴奋性递质，参与疼痛信息传递并且产生疼痛、诱导释放5-HT，引起内脏高敏感性"
               "[35]。")  # new_papers ChinaXiv-202207.00046V1 (gold SP upregulates 5-HT)
ERK = ("ERK 还可被快速地转位到细胞核激活 AP-1、ELK-1、SAP 等涉及增殖的转录分子，发挥促进细胞增殖、抑制细胞凋亡的作用"
       "[18]。")  # new_papers ChinaXiv-201707.00654V1 (gold ERK inhibits apoptosis; AP-1 and ELK-1 none)
PEPTIDE = ("在本实验,我们应用构建一种N端1号位氨基酸丝氨酸(Ser)突变成甘氨酸(Gly)的hPTH(1-34)肽,使得该肽不能激活PLC但能"
           "激活AC[16]。")  # validation ChinaXiv-201712.00947V1: the causative 使得 names its own subject


def test_a_clause_opening_with_a_verb_continues_the_topic(annotator):
    pair = typed_pairs(annotator, SUBSTANCE_P)[("HGNC:11517", "CPD:serotonin")]
    assert (pair.label, pair.agent) == ("upregulates", "HGNC:11517")  # was associated
    typed = typed_pairs(annotator, ERK)
    assert (typed[("FPLX:ERK", "hsa04210")].label, typed[("FPLX:ERK", "hsa04210")].agent) == ("inhibits", "FPLX:ERK")
    # the objects of the topic's earlier verb are no topic: AP-1 does not inhibit apoptosis here
    assert typed[("FPLX:AP1", "hsa04210")].label == "associated"


def test_a_causative_clause_has_its_own_subject(annotator):
    assert typed_pairs(annotator, PEPTIDE)[("CPD:teriparatide", "FPLX:PLC")].label == "associated"


# 磷酸化 as a transitive verb (relations/cues.py, the activate class): a kinase phosphorylating its substrate
# activates it (GUIDELINES 5.12); the noun ("JNK磷酸化水平", "促进JNK的磷酸化") is no verb
AKT = "AKT是PI3K下游的靶蛋白,可以通过磷酸化其下游mTOR、Bad等蛋白,从而调控细胞的增殖和调亡[20,23]。"  # ChinaXiv-201801.00619V1
RAF = ("在外界因子的刺激下Ras激活,将Raf从胞浆转移到胞膜并激活,活化的Raf通过磷酸化MEK环上的丝氨酸残基而将其激活。")
# new_papers ChinaXiv-201707.00654V1 (gold Raf activates MEK)


def test_a_kinase_phosphorylating_its_substrate_activates_it(annotator, gene_id):
    typed = typed_pairs(annotator, AKT)
    for symbol in ("MTOR", "BAD"):
        pair = typed[("FPLX:AKT", gene_id(symbol))]
        assert (pair.label, pair.agent) == ("activates", "FPLX:AKT"), symbol  # was via
    pair = typed_pairs(annotator, RAF)[("FPLX:RAF", "FPLX:MEK")]
    assert (pair.label, pair.agent) == ("activates", "FPLX:RAF")  # was via


def test_phosphorylation_as_a_noun_is_no_verb_cue():
    from pipeline.relations.cues import find_cues

    def verbs(text):
        return [c.text for c in find_cues(text) if c.text == "磷酸化"]
    assert verbs("激活后的PKCα可磷酸化Src诱导PI3K激酶磷酸化") == ["磷酸化"]  # the first, transitive; not the second
    assert verbs("LPS可通过促进JNK的蛋白磷酸化来诱导肝细胞损伤") == []
    assert verbs("我们检测了JNK磷酸化的情况") == []


# a cue's object, then its examples after "，如" (relations/coordination.py, is_predicate_of): a verb with its
# object, not the predicate of the mention before it
EGF = ("EGF 与EGF受体结合后能激活细胞内多条信号通路，如磷脂酰肌醇3激酶/蛋白激酶 B（PI3K/AKT）、腺苷酸活化蛋白激酶"
       "（AMPK）、MAPK、PKC 和PKA[15-16]。")  # validation ChinaXiv-201711.00762V1 (gold EGF activates PI3K/AKT)


def test_the_examples_of_a_cues_object_are_its_objects(annotator, gene_id):
    pair = typed_pairs(annotator, EGF)[(gene_id("EGF"), "AXIS:FPLX:PI3K/FPLX:AKT")]
    assert (pair.label, pair.agent) == ("activates", gene_id("EGF"))  # was associated


def test_a_predicate_ending_its_clause_stays_a_predicate():
    from pipeline.relations.coordination import is_predicate_of
    assert not is_predicate_of("能", "细胞内多条信号通路，如")
    assert is_predicate_of("的表达", "，")  # "Jagged1的表达升高，Notch3…": the first mention's predicate

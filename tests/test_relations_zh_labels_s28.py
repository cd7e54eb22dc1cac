"""Stop 28, Chinese label classes read from the typed-relation mismatches of validation_zh
(evaluation.csv: TP rows whose gold label differs from the predicted one). Real sentences from
corpus/validation/zh; each test names its class and its source."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.effects import Span, bracketed_member_pair

EGF, EGFR, MAPK, P38, ERK, JNK = "HGNC:3229", "HGNC:3236", "FPLX:MAPK", "FPLX:p38", "FPLX:ERK", "FPLX:JNK"


def test_a_list_mediating_the_agents_action_makes_the_agent_act_via_each_item(annotator):
    """ChinaXiv-201711.00762V1: "EGF受体、PKA、…ERK和JNK均介导了EGF调控…" (Y mediates X's action):
    EGF via each mediator (gold), not mere co-mention."""
    typed = typed_pairs(annotator, "本研究结果表明 EGF受体、PKA、PKC、p38、ERK和 JNK均介导了EGF 调控 IPEC-J2 细胞中 "
                                   "NaPi-IIb的表达。")
    for mediator in (EGFR, "FPLX:PKA", ERK, JNK):
        label = typed[(EGF, mediator)]
        assert (label.label, label.agent) == ("via", EGF), mediator


def test_a_single_mediator_with_dui_after_the_agent(annotator):
    """ChinaXiv-201711.00762V1: "这表明EGF受体介导了EGF对NaPi-IIb表达水平的调节" - EGF via EGFR."""
    label = typed_pairs(annotator, "这表明EGF受体介导了EGF对NaPi-IIb 表达水平的调节。")[(EGF, EGFR)]
    assert (label.label, label.agent) == ("via", EGF)


def test_mediated_by_as_an_attribute_is_not_the_mediation_clause(annotator):
    """"Y介导的X…" (X mediated by Y) modifies a noun: the clause rule needs 介导(了) before the agent."""
    label = typed_pairs(annotator, "TLR4介导的NF-κB激活促进了炎症。")[("HGNC:11850", "FPLX:NFkappaB")]
    assert label.label != "via" or label.agent != "FPLX:NFkappaB"


def test_a_family_followed_by_its_members_in_brackets_is_their_family(annotator):
    """ChinaXiv-201711.00762V1, twice: "MAPK（p38、ERK和JNK）", "MAPK（p38、ERK、JNK）等信号通路" -
    gold p38/ERK/JNK member_of MAPK; the items of one list were no pairs before."""
    for text in ("不过，虽然本试验证明MAPK（p38、ERK和JNK）、PKC 和PKA介导了EGF对猪肠上皮细胞中NaPi-IIb 表达水平的调节。",
                 "本研究结果表明EGF 调控IPEC-J2细胞中NaPi-IIb 的表达受EGF受体、PKA、PKC 和MAPK（p38、ERK、JNK）等信号通路的调控。"):
        typed = typed_pairs(annotator, text)
        for member in (P38, ERK, JNK):
            assert typed[(member, MAPK)].label == "member_of", (member, text)


def test_brackets_holding_more_than_names_list_no_members():
    """validation_en PMID21515352 "tissue inhibitors of MMP (TIMP-1 and -2)" and ChinaXiv-201712.00990V1
    "LC3I(与actin的比值)": the brackets hold a word or an elided name besides the names."""
    text = "tissue inhibitors of MMP (TIMP-1 and -2)"
    spans = [Span(21, 24, "GENE", "FPLX:MMP"), Span(26, 32, "GENE", "HGNC:11820")]
    assert not bracketed_member_pair(text, spans, "FPLX:MMP", "HGNC:11820")
    text = "LC3I(与actin的比值)及Beclin1"
    spans = [Span(0, 4, "GENE", "FPLX:MAP1LC3"), Span(6, 11, "GENE", "FPLX:Actin")]
    assert not bracketed_member_pair(text, spans, "FPLX:MAP1LC3", "FPLX:Actin")
    text = "MAPK（p38、ERK和JNK）"
    spans = [Span(0, 4, "GENE", MAPK), Span(5, 8, "GENE", P38), Span(9, 12, "GENE", ERK), Span(13, 16, "GENE", JNK)]
    assert bracketed_member_pair(text, spans, MAPK, ERK)


def test_a_glossary_line_naming_the_family_it_is_one_of(annotator):
    """ChinaXiv-201711.00749V1 abbreviation list: "p38：丝裂原活化蛋白激酶家族的一员" (one member of the MAPK
    family) - gold p38 member_of MAPK."""
    typed = typed_pairs(annotator, "p38：丝裂原活化蛋白激酶家族的一员a memberof mitogen-activated proteinkinases（MAPKs）family")
    assert typed[(P38, MAPK)].label == "member_of"


def test_the_inhibitor_of_a_target_blocking_the_agents_action_makes_the_agent_act_via_the_target(annotator):
    """ChinaXiv-201711.00762V1 (GUIDELINES 5.4): "添加 PKC 的特异性抑制剂极显著地抑制了EGF 下调 NaPi-IIb 的表达水平" -
    EGF via PKC; PKC is no agent of 抑制 or 下调 (the inhibitor is), so PKC-NaPi-IIb is only associated."""
    typed = typed_pairs(annotator, "但是，添加 PKC 的特异性抑制剂极显著地抑制了EGF 下调 NaPi-IIb 的表达水平。")
    label = typed[(EGF, "FPLX:PKC")]
    assert (label.label, label.agent) == ("via", EGF)
    assert typed[("FPLX:PKC", "HGNC:11020")].label == "associated"


def test_the_inhibitor_of_an_axis_blocks_via_the_axis_and_its_members(annotator):
    """ChinaXiv-201711.00762V1: "添加MAPK/p38 的特异性抑制剂显著抑制了EGF下调NaPi-IIb的表达水平" - EGF via the
    MAPK/p38 axis and via p38."""
    typed = typed_pairs(annotator, "但是，添加MAPK/p38 的特异性抑制剂显著抑制了EGF下调NaPi-IIb的表达水平。")
    for target in ("AXIS:FPLX:MAPK/FPLX:p38", P38):
        label = typed[(EGF, target)]
        assert (label.label, label.agent) == ("via", EGF), target


def test_an_inhibitor_that_changes_no_agents_action_blocks_nothing(annotator):
    """ChinaXiv-201711.00762V1: "PKC 的特异性抑制剂并没有改变PKCα、PKCβ 和PKCγ的表达水平" - no blocked action."""
    typed = typed_pairs(annotator, "由图3可知，PKC 的特异性抑制剂并没有改变PKCα、PKCβ 和PKCγ 的表达水平。")
    assert all(label.label != "via" for label in typed.values())

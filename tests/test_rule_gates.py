"""Rule triggers of relation typing (relations/rule_gates.py, issue 17, stop 50): a rule whose triggers a
sentence does not hold is skipped, and no label changes.

Every pair of every sentence of the default run's corpus (the reviews, corpus/new_papers, corpus/validation)
and the ChinaXiv sample (``corpus_sentences``, conftest) is typed with the gates on and with every gate open
(each rule asked, as before stop 50); the labels must be equal. The rules whose patterns the triggers are read
from are also asked directly where their gate is shut: none of them answers there.
"""

from __future__ import annotations

import dataclasses

import pytest
from nlp_helpers import entity_pairs

from pipeline.relations import (by_agents, cleavage, cue_scope, effects, excluded, groups, inhibitor, negation, ratio,
                                role_appositions, rule_gates, signed_effects)
from pipeline.relations.effects import SentenceContext, Span, label_pair


OG = "苔黑酚葡萄糖苷(Orcinol Glucoside, OG)通过激活 mTOR 和 Nrf2/Keap1 信号通路,减轻氧化应激和破骨细胞自噬,从而预防老年性骨质疏松症。"
# corpus/jin2025_autophagy_osteoporosis.md (citation mark removed)
DIOSCIN = ("Meanwhile, autophagy was detected as early as 12 h after an exposure to low-dose dioscin, as indicated by an "
           "up-regulated expression of LC3-II and beclin-1 proteins.")  # corpus/new_papers/en/23552851.txt
SSBE = ("SSBE administration protected renal function, as indicated by reduced serum creatinine levels, and alleviated "
        "renal interstitial fibrosis.")  # corpus/validation/en/24747135.txt


@pytest.fixture(scope="module")
def sentences(pair_sentences):
    return pair_sentences


def test_every_pair_gets_the_label_it_got_with_every_rule_asked(sentences):
    pairs = 0
    shut = dict.fromkeys(rule_gates.TRIGGERS, 0)
    for text, spans in sentences:
        gated = SentenceContext.of(text, spans)
        built = SentenceContext.of(text, spans)
        asked = dataclasses.replace(built, skip=built.skip - rule_gates.TRIGGERS.keys())
        for a, b in entity_pairs(spans):
            assert label_pair(text, spans, a, b, context=gated) == label_pair(text, spans, a, b, context=asked), (text, a, b)
            pairs += 1
        for rule in gated.skip & rule_gates.TRIGGERS.keys():
            shut[rule] += 1
    assert pairs > 10000
    # every gate shuts in some sentences (else it is no gate); most shut in most
    assert all(n > 50 for n in shut.values()), shut
    assert sum(n > len(sentences) // 2 for n in shut.values()) >= 6, shut


def test_the_gated_patterns_find_nothing_where_their_gate_is_shut(sentences):
    for text, spans in sentences:
        shut = rule_gates.shut(text, spans)
        n = len(text)
        if "non_effect" in shut:
            assert negation.non_effect(text, 0, n) is None, text
        if "effect_on" in shut:
            for x in spans:
                for y in spans:
                    if x.end <= y.start:
                        assert cue_scope.effect_on(text, x.start, x.end, y.start, y.end, 0, n) is None, text
                        assert signed_effects.nominal_of_on(text, x.start, x.end, y.start) is None, text
        if "indicated_state" in shut:
            assert not cue_scope.in_evidence_adjunct(text, 0, n), text
        for sp in spans:
            if "cleavage_readout" in shut:
                assert not (cleavage.cleaved_zymogen(text, sp.start, sp.end) or cleavage.cleaved_substrate(text, sp.start, sp.end)
                            or ratio.ratio_denominator(text, sp.start, sp.end) or ratio.undirected_term(text, sp.start, sp.end))
            if "excluded_target" in shut:
                assert not excluded.excluded_conjunct(text, sp.start), text
            if "group_scope" in shut:
                assert not groups.is_group_label(text, sp) and not groups.baseline_alone(text, text[sp.start:sp.end])
        if "role_noun" in shut:
            for x in spans:
                for y in spans:
                    if x.end <= y.start:
                        between = effects._between(text, x, y, spans)
                        assert inhibitor.inhibitor_of(between) is None, text
                        assert inhibitor.role_noun_zh(text, x.end, y.start, y.end) is None, text
                        assert role_appositions.role_sign(between, text[y.end:y.end + 40]) is None, text
        if "by_agent" in shut:
            cues = SentenceContext.of(text, spans).cues
            for x in spans:
                for y in spans:
                    if x.start < y.start:
                        assert by_agents.by_agent_cue(text, x.start, x.end, y.start, y.end, cues, spans) is None
                        assert by_agents.compound_agent_cue(text, x.start, x.end, y.start, y.end, cues) is None


def test_gates_of_real_sentences():
    assert "indicated_state" not in rule_gates.shut(DIOSCIN)
    assert "indicated_state" in rule_gates.shut(OG)
    assert "pathway_regulating" not in rule_gates.shut(OG)  # 通过
    assert "pathway_regulating" in rule_gates.shut(SSBE)
    assert "clause_chain" not in rule_gates.shut(OG)  # Chinese
    assert "clause_chain" in rule_gates.shut(SSBE)
    assert "handed_on" in rule_gates.shut(SSBE)  # English, no contrastive conjunction
    assert "cleavage_readout" in rule_gates.shut(OG) and "cleavage_readout" in rule_gates.shut(DIOSCIN)
    assert "by_agent" not in rule_gates.shut(DIOSCIN) and "by_agent" in rule_gates.shut(OG.replace("-", ""))


def test_ignorecase_folds_keep_a_gate_open():
    """İ ı ſ K match ASCII letters under IGNORECASE (text/word_gate.py): a sentence holding one is left to the rules."""
    assert "dependent_manner" in rule_gates.shut(SSBE)
    assert "dependent_manner" not in rule_gates.shut(SSBE + " (\u212a)")
    assert "pathway_regulating" in rule_gates.shut(SSBE + " (\u212a)")  # no ASCII trigger


def test_two_herbs_or_compounds_open_the_conjunct_gate():
    one = [Span(0, 7, "COMPOUND", "C1"), Span(18, 23, "GENE", "G1"), Span(30, 37, "COMPOUND", "C1")]
    two = one[:2] + [Span(30, 37, "COMPOUND", "C2")]
    text = "Icariin increased Bcl-2 and icariin"
    assert "conjunct_agent" in rule_gates.shut(text, one)
    assert "conjunct_agent" not in rule_gates.shut(text, two)


def test_no_gates_switch_shuts_no_rule(monkeypatch):
    assert rule_gates.shut("")  # every rule needs a trigger
    monkeypatch.setattr(rule_gates, "ENABLED", False)
    assert rule_gates.shut("") == frozenset()
    assert not SentenceContext.of("", []).skip & rule_gates.TRIGGERS.keys()


def test_every_gate_names_a_rule_of_effects_and_no_other_skip():
    text = open(effects.__file__, encoding="utf-8").read()
    for rule in rule_gates.TRIGGERS:
        assert f'"{rule}" not in skip' in text, rule
    # the names of effects._skipped's rules are not reused (one set holds both)
    assert not rule_gates.TRIGGERS.keys() & {"mediated", "process_effect", "english", "treatment", "partners", "dose",
                                             "role_premodifier", "process_member", "described_role", "member_after",
                                             "member_lists"}

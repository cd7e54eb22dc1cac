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
                                role_appositions, rule_gates)
from pipeline.relations.effects import SentenceContext, Span, label_pair


@pytest.fixture(scope="module")
def sentences(corpus_sentences):
    out = [(text, spans) for text, spans in corpus_sentences if len({sp.entity_id for sp in spans}) >= 2]
    assert len(out) > 2000
    return out


def test_every_pair_gets_the_label_it_got_with_every_rule_asked(sentences):
    pairs = 0
    shut = dict.fromkeys(rule_gates.TRIGGERS, 0)
    for text, spans in sentences:
        gated = SentenceContext.of(text, spans)
        asked = dataclasses.replace(SentenceContext.of(text, spans), gates=rule_gates.OPEN)
        for a, b in entity_pairs(spans):
            assert label_pair(text, spans, a, b, context=gated) == label_pair(text, spans, a, b, context=asked), (text, a, b)
            pairs += 1
        for rule in rule_gates.TRIGGERS:
            shut[rule] += not gated.gates.may(rule)
    assert pairs > 10000
    # every gate shuts in some sentences (else it is no gate); most shut in most
    assert all(n > 50 for n in shut.values()), shut
    assert sum(n > len(sentences) // 2 for n in shut.values()) >= 6, shut


def test_the_gated_patterns_find_nothing_where_their_gate_is_shut(sentences):
    for text, spans in sentences:
        gates = rule_gates.Gates(text, spans)
        n = len(text)
        if not gates.may("non_effect"):
            assert negation.non_effect(text, 0, n) is None, text
        if not gates.may("indicated_state"):
            assert not cue_scope.in_evidence_adjunct(text, 0, n), text
        for sp in spans:
            if not gates.may("cleavage_readout"):
                assert not (cleavage.cleaved_zymogen(text, sp.start, sp.end) or cleavage.cleaved_substrate(text, sp.start, sp.end)
                            or ratio.ratio_denominator(text, sp.start, sp.end) or ratio.undirected_term(text, sp.start, sp.end))
            if not gates.may("excluded_target"):
                assert not excluded.excluded_conjunct(text, sp.start), text
            if not gates.may("group_scope"):
                assert not groups.is_group_label(text, sp) and not groups.baseline_alone(text, text[sp.start:sp.end])
        if not gates.may("role_noun"):
            for x in spans:
                for y in spans:
                    if x.end <= y.start:
                        between = effects._between(text, x, y, spans)
                        assert inhibitor.inhibitor_of(between) is None, text
                        assert inhibitor.role_noun_zh(text, x.end, y.start, y.end) is None, text
                        assert role_appositions.role_sign(between, text[y.end:y.end + 40]) is None, text
        if not gates.may("by_agent"):
            cues = SentenceContext.of(text, spans).cues
            for x in spans:
                for y in spans:
                    if x.start < y.start:
                        assert by_agents.by_agent_cue(text, x.start, x.end, y.start, y.end, cues, spans) is None
                        assert by_agents.compound_agent_cue(text, x.start, x.end, y.start, y.end, cues) is None


def test_gates_of_real_sentences():
    # validation_en PMID25218136: "associated with a reduction in mTOR activation as indicated by decreased 4E-BP1 …"
    assert rule_gates.Gates("a reduction in mTOR activation as indicated by decreased 4E-BP1").may("indicated_state")
    # corpus/jin2025 (review): "LC3-II/LC3-I的比值" names no ratio in English and no cleavage
    assert not rule_gates.Gates("自噬通过激活AMPK通路促进成骨分化").may("cleavage_readout")
    assert rule_gates.Gates("自噬通过激活AMPK通路促进成骨分化").may("pathway_regulating")
    assert rule_gates.Gates("自噬通过激活AMPK通路促进成骨分化").may("clause_chain")
    assert not rule_gates.Gates("Icariin inhibited apoptosis and increased Bcl-2 expression").may("clause_chain")


def test_ignorecase_folds_keep_a_gate_open():
    """İ ı ſ K match ASCII letters under IGNORECASE (text/word_gate.py): a sentence holding one is left to the rules."""
    assert not rule_gates.Gates("Icariin increased Bcl-2 expression").may("via_of_by_agent")
    assert rule_gates.Gates("Icariin increased Bcl-2 expression (\u212a)").may("via_of_by_agent")
    assert not rule_gates.Gates("淫羊藿苷增加Bcl-2的表达(\u212a)").may("pathway_regulating")  # no ASCII trigger


def test_two_herbs_or_compounds_open_the_conjunct_gate():
    one = [Span(0, 7, "COMPOUND", "C1"), Span(18, 23, "GENE", "G1"), Span(30, 37, "COMPOUND", "C1")]
    two = one[:2] + [Span(30, 37, "COMPOUND", "C2")]
    text = "Icariin increased Bcl-2 and icariin"
    assert not rule_gates.Gates(text, one).may("conjunct_agent")
    assert rule_gates.Gates(text, two).may("conjunct_agent")


def test_no_gates_switch_opens_every_gate(monkeypatch):
    monkeypatch.setattr(rule_gates, "ENABLED", False)
    gates = rule_gates.Gates("")
    assert all(gates.may(rule) for rule in rule_gates.TRIGGERS)


def test_an_unknown_rule_is_an_error():
    with pytest.raises(KeyError):
        rule_gates.Gates("text").may("no_such_rule")


def test_every_gate_names_a_rule_of_effects():
    source = effects.__file__
    text = open(source, encoding="utf-8").read()
    for rule in rule_gates.TRIGGERS:
        assert f'gates.may("{rule}")' in text, rule

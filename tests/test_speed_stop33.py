"""Speed (issue 17, stop 33): relation typing answers once per sentence what it asked per pair,
with the same labels, on every sentence of the reviews, corpus/new_papers and corpus/validation.

- ``SentenceContext.skip`` (effects._skipped): rules of ``label_pair`` that cannot fire in the
  sentence are not asked for each pair (role_of's "role of"/"mediates" patterns without an anchor
  word, "effects of" without "effect", the English-only read-out rules in a Chinese sentence,
  the treatment adjunct without exactly one herb/compound, the binding partner without a binding
  word). With every rule asked (``skip`` empty, ``starts`` None: the old path) each pair gets the
  same ``PairLabel``.
- ``_side_role`` keeps its per-mention answers in the context and finds the next mention by
  bisection: the same answer as the scan of every mention, for every ordered mention pair.
- ``scoped_cues`` marks the mentions' and reagent nouns' offsets once: the cues the pairwise
  test kept.
- ``protocol.is_protocol`` answers a sentence without any of its words without the
  case-insensitive scan: the regex's answer on every sentence.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from nlp_helpers import entity_pairs

from pipeline.relations import effects, mediated_events, protocol, role_of
from pipeline.relations.cues import find_cues
from pipeline.relations.effects import SentenceContext, Span, label_pair, scoped_cues
from pipeline.relations.facts import facts_of

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sentences(corpus_sentences):
    """(text, spans) of every sentence with a mention of every document of the reviews,
    corpus/new_papers, corpus/validation (the default run's corpus) and the sample papers
    (conftest's ``corpus_sentences``)."""
    out = corpus_sentences
    assert len(out) > 3000
    return out


def _old_path(context: SentenceContext) -> SentenceContext:
    """The context with every rule asked and no per-mention memory: what label_pair did before."""
    return dataclasses.replace(context, skip=frozenset(), starts=None, sides=None)


def test_every_pair_gets_the_label_of_the_old_path(sentences):
    """Every pair of entities of every sentence: the same PairLabel (label, agent, cue, weight,
    negation, hedging) with the sentence's skipped rules and memory as with every rule asked."""
    pairs = skipped = 0
    for text, spans in sentences:
        if len({sp.entity_id for sp in spans}) < 2:
            continue
        context = SentenceContext.of(text, spans)
        skipped += bool(context.skip)
        old = _old_path(SentenceContext.of(text, spans))
        for a, b in entity_pairs(spans):
            assert label_pair(text, spans, a, b, context=context) == label_pair(text, spans, a, b, context=old), (text, a, b)
            pairs += 1
    assert pairs > 10000 and skipped > 1000


def test_a_sentence_without_anchor_words_never_states_a_role(sentences):
    """Over every ordered pair of mentions of every sentence (not only first mentions): where the
    sentence has none of role_of's anchor words, ``mediator_agent`` and ``process_effect_of``
    answer nothing, so skipping them changes no pair."""
    asked = 0
    for text, spans in sentences:
        lowered = text.lower()
        mediation = role_of.may_state_role(lowered, text, role_of.MEDIATION_ANCHORS)
        effect = role_of.may_state_role(lowered, text, role_of.EFFECT_ANCHORS)
        if mediation and effect:
            continue
        ordered = sorted(spans, key=lambda sp: sp.start)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                if not mediation:
                    assert role_of.mediator_agent(text, first.start, first.end, second.start, second.end) is None
                    # the title forms effects._mediated also asks under the same gate
                    assert mediated_events.mediator_agent(text, first.start, first.end, second.start, second.end) is None
                if not effect:
                    assert role_of.process_effect_of(text, first.start, first.end, second.start) == 0
                asked += 1
    assert asked > 10000


@pytest.mark.parametrize("text", [
    "Role of Sema4C in TGF-β1-induced mitogen-activated protein kinase activation",
    "GPR109A (PUMA-G/HM74A) mediates nicotinic acid-induced flushing",
    "Growth differentiation factor 9 signaling requires ERK1/2 activity",
    "Kappa opioid receptor activation of p38 MAPK is GRK3-and arrestin-dependent",
    "Wnt7a-Akt/mTOR信号通路在肾衰营养胶囊改善肾间质纤维化中的作用",
    "EGF受体、PKA、PKC、p38、ERK和JNK均介导了EGF调控NaPi-IIb的表达",
    "CREB is required for EGF-induced cell proliferation",
    "TNF-α-induced ROS production. ROLE OF NOX4 AND MAPK pathways",
])
def test_role_sentences_keep_the_mediation_rule(text):
    """The mediation statements of role_of's patterns (validation titles and sentences) keep the rule."""
    assert role_of.may_state_role(text.lower(), text, role_of.MEDIATION_ANCHORS)


def test_a_case_insensitive_lookalike_keeps_every_rule():
    """"ſ" (long s) and "K" (Kelvin) match s and k in a case-insensitive regex but not after
    ``str.lower``: a sentence holding one keeps the rules (and the protocol scan)."""
    assert role_of.may_state_role("the ſole of x", "the ſole of x", role_of.MEDIATION_ANCHORS)
    assert protocol.is_protocol("ELISA \u212aits were used") == (protocol._PROTOCOL.search("ELISA \u212aits were used") is not None)


def test_a_chinese_sentence_never_asks_the_english_or_role_rules(annotator, monkeypatch):
    """"值得注意的是，这些研究结果表明铁死亡的发生可能会促进破骨细胞的功能从而引发OP" style sentences
    (the reviews): no role word, Chinese, no binding word: the per-pair rules are not asked.
    Fails on the old path, which asked each of them for every pair."""
    text = "研究表明唑来膦酸可以抑制OC的细胞活力,促进OC铁死亡的发生,进而引起OP,并上调GPX4和SLC7A11的表达。"
    s = [s for s in facts_of(annotator.annotate("t", text)).sentences if len({m.entity_id for m in s.mentions}) > 1][0]
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions]

    def refuse(*args, **kwargs):
        raise AssertionError("asked")

    for name in ("_mediated", "_process_effect", "_readout_clause", "_loss_group", "_binding_partner"):
        monkeypatch.setattr(effects, name, refuse)
    context = SentenceContext.of(s.text, spans)
    assert {"mediated", "process_effect", "english", "partners"} <= context.skip
    for a, b in entity_pairs(spans):
        label_pair(s.text, spans, a, b, context=context)


def _side_role_scan(text, spans, agent, target, hedged):
    """``effects._side_role`` as it was at e6b4d6a (every question asked per pair, the next mention
    found by a scan of every mention), with stop 35's attenuated inducer (roles.is_attenuated_inducer):
    the definition the per-mention answers are compared with."""
    from pipeline.relations import roles
    from pipeline.relations.effects import AGENT_LABELS, WEIGHTS, PairLabel, _classifier, _is_object

    if roles.is_name_modifier(text, agent.start, agent.end, agent.label, agent=True) or \
            roles.is_name_modifier(text, target.start, target.end, target.label) or _classifier(text, spans, agent):
        return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    for side in (agent, target):
        nxt = min((sp.start for sp in spans if sp.start >= side.end), default=None)
        if roles.names_unnamed_targets(text, side.end, nxt):
            return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    if target.label == "GENE" and roles.is_model_strain(text, target.start, target.end):
        return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    if target.label == "GENE" and roles.is_independent(text, target.start, target.end):
        return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    if agent.start < target.start and roles.is_by_agent(text, target.start):
        return PairLabel("associated", weight=WEIGHTS["associated"], hedged=hedged)
    if agent.label in AGENT_LABELS and agent.start < target.start and _is_object(text, spans, agent):
        return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
    if agent.label in AGENT_LABELS and roles.is_stimulus(text, target.start, target.end) \
            and not roles.is_stimulus(text, agent.start, agent.end):
        return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)
    if agent.start < target.start and roles.is_attenuated_inducer(text, target.start, target.end):
        return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)  # stop 35: "抑制BMP9诱导…"
    if agent.label == "COMPOUND" and roles.is_extract_solvent(text, agent.start, agent.end):
        return PairLabel("associated", weight=WEIGHTS["source"], hedged=hedged)
    if target.label == "GENE" and roles.is_phenotype(text, target.start, target.end):
        return PairLabel("associated", weight=WEIGHTS["phenotype"], hedged=hedged)
    if agent.label == "HERB" and target.label not in AGENT_LABELS and roles.is_source(text, agent.start, agent.end) \
            and any(sp.label == "COMPOUND" for sp in spans):
        return PairLabel("associated", weight=WEIGHTS["source"], hedged=hedged)
    return None


def test_side_role_with_the_sentence_memory_is_the_scan(sentences):
    """Every ordered pair of mentions of different entities (``_restated`` and ``_nearer_mentions``
    type later mentions too): the per-mention answers, kept in the context or not, give the answer
    of every question asked per pair."""
    asked = 0
    for text, spans in sentences:
        if len({sp.entity_id for sp in spans}) < 2:
            continue
        context = SentenceContext.of(text, spans)
        for agent in spans:
            for target in spans:
                if agent.entity_id == target.entity_id:
                    continue
                expected = _side_role_scan(text, spans, agent, target, False)
                assert effects._side_role(text, spans, agent, target, False, context) == expected, (text, agent, target)
                assert effects._side_role(text, spans, agent, target, False) == expected, (text, agent, target)
                asked += 1
    assert asked > 20000


def test_scoped_cues_marks_are_the_pairwise_test(sentences, monkeypatch):
    """The cues kept with the offset marks are those the pairwise scan of every cue against every
    mention and reagent noun keeps (the path taken when ``_covered`` answers None), on every sentence."""
    covered = effects._covered
    compared = 0
    for text, spans in sentences:
        cues = find_cues(text)
        if not cues:
            continue
        fast = scoped_cues(text, spans, cues)
        monkeypatch.setattr(effects, "_covered", lambda length, ranges: None)
        pairwise = scoped_cues(text, spans, cues)
        monkeypatch.setattr(effects, "_covered", covered)
        assert fast == pairwise, text
        compared += len(cues) > len(fast)
    assert compared > 200  # sentences where some cue was dropped


def test_offsets_outside_the_text_take_the_pairwise_path():
    text = "GPX4抑制铁死亡"
    cues = find_cues(text)
    spans = [Span(0, 4, "GENE", "HGNC:4556"), Span(6, 40, "PATHWAY", "GO:1")]  # past the end
    assert effects._covered(len(text), [(6, 40)]) is None
    assert scoped_cues(text, spans, cues) == [c for c in cues if not any(
        sp.start <= c.start < sp.end or sp.start < c.end <= sp.end for sp in spans)]


def test_protocol_words_give_the_regex_answer(sentences):
    """is_protocol with its word test is the regex alone on every sentence, and the regex is not
    run on a sentence without a protocol word (fails on the old path, which scanned each)."""
    found = 0
    for text, _ in sentences:
        expected = protocol._PROTOCOL.search(text) is not None
        assert protocol.is_protocol(text) == expected, text
        found += expected
    assert found > 10


def test_protocol_regex_is_not_run_without_a_protocol_word(monkeypatch):
    class Refuse:
        def search(self, text):
            raise AssertionError("scanned")

    monkeypatch.setattr(protocol, "_PROTOCOL", Refuse())
    assert not protocol.is_protocol("淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。")
    assert not protocol.is_protocol("Icariin inhibits ferroptosis by upregulating GPX4.")


def _alone_scan(text, agent_text):
    """``groups.baseline_alone`` as it was at e6b4d6a: every occurrence of the agent tried."""
    import re

    from pipeline.relations import groups

    if not agent_text:
        return False
    for m in re.finditer(re.escape(agent_text), text, re.IGNORECASE):
        if groups._ALONE_EN.match(text, m.end()) and groups._COMPARED_EN.search(text, max(0, m.start() - 70), m.start()):
            return True
        if groups._ALONE_ZH.search(text, max(0, m.start() - 8), m.start()):
            return True
    return False


def test_activity_and_alone_words_keep_the_answers(sentences):
    """readout_nouns.activity_readout and groups.baseline_alone answer a sentence without their
    words (an activity noun; "alone", 单用/单独/单纯) at once: the answers of the full tests for every
    mention of every sentence."""
    from pipeline.relations import groups, readout_nouns

    found = 0
    for text, spans in sentences:
        for sp in spans:
            full = not readout_nouns._in_level_phrase(text, sp.start) and (
                readout_nouns.in_activity_of_list(text, sp.start) or readout_nouns.heads_list_activity(text, sp.end))
            assert readout_nouns.activity_readout(text, sp.start, sp.end) == full, text
            alone = _alone_scan(text, text[sp.start:sp.end])
            assert groups.baseline_alone(text, text[sp.start:sp.end]) == alone, text
            found += full + alone
    assert found > 20


def test_a_sentence_without_activity_or_alone_words_is_not_scanned(monkeypatch):
    """Fails on the old path, which scanned for the level phrase and every occurrence of the agent."""
    from pipeline.relations import groups, readout_nouns

    def refuse(*args, **kwargs):
        raise AssertionError("scanned")

    monkeypatch.setattr(readout_nouns, "_in_level_phrase", refuse)
    monkeypatch.setattr(groups.re, "finditer", refuse)
    text = "研究表明唑来膦酸可以抑制OC的细胞活化,并上调GPX4的表达。"
    assert not readout_nouns.activity_readout(text, 23, 27)
    assert not groups.baseline_alone(text, "唑来膦酸")

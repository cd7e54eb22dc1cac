"""Speed (issue 17, stop 28): per-sentence precomputations of relation typing give the per-pair
answers they replace, on real sentences.

- ``axis_members.inside_candidates``: the entities that may speak through a composed pathway,
  computed once per sentence; ``speaks_through_axis`` asks its per-pair test only for them.
- ``effects._reagent_or_rescue``: a sentence with no reagent and no rescue answers None at once.
"""

from __future__ import annotations

import pytest
from nlp_helpers import entity_pairs, sentences_tsv

from pipeline.relations import axis_members
from pipeline.relations.effects import SentenceContext, Span, _reagent_or_rescue
from pipeline.relations.facts import facts_of

ZH = sentences_tsv("zh_paper_sentences.tsv")
RELATIONS = sentences_tsv("relation_sentences.tsv")
CURATOR = sentences_tsv("relation_sentences_curator.tsv")


def _sentences(annotator, text: str):
    """(sentence text, spans) of each sentence of ``text`` with two entities or more."""
    for s in facts_of(annotator.annotate("t", text)).sentences:
        spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions]
        if len({sp.entity_id for sp in spans}) > 1:
            yield s.text, spans


@pytest.mark.parametrize("text", [ZH["axis_members_pm25"], ZH["axis_members_zh"], ZH["pathway_word_genes"]],
                         ids=["pm25_axis_en", "akt_mtor_zh", "pathway_words_en"])
def test_inside_candidates_give_every_pair_the_per_pair_answer(annotator, text):
    """"…via inhibition of the phosphatidylinositol 3-kinase/Akt/mammalian target of rapamycin…",
    "黄芪多糖…通过激活Akt/mTOR信号通路…", "…by regulating MAPK and NF-kappaB pathways": for every
    pair, the answer with the sentence's candidates is the answer of the per-pair test alone,
    and the agent named outside the pathway is no candidate."""
    seen = False
    for sentence, spans in _sentences(annotator, text):
        composites = [sp for sp in spans if sp.label == "PATHWAY"]
        candidates = axis_members.inside_candidates(spans, composites)
        agents = {sp.entity_id for sp in spans if sp.label in ("HERB", "COMPOUND")}
        assert not candidates & agents
        for a, b in entity_pairs(spans):
            assert axis_members.speaks_through_axis(spans, composites, a, b, candidates) == \
                axis_members.speaks_through_axis(spans, composites, a, b)
            seen = seen or axis_members.speaks_through_axis(spans, composites, a, b)
    assert seen  # each sentence has a member that speaks through its pathway


def test_inside_candidates_of_a_sentence_without_pathways_are_none():
    spans = [Span(0, 3, "GENE", "HGNC:1"), Span(10, 13, "GENE", "HGNC:2")]
    assert axis_members.inside_candidates(spans, []) == frozenset()
    assert not axis_members.speaks_through_axis(spans, [], "HGNC:1", "HGNC:2", frozenset())


@pytest.mark.parametrize("key,table", [("reagent_en", RELATIONS), ("probe_zh", CURATOR),
                                       ("axis_members_zh", ZH)])
def test_reagent_or_rescue_answers_as_before_with_and_without_reagents(annotator, key, table):
    """A sentence naming a reagent ("…treatment with the PI3K inhibitor…", "PKA特异性抑制剂KT5720")
    still has its reagent pairs typed; one naming none ("黄芪多糖…通过激活Akt/mTOR…") answers None
    for every pair, as the full test did."""
    typed = {}
    for sentence, spans in _sentences(annotator, table[key]):
        context = SentenceContext.of(sentence, spans)
        first = context.first
        for a, b in entity_pairs(spans):
            typed[(a, b)] = _reagent_or_rescue(sentence, first[a], first[b], context)
            if not context.reagents and not context.rescued:
                assert typed[(a, b)] is None
    if key == "axis_members_zh":
        assert typed and all(v is None for v in typed.values())
    else:
        assert any(v is not None and v.label in ("inhibits", "activates", "via", "associated") for v in typed.values())


@pytest.mark.parametrize("text", [ZH["axis_members_pm25"], ZH["axis_members_zh"], ZH["pathway_word_genes"]],
                         ids=["pm25_axis_en", "akt_mtor_zh", "pathway_words_en"])
def test_inside_candidates_are_the_entities_only_inside_with_nothing_excluded(annotator, text):
    """The one-pass ``inside_candidates`` is ``only_inside`` with no pathway excluded, entity by entity."""
    for _, spans in _sentences(annotator, text):
        composites = [sp for sp in spans if sp.label == "PATHWAY"]
        expected = {e for e in {sp.entity_id for sp in spans} if axis_members.only_inside(e, spans, composites, ())}
        assert axis_members.inside_candidates(spans, composites) == expected

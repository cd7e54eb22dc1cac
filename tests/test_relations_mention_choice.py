"""Stop 27, label accuracy: which mentions of a pair the rules read — the nearest two in one
clause when the first ones state nothing (a sentence names AKT first as a topic, then as PTEN's
means), and which mention acts before a via phrase (the object of a verb is the end of the
subject's means, not an agent: GUIDELINES 2, chains through an undirected mediator). Real
sentences (tests/data/mention_choice_sentences.tsv)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

from pipeline.relations.cue_scope import object_of_verb

SENTENCES = sentences_tsv("mention_choice_sentences.tsv")
APOPTOSIS, AUTOPHAGY = "hsa04210", "hsa04140"


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


def test_the_nearer_mentions_in_one_clause_state_the_relation(typed, gene_id):
    pair = typed("pten_akt_second_mention_zh")[(gene_id("PTEN"), "AXIS:FPLX:AKT")]
    assert (pair.label, pair.agent) == ("via", gene_id("PTEN"))


def test_nearer_mentions_across_clauses_are_not_read(typed, gene_id):
    # "…IL-6,在肝损伤…中具有重要作用,而抑制TNF-α的表达": the later clause's subject is unnamed
    assert typed("tnf_il6_other_clause_zh")[(gene_id("TNF"), gene_id("IL6"))].label != "downregulates"


def test_the_object_before_a_via_phrase_is_only_associated_with_the_mediator(typed, gene_id):
    assert typed("il11_via_effect_en")[(APOPTOSIS, gene_id("IL11"))].label == "associated"
    pairs = typed("dioscin_autophagy_via_en")
    assert pairs[(AUTOPHAGY, "AXIS:FPLX:ERK")].label == "associated"
    assert pairs[(AUTOPHAGY, "AXIS:FPLX:JNK")].label == "associated"


def test_a_subject_opened_by_a_participle_keeps_its_via(typed, gene_id):
    assert typed("ras_dnmt1_subject_en")[("FPLX:RAS", gene_id("DNMT1"))].label == "via"


def test_object_of_verb():
    text = "may regulate osteoblast differentiation and apoptosis via IL-11"
    assert object_of_verb(text, 0, text.index("apoptosis"))
    text = "In tumor cells, activated RAS-GTPase down-regulates FAS via DNMT1"
    assert not object_of_verb(text, text.index("activated"), text.index("RAS"))


def test_a_silenced_gene_raises_what_falls_after_its_loss(typed, gene_id):
    # GUIDELINES 5.5: "敲低 X 后 Y 表达降低" -> X upregulates Y (the sign is that of X itself)
    pair = typed("akt_silenced_survivin_zh")[("FPLX:AKT", gene_id("BIRC5"))]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:AKT")

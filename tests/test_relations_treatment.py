"""Stop 27, label accuracy: a herb or compound named only as the treatment of an adjunct ("in
AECM-treated cells", "after treatment with CTEP", "the treatment of TFAE could make …") acts on
each read-out whose own phrase states a change (pipeline/relations/treatment.py), pinned on real
sentences of corpus/validation and corpus/new_papers (tests/data/treatment_sentences.tsv)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

from pipeline.relations.cues import find_cues
from pipeline.relations.effects import Span
from pipeline.relations.treatment import own_change, treated_with

SENTENCES = sentences_tsv("treatment_sentences.tsv")
CORDYCEPS = "HERB006666"


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


def test_a_change_noun_governing_each_read_out_gives_the_treated_cells_agent_its_label(typed, gene_id):
    pairs = typed("aecm_treated_cells_en")
    assert pairs[(CORDYCEPS, gene_id("BCL2"))].label == "downregulates"
    assert pairs[(CORDYCEPS, gene_id("CASP3"))].label == "activates"
    assert pairs[(CORDYCEPS, gene_id("CASP3"))].agent == CORDYCEPS


def test_the_predicate_after_a_list_types_every_item_for_the_treatment(typed, gene_id):
    pairs = typed("ctep_after_treatment_en")
    for gene in ("COL3A1", "TIMP1"):
        assert pairs[(CORDYCEPS, gene_id(gene))].label == "downregulates", gene
    assert pairs[(CORDYCEPS, "FPLX:COL1")].label == "downregulates"
    assert pairs[(CORDYCEPS, gene_id("SMAD3"))].label == "inhibits"  # p-Smad 3: its phosphorylation


def test_a_passive_predicate_with_the_treatment_after_the_clause(typed, gene_id):
    assert typed("fseer_upon_treatment_en")[("HERB003361", gene_id("CYCS"))].label == "upregulates"


def test_each_read_out_of_a_causative_takes_its_own_predicate(typed, gene_id):
    pairs = typed("tfae_make_decrease_en")
    assert pairs[("HERB002563", gene_id("CCND1"))].label == "downregulates"
    assert pairs[("HERB002563", gene_id("TP53"))].label == "upregulates"  # not the "decrease" before it


def test_a_list_after_a_change_noun_and_an_exposure_named_after_the_compound(typed, gene_id):
    pairs = typed("cocl2_time_exposure_en")
    for gene in ("BECN1", "ATG5"):
        assert pairs[("MESH:C018021", gene_id(gene))].label == "upregulates", gene
    assert pairs[("MESH:C018021", "FPLX:MAP1LC3")].label == "upregulates"


def test_a_verb_with_its_object_is_no_read_out_of_the_treatment(typed, gene_id):
    # "OPG increases bone volume": OPG is a subject, the treatment does not raise it
    assert typed("pth_opg_combined_en")[("CPD:teriparatide", gene_id("TNFRSF11B"))].label == "associated"


def test_treated_with_reads_the_adjunct_forms():
    for text, name in (("in AECM-treated U937 cells", "AECM"), ("after treatment with CTEP.", "CTEP"),
                       ("the treatment of TFAE could", "TFAE"), ("decreased with CoCl2 time exposure.", "CoCl2"),
                       ("cells treated with baicalin for 24 h", "baicalin")):
        start = text.index(name)
        assert treated_with(text, start, start + len(name)), text
    text = "baicalin decreased TNF-α in cells"
    assert not treated_with(text, 0, len("baicalin"))


def test_own_change_is_not_a_verb_with_a_subject():
    text = "baicalin decreased TNF-α levels in cells"
    start = text.index("TNF-α")
    target = Span(start, start + 5, "GENE", "HGNC:11892")
    assert own_change(text, target, find_cues(text), [Span(0, 8, "COMPOUND", "CPD:baicalin"), target]) is None
    text = "the levels of TNF-α were reduced in cells"
    start = text.index("TNF-α")
    target = Span(start, start + 5, "GENE", "HGNC:11892")
    assert own_change(text, target, find_cues(text), [target]).text == "reduced"

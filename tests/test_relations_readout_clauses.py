"""Stop 28, English relation typing of read-out clauses (issue 14): what an effect on a secreted
mediator means, passive and relative clauses whose agent is a treatment. Real sentences in
tests/data/readout_clause_sentences.tsv, with their source."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

SENTENCES = sentences_tsv("readout_clause_sentences.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


# --- an effect verb on a cytokine or chemokine is a change of its amount (mediators.py) -------

def test_an_inhibit_verb_on_serum_cytokines_and_chemokines_downregulates(typed, gene_id):
    pairs = typed("coe_serum_cytokines_en")
    for gene in ("IL4", "IL5", "IL13", "IL1B", "IL6", "TNF", "CCL17", "TSLP"):
        assert pairs[("HERB007151", gene_id(gene))].label == "downregulates", gene


def test_a_stimulate_verb_on_a_cytokine_upregulates(typed, gene_id):
    pairs = typed("pge2_stimulated_il1b_en")
    assert pairs[("MESH:D015232", gene_id("IL1B"))].label == "upregulates"


def test_mediators_are_ligands_not_receptors(gene_id):
    from pipeline.relations.mediators import is_mediator
    for gene in ("IL6", "IL1B", "TNF", "CCL2", "CXCL8", "IFNG", "TSLP"):
        assert is_mediator(gene_id(gene)), gene
    for gene in ("IL6R", "IL1RN", "TNFRSF11B", "TNFSF11", "IL4I1", "STAT3"):
        assert not is_mediator(gene_id(gene)), gene
    assert is_mediator("FPLX:IL1") and not is_mediator("FPLX:TNFRSF")


# --- a passive or relative predicate after the read-out names its agent (readout_clauses.py) --

ATORVASTATIN, CARAWAY, DMH, GINSENG, GINKGO = "MESH:D000069059", "HERB001880", "MESH:D019813", "HERB004609", "HERB006632"


def test_a_passive_after_a_parenthetical_relative_clause_types_the_by_agent(typed, gene_id):
    pairs = typed("atorvastatin_relative_passive_en")
    for gene in ("TNF", "IL1B", "NFKBIA"):
        assert pairs[(ATORVASTATIN, gene_id(gene))].label == "downregulates", gene
    assert pairs[(ATORVASTATIN, "FPLX:NFkappaB")].label == "downregulates"
    # the strain inside the relative clause is the model, not a read-out
    assert pairs[(ATORVASTATIN, gene_id("APOE"))].label == "associated"


def test_a_relative_reversal_undoes_the_read_outs_change_and_the_treated_group_keeps_it(typed, gene_id):
    pairs = typed("caraway_reversed_levels_en")
    for gene in ("CAT", "GSR"):
        assert pairs[(CARAWAY, gene_id(gene))].label == "upregulates", gene
        assert pairs[(DMH, gene_id(gene))].label == "downregulates", gene
    assert pairs[(CARAWAY, "FPLX:SOD")].label == "upregulates"
    assert pairs[(DMH, "FPLX:SOD")].label == "downregulates"


def test_a_relative_predicate_on_an_activity_read_out_inhibits(typed):
    pairs = typed("caraway_reduced_activity_en")
    for family in ("FPLX:GPX", "FPLX:GST"):
        assert pairs[(CARAWAY, family)].label == "inhibits", family


def test_of_which_levels_with_a_when_treating_adjunct_types_the_herb_not_its_fraction(typed, gene_id):
    pairs = typed("ginseng_of_which_levels_en")
    for gene in ("PTGS2", "NOS2", "CXCL8"):
        assert pairs[(GINSENG, gene_id(gene))].label == "downregulates", gene
        assert pairs[("CPD:polysaccharides", gene_id(gene))].label == "associated", gene


def test_a_rescued_down_regulation_upregulates(typed, gene_id):
    pairs = typed("dnmt1_rescued_en")
    for compound in ("MESH:C002963", "MESH:C004808"):
        assert pairs[(compound, gene_id("DNMT1"))].label == "upregulates", compound


def test_a_relative_predicate_without_auxiliary_replaces_the_cue_before_the_target(typed):
    pairs = typed("ginkgo_which_inhibited_en")
    assert pairs[(GINKGO, "FPLX:JNK")].label == "inhibits"


def test_a_stimulus_is_not_the_read_out_of_a_passive(typed):
    pairs = typed("vegf_induced_inhibited_by_en")
    assert pairs[("MESH:C061133", "FPLX:VEGF")].label not in ("inhibits", "downregulates")


def test_a_process_read_out_of_a_relative_or_modal_passive_is_inhibited_by_its_by_agent(typed):
    for key in ("zvad_phenomenon_blocked_en", "zvad_could_be_inhibited_en"):
        assert typed(key)[("MESH:C096713", "hsa04210")].label == "inhibits", key


# --- translocation is an activity; accumulation and generation are amounts ----------------------

def test_a_decreased_translocation_is_inhibited(typed, gene_id):
    assert typed("red_ginseng_translocation_en")[("HERB002319", gene_id("IKZF1"))].label == "inhibits"


def test_an_accumulation_read_out_is_an_amount(typed, gene_id):
    assert typed("cordyceps_pge2_accumulation_en")[("HERB006666", "MESH:D015232")].label == "downregulates"
    assert typed("mct2_pyruvate_accumulation_en")[(gene_id("SLC16A7"), "CPD:pyruvic-acid")].label == "upregulates"


# --- "cause" is an effect verb; a released non-secreted protein moves, a released cytokine is secreted

def test_a_purpose_chain_with_cause_types_the_means_on_a_released_protein(typed, gene_id):
    pairs = typed("dico_to_cause_release_en")
    assert pairs[(gene_id("BAX"), gene_id("CYCS"))].label == "activates"
    assert pairs[(gene_id("BCL2"), gene_id("CYCS"))].label == "inhibits"


def test_a_deletion_that_caused_accumulation_downregulates(typed, gene_id):
    assert typed("sag_deletion_caused_accumulation_en")[(gene_id("RNF7"), gene_id("JUNB"))].label == "downregulates"


def test_the_release_of_cytokines_is_an_amount(typed, gene_id):
    pairs = typed("mac_release_of_cytokines_en")
    for gene in ("TNF", "IL1B", "IL6"):
        assert pairs[("HERB004186", gene_id(gene))].label == "downregulates", gene


def test_down_regulation_written_as_two_words_is_a_down_cue(typed, gene_id):
    assert typed("diosgenin_down_regulation_spaced_en")[("CPD:diosgenin", gene_id("TERT"))].label == "downregulates"


# --- the same constructions outside our corpus (BioRED dev annotations) ------------------------

def test_an_activity_decreased_in_treated_rats_is_inhibited_by_the_treatment(typed):
    assert typed("biored_cocaine_treated_rats_en")[("CPD:cocaine", "FPLX:NFkappaB")].label == "inhibits"


def test_this_increase_was_suppressed_with_a_drug(typed):
    assert typed("biored_increase_suppressed_with_en")[("MESH:C551803", "FPLX:AKT")].label == "inhibits"


def test_the_inducer_of_the_by_agent_is_not_the_agent(typed):
    assert typed("biored_inducer_of_the_agent_en")[("MESH:D004318", "hsa05224")].label == "associated"


# --- a loss-of-function genotype group acts with the opposite sign of its read-out's change ------

def test_reduced_phosphorylation_in_a_deficient_group_is_activated_by_the_lost_gene(typed, gene_id):
    pairs = typed("tak1_deficient_group_en")
    for family in ("FPLX:p38", "FPLX:JNK", "FPLX:ERK"):
        assert pairs[(gene_id("MAP3K7"), family)].label == "activates", family


def test_a_level_increased_in_a_null_group_is_downregulated_by_the_lost_gene(typed, gene_id):
    assert typed("biored_gcgr_null_group_en")[(gene_id("GCGR"), gene_id("GHRL"))].label == "downregulates"


def test_a_group_of_both_genotypes_states_the_treatments_change_not_the_genes(typed, gene_id):
    assert typed("biored_wt_and_null_group_en")[(gene_id("VIP"), gene_id("CXCL1"))].label == "associated"

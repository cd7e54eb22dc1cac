"""Stop 27, label accuracy: memberships a Chinese sentence states — a family counted and then
listed ("NF-κB家族有5个相关的转录因子,分别是p50、…"), a part named by its place in a pathway
("BMP为TGF-β信号通路中上游的转化因子") — are member_of (GUIDELINES 2 and 5.11, family membership);
a herb's constituent stays contains. Real sentences (tests/data/stated_member_sentences.tsv)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

SENTENCES = sentences_tsv("stated_member_sentences.tsv")
TGF_BETA_PATHWAY = "hsa04350"


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


def test_a_family_counted_then_listed_has_each_listed_gene_as_member(typed, gene_id):
    pairs = typed("nfkb_family_counted_zh")
    for gene in ("NFKB1", "NFKB2", "RELA", "RELB", "REL"):
        assert pairs[("FPLX:NFkappaB", gene_id(gene))].label == "member_of", gene
        assert pairs[("FPLX:NFkappaB", gene_id(gene))].agent == gene_id(gene)


def test_a_part_named_by_its_place_in_a_pathway_is_its_member(typed):
    assert typed("bmp_upstream_factor_zh")[("FPLX:BMP", TGF_BETA_PATHWAY)].label == "member_of"
    assert typed("smads_downstream_molecule_zh")[("FPLX:SMAD", TGF_BETA_PATHWAY)].label == "member_of"


def test_a_herbs_active_constituent_is_contained_not_a_member(typed):
    pairs = typed("baicalein_constituent_zh")
    assert pairs[("HERB002563", "CPD:baicalein")].label == "contains"


# --- a participle of a later mention does not undo the first clause's statement -------------

def test_a_later_participle_of_the_target_leaves_the_first_statement(typed, gene_id):
    pair = typed("pthr1_activates_pkc_route_zh")[(gene_id("PTH1R"), "FPLX:PKC")]  # "此途径为PKC激活的经典途径"
    assert (pair.label, pair.agent) == ("activates", gene_id("PTH1R"))


def test_a_participle_after_the_abbreviation_still_names_the_stimulus(typed):
    # "inhibited vascular endothelial growth factor (VEGF)-induced proliferation": antagonism, no row
    assert typed("vegf_induced_abbreviation_en")[("HERB003181", "FPLX:VEGF")].label == "associated"


# --- a gene named by its role on another, Chinese (GUIDELINES 5.11) ------------------------

def test_a_gene_described_as_the_activator_of_another(typed, gene_id):
    pair = typed("thbs1_activator_zh")[(gene_id("THBS1"), "FPLX:TGFB")]
    assert (pair.label, pair.agent) == ("activates", gene_id("THBS1"))


def test_role_noun_zh_reads_the_sign_of_the_noun():
    from pipeline.relations.inhibitor import role_noun_zh
    text = "SOCS3是JAK的内源性抑制因子"
    assert role_noun_zh(text, 5, 6, 9) == -1
    text = "SOCS3与JAK的内源性抑制因子"  # no copula: no role stated of SOCS3
    assert role_noun_zh(text, 5, 6, 9) is None


def test_a_gene_described_as_a_negative_regulator_of_a_process(typed, gene_id):
    pair = typed("rubcn_negative_regulator_zh")[(gene_id("RUBCN"), "hsa04140")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("RUBCN"))


def test_clearing_a_protein_lowers_its_level(typed, gene_id):
    # GUIDELINES 2: "clearing FABP3" is a level word (downregulates)
    pair = typed("optn_clearing_fabp3_en")[(gene_id("OPTN"), gene_id("FABP3"))]
    assert (pair.label, pair.agent) == ("downregulates", gene_id("OPTN"))

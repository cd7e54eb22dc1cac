"""Issue 14, English abstracts: entity and relation rules found reading the false positives
ranked in the top |gold| of corpus/gold/new_papers_en.csv, pinned on real sentences.

The sentences are in tests/data/en_abstract_sentences.tsv with their source.
"""

from __future__ import annotations

from nlp_helpers import sentences_tsv, typed_pairs

from pipeline.nlp import family_sense

SENTENCES = sentences_tsv("en_abstract_sentences.tsv")


def _ids(annotator, key: str) -> list[str]:
    adoc = annotator.annotate("test", SENTENCES[key])
    return [m.entity_id for item in adoc.sentences for m in item.mentions]


# --- slash lists of one family are enumerations, not signalling axes ----------------------

def test_paralogs_joined_by_a_slash_are_no_axis(annotator, gene_id):
    ids = _ids(annotator, "mmp_slash_list_en")
    assert gene_id("MMP1") in ids and gene_id("MMP3") in ids
    assert not any(i.startswith("AXIS:") for i in ids)


def test_genes_of_different_families_joined_by_a_slash_stay_an_axis(annotator, gene_id):
    ids = _ids(annotator, "jak_stat_slash_en")
    assert f"AXIS:{gene_id('JAK2')}/{gene_id('STAT3')}" in ids


def test_a_reagent_named_by_paralogs_targets_each_of_them(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["notch_antagonist_ref"])
    for gene in ("NOTCH2", "NOTCH3"):
        assert pairs[("DRUGBANK:DB12104", gene_id(gene))].label == "inhibits"


# --- one sense per document for a family named beside one of its members -------------------

def _document_ids(annotator, text: str) -> list[str]:
    adoc = annotator.annotate("test", text)
    return [m.entity_id for item in adoc.sentences for m in item.mentions]


def test_a_family_named_beside_its_one_member_is_that_member(annotator, gene_id):
    text = SENTENCES["parp_cleaved_en"] + " " + SENTENCES["parp_blocked_en"]
    ids = _document_ids(annotator, text)
    assert gene_id("PARP1") in ids and "FPLX:PARP" not in ids


def test_a_family_alone_stays_the_family(annotator):
    assert "FPLX:PARP" in _document_ids(annotator, SENTENCES["parp_blocked_en"])


def test_sole_members_needs_exactly_one_member():
    parents = {"HGNC:270": ["FPLX:PARP"], "HGNC:272": ["FPLX:PARP"], "FPLX:PARP": []}.get
    assert family_sense.sole_members({"FPLX:PARP", "HGNC:270"}, lambda i: parents(i, [])) == {"FPLX:PARP": "HGNC:270"}
    assert family_sense.sole_members({"FPLX:PARP", "HGNC:270", "HGNC:272"}, lambda i: parents(i, [])) == {}
    assert family_sense.sole_members({"HGNC:270"}, lambda i: parents(i, [])) == {}


# --- a cleaved substrate: the cleavage is a read-out without a sign -----------------------

def test_cleavage_of_a_substrate_is_associated_but_a_caspase_is_activated(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["parp_cleavage_en"])
    assert pairs[("CPD:ursolic-acid", "FPLX:PARP")].label == "associated"
    assert pairs[("CPD:ursolic-acid", gene_id("CASP3"))].label == "activates"


def test_a_blocked_cleavage_is_associated(annotator):
    pairs = typed_pairs(annotator, SENTENCES["parp_blocked_en"])
    assert pairs[("MESH:C417521", "FPLX:PARP")].label == "associated"


def test_the_dictionary_name_cleaved_parp_is_a_cleaved_substrate(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["parp_cleaved_en"])
    assert pairs[("MESH:C072553", gene_id("PARP1"))].label == "associated"
    assert pairs[("MESH:C072553", gene_id("MTDH"))].label == "inhibits"


# --- coordinated agents share what the sentence states of the first ------------------------

def test_second_agent_of_a_by_phrase_gets_the_first_ones_label(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["nrf2_by_two_en"])
    for agent in ("CPD:sulforaphane", "MESH:C018855"):
        pair = pairs[(agent, gene_id("NFE2L2"))]
        assert (pair.label, pair.agent) == ("activates", agent)


def test_second_agent_of_a_with_phrase_gets_the_first_ones_label(annotator):
    pairs = typed_pairs(annotator, SENTENCES["blockade_with_two_en"])
    assert pairs[("CPD:3-methyladenine", "hsa04140")].label == "inhibits"
    assert pairs[("CPD:3-methyladenine", "CPD:bafilomycin-a1")].label == "associated"


# --- cell lines named between a species and a tumour or cell noun ------------------------------

def test_codes_between_a_species_and_a_tumour_noun_are_cell_lines(annotator):
    genes = [i for i in _ids(annotator, "cell_lines_species_en") if not i.startswith(("MESH:", "hsa", "CPD:"))]
    assert genes == []


def test_a_gene_after_a_species_before_a_treated_cell_stays_a_gene():
    from pipeline.nlp.cell_lines import cell_line_names
    assert cell_line_names(["Cells were exposed to recombinant human IL-6 treated cells."]) == frozenset()


# --- words inside a gene's spelled-out name ----------------------------------------------------

def test_a_compound_inside_a_genes_long_form_is_no_mention(annotator, gene_id):
    ids = _ids(annotator, "caspase_long_form_en")
    assert "CPD:aspartate" not in ids and "FPLX:Protease" not in ids
    assert gene_id("CASP1") in ids and gene_id("IL1RN") in ids and "HERB004783" in ids


def test_a_short_form_keeps_its_own_gene_when_the_long_form_matched_only_its_end(annotator, gene_id):
    ids = _ids(annotator, "mcsf_en")
    assert gene_id("CSF1") in ids and gene_id("CSF2") not in ids


# --- the stimulus that makes the disease model --------------------------------------------------

def test_the_stimulus_of_a_disease_model_is_no_partner_of_the_agents_targets(annotator):
    pairs = typed_pairs(annotator, SENTENCES["lps_model_en"])
    lps = pairs[("MESH:D008070", "hsa04064")]
    herb = pairs[("HERB004186", "hsa04064")]
    assert lps.label == "associated" and lps.weight <= 0.1
    assert herb.label == "inhibits" and herb.weight > lps.weight


def test_a_herbs_fraction_named_in_the_compound_dictionary_is_the_herb(annotator):
    ids = _ids(annotator, "ginseng_saponins_en")
    assert "HERB004609" in ids and "CPD:ginsenosides" not in ids


def test_an_action_against_a_stimulus_induced_increase_lowers_the_target(annotator, gene_id):
    pair = typed_pairs(annotator, SENTENCES["ginseng_saponins_en"])[("HERB004609", gene_id("IL6"))]
    assert pair.label == "downregulates"


def test_agents_sharing_a_participle_share_its_label(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["ne_and_or_en"])
    for agent in ("CPD:norepinephrine", "CPD:epinephrine"):
        assert (pairs[(agent, gene_id("IL6"))].label, pairs[(agent, gene_id("IL6"))].agent) == ("upregulates", agent)


# --- one compound under its salt, base and brand names ----------------------------------------

def test_salt_base_and_brand_names_are_one_compound(annotator):
    text = ("Imatinib mesylate (Gleevec) enhances mature osteoclast apoptosis and suppresses osteoclast bone "
            "resorbing activity. " + SENTENCES["mcsf_en"])
    ids = {i for i in _document_ids(annotator, text) if i.startswith(("MESH:", "CHEBI:"))}
    assert ids == {"MESH:D000068877"}


def test_the_gene_an_effect_depends_on_is_what_the_agent_acts_via(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["p62_dependent_en"])
    assert pairs[("CPD:arsenic", gene_id("SQSTM1"))].label == "via"
    assert pairs[("CPD:arsenic", gene_id("NFE2L2"))].label == "activates"

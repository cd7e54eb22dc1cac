"""Stop 49 (English labels): a read-out's level or activity stated to depend on an entity ("the induction of Y was
dependent on X", "X-dependent Y transactivation") is raised by it, as "X is required for the expression of Y" is
(relations/dependence.py, relations/requirements.py; GUIDELINES 5.5). The read-out was typed as the agent of a ``via``
row, or left ``associated``."""

from __future__ import annotations

from nlp_helpers import sentence_rows

CCL4 = ("Chondrocytes were identified as a significant source of CCL4 and its expression in diabetic fractures was "
        "dependent on TNF (P<0.05).")  # validation_en PMID23262028 (gold TNF upregulates CCL4)
IGFBP4 = ("The induction of IGFBP-4 protein was dependent on a functional aryl hydrocarbon receptor and was preceded by a "
          "rapid increase in the level of IGFBP-4 mRNA indicating that IGFBP-4 is a previously unknown transcriptional "
          "target of TCDD in 5L cells.")  # validation_en PMID23639626 (gold AHR upregulates IGFBP4)
SRC = ("c-Jun n-terminal kinase activation by Hydrogen peroxide in endothelial cells involves SRC-dependent epidermal "
       "growth factor receptor transactivation")  # validation_zh ChinaXiv-201712.01073V1, English reference title
# new_papers_en PMID23618921: the dependence of an *effect on* ATF4, no level or activity noun of ATF4's
FISETIN = ("Although fisetin greatly increases the stability of both Nrf2 and ATF4, only the effect on ATF4 is dependent "
           "on protein kinase activity.")


def test_a_level_stated_to_depend_on_a_gene_is_raised_by_it(annotator, gene_id):
    pair = sentence_rows(annotator, CCL4)[(gene_id("CCL4"), gene_id("TNF"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("TNF"))
    pair = sentence_rows(annotator, IGFBP4)[(gene_id("IGFBP4"), gene_id("AHR"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("AHR"))


def test_an_activity_named_after_the_dependent_adjective_is_activated(annotator, gene_id):
    pair = sentence_rows(annotator, SRC)[(gene_id("SRC"), gene_id("EGFR"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("SRC"))


# validation47_zh ChinaXiv-201901.00072V1, English reference title in Title Case (gold EGFR activates AKT): "Dependent"
# with a capital once made the rule's gate skip the sentence, and the rule's own offset look-up fail
EGFR_TITLE = ("Pancreatic Tumor Progression Associated With CD133 Overexpression: Involvement of Increased TERT Expression "
              "and Epidermal Growth Factor Receptor-Dependent Akt Activation")


def test_a_title_case_dependent_adjective_is_read(annotator, gene_id):
    pair = sentence_rows(annotator, EGFR_TITLE)[(gene_id("EGFR"), "FPLX:AKT")]
    assert (pair.label, pair.agent, pair.cue.text) == ("activates", gene_id("EGFR"), "Dependent")


def test_a_dependence_without_a_read_out_noun_is_not_read():
    from pipeline.relations import dependence

    atf4 = FISETIN.rindex("ATF4")
    kinase = FISETIN.index("protein kinase")
    assert dependence.predicative(FISETIN, kinase, atf4, atf4 + 4) is None
    ccl4 = CCL4.index("CCL4")
    assert dependence.predicative(CCL4, CCL4.index("TNF"), ccl4, ccl4 + 4)[:2] == (1, "up")


def test_a_read_out_with_a_by_agent_states_the_agents_dependence():
    # new_papers_en PMID23589329: the activation by sulforaphane depends on Keap1 (tests/data nrf2_depend_upon_en)
    from pipeline.relations import dependence

    text = ("In contrast, activation of Nrf2 by sulforaphane and tert-butylhydroquinone depend upon Keap1-C151 and not "
            "p62 (the canonical mechanism).")
    nrf2 = text.index("Nrf2")
    assert dependence.predicative(text, text.index("Keap1"), nrf2, nrf2 + 4) is None

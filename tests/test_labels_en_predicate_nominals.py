"""Stop 50: a passive participle after the predicate noun of a copula ("Y is a N V-ed by X") names what X did to
the subject Y (relations/predicate_nominals.py, read through by_agents.by_agent_cue). Before, only the plain
passive "Y is V-ed by X" was read and these pairs stayed ``associated``."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.predicate_nominals import complement_head

# BioRED train PMID15523499 (Positive_Correlation of epinephrine and norepinephrine with ADRB1/2/3)
BETA_AR = ("The beta-adrenergic receptors (beta-AR) are G protein-coupled receptors activated by epinephrine and "
           "norepinephrine and are involved in a variety of their physiological functions.")
# validation_en and BioRED train PMID26027517, the last clause of a sentence (gold ATM upregulates lpa2, HGNC:3168)
LPA2 = "suggesting that lpa2 is a DNA damage response gene upregulated by ATM via NF-kappaB."
# bc2gm train P07799950A0282 (shared/data/dev/annotated): the participle modifies the of-object, not the subject
CRE = ("In studies of many different phenotypically distinct cells, the CRE of the somatostatin gene promoter is a "
       "prototype of a highly cAMP-responsive element regulated by CREB.")


def test_each_coordinated_agent_activates_the_subject_receptors(annotator):
    typed = typed_pairs(annotator, BETA_AR)
    for agent in ("CPD:epinephrine", "CPD:norepinephrine"):
        pair = typed[(agent, "FPLX:ADRB")]
        assert (pair.label, pair.agent) == ("activates", agent)


def test_a_gene_upregulated_by_the_agent_is_the_subject(annotator, gene_id):
    pair = typed_pairs(annotator, LPA2)[(gene_id("ATM"), "HGNC:3168")]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("ATM"))


def test_a_participle_after_an_of_phrase_is_not_the_subjects(annotator):
    assert typed_pairs(annotator, CRE)[("FPLX:CREB", "HGNC:11329")].label == "associated"
    start = CRE.index(" is a prototype")
    assert not complement_head(CRE, start, CRE.index("regulated by"))
    assert complement_head(LPA2, LPA2.index(" is a"), LPA2.index("upregulated"))

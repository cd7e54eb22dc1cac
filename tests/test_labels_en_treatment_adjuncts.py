"""Stop 41: a gene changed "after/following/upon X treatment|stimulation|administration" is changed by X.

relations/response_to.py read the cause of a change after "in response to" and after "upon/after/following
stimulation with"; the same temporal adjunct written with the cause before its treatment noun ("following EGF
stimulation", "after BDNF administration") or with another treatment noun ("after exposure to X") left the pair
``associated``. Real sentences: BioRED train PMID19672862 and PMID28098423 (two documents no rule was written from).
"""

from __future__ import annotations

from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import sentence_pairs
from tests.nlp_helpers import sentence_rows

EGF_ERK = ("PKCalpha knockdown also resulted in decreased basal ERK phosphorylation and attenuated ERK activation "
           "following EGF stimulation.")  # BioRED train PMID19672862
# BioRED train PMID28098423
BDNF_TRKB = ("Protein level of BDNF was reduced in Dox-treated rat ventricles, whereas BDNF and its receptor "
             "tropomyosin-related kinase B (TrkB) were markedly up-regulated after BDNF administration.")
SOX2_ETO = ("Previously, we showed that following etoposide (ETO) treatment embryonal carcinoma PA-1 cells "
            "undergo a p53-dependent upregulation of OCT4A and p21Cip1 (governing self-renewal and regulating cell "
            "cycle inhibition and senescence, respectively). SOX2 and NANOG expression did not change following ETO "
            "treatment suggesting a dissociation of OCT4A from its pluripotency function.")  # BioRED train PMID26102294


def test_a_gene_activated_following_a_growth_factor_stimulation_is_activated_by_it(annotator, gene_id):
    typed = sentence_rows(annotator, EGF_ERK)[(gene_id("EGF"), "FPLX:ERK")]
    assert (typed.label, typed.agent) == ("activates", gene_id("EGF"))


def test_a_gene_upregulated_after_an_administration_is_upregulated_by_it(annotator, gene_id):
    typed = sentence_rows(annotator, BDNF_TRKB)[(gene_id("BDNF"), gene_id("NTRK2"))]
    assert (typed.label, typed.agent) == ("upregulates", gene_id("BDNF"))


def test_a_negated_change_after_a_treatment_stays_unsigned(annotator, gene_id):
    sentence = facts_of(annotator.annotate("t", SOX2_ETO)).sentences[1]
    rows = {(p.a[1], p.b[1]): p.typed for p in sentence_pairs(sentence.text, sentence.mentions)}
    pair = rows.get(("CPD:etoposide", gene_id("SOX2"))) or rows[(gene_id("SOX2"), "CPD:etoposide")]
    assert pair.label == "associated"  # "did not change following ETO treatment"

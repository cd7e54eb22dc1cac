"""Stop 36: "the effect of X was associated with lower expression of Y" keeps the direction of the change
(relations/correlations.py).

When "associated with" is the finite predicate whose subject is the agent's effect ("the effect of Sal … is
associated with the lower expression of TLR4", "the protection of etifoxine was associated with reduced …
production of IL-6"), the complement is the change that comes with the effect, and the gold sets give it its
direction (validation_en PMID25373392 "the anti-cancer activity of FSREE was associated with a decreased level
of …" → inhibits; PMID24747135, PMID23523949, PMID25622904 the same). Only the participle adjunct of a clause
that has its own effect verb ("wogonin inhibited … phosphorylation of caveolin-1 associating with the
suppression of stabilization of VE-cadherin", new_papers_en PMID23246481, gold ``associated``) stays undirected.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import correlations

SAL = ("Further study revealed that the effect of Sal on renal interstitial fibrosis is associated with the lower "
       "expression of TLR4, p-IkappaBalpha, p-NF-kappaB and mitogen-activated protein kinases (MAPK), both in vivo and "
       "in vitro.")  # BioRED train PMID30836660 (Negative_Correlation Sal–TLR4, Sal–NFKBIA)
ETIFOXINE = ("In collagenase-induced ICH mice, the protection of etifoxine was associated with reduced leukocyte "
             "infiltration into the brain and microglial production of IL-6 and TNF-a.")  # BioRED train PMID28416580
WOGONIN = ("The mechanism revealed that wogonin inhibited H2O2-induced phosphorylation of caveolin-1 (cav-1) associating "
           "with the suppression of stabilization of VE-cadherin and β-catenin.")  # new_papers_en PMID23246481
SAL_ID, ETIFOXINE_ID, WOGONIN_ID = "HERB005096", "MESH:C002125", "CPD:wogonin"


def test_the_change_an_effect_is_associated_with_keeps_its_direction(annotator, gene_id):
    typed = typed_pairs(annotator, SAL)
    pair = typed[(SAL_ID, gene_id("TLR4"))]
    assert (pair.label, pair.agent) == ("downregulates", SAL_ID)
    pair = typed[(SAL_ID, gene_id("NFKBIA"))]  # "p-IkappaBalpha": a phosphorylated form is activity (GUIDELINES 5.12)
    assert (pair.label, pair.agent) == ("inhibits", SAL_ID)


def test_a_reduced_production_associated_with_the_protection_is_a_decrease(annotator, gene_id):
    pair = typed_pairs(annotator, ETIFOXINE)[(ETIFOXINE_ID, gene_id("IL6"))]
    assert (pair.label, pair.agent) == ("downregulates", ETIFOXINE_ID)


def test_the_participle_adjunct_of_an_effect_clause_stays_undirected(annotator, gene_id):
    typed = typed_pairs(annotator, WOGONIN)
    for target in ("CDH5", "CTNNB1"):
        assert typed[(WOGONIN_ID, gene_id(target))].label == "associated"


def test_undirected_association_reads_the_predicate_form():
    assert correlations.undirected_association("X inhibited Y associating with the suppression of ")
    assert correlations.undirected_association("X inhibited Y, associated with ")
    assert not correlations.undirected_association("the effect of X is associated with the ")
    assert not correlations.undirected_association("the protection of X was significantly associated with ")
    assert not correlations.undirected_association("senescence, which is associated with ")
    assert not correlations.undirected_association("X inhibited Y and reduced ")
    # a denied correlation states no change of the agent's: left undirected
    assert correlations.undirected_association("the effect of X was not associated with ")


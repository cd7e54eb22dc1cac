"""Stop 41: "X, a negative regulator of Y" / "X is a positive modulator of Y": the role noun states the sign.

inhibitor.py read "X, an inhibitor/activator of Y" and the Chinese 负调控因子/正调节因子 ("RUBCN是一种自噬负调节因子"),
but not the English "negative/positive regulator (modulator) of", so the pair stayed ``associated``. Real sentences:
BioRED train PMID20105280 (plural apposition without an article), validation39_en PMID23395171 (gold TMEM64 activates
osteoclast differentiation).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

SPRY = ("Phospho-Erk1 and Erk2 levels were elevated in the lens but not in the cornea and Spry 1 and Spry 2, negative "
        "regulators of Ras-Raf-Erk signaling, were upregulated more in the corneal than in the lens epithelial "
        "cells.")  # BioRED train PMID20105280
TMEM64 = ("These data demonstrate that Tmem64 is a positive modulator of osteoclast differentiation via "
          "SERCA2-dependent Ca2+ signaling.")  # validation39_en PMID23395171


def test_a_negative_regulator_in_apposition_inhibits_the_signaling_it_regulates(annotator, gene_id):
    pair = typed_pairs(annotator, SPRY)[(gene_id("SPRY2"), "FPLX:RAS")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("SPRY2"))
    pair = typed_pairs(annotator, SPRY)[(gene_id("SPRY1"), "FPLX:RAS")]  # the first item of the coordinated subject
    assert (pair.label, pair.agent) == ("inhibits", gene_id("SPRY1"))


def test_a_positive_modulator_activates_the_process(annotator, gene_id):
    pair = typed_pairs(annotator, TMEM64)[(gene_id("TMEM64"), "hsa04380")]
    assert (pair.label, pair.agent) == ("activates", gene_id("TMEM64"))


def test_the_regulated_process_is_no_agent_of_the_means(annotator, gene_id):
    # the via phrase stays the means of the subject
    assert typed_pairs(annotator, TMEM64)[(gene_id("TMEM64"), gene_id("ATP2A2"))].label == "via"


# sample ChinaXiv-201801.00686V1, a reference title as the PDF gives it
DKK1 = "DKK1,a negative regulator of Wnt signaling,isa target of the beta-catenin/TCF pathway"


def test_the_object_of_the_subjects_predicate_after_the_apposition_is_no_object_of_the_role(annotator, gene_id):
    pairs = typed_pairs(annotator, DKK1)
    wnt = pairs[(gene_id("DKK1"), "hsa04310")]
    assert (wnt.label, wnt.agent) == ("inhibits", gene_id("DKK1"))
    assert pairs[(gene_id("DKK1"), "FPLX:TCF_LEF")].label == "associated"

"""Lead, stop 33: "inactivate" and its nominalisation are inhibition cues. "by inactivating Wnt/β catenin
signaling" (a Dendrobium reference title in the sample batch) had no cue and was typed from "induces"
before it, so the herb "activated" the pathway it inactivates."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation_zh ChinaXiv-201806.00158V1, a reference title
NOGGIN = "The spemann organizer signal noggin bindsand inactivates bone morphogenetic protein 4"
# validation_en PMID17020418
EXEMESTANE = ("Exemestane is a mechanism-based steroidal inhibitor that mimics the substrate, is converted by the enzyme "
              "to a reactive intermediate, and results in inactivation of aromatase.")
# ChinaXiv sample 202010.00047V1, a reference title (its PDF glued "inactivatingWnt"; spaced here)
DENDROBIUM = ("Dendrobium candidum extract inhibits proliferation and induces apoptosis of liver cancer cells by "
              "inactivating Wnt/β catenin signaling pathway")


def test_a_verb_inactivates_its_object(annotator, gene_id):
    pair = typed_pairs(annotator, NOGGIN)[(gene_id("NOG"), gene_id("BMP4"))]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("NOG"))


def test_inactivation_of_an_enzyme_inhibits_it(annotator, gene_id):
    typed = typed_pairs(annotator, EXEMESTANE)
    drug = next(a for a, b in typed if b == gene_id("CYP19A1"))
    assert typed[(drug, gene_id("CYP19A1"))].label == "inhibits"


def test_a_herb_inactivating_a_pathway_inhibits_it(annotator):
    typed = typed_pairs(annotator, DENDROBIUM)
    herb = next(a for a, b in typed if b == "AXIS:FPLX:Wnt/HGNC:2514" and a.startswith("HERB"))
    assert typed[(herb, "AXIS:FPLX:Wnt/HGNC:2514")].label == "inhibits"

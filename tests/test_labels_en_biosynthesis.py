"""Stop 43: an enzyme named as the maker of a compound ``upregulates`` it (relations/biosynthesis.py, GUIDELINES 5.15).

"tph1, the rate limiting enzyme for the production of serotonin", "PEMT catalyzes phosphatidylcholine synthesis",
"the prostaglandins produced by COX-2", "catalyzes the conversion of S to P": no effect cue of cues.py names the
relation, so the pair stayed ``associated``. Pinned on one validation_en sentence and on BioRED sentences (train and
dev, Positive_Correlation enzyme–product, Association enzyme–precursor); the precursor of a conversion and a denied
synthesis keep ``associated``.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import biosynthesis

TPH1 = ("Gene expression studies showed that mice lacking lrp5 have increased expression of tph1, the rate limiting "
        "enzyme for the production of serotonin in the gut.")  # validation_en PMID23563356
PEMT = "Phosphatidylethanolamine N-methyltransferase (PEMT) catalyzes phosphatidylcholine synthesis."  # BioRED dev 16051693
COX2 = "COX-2 is a key enzyme in the conversion of arachidonic acid to prostaglandins."  # BioRED train 16506214
PRODUCED_BY = ("The prostaglandins produced by COX-2 are involved in inflammation and pain response in different "
               "tissues in the body.")  # BioRED train 16506214
DHFR = ("Dihydrofolate reductase (DHFR) is required to convert the folic acid used in supplements and for food "
        "fortification and the dihydrofolate produced by thymidylate synthase during DNA synthesis to the reduced "
        "folate forms used by the cell.")  # BioRED train 15755837

SEROTONIN, PHOSPHATIDYLCHOLINE, PROSTAGLANDINS = "CPD:serotonin", "CPD:phosphatidylcholine", "MESH:D011453"
ARACHIDONIC_ACID, DIHYDROFOLATE = "CPD:arachidonic-acid", "MESH:C010920"


def test_the_rate_limiting_enzyme_for_a_production_upregulates_the_product(annotator, gene_id):
    pair = typed_pairs(annotator, TPH1)[(gene_id("TPH1"), SEROTONIN)]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("TPH1"))


def test_an_enzyme_catalysing_a_synthesis_upregulates_the_product(annotator, gene_id):
    pair = typed_pairs(annotator, PEMT)[(gene_id("PEMT"), PHOSPHATIDYLCHOLINE)]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("PEMT"))


def test_a_conversion_upregulates_the_product_and_leaves_the_precursor_associated(annotator, gene_id):
    typed = typed_pairs(annotator, COX2)
    product = typed[(gene_id("PTGS2"), PROSTAGLANDINS)]
    assert (product.label, product.agent) == ("upregulates", gene_id("PTGS2"))
    assert typed[(gene_id("PTGS2"), ARACHIDONIC_ACID)].label == "associated"


def test_a_product_named_before_its_enzyme_by_a_passive_participle(annotator, gene_id):
    pair = typed_pairs(annotator, PRODUCED_BY)[(gene_id("PTGS2"), PROSTAGLANDINS)]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("PTGS2"))
    pair = typed_pairs(annotator, DHFR)[(gene_id("TYMS"), DIHYDROFOLATE)]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("TYMS"))


def test_product_of_reads_a_prefixed_participle_and_refuses_a_negation_or_an_unrelated_noun():
    text = "COX-2-derived prostaglandins promote tumour growth."
    assert biosynthesis.product_of(text, 0, 5, text.index("prostaglandins"), text.index(" promote"))
    text = "Endothelial NO synthase does not catalyze the formation of NO in these cells."
    assert not biosynthesis.product_of(text, 0, 23, text.index("NO in"), text.index("NO in") + 2)
    text = "COX-2 is a key enzyme in prostaglandins."  # no making named
    assert not biosynthesis.product_of(text, 0, 5, text.index("prostaglandins"), len(text) - 1)

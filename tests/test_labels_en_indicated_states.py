"""Stop 39: a gene's stated change read off a marker's change in an evidence adjunct ("a reduction in mTOR activation as
indicated by decreased 4E-BP1 and S6K1 phosphorylation"): the marker moves with the gene, so the gene acts on it with
the product of the two signs (GUIDELINES 5.5, "Reduced X … disrupts the Y pathway" → X ``activates`` Y), not with the
marker's own sign. Pathway agents ("autophagy was detected …, as indicated by …") keep the undirected reading."""

from __future__ import annotations

from nlp_helpers import typed_pairs

SEPSIS = ("Sepsis in adult male rats decreased basal protein synthesis in gastrocnemius, associated with a reduction in "
          "mTOR activation as indicated by decreased 4E-BP1 and S6K1 phosphorylation.")  # validation38_en PMID25218136
DEOXYGLUCOSE = ("The decline in protein synthesis was associated with repression of mTORC1 signaling, as indicated by "
                "reduced phosphorylation of ribosomal protein S6 kinase 1 and eIF4E binding protein-1 (4E-BP1).")
# validation38_en PMID22972179


def test_a_reduced_activation_read_off_reduced_phosphorylation_is_activation(annotator, gene_id):
    typed = typed_pairs(annotator, SEPSIS)
    for marker in ("EIF4EBP1", "RPS6KB1"):
        pair = typed[(gene_id("MTOR"), gene_id(marker))]
        assert (pair.label, pair.agent) == ("activates", gene_id("MTOR"))


def test_a_repressed_complex_read_off_its_substrate_is_its_activator(annotator, gene_id):
    pair = typed_pairs(annotator, DEOXYGLUCOSE)[("FPLX:mTORC1", gene_id("EIF4EBP1"))]
    # the sign is the product (was "downregulates"); the kind stays a level: the list's first item, "ribosomal protein
    # S6 kinase 1", has five words, one more than effects._LIST_ITEMS reads after "phosphorylation of" (gold: activates)
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:mTORC1")


def test_without_a_stated_change_of_the_gene_the_marker_is_no_effect_of_it(annotator, gene_id):
    text = "Autophagy was induced in these cells, as indicated by increased LC3-II and decreased p62 levels."
    typed = typed_pairs(annotator, text)
    assert typed[("hsa04140", gene_id("SQSTM1"))].label == "associated"


def test_a_verb_of_another_subject_is_no_change_of_the_gene(annotator, gene_id):
    # validation_en PMID19536134: "impaired" is BMPR signalling's predicate; TAK1 is lost in the chondrocytes
    text = ("BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by reduced expression of "
            "known BMP target genes as well as reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases.")
    pair = typed_pairs(annotator, text)[(gene_id("MAP3K7"), "FPLX:JNK")]
    assert (pair.label, pair.agent) == ("activates", gene_id("MAP3K7"))

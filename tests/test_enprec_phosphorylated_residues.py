"""An amino acid named as the residue a kinase phosphorylates is no chemical (pipeline/nlp/residues.py).

"tyrosine phosphorylation of X" names the kind of residue modified on X, as "serine 473" names its position.
BioRED (shared/data/dev/annotated) tags none of its three "tyrosine/serine/threonine phosphorylation"
occurrences as a chemical; in validation_en PMID23639626 the mention paired "tyrosine" with AKT, ERK, IGF1
and IRS1 (four false units, all in the top |gold|)."""

from test_nlp_residues import _at

from pipeline.nlp.residues import is_residue

# validation_en PMID23639626, verbatim
TCDD_IRS1 = ('By "working upwards" from mTOR, we observed that TCDD inhibited endogenous and IGF-I-induced AKT and '
             'ERK activation by interfering with tyrosine phosphorylation of insulin receptor substrate 1.')
# BioRED train, verbatim
LYN_SYK = "Tyrosine phosphorylation of Lyn and Syk was altered in Ptpn22(-/-) neutrophils."
PRLR = ("This sole substitution was sufficient to confer constitutive activity to the receptor variant (PrlR(I146L)), "
        "as assessed in three reconstituted cell models (Ba/F3, HEK293 and MCF-7 cells) by Prl-independent (i) PrlR "
        "tyrosine phosphorylation, (ii) activation of signal transducer and activator of transcription 5 (STAT5) "
        "signaling, (iii) transcriptional activity toward a Prl-responsive reporter gene, and (iv) cell proliferation "
        "and protection from cell death.")


def test_the_phosphorylated_residue_is_not_a_chemical():
    assert is_residue(*_at(TCDD_IRS1, "tyrosine"))
    assert is_residue(*_at(LYN_SYK, "Tyrosine"))
    assert is_residue(*_at(PRLR, "tyrosine"))


def test_annotator_drops_the_residue_and_keeps_the_genes(mentions_of):
    found = mentions_of(TCDD_IRS1)
    assert "tyrosine" not in {surface for surface, _ in found}
    assert ("TCDD", "MESH:D000072317") in found and ("insulin receptor substrate 1", "HGNC:6125") in found

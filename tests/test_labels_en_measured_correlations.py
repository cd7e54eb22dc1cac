"""Stop 44: a gene's own measure as the subject of a finite "associated with" is a correlation, not an effect ("The
HHEX/IDE T2D locus is associated with decreased insulin secretion"; correlations.measured_subject).

The change word in the complement gave the gene a direction (HHEX ``downregulates`` insulin, glutathione peroxidase
``activates`` glutathione reductase); the gold reads two measures seen together as ``associated`` (validation40_en
PMID23349488, validation41_en PMID17303537). The agent's effect as the subject keeps its direction (stop 36).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import correlations

HHEX = ("The HHEX/IDE T2D locus is associated with decreased insulin secretion in response to oral glucose stimulation "
        "in humans.")  # validation40_en PMID23349488
GPX = ("The increased glutathione peroxidase activity in rats suffering from hyperthyroidism was associated with a fall "
       "of the reduced glutathione in the homogenate and a marked increase in the glutathione reductase activity.")
# validation41_en PMID17303537


def test_a_genes_locus_associated_with_a_change_is_undirected(annotator, gene_id):
    assert typed_pairs(annotator, HHEX)[(gene_id("HHEX"), gene_id("INS"))].label == "associated"


def test_a_genes_measured_activity_associated_with_another_is_undirected(annotator, gene_id):
    assert typed_pairs(annotator, GPX)[("FPLX:GPX", gene_id("GSR"))].label == "associated"


def test_measured_subject_refuses_an_effect_or_a_loss_in_the_subject():
    def subject(text: str, name: str) -> bool:
        start = text.index(name)
        return correlations.measured_subject(text, 0, start, start + len(name))
    assert subject("The AAA locus is associated with decreased BBB.", "AAA")
    assert not subject("The AAA knockdown was associated with decreased BBB.", "AAA")
    assert not subject("The effect of AAA was associated with decreased BBB.", "AAA")
    assert not subject("AAA reduced CCC, which was associated with decreased BBB.", "AAA")

"""Stop 50: "-mediated" after a name ending in a letter ("Bim-mediated", "Akt-mediated") is a cue as after one ending
in a digit ("p53-mediated") (relations/cues.py: the hyphenated alternative was found and then dropped as starting
inside a word, and the bare "mediated" was never tried); and a mention inside ", which is associated with Y" takes
no direction from a verb before the comma (relations/relative_links.py)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues
from pipeline.relations.relative_links import linked_in_relative

# new_papers_en PMID23085435 (gold bisphosphonates upregulates/via Bim, BCL2L11): Bim names the mediator of a later
# activation, no object of "inhibition of"
BIM = ("Nitrogen-containing bisphosphonates induce apoptosis of hematopoietic tumor cells via inhibition of Ras "
       "signaling pathways and Bim-mediated activation of the intrinsic apoptotic pathway.")
# validation38_en PMID28260056 ("closed with": closely associated with; gold IGF1R associated with the axis)
IGF1R = ("These results indicated that IGF-1R may increase cell viability under hypoxic conditions by promoting "
         "autophagy and scavenging ROS production, which is closed with PI3K/Akt/mTOR signaling pathway.")


def test_mediated_after_a_letter_is_a_cue():
    kinds = {c.kind for c in find_cues(BIM) if c.start >= BIM.index("Bim-")}
    assert "mediated" in kinds


def test_the_mediator_is_no_object_of_the_earlier_inhibition(annotator, gene_id):
    pair = typed_pairs(annotator, BIM)[("CPD:bisphosphonates", gene_id("BCL2L11"))]
    assert pair.label != "inhibits"


def test_the_axis_in_a_relative_of_association_is_only_associated(annotator, gene_id):
    typed = typed_pairs(annotator, IGF1R)
    assert typed[(gene_id("IGF1R"), "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942")].label == "associated"
    assert typed[(gene_id("IGF1R"), gene_id("MTOR"))].label == "associated"
    assert typed[(gene_id("IGF1R"), "hsa04140")].label == "activates"  # the main verb's own object keeps it
    assert linked_in_relative(IGF1R, IGF1R.index("PI3K/Akt")) == IGF1R.index(", which")

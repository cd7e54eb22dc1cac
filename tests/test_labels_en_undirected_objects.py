"""Stop 44: a directed cue does not reach a target that is the object of an undirected verb or change noun standing
between them ("an upstream activating kinase for Smad1/5/8 in addition to its known role in regulating MAP kinase
pathways", "mitigated alterations of hippocampal MAPK signaling"; relations/undirected_objects.py).

The nearest effect cue before the target gave its sign to the object of "regulating", "alterations of", "deregulation
of", "changes in". Pinned on validation_en, validation38_en and new_papers_en sentences (gold ``associated``, or ``via``
where a by-means opens the cue); a signed compound ("up-regulating", "-mediated") is not such a head.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import undirected_objects

# validation_en PMID19536134 (gold TAK1–MAPK signaling pathway associated)
TAK1 = ("These findings provide the first in vivo evidence in a mammalian system that TAK1 is required for BMP signalling "
        "and functions as an upstream activating kinase for Smad1/5/8 in addition to its known role in regulating MAP "
        "kinase pathways.")
# validation38_en PMID21718777 (gold Scutellaria baicalensis–MAPK signaling pathway associated)
SCUTELLARIA = ("Administration of Scutellaria baicalensis mitigated alterations of hippocampal MAPK signaling by chronic "
               "cerebral infusion and microglial activation by chronic LPS infusion.")
# new_papers_en PMID23589329 (gold tBHQ–autophagy associated)
TBHQ = "In fact, SF and tBHQ alleviate arsenic-mediated deregulation of autophagy."
# validation_en PMID28204828 (gold TIEG1–PTEN/AKT via)
TIEG1 = ("On the whole, our findings indicate that the absence of TIEG1 plays a cardioprotective role in ischaemic heart "
         "disease by promoting changes in Pten/Akt signalling.")


def test_the_object_of_an_undirected_verb_after_the_cue_is_associated(annotator, gene_id):
    typed = typed_pairs(annotator, TAK1)
    tak1 = gene_id("MAP3K7")
    assert typed[(tak1, "hsa04010")].label == "associated"
    assert typed[(tak1, "FPLX:SMAD1_5_9")].label == "activates"  # the cue's own object keeps its sign


def test_a_cue_on_an_undirected_change_noun_states_no_direction(annotator):
    assert typed_pairs(annotator, SCUTELLARIA)[("HERB002563", "hsa04010")].label == "associated"
    assert typed_pairs(annotator, TBHQ)[("MESH:C018855", "hsa04140")].label == "associated"


def test_an_undirected_change_opened_as_a_means_is_via(annotator, gene_id):
    pair = typed_pairs(annotator, TIEG1)[(gene_id("KLF10"), "AXIS:HGNC:9588/FPLX:AKT")]
    assert (pair.label, pair.agent) == ("via", gene_id("KLF10"))


def test_undirected_object_refuses_signed_compounds_and_the_cues_own_word():
    text = "X activated kinases up-regulating Y."
    assert not undirected_objects.undirected_object(text, text.index(" kinases"), text.index("Y"))
    text = "X inhibited the LPS-mediated Y activation."
    assert not undirected_objects.undirected_object(text, text.index(" the"), text.index("Y"))
    text = "X inhibited Z; this regulates Y."
    assert not undirected_objects.undirected_object(text, text.index(" Z"), text.index("Y"))
    text = "X reduced the changes in Y."
    assert undirected_objects.undirected_object(text, text.index(" the"), text.index("Y"))

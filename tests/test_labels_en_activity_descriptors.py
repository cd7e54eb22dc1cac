"""Stop 39: the activity head ("phosphorylation of", "activation of") read across a descriptor or a long form
before the gene (effects._ACTIVITY_BEFORE, GUIDELINES 2 and 5.12: phosphorylation is activity, ``activates``).

* a descriptor noun phrase between the head and the gene: "Phosphorylation of ER-stress marker eIF2α was also
  increased" (validation38_en PMID22972179); "activation of the tryptophan degrading enzyme indoleamine
  2,3-dioxygenase" (BioRED train);
* the gene named by its abbreviation after a long form the dictionary does not hold: "increased phosphorylation of
  tuberous sclerosis complex 2 (TSC2)" (validation38_en PMID22972179).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import effects

DEOXYGLUCOSE = "MESH:D003847"
TSC2_SENTENCE = ("2-Deoxyglucose increased phosphorylation of tuberous sclerosis complex 2 (TSC2) on AMPK consensus "
                 "sites but did not change the amount of TSC1 bound to TSC2.")  # validation38_en PMID22972179
EIF2A_SENTENCE = ("Phosphorylation of ER-stress marker eIF2α was also increased but only at 30 min of 2-deoxyglucose "
                  "exposure.")  # validation38_en PMID22972179


def test_phosphorylation_of_a_long_form_reads_its_abbreviation_as_activity(annotator, gene_id):
    pair = typed_pairs(annotator, TSC2_SENTENCE)[(DEOXYGLUCOSE, gene_id("TSC2"))]
    assert (pair.label, pair.agent) == ("activates", DEOXYGLUCOSE)


def test_phosphorylation_of_a_described_gene_is_its_activity(annotator, gene_id):
    pair = typed_pairs(annotator, EIF2A_SENTENCE)[(DEOXYGLUCOSE, gene_id("EIF2S1"))]
    assert (pair.label, pair.agent) == ("activates", DEOXYGLUCOSE)


def test_the_descriptor_gap_takes_name_words_only():
    before = effects._ACTIVITY_BEFORE.search
    assert before("the activation of the tryptophan degrading enzyme ") is not None  # BioRED train
    assert before("the activation of NF-κB target genes such as ") is None  # the genes' level, not an activity
    assert before("the activity of the extract in serum ") is None
    assert before("phosphorylation of Akt was inhibited by the ") is None
    assert before("activity of LPS-stimulated macrophages ") is None


def test_the_descriptor_stands_right_after_the_heads_of():
    # new_papers_en PMID23085435: "enhancing" is the next verb, Bim's expression its object
    assert effects._ACTIVITY_BEFORE.search("increasing the activation of caspase-9 and caspase-3, and enhancing ") is None

"""Stop 39: the enzyme noun "reductase" is no "reduced" (cues._LEXICON "down"). A reductase the dictionary does not
hold ("5-alpha-reductase", "quinone reductase", "ribonucleotide reductase") was read as a down cue and turned the sign
of an enzyme listed after it."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues

BIORED_15064320 = ("Testis morphology showed that, during early infancy, the 5-alpha-reductase enzyme deficiency may not "
                   "have affected interstitial or tubular development.")  # BioRED train PMID15064320


def test_reductase_is_no_cue_and_reduced_still_is():
    assert [c.kind for c in find_cues(BIORED_15064320) if c.kind in ("down", "up", "activate", "inhibit")] == []
    assert [(c.kind, c.text) for c in find_cues("reduced the activity of aldose reductases")] == [("down", "reduced")]
    assert [(c.kind, c.text) for c in find_cues("by reducing ROS and a reduction in MDA")] == \
        [("down", "reducing"), ("down", "reduction")]


def test_an_unrecognised_reductase_before_an_enzyme_keeps_the_verbs_sign(annotator, gene_id):
    # a constructed sentence (the list shape of antioxidant-enzyme abstracts): catalase was "inhibited" by "reductase"
    typed = typed_pairs(annotator, "Curcumin increased the activities of quinone reductase and catalase.")
    pair = typed[("CPD:curcumin", gene_id("CAT"))]
    assert (pair.label, pair.agent) == ("activates", "CPD:curcumin")

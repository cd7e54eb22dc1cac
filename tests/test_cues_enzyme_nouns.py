"""Stop 39: nouns that only look like effect verbs are no cues (cues._LEXICON). The enzyme noun "reductase" is no
"reduced": a reductase the dictionary does not hold ("5-alpha-reductase", "quinone reductase", "ribonucleotide
reductase") was read as a down cue and turned the sign of an enzyme listed after it. The DNA regions "promoter" and
"enhancer" are no "promote"/"enhance": "the MT1G promoter" governed NRF2 later in the sentence."""

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


MT1G = ("We identified the minimal region of the MT1G promoter that confers inducibility by sorafenib to a 133 base pair "
        "region containing an Anti-oxidant Response Element (ARE) and showed the essential role of the transcription "
        "factor NRF2 (Nuclear factor erythroid 2-Related Factor 2).")  # validation_en PMID27184800


def test_a_promoter_is_no_cue_and_promoting_still_is():
    assert "promoter" not in [c.text for c in find_cues(MT1G)]
    assert [(c.kind, c.text) for c in find_cues("promoted apoptosis and enhanced the promotion of growth")] == \
        [("activate", "promoted"), ("activate", "enhanced"), ("activate", "promotion")]
    assert [c.text for c in find_cues("the enhancer of zeste and the Bcl-2 promoters")] == []


def test_the_promoter_of_one_gene_governs_no_later_gene(annotator, gene_id):
    pair = typed_pairs(annotator, MT1G)[(gene_id("NFE2L2"), gene_id("MT1G"))]
    assert pair.label == "associated"  # gold associated; was "activates" through "promoter"

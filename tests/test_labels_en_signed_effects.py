"""Stop 49 (English labels): a signed premodifier of the effect noun states the direction the bare noun leaves open
("the inhibitory effects of X on Y" inhibits, not ``associated``), and so does the non-native signed nominal "the
inhibition of X on Y" (relations/signed_effects.py; GUIDELINES 5.11 for the bare noun)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

AMPK = ("The inhibitory effects of AMPK activation on mTORC1 signaling were associated with a marked increase in "
        "Ser792 phosphorylation on raptor.")  # validation38_en PMID22972179 (gold AMPK inhibits mTORC1)
EMODIN = "Inhibitory effect of emodin on fatty acid synthase, colon cancer proliferation and apoptosis."  # BioRED train PMID28260110 title
QUERCETIN = "Mechanistic insights into the inhibition of quercetin on xanthine oxidase"  # new_papers_zh ChinaXiv-202105.00091V1 reference
# BioRED train PMID15968732: a denied effect noun states no direction
GBE = "(4) GbE alone had no inhibitory effect on gastric secretion in pylorus-ligated rats"


def test_the_signed_adjective_gives_the_effect_noun_its_direction(annotator, gene_id):
    pair = typed_pairs(annotator, AMPK)[("FPLX:AMPK", "FPLX:mTORC1")]
    assert (pair.label, pair.agent, pair.cue.text) == ("inhibits", "FPLX:AMPK", "inhibitory")
    pair = typed_pairs(annotator, EMODIN)[(gene_id("FASN"), "CPD:emodin")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:emodin")


def test_an_item_past_the_on_phrase_list_stays_untyped(annotator):
    # apoptosis stands after "colon cancer proliferation and": the effect noun's list reading does not reach it
    assert typed_pairs(annotator, EMODIN)[("CPD:emodin", "hsa04210")].label == "associated"


def test_the_signed_nominal_with_an_on_phrase_has_its_of_phrase_as_agent(annotator, gene_id):
    pair = typed_pairs(annotator, QUERCETIN)[(gene_id("XDH"), "CPD:quercetin")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:quercetin")


def test_a_denied_effect_noun_has_no_signed_head():
    from pipeline.relations.signed_effects import signed_head

    assert signed_head(GBE, GBE.index("effect on")) is None
    assert signed_head(AMPK, AMPK.index("effects of")) == (-1, "inhibit", 4, 14)

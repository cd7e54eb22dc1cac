"""A generic alias ("transcription factor 1") that ends a longer name before its short form.

HGNC keeps "transcription factor 1" (HNF1A's old symbol TCF1) and "transcription factor 4" (TCF4)
as aliases, so the dictionary finds them inside "forkhead transcription factor 1 (FoxOl)" or
"HS transcription factor-1(HSF-1)". The short form after the name starts with the first letter
of the word before the match, as the whole name does (Schwartz & Hearst), so the match is only the
tail of that name, and it is no mention of HNF1A or TCF4 (generic_tails.drop_generic_tails).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.generic_tails import is_generic_tail
from tests.nlp_helpers import named

SENTENCES = {
    # validation ChinaXiv-201711.00361V1 (English abstract; evaluation evidence, normalised)
    "forkhead": ("silent mating type information regulation 2 homolog 1 (Sirt1), forkhead transcription factor 1 "
                 "(FoxOl) and forkhead transcription factor 4 (FoxO4) (P<0.05)"),
    # BC2GM train P08682317A0900
    "hsf": ("HS inducibility required the HSE which was bound by HS transcription factor-1(HSF-1) present in "
            "extracts prepared from cells exposed to HS."),
    # BC2GM train P10980416T0000
    "pit": ("Parathyroid hormone regulation of bone sialoprotein (BSP) gene transcription is mediated through a "
            "pituitary-specific transcription factor-1 (Pit-1) motif in the rat BSP gene promoter."),
    # BC2GM train P10517672A1417
    "ctf": ("When the 73-bp fragment was fused to an alpha1-globin promoter-CAT construct and cotransfected with "
            "CCAAT transcription factor 1 (CTF1)/NF1 into Drosophila Schneider SL2 insect cells (which lack "
            "NF1-like proteins) trans-activation of CAT activity was observed."),
}


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_generic_alias_ending_a_longer_name_is_no_gene(annotator, key):
    found = named(annotator, SENTENCES[key])
    assert not any(text.lower().startswith("transcription factor") for text, _ in found), found
    assert not any(eid in ("HGNC:11621", "HGNC:11634") for _, eid in found), found


def test_forkhead_short_forms_keep_their_genes(annotator):
    found = named(annotator, SENTENCES["forkhead"])
    assert ("FoxO4", "HGNC:7139") in found


def test_an_alias_that_starts_the_name_stays():
    # "… the transcription factor 4 (TCF4) …": the short form starts with the alias's own letter
    text = "expression of the transcription factor 4 (TCF4) in neurons"
    start = text.index("transcription")
    assert not is_generic_tail(text, start, start + len("transcription factor 4"))


def test_an_alias_without_a_short_form_after_it_stays():
    text = "forkhead transcription factor 1 and Sirt1 were measured"
    start = text.index("transcription")
    assert not is_generic_tail(text, start, start + len("transcription factor 1"))

"""Stop 49 (English labels): a means named through a mechanism noun that involves it ("via a novel signaling pathway
involving S1P4 transactivation", "through a series of cellular signalling events, including the NF-kappaB, p38
activation") carries its event noun's direction, as "via AMPK activation" does (relations/agent_nouns.via_event;
GUIDELINES 2: a direction given for X makes "A … via X" directional)."""

from __future__ import annotations

from nlp_helpers import sentence_rows

HSP90 = ("Next, we found that Hsp90beta might play the key role in non-pressure-related effects of salt loading through a "
         "series of cellular signalling events, including the NF-kappaB, p38 activation and Bcl-2 inactivation.")  # validation_en PMID27248656
S1P4 = ("TGF-β1 evokes myoblast apoptotic response via a novel signaling pathway involving S1P4 transactivation upstream "
        "of Rho-kinase-2 activation")  # validation_zh ChinaXiv-201712.00859V1, English reference title


def test_the_event_noun_of_an_involved_means_gives_the_direction(annotator, gene_id):
    pair = sentence_rows(annotator, HSP90)[("FPLX:p38", gene_id("HSP90AB1"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("HSP90AB1"))
    pair = sentence_rows(annotator, S1P4)[(gene_id("TGFB1"), gene_id("S1PR4"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("TGFB1"))


def test_a_process_before_the_means_is_no_agent_of_it(annotator, gene_id):
    # "apoptotic response via a … pathway involving S1P4 transactivation": the process is the verb's object
    assert sentence_rows(annotator, S1P4)[(gene_id("S1PR4"), "hsa04210")].label == "via"

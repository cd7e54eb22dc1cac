"""Stop 34: a means named with its direction after via/through (relations/agent_nouns.via_event): "ursolic acid
induced apoptosis in HepG2 cells via AMPK activation" gives ursolic acid ``activates`` AMPK (was a bare ``via``)
and AMPK ``activates`` apoptosis (the chain's composed sign, GUIDELINES 2; was undirected). A level noun without
a direction ("via Bcl-2 expression") stays ``via``."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import agent_nouns

# new_papers_en PMID23325562 (abstract)
URSOLIC = ("Overall, our findings suggest that ursolic acid induced apoptosis in HepG2 cells via AMPK activation and GSK3β "
           "phosphorylation as a potent chemopreventive agent.")
# validation_en PMID21540101 (title)
ANTROQUINONOL = ("Antroquinonol from ethanolic extract of mycelium of Antrodia cinnamomea protects hepatic cells from "
                 "ethanol-induced oxidative stress through Nrf-2 activation.")
# sample ChinaXiv-202010.00047V1, a reference title
PHOYUNNANIN = ("Phoyunnanin E induces apoptosis of non-small cell lung cancer cells via p53 activation and down-regulation "
               "of survivin [J]")


def test_the_means_noun_after_via_gives_the_agent_its_direction(annotator):
    pair = typed_pairs(annotator, URSOLIC)[("CPD:ursolic-acid", "FPLX:AMPK")]
    assert (pair.label, pair.agent) == ("activates", "CPD:ursolic-acid")


def test_the_means_acts_on_the_end_with_the_composed_sign(annotator, gene_id):
    pair = typed_pairs(annotator, URSOLIC)[("FPLX:AMPK", "hsa04210")]
    assert (pair.label, pair.agent) == ("activates", "FPLX:AMPK")
    pair = typed_pairs(annotator, PHOYUNNANIN)[(gene_id("TP53"), "hsa04210")]
    assert (pair.label, pair.agent) == ("activates", gene_id("TP53"))


def test_through_a_gene_activation_activates_it(annotator, gene_id):
    pair = typed_pairs(annotator, ANTROQUINONOL)[("MESH:C545357", gene_id("NFE2L2"))]
    assert (pair.label, pair.agent) == ("activates", "MESH:C545357")


def test_a_level_noun_after_via_states_no_direction():
    text = "X acts via Bcl-2 expression"
    assert agent_nouns.via_event(text, 11, 16) is None
    text = "X acts via Bcl-2 inhibition"
    assert agent_nouns.via_event(text, 11, 16) == (17, 27, "inhibit", -1)


# validation_zh ChinaXiv-201712.00248V1, a reference title: the agent's loss sits past a modifier ("hepatic")
NFKB_LOSS = ("Loss of hepatic NF-kappa B activity enhances chemical hepatocarcinogenesis through sustained c-Jun "
             "N-terminal kinase 1 activation")


def test_an_unread_loss_of_the_agent_leaves_the_means_undirected(annotator, gene_id):
    pair = typed_pairs(annotator, NFKB_LOSS)[("FPLX:NFkappaB", gene_id("MAPK8"))]
    assert pair.label == "via"  # not "activates": the lost NF-κB's own sign is the opposite (gold: inhibits)


def test_an_aspect_adjective_may_stand_before_the_means():
    text = "X acts through sustained JNK1 activation"
    assert agent_nouns.via_event(text, 25, 29) == (30, 40, "activate", 1)
    text = "X acts through reduced JNK1 activation"
    assert agent_nouns.via_event(text, 23, 27) is None  # a change word turns the sign: not read here

"""A mediator and the event of an agent it mediates, as English reference titles write it: the agent ``via`` the
mediator (relations/mediated_events.py, issue 14 stop 50).

Every sentence is a reference title of a Chinese paper of the TUNE development sets (corpus/validation*), as the
pipeline reads it after normalisation; before stop 50 each pair was typed ``associated``.
"""

from __future__ import annotations

import pytest

from pipeline.relations.mediated_events import mediator_agent


def _agent(text: str, first: str, second: str) -> str | None:
    """"first"/"second" (which of the two names is the agent), or None; ``second`` is searched after ``first``."""
    a = text.index(first)
    b = text.index(second, a + len(first))
    found = mediator_agent(text, a, a + len(first), b, b + len(second))
    return None if found is None else found[0]


@pytest.mark.parametrize("text, mediator, agent", [
    # validation47_zh ChinaXiv-201711.00393V1: a list of mediators with a head noun, the agent premodifying an action noun
    ("MAPK and PI3K activities are required for leptin stimulation of protein synthesis in human trophoblastic cels",
     "MAPK", "leptin"),
    ("MAPK and PI3K activities are required for leptin stimulation of protein synthesis in human trophoblastic cels",
     "PI3K", "leptin"),
    # validation44_zh ChinaXiv-201711.00871V1: "expression" after the mediator, "insulin protection"
    ("NRF2-dependent glutamate-L-cysteine ligase catalytic subunit expression mediates insulin protection against "
     "hyperglycemia-inducedbrainendothelialcellapoptosis", "glutamate-L-cysteine ligase catalytic subunit", "insulin"),
    # validation45_zh ChinaXiv-201711.01011V1: the agent as the by-phrase of the mediated event
    ("The coactivator PGC-1 is involved in the regulation of the liver carnitine palmitoyltransferase I gene expresson "
     "by cAMP in combination with HNF4α and cAMP-response element-binding protein (CREB)", "PGC-1", "cAMP"),
    # validation_zh ChinaXiv-201711.00762V1: the plural verb "mediate", the agents of "induced by HGF and EGF"
    ("Enhanced PKCS and ERK signaling mediate cell migration of retinal pigment epithelial cellssynergistically "
     "induced by HGF and EGF", "ERK", "HGF"),
    ("Enhanced PKCS and ERK signaling mediate cell migration of retinal pigment epithelial cellssynergistically "
     "induced by HGF and EGF", "ERK", "EGF"),
    # new_papers_en PMID23618921 title (gold fisetin via NFE2L2 and ATF4): a class word before the by-agent
    ("Concurrent Regulation of the Transcription Factors Nrf2 and ATF4 Mediates the Enhancement of Glutathione Levels "
     "by the Flavonoid Fisetin", "ATF4", "Fisetin"),
    # validation_zh ChinaXiv-201712.00248V1: the mediator modifies the subject's event; two agents of one "synergy"
    ("c-Met-Akt pathway-mediated enhancement of inhibitory c-Raf phosphorylation is involved in vitamin K1 and "
     "sorafenib synergy on HCC growth inhibition", "c-Met-Akt pathway", "vitamin K1"),
    ("c-Met-Akt pathway-mediated enhancement of inhibitory c-Raf phosphorylation is involved in vitamin K1 and "
     "sorafenib synergy on HCC growth inhibition", "c-Met-Akt pathway", "sorafenib"),
    # validation_zh ChinaXiv-201712.01205V1: "has a critical role in" and a participle run on to the name by PDF text
    ("Transglutaminase 2-mediated activation of β catenin signaling has a critical role in warfarininduced vascular "
     "calcification", "Transglutaminase 2", "warfarin"),
])
def test_the_agent_of_the_mediated_event_acts_via_the_mediator(text, mediator, agent):
    assert _agent(text, mediator, agent) == "second"


def test_the_agent_first_and_the_mediator_in_a_colon_involvement_of():
    # validation_zh ChinaXiv-201712.00859V1 reference title
    text = ("Ox-LDL-induced TGF-β1(204号production in human alveolar epithelial cells:involvement of the Ras/ERK/PLTP "
            "pathway")
    assert _agent(text, "Ox-LDL", "Ras/ERK/PLTP pathway") == "first"


def test_a_mediated_object_without_an_agents_event_is_no_agent():
    # validation_en PMID19811499: BMP-2 is the object of the mediated regulation, not an agent ("signaling" is no
    # action noun of an agent); validation44_zh ChinaXiv-201711.00871V1: "hyperglycemia-induced" is the agent's
    # (insulin's) object, the pair NRF2 – GCLC is the subject's own modifier, no mediation of one by the other
    assert _agent("We recently reported that phosphoinositide 3-kinase (PI3K)/protein kinase B (Akt) mediates "
                  "transcriptional regulation and activation of bone morphogenetic protein (BMP)-2 signaling",
                  "(Akt)", "bone morphogenetic protein (BMP)-2") is None
    assert _agent("NRF2-dependent glutamate-L-cysteine ligase catalytic subunit expression mediates insulin protection",
                  "NRF2", "glutamate-L-cysteine ligase catalytic subunit") is None
    # the same title: the class word "Flavonoid" before the name is no agent of its own
    assert _agent("Concurrent Regulation of the Transcription Factors Nrf2 and ATF4 Mediates the Enhancement of "
                  "Glutathione Levels by the Flavonoid Fisetin", "ATF4", "Flavonoid") is None
    # reviews li2025_ferroptosis reference title: "-mediated" inside the object of a means, no mediation predicate
    assert _agent("Zoledronic acid promotes osteoclasts ferroptosis by inhibiting FBXO9-mediated p53 ubiquitination "
                  "and degradation", "FBXO9", "p53") is None


def test_the_pipeline_types_the_title_via(pairs_of, gene_id):
    # validation47_zh ChinaXiv-201711.00393V1 reference title, read whole by the annotator
    pairs = pairs_of("MAPK and PI3K activities are required for leptin stimulation of protein synthesis in human "
                     "trophoblastic cels")
    found = pairs[("FPLX:MAPK", gene_id("LEP"))]
    assert (found.label, found.agent) == ("via", gene_id("LEP"))

"""Stop 38: "<agent> protects <object> from/against <Y>" (relations/agent_nouns.protected_from) reads "against" as
"from", and a raising verb before "protect" ("is known to protect cells from"); a stimulus named as the cause of
the harm ("from doxorubicin-induced apoptosis") is the model, not the agent's target (GUIDELINES 5.7: no
agent–stimulus row), so the cue no longer reaches it. ("against" with an object between: "MPEP may protect
dopaminergic neurones against methamphetamine-induced toxicity", BC5CDR train PMID12907309, "were able to protect
liver against fibrosis", validation_en PMID23583903; neither names an entity as the target.)"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation_en PMID21540101 (title)
ANTROQUINONOL = ("Antroquinonol from ethanolic extract of mycelium of Antrodia cinnamomea protects hepatic cells from "
                 "ethanol-induced oxidative stress through Nrf-2 activation.")
# BC5CDR development PMID14975762
P300 = ("These findings demonstrate that overexpression of p300 protects cardiac myocytes from doxorubicin-induced "
        "apoptosis and reduces the extent of acute heart failure in adult mice in vivo.")
# validation38_en PMID28260056, the clause after "and" as its own sentence (the coordinated "…, and protect" is
# not read: the agent's predicate before it holds another "protect")
IGF1 = "Insulin-like growth factor-1 (IGF-1) is known to protect cells from apoptosis."


def test_stimulus_of_the_harm_is_not_inhibited(annotator):
    typed = typed_pairs(annotator, ANTROQUINONOL)
    assert typed[("MESH:C545357", "CPD:ethanol")].label != "inhibits"


def test_p300_inhibits_apoptosis_not_doxorubicin(annotator, gene_id):
    typed = typed_pairs(annotator, P300)
    assert typed[(gene_id("EP300"), "hsa04210")].label == "inhibits"
    assert typed[(gene_id("EP300"), "MESH:D004317")].label != "inhibits"  # doxorubicin: the model


def test_known_to_protect_cells_from_apoptosis(annotator, gene_id):
    pair = typed_pairs(annotator, IGF1)[(gene_id("IGF1"), "hsa04210")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("IGF1"))

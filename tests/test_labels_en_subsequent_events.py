"""Stop 35 (s35-labelsen): "X activity and subsequent Y translocation", "… of X and the downstream activation of
Y": X acts on Y with the sign of Y's event (GUIDELINES 2, mechanism chains); relations/subsequent_events.py.
Sentences copied from the documents named."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

# new_papers PMID23313376
PTE = "Furthermore, PTE treatment directly inhibited the phosphorylation of JAK2 at Tyr 1007 and the downstream activation of STAT3."
# validation PMID23717095
RED_GINSENG = ("Additionally, RG treatment decreased the DNCB-induced MAPKs activity and subsequent Ikaros translocation "
               "irrespective of NF-kB.")
PTE_DOC = Path(__file__).resolve().parents[1] / "corpus" / "new_papers" / "en" / "23313376.txt"  # "PTE" defined earlier
RG_DOC = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "23717095.txt"


def test_the_downstream_activation_of_y_after_x_phosphorylation_is_x_activating_y(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID23313376", PTE_DOC.read_text(encoding="utf-8"), PTE)
    result = typed(gene_id("JAK2"), gene_id("STAT3"))
    assert (result.label, result.agent) == ("activates", gene_id("JAK2"))
    assert typed("CPD:pterostilbene", gene_id("STAT3")).label == "inhibits"  # the agent's own row is unchanged


def test_x_activity_and_subsequent_y_translocation_is_x_activating_y(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID23717095", RG_DOC.read_text(encoding="utf-8"), RED_GINSENG)
    result = typed("FPLX:MAPK", gene_id("IKZF1"))
    assert (result.label, result.agent) == ("activates", "FPLX:MAPK")

"""Stop 35 (s35-labelsen): a treatment that "restored these markers to normal levels" / "reversed this change"
after a stimulus's change named earlier in the sentence acts on each changed target with the opposite sign
(GUIDELINES 2, coreference); relations/reversals.py. Sentences from the documents named (their abbreviations
are defined earlier in the abstract, so the sentence is typed inside its document)."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

VALIDATION = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"
# validation PMID23578993
NAC = ("LPO was increased while as GSH, CAT and GPx decreased by the administration of CCl4 and TAA (p<0.001); "
       "co-administration of NAC restored these liver markers to normal levels (p<0.001).")
# validation PMID23424207
RUTIN = "while RUT and Se treatment reversed this change to control values."


def test_restoring_markers_a_stimulus_decreased_upregulates_them(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID23578993", (VALIDATION / "23578993.txt").read_text(encoding="utf-8"), NAC)
    for gene in (gene_id("CAT"), "FPLX:GPX"):
        result = typed("CPD:n-acetylcysteine", gene)
        assert (result.label, result.agent) == ("upregulates", "CPD:n-acetylcysteine")
        assert typed("MESH:D002251", gene).label == "downregulates"  # CCl4's own row is unchanged


def test_each_coordinated_subject_reverses_the_earlier_decrease(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID23424207", (VALIDATION / "23424207.txt").read_text(encoding="utf-8"), RUTIN)
    cadmium = typed("MESH:D002104", gene_id("HSD3B1"))
    opposite = {"downregulates": "upregulates", "inhibits": "activates"}[cadmium.label]
    for agent in ("CPD:rutin", "CPD:selenium"):
        assert typed(agent, gene_id("HSD3B1")).label == opposite

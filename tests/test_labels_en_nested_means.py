"""Stop 35 (s35b-labelsen2): a means of a means. "induce apoptosis by decreasing …, increasing …, and enhancing
Bim expression through inhibition of the Ras/MEK/ERK and Ras/mTOR pathways": the inner means (Ras pathways)
acts on the outer end (apoptosis) with the end's sign times the inner means' sign — the middle verb's sign
cancels (X→Bim = inhibition × enhancing, Bim→apoptosis = enhancing × induce; GUIDELINES 2, mechanism chains);
effects._means_cue. Sentence copied from new_papers_en PMID23085435 (gold: Ras/MEK/ERK and Ras/mTOR inhibit
apoptosis)."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

NEW_PAPERS = Path(__file__).resolve().parents[1] / "corpus" / "new_papers" / "en"
# new_papers_en PMID23085435 (N-BPs is defined earlier in the abstract)
NBPS = ("The present results indicated that N-BPs induce apoptosis by decreasing the mitochondrial transmembrane "
        "potential, increasing the activation of caspase-9 and caspase-3, and enhancing Bim expression through "
        "inhibition of the Ras/MEK/ERK and Ras/mTOR pathways.")


def test_the_means_of_a_listed_means_acts_on_the_end(annotator):
    _, typed = typed_sentence(annotator, "PMID23085435", (NEW_PAPERS / "23085435.txt").read_text(encoding="utf-8"), NBPS)
    for pathway in ("AXIS:FPLX:RAS/FPLX:MEK/FPLX:ERK", "AXIS:FPLX:RAS/HGNC:3942"):
        result = typed("hsa04210", pathway)
        assert (result.label, result.agent) == ("inhibits", pathway)


def test_the_middle_target_keeps_its_own_means(annotator):
    _, typed = typed_sentence(annotator, "PMID23085435", (NEW_PAPERS / "23085435.txt").read_text(encoding="utf-8"), NBPS)
    result = typed("HGNC:994", "AXIS:FPLX:RAS/FPLX:MEK/FPLX:ERK")  # Bim: enhanced through the pathway's inhibition
    assert (result.label, result.agent) == ("downregulates", "AXIS:FPLX:RAS/FPLX:MEK/FPLX:ERK")
    assert typed("hsa04210", "HGNC:994").label == "activates"

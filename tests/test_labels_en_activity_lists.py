"""Stop 46 (s46-en-labels): an activity head reaches every item of its list ("a significant decrease in the
activities/levels of A, B, …, Z": inhibits each), and a short form in brackets does not cut a list from the
activity noun after it ("3β-hydroxysteroid dehydrogenase (HSD), 17β-HSD activities"). GUIDELINES 2: an activity
changed is activates/inhibits, a level up-/downregulates. Sentences copied from the documents named."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

from pipeline.relations import coordination

VALIDATION = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"
# validation_en PMID23261676 (gold: isoproterenol ``inhibits`` each enzyme of the list)
ISOPROTERENOL = ("Isoproterenol induced myocardial infarcted rats showed a significant increase in the levels of cardiac "
                 "diagnostic markers, heart mitochondrial lipid peroxidation, calcium, and a significant decrease in the "
                 "activities/levels of heart mitochondrial glutathione peroxidase")
# validation_en PMID23424207 (gold: Cd ``inhibits`` HSD3B1; rutin and selenium ``activates`` it)
CADMIUM = "The obtained results showed that Cd increased lipid peroxidation and abnormal sperm count"
# validation_en PMID25859299: a second head ("inhibition of NF-kB activity") ends the activity list
THYMOQUINONE = ("increasing the activity of quinone reductase, catalase, superoxide dismutase and glutathione transferase, "
                "inhibition of NF-kB activity and inhibition of both cyclooxygenase and lipoxygenase.")


def test_an_activity_head_reaches_the_far_items_of_its_list(annotator):
    _, typed = typed_sentence(annotator, "PMID23261676", (VALIDATION / "23261676.txt").read_text(encoding="utf-8"),
                              ISOPROTERENOL)
    for enzyme in ("FPLX:COX", "FPLX:NADH_dehydrogenase", "FPLX:GPX"):
        result = typed("MESH:D007545", enzyme)
        assert (result.label, result.agent) == ("inhibits", "MESH:D007545"), enzyme


def test_a_bracketed_short_form_does_not_cut_the_list_from_its_activity_noun(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID23424207", (VALIDATION / "23424207.txt").read_text(encoding="utf-8"),
                              CADMIUM)
    hsd = gene_id("HSD3B1")
    assert (typed("MESH:D002104", hsd).label, typed("MESH:D002104", hsd).agent) == ("inhibits", "MESH:D002104")
    assert typed("CPD:rutin", hsd).label == "activates"  # "RUT and Se treatment reversed this change"


def test_another_head_with_its_of_phrase_ends_the_activity_list():
    assert coordination.in_activity_phrase(THYMOQUINONE, THYMOQUINONE.index("catalase"))
    assert not coordination.in_activity_phrase(THYMOQUINONE, THYMOQUINONE.index("cyclooxygenase"))

"""Stop 43: a treatment acts ``via`` the gene named as what its event depends on ("a p53-dependent upregulation of
OCT4A", "both p53-dependent and p53-independent pathways for apoptosis"; relations/dependent_events.py).

The attributive "G-dependent <event>" was read either as no link (etoposide–p53 ``associated``) or, when a verb stood
before it ("triggered", "induced"), as an effect on G itself. Pinned on validation_en and validation38_en sentences; a
name whose head is an enzyme ("cyclin-dependent kinase inhibitors") is no dependence.
"""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_pairs, typed_sentence

from pipeline.relations import dependent_events

ETOPOSIDE = ("Previously, we showed that following etoposide (ETO) treatment embryonal carcinoma PA-1 cells undergo a "
             "p53-dependent upregulation of OCT4A and p21Cip1.")  # validation_en PMID26102294, gold etoposide via TP53
# validation38_en PMID15867250 (gold 当归 HERB001210 via TP53): AS-C is defined as the herb's extract in the abstract's
# first sentence, so the whole abstract is typed (corpus/validation/en/15867250.txt)
AS_C = (Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "15867250.txt").read_text(encoding="utf-8")


def test_the_treatment_acts_through_the_gene_its_event_depends_on(annotator, gene_id):
    typed = typed_pairs(annotator, ETOPOSIDE)
    pair = typed[("CPD:etoposide", gene_id("TP53"))]
    assert (pair.label, pair.agent) == ("via", "CPD:etoposide")
    assert typed[("CPD:etoposide", gene_id("POU5F1"))].label == "upregulates"  # the event's own object keeps its sign


def test_a_verb_before_the_adjective_is_no_effect_on_the_gene(annotator, gene_id):
    sentence, typed = typed_sentence(annotator, "PMID15867250", AS_C, "triggered")
    herb = "HERB001210"  # 当归, Angelica sinensis
    pair = typed(herb, gene_id("TP53"))
    assert (pair.label, pair.agent) == ("via", herb)


def test_dependent_event_refuses_a_names_head_and_the_adverbial_manner():
    text = "Pterostilbene increased cyclin-dependent kinase inhibitors."
    assert not dependent_events.dependent_event(text, text.index("cyclin"), text.index("-dependent"))
    text = "X activated Nrf2 in a p62-dependent manner."
    assert not dependent_events.dependent_event(text, text.index("p62"), text.index("-dependent"))
    text = "X caused an AMPK-dependent increase in SIRT1."
    assert dependent_events.dependent_event(text, text.index("AMPK"), text.index("-dependent"))

"""Stop 39: a contrast clause's read-out named with two level nouns ("p38a phosphorylation levels were increased")
keeps its own passive verb (passive_subjects._SUBJECT_THEN_PASSIVE): the main clause's agent acts on it with that
verb's sign, not with the sign of the main clause's verb."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import passive_subjects

CORDYCEPS = ("We demonstrated that Cordyceps militaris extract remarkably suppressed tumor growth via induction of apoptotic "
             "cell death in culture that links to the abrogation of VEGF production in melanoma cells. This was followed "
             "by mitigation of Akt1 and GSK-3b activation, while p38a phosphorylation levels were increased.")
# validation_en PMID24789042


def test_a_phosphorylation_level_raised_in_the_contrast_clause_is_activated(annotator, gene_id):
    typed = typed_pairs(annotator, CORDYCEPS)
    herb = next(a for (a, b) in typed if b == gene_id("MAPK14") and a.startswith("HERB"))
    assert typed[(herb, gene_id("MAPK14"))].label == "activates"
    assert typed[(herb, gene_id("AKT1"))].label == "inhibits"  # the main clause's own object, as before


def test_two_level_nouns_before_the_passive():
    text = "NaPi-IIb expression level was significantly decreased after treatment"  # ChinaXiv-201711.00762V1
    start = text.index("decreased")
    assert passive_subjects.agentless_subject(text, 0, len("NaPi-IIb"), start, start + len("decreased"))

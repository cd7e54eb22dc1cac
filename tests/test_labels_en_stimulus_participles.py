"""Stop 52 (s52-en-under): a stimulus participle written open ("high-fructose diet induced") modifies the next noun
inside the object of the verb before it (relations/stimulus_participles.py), and a level's items may be named as its
examples ("marker expression such as adhesion molecules and ET-1", effects._LEVEL_OF). Sentences from the documents
named (corpus/validation/en, corpus/new_papers/en)."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

from pipeline.relations.cues import find_cues
from pipeline.relations.stimulus_participles import open_stimulus_participle

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# validation_en PMID26961224: RGPM (Radix Ginseng Rubra and Polygonum multiflorum) lowers ET-1 (gold ``downregulates``)
RGPM = "RGPM suppressed high-fructose diet induced vascular inflammation marker expression such as adhesion molecules"
# validation_en PMID23567243: DICO raises Bax; "and induced" is the verb of DICO's second predicate
DICO = "Western blot assay demonstrated that DICO decreased Bcl-2 level and induced Bax translocation to cause cytochrome c release."


def _induced(text: str):
    return next(c for c in find_cues(text) if c.text == "induced")


def test_an_open_stimulus_participle_lets_the_earlier_verb_govern(annotator, gene_id):
    doc = (CORPUS / "validation" / "en" / "26961224.txt").read_text(encoding="utf-8")
    sentence, typed = typed_sentence(annotator, "PMID26961224", doc, RGPM)
    herbs = {m.entity_id for m in sentence.mentions if m.label == "HERB"}
    assert len(herbs) == 2
    for herb in herbs:
        result = typed(herb, gene_id("EDN1"))
        assert (result.label, result.agent, result.cue.text) == ("downregulates", herb, "suppressed")


def test_the_participle_of_a_title_s_stimulus_governs_no_earlier_gene(annotator, gene_id):
    """new_papers_en PMID23325562 title: "… Phosphorylation of Glycogen Synthase Kinase3 β Mediate Ursolic Acid Induced
    Apoptosis …" — GSK3β mediates the acid's apoptosis (gold ``associated``); it induces nothing."""
    doc = (CORPUS / "new_papers" / "en" / "23325562.txt").read_text(encoding="utf-8")
    _, typed = typed_sentence(annotator, "PMID23325562", doc, "Ursolic Acid Induced Apoptosis")
    assert typed(gene_id("GSK3B"), "hsa04210").label == "associated"


def test_a_coordinated_verb_is_no_participle():
    assert open_stimulus_participle(RGPM, _induced(RGPM), find_cues(RGPM))
    assert not open_stimulus_participle(DICO, _induced(DICO), find_cues(DICO))
    # a reduced relative with its by-agent ("… induced by X") is read by the by-agent rules
    relative = "SB 202190 significantly decreased IDO expression induced by Tat"  # BioRED train PMID21810259
    assert not open_stimulus_participle(relative, _induced(relative), find_cues(relative))

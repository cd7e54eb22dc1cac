"""A Chinese cue word inside a protein's long form that the text glosses in English
(pipeline/relations/name_cues.py). Real sentence of the validation review ChinaXiv-201711.00749V1."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues
from pipeline.relations.name_cues import glossed_name_cues

SARA = "Smad2/Smad3可以由Smad受体激活锚定蛋白(Smad anchor for receptor activation,SARA)招募到TGF-βRI上磷酸化发挥正调控[18]。"


def test_the_activation_word_of_smad_anchor_for_receptor_activation_types_no_pair(annotator):
    """激活 translates "activation" of the anchor protein's name: Smad2 and the receptor were typed
    `activates` through it."""
    typed = typed_pairs(annotator, SARA)
    assert all(t.label != "activates" for t in typed.values())
    cue = next(c for c in find_cues(SARA) if c.text == "激活")
    assert glossed_name_cues(SARA, [], find_cues(SARA)) == {cue.start}


def test_a_verb_before_a_glossed_name_of_another_kind_stays_a_cue():
    """"抑制骨形态发生蛋白(bone morphogenetic protein,BMP)": the gloss has no inhibition word, so
    抑制 is the verb whose object is the named protein."""
    text = "该药可抑制骨形态发生蛋白(bone morphogenetic protein,BMP)的表达。"
    assert glossed_name_cues(text, [], find_cues(text)) == frozenset()

"""Stop 46 (s46-en-labels): an event noun after its target, brought about through a light or causal verb or a
potency measure ("X, which had an IC50 value of 79.7 g/ml for acetylcholinesterase inhibition": X ``inhibits``
ACHE); relations/light_verbs.py. Sentences copied from the documents named."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

from pipeline.relations import light_verbs

# validation_en PMID25009697 (gold HCW ``inhibits`` ACHE); "HCW" is defined earlier in the abstract
HCW = ("Moreover, HCW, which had an IC50 value of 79.7 g/ml for acetylcholinesterase inhibition, ameliorated "
       "scopolamine-induced cognitive impairment significantly in Y-maze and passive avoidance tasks.")
HCW_DOC = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "25009697.txt"
# new_papers_en PMID23589329: a causal verb before a directed event noun of its own target
ARSENIC = ("Collectively, these findings provide evidence that arsenic causes prolonged activation of Nrf2 through "
           "autophagy dysfunction")
# validation_en PMID22815248: "showed … activities" with no target event noun
SAPONINS = ("showed in vivo hepatoprotective and antioxidant activities against CCl4 and PC-induced liver damage "
            "comparable to that of silymarin")


def test_a_potency_measure_for_the_targets_inhibition_is_an_inhibition(annotator, gene_id):
    _, typed = typed_sentence(annotator, "PMID25009697", HCW_DOC.read_text(encoding="utf-8"), HCW)
    result = typed("HERB006741", gene_id("ACHE"))
    assert (result.label, result.agent) == ("inhibits", "HERB006741")
    assert typed(gene_id("ACHE"), "CPD:scopolamine").label == "associated"  # a later mention is no target of it


def test_light_verb_gap_and_event_noun_are_read_on_the_sentence():
    agent = HCW.index("HCW") + 3
    target = HCW.index("acetylcholinesterase")
    found = light_verbs.light_verb_event(HCW, HCW.index("HCW"), agent, target, target + len("acetylcholinesterase"))
    assert found is not None and found[2:] == ("inhibit", -1)
    assert HCW[found[0]:found[1]] == "inhibition"


def test_a_verb_of_its_own_or_no_event_noun_is_not_a_light_verb_event():
    # "causes" is a cue of its own (cues.py): the gap holds more than a light verb
    start, end = ARSENIC.index("arsenic"), ARSENIC.index("arsenic") + len("arsenic")
    nrf2 = ARSENIC.index("Nrf2")
    assert light_verbs.light_verb_event(ARSENIC, start, end, nrf2, nrf2 + 4) is None
    ccl4 = SAPONINS.index("CCl4")  # "showed … activities against CCl4": no event noun after the mention
    assert light_verbs.event_of_target(SAPONINS, ccl4 + 4) is None

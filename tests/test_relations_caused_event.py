"""The previous sentence's event named by an anaphor and given its cause: "This inhibition was mediated by X"
(relations/cross_sentence.py ``caused_event``).

Real sentences of the validation abstracts (corpus/validation/en: PMID23639626, PMID23069328)."""

import pytest
from nlp_helpers import best_evidence as _pairs

from pipeline.relations import cross_sentence

TCDD_DEFINED = ("Previous quantitative proteomic studies on the actions of 2,3,7,8-tetrachlorodibenzo-p-dioxin (TCDD) "
                "in 5L rat hepatoma cells, a cell model frequently used for investigating the mechanisms of TCDD "
                "toxicity, had indicated that dioxin exposure reduced the abundance of numerous proteins which are "
                "regulated at the level of protein synthesis initiation. ")
TCDD = ('By "working upwards" from mTOR, we observed that TCDD inhibited endogenous and IGF-I-induced AKT and ERK '
        "activation by interfering with tyrosine phosphorylation of insulin receptor substrate 1. This inhibition was "
        "mediated by a TCDD-induced secreted factor which was identified as insulin-like growth factor binding protein "
        "4 (IGFBP-4).")
PLUM = ("Treatment with Illawarra plum extract also induced morphological alterations to HT-29 cells that were "
        "suggestive of induction of autophagy, as the formation of cytoplasmic vacuoles was observed in many cells. "
        "This could be induced by the increased (6-fold) histone deacetylase (HDAC) activity (P < 0.001) and the trend "
        "for increased expression of the class III HDAC sirtuin 1.")


@pytest.mark.parametrize("sentence,anaphor,label", [
    ("This inhibition was mediated by a TCDD-induced secreted factor", "This inhibition", "inhibits"),
    ("This could be induced by the increased (6-fold) histone deacetylase (HDAC) activity", "This", None),
    ("Moreover, this increase was partly mediated by X", "this increase", "upregulates"),
    ("This activation is caused by X", "This activation", "activates"),
])
def test_caused_anaphors(sentence, anaphor, label):
    found = cross_sentence.cause_anaphor(sentence, "en")
    assert found is not None
    (start, end), sign = found
    assert sentence[start:end] == anaphor and sign == label


@pytest.mark.parametrize("sentence", [
    "This was accompanied by a decrease of X",  # the sequel, not the cause (``bridge``)
    "This effect was nullified by Noggin",  # undone, not caused
    "This study was mediated by X",  # no event noun
    "These cells were induced by X",
])
def test_no_caused_anaphor(sentence):
    assert cross_sentence.cause_anaphor(sentence, "en") is None


def test_the_mediator_takes_the_previous_agents_effect_on_its_targets(facts):
    pairs = _pairs(facts(TCDD_DEFINED + TCDD))
    for target in ("FPLX:AKT", "FPLX:ERK"):  # PMID23639626: IGFBP4 inhibits AKT and ERK
        label, _weight, evidence = pairs[("HGNC:5473", target)]
        assert label == "inhibits"
        assert evidence.startswith('By "working upwards"') and "This inhibition" in evidence
    assert ("FPLX:AKT", "FPLX:ERK") not in pairs or pairs[("FPLX:AKT", "FPLX:ERK")][2].startswith("By")
    assert ("HGNC:5473", "HGNC:5464") not in pairs  # IGF-I is the stimulus of the event, not its target


def test_the_sole_entity_of_an_agentless_sentence_is_the_event(facts):
    pairs = _pairs(facts(PLUM))
    for cause in ("FPLX:HDAC", "HGNC:14929"):  # PMID23069328: HDAC and sirtuin 1 activate autophagy
        label, _weight, evidence = pairs[(cause, "hsa04140")]
        assert label == "activates"
        assert "This could be induced" in evidence

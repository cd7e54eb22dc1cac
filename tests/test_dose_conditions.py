"""A compound named by its dose in a condition adjunct is the treatment (relations/dose_conditions.py).

Sentences are copied from the normalised text of the documents named beside them.
"""

from __future__ import annotations

import pytest

from nlp_helpers import typed_pairs
from pipeline.relations import dose_conditions, roles

RES, FOXO1, BCL2, BAX = "CPD:resveratrol", "HGNC:3819", "HGNC:990", "HGNC:959"

# sample ChinaXiv-201711.00904V1: the abbreviation's definition, then results sentences
DEFINITION = ("白藜芦醇（resveratrol，RES）作为一种非黄酮类多酚化合物，主要来源于花生、葡萄（红葡萄酒）、虎杖、桑椹等植物，"
              "具有多种生物活性和药理作用，如抗氧化、神经及心血管保护、抗肿瘤和抗衰老等作用[7-8]。")
DOSE_WHEN = "RES浓度为200和400μmol/L时,FoxO1的mRNA和蛋白质表达量显著或极显著提高(P<0.05或P<0.01)。"
DOSE_WHEN_AFTER_READOUT = ("Bax的mRNA表达量显著或极显著提高(P<0.05或P<0.01),RES浓度为200和400μmol/L时,"
                           "Bax的蛋白质表达量极显著提高(·P<0.01)。")
DOSE_RISING = "由表3和图4可知,与对照组相比, Bcl-2的mRNA表达量随着RES浓度增加极显著降低(·P<0.01.);"
NO_EFFECT_AT_DOSE = "RES浓度为100μmol/L时,Bcl-2和Bax的蛋白质表达量与对照组差异不显著(.P>0.05)。"
PROTEIN_WORD_IN_MENTION = "RES浓度为200和400μmol/L时,Bcl-2蛋白质表达量也极显著降低(P<0.01);"


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.rindex(word)  # the last mention: the one in the adjunct
    return text, start, start + len(word)


@pytest.mark.parametrize("text, word", [
    (DOSE_WHEN, "RES"),
    (DOSE_RISING, "RES"),
    # new_papers ChinaXiv-201707.00654V1: the monomer W40 (no dictionary id) by its rising dose
    ("利用AnnexinV-FITC/PI双染流式细胞术检测细胞凋亡,结果显示,W40诱导GLC-82 细胞凋亡,且随着W40 浓度的增加,"
     "GLC-82 细胞的凋亡率逐渐升高。", "W40"),
    # validation ChinaXiv-201711.00864V1: a herb saponin by its final concentration
    ("苜蓿皂苷添加终浓度为50、100、200、 250~μg/mL时ANA-1细胞活性与对照组差异不显著(P>0.05)。", "苜蓿皂苷"),
])
def test_a_dose_adjunct_names_the_treatment(text, word):
    assert dose_conditions.dose_adjunct(*_at(text, word)) is not None
    assert not roles.is_readout(*_at(text, word))


def test_a_measured_concentration_stays_a_read_out():
    # new_papers ChinaXiv-202207.00046V1: the transmitter's level in the synaptic cleft is what changes
    text = "选择性 5-HT 再摄取抑制剂可增加突触间隙中的 5-HT浓度，因此 SERT 可能在内脏超敏反应的发生中起重要作用[21]"
    start = text.rindex("5-HT")
    assert dose_conditions.dose_adjunct(text, start, start + 4) is None
    assert roles.is_readout(text, start, start + 4)


def test_the_rising_dose_is_no_effect_cue():
    spans = dose_conditions.rising_dose_spans(DOSE_RISING)
    rise = DOSE_RISING.index("增加")
    assert any(lo <= rise < hi for lo, hi in spans)


@pytest.mark.parametrize("sentence, target, label", [
    (DOSE_WHEN, FOXO1, "upregulates"),
    (DOSE_WHEN_AFTER_READOUT, BAX, "upregulates"),
    (DOSE_RISING, BCL2, "downregulates"),
    (PROTEIN_WORD_IN_MENTION, BCL2, "downregulates"),
])
def test_the_dosed_compound_acts_on_the_read_out(annotator, sentence, target, label):
    typed = typed_pairs(annotator, DEFINITION + sentence)
    assert typed[(RES, target)].label == label
    assert typed[(RES, target)].agent == RES  # the read-out never acts on the compound


def test_a_non_effect_at_one_dose_is_negated(annotator):
    typed = typed_pairs(annotator, DEFINITION + NO_EFFECT_AT_DOSE)
    for target in (BCL2, BAX):
        assert typed[(RES, target)].negated
        assert typed[(RES, target)].label == "associated"



# validation ChinaXiv-201711.00762V1: an EGF-receptor inhibitor's rising dose raises NaPi-IIb
INHIBITOR_DOSE = "用Western blot检测发现随着EGF受体抑制剂浓度不断升高,NaPi-IIb表达水平也逐渐升高(图1)。"


def test_a_rising_inhibitor_dose_is_the_targets_loss(annotator):
    egfr_on_napi = typed_pairs(annotator, INHIBITOR_DOSE)[("HGNC:3236", "HGNC:11020")]
    assert (egfr_on_napi.label, egfr_on_napi.agent) == ("downregulates", "HGNC:3236")
    assert egfr_on_napi.cue.start > INHIBITOR_DOSE.index("NaPi-IIb")  # the read-out's own 升高, not the dose's

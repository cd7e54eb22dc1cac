"""A mention inhibited in a conditional clause is lost: "noggin抑制则BMP-Smad信号通路增强" (roles.inhibited_condition).

The inhibition word right after the mention, intransitive or passive, before 则/时/后 ("noggin抑制则…", "当SERT受到
抑制或敲除时,…") says what happens when the mention is inhibited: the change in the next clause is the effect of its
loss, with the sign turned (GUIDELINES 5.5), and the word is no verb acting on a later mention. Read before, 抑制
was noggin's verb on the pathway and the chain after it took noggin's sign as positive (noggin activates
Smad1/5/8, upregulates Runx2 and OCN; gold: inhibits, downregulates).

Sentences copied from corpus/validation/zh and corpus/new_papers/zh (document id beside each)."""

import pytest

from pipeline.relations.roles import inhibited_condition
from tests.nlp_helpers import typed_pairs

NOG, SMAD158, RUNX2, BGLAP = "HGNC:7866", "FPLX:SMAD1_5_9", "HGNC:10472", "HGNC:1043"
BMP_SMAD = "AXIS:FPLX:BMP/FPLX:SMAD"

# validation_zh ChinaXiv-201806.00158V1
NOGGIN = ("由于BMP-Smad信号通路在成骨过程中具有重要作用,作者进一步研究发现了noggin抑制则BMP-Smad信号通路增强,"
          "进而增强Smad1/5/8磷酸化,Runx-2和OCN等基因表达量增高。")


@pytest.mark.parametrize("target,label", [
    (BMP_SMAD, "inhibits"),
    (SMAD158, "inhibits"),
    (RUNX2, "downregulates"),
    (BGLAP, "downregulates"),
])
def test_what_follows_a_mention_s_inhibition_is_its_loss(annotator, target, label):
    assert typed_pairs(annotator, NOGGIN)[(NOG, target)].label == label


@pytest.mark.parametrize("text,subject,found", [
    (NOGGIN, "noggin", "抑制"),
    ("当SERT受到抑制或敲除时，5-HT再摄取与失活受到抑制，肠道蠕动反射活动初期增强", "SERT", "抑制"),  # new_papers_zh 202207.00046V1
    ("从而使WNT信号通路受到抑制", "WNT", None),  # new_papers_zh ChinaXiv-201712.00524V1: a predicate, no condition
    ("用 20 μmol/L 的EGF受体抑制剂处理后IPEC-J2细胞NaPi-IIb 表达上升", "EGF受体", None),  # validation_zh 201711.00762V1
])
def test_only_an_inhibition_before_a_conditional_word_is_a_loss(text, subject, found):
    end = text.index(subject) + len(subject)
    span = inhibited_condition(text, end)
    assert (text[span[0]:span[1]] if span else None) == found

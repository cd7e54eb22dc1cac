"""A reagent after which an earlier agent's effect is gone undoes that effect (reversals.abolished_effect).

"给予PKC抑制剂Go6983后,其抑制凋亡现象消失": the reagent of the "…后," clause takes away the anti-apoptotic effect
that 其 (the earlier agent) had, so the reagent acts on apoptosis with the effect's sign turned (gold: Go6983
activates apoptosis). Read before, the effect's cue 抑制 typed the reagent itself (Go6983 inhibits apoptosis). The
same report recurs in sample ChinaXiv-201712.00269V1 ("当其抑制PKA的活性后,…成骨性基因转录增强的现象消失").

Sentences copied from corpus/validation/zh (document id beside each)."""

import pytest

from pipeline.relations.reversals import abolished_effect
from tests.nlp_helpers import typed_pairs

GO6983, APOPTOSIS = "MESH:C465664", "hsa04210"

# validation_zh ChinaXiv-201712.00947V1
GO_APOPTOSIS = ("图2C显示,在48h G1R19(1-34)组与G1R19(1-28)组相比可以明显抑制细胞凋亡(P<0.05),给予PKC抑制剂Go6983后,"
                "其抑制凋亡现象消失((P<0.05),说明nonPLC/PKC通路在长时间(48~h~)刺激细胞的时候具有抑制细胞凋亡的作用。")


def test_a_reagent_that_abolishes_an_inhibition_activates_its_target(annotator):
    assert typed_pairs(annotator, GO_APOPTOSIS)[(GO6983, APOPTOSIS)].label == "activates"


@pytest.mark.parametrize("text,gone", [
    ("给予PKC抑制剂Go6983后,其抑制凋亡现象消失", True),
    ("给予PKC抑制剂Go6983后,其抑制凋亡", False),  # the effect stated, not gone
    ("给予PKC抑制剂Go6983后细胞抑制凋亡现象消失", False),  # no "…后," clause of the reagent's own
])
def test_only_a_gone_effect_after_the_reagent_s_clause_is_abolished(text, gone):
    agent_end = text.index("Go6983") + len("Go6983")
    cue = text.index("抑制凋亡")
    assert abolished_effect(text, agent_end, cue, cue + 4) is gone

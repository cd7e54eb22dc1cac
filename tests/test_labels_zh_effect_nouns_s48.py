"""Stop 48 (s48-zh-labels): "X对Y…有刺激作用" states a direction (cue_scope.signed_effect), for every item of a list
closed before 对 (effects._effect_on, roles.list_tail_end), and a finding reported by "研究发现" is no aim
(cue_scope._AIM)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import cue_scope

# validation47_zh ChinaXiv-201711.00393V1 (gold: leucine, tyrosine, glutamate and BCAA each upregulate INS)
AMINO_ACIDS_INSULIN = "研究发现亮氨酸、酪氨酸、谷氨酸、甜菜碱以及支链氨基酸等对胰岛素的分泌也有刺激作用[40]。"


def test_stimulatory_effect_of_each_listed_agent(annotator, gene_id):
    typed = typed_pairs(annotator, AMINO_ACIDS_INSULIN)
    for agent in ("CPD:leucine", "CPD:tyrosine", "CPD:glutamate", "MESH:D000597"):
        pair = typed[(agent, gene_id("INS"))]
        assert (pair.label, pair.agent) == ("upregulates", agent)  # was associated


def test_reported_finding_is_no_aim():
    text = AMINO_ACIDS_INSULIN
    start, end = text.index("支链氨基酸"), text.index("支链氨基酸") + 5
    target = text.index("胰岛素")
    assert cue_scope.effect_on(text, start, end + 1, target, target + 3, 0, len(text)) is not None  # "研究发现"
    aim = "目的 研究" + text[4:]  # an aim still states nothing
    shift = len(aim) - len(text)
    assert cue_scope.effect_on(aim, start + shift, end + 1 + shift, target + shift, target + 3 + shift, 0, len(aim)) is None

"""Stop 40: a Chinese effect cue does not reach a mention that is the object of a later coordinated predicate with a verb
or preposition of its own ("…表达上调,且与β-defensin-3表达呈正相关", "…,同时参与调控…p53"): cue_scope.in_later_predicate_zh.

Real sentences of the development texts (document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import cue_scope
from pipeline.relations.cues import clause_breaks

# validation_zh ChinaXiv-201801.00619V1 (gold: BIRC5–DEFB103A associated; a correlation)
CORRELATED = "同样,Wang等[16发现Survivin不仅在PV皮损中表达上调，且与抗菌肽β-defensin-3表达呈正相关。"
# sample ChinaXiv-201711.00904V1 (SIRT1 takes part in regulating p53 and NF-κB: no direction)
TAKES_PART = ("RES 特异性增加猪前体脂肪细胞 SIRT1的表达活性，而 SIRT1的上调影响 caspase-3 和 Bcl-2 家族因子的活性，同时参与"
              "调控肿瘤抑制因子p53 和核转录因子 kappa B(NF-κB)的转录表达，推测 SIRT1调控凋亡相关因子表达是RES 诱导前体脂肪细胞"
              "凋亡的关键原因[13]。")


def test_a_correlate_in_a_later_predicate_is_not_upregulated(annotator, gene_id):
    typed = typed_pairs(annotator, CORRELATED)
    pair = next(v for k, v in typed.items() if k[0] == gene_id("BIRC5") and k[1].startswith("HGNC") and k[1] != k[0])
    assert pair.label == "associated"  # was upregulates


def test_the_objects_of_a_later_undirected_verb_are_associated(annotator, gene_id):
    typed = typed_pairs(annotator, TAKES_PART)
    assert typed[(gene_id("SIRT1"), gene_id("TP53"))].label == "associated"  # was upregulates
    assert typed[(gene_id("SIRT1"), "FPLX:NFkappaB")].label == "associated"


def test_the_later_predicate_needs_its_own_verb_and_no_cue():
    text = "ULK1复合物激活自噬,并招募Beclin1。"
    breaks = clause_breaks(text)
    assert cue_scope.in_later_predicate_zh(text, text.index("激活") + 2, text.index("Beclin1"), breaks)
    text = "ULK1复合物激活自噬,并抑制Beclin1。"  # an effect verb of its own: its cue governs, not this rule
    assert not cue_scope.in_later_predicate_zh(text, text.index("激活") + 2, text.index("Beclin1"), clause_breaks(text))
    text = "ULK1复合物激活自噬,进而招募Beclin1。"  # a chain connective: a consequence, left to the chain rules
    assert not cue_scope.in_later_predicate_zh(text, text.index("激活") + 2, text.index("Beclin1"), clause_breaks(text))
    text = "ULK1复合物激活自噬和Beclin1。"  # no later predicate
    assert not cue_scope.in_later_predicate_zh(text, text.index("激活") + 2, text.index("Beclin1"), clause_breaks(text))

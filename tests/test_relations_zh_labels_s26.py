"""Stop 26, Chinese label classes read from the typed-relation mismatches of validation_zh and
new_papers_zh (evaluation.md "Typed relations"). Real sentences; each test names its class."""

from __future__ import annotations

from nlp_helpers import typed_pairs

ESTROGENS, IL6, STAT3 = "CPD:estrogens", "HGNC:6018", "HGNC:11364"


def test_a_verb_of_production_before_the_gene_makes_its_level_change(annotator):
    """validation ChinaXiv-201712.00248V1: "雌激素可抑制Kupffer细胞产生白介素-6" - the cells make
    less IL-6 (downregulates, gold), the protein is not inhibited."""
    typed = typed_pairs(annotator, "Naugler等[3]的研究显示雌激素可抑制Kupffer细胞产生白介素-6,"
                                   "抑制STAT3信号通路的活化与女性患者HCC发生风险降低有关。")
    assert typed[(ESTROGENS, IL6)].label == "downregulates"


def test_the_object_fronted_by_jiang_takes_the_verb_after_it(annotator):
    """new_papers ChinaXiv-201707.00654V1: "MEK再将ERK激活" (the 将 disposal construction): MEK
    activates ERK; before, no cue lay between them and the pair was only associated."""
    typed = typed_pairs(annotator, "MEK再将ERK激活,进而磷酸化许多与胞质和胞膜相连的底物[17]。")
    assert typed[("FPLX:MEK", "FPLX:ERK")].label == "activates"


def test_jiang_as_the_future_marker_before_a_clause_break_types_nothing(annotator):
    """"将" followed by the object and a comma (no verb of its own in reach) gives no cue."""
    typed = typed_pairs(annotator, "MEK将ERK,并在细胞核内激活转录因子。")
    assert typed[("FPLX:MEK", "FPLX:ERK")].label != "activates"

"""Stop 44: a pathway named by its vesicle's membrane ("自噬体膜上") is a place of the event, not its object; the pair
is read at the entity's next mention (relations/place_mentions.py).

Real sentences of the development texts (document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.effects import Span
from pipeline.relations.place_mentions import is_place

# validation_zh ChinaXiv-202207.00209V1 (gold ATG5 activates Autophagy)
ON_THE_MEMBRANE = "ULK1复合物、LC3和ATG5-12-16L1在自噬体膜上相互作用促进自噬小体的成熟。"
# validation38_zh ChinaXiv-201712.00232V1 (gold ATG5, ATG12 activate Autophagy)
AT_THE_SURFACE = "Atg5与Atg12复合物定位于自噬体膜的表面，促进自噬体膜的伸展扩张，诱导自噬体的形成"


def test_a_membrane_is_a_place_a_membrane_protein_is_not():
    span = Span(0, 2, "PATHWAY", "hsa04140")
    assert is_place("自噬体膜上", span) and is_place("自噬小体膜的表面", span)
    assert not is_place("自噬体形成", span) and not is_place("自噬体膜蛋白", span)


def test_the_complex_on_the_membrane_promotes_autophagosome_maturation(annotator):
    typed = typed_pairs(annotator, ON_THE_MEMBRANE)
    assert typed[("HGNC:589", "hsa04140")].label == "activates"  # was associated


def test_the_complex_at_the_membrane_surface_induces_autophagosome_formation(annotator):
    typed = typed_pairs(annotator, AT_THE_SURFACE)
    assert typed[("HGNC:589", "hsa04140")].label == "activates"  # was associated
    assert typed[("HGNC:589", "HGNC:588")].label == "associated"


def test_an_agent_without_a_place_is_read_as_before(annotator):
    typed = typed_pairs(annotator, "ULK1在高糖条件下促进自噬。")
    assert typed[("HGNC:12558", "hsa04140")].label == "activates"

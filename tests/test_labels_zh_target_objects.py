"""Stop 44: the object of 靶向 ("target") is no agent of the verb after it; target and end are ``associated``
(relations/target_objects.py, GUIDELINES 2 mechanism chains).

Real sentences of the development texts (document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues
from pipeline.relations.effects import Span
from pipeline.relations.target_objects import target_object

# validation_zh ChinaXiv-202207.00209V1 (gold USP15–Autophagy associated)
SPONGED = ("Liang等报道lncRNA 2810403D2Rik/AK007586/Mirf（心肌梗死调节因子）海绵化 miR-26a，靶向USP15激活自噬，"
           "减轻心脏损伤")
# validation39_zh ChinaXiv-201903.00139V1 (gold UVRAG–Autophagy associated, MIR125A inhibits Autophagy)
BOUND_PART = "miR-125a在MTB感染的巨噬细胞中高表达，可靶向结合BECN1复合物成分UVRAG基因，抑制自噬发生"
# validation39_zh ChinaXiv-201903.00139V1 (gold MIR30A inhibits Autophagy)
BOUND = "miR-30a可靶向结合BECN1抑制自噬发生"


def test_the_target_of_a_sponged_microrna_is_no_agent(annotator):
    typed = typed_pairs(annotator, SPONGED)
    assert typed[("HGNC:12613", "hsa04140")].label == "associated"  # was activates


def test_a_bound_target_named_with_its_complex_is_no_agent(annotator):
    typed = typed_pairs(annotator, BOUND_PART)
    assert typed[("HGNC:12640", "hsa04140")].label == "associated"  # was inhibits
    assert typed[("HGNC:31505", "hsa04140")].label == "inhibits"  # the microRNA still acts


def test_the_microrna_that_targets_still_inhibits(annotator):
    typed = typed_pairs(annotator, BOUND)
    assert typed[("HGNC:31624", "hsa04140")].label == "inhibits"


def test_targeted_inhibition_and_targeted_therapy_are_not_bare_targets():
    text = "靶向抑制AKT的表达"
    assert not target_object(text, Span(4, 7, "GENE", "FPLX:AKT"), find_cues(text))
    text = "EGFR可作为靶向治疗的靶点"
    assert not target_object(text, Span(0, 4, "GENE", "HGNC:3236"), find_cues(text))
    text = "靶向USP15激活自噬"
    assert target_object(text, Span(2, 7, "GENE", "HGNC:12613"), find_cues(text))

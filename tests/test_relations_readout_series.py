"""Stop 37: a read-out's own predicate in a series of read-outs types no pair between the read-outs.

A Chinese results sentence lists read-outs, each followed by its own change ("Bax表达增加(…)、Bcl-2表达降低(…)",
"LC3II降低(…),而p62水平增加(…)"): the change word says what happened to the read-out before it, not what it did to
the next one (coordination.is_predicate_of). The predicate was missed when a bracketed statistic or figure call
stood after it, when 等 closed the list it ends, and when 及 joined the next event; the read-out before it was then
read as the agent of the next read-out (first-wave false units in the top |gold| cut, validation_zh
ChinaXiv-201811.00118V1, new_papers_zh ChinaXiv-201707.00654V1).
"""

from __future__ import annotations

import pytest

from pipeline.relations import coordination

TYPED = {"upregulates", "downregulates", "activates", "inhibits"}

# validation_zh ChinaXiv-201811.00118V1
BAX_BCL2 = "使促调亡蛋白Bax表达增加(t=15.36P=0.0001.)、抗凋亡蛋白Bcl-2表达降低(t=9.965, P=0.0006)。"
LC3_P62 = ("此外,干扰PKM2可减弱K562细胞自噬水平,表现为LC3II降低(tLC3II=10.32, PLC3II=0.0005),"
           "而p62水平增加(tp62=14.59, Pp62=0.0001)。")  # validation_zh ChinaXiv-201811.00118V1
MCL1_BAX = ("在我们的研究中,W40抑制了STAT3的磷酸化,导致STAT3的下游靶基因的转录产物Bcl-2、Mcl-1等表达降低,"
            "Bcl-2不能与Bax结合,促进了Bax释放形成同源二聚体,抑制Bcl-2的抗凋亡作用。")  # new_papers_zh ChinaXiv-201707.00654V1
# sample ChinaXiv-201711.00904V1: "显著或极显著" (P<0.05 or P<0.01), the animal-science papers' degree phrase
SIGNIFICANT_OR = ("不同浓度RES处理后的SIRT1、AMPKα、caspase-3、Bax的mRNA表达量均显著或极显著提高(P<0.05或1′<0.01),"
                  "Bcl-2的mRNA表达量极显著降低(·P<0.01);")
CASPASES = "同时,促凋亡蛋白Bax的表达增多,并伴随Caspase-9、Caspase-3活化及多聚ADP-核糖聚合酶PARP酶切失活;"  # new_papers_zh ChinaXiv-201707.00654V1


@pytest.mark.parametrize("gap, after", [
    ("表达", "(t=15.36P=0.0001.)、抗凋亡蛋白"),  # ChinaXiv-201811.00118V1
    ("", "(tLC3II=10.32, PLC3II=0.0005),而"),  # ChinaXiv-201811.00118V1
    ("水平显著", "（P<0.05)；相较于无抑制剂组,"),  # validation_zh ChinaXiv-201711.00762V1
    ("表达", "(图2A)，同时联用组"),  # validation_zh ChinaXiv-201712.00999V1
    ("等表达", ",Bcl-2不能与"),  # ChinaXiv-201707.00654V1
    ("", "及多聚ADP-核糖聚合酶"),  # ChinaXiv-201707.00654V1
    ("的mRNA表达量均显著或极显著", "(P<0.05或1′<0.01),"),  # sample ChinaXiv-201711.00904V1
])
def test_predicate_with_an_aside_or_a_closing_etc_is_the_readouts_own(gap, after):
    assert coordination.is_predicate_of(gap, after)


@pytest.mark.parametrize("gap, after", [
    ("", ""),  # "X激活Y": a verb with its object
    ("", "了"),
    ("", "(图2A)"),  # nothing after the aside ends the item: the cue may still be a verb
])
def test_a_verb_before_its_object_is_no_predicate(gap, after):
    assert not coordination.is_predicate_of(gap, after)


def test_two_readouts_each_with_its_change_and_statistic_are_not_agent_and_target(pairs_of, gene_id):
    typed = pairs_of(BAX_BCL2)
    assert typed[(gene_id("BAX"), gene_id("BCL2"))].label not in TYPED
    typed = pairs_of(LC3_P62)
    assert typed[("FPLX:MAP1LC3", gene_id("SQSTM1"))].label not in TYPED
    assert typed[("FPLX:PKM2", gene_id("SQSTM1"))].label == "downregulates"  # the loss of PKM2 raises p62: kept


def test_a_list_closed_by_etc_takes_its_own_predicate(pairs_of, gene_id):
    typed = pairs_of(MCL1_BAX)
    assert typed[(gene_id("MCL1"), gene_id("BAX"))].label not in TYPED


def test_an_activation_joined_by_ji_is_the_caspases_own(pairs_of, gene_id):
    typed = pairs_of(CASPASES)
    assert typed[(gene_id("CASP9"), "FPLX:PARP")].label not in TYPED
    assert typed[(gene_id("CASP3"), "FPLX:PARP")].label not in TYPED


def test_significant_or_highly_significant_is_a_degree_of_the_readouts_own_change(pairs_of, gene_id):
    """"显著或极显著提高" is Bax's own rise, not Bax raising Bcl-2 (the same phrase effects._LEVEL_GAP accepts)."""
    typed = pairs_of(SIGNIFICANT_OR)
    assert typed[(gene_id("BAX"), gene_id("BCL2"))].label not in TYPED
    assert typed[(gene_id("CASP3"), gene_id("BCL2"))].label not in TYPED

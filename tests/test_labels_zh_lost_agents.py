"""Stop 38 (s38b-lof): a loss of function the blind Chinese set (validation38_zh) saw read with the entity's own sign.

* the loss noun after 的: "IGF-I的缺失", "mTOR的特异性抑制剂" (relations/roles.py ``_LOSS_AFTER``; GUIDELINES 5.5);
* the entity named first in another clause, then lost in the clause of its target: "Rho激酶在…起到很重要的作用,抑制Rho
  激酶可以激活PI3K/Akt信号通路" (relations/effects.py ``_lost_mention``);
* "atenuated" (a dropped ligature letter of ChinaXiv PDF text) is the attenuating verb (relations/cues.py).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import roles
from pipeline.relations.cues import find_cues

APOPTOSIS = "hsa04210"
PI3K_AKT = "AXIS:FPLX:PI3K/FPLX:AKT"

# validation_zh ChinaXiv-201712.00232V1 (gold ROCK inhibits PI3K/AKT)
ROCK_LOST = "Rho激酶在I/R损伤中起到很重要的作用，抑制Rho激酶可以激活PI3K/Akt信号通路保护心脏[10-1];"
# validation_zh ChinaXiv-201711.01073V1 (gold JAK/STAT5 inhibits Apoptosis)
JAK_STAT5_LOST = ("另有报道瘦素、催乳素等可能通过激活JAK/STAT5 信号通路参与对乳腺生长发育的调控[25-26]，JAK/STAT5 信号通路被阻断则会"
                  "诱导 BMECs的凋亡，影响泌乳功能[27]。")
# validation_zh ChinaXiv-201712.01150V1 (gold MTOR downregulates PTEN)
MTOR_INHIBITOR = "甚而有研究发现,mTOR的特异性抑制剂可以促进PTEN蛋白的表达，从而抑制肿瘤地增长[11-12]"
# validation_zh ChinaXiv-201711.01073V1
IGF1_LOST = "研究发现，IGF-I的缺失会引发BMECs凋亡"


def _ids(typed, label):
    return {pair for pair, found in typed.items() if found.label == label}


def test_possessive_loss_nouns():
    for text, name in ((IGF1_LOST, "IGF-I"), (MTOR_INHIBITOR, "mTOR"),
                       ("同时 Smad3基因的缺失还会导致小鼠缺乏正常的发情周期", "Smad3")):  # ChinaXiv-201711.00749V1
        start = text.index(name)
        assert roles.is_loss_of_function(text, start, start + len(name))
    text = "mTOR的表达可以促进PTEN蛋白的表达"  # no loss noun: not lost
    assert not roles.is_loss_of_function(text, 0, 4)


def test_inhibitor_named_by_its_target_inverts(annotator, gene_id):
    typed = typed_pairs(annotator, MTOR_INHIBITOR)
    pair = typed[(gene_id("MTOR"), gene_id("PTEN"))]
    assert (pair.label, pair.agent) == ("downregulates", gene_id("MTOR"))  # was upregulates


def test_loss_noun_with_possessive_inverts(annotator, gene_id):
    assert typed_pairs(annotator, IGF1_LOST)[(gene_id("IGF1"), APOPTOSIS)].label == "inhibits"  # was activates


def test_lost_in_the_targets_clause(annotator, gene_id):
    typed = typed_pairs(annotator, ROCK_LOST)
    found = [pair for (a, b), pair in typed.items() if b == PI3K_AKT and pair.label != "member_of"]
    assert found and {pair.label for pair in found} == {"inhibits"}  # was activates (the first mention's clause)


def test_blocked_pathway_in_the_targets_clause(annotator):
    typed = typed_pairs(annotator, JAK_STAT5_LOST)
    found = {pair.label for (a, b), pair in typed.items() if b == APOPTOSIS and a.startswith("AXIS:")}
    assert found == {"inhibits"}  # was activates
    # the agents of the first clause keep their reading there
    assert "activates" in {pair.label for (a, b), pair in typed.items() if b.startswith("AXIS:") and not a.startswith("AXIS:")}


def test_first_mention_in_the_targets_clause_is_kept(annotator, gene_id):
    typed = typed_pairs(annotator, "Rho激酶可以激活PI3K/Akt信号通路,抑制Rho激酶则减轻损伤。")
    found = {pair.label for (a, b), pair in typed.items() if b == PI3K_AKT and pair.label != "member_of"}
    assert found == {"activates"}


def test_dropped_ligature_attenuated_is_a_verb():
    text = "Sulindac also atenuated VPA-triggered GSK3B downregulation."  # validation_zh ChinaXiv-201712.00818V1
    assert ("inhibit", "atenuated") in [(c.kind, c.text) for c in find_cues(text)]


# validation_zh ChinaXiv-201711.01073V1 (gold JAK/STAT upregulates CASP3, BAX; downregulates BCL2)
BLOCKED_WHEN = ("表2结果与凋亡率结果一致，当 IGF-I和JAK/STAT被阻断，Caspase-3、Bax 基因的表达下调的同时，相应的 Bcl-2 基因的表达"
                "上调，Bcl-2与Bax 比值下降，诱导了BMECs的凋亡。")


def test_when_clause_closed_by_a_comma():
    text = "当IGF-I被阻断,Caspase-3的表达下调。"
    assert roles.inhibited_condition(text, text.index("被")) is not None
    assert roles.is_loss_of_function(text, 1, text.index("被"))
    text = "IGF-I被阻断,Caspase-3的表达下调。"  # no 当: a statement, not a condition
    assert roles.inhibited_condition(text, text.index("被")) is None


def test_blocked_pathway_read_outs_invert(annotator, gene_id):
    typed = typed_pairs(annotator, BLOCKED_WHEN)
    axis = next(a for (a, b) in typed if a.startswith("AXIS:") and b == gene_id("BAX"))
    assert typed[(axis, gene_id("CASP3"))].label == "upregulates"  # were associated
    assert typed[(axis, gene_id("BAX"))].label == "upregulates"
    assert typed[(axis, gene_id("BCL2"))].label == "downregulates"


def test_gene_head_noun_before_the_expression(annotator, gene_id):
    # the level gap of "Caspase-3、Bax 基因的表达下调" (ChinaXiv-201711.01073V1), "PLTP基因表达上调" (ChinaXiv-201712.00859V1)
    typed = typed_pairs(annotator, "敲低IGF-I后，Caspase-3基因的表达下调。")
    assert typed[(gene_id("IGF1"), gene_id("CASP3"))].label == "upregulates"  # was associated

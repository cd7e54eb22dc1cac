"""bench/rank_classes.py (stop 49): the classes of the false units above a set's |gold| cut and of the gold units
below it, and the ceiling recall puts on precision@|gold|; bench/rank_units.py ``hedge_scope``, the column the
stop's hedge terms were tried on (bench/rank_loso.py)."""

import pandas as pd
from bench_helpers import bench_module

from pipeline.relations.facts import facts_of

# verbatim as the pipeline reads them (validation38_zh ChinaXiv-201712.01150V1, conclusion; validation_zh
# ChinaXiv-201711.00762V1, body): the hedge qualifies the pair's own cue ("可能通过"), or another clause's
OWN_HEDGE = "结论mTOR可能通过PI3K/AKT/PTEN与mTOR信号转导通路负反馈调节PTEN的表达。"
OTHER_HEDGE = "EGF激活PKCα可能是通过调节磷脂酶C(PLC)γ,激活后的PKCα可磷酸化Src诱导PI3K激酶磷酸化,随后进一步激活ERK1/2。"


def _typed(annotator, doc, text, a, b):
    sentence = facts_of(annotator.annotate(doc, text)).sentences[0]
    for pair in sentence.typed_pairs():
        if {pair.a[1], pair.b[1]} == {a, b}:
            return sentence.text, pair.typed
    raise AssertionError(f"no pair {a}–{b} in {[(p.a[1], p.b[1]) for p in sentence.typed_pairs()]}")


def test_hedge_scope_tells_the_pairs_own_hedge_from_another_clauses(annotator):
    ru = bench_module("rank_units")
    text, typed = _typed(annotator, "ChinaXiv-201712.01150V1", OWN_HEDGE, "HGNC:3942", "hsa04150")
    assert typed.hedged and typed.cue is not None and typed.cue.text == "通过"
    assert ru.hedge_scope(text, typed.cue.start, typed.hedged) == "near"
    text, typed = _typed(annotator, "ChinaXiv-201711.00762V1", OTHER_HEDGE, "FPLX:ERK", "FPLX:PI3K")
    assert typed.hedged and typed.cue is not None
    assert ru.hedge_scope(text, typed.cue.start, typed.hedged) == "other"  # 可能 hedges EGF's clause, not PI3K–ERK
    assert ru.hedge_scope(text, -1, True) == "no_cue"
    assert ru.hedge_scope(text, typed.cue.start, False) == ""


def _unit(set_, doc, gold, log_score, **kw):
    row = {"set": set_, "doc": doc, "a_id": kw.pop("a_id", "A"), "b_id": kw.pop("b_id", "B"), "gold": gold,
           "log_score": log_score, "disease": False, "factor": 0.0, "references": 0.0, "label": "activates",
           "no_cue": 0.0, "hedged": False, "fan": 1, "between": 0, "front": 0.0, "pair_type": "GENE–GENE"}
    row.update(kw)
    return row


def test_classes_and_ceiling_of_a_set_with_fewer_units_than_gold():
    """Two gold pairs, two units extracted, one of them gold: both units stand in the top |gold|, so
    precision@|gold| is 0.5 and no ranking can lift it above the recall ceiling 0.5 (validation44_en's case:
    49 units for 50 gold pairs)."""
    rc = bench_module("rank_classes")
    units = pd.DataFrame([
        _unit("s", "d1", True, -1.0, a_id="HGNC:1", b_id="HGNC:2"),
        _unit("s", "d1", False, -2.0, a_id="HGNC:1", b_id="HGNC:3", no_cue=1.0, label="associated"),
        _unit("t", "d2", False, 0.0, references=1.0),
        _unit("t", "d2", True, -3.0, a_id="CPD:x", b_id="hsa04150", label="member_of"),
    ])
    ranked = rc.ranked(units, {"s": 2, "t": 1})
    ceiling = rc.ceilings(ranked, {"s": 2, "t": 1})
    assert ceiling.loc["s", "p_at_gold"] == 0.5 and ceiling.loc["s", "ceiling"] == 0.5
    assert ceiling.loc["t", "p_at_gold"] == 0.0 and ceiling.loc["t", "ceiling"] == 1.0
    table = rc.class_table(ranked)
    assert table.loc["no cue", "false_in_top"] == 1 and table.loc["cued GENE–GENE", "gold_in_top"] == 1
    assert table.loc["reference title", "false_in_top"] == 1 and table.loc["member_of", "gold_below"] == 1

"""bench/rank_pool.py: the false units inside each set's top |gold| and the gold units below it, pooled over sets."""

import pandas as pd
from bench_helpers import bench_module


def _units() -> pd.DataFrame:
    # two sets of four units, |gold| 2 each; set A's second-best unit is false and its third gold
    rows = [("A", "d1", "x", "y", 3.0, "True"), ("A", "d1", "x", "z", 2.0, "False"), ("A", "d1", "y", "z", 1.0, "True"),
            ("A", "d1", "w", "z", 0.5, "False"), ("B", "d2", "x", "y", 3.0, "True"), ("B", "d2", "x", "z", 2.0, "True"),
            ("B", "d2", "y", "z", 1.0, "False"), ("B", "d2", "w", "z", 0.5, "False")]
    return pd.DataFrame(rows, columns=["set", "doc", "a_id", "b_id", "score", "gold"])


def test_zones_split_each_set_at_its_own_gold_size():
    rp = bench_module("rank_pool")
    cls = rp.zones(_units(), {"A": 2, "B": 2})
    assert list(cls) == ["TP-top", "FP-top", "TP-below", "FP-below", "TP-top", "TP-top", "FP-below", "FP-below"]


def test_pooled_counts_a_value_that_separates_the_classes_in_each_set():
    rp = bench_module("rank_pool")
    units = _units()
    cls = rp.zones(units, {"A": 2, "B": 1})  # B's second unit (gold) now falls below its top
    value = pd.Series(["cued", "bare", "cued", "bare", "cued", "cued", "bare", "bare"])
    table = rp.pooled(cls, value, units["set"])
    assert table.loc["bare", "FP-top"] == 1 and table.loc["cued", "TP-below"] == 2
    # set A: FP-top all "bare", TP-below all "cued"; set B has no FP-top unit and is not counted
    assert table.loc["bare", "sets+"] == 1 and table.loc["cued", "sets-"] == 1
    assert table.loc["cued", "gold_rate"] == 1.0

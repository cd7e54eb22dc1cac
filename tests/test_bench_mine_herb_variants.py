"""bench/mine_herb_variants.py: variant writings of herb names read from HerbiV's formula
compositions (docs/ner_benchmarks.md, "Herbs, stop 24"). Compositions copied from
../shared/data/herbiv/HerbiV_formula.csv (HVP0086 调中平胃丸, HVP0004 发声散)."""

from bench_helpers import bench_module


def _miner():
    return bench_module("mine_herb_variants")


HVP0086 = "人参5钱，黄耆（蜜炙）2两，陈皮2两，甘草（蜜炙）1两，苍术（酒浸炒）1两，厚朴（姜汁炒）1两，木香1两。"
HVP0004 = "瓜蒌1枚，白僵蚕（微炒）5分，桔梗7钱半，甘草（炒）3钱。"


def test_composition_items_drop_doses_and_processing_notes():
    m = _miner()
    assert m.composition_items(HVP0086) == ["人参", "黄耆", "陈皮", "甘草", "苍术", "厚朴", "木香"]
    assert m.composition_items(HVP0004) == ["瓜蒌", "白僵蚕", "桔梗", "甘草"]


def test_an_unknown_item_pairs_with_the_linked_herb_one_character_away():
    m = _miner()
    known = {"人参", "陈皮", "甘草", "苍术", "厚朴", "木香", "黄芪"}
    linked = ["人参", "黄芪", "陈皮", "甘草", "苍术", "厚朴", "木香"]
    pairs = m.align(m.composition_items(HVP0086), linked, lambda n: n if n in known else None)
    assert pairs == [("黄耆", "黄芪")]
    # a pair given by one formula only, or against most of the item's pairs, is no candidate
    assert m.candidates(pairs) == []
    assert m.candidates(pairs * 4 + [("黄耆", "黄芩")]) == [("黄耆", "黄芪", 4)]  # 80 % agree
    assert m.candidates(pairs * 3 + [("黄耆", "黄芩")]) == []  # 75 %
    assert not m.one_character_apart("栝楼", "瓜蒌")  # two characters apart: curated by hand

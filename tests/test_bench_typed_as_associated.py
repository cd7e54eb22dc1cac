"""bench/typed_as_associated.py: which sentence of a document says what of a typed gold unit read ``associated``."""

from __future__ import annotations

from bench_helpers import bench_module

# verbatim (validation44_zh ChinaXiv-201711.00914V1): the gold's evidence for PPARα upregulates 柠檬酸合酶
STATING = ("维生素A缺乏可引起PPARα转录水平的降低,导致鼠肝脏脂酰辅酶A连接酶、肉毒碱棕榈酰转移酶-1、中链脂酰辅酶A脱氢酶、"
           "3-酮脂酰辅酶A硫解酶、柠檬酸合酶、脂酰辅酶A氧化酶1、过氧化物酶硫解酶基因表达水平的降低,并且造成肝脏内甘油三酯合成和脂肪积累。")
# verbatim, the same paper: another sentence
OTHER = "维生素A可以调控脂肪酸组成。"


def _sentence(text, label=None, weight=0.4):
    row = None if label is None else ["GENE", "HGNC:9232", "GENE", "HGNC:2422", 0, label, False, False, weight, ""]
    return {"text": text, "section": "body", "lang": "zh", "pair_row": row}


def test_classes():
    bench = bench_module("typed_as_associated")
    gold = {"upregulates"}
    # the gold quotes it with full-width punctuation and spaces: the same sentence
    quoted = STATING.replace(",", "，").replace("PPARα", "PPARα ")
    assert bench.classify([_sentence(STATING, "associated", 0.15)], gold, [quoted])[0] == "stating sentence read associated"
    assert bench.classify([_sentence(STATING, "associated"), _sentence(OTHER, "upregulates", 0.1)], gold,
                          [quoted])[0] == "other sentence won"
    assert bench.classify([_sentence(STATING), _sentence(OTHER, "associated")], gold,
                          [quoted])[0] == "stating sentence lacks the pair"
    assert bench.classify([_sentence(OTHER, "associated")], gold, [quoted])[0] == "gold evidence not matched"
    assert bench.weight_class(0.4) == "0.4 (no cue)" and bench.weight_class(0.15).startswith("<0.25")

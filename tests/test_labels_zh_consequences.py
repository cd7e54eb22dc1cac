"""Stop 49 (s49-zh-labels): a Chinese level change said to bring about another ("X…的降低,导致…Y…的降低"):
X acts on Y with the two changes' signs multiplied (relations/zh_consequences.py)."""

from __future__ import annotations

from pipeline.relations.facts import facts_of
from pipeline.relations.zh_consequences import consequence, may_chain

# verbatim (validation44_zh ChinaXiv-201711.00914V1; gold: PPARα upregulates each listed enzyme)
PPARA = ("维生素A缺乏可引起PPARα转录水平的降低,导致鼠肝脏脂酰辅酶A连接酶、肉毒碱棕榈酰转移酶-1、中链脂酰辅酶A脱氢酶、"
         "3-酮脂酰辅酶A硫解酶、柠檬酸合酶、脂酰辅酶A氧化酶1、过氧化物酶硫解酶基因表达水平的降低,并且造成肝脏内甘油三酯合成和脂肪积累。")
# verbatim (validation_zh ChinaXiv-201806.00158V1; gold: noggin downregulates Runx-2 and BSP)
NOGGIN = ("在成骨相关基因检测中,noggin基因的下调,导致ALP、Runx-2、BSP等成骨相关基因表达量上升,尤其是Runx-2基因明显上升差异显著,"
          "这与Nguyen等[28实验结果相符,但是遗憾的是作者未在结论中对这一实验结果加以分析。")


def _pairs(annotator, text):
    """The pairs as relations.csv reads them (pairs.sentence_pairs, where the chain is read)."""
    out = {}
    for s in facts_of(annotator.annotate("t", text)).sentences:
        for p in s.typed_pairs():
            out[frozenset((p.a[1], p.b[1]))] = p.typed
    return out


def test_a_fall_bringing_a_fall(annotator, gene_id):
    pairs = _pairs(annotator, PPARA)
    for enzyme in ("CS", "ACOX1"):  # 柠檬酸合酶, 脂酰辅酶A氧化酶1
        typed = pairs[frozenset((gene_id("PPARA"), gene_id(enzyme)))]
        assert typed.label == "upregulates"  # was associated
        assert typed.agent == gene_id("PPARA")


def test_a_fall_bringing_a_rise(annotator, gene_id):
    pairs = _pairs(annotator, NOGGIN)
    for target in ("RUNX2", "IBSP"):
        typed = pairs[frozenset((gene_id("NOG"), gene_id(target)))]
        assert typed.label == "downregulates"  # was associated
        assert typed.agent == gene_id("NOG")
    assert pairs[frozenset((gene_id("RUNX2"), gene_id("IBSP")))].label == "associated"  # two read-outs of one list


def test_shapes():
    assert may_chain(PPARA) and may_chain(NOGGIN)
    text = "noggin基因的下调,导致Runx-2基因表达量上升"
    cause_end, effect = text.index("基因的下调"), text.index("Runx-2")
    after = text[effect + len("Runx-2"):]
    assert consequence(text, cause_end, effect, after)[:2] == ("downregulates", "down")
    text = "X活性的升高,导致Y磷酸化水平的降低"  # an activity read-out: activates / inhibits
    assert consequence(text, 1, text.index("Y"), text[text.index("Y") + 1:])[0] == "inhibits"
    text = "noggin基因的下调,导致Runx-2的激活"  # no change of the effect's level closes its clause
    assert consequence(text, text.index("基因"), text.index("Runx-2"), text[text.index("Runx-2") + 6:]) is None
    text = "noggin基因的下调,导致Runx-2抑制BSP表达量上升"  # another verb between: BSP is Runx-2's object
    assert consequence(text, text.index("基因"), text.index("BSP"), text[text.index("BSP") + 3:]) is None
    text = "noggin基因的下调,ALP升高,导致Runx-2表达量上升"  # the cause's change is not followed by the connective
    assert consequence(text, text.index("基因"), text.index("Runx-2"), text[text.index("Runx-2") + 6:]) is None

"""Stop 43 (issue 14, Chinese labels): a list of read-outs each named by its Chinese name with the abbreviation in
brackets, "脂蛋白酯酶（LPL）、肝脂酶（HTGL）的…表达量均显著升高", shares the level predicate after the last item
(relations/zh_levels.without_glossed_items, read by effects._level_predicate).

Chinese papers gloss a protein's name with its abbreviation in brackets at first use; the items of a list then carry
Chinese text and brackets between the first gene and the shared 表达/水平 … 升高, which the level gap (only Latin names,
separators and level words) refused, leaving the treatment and its read-outs ``associated``.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_levels

# validation39_zh ChinaXiv-201711.00916V1 (gold alfalfa saponins ``upregulates`` LPL and LIPC)
ALFALFA = ("Yu 等[17研究了苜蓿皂苷对高脂血症大鼠胆固醇代谢的影响，发现脂蛋白酯酶（LPL）、肝脂酶（HTGL）的活性和mRNA "
           "的表达量均显著升高")


def test_glossed_list_shares_the_level_predicate(annotator, gene_id):
    typed = typed_pairs(annotator, ALFALFA)
    for symbol in ("LPL", "LIPC"):
        pair = typed[("HERB004065", gene_id(symbol))]
        assert pair.label in ("upregulates", "activates") and pair.agent == "HERB004065", symbol  # was associated


def test_glossed_items_as_pure_function():
    assert zh_levels.without_glossed_items("）、肝脂酶（    ）的活性和mRNA 的表达量均显著").strip(" 、") \
        == "的活性和mRNA 的表达量均显著"
    # a bracket of figures or a group is no gloss
    assert "（" in zh_levels.without_glossed_items("、肝脂酶（P<0.05）的表达")
    # a verb phrase before the bracket is no list item: only after a separator or at the gap's start
    assert "促进" in zh_levels.without_glossed_items("促进肝脂酶（    ）的表达")

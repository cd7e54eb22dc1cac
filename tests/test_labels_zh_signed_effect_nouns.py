"""Stop 41, label accuracy on Chinese sets: "X对Y的<signed verb>作用" ("芍药苷对肺腺癌细胞A549凋亡的诱导作用") names X's effect on Y
with its direction, unlike the undirected "X对Y的影响/作用" (GUIDELINES 5.11: a title "X 对 Y 的影响" is associated, "a direction
in the title … gives the directional label"). Real text; each test names its source."""

from __future__ import annotations

# new_papers_zh ChinaXiv-201806.00141V1, reference 11 (gold paeoniflorin activates Apoptosis from this title)
PAEONIFLORIN_TITLE = "[11]祁王忠,段韶军.芍药苷对肺腺癌细胞A549凋亡的诱导作用[J].中国 药房,2015,22:31"
APOPTOSIS = "hsa04210"


def test_an_inducing_effect_on_a_process_is_activation(pairs_of):
    pair = pairs_of(PAEONIFLORIN_TITLE)[("CPD:paeoniflorin", APOPTOSIS)]
    assert pair.label == "activates"
    assert pair.agent == "CPD:paeoniflorin"

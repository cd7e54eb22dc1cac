"""Stop 37: a Chinese mechanism chain pairs adjacent links only; an object two links before the end is not its agent.

"通过抑制IKB的磷酸化来降低NF-kB的活化,进而抑制IL-1β,TNF-α等mRNA的表达" (validation_zh ChinaXiv-201812.00711V1; gold
NF-kB ``upregulates`` IL-1β and TNF-α, no IKB row with them), "通过上调AMPK活动来抑制mTOR的磷酸化,…,防止心肌细胞凋亡"
(validation_zh ChinaXiv-202207.00209V1; gold AMPK ``inhibits`` mTOR, no AMPK–apoptosis row): GUIDELINES 2
(mechanism chains) follows a chain only through the entities it names, so the object of an earlier verb is linked to
the next named object, not past it (cascade.skipped_link). The chain's subject still acts on every object (A–Y).
"""

from __future__ import annotations

TYPED = {"upregulates", "downregulates", "activates", "inhibits"}

IKB = ("而试验证明植物乳杆菌HY115和短乳杆菌HY7401可以通过抑制IKB的磷酸化来降低NF-kB的活化,进而抑制IL-1β,TNF-α等mRNA的表达,"
       "降低炎症反应。")  # validation_zh ChinaXiv-201812.00711V1
AMPK = ("有氧运动通过上调AMPK活动来抑制mTOR的磷酸化,改善心肌细胞自噬水平,防止心肌细胞凋亡和心脏功能障碍,且单项运动也可通过激活"
        "转录因子FOX03和缺氧诱导因子1激活心脏自噬,间接上调Beclin1表达3]。")  # validation_zh ChinaXiv-202207.00209V1


def test_an_object_two_links_before_the_end_is_not_its_agent(pairs_of, gene_id):
    typed = pairs_of(IKB)
    assert typed[("FPLX:IKB", gene_id("TNF"))].label not in TYPED
    assert typed[("FPLX:IKB", gene_id("IL1B"))].label not in TYPED
    assert typed[("FPLX:NFkappaB", gene_id("TNF"))].label == "upregulates"  # the adjacent link: kept (gold)


def test_a_means_object_links_to_the_next_object_only(pairs_of, gene_id):
    typed = pairs_of(AMPK)
    assert typed[("FPLX:AMPK", "hsa04210")].label not in TYPED
    assert typed[("FPLX:AMPK", gene_id("MTOR"))].label == "inhibits"  # gold

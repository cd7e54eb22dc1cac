"""Stop 46 (issue 14, Chinese labels): gold directional pairs that the pipeline typed ``associated``.

Each test types a real sentence of the Chinese development sets (document id beside it) and fails on main 8d4b746.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import pivots

# validation44_zh ChinaXiv-201812.00761V1 (gold Nrf2 ``upregulates`` HO-1)
NRF2 = "蒲公英多糖可通过激活MAPK信号通路激活Nrf2诱导HO-1基因的表达[22]。"
# validation_zh ChinaXiv-201711.00762V1 (gold Src ``activates`` PI3K)
SRC = "EGF激活PKCα可能是通过调节磷脂酶C(PLC)γ,激活后的PKCα可磷酸化Src诱导PI3K激酶磷酸化,随后进一步激活ERK1/2。"


# --- a bare gene between two verbs is their pivot (relations/pivots.py) ---------------------------------------
def test_a_bare_gene_between_two_verbs_acts_on_the_second_verbs_object(annotator, gene_id):
    pair = typed_pairs(annotator, NRF2)[(gene_id("NFE2L2"), gene_id("HMOX1"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("NFE2L2"))  # was associated


def test_a_phosphorylated_gene_induces_the_next_verbs_object(annotator, gene_id):
    pair = typed_pairs(annotator, SRC)[(gene_id("SRC"), "FPLX:PI3K")]
    assert (pair.label, pair.agent) == ("activates", gene_id("SRC"))  # was associated


def test_own_change_or_modifier_verb_after_a_gene_is_no_second_verb():
    text = "WesternBlot显示SP600125能够特异地抑制JNK磷酸化"  # ChinaXiv-201712.01073V1: JNK's own event noun
    start = text.index("JNK")
    assert not pivots.is_pivot(text, start, start, start + 3, "GENE", start + 3)
    text = "即SB203580可抑制AOPPs激活的p38MAPK信号通路"  # ChinaXiv-201801.00669V1: 激活的 modifies the pathway
    start = text.index("AOPPs")
    assert not pivots.is_pivot(text, start, start, start + 5, "CHEMICAL", start + 5)
    start = SRC.index("Src")
    assert pivots.is_pivot(SRC, start, start, start + 3, "GENE", start + 3)

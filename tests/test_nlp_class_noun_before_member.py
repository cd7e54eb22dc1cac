"""A family's name right before the name of one of its own genes is a classifier, no second entity
(nlp/chain_elements.py ``class_noun_before_member``). Sentences copied from corpus/validation/zh."""

import pytest

from tests.nlp_helpers import named

# validation_zh ChinaXiv-201712.00999V1
CATHEPSINS = "同时obatoclax通过在溶酶体中蓄积并减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的表达影响溶酶体的功能，抑制自噬而导致细胞增殖受到抑制。"
# validation_zh ChinaXiv-201811.00118V1
CYCLIN = ("Zheng等[12]发现PKM2高表达能够上调周期蛋白CCND1的表达和下调CDKN1A的表达，促进细胞周期进程，"
          "进而增强卵巢癌细胞的生长和存活。")
# validation_zh ChinaXiv-201801.00619V1
SURVIVIN = "结论 凋亡抑制蛋白Survivin与PI3K/AKT信号通路可能参与了PV的发生与发展。"


@pytest.mark.parametrize("text,family,member", [
    (CATHEPSINS, "FPLX:Cathepsin", "HGNC:2527"),  # CTSB
    (CYCLIN, "FPLX:Cyclin", "HGNC:1582"),  # CCND1
    (SURVIVIN, "FPLX:BIRC", "HGNC:593"),  # BIRC5
])
def test_class_noun_before_its_member_is_no_mention(annotator, text, family, member):
    ids = {entity_id for _, entity_id in named(annotator, text)}
    assert member in ids and family not in ids

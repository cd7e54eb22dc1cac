"""Stop 42: a class noun's members are the items before the next class noun (relations/process_members.py).

"自噬相关基因Atg5和Beclin1和调亡相关因子Bcl-2和Bax" names Atg5 and Beclin1 as autophagy genes and Bcl-2 and Bax as
apoptosis factors ("调亡" is an OCR slip of 凋亡): the apoptosis noun opens a list of its own, so Bcl-2 and Bax are
no members of autophagy (validation38_zh ChinaXiv-201712.00232V1: BAX and BCL2 member_of Autophagy were false
positives in the top |gold|). The genes before the second noun stay members.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import process_members

AUTOPHAGY = "hsa04140"
# validation38_zh ChinaXiv-201712.00232V1, discussion
TWO_NOUNS = "单纯I/R组自噬相关基因Atg5和Beclin1和调亡相关因子Bcl-2和BaxmRNA均有表达,提示自噬和凋亡均参与心肌I/R损伤;"


def test_genes_after_the_next_class_noun_are_not_members(annotator, gene_id):
    pairs = typed_pairs(annotator, TWO_NOUNS)
    for symbol in ("BAX", "BCL2"):
        assert pairs[(gene_id(symbol), AUTOPHAGY)].label != "member_of", symbol


def test_genes_before_the_next_class_noun_stay_members(annotator, gene_id):
    pairs = typed_pairs(annotator, TWO_NOUNS)
    assert pairs[(gene_id("ATG5"), AUTOPHAGY)].label == "member_of"


def test_listed_member_stops_at_a_role_noun():
    text = "自噬相关蛋白LC3和抗凋亡蛋白Bcl-2"
    end = text.index("相关")  # the process "自噬" ends here
    assert process_members.listed_member(text, end, text.index("LC3"))
    assert not process_members.listed_member(text, end, text.index("Bcl-2"))

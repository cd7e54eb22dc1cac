"""A Latin ligand name followed by 受体 is the receptor (pipeline/nlp/zh_receptor_names.py,
hooked into nlp/annotator.py after nlp/glued.py ``receptor_mentions``)."""

import pytest
from nlp_helpers import named

GHSR, GHRL = "HGNC:4267", "HGNC:18129"


@pytest.mark.parametrize("text", [
    # validation_zh ChinaXiv-201712.01000V1, reference 8 (a title: telmisartan and the receptor's expression)
    "替米沙坦对糖尿病大鼠认知功能及大脑皮质Ghrelin受体表达的影响",
    # the same paper's introduction: the receptor named twice, then the ligand alone
    "本课题组前期工作也证实糖尿病大鼠海马部位的Ghrelin受体GHSR-1a的表达下降8,同时发现Ghrelin可以抑制大鼠海马神经元的凋亡改善糖尿病大鼠认知功能障碍。",
])
def test_ligand_with_receptor_head_is_the_receptor(annotator, text):
    found = named(annotator, text)
    assert ("Ghrelin受体", GHSR) in found
    assert text.count("Ghrelin") - text.count("Ghrelin受体") == sum(1 for _, i in found if i == GHRL)


def test_receptor_associated_kinase_is_not_the_receptor(annotator):
    # validation_zh ChinaXiv-201812.00711V1: IL-1受体相关激酶 is IRAK, neither an IL-1 receptor nor, since stop 38,
    # IL-1 itself (a partner before another protein's head noun names that protein: nlp/part_words.py
    # names_another_protein, tests/test_nlp_other_protein_heads.py)
    text = "TLR4的TIR区与MyD88的羧基端结合,并且MyD88的氨基端与IL-1受体相关激酶的氨基端结合。"
    found = named(annotator, text)
    assert not any(t.startswith("IL-1") for t, _ in found)
    assert ("TLR4", "HGNC:11850") in found and ("MyD88", "HGNC:7562") in found


def test_receptor_antagonist_keeps_the_ligand_reading():
    from pipeline.nlp.matcher import Mention
    from pipeline.nlp.zh_receptor_names import zh_receptor_mentions

    # validation_zh ChinaXiv-201712.01000V1, results: "GHSR-1a受体拮抗剂" is a drug class
    text = "联合应用Ghrelin和GHSR-1a受体拮抗剂"
    m = Mention(text.index("GHSR"), text.index("受体"), GHSR, "GENE", "dictionary", "GHSR-1a")
    assert zh_receptor_mentions(text, [m], lambda _: "HGNC:0") == [m]

"""Composite pathways become one PATHWAY entity with member genes, plus the member mentions."""

import pytest


def composites(annotator, text):
    adoc = annotator.annotate("test", text)
    return {m.entity_id: m for item in adoc.sentences for m in item.mentions if m.how == "pathway-composition"}


PI3K_AKT_MTOR = "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942"


def test_chinese_full_name_chain_is_one_pathway(annotator):
    text = "研究发现褪黑素能够通过激活磷脂酰肌醇-3激酶/苏\n\n氨酸蛋白激酶/雷帕霉素靶蛋白信号通路来抑制大鼠 BMSCs 的铁死亡进程"
    found = composites(annotator, text)
    assert PI3K_AKT_MTOR in found
    assert found[PI3K_AKT_MTOR].members == ("FPLX:PI3K", "FPLX:AKT", "HGNC:3942")


@pytest.mark.parametrize("text", [
    "Melatonin inhibits the ferroptosis pathway in rat bone marrow mesenchymal stem cells by activating the PI3K/AKT/mTOR signaling axis to attenuate steroid-induced osteoporosis",
    "益母草可以通过影响 PI3K/Akt/mTOR 通路激活骨髓基质干细胞自噬,进而促进成骨细胞的分化。",
])
def test_symbol_chain_is_the_same_pathway_in_both_languages(annotator, text):
    assert PI3K_AKT_MTOR in composites(annotator, text)


def test_members_keep_their_own_mentions(annotator):
    adoc = annotator.annotate("t", "研究表明黄芩素通过上调溶质载体家族7成员11/GPX4轴来阻止BMSCs的铁死亡。")
    ids = [m.entity_id for item in adoc.sentences for m in item.mentions]
    assert "AXIS:HGNC:11059/HGNC:4556" in ids and "HGNC:11059" in ids and "HGNC:4556" in ids


def test_named_single_gene_pathway_uses_the_dictionary_not_an_axis(annotator):
    adoc = annotator.annotate("t", "在成骨细胞中,mTOR 信号通路的异常活化抑制自噬,导致成骨细胞功能受损。")
    ids = [m.entity_id for item in adoc.sentences for m in item.mentions]
    assert "hsa04150" in ids
    assert not any(i.startswith("AXIS:") for i in ids)

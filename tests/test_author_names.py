"""Cited authors' surnames that fold to gene symbols (nlp/author_names.py).

The first three sentences are from free-pool ChinaXiv papers of stop 41 (the documents were taken out of the
blind-annotation pool when they were copied here); the list endings are from development papers.
"""

from __future__ import annotations

from tests.nlp_helpers import named


def _ids(annotator, text: str) -> set[str]:
    return {eid for _, eid in named(annotator, text)}


def test_surname_before_deng_and_citation_is_no_gene(annotator):
    # ChinaXiv-201707.00839V1
    text = "线粒体是ROS产生的主要场所，呼吸链泄露的少量电子会与氧结合生成ROS。Son等[9]发现镉能通过线粒体上调 ROS,ROS 会对核酸等大分子造成损伤"
    assert "HGNC:11183" not in _ids(annotator, text)  # SON


def test_surname_with_space_before_deng_is_no_gene(annotator):
    # ChinaXiv-201711.01615V1
    text = "在细胞层次的研究上，Rao 等[18]报道，在被脂多糖（lipopolysaccharides，LPS）或者干扰素-γ刺激的巨噬细胞中"
    ids = _ids(annotator, text)
    assert "HGNC:549" not in ids  # AOC2 (alias RAO)


def test_surname_et_al_in_a_table_cell_is_no_renin(annotator):
    # ChinaXiv-202005.00067V1, a table's source column
    text = "F. tartaricum, F. esculentum Li J et al., 2019; Ren et al., 2013"
    assert "HGNC:9958" not in _ids(annotator, text)  # REN


def test_gene_list_ending_with_deng_and_citation_keeps_its_genes(annotator):
    # ChinaXiv-201812.00642V1 and ChinaXiv-201711.00361V1: 等 = "and so on" after a list of symbols
    text = "BMP2/4可以明显促进VICs 表达成骨指标—碱性磷酸酶(ALP)、Runx2、OPN 等[11]，因此"
    assert {"HGNC:10472", "HGNC:11255"} <= _ids(annotator, text)  # RUNX2, SPP1 (OPN)
    text = "哺乳动物雷帕霉素靶蛋白（mTOR）、FoxO等[20-21]，由此可见"
    assert "FPLX:FOXO" in _ids(annotator, text)


def test_renin_named_as_a_gene_stays():
    from pipeline.nlp.author_names import cites_author
    from pipeline.nlp.matcher import Mention
    text = "Ren et al. measured Ren and Ren expression rose"
    first = Mention(0, 3, "HGNC:9958", "GENE", "dictionary", "Ren")
    later = Mention(19, 22, "HGNC:9958", "GENE", "dictionary", "Ren")
    assert cites_author(text, first) and not cites_author(text, later)

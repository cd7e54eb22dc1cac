"""Stop 35: a family named as the sentence's topic, its members then counted and listed (relations/counted_members.py).

"FoxO是…的一个亚群,…,其…由4个基因编码组成:FoxO1、…" and "TGF-β受体是…,目前发现的TGF-β超家族受体主要有TGF-βRI、
TGF-βRII和…3种亚型" state each listed gene ``member_of`` the family (GUIDELINES 5.11, 5.15); a gene (no family)
named before its isoforms names no family.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

FOXO = ("FoxO 是叉头（forkhead）蛋白家族的一个亚群，从蠕虫到人类均有表达，其在哺乳动物细胞中分别由4个基因编码组成："
        "FoxO1、叉头转录因子3（FoxO3）、FoxO4 和叉头转录因子6（FoxO6）。")  # validation_zh ChinaXiv-201711.00361V1
TGFBR = ("TGF-β受体是一种跨膜蛋白，存在于细胞表面，目前发现的TGF-β超家族受体主要有TGF-βRI、TGF-βRII和转化生长因子-βI型受体"
         "（transforming growth factor-β receptor III,TGF-βRIII）3种亚型，均包含胞外区、跨膜区和胞内区[1]。")
# validation_zh ChinaXiv-201711.00749V1 (LaTeX "TGF- $\cdot \beta$" of the file written as the reader renders it)
TPH = "TPH 分为两种亚型：TPH-1和 TPH-2，TPH-1 主要存在于肠嗜铬细胞中。"  # new_papers_zh ChinaXiv-202207.00046V1 (first clause)


def test_members_counted_after_the_family_as_topic(annotator, gene_id):
    typed = typed_pairs(annotator, FOXO)
    for symbol in ("FOXO1", "FOXO3", "FOXO4", "FOXO6"):
        pair = typed[(gene_id(symbol), "FPLX:FOXO")]
        assert (pair.label, pair.agent) == ("member_of", gene_id(symbol)), symbol  # was associated (0.12)


def test_list_closed_by_its_count(annotator, gene_id):
    typed = typed_pairs(annotator, TGFBR)
    for symbol in ("TGFBR1", "TGFBR2", "TGFBR3"):
        pair = typed[(gene_id(symbol), "FPLX:TGFBR")]
        assert (pair.label, pair.agent) == ("member_of", gene_id(symbol)), symbol
    assert typed[(gene_id("TGFBR1"), "FPLX:TGFB")].label != "member_of"  # "TGF-β超家族": no family


def test_gene_before_its_isoforms_is_no_family(annotator, gene_id):
    typed = typed_pairs(annotator, TPH)
    pair = typed.get((gene_id("TPH1"), gene_id("TPH2")))
    assert pair is None or pair.label != "member_of"

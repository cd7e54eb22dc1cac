"""The full dictionaries on text the reviews never contain, and no false genes from ordinary words.

The two sentences below are written for this test in the style of a TCM/bone paper abstract
(they are outside the bundled corpus): they name genes, herbs and compounds absent from
both reviews.
"""

NEW_ZH = ("研究发现葛根素能够上调骨形态发生蛋白2和Runt相关转录因子2的表达,并通过Wnt/β-catenin信号通路促进成骨分化;"
          "而知母与黄柏配伍可降低血清中白细胞介素1β和基质金属蛋白酶9的水平,槲皮素则抑制核因子κB受体活化因子配体诱导的破骨细胞分化。")
NEW_EN = ("Quercetin and naringin reduced the expression of cathepsin K and MMP9 in RANKL-treated RAW264.7 cells, "
          "while curcumin increased SOST and DKK1 levels through the Wnt signaling pathway in osteocytes.")


def ids(annotator, text):
    adoc = annotator.annotate("new", text)
    return {(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions}


def names(annotator, found):
    return {annotator.dictionary[e].name if e in annotator.dictionary else e for _, e in found}


def test_genes_herbs_and_compounds_absent_from_the_reviews_are_found_in_chinese(annotator, gene_id):
    found = ids(annotator, NEW_ZH)
    surfaces = {t for t, _ in found}
    assert {"葛根素", "知母", "黄柏", "槲皮素"} <= surfaces
    got = {e for _, e in found}
    for symbol in ("BMP2", "RUNX2", "IL1B", "MMP9", "TNFSF11"):
        assert gene_id(symbol) in got, symbol
    assert "hsa04380" in got  # 破骨细胞分化 (osteoclast differentiation)


def test_genes_and_compounds_absent_from_the_reviews_are_found_in_english(annotator, gene_id):
    found = ids(annotator, NEW_EN)
    got = {e for _, e in found}
    for symbol in ("CTSK", "MMP9", "SOST", "DKK1", "TNFSF11"):
        assert gene_id(symbol) in got, symbol
    assert {"CPD:quercetin", "CPD:naringin", "CPD:curcumin"} <= got


def test_no_false_genes_from_ordinary_words_in_the_reviews(corpus_run):
    # English words that are also HGNC symbols or aliases, all present in the reviews' English text
    genes = corpus_run.mentions.query("entity_type == 'GENE'")
    words = {t.lower() for t in genes.text}
    for ordinary in ("in", "bone", "cell", "cells", "iron", "age", "rats", "type", "blood", "role", "impact", "large"):
        assert ordinary not in words, ordinary

"""A Chinese long name defines its bracketed Latin symbol whatever their lengths, so the pathway word after the
bracket names the pathway (nlp/pathways.py ``symbol_defined_before_trigger``)."""

# validation44_zh ChinaXiv-201812.00761V1 (body), verbatim: the gold has 黄芪 -- NF-kappa B signaling pathway
# (hsa04064), not the NF-κB family; "核因子kB" and "NF-κB" are five characters each
ASTRAGALUS = ("研究表明，黄芪多糖可提高超氧化物歧化酶（SOD）和谷胱甘肽过氧化物酶（GPX）活性，降低MDA含量，通过抑制核因子kB"
              "（nuclear factor kB，NF- $\\mathbf { \\sigma } _ { \\kappa \\mathrm { B } }$ ）信号通路降低白细胞介素8（IL-8）"
              "基因的表达[8],缓解氧化应激带来的损伤。")


def _ids(annotator, text, label):
    adoc = annotator.annotate("test", text)
    return {m.entity_id for item in adoc.sentences for m in item.mentions if m.label == label}


def test_short_chinese_name_and_its_symbol_before_the_pathway_word_name_the_map(annotator):
    assert "hsa04064" in _ids(annotator, ASTRAGALUS, "PATHWAY")
    assert "FPLX:NFkappaB" not in _ids(annotator, ASTRAGALUS, "GENE")  # the name and symbol are the map's
    assert "hsa04064" in _ids(annotator, "黄芪多糖通过抑制核因子κB(NF-κB)信号通路降低IL-8的表达。", "PATHWAY")


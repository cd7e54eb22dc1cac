"""A Chinese hyphen pair that names a fusion gene, the two partners of an interaction or a complex shared with a
coordinated second pair is no signalling axis (nlp/pathway_lists.py ``hyphen_axes``, ``_JOINED_NOT_AXIS``).
Real sentences, verbatim, with their source document ids."""

# validation_zh ChinaXiv-201712.01073V1 (body): the gold has no BCR/ABL axis
FUSION = "q11)染色体易位并形成BCR-ABL融合基因[]。"
# validation47_zh ChinaXiv-201901.00072V1 (body): the gold gives PROM1 its own row (PROM1 -- PI3K/AKT activates)
INTERACTION = ("如：CD133蛋白的C末端胞质结构域第 828位酪氨酸残基的磷酸化介导CD133-p85[37]之间相互作用，优先激活 PI3K/Akt信号通路，"
               "从而促进神经胶质瘤干细胞的致瘤能力。")
# validation44_zh ChinaXiv-201812.00140V1 (body)
COMPLEXES = ("此外，由ATG5-ATG12和ATG7-ATG3复合物组成的两个泛素复合体能够使ATG8[microtubule associated protein1 light "
             "chain 3B,LC3B]与自噬体膜上的磷脂酰乙醇胺共价连接[29]。")
# validation46_zh ChinaXiv-201812.00767V1 (body), as in tests/test_axis_defined_links.py: a hyphen chain is still an axis
TWO_ROUTES = ("mTORC1信号通路与其上游调节分子构成2条调控途径：磷脂酰肌醇3-激酶（phosphatidylinositol 3-kinase，PI3K）-"
              "蛋白激酶B（protein kinase B，Akt）-mTORC1信号通路，肝脏激酶B1（liver kinaseB1，LKB1）-腺苷酸激活蛋白激酶"
              "（AMP-activatedprotein kinase，AMPK）-mTORC1信号通路。")


def _ids(annotator, text, label):
    adoc = annotator.annotate("test", text)
    return {m.entity_id for item in adoc.sentences for m in item.mentions if m.label == label}


def test_fusion_gene_interaction_and_shared_complex_are_no_axes(annotator):
    assert not any(i.startswith("AXIS:") for i in _ids(annotator, FUSION, "PATHWAY"))
    assert {"HGNC:1014", "HGNC:76"} <= _ids(annotator, FUSION, "GENE")  # the two genes stay
    assert "AXIS:HGNC:9454/FPLX:PI3K_p85" not in _ids(annotator, INTERACTION, "PATHWAY")
    assert "AXIS:FPLX:PI3K/FPLX:AKT" in _ids(annotator, INTERACTION, "PATHWAY")
    assert not any(i.startswith("AXIS:") for i in _ids(annotator, COMPLEXES, "PATHWAY"))


def test_a_hyphen_chain_before_a_pathway_word_is_still_an_axis(annotator):
    assert "AXIS:FPLX:PI3K/FPLX:AKT/FPLX:mTORC1" in _ids(annotator, TWO_ROUTES, "PATHWAY")

"""A pathway named by a long name with its symbol defined in brackets: "丝裂原活化蛋白激酶（MAPK）信号通路" (stop 39).

Real sentences, verbatim, with their source document ids (nlp/pathways.py ``symbol_defined_before_trigger``).
"""


def pathways(annotator, text):
    adoc = annotator.annotate("test", text)
    return {m.entity_id: m.text for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"}


def pathway_spans(annotator, text):
    adoc = annotator.annotate("test", text)
    return [(m.entity_id, m.text) for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]


def test_defined_family_symbol_before_the_pathway_word_is_the_kegg_map(annotator):
    # validation38_zh ChinaXiv-201711.01073V1: the bracket holds the English name and the symbol
    text = ("目前，公认的IGF-I发挥抗凋亡作用主要通过磷脂酰肌醇-3 激酶（phosphatidylinositol-3-kinase,PI3K）[3]和丝裂原激活"
            "蛋白激酶(mitogen-activated protein kinase,MAPK)信号通路来实现[4]")
    assert "hsa04010" in pathways(annotator, text)


def test_defined_symbol_before_a_pathway_word_in_chinese_names_the_map(annotator):
    # sample ChinaXiv-201711.01551V1: "依赖哺乳动物雷帕霉素靶蛋白（mTOR）途径" (the mTOR pathway, KEGG hsa04150)
    text = ("目前的研究表明依赖哺乳动物雷帕霉素靶蛋白（mTOR）途径的磷脂酰肌醇3-激酶(PI3K)-蛋白激酶B（AKT）-mTOR 和"
            "腺苷酸活化蛋白激酶（AMPK）-结节性硬化蛋白1/2(TSC1/2)-mTOR 信号通路是调控自噬的重要信号通路[3.9-10]。")
    assert any(i == "hsa04150" and t.startswith("哺乳动物雷帕霉素靶蛋白") for i, t in pathway_spans(annotator, text))


def test_member_with_its_class_noun_defined_in_brackets_is_the_member_axis(annotator):
    # new paper / sample ChinaXiv-201801.00669V1 (English abstract): "p38 mitogen-activated protein kinase (MAPK)"
    # is p38 (as its Chinese title's "p38丝裂原活化蛋白激酶(p38MAPK)信号途径"), GUIDELINES 5.11: AXIS:FPLX:p38
    text = ("Objective To investigate whether the p38 mitogen-activated protein kinase (MAPK)signaling pathway mediates "
            "advanced oxidationproteinproducts (AOPPs)-iduced epithelial-to-mesenchymal transition (EMT)intubularcels.")
    found = pathways(annotator, text)
    assert "AXIS:FPLX:p38" in found
    assert "hsa04010" not in found


def test_definition_without_a_pathway_word_stays_the_protein(annotator):
    # sample ChinaXiv-201711.01551V1: MAPK listed among regulators, no pathway word after its bracket
    text = ("beclin1、beclin2 和UVRAG共同参与组成III型磷脂酰肌醇 3-激酶(classIPI3K)复合物调控自噬；死亡相关蛋白激酶（death-"
            "associated protein kinase，DAPK）、酪蛋白激酶II（casein kinase II）、丝裂原活化蛋白激酶（mitogen-activated "
            "protein kinase，MAPK）和钙（calcium）等也在自噬错综复杂的调控网格中，但其机制还不甚清楚[11-14]。")
    assert "hsa04010" not in pathways(annotator, text)



# A plural pathway head after an axis: the axis's last member is no list item of its own (nlp/pathway_lists.py)


def test_last_member_of_an_axis_before_a_plural_head_gets_no_map_of_its_own(annotator):
    # new paper PMID23085435: "the Ras/MEK/ERK and Ras/mTOR pathways" named mTOR's KEGG map (hsa04150) besides
    # the two axes (11 false rows)
    text = ("The present results indicated that N-BPs induce apoptosis by decreasing the mitochondrial transmembrane "
            "potential, increasing the activation of caspase-9 and caspase-3, and enhancing Bim expression through "
            "inhibition of the Ras/MEK/ERK and Ras/mTOR pathways.")
    found = pathways(annotator, text)
    assert "AXIS:FPLX:RAS/HGNC:3942" in found and "AXIS:FPLX:RAS/FPLX:MEK/FPLX:ERK" in found
    assert "hsa04150" not in found


def test_axis_after_a_listed_name_keeps_its_last_member_in_the_axis(annotator):
    # sample ChinaXiv-202010.00047V1 (reference list): "Smad and PI3K/Akt/mTOR signaling pathways"
    text = ("Structure identification of ViceninII extracted from Dendrobium officinale and the reversal of TGF $_ { "
            "\\cdot \\beta 1 }$ -induced epithelial-mesenchymal transition in lung adenocarcinoma cells through "
            "TGF-β/Smad and PI3K/Akt/mTOR signaling pathways [J].")
    found = pathways(annotator, text)
    assert "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942" in found
    assert "hsa04150" not in found

"""Chinese signalling chains whose links carry their bracketed definitions or backslash alternatives (stop 47,
issue 14; nlp/defined_links.py, pathways.compose_pathways, pathway_lists.hyphen_axes).

Real sentences, verbatim, with their source document ids. Gold ids from corpus/gold/validation46_zh.csv.
"""

from pipeline.nlp.defined_links import brackets_after, definition_symbol

# validation46_zh ChinaXiv-201812.00767V1 (body)
TWO_ROUTES = ("mTORC1信号通路与其上游调节分子构成2条调控途径：磷脂酰肌醇3-激酶（phosphatidylinositol 3-kinase，PI3K）-"
              "蛋白激酶B（protein kinase B，Akt）-mTORC1信号通路，肝脏激酶B1（liver kinaseB1，LKB1）-腺苷酸激活蛋白激酶"
              "（AMP-activatedprotein kinase，AMPK）-mTORC1信号通路。")
# validation46_zh ChinaXiv-201711.00488V1 (body)
PGC1A_ROUTES = ("如图2所示， $P G C  – 1 a$ 基因启动子存在MEF2、FoxO1和环磷酸腺苷反应序列(CRE)结合区，其表达受胰岛素-Akt-FoxO1、"
                "细胞因子\\运动-p38MAPK-MEF2\\ATF2、运动-CaN\\CaMKIV-MEF2\\环磷腺苷效应元件结合蛋白（CREB）、寒冷刺激-β3肾上腺素受体"
                "（β3-AR)-PKA-CREB、胰高血糖素-GLGNR-PKA-CREB 等信号通路调控[47]。")


def pathway_ids(annotator, text):
    adoc = annotator.annotate("test", text)
    return [m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]


def test_hyphen_chain_of_defined_names_is_one_axis(annotator):
    found = pathway_ids(annotator, TWO_ROUTES)
    assert "AXIS:FPLX:PI3K/FPLX:AKT/FPLX:mTORC1" in found
    assert "AXIS:HGNC:11389/FPLX:AMPK/FPLX:mTORC1" in found  # 肝脏激酶B1 unknown: its symbol LKB1 is the member


def test_chains_listed_before_one_pathway_word_with_stimulus_and_backslash_alternatives(annotator):
    found = pathway_ids(annotator, PGC1A_ROUTES)
    assert "AXIS:FPLX:p38/FPLX:MEF2/HGNC:784" in found  # 细胞因子\运动: stimuli, no members
    assert "AXIS:FPLX:PPP3/HGNC:1464/FPLX:MEF2/FPLX:CREB" in found  # CaN\CaMKIV: two members of one link
    assert "AXIS:HGNC:288/FPLX:PKA/FPLX:CREB" in found  # β3肾上腺素受体（β3-AR) opens the chain
    assert "AXIS:FPLX:PKA/FPLX:CREB" not in found  # no longer cut at the bracket


def test_a_gene_after_a_backslash_join_is_matched(annotator):
    adoc = annotator.annotate("test", PGC1A_ROUTES)
    assert "HGNC:1464" in {m.entity_id for item in adoc.sentences for m in item.mentions}  # CaMKIV after "CaN\"


def test_map_split_after_a_defined_link(annotator):
    # sample ChinaXiv-201711.01551V1: "…(TSC1/2)-mTOR 信号通路", the dictionary's mTOR map after a bracket
    text = ("目前的研究表明依赖哺乳动物雷帕霉素靶蛋白（mTOR）途径的磷脂酰肌醇3-激酶(PI3K)-蛋白激酶B（AKT）-mTOR 和腺苷酸活化蛋白激酶"
            "（AMPK）-结节性硬化蛋白1/2(TSC1/2)-mTOR 信号通路是调控自噬的重要信号通路[3.9-10]。")
    found = pathway_ids(annotator, text)
    assert "AXIS:FPLX:AMPK/FPLX:TSC/HGNC:3942" in found
    assert "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942" in found


def test_defined_jak_stat_is_the_kegg_map(annotator):
    # validation45_zh ChinaXiv-201711.01377V1, gold LEP via hsa04630 (GUIDELINES: "JAK-STAT pathway" is hsa04630)
    text = ("Li 等[22]研究得出，瘦素能上调猪脂肪细胞内脂肪甘油三酯脂酶（adipose triglyceride lipase，ATGL）的 mRNA 表达量，下调ATGL "
            "的蛋白质表达量，且瘦素主要通过Janus 激酶（JAK）-信号传导及转录激活因子（STAT）信号通路和PPARγ 调控ATGL的 mRNA 和蛋白质表达。")
    found = pathway_ids(annotator, text)
    assert "hsa04630" in found
    assert "AXIS:FPLX:JAK/FPLX:STAT" not in found


def test_cell_marker_signs_are_no_chain(annotator):
    # validation40_zh ChinaXiv-201706.00272V1: CD5- is a marker sign, not a join
    text = ("此外，在这些突变鼠中CD19+CD5-CD95+和CD19+CD5-IL- $\\boldsymbol { \\cdot } \\boldsymbol { 4 } \\mathrm { + } \\mathrm { B }$ "
            "细胞的频数降低，而被刺激和免疫时，在这些突变鼠在所观察到的一些缺陷有所补偿。")
    assert not [i for i in pathway_ids(annotator, text) if i.startswith("AXIS:")]


def test_a_name_closing_inside_a_longer_symbol_is_no_link(annotator):
    # validation45_zh ChinaXiv-201711.01377V1: "Jun-氨基末端激酶（…，JNK)1-3" is JNK1-3, not a Jun-JNK chain
    text = ("细胞外信号调节激酶（extracellular signal-regulated kinases,ERK）1/2、ERK5、Jun-氨基末端激酶（Jun amino-terminal "
            "kinases，JNK)1-3 和 p38MAPK是MAPK 家族的主要成员，其中 ERK1/2 通过在 Ser600 位点磷酸化HSL，提高其催化活性，增强了"
            "脂肪细胞释放游离脂肪酸[34]。")
    assert "AXIS:HGNC:6204/FPLX:JNK" not in pathway_ids(annotator, text)


def test_definition_brackets():
    assert definition_symbol("protein kinase B,Akt") is not None
    assert definition_symbol("β3-AR") is not None
    assert definition_symbol("TSC1/2") is not None
    assert definition_symbol("P<0.05") is None
    assert definition_symbol("图1") is None
    assert definition_symbol("2015") is None
    text = "转化生长因子激酶1(TAK1)（TAK1）-TAK1结合蛋白1"
    assert text[brackets_after(text, text.index("(")):].startswith("-")


def test_defined_items_of_a_deng_list_are_their_members_pathways(annotator):
    # validation46_zh ChinaXiv-201711.00488V1, gold AXIS:FPLX:p38, AXIS:FPLX:ERK, AXIS:HGNC:9232 (no MAPK map):
    # "p38 + class noun (MAPK)" is p38; "(ERK)-MAPK" is ERK with its class noun
    text = "目前报道显示，鸢尾素可能通过p38分裂原激活的蛋白激酶(MAPK)、细胞外信号调节激酶(ERK)-MAPK及PPARα等信号通路发挥作用[3-34]。"
    found = pathway_ids(annotator, text)
    assert {"AXIS:FPLX:p38", "AXIS:FPLX:ERK", "AXIS:HGNC:9232"} <= set(found)
    assert "hsa04010" not in found


def test_a_gene_inside_a_defined_symbol_is_no_mention(annotator):
    # validation46_zh ChinaXiv-201711.00488V1: "β3肾上腺素受体（β3-AR)" defines ADRB3; its "AR" is not the androgen receptor
    adoc = annotator.annotate("test", PGC1A_ROUTES)
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions}
    assert "HGNC:288" in ids and "HGNC:644" not in ids

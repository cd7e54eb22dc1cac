"""Names of a methods section's tools are no entities: a post-hoc test (LSD法 is no lysergide, Dunnett's T3 no
MMP11), an assay kit ("Synthesis Kit" is no KIT) and a CAS registry label (CAS号 is no BCAR1)
(nlp/method_names.py)."""

from pipeline.nlp.method_names import method_name_spans

# verbatim
LSD_METHOD = "其中组间差异采用单因素方差分析，组间多重比较采用LSD方法统计分析。"  # sample ChinaXiv-201712.00269V1
LSD_T3 = ("多组间比较采用单因素方差分析。方差齐时，组间两两比较比较采用LSD法；方差不齐时，组间两两比较采用Dunnett'sT3法。"
          "采用SPSS20.0统计分析软件进行数据分析。")  # sample ChinaXiv-201712.00938V1
LSD_TEST = "组间比较采用单因素方差分析，两两比较采用LSD检验；当 $P { < } 0 . 0 5$ 认为差异有统计学意义"  # validation zh
T3_LATEX = "方差不齐时，组间两两比较采用Dunnett's ${ \\bf T } _ { 3 }$ 法。"  # sample ChinaXiv-201801.00669V1
KIT_SPACED = "采用 TranscriptorTM First Strand cDNA Synthesis Kit（Roche）进行两步法qPCR反应体系。"  # sample ChinaXiv-201711.00904V1
KIT_GLUED = "根据RNA浓度使用Prime ScriptTMreagentKit进行反转录"  # sample ChinaXiv-201712.00269V1
KIT_TUNEL = "使用原位细胞凋亡检测试剂盒（In Situ Cell Death Detection Kit罗氏）并按照制造商的方法进行 TUNEL 染色。"  # sample ChinaXiv-202107.00008V2
CAS_NO = "TPT由南京康惟盛生物技术公司提供(纯度 $9 8 \\%$ ），CAS号38748-32-2;甲氨喋呤(MTX)"  # sample ChinaXiv-201712.00769V1
# the gene written as itself stays
C_KIT = "LPA2 transcripts in Lin(-)Sca-1(+)c-Kit(+) enriched for bone marrow stem cells"  # validation en 26027517


def _names(mentions_of, text):
    return {m[0] for m in mentions_of(text)}


def test_post_hoc_tests_are_no_entities(mentions_of):
    for text in (LSD_METHOD, LSD_T3, LSD_TEST):
        assert "LSD" not in _names(mentions_of, text), text
    assert "sT3" not in _names(mentions_of, LSD_T3)
    assert not [m for m in mentions_of(T3_LATEX) if "T" in m[0]]


def test_kits_are_no_kit_gene(mentions_of):
    for text in (KIT_SPACED, KIT_GLUED, KIT_TUNEL):
        assert "Kit" not in _names(mentions_of, text), text


def test_cas_registry_label_is_no_gene(mentions_of):
    names = _names(mentions_of, CAS_NO)
    assert "CAS" not in names
    assert "MTX" in names  # the drug after it stays


def test_the_gene_kit_stays(mentions_of):
    assert [m for m in mentions_of(C_KIT) if "Kit" in m[0]]
    assert not method_name_spans(C_KIT)


def test_spans_cover_only_the_tool_name():
    spans = method_name_spans(LSD_T3)
    covered = {LSD_T3[a:b] for a, b in spans}
    assert any(c.startswith("LSD") for c in covered)
    assert any("Dunnett" in c and "T3" in c for c in covered)
    assert not any("SPSS" in c for c in covered)


BIO_RAD_BRACKETS = ("Microplate Reader 680 酶标仪(Bio-Rad);Mycycler梯度PCR仪(Bio-Rad);Tanon4100凝胶成像分析系统（上海天能科技有限公司)"
                    )  # sample ChinaXiv-201801.00630V1
BIO_RAD_PRODUCT = "PTC-220多通道PCR仪为美国Bio-rad产品;GelDoc2000凝胶电泳成像分析系统为美国Bio-Rad产品;"  # sample ChinaXiv-201712.00524V1


def test_a_hyphenated_supplier_name_is_no_gene(mentions_of):
    """nlp/non_gene_names.py ``names_a_supplier``: the name after "Bio-" wherever the supplier stands."""
    for text in (BIO_RAD_BRACKETS, BIO_RAD_PRODUCT):
        assert not [m for m in mentions_of(text) if m[0].lower() == "rad"], text

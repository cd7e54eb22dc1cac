"""Names inside a longer word that names something else (pipeline/nlp/part_words.py): real
sentences of the validation reviews (corpus/validation/zh), where each gave false pairs."""

from __future__ import annotations

from pipeline.nlp.part_words import is_lab_reagent, is_part_word

UBIQUITIN, INTERFERON = "FPLX:Ubiquitin", "FPLX:Interferon"


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_ubiquitination_and_the_ligase_are_no_ubiquitin_mention(mentions_of):
    """ChinaXiv-201812.00711V1: "IkB被泛素连接酶泛素化而降解" paired Ubiquitin with every kinase of
    the cascade."""
    text = "IKK复合物使IkB磷酸化,IkB被泛素连接酶泛素化而降解,进而使NF-kB从休眠状态激活。"
    assert UBIQUITIN not in {eid for _, eid in mentions_of(text)}
    assert is_part_word(text, *_at(text, "泛素", 1), UBIQUITIN, "GENE")


def test_interferon_opening_a_longer_gene_name_is_not_interferon(mentions_of):
    """ChinaXiv-201712.00248V1: "干扰素诱导跨膜蛋白3(IFITM3)" is IFITM3, not interferon."""
    text = "干扰素诱导跨膜蛋白3(IFITM3)沉默信息调节因子3(SIRT3)与肝细胞癌的增殖和侵袭密切相关。"
    ids = {eid for _, eid in mentions_of(text)}
    assert INTERFERON not in ids
    assert not is_part_word("干扰素可抑制病毒复制", 0, 3, INTERFERON, "GENE")  # the family itself stays


def test_chinese_residues_and_the_gs_domain_are_no_compounds_or_g_proteins(mentions_of):
    """ChinaXiv-201711.00749V1: "GS区的Ser/Thr磷酸化" and "甘氨酸(glycine,Gly)及丝氨酸(serine,Ser)残基
    结构域" gave Serine, Threonine, Glycine and G_s partners of the TGF-β receptors; a free amino
    acid ("谷氨酸可以激活…") stays a compound."""
    text = ("TGF-βRI在胞内区有一个高度保守的甘氨酸(glycine,Gly)及丝氨酸(serine,Ser)残基结构域,即GS结构域。"
            "TGF-βRI GS区的Ser/Thr磷酸化是介导TGF-β信号转导所必需的。但TGF-βRII没有GS结构域,通过胞内侧的"
            "苏氨酸(threonine,Thr)和Ser短尾自身磷酸化与游离的TGF-β结合。")
    found = mentions_of(text)
    assert ("TGF-β", "FPLX:TGFB") in found
    assert not [surface for surface, eid in found if eid.startswith(("CPD:", "MESH:")) or eid == "FPLX:G_s"]
    mutated = "同时为了保持其结合力,我们将19号位的谷氨酸(Glu)替换成精氨酸(Arg)[16]。"  # ChinaXiv-201712.00947V1
    for word in ("谷氨酸", "Glu", "精氨酸", "Arg"):
        assert is_part_word(mutated, *_at(mutated, word), "x", "COMPOUND")
    rich = "BMP是从成人骨组织中提取的一种富含谷氨酸的高度保守糖蛋白"
    assert is_part_word(rich, *_at(rich, "谷氨酸"), "x", "COMPOUND")
    assert not is_part_word("谷氨酸可以激活NMDA受体", 0, 3, "x", "COMPOUND")


def test_culture_conditions_and_the_cck8_kit_are_no_partners():
    """ChinaXiv-201712.00947V1: "置于37°C5%CO2培养箱中" gave complement C5 and CO2; "CCK-8" the
    gene CCK."""
    text = "吹打均匀后,置于37~°C5%CO2培养箱中培养72h直到细胞达到汇合状态。"
    assert is_part_word(text, *_at(text, "C5"), "HGNC:1331", "GENE")
    assert is_lab_reagent(text, *_at(text, "CO2"), "COMPOUND")
    kit = "在本实验中,我们通过检测CCK-8及通过Caspase-Glo检测细胞"
    assert is_lab_reagent(kit, *_at(kit, "CCK"), "GENE")
    assert not is_lab_reagent("CCK促进胆囊收缩", 0, 3, "GENE")


def test_collagenase_is_no_collagen_and_trypsin_digestion_forms_no_pairs(annotator):
    """new_papers ChinaXiv-201801.00630V1's osteoblast isolation: "I型胶原酶" gave COL1 and
    "0.25% Trypsin-EDTA" paired trypsin with it; collagen itself ("上调I型胶原的表达") stays COL1."""
    from pipeline.relations.facts import facts_of

    text = ("剪碎骨片后加入胰酶(0.25% Trypsin-EDTA)溶液消化20min,弃去胰酶消化液,再加入I型胶原酶溶液"
            "(I型胶原酶:1mg/mL)消化。")
    assert is_part_word(text, *_at(text, "I型胶原"), "FPLX:COL1", "GENE")
    assert not is_part_word("醛固酮可上调I型胶原的表达", 6, 10, "FPLX:COL1", "GENE")
    facts = facts_of(annotator.annotate("t", text))
    assert not [p for s in facts.sentences for p in s.typed_pairs()]


def test_a_cell_initialism_and_a_stem_cell_source_are_no_genes(mentions_of):
    """validation ChinaXiv-201801.00619V1 "角质形成细胞(KCs)" (TBCE's alias KCS) and -201803.00487V1
    "hUC-MSCs" (ELAVL3's alias HuC) gave gene partners of PI3K/AKT and BMP9 (nlp/cell_lines.py)."""
    text = ("然而,在PV中,尚不清楚PI3K/AKT信号通路是否参与了促进角质形成细胞(KCs)增殖、抑制KCs凋亡的过程。"
            "SFRP5对BMP9诱导的hUC-MSCs细胞成骨相关蛋白的检测。")
    surfaces = [surface for surface, _ in mentions_of(text)]
    assert "BMP9" in surfaces and not {"KCs", "hUC"} & set(surfaces)


def test_a_herb_name_before_glycoside_is_the_compound_stem_not_the_herb(mentions_of):
    """ChinaXiv-202010.00047V1 (shared/data/dev/chinaxiv/sample, a 铁皮石斛 review), a reference title: "新西兰牡荆苷II …诱导HepG2
    细胞凋亡" made the plant the agent of apoptosis, first through HERB's record that carries the glycoside's
    name (curated/herb_corrections.tsv), then through 牡荆 inside the name. A glycoside named after its
    plant + 苷/甙 is a compound; the herb's saponin and total-glycoside extracts stay the herb."""
    text = "铁皮石斛共性黄酮类成分新西兰牡荆苷II的体外抗氧化与诱导HepG2细胞凋亡的作用"
    found = dict(mentions_of(text))
    assert found.get("铁皮石斛") == "HERB005502"
    assert not any(eid.startswith("HERB") for name, eid in mentions_of(text) if "牡荆" in name)
    assert is_part_word("牡荆苷抑制炎症", 0, 2, "HERB004039", "HERB")
    # 甙, the older form of 苷: baicalin, not the herb 黄芩 (HERB's Baicalinum record carried the name)
    assert dict(mentions_of("黄芩甙抑制NF-κB的活化。")).get("黄芩甙") == "CPD:baicalin"
    # extracts keep the herb: alfalfa saponins (validation ChinaXiv-201711.00864V1), P. notoginseng saponins
    assert dict(mentions_of("苜蓿皂苷上调ABCA1的表达")).get("苜蓿皂苷") == "HERB004065"
    assert dict(mentions_of("三七总皂苷抑制凋亡")).get("三七总皂苷") == "HERB004783"


def test_herb_records_named_by_a_pure_substance_give_the_compound(mentions_of):
    """HERB lists drugs and pure compounds as herbs under their chemical names (东莨菪碱 on Scopolia
    japonica, 盐酸麻黄碱 Ephedrinum Hydrochloridum, 岩白菜素 Bergeninum): curated/herb_corrections.tsv
    blanks those names and curated/drugs_zh.tsv gives them to the compounds."""
    assert dict(mentions_of("东莨菪碱诱导的小鼠记忆障碍")).get("东莨菪碱") == "CPD:scopolamine"
    assert dict(mentions_of("盐酸麻黄碱升高血压")).get("盐酸麻黄碱") == "CPD:ephedrine"
    assert dict(mentions_of("岩白菜素抑制COX-2的表达")).get("岩白菜素") == "CPD:bergenin"


def test_a_glycoside_stem_in_a_chinese_title_among_english_references_is_no_herb(annotator):
    """The same title in ChinaXiv-202010.00047V1 stands in its reference list, a paragraph the
    language mix reads as English (the rule is about Chinese characters, not the paragraph's language)."""
    text = ("[12] Chen Y, Li X. In vitro antioxidant activity. J Food Sci, 2019. "
            "[13] 铁皮石斛共性黄酮类成分新西兰牡荆苷II的体外抗氧化与诱导HepG2细胞凋亡的作用. Food Sci, 2019, 40(5): 1-8.")
    _, facts = annotator.analyse("refs", text)
    herbs = {m.entity_id for s in facts.sentences for m in s.mentions if m.label == "HERB"}
    assert "HERB004039" not in herbs and "HERB006220" not in herbs



def test_the_cck8_kit_in_a_chinese_papers_english_abstract_is_no_partner(annotator):
    """new_papers ChinaXiv-201810.00267V1: its English abstract's "by CCK-8 method" paired the gene CCK with
    the polysaccharide AHP-II (downregulates); a Chinese paper's English text names the kit its Chinese text
    names. validation ChinaXiv-201712.01073V1: "bycellcounting and CCK-8 assays"."""
    text = ("用CCK-8 检测AHP-II对细胞的增殖毒性。\n\n"
            "The results showed that the experimental dose of AHP-II had no damage to cells by CCK-8 method,this "
            "indicates that the reduction of inflammatory factors secreted by cels treated by AHP-II is not due to "
            "its cytotoxic effect.\n\n"
            "Theproliferationof thesecells were evaluated bycellcounting and CCK-8 assays.")
    adoc = annotator.annotate("t", text)
    cck = [m for item in adoc.sentences for m in item.mentions if m.text.startswith("CCK")]
    # the Chinese "CCK-8" is a reagent mention; the English ones are a reagent too, or (since stop 36) no linked
    # mention at all: "CCK-8" grown over a number tag the dictionary does not know keeps no gene (gene_context.tagged_id)
    assert cck and all(m.how == "reagent" for m in cck)
    partners = [m for item in adoc.sentences for m in item.mentions if m.entity_id == "HGNC:1569" and m.how != "reagent"]
    assert partners == []



def test_amino_acid_identity_and_a_stretch_of_sequence_are_no_compound(mentions_of):
    """ChinaXiv-201901.00072V1 (validation47_zh): "60%的氨基酸同一性" (two proteins' likeness) and "胞外域
    (氨基酸第 507-716位)" (a stretch of CD133) paired Amino Acids with PROM1 and PROM2; ChinaXiv-201711.00393V1:
    "蛋白质和氨基酸吸收代谢" (the body's absorption) with LEP. The nutrient given as an agent stays."""
    amino = "MESH:D000596"
    for text in ("值得一提的是，Prominin-1和其旁系同源物Prominin-2具有60%的氨基酸同一性[9]，因此两者的表达分布具有大部分重叠性。",
                 "C2E1[48]则是利用人CD133的胞外域（氨基酸第 507-716位)产生的一种新型抗人CD133Mab。",
                 "未见关于leptin对鱼类蛋白质和氨基酸吸收代谢的调节的报道。"):
        assert amino not in {eid for _, eid in mentions_of(text)}, text
    assert amino in {eid for _, eid in mentions_of("氨基酸激活mTORC1通路必须依赖Rag GTPases。")}

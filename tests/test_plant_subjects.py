"""The plant-subject gate (pipeline/relations/plant_subjects.py) on real front matter."""

from pipeline.relations.facts import SentenceFacts
from pipeline.relations.pairs import PairFacts
from pipeline.relations.plant_subjects import drop_gene_pairs, front_matter, plant_subject, plant_subject_verdict
from pipeline.text.sections import split_sections

# ChinaXiv-202003.00069V1 (validation_zh): ethylene and gypenoside biosynthesis genes of 绞股蓝
GYNOSTEMMA = (
    "乙烯对绞股蓝皂苷生物合成关键酶基因表达和皂苷含量的影响\n"
    "以药食两用植物绞股蓝为材料，研究了植物激素乙烯对绞股蓝皂苷生物合成关键酶基因表达及皂苷含量的影响。"
    "实验采用荧光定量PCR技术，检测了乙烯利处理后绞股蓝不同器官中皂苷生物合成关键酶基因 GpFPS, $G p S S$ 和 $G p S E$ 的表达水平；"
    "在乙烯利处理后3d,所测各器官中的总皂苷含量与对照相比均有所上升，其中根、成熟叶和幼叶达到显著水平")
# ChinaXiv-201809.00104V1 (validation_zh): FPS cloned from Ilex cornuta leaves
ILEX = (
    "枸骨IcFPS1基因的克隆、表达及生物信息学分析\n"
    "法尼基焦磷酸合酶（Farmesyldiphosphate synthase，FPS）是三萜皂苷生物合途径的一个关键酶。"
    "为了研究FPS 基因在枸骨中的功能，该研究采用PCR 技术将一个FPS 基因的cDNA序列从枸骨叶中分离出来，并命名为IcFPS1\n"
    "关键词：枸骨，法尼基焦磷酸合酶，三萜皂苷，克隆，表达\n"
    "Cloning, expression and bioinformatics analysis of IcFPS1 gene from Ilex cornuta\n"
    " In this study, PCR was used to isolate the cDNA sequence of a FPS gene from the leaves of Ilex cornuta, and the gene "
    "was named as IcFPS1.")
# ChinaXiv-201810.00267V1 (dev sample): a herb's polysaccharide on rat hepatocytes — pharmacology
ACANTHOPANAX = "红毛五加多糖对大鼠肝细胞免疫损伤的保护作用及其机制"
# ChinaXiv-201711.00904V1 (dev sample): a "plant extract" on bovine adipocytes — not plant biology
RESVERATROL = (
    "本试验旨在研究植物提取物白藜芦醇（RES）对牛皮下脂肪细胞凋亡率以及去乙酰化酶1（SIRT1)/腺苷一磷酸激活的蛋白激酶（AMPK）"
    "信号通路关键因子的mRNA和蛋白质表达量的影响。"
    "检测SIRT1/AMPK信号通路上的关键因子SIRT1、AMPKα、叉头转录因子1（FoxO1）")


def test_plant_biology_papers_are_marked():
    assert plant_subject(GYNOSTEMMA)
    assert plant_subject(ILEX)


def test_herb_pharmacology_is_not_marked():
    assert not plant_subject(ACANTHOPANAX + "\n" + GYNOSTEMMA)  # an animal model vetoes any plant words
    verdict = plant_subject_verdict(RESVERATROL)
    assert not verdict.plant
    assert "植物" not in verdict.plant_cues  # 植物提取物 names an agent, not the organism studied


def test_agents_named_after_plants_are_no_organism():
    # ChinaXiv-201812.00711V1 (validation_zh): Lactobacillus plantarum is a bacterium
    verdict = plant_subject_verdict("Wang 等[24]报道，植物乳杆菌可以抑制IkB 的降解来减轻肿瘤坏死因子引发的炎症反应。")
    assert verdict.plant_cues == ()


def test_race_is_a_method_only_in_capitals():
    assert plant_subject_verdict("Grace and trace amounts in plant leaves").plant_cues == ("plant", "leaves")


def test_gene_pairs_dropped_mentions_kept():
    gene = ["HERB", "HERB:jiaogulan", "GENE", "HGNC:11279", 5, "associated", False, False, 1.0, ""]
    herb = ["HERB", "HERB:jiaogulan", "COMPOUND", "CPD:gypenoside", 5, "associated", False, False, 1.0, ""]
    s = SentenceFacts(0, 0, "abstract_zh", "zh", "绞股蓝…", [], [PairFacts(gene), PairFacts(herb)])
    assert drop_gene_pairs([s]) == 1
    assert [p.row for p in s.pairs] == [herb]


def test_plain_abstract_read_from_its_start():
    # the English title and abstract of ChinaXiv-201809.00104V1 laid out as a PubMed abstract (no labelled sections)
    text = ("# Cloning, expression and bioinformatics analysis of IcFPS1 gene from Ilex cornuta\n\n"
            "Farnesyl diphosphate synthase (FPS) is a key enzyme in the biosynthesis of triterpene saponins,it can promote "
            "the biosynthesis triterpenoid saponins in plants. In this study, PCR was used to isolate the cDNA sequence of a "
            "FPS gene from the leaves of Ilex cornuta, and the gene was named as IcFPS1.\n")
    paragraphs = split_sections("plain", text)
    assert {p.section for p in paragraphs} == {"body"}
    assert plant_subject(front_matter(paragraphs))
    # ChinaXiv-202003.00069V1's title and abstract are labelled: only they are read, not the body after them
    labelled = split_sections("zh", "# " + GYNOSTEMMA.replace("\n", "\n\n摘要：", 1) + "\n\n关键词：绞股蓝\n\n1 材料与方法\n\n小鼠")
    assert "小鼠" not in front_matter(labelled)

"""Names read in the wrong sense (stop 30): a medicinal material that is also an organ or a
reagent's source (pipeline/nlp/herb_senses.py), experiment-group labels that spell gene aliases
(pipeline/nlp/group_labels.py) and isoenzyme designators (pipeline/nlp/non_gene_names.py). Real
sentences of the validation and development texts; each gave false pairs before."""

from __future__ import annotations

from pipeline.nlp.group_labels import group_label_names, is_control_label
from pipeline.nlp.herb_senses import anatomical_names, is_anatomical, is_reagent_source
from pipeline.nlp.matcher import Mention
from pipeline.nlp.non_gene_names import is_hippocampal_field, is_isoform_designator

SEA_HORSE = "HERB002097"


def _herbs(mentions_of, text: str) -> set[str]:
    return {eid for _, eid in mentions_of(text) if eid.startswith("HERB")}


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


# --- anatomy: 海马 the hippocampus -------------------------------------------------------------

def test_rat_hippocampus_is_no_sea_horse(mentions_of):
    """ChinaXiv-201712.01000V1 title and methods: "糖尿病大鼠海马" (an animal's organ), "海马CA1区"
    (a region), "海马组织" (a tissue) read as the sea-horse drug gave the top Chinese false pairs."""
    for text in ("Ghrelin对糖尿病大鼠海马DKK-1表达和学习记忆的影响",
                 "普通显微镜下HE染色观察大鼠海马CA1区细胞形态;ELISA法检测血清、海马组织中DKK-1的表达。",
                 "新鲜海马组织称重后遵照TRIzol Reagent试剂盒说明书提取总RNA。"):  # 鲜 is no form prefix here
        assert SEA_HORSE not in _herbs(mentions_of, text)


def test_an_organ_listed_with_other_organs_is_no_herb(mentions_of):
    """ChinaXiv-201712.01000V1 discussion: "下丘脑、海马和垂体" lists brain regions."""
    text = "Ghrelin受体GHSR1a在下丘脑、海马和垂体都有丰富的表达。"
    assert SEA_HORSE not in _herbs(mentions_of, text)
    assert is_anatomical(text, *_at(text, "海马"))


def test_the_drug_keeps_its_sense_in_a_herb_list_or_a_preparation(mentions_of):
    """A tonic's herb list and an extract keep the sea-horse (the construction, not the word)."""
    assert SEA_HORSE in _herbs(mentions_of, "海马、鹿茸、淫羊藿等补肾壮阳药可上调雄激素受体表达。")
    assert SEA_HORSE in _herbs(mentions_of, "海马提取物可改善大鼠的性功能。")
    assert not is_anatomical("海马、鹿茸、淫羊藿", 0, 2)


def test_one_sense_per_document():
    """A paper that reads 海马 as the organ twice reads it so where no cue stands ("，海马中β-catenin
    表达"); one preparation of the drug anywhere keeps every use open."""
    organ = ["取大鼠海马组织。", "观察海马CA1区形态。", "海马中β-catenin表达升高。"]
    assert anatomical_names(organ) == {"海马"}
    assert anatomical_names([*organ, "给予海马提取物灌胃。"]) == frozenset()
    assert anatomical_names(["海马中β-catenin表达升高。"]) == frozenset()
    # the olivary nucleus counts for 橄榄核 only, not for the olive 橄榄 it starts with
    assert anatomical_names(["下橄榄核区神经元。", "下橄榄核组织。"]) == {"橄榄核"}


# --- reagent sources: the antibody's host and the enzyme's plant ------------------------------

def test_goat_anti_rabbit_and_horseradish_peroxidase_are_reagents(mentions_of):
    """ChinaXiv-201803.00487V1 and ChinaXiv-201811.00118V1 (materials): the secondary antibody's
    host (山羊抗兔) and HRP's plant (辣根) were herbs paired with every gene of the blot."""
    for text in ("洗膜后加入二抗辣根过氧化物酶标记山羊抗兔IgG(1:1000)孵育、洗膜,化学法发光底物进行显影。",
                 "兔抗人Bax和Bcl-2均为多克隆抗体购于美国Santa Cruz公司,对应山羊抗兔IgG二抗购于美国Proteintech公司。"):
        assert _herbs(mentions_of, text) == set()
    text = "Sections were incubated with goat anti-rabbit IgG conjugated to horseradish peroxidase."
    assert _herbs(mentions_of, text) == set()
    m = Mention(0, 2, "HERB003230", "HERB", "dictionary", "辣根")
    assert is_reagent_source("辣根过氧化物酶", m)
    assert not is_reagent_source("辣根具有抗菌作用", m)


def test_a_herb_against_a_disease_of_mice_stays_a_herb(mentions_of):
    """ChinaXiv-201712.00769V1 reference title: "雷公藤抗小鼠免疫性炎症" is the herb acting against an
    inflammation of mice, not an antibody's host (no antibody word after the species); likewise
    "ginseng anti-inflammatory" (no species after anti-)."""
    text = "基于剂量的雷公藤抗小鼠免疫性炎症效-毒关联评价"
    assert _herbs(mentions_of, text)
    start, end = _at(text, "雷公藤")
    assert not is_reagent_source(text, Mention(start, end, "HERB", "HERB", "dictionary", "雷公藤"))
    text = "Panax ginseng anti-inflammatory effects were measured."
    assert _herbs(mentions_of, text)


# --- group labels ----------------------------------------------------------------------------

def test_numbered_subgroups_are_no_gene_aliases(annotator):
    """ChinaXiv-201712.01000V1: DM组 (diabetes) and its subgroups DM1组, DM2组 gave DMPK and CNBP
    (aliases DM1, DM2) in every result sentence and table."""
    text = ("方法 60只SD大鼠随机均分为对照组(NC组)、糖尿病组(DM组)、Ghrelin组(DM1组)和D-lys3-GHRP-6组(DM2组)。"
            "与DM组相比，DM1组大鼠海马DKK-1水平下降；与DM1组相比，DM2组大鼠海马DKK-1蛋白的表达明显升高。")
    assert group_label_names([text]) == {"DM1", "DM2"}
    annotated = annotator.annotate("t", text)
    genes = {m.text for s in annotated.sentences for m in s.mentions if m.label == "GENE"}
    assert "DM1" not in genes and "DM2" not in genes and "DKK-1" in genes
    assert group_label_names(["BMP9组与SFRP5组", "BMP9+SFRP5组"]) == frozenset()  # genes named as groups


def test_control_word_joined_to_a_cell_line_is_no_gene(mentions_of):
    """ChinaXiv-201712.01073V1 (Chinese and English abstract): "K562-Ctrl" gave CTRL."""
    for text in ("经有限稀释法挑取单克隆细胞建立K562-Ctrl,K562-siβ1和K562-β1细胞。",
                 "The cell viability of K562-siβ1 cells was higher than that of K562-Ctrl cells."):
        assert not any(t == "Ctrl" for t, _ in mentions_of(text))
    text = "破骨细胞中CTR mRNA表达升高。"  # calcitonin receptor of osteoclasts, in capitals alone
    assert not is_control_label(text, Mention(*_at(text, "CTR"), "HGNC:1440", "GENE", "dictionary", "CTR"))


# --- isoenzyme designators -------------------------------------------------------------------

def test_isoenzyme_designator_is_not_myoglobin(mentions_of, gene_id):
    """PMID23523949 (validation) "Creatine phosphokinase MB (CK-MB) … decreased MDA and CK-MB" and
    BioRED 16584858 "creatine phosphokinase isoenzymes (CK-MB)": MB (myoglobin) was paired with
    the drugs."""
    mb = gene_id("MB")
    for text in ("Creatine phosphokinase MB (CK-MB), malondealdehyde (MDA) and glutathione (GSH) content "
                 "were measured.",
                 "which was determined by the increased activity of serum lactate dehydrogenase (LDH) and "
                 "creatine phosphokinase isoenzymes (CK-MB), increased uric acid level",
                 "与对照组比较，模型组大鼠血清CK-MB水平升高。"):
        assert mb not in {eid for _, eid in mentions_of(text)}
    text = "decreased MDA and CK-MB, increased GSH content"
    assert is_isoform_designator(text, *_at(text, "MB"))
    assert not is_isoform_designator("myoglobin (MB) was released", 11, 13)


# --- hippocampal fields ----------------------------------------------------------------------

def test_hippocampal_fields_are_no_carbonic_anhydrases(mentions_of, gene_id):
    """ChinaXiv-201712.01000V1 "观察大鼠海马CA1区超微结构" (13 CA1 gene mentions) and BC2GM train
    "neuronal loss in hippocampus subfields CA1, CA3, and hilus", "in areas CA3 and CA4" (no gene in
    the gold): the fields of the cornu Ammonis, not CA1-CA4."""
    ca = {gene_id(s) for s in ("CA1", "CA3", "CA4")}
    for text in ("电镜观察大鼠海马CA1区超微结构，普通显微镜下HE染色观察大鼠海马CA1区细胞形态。",
                 "Gliosis and neuronal loss in hippocampus subfields CA1, CA3, and hilus.",
                 "Seizures occurred despite extensive cellular loss in areas CA3 and CA4."):
        assert not ca & {eid for _, eid in mentions_of(text)}
    text = "CA1 and CA2 carbonic anhydrase isoenzymes were reduced in colorectal cancer tissues."
    assert not is_hippocampal_field(text, 0, 3)
    assert gene_id("CA1") in {eid for _, eid in mentions_of("CA1 expression was reduced in colorectal cancer tissues.")}


# --- a herb name inside a chemical's name, a herb name as a colour (stop 31) ---------------------

AMBER = "HERB002385"  # 琥珀 Succinum
SAPPAN = "HERB005297"  # 苏木 Sappan Lignum
RED_TANGERINE_PEEL = "HERB003028"  # 橘红


def test_a_herb_name_inside_a_systematic_chemical_name_is_no_herb(mentions_of):
    """ChinaXiv-201806.00158V1 methods: 琥珀 is the stem of N-羟基琥珀酰亚胺 (N-hydroxysuccinimide,
    a cross-linker); the succinimide read as the mineral Succinum gave herb rows to a siRNA paper."""
    for text in ("1-(3-二甲氨基丙基)-3-乙基碳二亚胺(EDC)和N-羟基琥珀酰亚胺(NHS)以4:1的摩尔比交联胶原。",
                 "交联剂为1-乙基-3-(3-二甲氨基丙基),N-羟基琥珀酰亚胺，壳聚糖（Sigma公司）。"):
        assert AMBER not in _herbs(mentions_of, text)


def test_a_dye_named_after_its_plant_is_no_herb(mentions_of):
    """Haematoxylin is 苏木精 / 苏木素 (-精, -素: a trivial name of a natural product): the HE
    stain of ChinaXiv-201712.01000V1 and the counterstain of ChinaXiv-201801.00619V1 are no 苏木."""
    for text in ("取一套切片行苏木精伊红染色，方法如下。",
                 "DAB显色，苏木素复染，盐酸分化和氨水返蓝。"):
        assert SAPPAN not in _herbs(mentions_of, text)


def test_chemical_morphemes_are_read_around_the_name_only():
    """The class morphemes after the stem and the locants before it; not the herb's extract
    (醇提物), a flavour (酸、甘), or another word (黄芪 then 黄酮 is a fraction, GUIDELINES 5.2)."""
    from pipeline.nlp.herb_senses import is_chemical_morpheme

    assert is_chemical_morpheme("N-羟基琥珀酰亚胺", 4, 6)
    assert is_chemical_morpheme("杓唇石斛素和石斛酚含量", 6, 8)  # 石斛酚 (moscatilin)
    assert is_chemical_morpheme("2-丹参", 2, 4)
    assert not is_chemical_morpheme("黄芪醇提物灌胃", 0, 2)
    assert not is_chemical_morpheme("五味子酸、甘，温", 0, 3)
    assert not is_chemical_morpheme("甘草黄酮类单体", 0, 2)
    assert not is_chemical_morpheme("基于黄芪的研究", 2, 4)


def test_a_colour_word_herb_describing_a_stain_is_no_herb(mentions_of):
    """ChinaXiv-201806.00158V1 results: "结节，色橘红，" (the nodules are orange-red) is a colour;
    the peel 橘红 stays in a herb list."""
    text = "茜素红染色阳性的结节，色橘红，支架散落区域红色结节大量分布。"
    assert RED_TANGERINE_PEEL not in _herbs(mentions_of, text)
    assert RED_TANGERINE_PEEL in _herbs(mentions_of, "方用陈皮、橘红、半夏、茯苓理气化痰。")


def test_colour_herbs_are_read_from_the_segmenter_lexicon(annotator):
    """橘红, 琥珀, 赭石 are colour words because jieba's lexicon holds 橘红色, 琥珀色, 赭石色; a
    herb name whose X色 is no word (黄芪) is no colour; 色素 (pigment) after a name keeps it."""
    from pipeline.nlp.herb_senses import is_colour_use

    colours = annotator.colour_herbs()
    assert {"橘红", "琥珀", "赭石"} <= colours
    assert "黄芪" not in colours
    assert is_colour_use("呈琥珀色液体", 1, 3) and is_colour_use("结节，色橘红，", 4, 6)
    assert not is_colour_use("红花色素", 0, 2)


def test_a_herb_row_named_by_a_chemical_name_matches_no_herb(mentions_of):
    """HERB rows whose Chinese name is a systematic chemical name (柠檬酸 on Acidum Citricum, 醋酸,
    草酸 on Phlomis umbrosa, whose pinyin Cao Su is 糙苏) lose it (curated/herb_corrections.tsv): the
    citrate buffer of ChinaXiv-201712.01000V1 and the uranyl acetate stain of ChinaXiv-201712.00767V1."""
    for text in ("5只大鼠腹腔注射等量柠檬酸-柠檬酸钠缓冲液作为对照组。", "1%醋酸铀块染，梯度丙酮脱水。"):
        assert not _herbs(mentions_of, text)


def test_coordinated_secondary_antibodies_name_their_hosts(mentions_of):
    """ChinaXiv-201812.00642V1 methods: "山羊抗鼠和山羊抗兔IgG" shares IgG between two antibodies;
    the first host 山羊 is a reagent's source too (it was a herb before)."""
    text = "DAB显色试剂盒、辣根过氧化物酶标记山羊抗鼠和山羊抗兔IgG均购自北京中杉金桥公司。"
    assert not _herbs(mentions_of, text)


def test_a_herb_before_a_herb_starting_with_a_morpheme_stays(mentions_of):
    """cshan-1120, cshan-2404 (TCM NER train split): herb lists without punctuation, where the
    next herb starts with 酸 (酸枣仁), and 素体 (the patient's constitution) are no chemical names;
    nor is 酸 the flavour (五味子酸收敛阴, a formula commentary)."""
    assert "枳壳" in {t for t, _ in mentions_of("桃仁红花川芎枳壳酸枣仁鸡血藤")}
    from pipeline.nlp.herb_senses import is_chemical_morpheme

    assert not is_chemical_morpheme("加浙贝母前胡素体气虚", 5, 7)
    assert not is_chemical_morpheme("五味子酸收敛阴", 0, 3)


def test_a_protein_reagent_or_a_supplier_named_after_a_plant_is_no_herb(mentions_of):
    """A protein reagent named after its plant (刀豆蛋白A, concanavalin A: ChinaXiv-201810.00267V1
    references; 木瓜蛋白酶, papain: a sample paper) and a supplier's name starting with a herb name
    (四季青, ChinaXiv-201711.00864V1 methods) are no herbs; 苦参生物碱 (the herb's alkaloids) is."""
    for text in ("槲皮素对刀豆蛋白A诱导小鼠急性肝损伤的保护作用",
                 "结果表明，木瓜蛋白酶提取的最佳条件为加酶量2%。",
                 "DMEM培养液(Solarbio 公司）、胎牛血清(杭州四季青生物工程材料有限公司）、胰酶。"):
        assert not _herbs(mentions_of, text)
    assert _herbs(mentions_of, "苦参生物碱对肝癌细胞增殖的影响")

"""Slash pairs that are measured quantities, and long names defined inside an axis (stop 38b).

Real sentences, verbatim, with their source document ids.
"""

import pytest


def axes(annotator, text):
    adoc = annotator.annotate("test", text)
    return {m.entity_id: m for item in adoc.sentences for m in item.mentions if m.entity_id.startswith("AXIS:")}


@pytest.mark.parametrize("text", [
    # ChinaXiv-201712.00232V1 (validation_zh): a pair whose change is stated, with or without "mRNA"
    "结果与I/R组比,Fasudil使左心室发展压、左心室内压最大上升及下降速率、左心室做功明显得到改善,降低复灌期冠脉流出液中"
    "LDH的释放,Atg5、Beclin1 mRNA表达增加,Bcl-2/Bax mRNA升高,caspase3蛋白表达降低。",
    "自噬抑制剂渥曼青霉素预处理后,Fasudil的心肌保护作用被取消,LDH释放增多,Atg5和Beclinl mRNA表达降低,Bcl-2/Bax降低,"
    "caspase 3蛋白表达升高。",
    # ChinaXiv-202010.00047V1 (sample): a gloss in brackets between the pair and its 比值
    "兜唇石斛(Dendrobium aphyllum)中的构唇石斛素可增加活性氧ROS 的生成，调节Bax/Bcl2（促凋亡蛋白/抗凋亡蛋白）比值，进而诱导细胞凋亡",
])
def test_bcl2_bax_pair_read_as_a_ratio_is_no_axis(annotator, text):
    assert not [i for i in axes(annotator, text) if "HGNC:959" in i or "HGNC:990" in i]


@pytest.mark.parametrize("text, gene", [
    # ChinaXiv-201712.02108V1 (validation40_zh), figure 4's legend; ChinaXiv-201712.00232V1 (validation38_zh), table 2's
    # caption glued to the text: the PDF's text layer lost the spaces around "of" (stop 42)
    ("Fig.4 Gene expresionofNX2,OCN,ALPOPG,andRANKLinandDSCsat7daysofosteogenicinduction.A:NX2 expression; B: OCN "
     "expresson; C: ALP expression; D: OPG expression; E: RANKL expression; F: ratioof RANKL/OPG.", "HGNC:11926"),
    ("Tab.2Atg5,Beclin,Bl-2and BaxmRNAexpressons inmyocardial tissueandtheratioofBcl-2/Bax indiferent groups", "HGNC:959"),
])
def test_a_ratio_glued_to_of_is_no_axis(annotator, text, gene):
    assert not [i for i in axes(annotator, text) if gene in i]


def test_a_ratio_joined_by_de_is_no_axis(annotator):
    # ChinaXiv-201712.02108V1 (validation40_zh): "RANKL/OPG的比值" (stop 42; "RANKL/OPG比值" was already no axis)
    text = ("在本研究中,SHED和DPSCs均表达RANKL和OPG,但与DPSCs相比,SHED在破骨相关基因RANKL的表达呈明显上调趋势,且反应细胞破骨/"
            "成骨能力的RANKL/OPG的比值显著高于DPSCs,结果表明,相对于DPSCs,SHED具有更强的破骨能力。")
    assert not [i for i in axes(annotator, text) if "HGNC:11926" in i]


@pytest.mark.parametrize("text", [
    # ChinaXiv-201712.00232V1 (validation_zh) table header; ChinaXiv-201712.00524V1 (new_papers_zh) methods
    "Beclin1/β-actin;",
    "用图像采集分析系统进行灰度扫描,作扫描面积积分半定量分析,比较各组E-cadherin/GAPDH和β-Catenin/GAPDH灰度比值。",
])
def test_gene_over_its_loading_control_is_no_axis(annotator, text):
    assert axes(annotator, text) == {}


def test_a_written_pathway_of_the_pair_stays_an_axis(annotator):
    # ChinaXiv-202010.00047V1 (sample): "Bax/Bcl-2途径" is named as a pathway
    text = "通过调控MAPK信号通路和 Bax/Bcl-2途径诱导肝癌 HepG2 细胞发生凋亡"
    assert "AXIS:HGNC:959/HGNC:990" in axes(annotator, text)


@pytest.mark.parametrize("text, expected", [
    # PMID28260056 (validation38_en): every member defined by its long name and bracketed symbol
    # (after the title, which names Akt, as in the paper's run)
    ("Insulin-like growth factor 1 receptor-mediated cell survival in hypoxia depends on the promotion of autophagy "
     "via suppression of the PI3K/Akt/mTOR signaling pathway. "
     "A potential downstream signaling pathway involving phosphatidylinositol 3-kinase (PI3K)/threonine protein "
     "kinase B (Akt)/mammalian target of rapamycin (mTOR) was identifiedby western blot analysis.",
     "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942"),
    # ChinaXiv-201712.01000V1 (validation_zh, reference list): the first member defined, then a pathway word
    ("Ethosuximide induces hippocampal neurogenesis and reverses cognitive deficits in an amyloid-·β toxin-induced"
     "alzheimerratmodelviathe phosphatidylinositol 3-Kinase (PI3K)/Akt/Wnt/β-Catenin pathway",
     "AXIS:FPLX:PI3K/FPLX:AKT/FPLX:Wnt/HGNC:2514"),
])
def test_defined_members_open_the_axis(annotator, text, expected):
    found = axes(annotator, text)
    assert expected in found
    assert "AXIS:FPLX:AKT/HGNC:3942" not in found
    # the chain is one axis, not also its tail from the first bracket on
    assert len([i for i in found if i.endswith(expected.split("/", 1)[1])]) == 1, sorted(found)


def test_second_messenger_inside_an_axis_keeps_the_genes_before_it(annotator):
    # ChinaXiv-201712.01110V1 (validation38_zh), gold AXIS:FPLX:G_s/FPLX:PKA
    text = "PTH作用于I型PTH受体(PTHR1)可激活多条信号转导途径：(1)Gs/cAMP/PKA信号转导通路,目前认为是PTH作用于骨组织的主要途径"
    found = axes(annotator, text)
    assert "AXIS:FPLX:G_s/FPLX:PKA" in found
    assert "AXIS:FPLX:PKA" not in found


@pytest.mark.parametrize("text", [
    # ChinaXiv-201712.00947V1 (validation_zh), ChinaXiv-201712.01110V1 (validation38_zh); gold AXIS:FPLX:PKC,
    # PTH its activator ("甲状旁腺激素的非依赖PLC的PKC转导通路(PTH/nonPLC/PKC)")
    "我们的前期研究也揭示,甲状旁腺激素29-34位蛋白结构域(PTH(29-34))介导PTH/nonPLC/PKC信号通路的激活[9],PTH经nonPLC/PKC通路,"
    "提升松质骨骨量,改善骨小梁结构[12.17]。",
    "而PTH(29-34)区域是介导PTH/nonPLC/PKC通路的关键区域[8],因此GR(1-28)可激活Gs/cAMP/PKA通路",
])
def test_names_before_a_negated_step_are_the_stimulus_not_members(annotator, text):
    found = axes(annotator, text)
    assert "AXIS:FPLX:PKC" in found
    assert "AXIS:HGNC:9606/FPLX:PKC" not in found

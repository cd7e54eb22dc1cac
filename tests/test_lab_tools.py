"""Strings of the lab bench read as genes: reporters, epitope tags, vector backbones, a supplier, kits, figure labels.

Every sentence is copied from a development document (its id in the test); the gene the lab string folded
to is the one the run linked before the fix.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.lab_tools import lab_tool_spans
from tests.nlp_helpers import named


def _ids(annotator, text: str) -> set[str]:
    return {eid for _, eid in named(annotator, text)}


# --- fluorescent reporters: RFP is TRIM27's alias, CFP properdin's symbol ------------------------------

def test_red_fluorescent_protein_beside_gfp_is_no_trim27(annotator):
    # validation_zh ChinaXiv-201803.00487V1
    text = ("将hUC-MSCs以50%的密度接种于24孔板,待细胞贴壁后按分组加入腺病毒:对照组(AdRFP+AdGFP)、BMP9组(AdRFP+ AdBMP9)、"
            "BMP9+ SFRP5组(AdBMP9+AdSFRP5)、SFRP5组(AdGFP+ AdSFRP5),感染24h后,荧光显微镜检测GFP或RFP")
    ids = _ids(annotator, text)
    assert "HGNC:9975" not in ids  # TRIM27 (alias RFP)
    assert {"HGNC:4217", "HGNC:10779"} <= ids  # BMP9 (GDF2) and SFRP5 stay


def test_rfp_and_gfp_signals_name_reporters(annotator):
    # validation40_zh ChinaXiv-201812.00641V1
    text = "GFP和RFP信号共定位(不重叠),代表未与溶酶体融合的细胞结构,比如自噬体以及吞噬体。"
    assert "HGNC:9975" not in _ids(annotator, text)


def test_rfp_without_a_fluorescence_cue_keeps_its_gene(annotator):
    # the ret finger protein named as a gene: no fluorescent protein or fluorescence in the paragraph
    text = "RFP interacts with EID1 and represses transcription."
    assert "HGNC:9975" in _ids(annotator, text)


# --- epitope and fusion tags ------------------------------------------------------------------------

def test_gst_tag_cut_off_in_purification_is_no_gst(annotator):
    # validation39_zh ChinaXiv-201707.00683V1
    text = ("图3中在蛋白主条带的下方, 25靠上处存在一条明显的条带,实际上蛋白纯化过程中的脱落的GST标签,其在分子筛层析图上对应"
            "最后一个较为明显的峰,由于其和Grx3析出处的主峰相对分子质量接近,导致仅能观察到后面半个峰。")
    ids = _ids(annotator, text)
    assert not any("GST" in i for i in ids)
    assert "HGNC:15987" in ids  # GLRX3 (Grx3) stays


def test_gst_enzyme_activity_stays(annotator):
    # validation39_en PMID16789436: the enzyme, not a tag
    text = ("TAA (6.6 mmol/kg body wt. i.p) enhanced lipid peroxidation, hydrogen peroxide content, glutathione "
            "S-transferase and xanthine oxidase with reduction in the level of reduced hepatic glutathione.")
    assert any("GST" in i for i in _ids(annotator, text))


def test_myc_tag_is_no_myc():
    text = "Myc-tagged AKT and Flag-tagged SIRT1 were co-expressed; the Myc标签 was detected."
    assert [text[a:b] for a, b in lab_tool_spans(text)] == ["Myc", "Flag", "Myc"]


# --- vector backbones -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "海肾荧光素酶报告基因质粒pRL-TK-Renilla购自Promega公司;",  # validation40_zh ChinaXiv-201706.00272V1
    "IFNβ-Luc 0.1 ug each, pRL-TK-Renilla O.05 ug each, and the indicated amount of Secl3L1.",  # same paper
])
def test_renilla_control_plasmid_is_no_prolactin_or_thymidine_kinase(annotator, text):
    ids = _ids(annotator, text)
    assert "HGNC:9445" not in ids  # PRL
    assert "FPLX:TK" not in ids


def test_insert_of_an_expression_vector_stays_a_gene():
    text = "The pcDNA3.1-SIRT1 plasmid and the pGL3-Basic vector were co-transfected."
    covered = "".join(text[a:b] for a, b in lab_tool_spans(text))
    assert "pGL3-Basic" in covered and "SIRT1" not in covered


def test_gst_fusion_vector_is_a_vector_name():
    # BC2GM P01713213A0488
    text = ("A full-length human pim-1 cDNA was subcloned into the bacterial vector pGEX-2T and the Pim-1 protein "
            "expressed as a fusion product with bacterial glutathione S-transferase (GST).")
    assert [text[a:b] for a, b in lab_tool_spans(text)] == ["pGEX-2T"]


def test_lentiviral_packaging_plasmids_are_no_proteolipid_proteins(annotator):
    # validation40_zh ChinaXiv-201812.00641V1
    text = ("小鼠腹腔巨噬细胞系RAW264.7,293T,菌株Top10和Stbl3,慢病毒表达质粒PCDH-CMV-MCS-EF1a-CopGFP,辅助包装质粒pLp.1、pLp.2"
            "及VSV.G均由本实验室保存;")
    ids = _ids(annotator, text)
    assert not ids & {"HGNC:9086", "HGNC:9087"}  # PLP1, PLP2


# --- a supplier ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lane 1:100 bp DNA Ladder (NEB);Lane 2: DDX41;Lane 3: GAPDH.",  # validation40_zh ChinaXiv-201712.01090V1
    "NEB酶切buffer4 5 μl EcoRI-HF 1 μl BamHI-HF 1 μl DNA底物2 μl灭菌双蒸水41 μl",  # validation39_zh ChinaXiv-201707.00683V1
])
def test_new_england_biolabs_is_no_nebulin(annotator, text):
    assert "HGNC:7720" not in _ids(annotator, text)


def test_nebulin_named_as_a_gene_stays(annotator):
    assert "HGNC:7720" in _ids(annotator, "Mutations in NEB cause nemaline myopathy.")


# --- kits named after a product word ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # validation40_zh ChinaXiv-201706.00272V1
    "Immun-StarHRP化学发光试剂盒(Immun-Star HRP Chemiluminescent Kit)购自Bio-Rad公司,实验结果由化学发光成像系统扫描获得。",
    # validation39_zh ChinaXiv-201707.00669V1
    "胶块制成10μm冰冻切片,用Tunel Apo-Green Detection Kit(Biotool)进行凋亡染色,在显微镜拍片观察细胞在水凝胶中的凋亡情况。",
])
def test_product_kit_is_no_kit_gene(annotator, text):
    assert "HGNC:6342" not in _ids(annotator, text)


def test_c_kit_stays(annotator):
    assert "HGNC:6342" in _ids(annotator, "SCF binds its receptor c-Kit on mast cells.")


def test_kit_in_a_title_case_reference_title_stays(annotator):
    assert "HGNC:6342" in _ids(annotator, "Imatinib Inhibits Oncogenic Kit Signaling in Gastrointestinal Stromal Tumors.")


# --- figure labels glued by PDF conversion ------------------------------------------------------------

def test_glued_figure_label_is_no_fig4(annotator):
    # validation40_zh ChinaXiv-201706.00272V1
    ids = _ids(annotator, "图4.Sec13L1过表达增强VISA对IFNβ启动子的激活Fig4.")
    assert "HGNC:16873" not in ids  # FIG4
    assert "HGNC:29233" in ids  # MAVS (VISA) stays


def test_fig4_gene_named_in_a_sentence_stays(annotator):
    assert "HGNC:16873" in _ids(annotator, "Loss of Fig4 causes spongiform degeneration in pale tremor mice.")


# --- the sequence-search program -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # BC2GM P07530549A0956
    "Analysis of the sequences with the BLAST and GRAIL programs provided additional independent evidence that 15 "
    "of these 17 clones contain coding sequences and that nine other clones are likely to contain sequences coding for "
    "portions of new genes.",
    # BC2GM P09445488A1169
    "PowerBLAST analysis identified six clusters of expressed sequence tags (ESTs), two known genes (BIR, SUR1) "
    "mapped previously to this region, and a previously characterized but unmapped gene NEFA (DNA binding/EF hand/"
    "acidic amino-acid-rich).",
])
def test_blast_program_is_no_cd48(annotator, text):
    assert "HGNC:1683" not in _ids(annotator, text)  # CD48 (alias BLAST)


def test_blast_1_marker_keeps_its_number():
    assert lab_tool_spans("BLAST-1 is expressed on activated B cells.") == []


def test_x_ray_in_a_reference_title_is_no_ray_gene(annotator):
    # sample ChinaXiv-201801.00669V1 (reference 11)
    text = ("Kita K, Sugita K,Sato C,et al. Extracelular release of annexin a2 is enhanced upon oxidative stress "
            "response via the p38 MAPK pathway after Low-Dose X-Ray irradiation［J].Radiat Res,2016, 186(1): 79-91.")
    ids = _ids(annotator, text)
    assert "HGNC:29546" not in ids  # SH3YL1 (alias RAY)
    assert "HGNC:537" in ids  # ANXA2 stays


def test_tab1_ending_a_sentence_stays_a_gene(annotator):
    # a table label needs a caption word after it or Chinese text before it: "Tab1." ends a sentence on TAB1
    assert "HGNC:18157" in _ids(annotator, "TAK1 is activated by its binding partner Tab1.")

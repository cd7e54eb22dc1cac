"""A code of capitals and digits right before "cells" is a cell line, not the gene it spells
(pipeline/nlp/cell_lines.py, is_capital_code); CD markers and T-cell subsets stay. Real sentences."""

from __future__ import annotations

from nlp_helpers import named

from pipeline.nlp.cell_lines import cell_line_names, is_capital_code


def test_capital_codes_and_markers() -> None:
    assert is_capital_code("HK2") and is_capital_code("SNU-C5") and is_capital_code("LLC-PK1")
    assert not is_capital_code("CD4")  # cluster of differentiation: CD4 cells are T cells
    assert not is_capital_code("Th17") and not is_capital_code("p53")


def test_names_before_the_cell_word() -> None:
    # BC2GM P08440688A1509; BioRED 19463742
    names = cell_line_names([
        "These studies demonstrate that both G alpha i genes are dynamically regulated in LLC-PK1 cells by "
        "both growth, differentiation, and hormone signals.",
        "NDP-MSH increased insulin-stimulated glucose uptake in hypothalamic GT1-1 cells.",
        "CD4 cells",
    ])
    assert {"LLC-PK1", "GT1-1"} <= names and "CD4" not in names


def test_hk2_cells_are_no_hexokinase(annotator) -> None:
    # BioRED 28260077: HK-2 renal tubular cells written HK2 (hexokinase 2's symbol)
    text = ("In vitro, the HK2 cells were treated with iopamidol in the presence or absence of atorvastatin, "
            "heat shock protein (Hsp)27 small interfering (si)RNA or pcDNA3.1-Hsp27.")
    assert "HK2" not in [t for t, _ in named(annotator, text)]


def test_snu_c5_cells_are_no_gene(annotator) -> None:
    # BioRED 28260110
    text = ("Emodin markedly inhibited the proliferation of HCT116 cells and a higher protein level of FASN was "
            "expressed, compared with that in SW480, SNU-C2A or SNU-C5 cells.")
    found = [t for t, _ in named(annotator, text)]
    assert "SNU-C5" not in found and "FASN" in found


def test_hek_cells_are_no_gene(annotator) -> None:
    # BioRED 15184369: HEK (human embryonic kidney) cells, not EPHA3's alias HEK
    text = ("Whole cell recordings from non-transfected HEK cells and cells expressing human TRPV6 revealed the "
            "presence of a basal inward current in both types of cells when the internal solution contained 0.1 mM EGTA.")
    found = [t for t, _ in named(annotator, text)]
    assert "HEK" not in found and "TRPV6" in found


def test_initialisms_count_before_english_cells_only() -> None:
    assert "HEK" in cell_line_names(["non-transfected HEK cells"])
    assert "CD4" not in cell_line_names(["CD4 cells"])
    assert "ALP" not in cell_line_names(["ALP细胞"])  # Chinese: only codes with digits


def test_a_code_before_a_cell_type_noun_is_a_cell_line(annotator) -> None:
    # validation38_zh ChinaXiv-201712.00232V1 (stop 42): HL-1 is a cardiomyocyte line, not DNAH5's alias HL1
    text = ("HL-1心肌细胞研究中发现,下调自噬相关基因Beclin1或Atg5抑制自噬发生,同时也使I/R损伤诱导的细胞凋亡增加,"
            "而过表达Beclin1增强自噬,则使细胞凋亡发生率降低[19]。")
    found = [t for t, _ in named(annotator, text)]
    assert "HL-1" not in found and "Beclin1" in found


def test_a_gene_before_a_cell_type_noun_is_no_cell_line() -> None:
    # a capital code is a cell line right before 细胞 only, not before a cell type (a constructed "SIRT1心肌细胞特异性
    #敲除小鼠"); validation40_zh ChinaXiv-201812.00641V1 names its Raw264.7 line so (a methods heading)
    names = cell_line_names(["SIRT1心肌细胞特异性敲除小鼠", "1.2.4双荧光Raw264.7巨噬细胞稳转株获得按照所测滴度，计算合适的MOI并感染细胞。"])
    assert "SIRT1" not in names and "Raw264.7" in names

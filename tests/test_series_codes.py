"""A saponin series named once in the paper, then its members by their short codes alone
(nlp/code_lists.py ``paper_code_mentions``): ``Rb1`` is ginsenoside Rb1, not the RB1 gene."""

from __future__ import annotations

from tests.nlp_helpers import named


def _ids(annotator, text: str, surface: str) -> set[str]:
    return {eid for s, eid in named(annotator, text) if s == surface}


# validation38_zh ChinaXiv-201712.01190V1: the Chinese abstract names 人参皂苷Rg1、Rb1; the English
# abstract then writes "those of Rb1" (read as the gene RB1 ×23 in the paper before)
CLOPIDOGREL = (
    "方法 选择人参皂苷Rg1、Rb1为指标,首先建立了Rg1含量检定方法。\n\n"
    "In the presence of clopidogrel, the binding rates of $\\mathrm { R g 1 }$ decreased to "
    "$( 2 2 . 1 3 { \\pm } 2 . 7 2 ) \\%$ ， and those of Rb1 to $( 4 0 . 1 3 \\pm 3 . 2 4 ) \\%$ ."
)

# the same paper: OCR reads 1 as l ("皂苷 Rgl·Rbl"): FPLX:RGL and no Rb1 before
CLOPIDOGREL_OCR = (
    "方法 选择人参皂苷Rg1、Rb1为指标。\n\n"
    "Rg1、Rb1,两个化合物之间存在竞争结合效应，氯吡格雷的存在可明显降低皂苷 $\\mathrm { \\sf R g l \\cdot R b l }$ "
    "的血浆蛋白结合率，以上结合与平衡透析法实验结果相一致。"
)

# validation38_en PMID26751692: the class is named as "ginsenoside composition", the members by code
BLACK_GINSENG = ("HPLC analyses showed that BGE has a different ginsenoside composition to RGE; "
                 "BGE contains Rg5 and compound k as the major ginsenosides.")

# BC2GM train P09037032T0000: no saponin named, so Rb1 stays the gene
RB1_GENE = ("The proliferation potential protein-related (P2P-R) gene with domains encoding heterogeneous nuclear "
            "ribonucleoprotein association and Rb1 binding shows repressed expression during terminal differentiation.")


def test_bare_code_in_a_ginsenoside_paper_is_the_ginsenoside(annotator):
    assert _ids(annotator, CLOPIDOGREL, "Rb1") == {"CPD:ginsenoside-rb1"}


def test_ocr_l_for_1_in_a_code_is_read_as_the_ginsenoside(annotator):
    found = named(annotator, CLOPIDOGREL_OCR)
    assert ("Rgl", "CPD:ginsenoside-rg1") in found and ("Rbl", "CPD:ginsenoside-rb1") in found
    assert not any(eid in ("FPLX:RGL", "HGNC:9884") for _, eid in found)


def test_code_after_the_class_word_in_an_abstract(annotator):
    assert _ids(annotator, BLACK_GINSENG, "Rg5") == {"CPD:ginsenoside-rg5"}


def test_code_without_a_saponin_in_the_paper_stays_a_gene(annotator):
    assert _ids(annotator, RB1_GENE, "Rb1") == {"HGNC:9884"}


# validation38_zh ChinaXiv-201711.01073V1: "凋亡相关因子" ("apoptosis-related factors") is a descriptor of the
# members named after it, not Fas (read as FAS three times in the paper; also ChinaXiv-201712.00232V1)
APOPTOSIS_FACTORS = "Wareski 等[17]发现凋亡相关因子如调亡启动子 Bax、凋亡抑制子 Bcl-2 和凋亡操纵子"


def test_apoptosis_related_factor_descriptor_is_no_fas(annotator):
    ids = [eid for _, eid in named(annotator, APOPTOSIS_FACTORS)]
    assert "HGNC:11920" not in ids and "HGNC:959" in ids

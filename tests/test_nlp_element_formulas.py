"""A compound written as a formula of element symbols matches only as written (nlp/matcher.is_element_formula).

"CDS" (a gene's coding sequence) was read as CdS, cadmium sulfide, in 5 ChinaXiv papers of the dev pool
(chinaxiv_dev120.jsonl, CC BY 4.0); the sentence below is from ChinaXiv-201812.00641V1 of that pool.
"""

from __future__ import annotations

from nlp_helpers import named

from pipeline.nlp.matcher import is_element_formula


def ids(annotator, text: str) -> set[str]:
    return {entity_id for _, entity_id in named(annotator, text)}


def test_formulas_by_shape():
    assert is_element_formula("CdS") and is_element_formula("NaCl") and is_element_formula("ZnO")
    assert is_element_formula("Co")
    assert not is_element_formula("CDS") and not is_element_formula("Akt") and not is_element_formula("Taxol")


def test_a_coding_sequence_is_no_cadmium_sulfide(annotator):
    text = "P序列及Addgene鼠源LC3序列，经多序列比度确定各基因CDS区，同时，参照文献[13]优化EGFP11个氨基酸位点。"
    assert "MESH:C034939" not in ids(annotator, text)
    assert "MESH:C034939" not in ids(annotator, "The full-length CDS of the candidate gene was amplified by PCR.")


def test_the_formula_as_written_is_still_the_compound(annotator):
    assert "MESH:C034939" in ids(annotator, "CdS quantum dots induced apoptosis in HepG2 cells.")
    assert "CPD:nacl" in ids(annotator, "K-H液成分：NaCl 118 mmol/L，KCl 4.7 mmol/L。")

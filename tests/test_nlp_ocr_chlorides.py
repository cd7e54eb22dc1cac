"""A chloride whose "l" a PDF text layer gives as the digit 1 or the capital I ("LiC1", "LiCI" for
LiCl, "MgC12" for MgCl2) is the salt, not a gene alias the look-alike spells (LiC1 folds to LIC1, an
alias of DYNC1LI1) (pipeline/nlp/ocr_symbols.py, chloride_mentions). Sentences from the unannotated
development sample paper ChinaXiv-201712.00940V1 (shared/data/dev/chinaxiv/sample/, a lithium-chloride bone
cement), which writes the salt both ways."""

import pytest
from conftest import annotate_sentence

from pipeline.nlp.ocr_symbols import chloride_form


@pytest.mark.parametrize("text, surface", [
    ("本实验将LiC1加入骨水泥反应液相中,固液混合将Li+成功掺入CPC,制备新型材料。", "LiC1"),
    ("因此，本实验将LiCI掺入CPC骨水泥制备新型的氯化锂复合磷酸钙骨水泥。", "LiCI"),
])
def test_a_chloride_written_with_a_look_alike_is_the_salt(annotator, text, surface):
    found = dict(annotate_sentence(annotator, text))
    assert found.get(surface) == "MESH:D018021"  # lithium chloride
    assert "HGNC:18745" not in found.values()  # DYNC1LI1 (alias LIC1)


@pytest.mark.parametrize("token, form", [
    ("LiC1", "LiCl"), ("LiCI", "LiCl"), ("MgC12", "MgCl2"), ("CaCI2", "CaCl2"), ("HC1", "HCl"),
    ("ABC1", None), ("LIC1", None), ("NaCl", None), ("C1", None),
])
def test_only_an_element_before_the_look_alike_makes_a_chloride(token, form):
    assert chloride_form(token) == form

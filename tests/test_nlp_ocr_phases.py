"""Cell-cycle phases whose subscript digit a PDF text layer gives as a letter ("Gi" for G1, "Go"
for G0) are no G proteins (pipeline/nlp/ocr_symbols.py, cell_cycle_phase). Sentences from
validation ChinaXiv-201712.00999V1 (body, figure text and a reference title)."""

import pytest
from conftest import annotate_sentence

from pipeline.nlp.ocr_symbols import cell_cycle_phase


@pytest.mark.parametrize("text", [
    "与MG-132单用时,sub-Gi期细胞增多，对细胞周期其",
    "Obatoclax通过p38/p21waf1/Cip1信号通路诱导人食管癌细胞Gi/Go期细胞阻滞",
    "Control 800 Sub-Gi: 1.2±0.2 800 Gi/Go: 64.9±2.3",
])
def test_a_cell_cycle_phase_read_with_a_look_alike_letter_is_no_g_protein(annotator, text):
    assert "FPLX:G_i" not in {e for _, e in annotate_sentence(annotator, text)}


@pytest.mark.parametrize("text, start, end, phase", [
    ("cells accumulated in G0/Gi phase", 24, 26, True),
    ("the sub-Gi peak", 8, 10, True),
    ("Gi protein coupled receptors", 0, 2, False),
    ("Gi/o signaling", 0, 2, False),          # the G protein pair Gi/Go, no phase word
])
def test_the_phase_is_told_by_its_neighbours(text, start, end, phase):
    assert cell_cycle_phase(text, start, end) is phase


def test_the_g_protein_gi_stays_a_gene(annotator):
    found = annotate_sentence(annotator, "Gi protein coupled receptors and Gi/o signaling")
    assert "FPLX:G_i" in {e for _, e in found}


def test_a_look_alike_repair_wins_over_a_mention_of_the_tokens_head(annotator):
    # validation ChinaXiv-201803.00487V1 reference title (gold GDF2 -> BMPR2): "BMPR-ll" was read as
    # the BMPR family from its head; the repaired BMPR-II is BMPR2
    text = "Selective enhancement of endothelial BMPR-ll with BMP9 reverses pulmonary arterial hypertension"
    assert ("BMPR-ll", "HGNC:1078") in annotate_sentence(annotator, text)

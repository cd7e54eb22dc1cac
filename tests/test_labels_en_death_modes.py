"""Stop 35 (s35-labelsen): "induces … cell death via apoptosis", "kills … cells by autophagy": the process is the
kind of death the agent brings about, ``activates`` (GUIDELINES 1.1 and 2), not a bare ``via``;
relations/death_modes.py. Sentences copied from the documents named."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation PMID24282433 (title)
MOUTAN = "Cortex Moutan Induces Bladder Cancer Cell Death via Apoptosis and Retards Tumor Growth in Mouse Bladders."
# sample ChinaXiv-202107.00008V2 (reference)
ALLSPICE = ("(2015) Polyphenol-rich extract of Pimenta dioica berries (Allspice） kills breast cancer cells by autophagy "
            "and delays growth of triple negative breast cancer in athymic mice.")
# validation PMID18619688: a process after a disease "caused by" the agent stays the means
ADRIAMYCIN = ("Mitochondrial injury may be involved in the progression of heart failure caused by adriamycin via the "
              "autophagy pathway")


def test_cell_death_via_apoptosis_is_apoptosis_activated(annotator):
    typed = typed_pairs(annotator, MOUTAN)
    herb = next(a for a, b in typed if a.startswith("HERB") and b == "hsa04210")
    result = typed[(herb, "hsa04210")]
    assert (result.label, result.agent) == ("activates", herb)


def test_killing_cells_by_autophagy_is_autophagy_activated(annotator):
    typed = typed_pairs(annotator, ALLSPICE)
    herb = next(a for a, b in typed if a.startswith("HERB") and b == "hsa04140")
    assert typed[(herb, "hsa04140")].label == "activates"
    assert typed[("MESH:D059808", "hsa04140")].label != "activates"  # "Polyphenol-rich": a modifier of the extract


def test_a_process_after_a_caused_disease_is_no_killing_mode(annotator):
    typed = typed_pairs(annotator, ADRIAMYCIN)
    assert typed[("MESH:D004317", "hsa04140")].label == "via"

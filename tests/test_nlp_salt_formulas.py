"""Inorganic salts written as formulas are the compounds IUPAC's salt nomenclature names
(pipeline/nlp/salt_formulas.py): "Na2SeO3" is sodium selenite, "NaAsO2" sodium arsenite, "CoCl2"
cobaltous chloride. Sentences from corpus/validation (PMID23603382, selenium against arsenic in rat
liver) and corpus/new_papers (PMID23380477, CoCl2-induced neuroblastoma cell death)."""

import pytest
from conftest import annotate_sentence

from pipeline.nlp.salt_formulas import salt_names


@pytest.mark.parametrize("text, surface, compound", [
    ("Compared to the control and Na2SeO3 groups, the MDA content in liver tissue was decreased and the "
     "activities of antioxidant enzymes were increased in the Na2SeO3 intervention group.", "Na2SeO3", "MESH:D018038"),
    ("The results indicate that long-term intake of NaAsO2 causes oxidative damage in the rat liver.",
     "NaAsO2", "MESH:C017947"),
    ("We focused on CoCl2-induced cell death in a DNA-binding mutated p53 neuroblastoma cell line (SKNBE(2c)).",
     "CoCl2", "MESH:C018021"),
])
def test_a_salt_formula_is_the_compound_its_iupac_name_names(annotator, text, surface, compound):
    assert dict(annotate_sentence(annotator, text)).get(surface) == compound


@pytest.mark.parametrize("formula, names", [
    ("Na2SeO3", ["sodium selenite"]),
    ("K2Cr2O7", ["potassium dichromate"]),
    ("Pb(NO3)2", ["lead(II) nitrate", "lead nitrate"]),
    ("FeCl3", ["iron(III) chloride", "ferric chloride", "iron chloride"]),
    ("NaSeO3", []),  # charges do not balance: no salt
    ("KI", []),  # capitals alone without a count: a knock-in, not potassium iodide
    ("KCa3", []),  # a channel's name: Ca3 is no anion
])
def test_names_are_composed_only_when_the_charges_balance(formula, names):
    assert salt_names(formula) == names


def test_a_formula_shaped_gene_or_cell_line_stays_what_it_is(annotator):
    found = dict(annotate_sentence(annotator, "Hs578T cells express the KCa3.1 channel."))
    assert all(not v.startswith("MESH:") for v in found.values())

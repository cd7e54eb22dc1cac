"""A compound matched at the end of a longer systematic name is not that compound
(pipeline/nlp/name_fragments.py), and a short form defined after a one-word chemical name of which
the dictionary matched only the last part is not that part's class (pipeline/nlp/abbreviations.py,
tail_of_a_chemical_word): "2,3,7,8-tetrachlorodibenzo-p-dioxin (TCDD)" is no Dioxins (corpus/validation
PMID23639626), "hexachloro-1:3-butadiene (HCBD)" no butadiene (BC5CDR train PMID3653576),
"4'-6-diamidino-2-phenylindole" no 2-phenylindole (corpus/new_papers PMID23552851)."""

import pytest
from conftest import annotate_sentence


@pytest.mark.parametrize("text, short, wrong", [
    ("Previous quantitative proteomic studies on the actions of 2,3,7,8-tetrachlorodibenzo-p-dioxin (TCDD) in 5L "
     "rat hepatoma cells, a cell model frequently used for investigating the mechanisms of TCDD toxicity.",
     "TCDD", {"MESH:D004147", "MESH:C038902"}),  # Dioxins, 1,4-dioxin
    ("Acute experimental models of renal damage to the proximal tubular, glomerular, and papillary regions of the "
     "rat were produced by administration of hexachloro-1:3-butadiene (HCBD), puromycin aminonucleoside (PAN), and "
     "2-bromoethylamine (BEA), respectively.", "HCBD", {"CPD:1-3-butadiene"}),
])
def test_a_short_form_is_not_the_class_of_a_part_of_its_long_form(annotator, text, short, wrong):
    found = annotate_sentence(annotator, text)
    assert not any(t == short and eid in wrong for t, eid in found)


def test_a_part_that_spells_the_short_form_still_names_it(annotator):
    found = dict(annotate_sentence(annotator, "Binding of [3H]saxitoxin (STX) was reduced, and STX binding sites fell."))
    assert found.get("STX") == "MESH:D012530"


@pytest.mark.parametrize("text, part", [
    ("Results from 4'-6-diamidino-2-phenylindole and annexin-V/PI double-staining assay showed that caspase-3- and "
     "caspase-8-dependent, and dose-dependent apoptoses were detected after a 24-h dioscin treatment.", "2-phenylindole"),
    ("We therefore conducted the present acute dose-response study in four 1-methyl-4-phenyl-1,2,3,6-tetrahydropyridine "
     "(MPTP)-exposed cynomolgus monkeys primed to exhibit levodopa-induced dyskinesias.", "1,2,3,6-tetrahydropyridine"),
])
def test_the_parent_structure_at_the_end_of_a_systematic_name_is_no_mention(annotator, text, part):
    assert part not in dict(annotate_sentence(annotator, text))


def test_two_drugs_joined_by_a_hyphen_stay_two_mentions(annotator):
    found = dict(annotate_sentence(annotator, "Nausea occurred in 7% with fentanyl and fentanyl-dexamethasone."))
    assert found.get("dexamethasone") == "CPD:dexamethasone"

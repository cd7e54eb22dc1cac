"""Chemicals missed in English abstracts (stop 29, BioRED / BC5CDR train).

Sentences are quoted from BioRED and BC5CDR training abstracts (PMID given), the public corpora
the chemical recognition is tuned on (bench/ner_eval.py).
"""

from pipeline.nlp.drug_codes import abbreviation_after, code_definitions
from pipeline.nlp.matcher import ANY_CASE, SYMBOL_SHORT, Mention, compound_name_case_rule


def compounds(found):
    return [(text, eid) for text, eid in found if not eid.startswith(("HGNC:", "FPLX:"))]


# --- case rule: a capitalised 4-5-letter compound name is a name ---------------------------------

def test_a_capitalised_short_compound_name_matches_in_lower_case(mentions_of):
    # BioRED PMID11054569
    found = mentions_of("cells were more sensitive to several anti-cancer drugs, such as doxorubicin (DOX), "
                        "taxol, vinblastine, and vincristine, than the control cells")
    assert ("taxol", "CPD:paclitaxel") in found
    # BC5CDR PMID2505783 (MeSH heading "Mesna")
    found = mentions_of("Despite its toxic effects, it is, however, susceptible to detoxification with mesna.")
    assert any(text == "mesna" for text, _ in compounds(found))
    # BC2GM P09268652A0116: lower-case "zinc" opens a protein name, not the metal
    found = mentions_of("We describe a novel zinc finger protein, dsRBP-ZFa, isolated by screening.")
    assert not any(text == "zinc" for text, _ in compounds(found))


def test_a_short_compound_name_that_is_an_english_word_or_a_gene_symbol_keeps_its_case():
    assert compound_name_case_rule("Taxol", "compound", SYMBOL_SHORT) == ANY_CASE
    assert compound_name_case_rule("Gold", "compound", SYMBOL_SHORT) == SYMBOL_SHORT  # "gold standard"
    assert compound_name_case_rule("Sand", "compound", SYMBOL_SHORT) == SYMBOL_SHORT
    assert compound_name_case_rule("Akt", "gene", SYMBOL_SHORT) == SYMBOL_SHORT
    assert compound_name_case_rule("TAXOL", "compound", SYMBOL_SHORT) == SYMBOL_SHORT


def test_ordinary_words_among_compound_names_stay_words(mentions_of):
    # constructed from the word list's own readings
    found = mentions_of("The gold standard test was repeated on sand and metal surfaces.")
    assert compounds(found) == []


# --- a compound's short name defined in the parentheses after it ---------------------------------

def _compound(text, name, eid):
    start = text.index(name)
    return Mention(start, start + len(name), eid, "COMPOUND", "dictionary", name)


def test_a_short_name_followed_by_its_dose_in_the_parentheses_is_defined():
    # BioRED PMID15075188
    text = ("One group of rats was treated with puromycin aminonucleoside (PAN; 180 mg/kg iv), whereas the "
            "control group received only vehicle. After 7 days, PAN treatment induced significant proteinuria")
    drug = _compound(text, "puromycin aminonucleoside", "MESH:D011692")
    assert code_definitions(text, [drug]) == {"PAN": "MESH:D011692"}
    # BioRED PMID17194457
    text = "beginning on postnatal day 26 with parachlorophenylalanine (PCPA 100 mg/kg, every other day)"
    drug = _compound(text, "parachlorophenylalanine", "MESH:D010134")
    assert abbreviation_after(text, drug) == "PCPA"


def test_a_short_name_that_is_no_initials_of_the_name_is_defined(mentions_of):
    # BioRED PMID20528871: nelarabine = Ara-G (arabinosylguanine), no letter match
    text = ("A combination of 5 d of nelarabine (AraG) with 5 d of etoposide (VP) and cyclophosphamide (CPM) "
            "and prophylactic intrathecal chemotherapy. The toxicities attributable to the AraG included")
    drug = _compound(text, "nelarabine", "CHEBI:63612")
    assert code_definitions(text, [drug]) == {"AraG": "CHEBI:63612"}


def test_quantities_numbered_names_regimens_and_counter_ions_define_nothing():
    text = "Cisplatin (IC50: 5 uM) was used."  # constructed: an assay quantity
    assert abbreviation_after(text, _compound(text, "Cisplatin", "MESH:D002945")) is None
    # BC5CDR PMID9284778: the number is part of the name, no dose
    text = "exposure to a mixture of 1,1-dichloro-2,2,2-trifluoroethane (HCFC 123) and"
    assert abbreviation_after(text, _compound(text, "trifluoroethane", "X")) is None
    # BC5CDR: "[MTX + 5-FU + CY (CMF)]" abbreviates the regimen
    text = "combination chemotherapy [MTX + 5-FU + CY (CMF)] was evaluated"
    assert abbreviation_after(text, _compound(text, "CY", "MESH:D003520")) is None
    # validation_en PMID23426077: the abbreviation is the whole tetrazolium salt
    text = "using a 3-(4,5-dimethyl-2-thiazolyl)-2,5-diphenyltetrazolium bromide (MTT) assay"
    assert abbreviation_after(text, _compound(text, "bromide", "MESH:D001965")) is None


# --- drug classes named by one plural noun (MeSH pharmacological actions, D27) --------------------

def test_a_pharmacological_class_keeps_its_one_word_and_qualified_class_names_only():
    from pipeline.dictionaries.build_chemicals import drug_class_names

    names = ["Hydroxymethylglutaryl-CoA Reductase Inhibitors", "Statins", "HMG-CoA Reductase Inhibitors"]
    assert drug_class_names("D27.505.519.389.370", names) == ["Statins"]
    nouns = frozenset(["contraceptives", "statins"])
    assert drug_class_names("D27.505.696.875.360.276", ["Contraceptives, Oral", "Oral Contraceptives"],
                            nouns) == ["Oral Contraceptives"]
    # a role any substance plays is no drug class; a descriptor also filed under a structure stays out
    assert drug_class_names("D27.720.470", ["Ligands"]) == []
    assert drug_class_names("D02.241.223|D27.505.954", ["Diuretics"]) == []


def test_drug_classes_are_compounds_in_running_text(mentions_of):
    # BC5CDR train PMID17241784
    found = compounds(mentions_of("Statins can cause a necrotizing myopathy and hyperCKaemia which is "
                                  "reversible on cessation of the drug."))
    assert any(text == "Statins" for text, _ in found)
    found = compounds(mentions_of(ORAL_CONTRACEPTIVES))
    assert any(text == "oral contraceptives" for text, _ in found)


# BC5CDR train PMID11752354
ORAL_CONTRACEPTIVES = ("BACKGROUND: An association between the use of oral contraceptives and the risk of "
                       "myocardial infarction has been found in some, but not all, studies.")


def test_a_compound_named_by_a_protein_head_defines_no_short_name():
    # BioRED PMID9647766: IP is the iron-sulfur protein fraction of complex I (a gene there)
    text = "can be fragmented in a flavoprotein (FP), iron-sulfur protein (IP), and hydrophobic protein (HP)"
    assert abbreviation_after(text, _compound(text, "iron-sulfur protein", "CHEBI:35135")) is None

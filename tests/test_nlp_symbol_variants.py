"""Written variants of gene names the dictionary holds in another spelling (pipeline/nlp/
symbol_variants.py): a member designator glued to a family's or gene's common name ("Hsp90beta",
"PKCzeta", "frizzled3", "OCT4A", "p73beta") and "X type N" / "type N X" for the dictionary's "X N".
Sentences from validation, BC2GM train and BioRED train (sources beside each)."""

import pytest
from conftest import annotate_sentence

from pipeline.nlp.symbol_variants import designated_tokens, type_number_forms


@pytest.mark.parametrize("text, surface, gene", [
    # validation PMID27248656 (gold HSP90AB1): the dictionary has Hsp90β only as 热休克蛋白90β
    ("Hsp90beta is involved in the development of high salt-diet-induced nephropathy via interaction "
     "with various signalling proteins.", "Hsp90beta", "HGNC:5258"),
    # BC2GM P10657899A0685: PKC + zeta = "protein kinase C zeta" (PRKCZ)
    ("Pretreatment of cells or mouse skin with antisense oligonucleotides of PKCzeta impaired UV-induced "
     "activation of AP-1 in JB6 cells as well as in AP-1-luciferase transgenic mice.", "PKCzeta", "HGNC:9412"),
    # validation ChinaXiv-201712.01000V1 reference title (gold WNT3A/DKK1 -> FZD3): frizzled = FZD, + 3
    ("Wnt-3a and dickkopf-1 stimulate neurite outgrowth in ewing tumor cells via a frizzled3- and c-Jun "
     "n-terminal kinase-dependent mechanism", "frizzled3", "HGNC:4041"),
    # isoforms: no other name takes the designator, so the gene itself is named
    # validation PMID26102294 (gold POU5F1): OCT4A is an isoform of OCT4's product
    ("PA-1 cells treated with ETO display highly heterogeneous increases in OCT4A and p21Cip1 indicative "
     "of dis-adaptation catastrophe.", "OCT4A", "HGNC:9221"),
    # BC2GM P10777217A0536: p73beta, an isoform of p73 (TP73)
    ("The p53-homolog p73beta also activated the PIG3 promoter, but in contrast to p53, the proline-rich "
     "domain of p73beta (residues 81-113) was dispensable to induce the PIG3 promoter.", "p73beta", "HGNC:12003"),
])
def test_a_member_designator_moves_to_another_name_of_the_stem_or_names_an_isoform(annotator, text, surface, gene):
    assert (surface, gene) in annotate_sentence(annotator, text)


def test_a_family_stem_with_an_isoform_capital_is_not_read():
    # "POU5F1" + "B" would be the pseudogene POU5F1B: a capital is never moved to another name
    assert [d.kind for d in designated_tokens("OCT4B")] == ["letter"]


def test_a_spaced_greek_letter_opening_the_next_word_is_no_designator():
    # "p53 β-catenin": β belongs to catenin
    assert not [d for d in designated_tokens("p53 β-catenin") if d.kind == "greek"]


@pytest.mark.parametrize("text, surface, gene", [
    # validation PMID16322797 (gold Niacin -> PTGS1)
    ("In addition, flushing in response to nicotinic acid was also abrogated in the absence of cyclooxygenase "
     "type 1, and mice lacking prostaglandin D(2) (PGD(2)) receptors had reduced flushing responses.",
     "cyclooxygenase type 1", "HGNC:9604"),
    # BioRED train 19463742
    ("The melanocortin receptor type 4 (MC4R) modulates insulin signaling via effects on c-Jun N-terminal "
     "kinase (JNK).", "melanocortin receptor type 4", "HGNC:6932"),
    # validation ChinaXiv-201711.00864V1 abstract (gold SCARB1): HGNC writes "class B member 1"
    ("which were ATP-binding cassete transporter A1 (ABCA1) and scavenger receptor class B type I(SR-B I)",
     "scavenger receptor class B type I", "HGNC:1664"),
])
def test_x_type_n_is_the_dictionarys_x_n(annotator, text, surface, gene):
    assert (surface, gene) in annotate_sentence(annotator, text)


def test_type_n_before_a_receptor_name_puts_the_number_before_receptor():
    assert "insulin-like growth factor 1 receptor" in type_number_forms("insulin-like growth factor receptor", "1", True)


@pytest.mark.parametrize("text", [
    "Patients with type 2 diabetes and type I interferon signatures were enrolled.",
    "dyslipidemia and type 2 diabetes in women",
])
def test_type_n_after_a_function_word_or_before_a_disease_names_no_gene(annotator, text):
    assert not [s for s, _ in annotate_sentence(annotator, text) if "type" in s and s != "type I interferon"]


@pytest.mark.parametrize("text, surface", [
    # validation ChinaXiv-201712.01000V1 reference title (gold WNT3A/DKK1 -> JNK)
    ("Wnt-3a and dickkopf-1 stimulate neurite outgrowth in ewing tumor cells via a frizzled3- and c-Jun "
     "n-terminal kinase-dependent mechanism", "c-Jun n-terminal kinase"),
    # validation ChinaXiv-201711.00762V1 English abstract
    ("extracellular signal regulated kinase (ERK) inhibitor (PD98059) and c-Jun n-terminal kinase (JNK) "
     "inhibitor (anisomycin) as well as EGF were used", "c-Jun n-terminal kinase"),
])
def test_a_lower_case_terminus_locant_still_names_jnk(annotator, text, surface):
    assert (surface, "FPLX:JNK") in annotate_sentence(annotator, text)


def test_recasing_keeps_length_and_touches_only_locants_and_oncogene_prefixes():
    from pipeline.nlp.symbol_variants import recased

    assert recased("c-jun n-terminal kinase") == "c-Jun N-terminal kinase"
    assert recased("the n-terminal domain") == "the N-terminal domain"
    assert recased("c-jun and c-fos") == "c-jun and c-fos"  # no terminus word: the matcher reads these


@pytest.mark.parametrize("text, surface, gene", [
    # validation ChinaXiv-201711.00361V1 English abstract
    ("Silent mating type information regulation 2 homolog 1 (Sirt1), forkhead transcription factor 1 (FoxOl) "
     "and forkhead transcription factor 4 were measured.", "FoxOl", "HGNC:3819"),
    # development sample ChinaXiv-201711.00904V1 English abstract ("sirtuin type 1" is read as SIRT1 too)
    ("the effect of plant extracts resveratrol (RES) on the bovine adipocytes apoptosis ratio and key factors "
     "mRNA and protein expression in sirtuin type 1 (SIRTl)/adenosine monophosphate activated protein kinase "
     "(AMPK) signaling pathway", "SIRTl", "HGNC:14929"),
])
def test_a_final_lower_case_l_after_a_symbol_is_the_digit_one(annotator, text, surface, gene):
    assert (surface, gene) in annotate_sentence(annotator, text)


def test_a_formulas_chloride_is_no_look_alike():
    from pipeline.nlp.ocr_symbols import repairs

    assert repairs("LiCl") == [] and repairs("NaCl") == [] and repairs("Tl") == []
    assert repairs("ULKl") == ["ULK1"]


@pytest.mark.parametrize("text, symbol", [
    # BC2GM P10624787A0432 and P11910344A1119: an abbreviation before or after "type N" is a disease
    # (DM, HRS), and "DM 1"/"HRS 1" would make new symbols of it
    ("and in the case of Type 1 DM, with a higher body mass index (P = 0.0001) and waist-hip ratio", "Type 1 DM"),
    ("This retrospective uncontrolled study shows that in patients with type 1 HRS, terlipressin-induced "
     "improved renal function is associated with an increase in survival.", "type 1 HRS"),
    # BC2GM P10518956A1212
    ("ESS type 1, with FT3 low and FT4 and TSH normal, is the most frequent form.", "ESS type 1"),
])
def test_type_n_next_to_a_symbol_makes_no_new_symbol(annotator, text, symbol):
    assert symbol not in {s for s, _ in annotate_sentence(annotator, text)}


@pytest.mark.parametrize("text, surface, gene", [
    # BC2GM: FamPlex's IL1 family has no English name "interleukin-1"; HGNC's series interleukin N / ILN
    # gives the root IL
    ("such as the osteoclast-activating cytokines interleukin-6 and interleukin-1.", "interleukin-1", "FPLX:IL1"),
    # BioRED train: "interleukin-17/interleukin-23"
    ("altering the cytokine milieu from interleukin-17/interleukin-23 to interferon-g.", "interleukin-17", "HGNC:5981"),
])
def test_a_numbered_name_word_takes_its_number_through_the_symbol_root(annotator, text, surface, gene):
    assert (surface, gene) in annotate_sentence(annotator, text)


def test_name_roots_are_learned_from_the_dictionarys_numbered_series(annotator):
    from pipeline.nlp.symbol_variants import name_roots

    roots = name_roots(annotator.dictionary.entities)
    assert roots["interleukin"] == "IL" and roots["caspase"] == "CASP" and roots["sirtuin"] == "SIRT"


def test_a_splice_variant_number_after_a_symbol_names_the_gene(annotator):
    # BioRED train 27779699 (gold FLNB on both)
    found = annotate_sentence(annotator, "The only difference between FLNBv2 and FLNBv4 is that FLNBv4 does not "
                                         "contain hinge 1 region.")
    assert ("FLNBv2", "HGNC:3755") in found and ("FLNBv4", "HGNC:3755") in found

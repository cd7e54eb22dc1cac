"""Stop 41 (s41-abbrev): a paper's "long form (SHORT)" must not erase the short form's own gene sense when
the long form is only that gene's name spelled another way (nlp/long_form_sense.py, used by
nlp/abbreviations._resolve); true redefinitions still drop it."""

import pytest

from pipeline.nlp.long_form_sense import fits_gene, fold, member_of_named_family, names_other_thing, same_name

# validation40_zh ChinaXiv-201712.01090V1 (quoted in the stop-40 error analysis): the PDF lost the spaces
STING = "干扰素基因刺激因子（stimulatorofinterferongenes，STING）是一种内质网蛋白。STING与TBK1结合。"
# sample ChinaXiv-201711.01551V1 (English abstract)
ATG13 = ("it can make autophagy factor autophagy-related gene 13 (Atg13) phosphorylation to inhibit autophagy "
         "starting. Atg13 is dephosphorylated under starvation.")
# BioRED train PMID16167916
TAFI = ("BACKGROUND: Markers of fibrinolysis, thrombin-activatable fibrinolysis inhibitor (TAFI), tissue-type "
        "plasminogen activator (tPA), and plasminogen activator inhibitor-1 (PAI-1) levels were studied. "
        "Plasma TAFI, tPA, and PAI-1 antigen levels were measured at baseline.")
# BioRED train PMID16160878
UII = ("Urotensin-II (U-II) receptors are widely distributed in the central nervous system. Intracerebroventricular "
       "(i.c.v.) injection of U-II causes hypertension and bradycardia.")
# BioRED train PMID17006606: the words come from two of FAS's names ("Fas cell surface death receptor", "Apo-1 antigen")
FAS = ("signal transduction in which is mediated by FS-7 cell-associated cell surface antigen (FAS) signaling. "
       "FAS polymorphisms were genotyped.")
# sample ChinaXiv-201801.00669V1: 钙黏蛋白 (cadherin) is matched as the family; E-cadherin is CDH1
E_CADHERIN = ("肾小管上皮细胞EMT是指肾小管上皮细胞在多种致病因素的作用下失去黏附性，并丢失标志性蛋白，如上皮型钙黏蛋白"
              "(E-cadherin)，而表达间充质细胞的标志性蛋白。E-cadherin表达下降。")
# sample ChinaXiv-201812.00846V1 (English abstract of a Chinese paper)
INOS = ("The contents of TNF-α,IL-6,IL-1β,IL-10,and nitric oxide synthase（iNOS）of cells were tested. "
        "iNOS mRNA expression was decreased.")
# BioRED train PMID16005363, PMID19101703: diseases named by their short forms
WOLFRAM = ("Wolfram syndrome (WFS) is an autosomal recessive disorder characterized by early onset diabetes mellitus. "
           "WFS1 encoding a transmembrane protein was identified as the gene responsible for WFS.")
OPMD = ("BACKGROUND: Oculopharyngeal muscular dystrophy (OPMD) is a late onset autosomal dominant muscle disorder. "
        "OPMD is caused by a short trinucleotide repeat expansion.")

# BioRED train PMID12442272: ALS is an alias of IGFALS
ALS = ("More than 100 different heterozygous mutations in copper/zinc superoxide dismutase (SOD1) have been found in "
       "patients with amyotrophic lateral sclerosis (ALS), a fatal neurodegenerative disease. ALS patients were studied.")


def _uses(annotator, text, short):
    adoc = annotator.annotate("t", text)
    return [m.entity_id for s in adoc.sentences for m in s.mentions if m.text == short]


@pytest.mark.parametrize("text, short, gene", [
    (STING, "STING", "HGNC:27962"), (ATG13, "Atg13", "HGNC:29091"), (TAFI, "TAFI", "HGNC:2300"),
    (UII, "U-II", "HGNC:12636"), (E_CADHERIN, "E-cadherin", "HGNC:1748"), (INOS, "iNOS", "HGNC:7873"),
    (FAS, "FAS", "HGNC:11920")])
def test_long_form_spelled_another_way_keeps_the_gene(annotator, text, short, gene):
    uses = _uses(annotator, text, short)  # "Urotensin-II (U-II) receptors": the first is the receptor's name
    assert uses and set(uses) == {gene}, uses


@pytest.mark.parametrize("text, short", [(WOLFRAM, "WFS"), (OPMD, "OPMD"), (ALS, "ALS")])
def test_disease_long_form_still_redefines(annotator, text, short):
    assert "HGNC:" not in " ".join(_uses(annotator, text, short))


def test_fold_ignores_spaces_case_greek_and_roman_numerals():
    assert fold("stimulator of interferon genes") == fold("stimulatorofinterferongenes")
    assert fold("TNF-α") == fold("TNF alpha")
    assert fold("Urotensin-II") == fold("urotensin 2")


def test_same_name_ignores_a_closing_protein_or_gene():
    assert same_name("stimulatorofinterferongenes", ["Stimulator of interferon genes protein"])
    assert not same_name("stimulator of interferon", ["Stimulator of interferon genes protein"])


def test_fits_gene_reads_overlapping_words_but_not_a_disease_head():
    cftr = ["cystic fibrosis transmembrane conductance regulator", "CFTR"]
    assert not fits_gene("cystic fibrosis", cftr)
    assert fits_gene("thrombin-activatable fibrinolysis inhibitor", ["Thrombin-activable fibrinolysis inhibitor"])
    assert not fits_gene("odds ratio", ["olfactory receptor"])


def test_member_of_named_family_walks_up_the_parents():
    parents = {"HGNC:MAPK14": ["FPLX:p38"], "FPLX:p38": ["FPLX:MAPK"]}.get
    assert member_of_named_family("HGNC:MAPK14", "FPLX:MAPK", lambda e: parents(e, []))
    assert not member_of_named_family("FPLX:MAPK", "HGNC:MAPK14", lambda e: parents(e, []))



def test_a_name_number_covers_letters_but_is_no_word():
    # "substrate" is no disease head ("rate" inside it); the name's "1" covers letters, not a word of its own
    assert fits_gene("proline-rich Akt substrate 1", ["AKT1 substrate 1"])
    assert not fits_gene("substrate 1 of kinases", ["AKT1 substrate 1"])


@pytest.mark.parametrize("text, family", [(E_CADHERIN, "FPLX:Cadherin"), (INOS, "FPLX:NOS")])
def test_family_name_before_the_member_names_the_member(annotator, text, family):
    # "上皮型钙黏蛋白(E-cadherin)": 钙黏蛋白 is read as the family; it names CDH1 here, so no family-member pair
    adoc = annotator.annotate("t", text)
    assert family not in {m.entity_id for s in adoc.sentences for m in s.mentions}


def test_head_is_the_word_before_a_preposition():
    # BioRED train PMID16506214 "cancer prostate in Sweden (CAPS)": a disease word, though not at the head
    assert not names_other_thing("X-linked inhibitor of apoptosis")
    assert not names_other_thing("cancer prostate in Sweden")
    assert names_other_thing("cancer prostate in Sweden", anywhere=True)

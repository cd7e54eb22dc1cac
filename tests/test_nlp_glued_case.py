"""Symbols inside runs of words glued by PDF conversion, found by the case change at their edges
(pipeline/nlp/glued.py, case_glued_mentions). Sentences are excerpts of the validation and
new-paper ChinaXiv papers and of the unannotated sample (/work/shared/data/dev/chinaxiv/sample/)."""

import pytest
from conftest import annotate_sentence

from pipeline.nlp.glued import case_end_ok, case_start_ok


@pytest.mark.parametrize("run, a, ok", [
    ("increasedAMPK", 9, True),          # a word of 9 lower-case letters, then the capital
    ("dendriticcellTLR4activation", 13, True),
    ("siRNA", 2, False),                 # si-, sh-, p-: a prefix, not a word
    ("HaCaT", 2, False),                 # a cell line's camel case
    ("TrisNaCl", 6, False),              # an element symbol after one lower-case letter
    ("repCRS2", 3, False),               # BC2GM: a construct's parts, no three-letter word
    ("betaAPP", 4, False),               # BC2GM: the Greek letter names the isoform
    ("CDPDeltaCR1", 8, False),
    ("nonPLC", 3, False),                # validation ChinaXiv-201712.00947V1: the pathway without PLC
])
def test_a_symbol_starts_at_a_capital_after_a_lower_case_word(run, a, ok):
    assert case_start_ok(run, a) is ok


@pytest.mark.parametrize("run, b, ok", [
    ("AMPKand", 4, True),
    ("PLK4mRNA", 4, True),               # mRNA after the symbol
    ("Runx2shortens", 5, True),          # a digit, then a lower-case word
    ("AktandNFkappaB", 3, True),         # glue words up to the next capital
    ("TNFalpha", 3, False),              # the Greek name belongs to the symbol
    ("ATPase", 3, False),                # -ase makes the enzyme's name
    ("AMPKalphaand", 4, False),          # AMPKα, not AMPK and a word
    ("Parkinson", 4, False),             # "in" glue, but "son" is no glue word
    ("P85gag", 3, False),                # BC2GM: a fusion's part, no word of 4+ letters
    ("Stat5adelta749", 5, False),        # BC2GM: Stat5a, the isoform letter stays
    ("CATase", 3, False),
])
def test_a_symbol_ends_where_a_lower_case_word_or_glue_begins(run, b, ok):
    assert case_end_ok(run, b) is ok


@pytest.mark.parametrize("text, surface, entity", [
    # validation ChinaXiv-201711.00361V1, reference title
    ("SIRT1 acts as a nutrient-sensitive growth suppressor and itslossisassociated with increasedAMPK "
     "and telomerase activity", "AMPK", "FPLX:AMPK"),
    ("Cathelicidin antimicrobial peptides block dendriticcellTLR4activationandallergiccontactsensitization",
     "TLR4", "HGNC:11850"),
    # validation ChinaXiv-201712.00999V1, reference title and body
    ("Proteasome inhibitor MG132 induces selective apoptosis in glioblastoma cells "
     "throughinhibitionofPI3K/AktandNFkappaBpathways, mitochondrial dysfunction", "Akt", "FPLX:AKT"),
    ("Proteasome inhibitor MG132 induces selective apoptosis in glioblastoma cells "
     "throughinhibitionofPI3K/AktandNFkappaBpathways, mitochondrial dysfunction", "NFkappaB", "FPLX:NFkappaB"),
    ("抑制自噬会减少PoLo样蛋白激酶PLK4mRNA的表达", "PLK4", "HGNC:11397"),
    # validation ChinaXiv-201712.00947V1, reference title
    ("Proteasomal degradation of Runx2shortensparathyroidhormone-induced anti-apoptotic signaling in osteoblasts",
     "Runx2", "HGNC:10472"),
    # validation ChinaXiv-202207.00209V1, reference title
    ("Dynamicresistance exercise increases skeletalmuscle-derivedFSTL1inducingcardiac angiogenesisviaDIP2A-Smad2/3 "
     "inrats followingmyocardial infarction", "DIP2A", "HGNC:17217"),
    # sample ChinaXiv-201806.00153V1 and ChinaXiv-201712.00269V1, abstracts
    ("nd theautophagy-related markers includingLC3,p62and Beclin proteins were detected", "LC3", "FPLX:MAP1LC3"),
    ("the concentration of cAMP and levels of phosphorylatedPKA in thecells were assayed", "PKA", "FPLX:PKA"),
])
def test_a_symbol_glued_between_words_is_found(annotator, text, surface, entity):
    assert (surface, entity) in annotate_sentence(annotator, text)


@pytest.mark.parametrize("text, surface", [
    ("the UPR counteracts ROS accumulation by TNFalpha", "TNF"),    # sample ChinaXiv-201712.00938V1
    ("Small GTPases and ATPase activity were measured", "ATP"),
])
def test_a_symbol_with_its_own_lower_case_tail_is_not_cut(annotator, text, surface):
    assert surface not in [t for t, _ in annotate_sentence(annotator, text)]


@pytest.mark.parametrize("text, surface", [
    # validation ChinaXiv-201712.00947V1: the PKC pathway that does not go through PLC
    ("我们前期研究揭示，PTH经nonPLC/PKC通路促进受力区松质骨合成，促进新骨形成", "PLC"),
    # validation ChinaXiv-202207.00046V1, reference: "The Anti-Inflammatory", no THEA (ACOT11)
    ("Yang Y,Zhu X,QinY,etalTheAnti-InflammatoryEfectofGuchangzhixie-PillbyReducingColonic", "TheA"),
    # validation ChinaXiv-201801.00619V1: a PCR machine's brand, no MYC
    ("将反应物混匀后,放入MyCyclerTM普通PCR仪中进行反转录", "MyC"),
    # validation ChinaXiv-201803.00487V1: Alcian blue, no ALCA (CLSTN1)
    ("ALP染色试剂盒购自BD公司;Alcain Blue染色试剂盒、Masson Trichrome 染色", "Alca"),
    # validation ChinaXiv-201712.00947V1: the CCK-8 assay kit, no cholecystokinin
    ("ResultsCCK-8resultsshowed that hPTH(1-34", "CCK"),
    # new paper ChinaXiv-201712.00816V1, a heading: "TA Frizzled-7", no TAF (IGFBP7)
    ("2.5肾衰营养胶囊对大鼠TAFrizzled-7蛋白表达的影响", "TAF"),
    # validation ChinaXiv-202207.00209V1, reference: a spaced name glued, not a symbol
    ("Improving Myocardial EnergyMetabolismandMitochondrial Biogenesis", "EnergyMetabolism"),
])
def test_a_word_glued_to_a_capital_is_not_cut_into_a_symbol(annotator, text, surface):
    assert surface not in [t for t, _ in annotate_sentence(annotator, text)]


@pytest.mark.parametrize("text, expected", [
    # validation ChinaXiv-201712.00999V1: Bcl-xL typed with a lower-case l
    ("而obatoclax与Bcl-2、Bcl-xl、Bcl-w及Mcl-1均有较高的亲和力", {"HGNC:992"}),
    ("ABT-263会抑制Bcl-xl,引起血小板减少", {"HGNC:992"}),
    # the same paper: Aurora A/B/C, spaced, glued, and in a LaTeX fragment; each letter a kinase
    ("phospho-AuroraA/B/C蛋白表达的增加也与单用obatoclax相比有统计学差异", {"HGNC:11393", "HGNC:11390", "HGNC:11391"}),
    ("The combined treatment of the cels also resulted in significantly increased expression of phospho-Aurora "
     "$\\scriptstyle \\mathrm { A / B / C }$ compared with obatoclax treatment alone.",
     {"HGNC:11393", "HGNC:11390", "HGNC:11391"}),
])
def test_a_kinase_written_as_papers_write_it_is_found(annotator, text, expected):
    assert expected <= {e for _, e in annotate_sentence(annotator, text)}


def test_one_protein_under_two_names_in_a_chain_is_one_axis_member(annotator):
    # validation ChinaXiv-201712.00999V1 (gold AXIS:FPLX:p38/HGNC:1784): p21waf1/Cip1 is CDKN1A once
    text = "obatoclax除了抑制Bcl-2家族蛋白,会通过 $\\mathrm { p 3 8 / p 2 1 ^ { \\mathrm { w a f 1 / C i p 1 } } }$ 信号诱导"
    axes = [e for _, e in annotate_sentence(annotator, text) if e.startswith("AXIS:")]
    assert axes == ["AXIS:FPLX:p38/HGNC:1784"]


@pytest.mark.parametrize("text", [
    # validation ChinaXiv-201711.00361V1, reference title (gold AXIS:FPLX:GPCR/FPLX:ERK)
    "induces the expression of human $\\beta$ defensin 2 through the activation of the G-protein coupled "
    "receptor-ERKpathway in the intestinal epithelia",
    # validation ChinaXiv-201712.00947V1, reference title
    "Apoptosis mediated by activation of the G protein-coupled receptor forparathyroid hormone(PTH)",
])
def test_the_english_name_of_the_gpcr_family_is_read_in_any_hyphenation(annotator, text):
    assert "FPLX:GPCR" in {e for _, e in annotate_sentence(annotator, text)}


@pytest.mark.parametrize("text, surface, entity", [
    # validation ChinaXiv-202207.00046V1, reference titles
    ("Ameliorativeeffectofchlorpromazine hydrochlorideonvisceralhypersensitivityin rats", "chlorpromazine",
     "MESH:D002746"),
    ("syndrome with diarrhoea predictresponsivenesstoondansetron", "ondansetron", "MESH:D017294"),
    # validation ChinaXiv-201712.00999V1, English abstract
    ("was used todetermine the cytotoxicityofobatoclax andMG-132in CaES-17 cells", "obatoclax", "MESH:C520962"),
])
def test_a_lower_case_name_glued_after_a_preposition_is_found(annotator, text, surface, entity):
    assert (surface, entity) in annotate_sentence(annotator, text)


def test_a_preposition_inside_a_word_cuts_nothing(annotator):
    # sample ChinaXiv-201711.01551V1: "au|to|phagosome" is no phagosome pathway
    assert annotate_sentence(annotator, "the autophagosome and autolysosome formation") == []


def test_a_systematic_chemical_name_is_not_cut_at_a_preposition(annotator):
    # validation_en PMID11238807: "mercap|to|cysteine" is no cysteine
    text = "organosulfur compounds, such as S-allylcysteine and S-allylmercaptocysteine."
    found = annotate_sentence(annotator, text)
    assert [t for t, e in found if e == "CPD:cysteine"] == []


def test_a_hyphenated_name_glued_to_mrna_keeps_its_head(annotator, gene_id):
    """The head of a hyphenated name before the glued run: "不影响 4E-BP2mRNA的表达量" (ChinaXiv-201711.00393V1,
    validation47_zh gold: arginine–EIF4EBP2) and "ABCA1、SR-BImRNA表达量" (ChinaXiv-201711.00864V1) name
    EIF4EBP2 and SCARB1; "4E-BP1mRNA" read "BP1" (another gene) before. A head that names a gene of its own
    joins two names ("PI3K-Aktsignaling")."""
    found = annotate_sentence(annotator, "饲料中添加0.54%精氨酸显著降低了肝脏和肌肉中TOR和S6K1的mRNA表达量，但不影响 4E-BP2mRNA的表达量。")
    assert ("4E-BP2", gene_id("EIF4EBP2")) in found
    found = annotate_sentence(annotator, "采用Real-time PCR法测定大鼠肝脏、BRL细胞和ANA-1细胞中ABCA1、SR-BImRNA表达量。")
    assert ("SR-BI", gene_id("SCARB1")) in found
    found = annotate_sentence(annotator, "Beclin1mRNA和BaxmRNA降低，4E-BP1mRNA也不变。")
    assert ("4E-BP1", gene_id("EIF4EBP1")) in found and not [t for t, _ in found if t == "BP1"]
    # the sample's ChinaXiv-202207.00046V1 reference: the receptor's name goes on past "5-HT3" (not HTR3A alone)
    found = annotate_sentence(annotator, "Abnormaitiesof mucosal serotonin metabolism and 5-HT3receptorsubunit 3C in IBS.")
    assert not [t for t, _ in found if t == "5-HT3"]

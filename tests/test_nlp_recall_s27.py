"""Entities the validation gold needs and the annotator missed (issue 14, stop 27 recall).

Each sentence is an excerpt of a validation abstract, kept in tests/data/recall_sentences_s27.tsv
with its source.
"""

from nlp_helpers import sentences_tsv, typed_pairs

from pipeline.nlp.integrin_subunits import subunit_mentions
from pipeline.relations.model_anaphora import model_anaphor, model_genes
from pipeline.nlp.drug_codes import code_definitions
from pipeline.nlp.initial_symbols import initial_mentions, paper_symbols
from pipeline.nlp.matcher import Mention
from pipeline.nlp.plain_words import is_plain_word_pathway
from pipeline.nlp.synonym_lists import relink, synonym_links

SENTENCES = sentences_tsv("recall_sentences_s27.tsv")


def mentions(annotator, key):
    adoc = annotator.annotate("t", SENTENCES[key])
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions]


def test_a_slash_list_of_one_genes_names_relinks_the_ambiguous_name_in_the_whole_paper(annotator):
    # Rbx2 and Roc2 are RNF7: "Sag" in the list (and in "Sag inactivation") is RNF7's alias, not
    # the S-antigen SAG the dictionary gives the symbol
    found = mentions(annotator, "sag_synonym_list")
    assert [e for t, e in found if t == "Sag"] == ["HGNC:10070"] * 4
    pairs = typed_pairs(annotator, SENTENCES["sag_synonym_list"])
    assert ("HGNC:10070", "HGNC:1787") in pairs  # RNF7 - p16 (CDKN2A)


def test_a_title_case_symbol_at_a_sentence_start_is_the_gene_the_paper_writes_inside_sentences(annotator):
    # "Sag inactivation by genetic deletion …": the sentence start the matcher leaves as a word
    adoc = annotator.annotate("t", SENTENCES["sag_synonym_list"])
    last = adoc.sentences[-1]
    assert ("Sag", "HGNC:10070") in [(m.text, m.entity_id) for m in last.mentions]


def test_a_sentence_start_word_the_paper_never_writes_as_a_gene_stays_a_word():
    text = "Sag is a verb. The paper is about SAG."
    ms = [Mention(34, 37, "HGNC:10521", "GENE", "dictionary", "SAG")]
    assert initial_mentions(text, ms, paper_symbols({0: text}, {0: ms})) == ms


def test_a_slash_list_of_different_genes_relinks_nothing():
    text = "PI3K/Akt/mTOR"
    ms = [Mention(0, 4, "FPLX:PI3K", "GENE", "dictionary", "PI3K"),
          Mention(5, 8, "FPLX:AKT", "GENE", "dictionary", "Akt"),
          Mention(9, 13, "HGNC:3942", "GENE", "dictionary", "mTOR")]
    assert synonym_links(text, ms) == {}
    assert relink(ms, {}) == ms


def test_a_repeated_name_is_no_synonym_list():
    text = "Akt/Akt/SAG"
    ms = [Mention(0, 3, "HGNC:391", "GENE", "dictionary", "Akt"),
          Mention(4, 7, "HGNC:391", "GENE", "dictionary", "Akt"),
          Mention(8, 11, "HGNC:10521", "GENE", "dictionary", "SAG")]
    assert synonym_links(text, ms) == {}


def test_bare_senescence_is_the_cellular_senescence_process(annotator):
    found = mentions(annotator, "sag_synonym_list")
    assert ("senescence", "hsa04218") in found
    text = "inducing senescence"
    m = Mention(9, 19, "hsa04218", "PATHWAY", "dictionary", "senescence")
    assert not is_plain_word_pathway(text, m)


def test_alpha_sma_is_smooth_muscle_actin_not_the_sma_gene(annotator):
    found = mentions(annotator, "alpha_sma")
    assert any(e == "HGNC:130" and "SMA" in t for t, e in found)
    assert not any(e == "HGNC:11117" for t, e in found)


def test_c_type_natriuretic_peptide_is_nppc(annotator):
    assert ("C-type natriuretic peptide", "HGNC:7941") in mentions(annotator, "cnp")


def test_p34cdc2_is_cdk1(annotator):
    assert ("p34cdc2", "HGNC:1722") in mentions(annotator, "p34cdc2")
    assert ("CPD:silibinin", "HGNC:1722") in typed_pairs(annotator, SENTENCES["p34cdc2"])


def test_cranberry_juice_is_the_cranberry_herb(annotator):
    found = mentions(annotator, "cranberry")
    assert any(e == "HERB003893" and "cranberry" in t for t, e in found)


def test_the_bare_reagent_code_mk801_is_dizocilpine(annotator):
    assert ("MK801", "CHEBI:34725") in mentions(annotator, "mk801")


def test_a_subunit_first_integrin_name_is_the_subunit_gene(annotator):
    found = mentions(annotator, "integrin_subunit")
    # ITGA5, not the integrin family; "alpha(5)" is written "alpha5" in the normalised text (text/subscripts.py)
    assert ("alpha5-integrin subunit", "HGNC:6141") in found


def test_greek_letter_integrin_forms_name_their_subunit_and_a_heterodimer_stays_a_complex():
    genes = {"integrin beta1": "HGNC:6153", "integrin alphaV": "HGNC:6150"}
    for text, gene in [("β1 integrin", "HGNC:6153"), ("alpha V integrin", "HGNC:6150"), ("beta(1)-integrin", "HGNC:6153")]:
        found = subunit_mentions(text, [], genes.get)
        assert [(m.text, m.entity_id) for m in found] == [(text, gene)]
    assert subunit_mentions("αvβ3 integrin", [], genes.get) == []
    assert subunit_mentions("α5β1 integrin", [], genes.get) == []


def test_standard_chinese_names_of_a_bacterial_ligand_and_a_drug_class(annotator):
    assert ("脂磷壁酸", "MESH:C009900") in mentions(annotator, "zh_compound_names")  # lipoteichoic acid
    assert ("氨基糖甙类抗生素", "MESH:D000617") in mentions(annotator, "zh_drug_class")  # aminoglycosides


def test_a_development_code_defined_beside_the_drug_is_the_drug_in_the_paper(annotator):
    found = mentions(annotator, "drug_code")
    assert [e for t, e in found if t == "Am80"] == ["MESH:C061133", "MESH:C061133"]  # tamibarotene
    assert ("MESH:C061133", "FPLX:VEGFR") in typed_pairs(annotator, SENTENCES["drug_code"])


def test_a_code_after_the_drug_in_parentheses_is_defined_and_a_code_that_is_a_mention_is_not():
    text = "Dasatinib (BMS-354825) is a SRC/ABL inhibitor."
    drug = Mention(0, 9, "CHEBI:49375", "COMPOUND", "dictionary", "Dasatinib")
    assert code_definitions(text, [drug]) == {"BMS-354825": "CHEBI:49375"}
    gene = Mention(11, 21, "HGNC:1", "GENE", "dictionary", "BMS-354825")
    assert code_definitions(text, [drug, gene]) == {}


def test_a_pan_or_broad_spectrum_family_inhibitor_keeps_the_family(annotator):
    # caspase-8 is the paper's only caspase, but "pan caspase inhibitor" means every caspase
    found = mentions(annotator, "pan_caspase")
    assert ("caspase", "FPLX:Caspase") in found
    assert ("MESH:C096713", "FPLX:Caspase") in typed_pairs(annotator, SENTENCES["pan_caspase"])


def test_a_family_named_with_its_enzyme_class_is_the_family_not_the_class(annotator):
    found = mentions(annotator, "caspase_protease")
    assert ("caspase protease", "FPLX:Caspase") in found  # not FPLX:Protease


def test_the_v_atpase_a3_subunit_is_tcirg1(annotator):
    found = mentions(annotator, "v_atpase_a3")
    assert ("V-ATPase a3 subunit", "HGNC:11647") in found


def test_the_transgenic_tissue_is_an_anaphor_of_the_models_gene(annotator):
    # MMP-1 is expressed by the model; "in the transgenic cartilage" two sentences later states
    # what it did to fibronectin and the alpha5 integrin subunit
    pairs = typed_pairs(annotator, SENTENCES["transgenic_model"])
    assert ("HGNC:7155", "HGNC:3778") in pairs  # MMP1 - FN1 (the label is the typer's: s27-labels)
    assert ("HGNC:7155", "HGNC:6141") in pairs  # MMP1 - ITGA5


def test_a_knockout_model_gene_is_lost_and_a_sentence_naming_the_gene_gets_no_anaphor():
    text = "Sag-deficient mice were generated."
    gene = Mention(0, 3, "HGNC:10070", "GENE", "dictionary", "Sag")
    assert model_genes(text, [gene]) == (set(), {"HGNC:10070"})
    later = "The knockout mice accumulated p16."
    p16 = Mention(30, 33, "HGNC:1787", "GENE", "dictionary", "p16")
    assert model_anaphor(later, [p16], None, "HGNC:10070") == (4, 12, "HGNC:10070", "cross-sentence-loss")
    assert model_anaphor(later, [p16, Mention(0, 3, "HGNC:10070", "GENE", "dictionary", "The")], None,
                         "HGNC:10070") is None


def test_interleukin_1_receptor_short_forms(annotator):
    found = mentions(annotator, "il1_receptors")
    assert ("IL-1RI", "HGNC:5993") in found  # IL1R1
    assert ("IL-1ra", "HGNC:6000") in found  # IL1RN


def test_the_gc_receptor_beside_dexamethasone_is_the_glucocorticoid_receptor(annotator):
    assert ("GC receptor", "HGNC:7978") in mentions(annotator, "gc_receptor")  # NR3C1, not GC


def test_tgf_beta_receptor_abbreviations_are_the_receptor_genes_not_bmp_receptor_families(annotator):
    found = mentions(annotator, "tgfb_receptors")
    assert ("TGF-βRI", "HGNC:11772") in found  # TGFBR1
    assert ("TGF-βRII", "HGNC:11773") in found  # TGFBR2
    assert ("TGF-βRIII", "HGNC:11774") in found  # TGFBR3
    assert not any(e.startswith("FPLX:BMP_receptor") for t, e in found)

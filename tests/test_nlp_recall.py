"""Entities the new-paper gold needs and the annotator missed (issue 14, recall side).

Each sentence is a short excerpt of a development paper, kept in tests/data/recall_sentences.tsv
with its source.
"""

import csv

import pytest
from conftest import REPO

from nlp_helpers import typed_pairs

SENTENCES = {
    row["key"]: row["text"]
    for row in csv.DictReader((REPO / "tests" / "data" / "recall_sentences.tsv").open(encoding="utf-8"),
                              delimiter="\t")
}


def mentions(annotator, key):
    adoc = annotator.annotate("t", SENTENCES[key])
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions]


@pytest.mark.parametrize("key, short, herb", [
    ("extract_authority", "MB", "HERB000569"),   # the extract of Morus bombycis Koidzumi (MB)
    ("extract_of_short", "MAC", "HERB004186"),   # the methanol extract of AC (MAC)
    ("extract_reversed", "XAP", "HERB005526"),   # XAP (an extract of Marsdenia tenacissima)
])
def test_the_code_of_a_herb_extract_names_the_herb(annotator, key, short, herb):
    found = mentions(annotator, key)
    assert [e for t, e in found if t == short].count(herb) >= 2  # the definition and a later use


def test_the_later_finding_of_an_extract_code_has_its_herb_as_agent(annotator):
    pairs = typed_pairs(annotator, SENTENCES["extract_reversed"])
    assert ("HERB005526", "HGNC:1606") in pairs  # CCR5 decreased by XAP


def test_a_group_code_names_the_groups_treatment(annotator):
    # 巴弗洛霉素A1组(BAF组): BAF组 is the bafilomycin A1 group, not BANF1 (BAF)
    found = mentions(annotator, "group_code_zh")
    assert [e for t, e in found if t == "BAF"] == ["CPD:bafilomycin-a1"] * 2
    assert ("CPD:bafilomycin-a1", "HGNC:1034") in typed_pairs(annotator, SENTENCES["group_code_zh"])


def test_a_greek_isoform_prefix_keeps_the_gene(annotator):
    assert ("ΔFosB", "HGNC:3797") in mentions(annotator, "isoform_delta")


@pytest.mark.parametrize("key, text, entity", [
    ("glued_resistance", "cetuximab", "MESH:D000068818"),  # cetuximabresistance
    ("glued_signaling", "Akt", "FPLX:AKT"),                # Wnt7a/Aktsignaling pathway
    ("glued_of", "ofp38MAPK"[2:], "FPLX:p38"),             # activation ofp38MAPK
])
def test_a_name_glued_to_a_word_by_pdf_conversion_is_found(annotator, key, text, entity):
    assert (text, entity) in mentions(annotator, key)


def test_a_glued_axis_is_composed_with_its_members(annotator):
    adoc = annotator.annotate("t", SENTENCES["glued_signaling"])
    axes = [m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]
    assert "AXIS:HGNC:12786/FPLX:AKT" in axes


def test_ordinary_words_ending_in_a_glue_word_stay_words(annotator):
    # made-up control: "protein", "margin", "uninduced", "the" + word: no entity cut out of them
    found = annotator.annotate("t", "The protein margin of uninduced cells thereby stayed within range.")
    assert not [m for item in found.sentences for m in item.mentions]


def test_a_number_after_a_parenthesised_short_form_names_the_member(annotator):
    found = mentions(annotator, "numbered_abbreviation")
    assert ("interleukin (IL)-1b", "HGNC:5992") in found
    assert ("matrix metalloproteinase (MMP)-1", "HGNC:7155") in found
    assert ("monocyte chemoattractant protein (MCP)-1", "HGNC:10618") in found
    assert not any(t in ("IL", "MMP", "MCP") for t, _ in found)


def pathways(annotator, key):
    adoc = annotator.annotate("t", SENTENCES[key])
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]


def test_a_plural_pathway_head_is_shared_by_the_listed_names(annotator):
    found = pathways(annotator, "pathways_list_en")
    assert ("ERK", "AXIS:FPLX:ERK") in found  # ERK and JNK signaling pathways
    assert not any(t == "Akt" for t, _ in found)  # PI3K/Akt is an axis of its own


def test_a_listed_pathway_the_dictionary_names_is_linked_to_it(annotator):
    found = pathways(annotator, "pathways_list_named")
    assert ("NF-kB", "hsa04064") in found and ("MAPK", "hsa04010") in found
    assert not any(e == "AXIS:FPLX:MAPK" for _, e in found)
    pairs = typed_pairs(annotator, SENTENCES["pathways_list_named"])
    assert pairs[("HERB004186", "hsa04010")].label == "inhibits"


def test_genes_joined_by_a_hyphen_in_chinese_text_name_an_axis(annotator):
    assert ("Wnt7a-Frizzled", "AXIS:HGNC:12786/FPLX:FZD") in pathways(annotator, "hyphen_axis_zh")


def test_a_phospho_prefix_glued_to_the_word_before_makes_no_axis(annotator):
    assert not [t for t, _ in pathways(annotator, "phospho_glued_zh") if "-" in t]


def test_codes_listed_after_a_plural_class_word_are_compounds(annotator):
    found = mentions(annotator, "code_list_en")
    assert ("ginsenosides Rb2", "CPD:ginsenoside-rb2") in found  # not the gene RPL…/Rb2 symbol
    assert ("Rd", "CPD:ginsenoside-rd") in found
    pairs = typed_pairs(annotator, SENTENCES["code_list_en"])
    assert pairs[("CPD:ginsenoside-rd", "HGNC:6018")].label == "downregulates"


def test_a_code_list_needs_the_whole_name_in_the_dictionary(annotator):
    # made-up control: "compound C" is a compound; "compound AMPK" is no name
    adoc = annotator.annotate("t", "Both compound C and AMPK were studied.")
    found = [(m.text, m.label) for item in adoc.sentences for m in item.mentions]
    assert ("AMPK", "GENE") in found


def test_a_parenthesised_list_of_symbols_defines_no_abbreviation(annotator):
    # （PERK，ATF6,IRE1): IRE1 is ERN1, not a short form of "PERK，ATF6"
    found = mentions(annotator, "symbol_list_paren_zh")
    assert {e for t, e in found if t == "IRE1"} == {"HGNC:3449"}


def test_a_name_before_the_group_suffix_is_kept_when_jieba_glues_the_suffix(annotator):
    # jieba reads 和开同组 as 和 / 开 / 同组; 开同组 is the 开同 (ketosteril) group
    assert ("开同", "MESH:C048995") in mentions(annotator, "group_jieba_zh")


def test_a_group_code_followed_by_the_group_size_is_defined(annotator):
    found = mentions(annotator, "group_code_comma_zh")  # 开同组(KA，n = 10) … KA组
    assert [e for t, e in found if t == "KA"] == ["MESH:C048995"] * 2


def test_a_gene_name_defined_as_its_own_short_form_stays_a_name(annotator):
    # 波形纤维蛋白(vimentin) makes vimentin a "short form"; it must not then be dropped as a stray
    found = mentions(annotator, "defined_name_zh")
    assert [t for t, e in found if e == "HGNC:12692"] == ["vimentin", "vimentin"]


def test_a_capital_r_glued_to_a_numbered_ligand_names_the_receptor(annotator):
    found = mentions(annotator, "receptor_r_zh")
    assert ("5-HT4R", "HGNC:5299") in found and ("5-HT7R", "HGNC:5302") in found


def test_r_after_a_ligand_that_is_no_receptor_name_is_not_the_ligand():
    from pipeline.nlp.glued import receptor_mentions
    # IL6R must never become IL6 (the ligand): gene_of answers only for receptor names
    assert receptor_mentions("IL6R and 5-HT4R", [], {"5-HT4": "HGNC:5299"}.get)[0].text == "5-HT4R"
    assert len(receptor_mentions("IL6R and 5-HT4R", [], {"5-HT4": "HGNC:5299"}.get)) == 1


def test_a_formula_with_inline_subscripts_is_the_compound(annotator):
    assert ("CoCl2", "MESH:C018021") in mentions(annotator, "formula_inline")  # MeSH: CoCl(2)


def test_a_latin_plural_of_a_process_is_the_process(annotator):
    assert ("apoptoses", "hsa04210") in mentions(annotator, "latin_plural")


def test_word_forms_only_become_mentions_through_a_dictionary_name():
    from pipeline.nlp.word_forms import word_form_mentions
    # "analyses" and "CD4" have a plural / formula shape, but name nothing the lookup knows
    assert word_form_mentions("The analyses of CD4 cells.", [], lambda name, label: None) == []


def test_genes_hyphenated_before_complex_name_a_complex_not_an_axis(annotator):
    assert not pathways(annotator, "complex_zh")  # Axin-APC-GSK-3β降解复合体


@pytest.mark.parametrize("key, entity", [
    ("name_delta1_zh", "HGNC:2908"),        # Delta1 = DLL1 (Notch ligand)
    ("name_pik3c3_zh", "HGNC:8974"),        # Ⅲ型磷脂肌醇-3-激酶 = class III PI3K
    ("name_substance_p_zh", "HGNC:11517"),  # P物质 = substance P (TAC1)
    ("name_ddc_zh", "HGNC:2719"),           # 5-羟色氨酸脱羧酶 = DDC
    ("name_acat_zh", "HGNC:11177"),         # 酰基辅酶-A-胆固醇酰基转移酶 = SOAT1
    ("name_hongmao_zh", "HERB002301"),      # 红毛五加(多糖) -> 红毛五加皮
    ("name_huoshan_zh", "HERB005051"),      # 霍山石斛 -> 石斛
    ("name_pkgii", "HGNC:9416"),            # PKGII = PRKG2
    ("name_annexin_lower", "HGNC:537"),     # annexin a2 = ANXA2
    ("name_tumour", "HGNC:11892"),          # tumour necrosis factor-alpha = TNF
    ("name_puerh", "HERB004393"),           # Pu-erh tea = 普洱茶
    ("name_xinfeng", "FML:新风胶囊"),       # Xinfeng capsule
    ("name_crf_zh", "HGNC:2355"),           # 促肾上腺皮质激素释放因子 = CRF (CRH)
    ("name_p70s6k", "HGNC:10436"),          # p70s6k = RPS6KB1
    ("name_xizhuwujia_zh", "HERB005717"),   # 细柱五加 -> 五加皮
])
def test_curated_names_of_the_new_paper_set_are_found(annotator, key, entity):
    """Curated dictionary rows (dictionaries/curated/, issue 14): each name, a standard synonym with
    its source in the row, is found in the development sentence that lacked it."""
    assert entity in [e for _, e in mentions(annotator, key)]

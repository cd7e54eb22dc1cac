"""Stop 25, Chinese papers: rules that generalise beyond the papers they were read on.

Real sentences in tests/data/zh_generalise_sentences.tsv (validation and development ChinaXiv
papers, with their source). Each test names the false-positive class it pins.
"""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv

from pipeline.nlp.disease_maps import written_as_pathway
from pipeline.relations.baseline_groups import is_baseline_group
from pipeline.relations.excluded_elements import is_excluded
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import CHAIN_ELEMENT, DISEASE

SENTENCES = sentences_tsv("zh_generalise_sentences.tsv")


def mentions(annotator, key: str):
    adoc = annotator.annotate("t", SENTENCES[key])
    return [m for item in adoc.sentences for m in item.mentions]


def pair_ids(annotator, key: str) -> set[frozenset]:
    """The unordered entity-id pairs the sentence yields as relation candidates (``sentence_pairs``)."""
    facts = facts_of(annotator.annotate("t", SENTENCES[key]))
    return {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}


# --- a disease named as a disease is not KEGG's map of it (GUIDELINES 1) ----------------------

@pytest.mark.parametrize("key, map_id", [
    ("disease_hcc_title", "hsa05225"),
    ("disease_hcc_with_pathway", "hsa05225"),
])
def test_a_disease_is_found_but_is_no_partner(annotator, key, map_id):
    found = [m for m in mentions(annotator, key) if m.entity_id == map_id]
    assert found and all(m.how == DISEASE for m in found)
    assert not any(map_id in pair for pair in pair_ids(annotator, key))


def test_estrogen_keeps_no_pair_with_the_cancer_it_attenuates(annotator):
    """"Oestrogen attenuates tumour progression in hepatocellular carcinoma": the agent acts on a
    disease, which is no entity; before, this gave estrogens inhibits hsa05225."""
    assert pair_ids(annotator, "disease_hcc_title") == set()


@pytest.mark.parametrize("key, name", [
    ("disease_pathways_in_cancer", "Pathways in Cancer"),
    ("disease_pancreatic_cancer_pathway", "Pancreatic Cancer"),
])
def test_a_disease_map_written_as_a_pathway_is_the_map(key, name):
    text = SENTENCES[key]
    start = text.index(name)
    assert written_as_pathway(text, start, start + len(name))


def test_the_agent_keeps_the_pathway_it_regulates(annotator):
    """The same title's stated relation (estrogen via the AKT axis) stays."""
    assert frozenset(("CPD:estrogens", "AXIS:FPLX:AKT")) in pair_ids(annotator, "disease_hcc_with_pathway")


def test_the_disease_words_alone_are_no_pathway():
    text = SENTENCES["disease_hcc_title"]
    start = text.index("hepatocellular carcinoma")
    assert not written_as_pathway(text, start, len(text))


# --- a compound written as a step of an axis (GUIDELINES 3 and 5.3) -------------------------

def test_camp_of_camp_pka_names_the_pka_axis(annotator):
    """"cAMP/PKA具有抑制…Bad表达及增加…Bcl-2表达": the gold reads AXIS:FPLX:PKA; cAMP is part of its
    name, not an agent of the read-outs (before: cAMP inhibits apoptosis, cAMP–BCL2, cAMP–CCND1)."""
    found = mentions(annotator, "chain_camp_pka")
    assert "AXIS:FPLX:PKA" in {m.entity_id for m in found}
    camp = [m for m in found if m.text == "cAMP"]
    assert camp and all(m.how == CHAIN_ELEMENT for m in camp)
    assert not any("MESH:D000242" in pair for pair in pair_ids(annotator, "chain_camp_pka"))


def test_camp_pka_in_a_list_of_axes(annotator):
    ids = {m.entity_id for m in mentions(annotator, "chain_camp_pka_list")}
    assert {"AXIS:FPLX:PKA", "AXIS:FPLX:PLC/FPLX:PKC"} <= ids


def test_cgmp_leading_a_composed_axis_is_no_partner(annotator):
    """"via cGMP/PKGII/ENaC signaling": the axis (PKGII/ENaC) is composed; cGMP is its first step."""
    assert not any("MESH:D006152" in pair for pair in pair_ids(annotator, "chain_cgmp_pkg_enac"))


def test_cgmp_named_on_its_own_stays_a_partner(annotator):
    """"ENaC参与了雌激素、糖皮质激素、cGMP…的调节": a gold row (SCNN associated cGMP)."""
    assert frozenset(("FPLX:SCNN", "MESH:D006152")) in pair_ids(annotator, "chain_cgmp_listed")


# --- the group a result is compared with (GUIDELINES 5.9, 5.11) ----------------------------

def _baseline(key: str, word: str, occurrence: int = 0) -> bool:
    text = SENTENCES[key]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return is_baseline_group(text, start, start + len(word))


@pytest.mark.parametrize("key, word, occurrence", [
    ("baseline_oxa", "OXA", 0),  # "显著低于OXA组": oxaliplatin's group is the baseline
    ("baseline_aopps", "AOPPs", 1),  # "较AOPPs组明显降低"
    ("baseline_lps_table_note", "LPS", 0),  # "与LPS组相比"
    ("baseline_lps_table_note", "LPS", 1),  # "Compared with the LPS group"
])
def test_the_compared_group_is_the_baseline(key, word, occurrence):
    assert _baseline(key, word, occurrence)


@pytest.mark.parametrize("key, word, occurrence", [
    ("baseline_aopps", "AOPPs", 0),  # "AOPPs+牛蒡子苷组…": the group whose result is stated
    ("baseline_aopps", "牛蒡子苷", 0),
    ("subject_group_mtx", "MTX", 0),  # "与MC组相比,MTX组Jagged1升高": MTX's group is the subject
    ("combination_not_group", "续断", 0),  # "杜仲与续断组合使用": a combination, not a group
])
def test_the_group_whose_result_is_stated_is_no_baseline(key, word, occurrence):
    assert not _baseline(key, word, occurrence)


def test_the_baseline_treatment_gets_no_pair_of_the_comparison(annotator):
    """"AOPPs+牛蒡子苷组GRP78…较AOPPs组明显降低": arctiin lowers GRP78; AOPPs is still named as the
    model in the subject group, so it keeps that mention's pairs, and the herb combination
    sentence keeps 杜仲 combined_with 续断."""
    pairs = pair_ids(annotator, "baseline_aopps")
    assert any("CPD:arctiin" in p and "HGNC:5238" in p for p in pairs)
    herbs = pair_ids(annotator, "combination_not_group")
    assert any(len(p) == 2 and all(i.startswith("HERB") for i in p) for p in herbs)


# --- what makes the disease model is no partner of the model's findings (GUIDELINES 5.7, 5.10)

@pytest.mark.parametrize("key, inducer", [
    ("inducer_glucocorticoid_osteoporosis", "CPD:glucocorticoids"),  # "-induced osteoporosis"
    ("inducer_lps_liver_injury", "MESH:D008070"),  # "LPS诱导的免疫性肝损伤中MAPK信号通路"
    ("inducer_ccl4_caused_by", "MESH:D002251"),  # "liver injury caused by carbon tetrachloride"
    ("inducer_glucocorticoid_patients", "CPD:glucocorticoids"),  # "由糖皮质激素引起的…骨质疏松症患者"
    ("inducer_erastin_stress", "CPD:erastin"),  # "erastin-induced oxidative stress" (GUIDELINES 3: no erastin row)
    ("inducer_palmitate_er_stress", "CPD:palmitic-acid"),  # "棕榈酸盐诱导的INS-1细胞内质网应激"
])
def test_the_inducer_of_a_disease_or_model_gets_no_pair(annotator, key, inducer):
    ids = {m.entity_id for m in mentions(annotator, key)}
    assert inducer in ids
    assert not any(inducer in pair for pair in pair_ids(annotator, key))


def test_the_finding_in_the_model_stays(annotator):
    """Arbutin activating autophagy is the title's finding (a gold row of the reviews)."""
    assert any("hsa04140" in p and any("arbutin" in i for i in p)
               for p in pair_ids(annotator, "inducer_glucocorticoid_osteoporosis"))


def test_the_inducer_of_an_entity_keeps_its_pair(annotator):
    """"糖皮质激素诱导的成骨细胞凋亡": apoptosis is an entity, so the inducer states a relation
    (the reviews' gold: glucocorticoids activates apoptosis)."""
    assert frozenset(("CPD:glucocorticoids", "hsa04210")) in pair_ids(annotator, "inducer_of_an_entity")


# --- a KEGG map spelled as a slash chain of its genes is the chain's axis (GUIDELINES 1.2) ---

@pytest.mark.parametrize("key, axis, members", [
    ("slash_map_pi3k_akt", "AXIS:FPLX:PI3K/FPLX:AKT", {"FPLX:PI3K", "FPLX:AKT"}),
    ("slash_map_jak_stat", "AXIS:FPLX:JAK/FPLX:STAT", {"FPLX:JAK", "FPLX:STAT"}),
])
def test_a_slash_spelled_map_is_the_axis_of_its_genes(annotator, key, axis, members):
    """"via the PI3K/Akt pathway": the gold's AXIS:FPLX:PI3K/FPLX:AKT with its member_of rows,
    not KEGG's hsa04151 (before: PTEN via hsa04151, PI3K/AKT not recognised)."""
    ids = {m.entity_id for m in mentions(annotator, key)}
    assert axis in ids and members <= ids and "hsa04151" not in ids


def test_the_pten_finding_reaches_the_axis(annotator):
    assert frozenset(("HGNC:9588", "AXIS:FPLX:PI3K/FPLX:AKT")) in pair_ids(annotator, "slash_map_pi3k_akt")


def test_the_kegg_name_of_the_map_stays_the_map(annotator):
    from pipeline.nlp.matcher import Mention
    from pipeline.nlp.slash_maps import chain_parts
    name = "PI3K-Akt signaling pathway"  # hsa04151's KEGG name: the text names the map
    assert chain_parts(Mention(0, len(name), "hsa04151", "PATHWAY", "dictionary", name), annotator.index) is None


# --- OCR glue before "cells" makes no cell line (nlp/cell_lines.py) --------------------------

def test_a_gene_before_glued_in_cells_is_no_cell_line():
    """"Westernblotting of MMP-2 and MMP-9incells": "MMP-9 in cells"; MMP-2 was taken for a cell
    line and dropped in the whole paper (3 gold rows of ChinaXiv-201712.00248V1 lost)."""
    from pipeline.nlp.cell_lines import cell_line_names
    names = cell_line_names([SENTENCES["glued_in_cells_caption"]])
    assert "MMP-2" not in names and "MHCC97H" in names


def test_mmp2_stays_a_gene_in_a_paper_with_that_caption(annotator):
    text = SENTENCES["glued_in_cells_caption"] + "\n\n" + SENTENCES["mmp2_finding"]
    adoc = annotator.annotate("t", text)
    found = {m.entity_id for item in adoc.sentences if "雌激素能够" in item.sentence.text for m in item.mentions}
    assert "HGNC:7166" in found


# --- reference titles of "Authors (year) Title. Journal" lists (text/references.py) ----------

@pytest.mark.parametrize("key, title", [
    ("ref_apa_scholz", "Tumor angiogenesis and anti-angiogenic therapy in malignant gliomas revisited"),
    ("ref_apa_paclitaxel", "Paclitaxel-carboplatin alone or with bevacizumab for non-small-cell lung cancer"),
    ("ref_apa_tbp1", "Tat-binding protein-1 (TBP-1),an ATPase of 19S regulatory particles of the 26S proteasome,"
                     "enhances androgen receptor function in cooperation with TBP-1-interacting protein/Hop2"),
    ("ref_apa_camptothecin", "Camptothecin (CPT) and its derivatives are known to target topoisomerase I(Topl) as "
                             "their mechanism of action: did we miss something in CPT analogue molecular targets "
                             "for treating human disease such as cancer?"),
])
def test_the_title_follows_the_year_in_parentheses(key, title):
    """Before: "H., Scholz, A., and Dumont, D.J" was read as the first entry's title (its real
    title lost), "C., Brahmer, J., … (2Oo6) Paclitaxel-…" carried the authors, and the Camptothecin
    title ran on into its journal."""
    from pipeline.text.references import reference_title_span
    text = SENTENCES[key]
    s, e = reference_title_span(text)
    assert text[s:e] == title


@pytest.mark.parametrize("text", [
    "[1]Hodsman AB,Bauer DC,Dempster DW,et al. Parathyroid hormone and teriparatide for the treatment of "
    "osteoporosis: a review of the evidence and suggested guidelines for its use[J].Endocr Rev,2005, 26(5): 688-703.",
    "[13] Guimaräes GN,Rodrigues TL,De Souza AP,et al.Parathyroid hormone (1-34） modulates odontoblast "
    "proliferation and apoptosis via PKA and PKC-dependent pathways[J]. Calcif Tissue Int, 2014, 95(3): 275-81.",
])
def test_a_year_in_a_title_is_no_author_year(text):
    """GB/T 7714 entries of ChinaXiv-201712.00947V1 (corpus/validation/zh): "(1-34）" in a title
    is no year, and the title still follows the authors."""
    from pipeline.text.references import reference_title_span
    s, e = reference_title_span(text)
    assert text[s:e].startswith(("Parathyroid hormone and teriparatide", "Parathyroid hormone (1-34"))


# --- a gene named as what a pathway does not depend on (relations/excluded_elements.py) ------

@pytest.mark.parametrize("key", ["excluded_title_zh", "excluded_ref_zh", "excluded_ref_en", "excluded_title_en"])
def test_the_gene_a_pathway_does_not_depend_on_is_excluded(key):
    text = SENTENCES[key]
    start = text.index("PLC")
    assert is_excluded(text, start, start + 3)


def test_a_member_of_the_pathway_is_not_excluded():
    text = SENTENCES["member_not_excluded"]
    assert not any(is_excluded(text, i, i + 3) for i in range(len(text)) if text.startswith("PLC", i))


def test_what_the_pkc_pathway_does_is_not_said_of_plc(annotator):
    """"非PLC依赖PKC通路激活增强成骨细胞CITED1表达": before, PLC upregulates CITED1 and PLC via
    the PKC axis; the gold has the PKC axis upregulating CITED1."""
    pairs = pair_ids(annotator, "excluded_ref_zh")
    assert not any("FPLX:PLC" in p for p in pairs)
    assert frozenset(("AXIS:FPLX:PKC", "HGNC:1986")) in pairs


# --- "X and Y-dependent pathways" name each one's pathway (nlp/pathway_lists.py) -------------

@pytest.mark.parametrize("key", ["dependent_pathways_short", "dependent_pathways_long"])
def test_dependent_pathways_are_the_axes_of_their_genes(annotator, key):
    """The gold reads "via PKA and PKC-dependent pathways" as teriparatide via AXIS:FPLX:PKA and
    AXIS:FPLX:PKC (before: the genes only, teriparatide via PKA/PKC)."""
    ids = {m.entity_id for m in mentions(annotator, key)}
    assert {"AXIS:FPLX:PKA", "AXIS:FPLX:PKC"} <= ids
    pairs = pair_ids(annotator, key)
    assert {frozenset(("CPD:teriparatide", "AXIS:FPLX:PKA")), frozenset(("CPD:teriparatide", "AXIS:FPLX:PKC"))} <= pairs


# --- bilingual author–year reference lists run together (text/references.py) -----------------

def test_the_bracketed_chinese_translation_is_a_title_too():
    """The gold reads 霍山石斛 via RELA and p38 from the Chinese title; before, only the English
    title was read (and 石斛–p38 was a false negative)."""
    from pipeline.text.references import reference_title_spans
    text = SENTENCES["ref_bilingual_dendrobium"]
    titles = [text[s:e] for s, e in reference_title_spans(text)]
    assert titles == ["Dendrobium holoshan extract can reduce alcoholic liver injury in mice by mediating "
                      "NF- B/p65 and p38 MAPK",
                      "霍山石斛水提取物通过介导NF-K B/p65和p38 MAPK减轻小鼠酒精性肝损伤"]


def test_entries_run_together_are_split_at_et_al_year():
    """"…234-235. HUANG J, YANG T, WANG Yu, et al., 2021. Progress…": a pinyin given name ("Yu")
    defeated the author pattern, so the second entry's title was lost and its bracketed
    translation read as the first entry's."""
    from pipeline.text.references import reference_title_spans, split_entries
    text = SENTENCES["ref_glued_two_entries"]
    spans, _, _ = split_entries(text)
    assert len(spans) == 2
    first, second = (text[s:e] for s, e in spans)
    assert [first[s:e] for s, e in reference_title_spans(first)] == ["Cytotoxic major saponin from tomato fruits"]
    assert [second[s:e] for s, e in reference_title_spans(second)] == [
        "Progress and thinking on the treatment of gout disease at home and abroad", "痛风病的国内外认识及治疗进展与思考"]


def test_a_family_and_its_own_gene_name_one_protein(annotator):
    """"通过介导NF-K B/p65和p38 MAPK": NF-κB/p65 is RELA (GUIDELINES 5.11), no NFkappaB/RELA axis."""
    text = SENTENCES["ref_bilingual_dendrobium"]
    adoc = annotator.annotate("t", text[text.index("霍山石斛"):text.index("[J].天然")])
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions}
    assert "HGNC:9955" in ids and "FPLX:NFkappaB" not in ids
    assert not any(i.startswith("AXIS:FPLX:NFkappaB") for i in ids)


def test_an_induced_phenotype_that_opens_the_sentence_is_its_subject(annotator):
    """"PM2.5-induced oxidative stress increases … through the ERK/AKT/NF-κB-dependent pathway":
    what the induced stress does is PM2.5's (a gold row: PM2.5 via the axis)."""
    pairs = pair_ids(annotator, "inducer_as_subject")
    assert any("MESH:D052638" in p and any(i.startswith("AXIS:") for i in p) for p in pairs)

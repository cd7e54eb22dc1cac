"""Slash and hyphen lists that are not axes, family-named pathways, and the axes that stay
(nlp/slash_lists.py, nlp/pathways.py kegg_map_of, nlp/family_sense.py). Sentences from the
validation and development texts."""

import pytest
from nlp_helpers import typed_pairs

from pipeline.nlp.matcher import Mention
from pipeline.nlp.slash_lists import in_readout_list, names_proteins


def mentions(annotator, text, doc_id="t"):
    adoc = annotator.annotate(doc_id, text)
    return [m for item in adoc.sentences for m in item.mentions]


def axes(annotator, text):
    return {m.entity_id for m in mentions(annotator, text) if m.entity_id.startswith("AXIS:")}


@pytest.mark.parametrize("text, end_after", [
    ("Here we investigated the role of Sag/Rbx2 E3 ligase in cellular senescence", "Sag/Rbx2"),
    ("reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases.", "p38/Jnk/Erk"),
    ("一般情况下IkB与 p65-p50异二聚体相结合", "p65-p50"),
    ("17β-estradiol inhibits MMP-9 and SUR1/TrpM4 expression and activation", "SUR1/TrpM4"),
    # a read-out of each named product or marker (validation PMID23411217 and another validation abstract)
    ("bone marrow cell proliferation and GM-CSF/IL-6 production from Peyer's patch cell were significantly higher",
     "GM-CSF/IL-6"),
    ("BrdU immunostaining, a-smooth muscle actin (a-SMA)/CD31 immunostaining and Masson's trichrome staining",
     "(a-SMA)/CD31"),
])
def test_a_protein_class_or_readout_head_after_the_list_names_proteins(text, end_after):
    assert names_proteins(text, text.index(end_after) + len(end_after))


@pytest.mark.parametrize("text, end_after", [
    ("Metformin alleviates dexamethasone-induced apoptosis by regulating autophagy via AMPK/mTOR/p70S6K in osteoblasts",
     "AMPK/mTOR/p70S6K"),
    ("其中FOXO是通过Akt/AMPK介导调节运动应答中自噬成分的转录", "Akt/AMPK"),
    ("PTE, used in combination with a known JAK2/STAT3 inhibitor, AG490, further decreased the viability", "JAK2/STAT3"),
    ("the PI3K/Akt kinase pathway", "PI3K/Akt"),
])
def test_no_protein_head_or_a_pathway_word_after_it_keeps_the_chain(text, end_after):
    assert not names_proteins(text, text.index(end_after) + len(end_after))


def test_a_list_governed_by_expression_of_is_read_out_however_long():
    text = ("we also observed the altered expression of phosphatase and tensin homolog (Pten), Akt and Bcl-2/Bax, "
            "as well as vascular endothelial growth factor (VEGF).")
    names = ["phosphatase and tensin homolog", "Pten", "Akt", "Bcl-2", "Bax"]
    genes = [Mention(text.index(n), text.index(n) + len(n), "x", "GENE", "dictionary", n) for n in names]
    assert in_readout_list(text, text.index("Bcl-2/Bax"), genes)
    # a verb between the read-out phrase and the list ends the governed list
    other = "the expression of Pten was reduced and Bcl-2/Bax mediates"
    genes = [Mention(other.index("Pten"), other.index("Pten") + 4, "x", "GENE", "dictionary", "Pten")]
    assert not in_readout_list(other, other.index("Bcl-2/Bax"), genes)


@pytest.mark.parametrize("text, axis", [
    ("Here we investigated the role of Sag/Rbx2 E3 ligase in cellular senescence and immortalization of mouse "
     "embryonic fibroblasts (MEFs).", "AXIS:HGNC:10521/HGNC:10070"),
    ("BMPR signalling was markedly impaired as evidenced by reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk "
     "MAP kinases.", "AXIS:FPLX:p38/FPLX:JNK/FPLX:ERK"),
    ("Improved cardiac function was observed in TIEG1 KO mice, and we also observed the altered expression of "
     "phosphatase and tensin homolog (Pten), Akt and Bcl-2/Bax, as well as vascular endothelial growth factor "
     "(VEGF).", "AXIS:HGNC:990/HGNC:959"),
    ("一般情况下IkB与 p65-p50异二聚体相结合,在IkB被降解后,p65-p50异二聚体进入细胞核与下游基因上的特定位点结合。",
     "AXIS:HGNC:9955/HGNC:7794"),
])
def test_lists_of_proteins_are_no_composite_pathway(annotator, text, axis):
    assert axis not in axes(annotator, text)


@pytest.mark.parametrize("text, axis", [
    ("Metformin alleviates dexamethasone-induced apoptosis by regulating autophagy via AMPK/mTOR/p70S6K in "
     "osteoblasts", "AXIS:FPLX:AMPK/HGNC:3942/HGNC:10436"),
    ("We recently reported that phosphoinositide 3-kinase (PI3K)/protein kinase B (Akt) mediates transcriptional "
     "regulation and activation of bone morphogenetic protein (BMP)-2 signaling.", "AXIS:FPLX:PI3K/FPLX:AKT"),
    ("PTE, used in combination with a known JAK2/STAT3 inhibitor, AG490, further decreased the viability of "
     "osteosarcoma cells.", "AXIS:HGNC:6192/HGNC:11364"),
])
def test_gold_axes_without_a_pathway_word_stay(annotator, text, axis):
    assert axis in axes(annotator, text)


@pytest.mark.parametrize("text, kegg", [
    ("These findings show that TAK1 functions as an upstream activating kinase for Smad1/5/8 in addition to its "
     "known role in regulating MAP kinase pathways.", "hsa04010"),
    ("MAC may utilize the NF-kB and MAPKs pathways and the regulation of SOD activity to attenuate LPS-induced "
     "nonspecific pulmonary inflammation.", "hsa04010"),
])
def test_a_family_with_a_kegg_signaling_map_names_the_map_in_any_spelling(annotator, text, kegg):
    found = mentions(annotator, text)
    assert kegg in {m.entity_id for m in found}
    assert "AXIS:FPLX:MAPK" not in {m.entity_id for m in found}


def test_one_member_axis_stays_when_kegg_has_no_map(annotator):
    text = "Dioscin-induced autophagy via ERK1/2 and JNK1/2 pathways may provide a protective mechanism."
    assert {"AXIS:FPLX:ERK", "AXIS:FPLX:JNK"} <= {m.entity_id for m in mentions(annotator, text)}


def test_a_family_pathway_keeps_the_family_in_a_paper_naming_one_member(annotator):
    """PMID19536134: Gdf5 is the only BMP gene named, so one sense per discourse reads "BMP" as
    GDF5; "BMP signalling" is still the BMP family's pathway (gold AXIS:FPLX:BMP)."""
    text = ("TAK1 is an essential regulator of BMP signalling in cartilage. This phenotype resembled that of "
            "bone morphogenetic protein receptor (BMPR)1 and Gdf5-deficient mice. BMPR signalling was markedly "
            "impaired in TAK1-deficient chondrocytes as evidenced by reduced expression of known BMP target genes.")
    ids = {m.entity_id for m in mentions(annotator, text, "PMIDtest")}
    assert "AXIS:FPLX:BMP" in ids and "AXIS:FPLX:BMP_receptor" in ids
    assert "AXIS:HGNC:4220" not in ids


def test_a_symbol_glued_after_and_opens_the_chain(annotator):
    text = ("Postinfarction exercise training aleviatescardiac dysfunctionandadverse remodelingvia "
            "mitochondrialbiogenesisandSIRT1/PGC-1α/PI3K/Aktsignaling")
    assert "AXIS:HGNC:14929/HGNC:9237/FPLX:PI3K/FPLX:AKT" in axes(annotator, text)


def test_a_name_after_non_is_no_member_of_the_pathway(annotator):
    """ChinaXiv-201711.00749V1 glossary: "Non-Smad pathway：不依靠 Smad 介导的通路"."""
    text = "Non-Smad pathway：不依靠 Smad 介导的通路；ErK：细胞外信号调节酶。"
    assert "AXIS:FPLX:SMAD" not in axes(annotator, text)


def test_items_before_deng_and_a_pathway_word_are_each_a_pathway(annotator):
    """ChinaXiv-202207.00209V1 (validation gold: AXIS:FPLX:PI3K, AXIS:FPLX:AKT, hsa04152)."""
    text = "circRNA 是一种新型的非线性内源性 ncRNA,具有保守性好、稳定性高等特征，主要通过PI3K、AKT、AMPK 等信号通路参与自噬调节。"
    ids = {m.entity_id for m in mentions(annotator, text)}
    assert {"AXIS:FPLX:PI3K", "AXIS:FPLX:AKT", "hsa04152"} <= ids


def test_a_list_without_deng_gives_no_pathway_to_its_first_items(annotator):
    text = "结果显示PI3K、AKT的蛋白表达降低,AMPK信号通路被激活。"
    ids = {m.entity_id for m in mentions(annotator, text)}
    assert "AXIS:FPLX:PI3K" not in ids and "AXIS:FPLX:AKT" not in ids


@pytest.mark.parametrize("text, pathway", [
    ("肿瘤抑制素M受体不仅可以通过RANKL途径促进破骨细胞分化,还可以通过ERK介导的自噬信号调节骨髓间充质干细胞成骨分化。",
     "AXIS:HGNC:11926"),  # jin2025_autophagy (reviews gold: OSMR–RANKL axis)
    ("心肌缺血缺氧时,增加AMP/ATP比值,激活AMPK途径,抑制MTOR复合物1活性,诱导自噬。", "hsa04152"),
    ("目的 观察甲状旁腺激素的非依赖PLC的PKC转导通路(PTH/nonPLC/PKC)是否会对成骨细胞的调亡具有影响", "AXIS:FPLX:PKC"),
])
def test_tujing_and_zhuandao_tonglu_are_pathway_words(annotator, text, pathway):
    assert pathway in {m.entity_id for m in mentions(annotator, text)}


def test_a_member_of_the_family_in_apposition_after_a_bracketed_symbol(annotator):
    """Validation PMID19536134 gold: MAP3K7 member_of FPLX:MAP3K; the family stays the family in a
    paper that names TAK1 as its only member."""
    text = ("TGFbeta activated kinase 1 (TAK1), a member of the MAPKKK family, controls diverse functions ranging "
            "from innate and adaptive immune system activation to vascular development and apoptosis.")
    pairs = typed_pairs(annotator, text)
    assert pairs[("HGNC:6859", "FPLX:MAP3K")].label == "member_of"


def test_a_member_named_with_its_family_class_noun_names_its_own_pathway(annotator):
    """ChinaXiv-201812.00711V1 reference (validation gold: AXIS:FPLX:p38): "p38 mitogen-activated
    protein kinase" is p38, so its signalling pathways are the p38 axis, not KEGG's MAPK map."""
    text = ("乳酸杆菌可通过TLR信号通路调节肠上皮细胞的炎症反应。\n\n"  # a Chinese paper: no one sense per discourse
            "Lactobacillus acidophilus induces cytokine and chemokine production via NF-κB and p38 mitogen-activated "
            "protein kinase signaling pathways in intestinal epithelial cells")
    ids = {m.entity_id for m in mentions(annotator, text)}
    assert "AXIS:FPLX:p38" in ids and "hsa04010" not in ids

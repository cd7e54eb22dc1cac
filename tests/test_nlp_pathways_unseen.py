"""Pathways on text nobody tuned on (issue 14): real sentences of the validation abstracts and
papers (corpus/validation/), one test per class of miss, never per sentence."""

import pytest


def pathway_ids(annotator, text):
    adoc = annotator.annotate("test", text)
    return {m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"}


PI3K_AKT = "AXIS:FPLX:PI3K/FPLX:AKT"


# --- an axis written with expanded names: "long form (SHORT)/long form (SHORT)" --------------------

def test_slash_between_defined_names_is_an_axis(annotator):
    """PMID19811499: each member is written "name (symbol)"; the slash joins the two members."""
    text = ("We recently reported that phosphoinositide 3-kinase (PI3K)/protein kinase B (Akt) mediates "
            "transcriptional regulation and activation of bone morphogenetic protein-2 (BMP-2) through NF-kappaB.")
    assert PI3K_AKT in pathway_ids(annotator, text)


# --- coordinated names sharing one head --------------------------------------------------------------

def test_list_ending_in_an_axis_shares_its_singular_head(annotator):
    """ChinaXiv-201801.00619V1 (reference title): "NF-kappa B, MAPK, and PI3K/Akt signaling" is
    three pathways; the list's last member is a slash axis, so the names before it are pathways too."""
    text = "Rhododendrin ameliorates skin inflammation through inhibition of NF-kappa B,MAPK,and PI3K/ Akt signaling"
    assert {"hsa04064", "hsa04010", PI3K_AKT} <= pathway_ids(annotator, text)


def test_a_gene_list_before_a_singular_head_stays_genes(annotator):
    """Only a list that ends in an axis shares a singular head: "TNF-α and the MAPK pathway" does
    not make TNF a pathway (pathway_lists' rule)."""
    text = "TNF-α, IL-6 and MAPK signaling were measured."
    assert "hsa04668" not in pathway_ids(annotator, text)


def test_name_before_deng_pathway_word_is_a_pathway(annotator):
    """ChinaXiv-201712.00248V1: "…,JNK等信号通路" (JNK and other pathways) names JNK's pathway."""
    text = "累及到多个信号通路包括STAT3,NF-KB，Wnt/β-catenin,JNK等信号通路"
    assert "AXIS:FPLX:JNK" in pathway_ids(annotator, text)


# --- process words (GUIDELINES 1.1: a PATHWAY is a KEGG map or an axis) --------------------------------

def test_osteoclastogenesis_is_kegg_osteoclast_differentiation(annotator):
    """GUIDELINES 1.1 lists osteoclastogenesis under hsa04380 (PMID22865292)."""
    text = ("The R740S mutation in the V-ATPase a3 subunit increases lysosomal pH, impairs NFATc1 "
            "translocation, and decreases in vitro osteoclastogenesis.")
    assert "hsa04380" in pathway_ids(annotator, text)


def test_cell_cycle_phases_are_not_pathways(annotator):
    """PMID22619007: Reactome's "G2 Phase" is no KEGG map; only apoptosis is a PATHWAY here."""
    text = ("Silibinin treatment could inhibit the cell growth and cause a prominent G2 phase arrest and "
            "apoptosis in dose- and time-dependent manner.")
    assert pathway_ids(annotator, text) == {"hsa04210"}


def test_cell_cycle_arrest_is_not_the_cell_cycle_map(annotator):
    """PMID15261763: "cell cycle arrest" is an outcome the paper measures, not KEGG's Cell cycle map
    (no gold set annotates hsa04110); apoptosis beside it is."""
    text = ("Acetone extract of Angelica sinensis inhibits proliferation of human cancer cells via inducing "
            "cell cycle arrest and apoptosis.")
    assert pathway_ids(annotator, text) == {"hsa04210"}


def test_wikipathways_disease_name_is_not_a_pathway(annotator):
    """PMID24282433: WikiPathways' "Bladder Cancer" is a disease here, not a pathway."""
    text = "Cortex Moutan Induces Bladder Cancer Cell Death via Apoptosis and Retards Tumor Growth in Mouse Bladders."
    assert pathway_ids(annotator, text) == {"hsa04210"}


def test_a_gene_beside_an_axis_stays_a_gene(annotator):
    """ChinaXiv-201801.00619V1: in "survivin and PI3K/AKT pathway" survivin is the protein (gold:
    no survivin pathway); only lists of three or more names share the head."""
    text = "Objective To explore the role of survivin and PI3K/AKT pathway in the pathogenesis of psoriasis vulgaris (PV)."
    assert not any(i.startswith("AXIS:HGNC:") for i in pathway_ids(annotator, text))


def test_one_protein_written_twice_is_no_axis(annotator):
    """ChinaXiv-201712.00947V1 (reference title): "parathyroid hormone (PTH)/PTH-related peptide"
    links both names to PTH; an axis chains different proteins."""
    text = ("Phospholipase C signaling via the parathyroid hormone (PTH)/PTH-related peptide receptor is "
            "essential for normal bone responses to PTH.")
    assert not any(i.count("HGNC:9606") > 1 for i in pathway_ids(annotator, text))


# --- the process named by other word forms ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "如在体外敲除自噬相关蛋白ATG5基因或使用自噬抑制剂可以抑制破骨细胞的分化,并降低破骨细胞相关基因的表达",  # jin2025
    "mTOR信号通路负调控细胞自噬,而研究发现自噬在破骨细胞的生成过程中被激活",  # jin2025
])
def test_osteoclast_differentiation_with_de_is_the_kegg_map(annotator, text):
    """GUIDELINES 1.1: 破骨细胞分化 / 破骨细胞生成, also written with 的 (reviews gold: 4 rows)."""
    assert "hsa04380" in pathway_ids(annotator, text)


def test_misprinted_apoptosis_is_apoptosis(annotator):
    """ChinaXiv-201712.00947V1: 调亡 is the common misprint of 凋亡 (validation_zh gold: 5 rows)."""
    assert "hsa04210" in pathway_ids(annotator, "体内和体外研究表明，PTH可刺激骨细胞的增殖、分化和调亡")


@pytest.mark.parametrize("text", [
    "目前普遍认为，IL-23/Th17(白介素-23/辅助性T细胞17)轴的失调引起并加剧PV患者皮损中慢性炎症反应",
    "IL-36 and the IL-23/Th17 axis",
])
def test_cytokine_and_t_helper_subset_axis_keeps_the_cytokine(annotator, text):
    """ChinaXiv-201801.00619V1 (body and reference): the IL-23/Th17 axis is AXIS:FPLX:IL23; the
    cell subset, like other non-gene chain elements (GUIDELINES 1.2), is left out of the id."""
    assert "AXIS:FPLX:IL23" in pathway_ids(annotator, text)

"""Stop 31: slashed families and complexes (pipeline/nlp/slash_families.py, family_sense's
complex rule, gene_partners' number designator). Real sentences of the validation texts
(source named with each); each test failed before the change."""

from __future__ import annotations

from pipeline.nlp.matcher import Mention
from pipeline.nlp.slash_families import families_by_members, ocr_one_mentions, run_family

# ChinaXiv-201812.00642V1 (validation_zh): gold BMP7 activates FPLX:SMAD1_5_9, BMP/SMAD1_5_9 axis
P_SMAD = "与对照组相比，BMP7-siRNA 明显抑制p-Smad1/5/8 蛋白表达水平"
BMP_SMAD_AXIS = "结果提示BMP7可能通过BMP-smad1/5/8信号通路来调节VICs细胞的成骨分化"
SMADL = "沉默 BMP7基因的表达，可下调Runx2、OCN和OPN的基因及蛋白表达，且磷酸化的Smadl/5/8(p-Smad1/5/8)蛋白水平明显降低"
SMADL_EN = "The phosphorylated Smadl/5/8 protein was detected by western blot."
# ChinaXiv-201812.00642V1: "BMP2/4" names no family (BMP2 and BMP4)
BMP24 = "并且Osman 等通过体外研究证实BMP2/4可以明显促进VICs 表达成骨指标—碱性磷酸酶(ALP)、Runx2、OPN 等[11]"
# ChinaXiv-201711.00762V1 (validation_zh): JNK1/2/3 -> FPLX:JNK (MAPK8, MAPK9, MAPK10)
# PMID23362262 (validation_en): gold DEPTOR inhibits mTORC1 and mTORC2, SMAD7 inhibits both
TORC = ("Deptor has recently been identified as an mTOR interacting protein and functions as an endogenous "
        "inhibitor of the kinase activity for both TORC1 and TORC2.")
TORC12 = ("Interestingly, expression of siRNA against Smad 3 or Smad 7, which blocks TGFβ receptor-specific Smad 3 "
          "signaling, prevented TGFβ-induced suppression of deptor abundance and TORC1/2 activities.")


def _genes(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]


def _pathways(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]


def test_a_phospho_slash_run_listing_a_family_is_the_family(annotator):
    assert ("Smad1/5/8", "FPLX:SMAD1_5_9") in _genes(annotator, P_SMAD)


def test_the_family_run_is_an_axis_member(annotator):
    assert "AXIS:FPLX:BMP/FPLX:SMAD1_5_9" in _pathways(annotator, BMP_SMAD_AXIS)


def test_ocr_l_before_a_number_run_is_one(annotator):
    assert ("Smadl/5/8", "FPLX:SMAD1_5_9") in _genes(annotator, SMADL)
    assert ("Smadl/5/8", "FPLX:SMAD1_5_9") in _genes(annotator, SMADL_EN)


def test_a_run_listing_no_family_keeps_each_member(annotator, gene_id):
    ids = {e for _, e in _genes(annotator, BMP24)}
    assert {gene_id("BMP2"), gene_id("BMP4")} <= ids


def test_run_family_reads_the_members_and_the_index():
    genes = {"Smad1": "G1", "Smad5": "G5", "Smad8": "G9", "BMP2": "B2", "BMP4": "B4"}
    index = families_by_members([("FPLX:SMAD1_5_9", {"G1", "G5", "G9"}), ("FPLX:X", {"B2"})])
    text = "p-Smad1/5/8 and BMP2/4 rose"
    smad = Mention(2, 7, "G1", "GENE", "dictionary", "Smad1")
    assert run_family(text, smad, genes.get, index.get) == (11, "FPLX:SMAD1_5_9")
    bmp = Mention(16, 20, "B2", "GENE", "dictionary", "BMP2")
    assert run_family(text, bmp, genes.get, index.get) is None
    # a member set two families share names neither
    assert families_by_members([("FPLX:A", {"x", "y"}), ("FPLX:B", {"x", "y"})]) == {}


def test_ocr_one_needs_a_gene_for_the_stem():
    text = "Smadl/5/8 and Cell/2 and Signal/3"
    found = ocr_one_mentions(text, [], {"Smad1": "G1"}.get)
    assert [(m.text, m.entity_id) for m in found] == [("Smadl", "G1")]
    # a unit before a decimal is no name (BioRED 20558148: "20 or 30 nmol/0.5 microl"; NQO1's alias NMO1)
    assert ocr_one_mentions("AP7 (10 or 20 nmol/0.5 microl)", [], {"nmo1": "N", "Nmo1": "N"}.get) == []


def test_torc_1_2_is_both_complexes(annotator):
    ids = [e for _, e in _genes(annotator, TORC12)]
    assert "FPLX:mTORC1" in ids and "FPLX:mTORC2" in ids


def test_a_complex_beside_its_subunit_stays_the_complex(annotator):
    """One sense per discourse (family_sense) reads a family as the one member a paper names; a
    complex is no short name for its subunit: mTOR named in the same abstract leaves TORC1 and
    TORC2 the complexes."""
    text = ("In many renal diseases, transforming growth factor β (TGFβ)-stimulated canonical Smad 3 and "
            "noncanonical mechanistic target of rapamycin (mTOR) promote increased protein synthesis. " + TORC)
    genes = _genes(annotator, text)
    assert ("TORC1", "FPLX:mTORC1") in genes and ("TORC2", "FPLX:mTORC2") in genes


def test_a_member_run_keeps_the_family_when_one_member_is_named_alone(annotator):
    """One sense per discourse reads a family as the one member a paper names; a family written as
    its members' numbers names the group (validation PMID19536134 names Smad1 alone too)."""
    text = ("BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by reduced "
            "phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases. TAK1 mediates Smad1 phosphorylation at "
            "C-terminal serine residues.")
    genes = _genes(annotator, text)
    assert ("Smad1/5/8", "FPLX:SMAD1_5_9") in genes and ("Smad1", "HGNC:6767") in genes


# PMID23494106 (validation_en): gold IL12B for "IL-12/23p40" (p40 is the chain IL-12 and IL-23 share)
IL12_23 = ("Furthermore, no impact on cytokine release (i.e., on IL-10, IL-6, IL-12/23p40 and TNFα levels) was seen in "
           "LPS-stimulated human PBMCs, except with JWH-210 and JWH-122 which caused a decrease of TNFα and IL-12/23p40.")


def test_a_subunit_tag_after_a_slash_list_is_the_shared_subunit(annotator, gene_id):
    genes = _genes(annotator, IL12_23)
    assert [e for t, e in genes if t == "IL-12/23p40"] == [gene_id("IL12B")] * 2
    assert not any(e in ("FPLX:IL12", "FPLX:IL23") for _, e in genes)


def test_member_names_vary_the_final_designator_of_the_first_name():
    from pipeline.nlp.slash_families import member_names
    assert member_names("Smad1", ["5", "8"]) == ["Smad5", "Smad8"]
    assert member_names("TORC1", ["2"]) == ["TORC2"]
    assert member_names("GSK-3α", ["β"]) == ["GSK-3β"]
    assert member_names("Smadl", ["5", "8"], ocr_one=True) == ["Smad5", "Smad8"]
    assert member_names("GSK-3α", ["2"]) == [] and member_names("12", ["5"]) == []

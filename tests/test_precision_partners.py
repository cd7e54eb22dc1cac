"""Entities recognised wrongly as relation partners that crowded the top |gold| rows (stop 36).

Each sentence is copied verbatim from the document named beside it; in a baseline run (main d94e8bb)
the pairs asserted absent here stood inside the top |gold| of their gold set as false positives.
"""

from __future__ import annotations

import pytest

from pipeline.relations.facts import facts_of


def _partner_ids(annotator, text: str) -> set[str]:
    adoc = annotator.annotate("t", text)
    return {i for s in facts_of(adoc).sentences for p in s.typed_pairs() for i in (p.a[1], p.b[1])}


def _mentions(annotator, text: str) -> dict[str, object]:
    adoc = annotator.annotate("t", text)
    return {m.text: m for item in adoc.sentences for m in item.mentions}


# GUIDELINES section 1: endogenous ions and metabolites are no entities. Protein aggregates are no
# compound at all; the hydroxyl radical is a reactive oxygen species as superoxide and hydrogen
# peroxide are; phosphatidylethanolamine and phosphatidylserine are membrane phospholipids (the lipid
# LC3 is conjugated to, the lipid annexin V detects); "bone mineral density" measures minerals.
@pytest.mark.parametrize("text, surface, partner", [
    # new_papers_zh ChinaXiv-201712.00767V1 and validation_zh ChinaXiv-201712.00999V1 (reference title)
    ("p62/SQSTM1 binds directly to Atg8/LC3 to facilitate degradation of ubiquitinated protein aggregates "
     "by autophagy", "protein aggregates", "FPLX:MAP1LC3"),
    # validation_zh ChinaXiv-201711.01148V1 (reference title)
    ("Activation of guanylate cyclase by superoxide dismutase and hydroxyl radical: a physiological regulator "
     "of guanosine 3',5'-monophosphate formation", "hydroxyl radical", None),
    # new_papers_zh ChinaXiv-201712.00767V1
    ("LC3在细胞有两种存在形式,即LC3-I和LC3-III,LC3-I经过泛素化蛋白酶系统的加工修饰并与自噬体膜表面的"
     "磷脂酰乙醇胺(PE)结合形成LC3-II[10],因此LC3-II在细胞内的表达量与自噬泡的数量密切相关。",
     "磷脂酰乙醇胺", "FPLX:MAP1LC3"),
    # validation_zh ChinaXiv-202207.00209V1
    ("除此外,ATG7募集LC3-I到自噬体膜上,ATG5-12-16L1依赖的磷脂酰乙醇胺(PE)脂化为LC3-II,对自噬体的成熟至关重要。",
     "磷脂酰乙醇胺", None),
    # validation_zh ChinaXiv-201712.00999V1 (reference title)
    ("Annexin V-affinity assay: A review on an apoptosis detection system based on phosphatidylserine exposure",
     "phosphatidylserine", None),
    # validation_en PMID17062721
    ("In randomized controlled trials, bisphosphonates (pamidronate and zoledronic acid) and selective estrogen "
     "receptor modulators (raloxifene and toremifene) increased bone mineral density in GnRH agonist-treated men.",
     "mineral", "CPD:raloxifene"),
])
def test_endogenous_substances_are_recognised_but_no_partner(annotator, text, surface, partner):
    mention = _mentions(annotator, text)[surface]
    assert mention.how == "endogenous"
    ids = _partner_ids(annotator, text)
    assert mention.entity_id not in ids
    if partner:  # the sentence's other pairs stay
        assert partner in ids


# "Atg8" is the yeast name of the whole LC3/GABARAP family, written before the mammalian name it stands
# for ("Atg8/LC3", "Atg8/轻链 3(LC3)"); HGNC lists ATG8 as an alias of GABARAPL2 alone, so every such
# slash gave a GABARAPL2 row no gold set has (6 units in the top |gold| of new_papers_zh and validation_zh).
@pytest.mark.parametrize("text", [
    # validation_zh ChinaXiv-201712.00999V1
    "而在自噬发生的过程中,p62/SQSTM1通过与Atg8/LC3的结合促进泛素的降解。",
    # new_papers_zh ChinaXiv-201712.00767V1 (reference title)
    "p62/SQSTM1 binds directly to Atg8/LC3 to facilitate degradation of ubiquitinated protein aggregates by autophagy",
    # dev/chinaxiv/sample ChinaXiv-201711.01551V1
    "研究发现已有 35 种自噬相关基因（autophagy-related genes，Atg）及其编码的蛋白质参与自噬体的形成，主要有：Atg1/ULK1、Atg3、"
    "Atg4、Atg5、Atg6/Beclin1、Atg7、Atg8/轻链 3(light chain 3，LC3)、Atg10、Atgl2、Atg13 与 $\\mathbf { A t g } 1 6 ^ { [ 7 ] }$ 。",
])
def test_yeast_atg8_before_lc3_is_no_gabarapl2(annotator, gene_id, text):
    ids = {m.entity_id for m in _mentions(annotator, text).values()}
    assert gene_id("GABARAPL2") not in ids
    assert "FPLX:MAP1LC3" in ids


# slash_lists.names_proteins reads a protein-class head after a slash list as the list's head ("p38/Jnk/Erk
# MAP kinases": kinases, not an axis), but when the dictionary holds the last member's name with that head
# ("ATR kinase"), the gene mention has already taken the head in and the chain seemed to end bare. The
# plural head agrees with the whole coordination, so it heads the list however the last name was matched.
# validation_en PMID26027517: five units of the ATM/ATR "axis" stood in the top |gold| (gold: CGK 733
# inhibits ATM and ATR, each a gene).
def test_a_plural_class_head_taken_into_the_last_member_still_heads_the_list(annotator):
    text = ("In IEC-6 crypt cells and jejunum enteroids quantitative RT-PCR showed a time- and dose-dependent "
            "upregulation of lpa2 in response to gamma-irradiation that was abolished by mutation of the NF-kappaB "
            "site in the lpa2 promoter or by inhibition of ATM/ATR kinases with CGK-733, suggesting that lpa2 is "
            "a DNA damage response gene.")
    ids = {m.entity_id for m in _mentions(annotator, text).values()}
    assert not any(i.startswith("AXIS:") for i in ids)
    assert {"HGNC:795", "HGNC:882"} <= ids  # ATM and ATR stay genes


def test_a_singular_head_in_the_last_member_keeps_the_axis():
    # "LKB1/AMP-activated protein kinase": the singular kinase belongs to the last protein's name
    from pipeline.nlp.slash_lists import head_taken_in

    assert head_taken_in("ATR kinases")
    assert not head_taken_in("AMP-activated protein kinase")
    assert not head_taken_in("ERK")


# THP-1 is the human monocytic cell line ("Human monocytic cell (THP-1) derived macrophages", new_papers_en
# PMID16335796); HGNC lists THP1 as an alias of GLI2, and a Chinese paper naming the line without its hyphen
# (not shaped like a cell-line code for nlp/cell_lines.py) paired GLI2 with PLTP and apoptosis
# (validation_zh ChinaXiv-201712.00859V1, two units in the top |gold|).
def test_thp1_cell_line_is_no_gli2(annotator, gene_id):
    text = "Wehinger等9发现PLTP可促进人单核巨噬细胞(THP1)凋亡，但在肺泡细胞中的作用还未见报道。"
    ids = {m.entity_id for m in _mentions(annotator, text).values()}
    assert gene_id("GLI2") not in ids
    assert gene_id("PLTP") in ids


# A non-effect said of a coordination ("SOX2 and NANOG expression did not change", "insulin and amylin were
# unchanged", "ABCA1、SR-BI mRNA 表达量均没有显著变化") states that each member did not change, nothing about
# one member and the other (GUIDELINES 1, "mere listing"); the pair was typed as a stated non-effect between
# them (negated, with the negation as its cue) and ranked as a stated relation. Of the 18 units of two genes
# typed as a stated non-effect in a baseline run none is gold (15 stood in the top |gold| of validation_en/zh);
# the three below are the members of one coordination, all three in the top |gold|.
@pytest.mark.parametrize("text, a, b", [
    # validation_en PMID26102294
    ("SOX2 and NANOG expression did not change following ETO treatment suggesting a dissociation of OCT4A from its "
     "pluripotency function.", "SOX2", "NANOG"),
    # validation_en PMID23411259
    ("The leptin amounts decreased but not significantly whereas insulin and amylin were unchanged.", "INS", "IAPP"),
    # validation_zh ChinaXiv-201711.00864V1
    ("分别是正常对照组的4.56、4.07倍；与荷脂模型组相比较，荷脂皂苷组ABCA1、SR-BI mRNA 表达量均没有显著变化 "
     "$( P { > } 0 . 0 5 )$ 。", "ABCA1", "SCARB1"),
])
def test_a_non_effect_of_a_coordination_is_no_stated_relation_between_its_members(pairs_of, gene_id, text, a, b):
    label = pairs_of(text)[(gene_id(a), gene_id(b))]
    assert label.label == "associated" and not label.negated and label.cue is None


def test_a_non_effect_between_agent_and_target_stays_stated(pairs_of, gene_id):
    # validation_en PMID26102294: "p21Cip1-silencing did not affect OCT4A expression" keeps its non-effect
    text = ("Silencing OCT4A suppresses p21Cip1, changes cell cycle regulation and subsequently suppresses terminal "
            "senescence; p21Cip1-silencing did not affect OCT4A expression or cellular phenotype.")
    label = pairs_of(text)[(gene_id("CDKN1A"), gene_id("POU5F1"))]
    assert label.cue is not None

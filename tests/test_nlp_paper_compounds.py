"""Stop 26: a drug the dictionaries lack, defined in a Chinese paper with an abbreviation
(pipeline/nlp/paper_compounds.py). Real sentences of validation ChinaXiv-201712.00990V1
(corpus/validation/zh) and of development papers (corpus/new_papers/zh)."""

from __future__ import annotations

import pytest

from pipeline.nlp.paper_compounds import PAPER_COMPOUND_PREFIX, chinese_long_form, english_chemical

# ChinaXiv-201712.00990V1: the definition in the introduction, then uses of the code alone
PPTA_DEFINED = ("一些中药对于防止毛细胞及听神经细胞损伤,促进毛细胞再生也有一定效果。"
                "盐酸椒苯酮胺(PPTA)是一类治疗心肌缺血再灌注保护药，可降低心肌耗氧量，增加心肌细胞对钙离子的敏感性。")
PPTA_USED = "结论PPTA可抑制耳蜗细胞自噬、NKCC1、ET-1的表达，从而对耳蜗庆大霉素损伤起到保护作用。"
PPTA_REFERENCE = "盐酸椒苯酮胺通过降低caspase-3表达减轻庆大霉素豚鼠耳蜗损伤"


def _mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m for item in adoc.sentences for m in item.mentions]


# Stop 28: the dictionaries now know this drug (piperphentonamine, MeSH C580809, Chinese names in
# curated/drugs_zh.tsv), so the defined code takes the dictionary's id; the paper-compound rule is for
# the drugs they still lack (the parametrised cases below)
PPTA = "MESH:C580809"


def test_a_defined_drug_code_is_the_compound_and_the_agent_of_its_findings(annotator):
    found = [m for m in _mentions(annotator, PPTA_DEFINED + PPTA_USED + PPTA_REFERENCE) if m.label == "COMPOUND"]
    ids = {m.text: m.entity_id for m in found}
    assert ids["PPTA"] == ids["盐酸椒苯酮胺"] == PPTA
    assert sum(m.text == "PPTA" for m in found) == 2  # the definition's code and its use
    assert sum(m.text == "盐酸椒苯酮胺" for m in found) == 2  # the long form in the reference title too


def test_the_paper_compound_types_its_findings(annotator):
    from nlp_helpers import typed_pairs

    typed = typed_pairs(annotator, PPTA_DEFINED + PPTA_USED)
    ppta = PPTA
    assert typed[(ppta, "HGNC:3176")].label == "downregulates"  # ET-1
    assert typed[(ppta, "HGNC:10911")].label == "downregulates"  # NKCC1
    assert typed[(ppta, "hsa04140")].label == "inhibits"  # 细胞自噬


def test_a_code_defined_but_never_used_again_makes_no_paper_compound(annotator):
    # stop 28: the drug is a dictionary compound now, whose bracketed abbreviation is defined as usual;
    # no paper compound is made for a code that is never used again
    found = _mentions(annotator, PPTA_DEFINED)
    assert not any(m.entity_id.startswith(PAPER_COMPOUND_PREFIX) for m in found)
    assert all(m.entity_id == PPTA for m in found if m.text == "PPTA")


@pytest.mark.parametrize("before, name", [
    ("及盐酸椒苯酮胺", "盐酸椒苯酮胺"),  # ChinaXiv-201712.00990V1 abstract: after a conjunction
    ("以硫酸庆大霉素", "硫酸庆大霉素"),  # a salt prefix
    ("采用乙酸乙酯", "乙酸乙酯"),  # an ester
])
def test_chemical_long_forms(before, name):
    assert chinese_long_form(before) == name


@pytest.mark.parametrize("before", [
    "内皮素",  # ChinaXiv-201712.00990V1 "内皮素(ET)": a peptide, a gene product
    "检测白介素",  # interleukins
    "骨钙素",  # osteocalcin (BGLAP)
    "甲状旁腺激素",  # a hormone, a gene product (ChinaXiv-201712.00947V1)
    "核糖核酸",  # RNA
    "碱性磷酸酶",  # an enzyme
    "酒石酸抗酸性磷酸酶",  # TRAP: an enzyme, whatever acid its name starts with
    "观察骨形态发生蛋白",  # a protein
    "实验组",  # a group
    "用预冷磷酸盐缓冲液",  # ChinaXiv-201712.00940V1 "磷酸盐缓冲液(PBS)": a buffer, no drug (sample batch, stop 26)
    "目的观察磷酸钙骨水泥",  # ChinaXiv sample "磷酸钙骨水泥(CPC)": a bone cement, an inorganic salt material
    "磷酸氢二钠",  # an inorganic salt: 磷酸 is the acid of the salt here, not a salt prefix of a drug
])
def test_proteins_classes_and_groups_are_no_paper_compounds(before):
    assert chinese_long_form(before) is None


@pytest.mark.parametrize("long, ok", [
    ("piperphentonamine hydrochloride", True),
    ("reverse transcription polymerase chain reaction", False),
    ("tumor necrosis factor", False),
    ("enzyme-linked immunosorbent assay", False),
    ("bovine serum albumin", False),
    ("cell line", False),
])
def test_english_long_forms(long, ok):
    assert english_chemical(long) is ok


def test_an_assay_reagents_code_is_no_agent(annotator):
    """new_papers ChinaXiv-201806.00141V1: "硫代巴比妥酸(TBA)比色法" defines the code of the MDA
    assay, used after as "TBA法" only: an assay, never an agent (it gave a paper compound)."""
    text = ("方法 采用析因设计,分别利用MTT法,TBA法及化学荧光法,测定不同剂量芍药苷对PM2.5染毒所致BEAS-2B细胞生长抑制。"
            "用硫代巴比妥酸(TBA)比色法测定细胞内丙二醛含量。")
    assert not any(m.entity_id.startswith(PAPER_COMPOUND_PREFIX) for m in _mentions(annotator, text))

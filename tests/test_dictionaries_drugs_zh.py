"""Chinese drug names (dictionaries/curated/drugs_zh.tsv, merged by build_chemicals._merge_drugs_zh).

Every row must name one compound, and its Chinese names must name only that compound: a Chinese
name that is also a herb's (or another compound's) name would be read as two entities, and a
wrong mapping is worse than none. Sentences are from corpus/validation (ChinaXiv-201712.00999V1)
and corpus/new_papers (ChinaXiv-202105.00091V1).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.dictionaries.build_chemicals import (
    DRUGS_ZH_COLUMNS,
    drug_name_index,
    drug_name_owner,
)
from pipeline.dictionaries.build_common import read_curated
from pipeline.dictionaries.loader import load_dictionary
from pipeline.dictionaries.schema import Entity

REPO = Path(__file__).resolve().parents[1]
DICT = REPO / "dictionaries"


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(DICT)


@pytest.fixture(scope="module")
def rows():
    return list(read_curated(DICT / "curated" / "drugs_zh.tsv", DRUGS_ZH_COLUMNS,
                             required=("name", "name_zh", "provenance")))


def _names_zh(row) -> list[str]:
    return [row["name_zh"], *(s for s in row["synonyms_zh"].split("|") if s)]


def test_every_row_names_one_compound_that_carries_its_chinese_names(dictionary, rows):
    assert len(rows) >= 450  # stop 29: the broad list (209 rows before)
    compounds = {eid: e for eid, e in dictionary.entities.items() if e.type == "compound"}
    preferred, synonyms = drug_name_index(compounds)
    wrong = []
    for row in rows:
        owner = drug_name_owner(row["name"], preferred, synonyms)
        if not isinstance(owner, str):
            wrong.append(f"{row['name']}: {sorted(owner) or 'no compound'}")
            continue
        e = compounds[owner]
        wrong += [f"{row['name']} {n}: not on {owner}" for n in _names_zh(row) if n not in (e.name_zh, *e.synonyms_zh)]
    assert not wrong, wrong[:10]


def test_no_chinese_drug_name_names_a_herb_or_a_second_entity(dictionary, rows):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in dictionary.entities.values():
        for n in (e.name_zh, *e.synonyms_zh):
            if n:
                owners[n].add(f"{e.type} {e.id}")
    shared = {n: sorted(owners[n]) for row in rows for n in _names_zh(row) if len(owners[n]) != 1}
    assert not shared, shared
    assert not [n for row in rows for n in _names_zh(row) if any(o.startswith("herb ") for o in owners[n])]


def test_every_row_says_where_its_chinese_name_is_attested(rows):
    assert all(row["provenance"].strip() for row in rows)


def test_a_preferred_name_wins_over_a_stereo_synonym():
    """merge_key folds "(+)-ketamine" to "ketamine": the curated name "Ketamine" met Arketamine's
    synonym first and 氯胺酮 went to Arketamine. The compound whose preferred name it is wins; a
    name several compounds have only as a synonym is ambiguous (the build refuses it)."""
    ents = {
        "DRUGBANK:DB19150": Entity(id="DRUGBANK:DB19150", type="compound", name="Arketamine",
                                   synonyms=["(+)-ketamine", "Dual"]),
        "MESH:D007649": Entity(id="MESH:D007649", type="compound", name="Ketamine", synonyms=["Esketamine"]),
        "CHEBI:1": Entity(id="CHEBI:1", type="compound", name="Other", synonyms=["dual"]),
    }
    preferred, synonyms = drug_name_index(ents)
    assert drug_name_owner("Ketamine", preferred, synonyms) == "MESH:D007649"
    assert drug_name_owner("Esketamine", preferred, synonyms) == "MESH:D007649"
    assert drug_name_owner("Dual", preferred, synonyms) == {"DRUGBANK:DB19150", "CHEBI:1"}
    assert drug_name_owner("Nothing", preferred, synonyms) == set()


def test_ketamine_has_its_chinese_name(dictionary):
    assert dictionary.entities["MESH:D007649"].name_zh == "氯胺酮"
    assert not dictionary.entities["DRUGBANK:DB19150"].name_zh


def test_newly_covered_drugs_are_found_in_validation_sentences(mentions_of):
    """Stop 28's held-out papers lost every pair of 阿糖胞苷 (cytarabine) and 棉酚 (gossypol, two
    characters: jieba's edge rule must let it stand between 、 and 及)."""
    found = dict(mentions_of("根据目前的研究来看，obatoclax与其他抗肿瘤药物联用会产生协同抗肿瘤作用，"
                             "与ABT-737联合作用于人急性髓系白血病细胞可协同地诱导细胞凋亡，"
                             "与阿糖胞苷联合作用于白血病细胞株也可协同地诱导凋亡[16]。"))
    assert found["阿糖胞苷"] == "CPD:cytarabine"
    found = dict(mentions_of("ABT-737、ABT-263、棉酚及obatoclax等Bcl-2蛋白的小分子抑制剂是近年来抗肿瘤药物的研发热点。"))
    assert found["棉酚"] == "MESH:D006072"


def test_newly_covered_drugs_are_found_in_a_new_paper_sentence(mentions_of):
    found = dict(mentions_of("现阶段对于高尿酸血症的治疗主要以降尿酸药物为主：如别嘌醇、非布司他、苯溴马隆等，"
                             "这些药物都具有一定的肝肾毒性。"))
    assert found["别嘌醇"] == "MESH:D000493"  # allopurinol
    assert found["非布司他"] == "MESH:D000069465"  # febuxostat
    assert found["苯溴马隆"] == "MESH:D001553"  # benzbromarone


def test_amino_acids_given_to_cells_are_compounds(mentions_of):
    # validation ChinaXiv-201711.00361V1: isoleucine is the treatment of the study (stop-28 held-out
    # set, where its Chinese name had no dictionary entry and every pair of the paper was lost)
    found = mentions_of("异亮氨酸处理显著促进了Sirt1、FoxO1和FoxO4的表达")
    assert ("异亮氨酸", "CPD:isoleucine") in found
    assert ("丙氨酸", "CPD:alanine") in mentions_of("与对照组相比，丙氨酸和异亮氨酸处理不同程度影响信号通路蛋白的转录")


def test_an_amino_acid_named_as_a_residue_or_a_motif_is_no_compound(mentions_of):
    # validation ChinaXiv-201711.00762V1 ("EGF 受体酪氨酸激酶抑制剂"), new_papers ChinaXiv-201707.00654V1
    # ("磷酸化MEK环上的丝氨酸残基"); a position (丝氨酸473) and the leucine zipper too
    for text, name in (("试验分别用EGF 受体酪氨酸激酶抑制剂（tyrphostin）", "酪氨酸"),
                       ("活化的Raf 通过磷酸化MEK环上的丝氨酸残基而将其激活", "丝氨酸"),
                       ("AKT的丝氨酸473位点磷酸化水平降低", "丝氨酸"),
                       ("亮氨酸拉链转录因子C/EBPβ表达上调", "亮氨酸"),
                       # development sample ChinaXiv-201711.01551V1 (unannotated): a residue's positions after 的
                       ("在细胞饥饿(葡萄糖饥饿)时,AMPK诱导ULK1丝氨酸的317和777位点磷酸化,促发自噬", "丝氨酸")):
        assert name not in {surface for surface, _ in mentions_of(text)}, text


def test_stop30_chinese_drug_names_are_found_in_validation_sentences(mentions_of):
    """Stop 30 (CADN stems -比星, -替尼 …, transliteration variants, toxicants): the retired
    held-out papers named idarubicin 依达卢比星 and bisphenol A 双酚A, which no row had."""
    found = dict(mentions_of("若沉默自噬相关基因，可导致白血病细胞对阿糖胞苷和依达卢比星等化疗药物的抵抗。"))  # ChinaXiv-201712.01000V1
    assert found["依达卢比星"] == "MESH:D015255"  # idarubicin
    found = dict(mentions_of("发育期双酚A暴露通过Wnt信号通路影响海马齿状回区神经发生。"))  # ChinaXiv-201811.00118V1
    assert found["双酚A"] == "MESH:C006780"  # bisphenol A


def test_stop30_kinase_inhibitor_names_follow_the_cadn_stem(dictionary):
    """-替尼 = -tinib: every kinase inhibitor added under the stem carries it (no row maps a -tinib
    drug to a name of another stem)."""
    tinibs = [e for e in dictionary.entities.values() if e.type == "compound" and e.name.lower().endswith("tinib")
              and e.name_zh]
    assert len(tinibs) >= 30
    assert all(e.name_zh.endswith(("替尼", "替布")) for e in tinibs), [(e.name, e.name_zh) for e in tinibs
                                                                      if not e.name_zh.endswith(("替尼", "替布"))]

"""A receptor written with its ligand's symbol ("FSH receptor", "PRL receptor", "IL-6受体") is the
receptor, not the ligand (pipeline/dictionaries/receptor_ligands.py, built into genes.tsv)."""

import pytest
from nlp_helpers import named

from pipeline.dictionaries.receptor_ligands import ligands_by_name, receptor_ligand_names

FSHR, PRLR, TRHR, IL6R = "HGNC:3969", "HGNC:9446", "HGNC:12299", "HGNC:6019"
FSH, PRL, TRH, IL6 = "FPLX:FSH", "HGNC:9445", "HGNC:12298", "HGNC:6018"


@pytest.mark.parametrize("text, name, receptor, ligand", [
    # BC2GM train P09364440A2206
    ("Our study reveals that the modular structure of the FSH receptor gene generates motifs that allows "
     "coupling to different effectors.", "FSH receptor", FSHR, FSH),
    # BC2GM train P09544991A0483
    ("PRL receptor also activates SHP-2, a cytosolic tyrosine phosphatase.", "PRL receptor", PRLR, PRL),
    # BC2GM train P08838148A1218
    ("A stable heterologous cell line containing the mouse TRH receptor was constructed by transfection of "
     "nonexcitable 293 cells, which lack L channel activity.", "TRH receptor", TRHR, TRH),
])
def test_ligand_symbol_receptor_is_the_receptor(annotator, text, name, receptor, ligand):
    found = named(annotator, text)
    assert (name, receptor) in found
    assert not any(i == ligand for _, i in found)


def test_chinese_ligand_symbol_receptor_is_the_receptor(annotator):
    # nlp/zh_receptor_names.py looks the receptor up as "<ligand> receptor": IL-6受体 is IL6R
    found = named(annotator, "结果显示IL-6受体的表达明显升高。")
    assert ("IL-6受体", IL6R) in found and not any(i == IL6 for _, i in found)


def test_only_an_approved_name_that_names_one_ligand_gives_a_name():
    ligands = ligands_by_name({"IL6": "interleukin 6", "FGF2": "fibroblast growth factor 2",
                               "X1": "shared name", "X2": "shared name"},
                              {"FSH": ["follicle-stimulating hormone", "FSH"]})
    names = {"HGNC:6019": ["interleukin 6 receptor"], "HGNC:3969": ["follicle stimulating hormone receptor"],
             "HGNC:9": ["shared name receptor"], "HGNC:10": ["interleukin 6 receptor subunit beta"]}
    symbols = {"HGNC:6019": "IL6R", "HGNC:3969": "FSHR", "HGNC:9": "X3", "HGNC:10": "IL6ST"}
    assert sorted(receptor_ligand_names(names, symbols, ligands)) == [
        ("HGNC:3969", "FSH receptor"), ("HGNC:6019", "IL6 receptor")]


def test_serotonin_receptor_family_named_by_its_ligand(annotator):
    # new_papers_zh ChinaXiv-202207.00046V1 (a review of the serotonin system): 5-HT受体 is the receptor family
    text = "当SERT受到抑制或敲除时，5-HT再摄取与失活受到抑制，肠道蠕动反射活动初期增强；随着5-HT受体敏感性逐渐降低，肠道动力受到抑制"
    found = named(annotator, text)
    assert ("5-HT受体", "FPLX:HTR") in found
    assert sum(1 for t, _ in found if t == "5-HT") == 1  # the ligand's own mention before 再摄取 stays


@pytest.mark.parametrize("text, family", [
    # BC2GM train P09015799T0000: Reactome's pathway "Serotonin receptors" matched the capitalised words
    ("Serotonin receptors in suicide victims with major depression.", "FPLX:HTR"),
])
def test_receptor_class_named_like_a_reactome_pathway_is_the_family(annotator, text, family):
    assert ("Serotonin receptors", family) in named(annotator, text)

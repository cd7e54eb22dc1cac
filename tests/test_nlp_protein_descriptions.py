"""Words of a protein's description are no entities (pipeline/nlp/protein_descriptions.py).

Sentences from validation38_zh ChinaXiv-201712.00232V1, validation40_zh ChinaXiv-201712.01090V1 (the
top false positives of those sets), BioRED train 28346429 and 20226780, BC5CDR-style pharmacology for
the substance readings that must stay; validation45_zh ChinaXiv-201711.00297V1 (caspases by their Chinese
description, stop 47) and validation_zh ChinaXiv-201711.00361V1 (two amino acids given as treatments)."""

from __future__ import annotations

from pipeline.nlp.protein_descriptions import describes_protein, is_kinase_class, is_letter_motif

# validation38_zh ChinaXiv-201712.00232V1
ROCK_ZH = "Rho激酶是一类丝-苏氨酸蛋白家族，抑制Rho激酶可以起到抗心肌缺血/再灌注损伤作用[1-2]。"
# validation40_zh ChinaXiv-201712.01090V1
DDX41_ZH = ("DDX41(D-E-A-D(aspartate-glutamate-alanine-aspartate)-boxpolypeptide41)是一种RNA解旋酶，"
            "属于DExD/H-box(Asp-Glu-x-Asp/His box)解旋酶超家族。")
# BioRED train 28346429
LKB1 = "Liver kinase B1 (LKB1) is a serine/threonine protein kinase ubiquitously expressed in mammalian tissues."
# BioRED train 20226780
CHORDIN = "Chordin is the prototype of a group of cysteine-rich domain-containing proteins."


# validation45_zh ChinaXiv-201711.00297V1 (its cysteine stood in the set's top |gold| with CASP8 and CASP9)
CASPASES_ZH = ("内源性途径是由线粒体介导,主要以半胱氨酸和天冬氨酸蛋白酶-9(Caspase-9)的激活为特征[55],而外源性途径涉及"
               "半胱氨酸和天冬氨酸蛋白酶-8(Caspase-8),后者通过激活膜凋亡受体如Fas而激活[56]。")
# validation_zh ChinaXiv-201711.00361V1: two amino acids given to cells, coordinated, no description head
TREATED_ZH = "与对照组相比，丙氨酸和异亮氨酸处理后，发现丙氨酸未显著影响 $p B D - 2$ 和 $p B D - 3$ 表达"


def _at(text: str, word: str, nth: int = 0) -> tuple[str, int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return text, i, i + len(word)


def test_an_amino_acid_before_a_description_head_is_part_of_the_protein():
    assert describes_protein(*_at(CHORDIN, "cysteine"))
    assert describes_protein(*_at(ROCK_ZH, "苏氨酸"))  # 丝-苏氨酸蛋白家族
    assert describes_protein(*_at("Serine/threonine phosphatase PP2A was inhibited.", "Serine"))


def test_an_amino_acid_coordinated_with_a_described_one_is_part_of_the_protein():
    assert describes_protein(*_at(CASPASES_ZH, "半胱氨酸"))  # 半胱氨酸和天冬氨酸蛋白酶-9
    assert describes_protein(*_at(CASPASES_ZH, "半胱氨酸", 1))
    assert not describes_protein(*_at(TREATED_ZH, "丙氨酸"))  # 丙氨酸和异亮氨酸处理: two treatments
    assert not describes_protein(*_at(TREATED_ZH, "异亮氨酸"))


def test_annotator_reads_the_caspases_without_cysteine(mentions_of):
    ids = {i for _, i in mentions_of(CASPASES_ZH)}
    assert {"HGNC:1511", "HGNC:1509"} <= ids and "CPD:cysteine" not in ids


def test_every_item_of_a_spelled_out_motif_is_part_of_the_protein():
    for word, nth in [("aspartate", 0), ("glutamate", 0), ("alanine", 0), ("aspartate", 1)]:
        assert describes_protein(*_at(DDX41_ZH, word, nth)), word
    assert describes_protein(*_at(DDX41_ZH, "Asp-Glu"))  # a dipeptide's name inside "Asp-Glu-x-Asp/His box"


def test_an_amino_acid_given_or_measured_stays_a_compound():
    assert not describes_protein(*_at("Glycine supplementation reduced serum glutamate levels.", "Glycine"))
    assert not describes_protein(*_at("Glycine supplementation reduced serum glutamate levels.", "glutamate"))
    assert not describes_protein(*_at("Glutamate/aspartate release rose after ischemia.", "Glutamate"))
    assert not describes_protein(*_at("The Ala-Gln dipeptide was given by infusion.", "Ala-Gln"))


def test_single_letters_joined_by_hyphens_spell_a_motif():
    assert is_letter_motif(*_at(DDX41_ZH, "D-E-A-D"))
    assert is_letter_motif(*_at(DDX41_ZH, "E-A-D"))  # COLQ's alias "EAD" inside it
    assert not is_letter_motif(*_at("The IL-6 level rose.", "IL-6"))


def test_a_kinase_class_named_by_its_residue_is_no_gene():
    for phrase in ["serine/threonine kinase", "serine/threonine protein kinase", "serine/threonine-protein kinase",
                   "tyrosine kinase", "tyrosine kinase receptor", "苏氨酸蛋白激酶", "丝氨酸/苏氨酸激酶", "酪氨酸激酶"]:
        assert is_kinase_class(phrase), phrase
    for name in ["receptor tyrosine kinase", "tyrosine kinase receptor 2", "丝氨酸/苏氨酸蛋白激酶B", "Rho激酶",
                 "protein kinase C", "Bruton's tyrosine kinase", "kinase", "激酶"]:
        assert not is_kinase_class(name), name


def test_annotator_drops_the_residue_words_of_the_validation_sentences(mentions_of):
    rock = mentions_of(ROCK_ZH)
    assert ("Rho激酶", "FPLX:ROCK") in rock and not any(s == "苏氨酸" for s, _ in rock)
    ddx = mentions_of(DDX41_ZH)
    assert ("DDX41", "HGNC:18674") in ddx
    assert {s for s, _ in ddx} == {"DDX41"}  # no aspartate, glutamate, alanine, Asp-Glu, D-E-A-D (COLQ)


def test_annotator_does_not_link_a_kinase_class_to_one_gene(mentions_of):
    lkb1 = mentions_of(LKB1)
    assert {e for _, e in lkb1} == {"HGNC:11389"}
    akt = mentions_of("Akt was activated. The serine/threonine kinase AKT regulates growth.")
    assert {e for _, e in akt} == {"FPLX:AKT"}  # no ATR (alias "ATR serine/threonine kinase")
    assert ("苏氨酸蛋白激酶", "FPLX:AKT") in mentions_of("苏氨酸蛋白激酶(Akt)磷酸化增加。")  # the paper's name for AKT


def test_annotator_keeps_an_amino_acid_given_as_a_substance(mentions_of):
    found = mentions_of("Glycine supplementation reduced serum glutamate levels in rats.")
    assert {s for s, _ in found} >= {"Glycine", "glutamate"}


def test_a_class_phrase_in_a_slash_list_of_genes_is_the_papers_name_for_a_gene(mentions_of):
    # li2025_ferroptosis_osteoporosis (reviews): 苏氨酸蛋白激酶 is the review's name for AKT in the PI3K/AKT/mTOR axis
    found = mentions_of("研究发现褪黑素能够通过激活磷脂酰肌醇-3激酶/苏氨酸蛋白激酶/雷帕霉素靶蛋白信号通路来抑制大鼠BMSCs的铁死亡进程。")
    assert ("苏氨酸蛋白激酶", "FPLX:AKT") in found


def test_a_one_letter_motif_with_its_box_is_no_gene(mentions_of):
    # validation40_zh ChinaXiv-201712.01090V1, English abstract (OCR glued "of" to the motif)
    found = mentions_of("Abstract: ObjectiveTodetect the expresion ofD-E-A-D-box polypeptide 41(DDX41)inhuman dentalpulp. "
                        "Key words: helicase; D-E-A-D-box polypeptide 41; dental pulp")
    assert "HGNC:2226" not in {e for _, e in found}  # COLQ (alias "EAD")
    assert ("DDX41", "HGNC:18674") in found

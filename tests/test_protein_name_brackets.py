"""A bracket glued to a word of a UniProt protein name is part of the name (dictionaries/build_genes.py
``split_protein_name``), so a bare designator ("VII") is no gene name and the linker finds no collagen in
"胆固醇 7-羟化酶（CYP7A1）".

Names from HerbiV_proteins.csv (UniProt recommended and alternative names); the sentence is the gold evidence of
validation_zh ChinaXiv-201711.00864V1 (corpus/gold/validation_zh.csv).
"""

from __future__ import annotations

from pipeline.dictionaries.build_genes import split_protein_name

CYP7A1 = "王先科等[5]研究了苜蓿皂苷通过促进肝脏胆固醇 7-羟化酶（CYP7A1）和低密度脂蛋白受体（LDL-R）的表达"


def test_glued_designator_stays_in_the_name():
    assert split_protein_name("Collagen alpha-1(VII) chain") == ["Collagen alpha-1(VII) chain"]
    assert split_protein_name("Poly(ADP-ribose) glycohydrolase (EC 3.2.1.143)") == ["Poly(ADP-ribose) glycohydrolase"]


def test_spaced_brackets_are_still_alternative_names():
    assert split_protein_name("D(4) dopamine receptor (D(2C) dopamine receptor) (Dopamine D4 receptor)") == [
        "D(4) dopamine receptor", "D(2C) dopamine receptor", "Dopamine D4 receptor"]
    assert split_protein_name("Tumor necrosis factor (Cachectin) (TNF-alpha)") == ["Tumor necrosis factor", "Cachectin",
                                                                                  "TNF-alpha"]


def test_no_collagen_in_cholesterol_7_hydroxylase(mentions_of):
    found = {eid for _, eid in mentions_of(CYP7A1)}
    assert "HGNC:2214" not in found  # COL7A1, linked through its "VII"
    assert "HGNC:2651" in found  # CYP7A1


def test_no_gene_synonym_is_a_roman_numeral_alone():
    # "VIII" (COX8A, from "Cytochrome c oxidase polypeptide VIII") linked "成纤维细胞生长因子8" to COX8A, as "VII" did
    # "胆固醇7" to COL7A1: dictionaries/build_genes.py drops designators alone (rule no-letter)
    import re
    from pathlib import Path

    numeral = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:-[A-Z])?")
    genes = Path(__file__).resolve().parents[1] / "dictionaries" / "genes.tsv"
    bare = [(row[0], s) for line in genes.read_text(encoding="utf-8").splitlines()[2:]
            for row in [line.split("\t")] for s in row[4].split("|") if numeral.fullmatch(s)]
    assert bare == []

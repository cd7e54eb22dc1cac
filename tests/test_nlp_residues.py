"""Amino-acid residues are not chemicals (pipeline/nlp/residues.py). Sentences from BioRED
train (development data of issue 13) and BC5CDR-style pharmacology."""

from __future__ import annotations

from pipeline.nlp.residues import is_amino_acid, is_residue


def _at(text: str, word: str) -> tuple[str, int, int]:
    i = text.index(word)
    return text, i, i + len(word)


def test_a_substituted_residue_is_not_a_chemical():
    text = ("The mutation resulted in the substitution of a highly conserved arginine to "
            "tryptophan at codon 198 (p.R198W).")
    assert is_residue(*_at(text, "arginine"))
    assert is_residue(*_at(text, "tryptophan"))


def test_a_residue_with_its_position_is_not_a_chemical():
    assert is_residue(*_at("PKCalpha knockdown reduced Akt phosphorylation at serine 473.", "serine"))


def test_an_amino_acid_given_as_a_compound_stays_a_chemical():
    text = "Glycine and glutamate release in the hippocampus was reduced by ketamine."
    assert not is_residue(*_at(text, "Glycine"))
    assert is_amino_acid("L-arginine") and is_amino_acid("Gly") and not is_amino_acid("glucose")


def test_annotator_drops_residues_but_keeps_the_drug(mentions_of):
    found = mentions_of("A glycine to glutamine substitution at position 51 was found in patients "
                        "treated with cisplatin.")
    surfaces = {s for s, _eid in found}
    assert "cisplatin" in surfaces
    assert "glycine" not in surfaces and "glutamine" not in surfaces

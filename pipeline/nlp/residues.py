"""Amino-acid residues are not chemicals.

In genetics abstracts an amino-acid name usually names a residue of a protein sequence
("substitution of a highly conserved arginine to tryptophan at codon 198", "Akt
phosphorylation at serine 473", "glutamine repeat"), which chemical corpora (BioRED) do not
annotate as a chemical; in pharmacology ("glycine and glutamate release") it is one.

Rule (pure function, English only): a compound mention naming an amino acid is a residue when
it is followed by a position number (``serine 473``, ``glycine-594``) or when the words around
it (``WINDOW`` characters either side) speak of a sequence change or position — substitution,
replacement, mutation, residue, codon, position, repeat, missense, polymorphism — or name
another amino acid with "to"/"by"/"for"/"with" between them (``arginine to tryptophan``), or when a
phosphorylation follows it: "tyrosine phosphorylation of insulin receptor substrate 1" (validation_en
PMID23639626), "Tyrosine phosphorylation of Lyn and Syk", "PrlR tyrosine phosphorylation" (BioRED train,
which tags none of its three such amino acids as a chemical) name the kind of residue a kinase modifies.
"""

from __future__ import annotations

import re

AMINO_ACIDS = frozenset([
    "alanine", "arginine", "asparagine", "aspartate", "cysteine", "glutamine", "glutamate",
    "glycine", "histidine", "isoleucine", "leucine", "lysine", "methionine", "phenylalanine",
    "proline", "serine", "threonine", "tryptophan", "tyrosine", "valine",
    "ala", "arg", "asn", "asp", "cys", "gln", "glu", "gly", "his", "ile", "leu", "lys", "met",
    "phe", "pro", "ser", "thr", "trp", "tyr", "val",
])
WINDOW = 60
_CUE = re.compile(
    r"substitut|replac|mutat|residue|codon|position|repeat|missense|polymorphi|variant|"
    r"\bamino acids? \d|\bexon\b",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(r"^[\s-]?\(?\d")
_PHOSPHORYLATION_AFTER = re.compile(r"[\s-]+(?:de)?phosphorylat", re.IGNORECASE)
_PAIR = re.compile(
    r"\b(?:" + "|".join(sorted(AMINO_ACIDS)) + r")\b\W{0,3}(?:to|by|for|with|into|->|→)\W{0,3}\b(?:"
    + "|".join(sorted(AMINO_ACIDS)) + r")\b",
    re.IGNORECASE,
)


def is_amino_acid(surface: str) -> bool:
    name = surface.lower().removeprefix("l-").removesuffix("s")
    return name in AMINO_ACIDS or surface.lower() in AMINO_ACIDS


def is_residue(text: str, start: int, end: int) -> bool:
    """Whether the amino-acid name at ``text[start:end]`` names a residue of a sequence."""
    if _NUMBER_AFTER.match(text[end:end + 3]) or _PHOSPHORYLATION_AFTER.match(text, end):
        return True
    window = text[max(0, start - WINDOW):end + WINDOW]
    return bool(_CUE.search(window) or _PAIR.search(window))

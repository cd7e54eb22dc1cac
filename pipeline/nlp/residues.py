"""Amino-acid residues are not chemicals.

In genetics abstracts an amino-acid name usually names a residue of a protein sequence
("substitution of a highly conserved arginine to tryptophan at codon 198", "Akt
phosphorylation at serine 473", "glutamine repeat"), which chemical corpora (BioRED) do not
annotate as a chemical; in pharmacology ("glycine and glutamate release") it is one.

Rule (pure function, English only): a compound mention naming an amino acid is a residue when
it is followed by a position number (``serine 473``, ``glycine-594``) or when the words around
it (``WINDOW`` characters either side) speak of a sequence change or position — substitution,
replacement, mutation, residue, codon, position, repeat, missense, polymorphism — or name
another amino acid with "to"/"by"/"for"/"with" between them (``arginine to tryptophan``, ``histidine
626-to-arginine``), or when a
phosphorylation follows it: "tyrosine phosphorylation of insulin receptor substrate 1" (validation_en
PMID23639626), "Tyrosine phosphorylation of Lyn and Syk", "PrlR tyrosine phosphorylation" (BioRED train,
which tags none of its three such amino acids as a chemical) name the kind of residue a kinase modifies.

The same holds for the acid names of two amino acids ("substitution of glutamic acid 333 by aspartic acid
residue", BioRED train 17177139; "lysine for glutamic acid at amino acid 325", 21080147; "a glutamic acid
residue (GAA)", 17951029), for the nucleotide bases of a DNA change ("a heterozygous cytosine insertion
in exon 10", 20367983; "the insertion of a cytosine (217_218insC)", 15770495; "guanine insertion/deletion
polymorphism (4G/5G)", 21911891 and 18439317; "substitution of guanine (CGA) by adenine (CAA)", 15064320),
for amino acids named as alleles ("the distribution of Ala/Val and homozygote Val alleles", 17628794; "the
Arg allele", 19918264) and for protein-change notations defined after their long form ("arginine
124-to-cysteine (Arg124Cys)", "glycine-594-valine (Gly594Val)", 15623763), which the abbreviation
rules linked to the second amino acid. BioRED train tags none of them as a chemical; as compounds they
paired with the mutated gene.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

AMINO_ACIDS = frozenset([
    "alanine", "arginine", "asparagine", "aspartate", "cysteine", "glutamine", "glutamate",
    "glycine", "histidine", "isoleucine", "leucine", "lysine", "methionine", "phenylalanine",
    "proline", "serine", "threonine", "tryptophan", "tyrosine", "valine",
    "aspartic acid", "glutamic acid",
    "ala", "arg", "asn", "asp", "cys", "gln", "glu", "gly", "his", "ile", "leu", "lys", "met",
    "phe", "pro", "ser", "thr", "trp", "tyr", "val",
])
# the same twenty in Chinese (nlp/part_words.py reads residues in Chinese text with them)
AMINO_ACIDS_ZH = ("丙氨酸", "精氨酸", "天冬酰胺", "天冬氨酸", "半胱氨酸", "谷氨酰胺", "谷氨酸", "甘氨酸", "组氨酸",
                  "异亮氨酸", "亮氨酸", "赖氨酸", "甲硫氨酸", "蛋氨酸", "苯丙氨酸", "脯氨酸", "丝氨酸", "苏氨酸",
                  "色氨酸", "酪氨酸", "缬氨酸")
# the nucleotide bases (and thymidine, which genetics abstracts write for thymine: "a cytosine residue with
# thymidine in exon 2", BioRED train 18166824)
NUCLEOBASES = frozenset(["adenine", "cytosine", "guanine", "thymine", "thymidine", "uracil"])
WINDOW = 60
_CUE = lazy_re.compile(
    r"substitut|replac|mutat|residue|codon|position|repeat|missense|polymorphi|variant|"
    r"\bamino acids? \d|\bexon\b|\balleles?\b|genotype",
    re.IGNORECASE,
)
# A base is a residue only among words of a DNA change: pharmacology writes "cytosine residues in DNA were
# substituted by the analogue" (BC5CDR train 2578334) and "insertion of AZT into the chain in place of
# thymidine" (9209318), where the base is the compound a drug replaces.
_BASE_CUE = lazy_re.compile(
    r"mutat|\bexon\b|codon|polymorphi|missense|frame ?shift|\balleles?\b|genotype|\bSNPs?\b|"
    r"\d(?:ins|del|dup)[ACGT]\b",
    re.IGNORECASE,
)
_THREE_LETTER = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
# a protein change written with three-letter codes: Arg124Cys, p.Arg555Trp, Tyr65X, Ser119fsX, Val625del
_VARIANT = lazy_re.compile(rf"^(?:p\.)?(?:{_THREE_LETTER})\d{{1,4}}(?:{_THREE_LETTER}|Ter|X|\*|del|dup|ins|fs)\w*$")
_NUMBER_AFTER = lazy_re.compile(r"^[\s-]?\(?\d")
_PHOSPHORYLATION_AFTER = lazy_re.compile(r"[\s-]+(?:de)?phosphorylat", re.IGNORECASE)
_PAIR = lazy_re.compile(
    r"\b(?:" + "|".join(sorted(AMINO_ACIDS)) + r")\b\W{0,3}(?:\d{1,4}\W{0,3})?(?:to|by|for|with|into|->|→)\W{0,3}\b(?:"
    + "|".join(sorted(AMINO_ACIDS)) + r")\b",
    re.IGNORECASE,
)


def is_amino_acid(surface: str) -> bool:
    name = surface.lower().removeprefix("l-").removesuffix("s")
    return name in AMINO_ACIDS or surface.lower() in AMINO_ACIDS


def is_sequence_unit(surface: str) -> bool:
    """An amino acid or a nucleotide base: what a sequence change names (``is_residue`` says whether it does)."""
    return is_amino_acid(surface) or surface.lower() in NUCLEOBASES


def is_sequence_variant(surface: str) -> bool:
    """A protein change in three-letter codes (``Arg124Cys``, ``p.Arg555Trp``, ``Ser119fsX``): never a compound."""
    return _VARIANT.match(surface) is not None


def is_residue(text: str, start: int, end: int) -> bool:
    """Whether the amino-acid or base name at ``text[start:end]`` names a residue of a sequence."""
    if _NUMBER_AFTER.match(text[end:end + 3]) or _PHOSPHORYLATION_AFTER.match(text, end):
        return True
    window = text[max(0, start - WINDOW):end + WINDOW]
    if text[start:end].lower() in NUCLEOBASES:
        return bool(_BASE_CUE.search(window))
    return bool(_CUE.search(window) or _PAIR.search(window))

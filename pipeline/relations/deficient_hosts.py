"""A read-out changed "in G-deficient cells": the lost gene G is the agent of the change, with its sign turned.

Genetic studies name the host that lacks a gene after the change they measured in it: "BMPR signalling was
markedly impaired in TAK1-deficient chondrocytes" (validation_en PMID19536134, gold MAP3K7 ``activates`` the
BMPR axis), "Impairment of starvation-induced and constitutive autophagy in Atg7- deficient mice" (validation_zh
ChinaXiv-202207.00209V1, reference title, gold ATG7 ``activates`` Autophagy), "The occurrence of … was also
diminished in IFNAR1-deficient animals" (BioRED). The knockout is the gene's loss of function (GUIDELINES 5.5):
what falls without G, G raises. The host comes after the read-out, so the rule that reads a loss word before the
agent (roles.is_loss_of_function) and the agent-first reading of effects.py do not see it.

Narrow on purpose: the read-out is the subject of a copula and a change participle ("Y (signalling|expression|…)
was (markedly) impaired in"), or the object of a change noun ("Impairment of … Y in"), with nothing else between;
the host is "G-deficient / G-null / G knockout / G(-/-) <noun>". A sentence naming a herb or compound is left to
the treatment rules: there the knockout is the model's genotype ("METH … increased body temperature in CX3CR1
knockout mice", BioRED; relations/pairs.py genotype_only).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_CHANGE = {"impaired": -1, "reduced": -1, "decreased": -1, "diminished": -1, "attenuated": -1, "abolished": -1,
           "blunted": -1, "suppressed": -1, "lost": -1, "absent": -1, "increased": 1, "enhanced": 1, "elevated": 1,
           "augmented": 1, "impairment": -1, "reduction": -1, "loss": -1, "decrease": -1, "suppression": -1,
           "increase": 1, "enhancement": 1, "elevation": 1}
_LEVEL_WORDS = {"reduced", "decreased", "increased", "elevated", "augmented", "reduction", "decrease", "increase",
                "elevation"}
_WORDS = "|".join(sorted(_CHANGE, key=len, reverse=True))
# "Y signalling was markedly impaired in (the) " between the read-out and the host
_PREDICATE = lazy_re.compile(r"^\s*(?:signal(?:l)?ing|pathway|activity|activation|expression|levels?|phosphorylation|"
                             r"protein|mRNA)?\s*(?:was|were|is|are)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?P<cue>" + _WORDS +
                             r")\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# "Impairment of starvation-induced and constitutive " before the read-out, " in " after it
_NOMINAL = lazy_re.compile(r"\b(?P<cue>" + _WORDS + r")\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
_IN = lazy_re.compile(r"^\s*(?:signal(?:l)?ing|pathway|activity|activation|expression|levels?|phosphorylation)?\s*in\s+(?:the\s+)?$",
                      re.IGNORECASE)
_HOST_AFTER = lazy_re.compile(r"^\s*(?:-\s*|\s)(?:deficient|null|knock-?out)\b|^\s*\(?-/-\)?", re.IGNORECASE)


def change_in_host(text: str, readout_start: int, readout_end: int, gene_start: int,
                   gene_end: int) -> tuple[int, str, int] | None:
    """(sign of the change, cue word, its offset) when the read-out text[readout_start:readout_end] is stated to change in a host
    lacking the gene text[gene_start:gene_end] ("Y was impaired in G-deficient cells", "Impairment of Y in
    G-deficient mice"), else None. The sign is the change's, not yet turned for the loss."""
    if readout_end > gene_start or not _HOST_AFTER.match(text[gene_end:gene_end + 12]):
        return None
    between = text[readout_end:gene_start]
    found, offset = _PREDICATE.match(between), readout_end
    if found is None and _IN.match(between):
        offset = max(0, readout_start - 80)
        found = _NOMINAL.search(text[offset:readout_start])
    if found is None:
        return None
    word = found.group("cue")
    return _CHANGE[word.lower()], word, offset + found.start("cue")


def is_level_change(word: str) -> bool:
    """Does the change word speak of an amount ("reduced", "increase") rather than a function ("impaired")?"""
    return word.lower() in _LEVEL_WORDS

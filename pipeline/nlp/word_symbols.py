"""Ordinary English words, capitalised, read as gene symbols.

A word at the start of a sentence or in a title is written with a capital, and so is every word
of a reference's title: "Impact of genetic background on …" (BioRED 21695597: IMPACT),
"Damage to the …" (MAGEE1's DAMAGE), "German Bronze Age and Swedish Neolithic populations"
(BioRED 17277899: AGE, HGNC:9959), "Gut Region, Sex, and Body Mass" (sample ChinaXiv-202207.00046,
PLXNA3's SEX), "Oncology Drug Set VI" (sample ChinaXiv-202107.00008, SET). HGNC symbols of six or
more letters match any case but lower case, and a capitalised three-to-five-letter word inside a
sentence takes an all-capital symbol (Src, Jun, Rho: matcher.match), so these words became genes.

Which words are ordinary is learned, not listed by hand: ``plain_words_learned.tsv`` (bench/
learn_gene_lists.py --plain-words) holds the lower-case words of the annotated training text
(BC2GM, BioRED, BC5CDR; first 80 % of each) that are written often and never tagged as a gene or
chemical there. A gene named by an English word that annotators tag ("Notch", "Kit", "Rest",
"Max") is not on it, nor is a name the dictionary matches in lower case too ("Phosphatase",
"Tau": the word is the name). ``DEPTOR`` stays a gene written "Deptor": "deptor" is no word of
the text. A capital needs a reason for the word to be the word: the start of a sentence, or a title
written in title case (a capitalised word next to it: "Bronze Age", "Tax Act", "Drug Set").
Inside a sentence between lower-case words the capital makes a name: "closely related to mouse
Nodal." (BC2GM P10660676A0000: the gene NODAL, though "nodal" is an ordinary word), and so does
the same capitalised word elsewhere in the paragraph (its sentence-initial "Nodal, a transforming
growth factor"). Pure functions; gene_context.refine applies them, keeping a mention next to a
gene cue ("Impact protein", "Damage gene").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re

_SENTENCE_OPENERS = ".!?:;\"'([“‘"
_WORD_BEFORE = lazy_re.compile(r"([A-Za-z][A-Za-z'’-]*)[\s,]*$")
_WORD_AFTER = lazy_re.compile(r"[\s,]*([A-Za-z][A-Za-z'’-]*)")


def is_capitalised_word(surface: str, words: frozenset[str]) -> bool:
    """Is ``surface`` a capitalised ordinary word ("Impact", "Age"): ASCII letters, the first a
    capital, the rest lower case, at least three, and its lower case form in ``words``?"""
    return (len(surface) >= 3 and surface.isascii() and surface.isalpha() and surface[0].isupper()
            and surface[1:].islower() and surface.lower() in words)


def word_read_as_symbol(surface: str, words: frozenset[str],
                        named: Callable[[str], str | None] | None = None) -> bool:
    """A capitalised ordinary word (``is_capitalised_word``) whose lower case form names no gene
    in the dictionary (``named(surface) -> entity id | None``): "Impact" (IMPACT) and "Age" (AGE)
    are words, "Phosphatase" is the family's name with a capital."""
    return is_capitalised_word(surface, words) and (named is None or named(surface.lower()) is None)


def _title_word(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def capitalised_by_position(text: str, start: int, end: int) -> bool:
    """Does the place of ``text[start:end]`` explain its capital: the start of the text or of a
    sentence (after . ! ? : ; a quote or an opening bracket), or a title-case run (the word
    before or after it, over spaces and commas, capitalised and not all capitals: "Bronze Age",
    "Region, Sex", "Tax Act"; "IRF6 cause Van" is no run)?"""
    before = text[max(0, start - 40):start]
    if not before.strip() or before.rstrip()[-1] in _SENTENCE_OPENERS:
        return True
    prev = _WORD_BEFORE.search(before)
    if prev is not None and _title_word(prev.group(1)):
        return True
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and _title_word(nxt.group(1))


def named_in(text: str, surface: str) -> bool:
    """Is ``surface`` written somewhere in ``text`` with a capital no position explains (a name:
    "related to mouse Nodal.")?"""
    for hit in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(surface) + r"(?![A-Za-z0-9])", text):
        if not capitalised_by_position(text, hit.start(), hit.end()):
            return True
    return False

"""English common names a paper defines for a herb's binomial, read as that herb in the paper.

Papers on a plant give its common name once beside the binomial and then use the common name:
"Licorice (Glycyrrhiza uralensis) … licorice inhibited …", "Tochu (Eucommia ulmoides) leaf
extract", "Acanthopanax senticosus (Rupr. et Maxim.) Harms (Goka) root … Goka fruit (GF)". HERB's
English names are title-case rows of their own ("Green Tea" is 绿茶, not the binomial's 茶叶) and
folding them to lower case made ordinary words herbs ("hippocampus" -> 海马, dropped at stop 25);
a definition written in the paper names the paper's herb and holds only in that paper, so no
dictionary word is made a herb anywhere else. Two shapes, each around a HERB mention:

* ``common name (Binomial [authority])``: the word right before the parenthesis;
* ``Binomial [authority] (common name)``: one to three words in the parenthesis.

Words that say what the plant is or which part was used (plant, herb, fruit, extract …), a
botanical family (-aceae, Labiatae), an authority ("(L.)", "(Rupr. et Maxim.)") and all-capital codes (the
abbreviation finders' business) are no common names. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.nlp.extract_abbreviations import _PHRASE_WORDS
from pipeline.nlp.matcher import Mention

# what a paper calls any plant, or a kind of medicine: no name of one herb
GENERIC_WORDS = frozenset((
    "plant", "plants", "herb", "herbs", "herbal", "tree", "trees", "shrub", "shrubs", "vine", "weed", "grass",
    "mushroom", "mushrooms", "fungus", "fungi", "species", "medicine", "medicines", "remedy", "drug", "drugs",
    "food", "foods", "spice", "spices", "vegetable", "vegetables", "crop", "crops", "genus", "family",
    "and", "or", "of", "in", "with", "from", "the", "a", "an", "its", "as", "by", "for", "to", "on", "is",
    "was", "were", "are", "be", "that", "which", "this", "these", "those", "called", "known", "named",
    "commonly", "also", "both", "like", "such", "including", "namely", "i.e", "e.g", "eg", "ie", "viz",
))
_NAME_WORD = re.compile(r"[A-Za-z][a-z]{2,}|[A-Za-z][a-z]+-[A-Za-z][a-z]+")
# between a binomial and a parenthesis: its authority, "(Rupr. et Maxim.) Harms", "L.", "Oliv."
# (a parenthesis holds an authority only with an abbreviated name in it: "(Goka)" is a common name)
_AUTHORITY = re.compile(r"(?:\s*(?:\([^()]*\.[^()]*\)|[A-Z][A-Za-z]*\.?|et|ex|&|f\.))*\s*")
# "(Glycyrrhiza uralensis Fisch., Leguminosae)": after a comma, the family or a code
_AUTHORITY_AND_MORE = re.compile(r"\.?" + _AUTHORITY.pattern + r"(?:[,;][^()]*)?")
# "Job's tears (Coix lacryma-jobi)": the word before the parenthesis is only the end of the name,
# which starts with its possessor
_POSSESSED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+['’]s\s+$")
_POSSESSIVE = re.compile(r"['’]s\s+$")  # "the plant's fruit (…)": no name of its own
_PAREN = re.compile(r"\(\s*([^()]{3,40}?)\s*\)")
_BINOMIAL = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)\s[a-z]{3,}")


def common_name(words: str) -> bool:
    """Whether ``words`` (one to three) can be a plant's common name: each a word of letters
    (hyphenated parts: Du-Zhong) with no more than its first letter capital, no generic, extract,
    part or solvent word, no botanical family (Araliaceae, and the conserved Labiatae, Leguminosae:
    a Latin plural in -ae)."""
    parts = words.split()
    return (1 <= len(parts) <= 3 and all(_NAME_WORD.fullmatch(w) for w in parts)
            and not any(w.lower() in GENERIC_WORDS or w.lower() in _PHRASE_WORDS or w.lower().endswith("ae")
                        for w in parts))


def common_name_definitions(text: str, mentions: Iterable[Mention]) -> list[tuple[str, str, int, int]]:
    """(common name, herb id, start, end) for each shape of the module docstring in ``text``, one
    paragraph; ``mentions`` are its mentions. Only a binomial-shaped HERB mention ("Genus
    species", "G. species") defines: the binomial is what ties the common name to one plant."""
    spans = sorted(mentions, key=lambda m: m.start)
    herbs = [m for m in spans if m.label == "HERB" and m.entity_id and _BINOMIAL.match(m.text)]
    out: list[tuple[str, str, int, int]] = []
    for herb in herbs:
        # Binomial [authority] (common name)
        between = _AUTHORITY.match(text, herb.end)
        paren = _PAREN.match(text, between.end())
        if paren is not None and common_name(paren.group(1)) and _free(spans, paren.start(1), paren.end(1)):
            out.append((" ".join(paren.group(1).split()), herb.entity_id, herb.start, paren.end()))
        # common name (Binomial [authority])
        open_at = text.rfind("(", 0, herb.start)
        if open_at >= 0 and not text[open_at + 1:herb.start].strip():
            close = text.find(")", herb.end)
            if close >= 0 and _AUTHORITY_AND_MORE.fullmatch(text, herb.end, close):
                word = re.search(r"(?<![A-Za-z'’-])(" + _NAME_WORD.pattern + r")\s*$", text[:open_at])
                if word is None or not common_name(word.group(1)) or not _free(spans, word.start(1), word.end(1)):
                    continue
                owner = _POSSESSED.search(text[:word.start(1)])
                if owner is None and not _POSSESSIVE.search(text[:word.start(1)]):
                    out.append((word.group(1), herb.entity_id, word.start(1), close + 1))
                elif owner is not None and _free(spans, owner.start(), word.start(1)):  # "Job's tears": the whole name only
                    name = text[owner.start():word.end(1)]
                    out.append((name, herb.entity_id, owner.start(), close + 1))
    return out


# endings of chemical names: "curcumin (Curcuma longa)" is the plant's compound, not its common name
_CHEMICAL_ENDING = re.compile(r"(?:in|ine|ol|ols|one|ide|ate|ene|ose|oid|oids|ane|yl|ic)$")


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    """No mention overlaps start..end but a COMPOUND of the very word that is named like no
    chemical: a word the dictionary names as a herb, gene or chemical keeps its entity, while the
    dictionary's "licorice" (a COMPOUND row, the confection) beside "(Glycyrrhiza uralensis)" is
    the plant the paper is about."""
    for m in mentions:
        if m.start < end and start < m.end:
            if not (m.label == "COMPOUND" and m.start == start and m.end == end
                    and not _CHEMICAL_ENDING.search(m.text.lower())):
                return False
    return True


def spellings(name: str) -> list[str]:
    """``name`` and its case at a sentence start or inside one: Licorice / licorice."""
    other = name[0].swapcase() + name[1:]
    return [name, other] if other != name and name[1:] == name[1:].lower() else [name]

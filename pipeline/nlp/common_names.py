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
from collections.abc import Callable, Iterable

from pipeline import lazy_re
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
_NAME_WORD = lazy_re.compile(r"[A-Za-z][a-z]{2,}|[A-Za-z][a-z]+-[A-Za-z][a-z]+")
# between a binomial and a parenthesis: its authority, "(Rupr. et Maxim.) Harms", "L.", "Oliv."
# (a parenthesis holds an authority only with an abbreviated name in it: "(Goka)" is a common name)
# and an infraspecific rank with its epithet: "Coix lachryma-jobi L. var. ma-yuen Stapf"
_AUTHORITY = lazy_re.compile(r"(?:\s*(?:\([^()]*\.[^()]*\)|[A-Z][A-Za-z]*\.?|et|ex|&|f\.|(?:var|subsp|ssp)\.\s*[a-z][a-z-]+))*\s*")
# "(Glycyrrhiza uralensis Fisch., Leguminosae)": after a comma, the family or a code
_AUTHORITY_AND_MORE = lazy_re.compile(r"\.?" + _AUTHORITY.pattern + r"(?:[,;][^()]*)?")
# "Job's tears (Coix lacryma-jobi)": the word before the parenthesis is only the end of the name,
# which starts with its possessor
_POSSESSED = lazy_re.compile(r"(?<![A-Za-z])[A-Z][a-z]+['’]s\s+$")
_POSSESSIVE = lazy_re.compile(r"['’]s\s+$")  # "the plant's fruit (…)": no name of its own
_PAREN = lazy_re.compile(r"\(\s*([^()]{3,40}?)\s*\)")
_BINOMIAL = lazy_re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)\s[a-z]{3,}")


def common_name(words: str) -> bool:
    """Whether ``words`` (one to three) can be a plant's common name: each a word of letters
    (hyphenated parts: Du-Zhong) with no more than its first letter capital, no generic, extract,
    part or solvent word, no botanical family (Araliaceae, and the conserved Labiatae, Leguminosae:
    a Latin plural in -ae)."""
    parts = words.split()
    return (1 <= len(parts) <= 3 and all(_NAME_WORD.fullmatch(w) for w in parts)
            and not any(w.lower() in GENERIC_WORDS or w.lower() in _PHRASE_WORDS or w.lower().endswith("ae")
                        for w in parts))


def common_name_definitions(text: str, mentions: Iterable[Mention],
                            own_drug: Callable[[str], bool] = lambda _herb: False) -> list[tuple[str, str, int, int]]:
    """(common name, herb id, start, end) for each shape of the module docstring in ``text``, one
    paragraph; ``mentions`` are its mentions. Only a binomial-shaped HERB mention ("Genus
    species", "G. species") defines: the binomial is what ties the common name to one plant.
    ``own_drug(herb id)``: a herb that keeps its own name before the binomial (``_herb_name_before``)."""
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
                named = _herb_name_before(spans, text, open_at, herb.entity_id)
                if named is not None and named.entity_id != herb.entity_id and own_drug(named.entity_id):
                    continue  # "Korean red ginseng (Panax ginseng)": 红参 is a drug of its own, made from the plant
                if named is not None:  # "Green tea (Camellia sinensis)": HERB's 绿茶 is the paper's 茶叶
                    out.append((named.text, herb.entity_id, named.start, close + 1))
                    continue
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


def _herb_name_before(mentions: list[Mention], text: str, open_at: int, herb: str) -> Mention | None:
    """The HERB mention that ends right before the parenthesis at ``open_at`` and is an English name
    of one to three words ("Green tea" before "(Camellia sinensis, CS)", validation PMID 24561153:
    HERB's Green Tea is 绿茶, the paper's plant 茶叶), or None. Defined as the binomial's herb, its
    other uses in the paper ("green tea") follow; unless the name is a drug of its own (a Chinese
    Pharmacopoeia herb, GUIDELINES 1.3: the real pharmacopoeia herb): "Korean red ginseng (Panax
    ginseng)" (validation PMID26707750) names 红参, the steamed root, and the binomial only says which
    plant it is made from, as "Radix Glycyrrhizae Preparata" is not the plant either."""
    end = len(text[:open_at].rstrip())
    for m in mentions:
        if m.end == end and m.label == "HERB" and m.entity_id and common_name(m.text):
            return m
    return None


# endings of chemical names: "curcumin (Curcuma longa)" is the plant's compound, not its common name
_CHEMICAL_ENDING = lazy_re.compile(r"(?:in|ine|ol|ols|one|ide|ate|ene|ose|oid|oids|ane|yl|ic)$")


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    """No mention overlaps start..end but a HERB or a COMPOUND of the very word (a COMPOUND named
    like no chemical): a word the dictionary names as a gene or chemical keeps its entity, while the
    dictionary's "licorice" (a COMPOUND row, the confection) beside "(Glycyrrhiza uralensis)" is
    the plant the paper is about, and HERB's "Adlay" (the food row 薏米) beside "(Coix
    lachryma-jobi …)" is the drug the binomial names (薏苡仁; validation PMID 15207385): the paper's
    own definition says which herb it means, and holds its lower case too."""
    for m in mentions:
        if m.start < end and start < m.end:
            if m.start == start and m.end == end and m.label == "HERB":
                continue  # "Adlay (Coix lachryma-jobi …)": HERB's English name of a row of the plant
            if not (m.label == "COMPOUND" and m.start == start and m.end == end
                    and not _CHEMICAL_ENDING.search(m.text.lower())):
                return False
    return True


def spellings(name: str) -> list[str]:
    """``name`` and its case at a sentence start or inside one: Licorice / licorice."""
    other = name[0].swapcase() + name[1:]
    return [name, other] if other != name and name[1:] == name[1:].lower() else [name]


# --- HERB's English names in another case ------------------------------------------------------

_TITLE_WORD = lazy_re.compile(r"[A-Z][a-z]+")
_TEXT_WORD = lazy_re.compile(r"[A-Za-z]+")


def english_name_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased English name of two or three words -> herb id, from (herb id, name) pairs of the
    dictionary's herb names and synonyms. HERB writes its English names in title case ("Red
    Ginseng", "Green Tea", "Meadow Saffron") and its pinyin names likewise ("Ban Lan Gen"); papers
    write them in sentence or lower case ("Red ginseng and Polygoni Multiflori", validation PMID
    26961224; "green tea", "Huang-Qin"), which the case-sensitive matcher missed. Only names of
    title-case words that pass common_name (no generic, part, extract or solvent word, no -ae
    family) and are no pharmaceutical Latin: a name of several words is no ordinary word, which
    one word is ("Hippocampus", 海马, stop 25), so single words stay out. A name two herbs share is
    left out. On the development abstracts the names this finds are green tea, red ginseng, meadow
    saffron, ban lan gen and Huang-Qin."""
    from pipeline.nlp.latin_names import latin_drug_name

    owners: dict[str, set[str]] = {}
    for herb_id, name in names:
        words = name.split()
        if (2 <= len(words) <= 3 and all(_TITLE_WORD.fullmatch(w) for w in words) and common_name(name)
                and not latin_drug_name(name)):
            owners.setdefault(" ".join(words).lower(), set()).add(herb_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _defined_as(text: str, end: int, mentions: list[Mention]) -> str | None:
    """The herb of a HERB mention opening the parenthesis right after ``end``: "Green tea (Camellia
    sinensis, CS)" names the paper's plant (茶叶), not HERB's Green Tea row (绿茶)."""
    paren = re.match(r"\s*\(\s*", text[end:])
    if paren is None:
        return None
    at = end + paren.end()
    return next((m.entity_id for m in mentions if m.start == at and m.label == "HERB" and m.entity_id), None)


def english_name_mentions(text: str, mentions: list[Mention], table: dict[str, str],
                          own_drug: Callable[[str], bool] = lambda _herb: False) -> list[Mention]:
    """``mentions`` with a HERB mention for each name of ``table`` written in ``text`` in any case,
    its words apart or hyphenated ("red ginseng", "Huang-Qin"), that is not the dictionary's own
    spelling. A HERB mention inside it ("ginseng" of "Red ginseng") gives way; any other overlap
    keeps the text as it was. ``how`` is ``english-name``. A binomial in brackets right after the
    name makes it the binomial's herb ("Green tea (Camellia sinensis)": 茶叶, not HERB's Green Tea 绿茶)
    unless ``own_drug`` says the name's herb is a drug of its own ("Korean red ginseng (Panax
    ginseng)": 红参, ``_herb_name_before``)."""
    if not table:
        return mentions
    words = list(_TEXT_WORD.finditer(text))
    # each word lower-cased, and whether a space or a hyphen alone joins it to the next, once per
    # text rather than for each run of two and three words that holds it (stop 46)
    lowered = [w.group().lower() for w in words]
    joined = [text[a.end():b.start()] in (" ", "-") for a, b in zip(words, words[1:])]
    found: list[Mention] = []
    dropped: set[int] = set()
    i = 0
    while i < len(words):
        for n in (3, 2):
            if i + n > len(words) or not all(joined[i:i + n - 1]):
                continue
            herb = table.get(" ".join(lowered[i:i + n]))
            start, end = words[i].start(), words[i + n - 1].end()
            if herb is None or (start > 0 and text[start - 1] in "-'’") or text[end:end + 1] == "-":
                continue
            overlapping = [k for k, m in enumerate(mentions) if m.start < end and start < m.end]
            if any(mentions[k].label != "HERB" or mentions[k].start < start or mentions[k].end > end
                   or (mentions[k].start, mentions[k].end) == (start, end) for k in overlapping):
                continue
            dropped.update(overlapping)
            defined = None if own_drug(herb) else _defined_as(text, end, mentions)
            found.append(Mention(start, end, defined or herb, "HERB", "english-name", text[start:end]))
            i += n - 1
            break
        i += 1
    if not found:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in dropped]
    return sorted([*kept, *found], key=lambda m: (m.start, -m.end))

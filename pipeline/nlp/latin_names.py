"""Latin binomials written with another ending of the species epithet than HERB's.

HERB spells a plant's binomial one way ("Kalopanax pictum", "Clerodendron serratum"), papers
another ("Kalopanax pictus"): a specific epithet that is an adjective agrees in gender with its
genus (International Code of Nomenclature for algae, fungi and plants, Art. 23.5, 32.2: a wrong
termination is corrected, not a new name), so pictus/picta/pictum, chinensis/chinense and
niger/nigra/nigrum are one epithet, and so are the connecting-vowel spellings the Code corrects
(Art. 60.8: scabiosaefolia -> scabiosifolia) and the eponym genitives -ii/-i (thunbergii,
thunbergi). The dictionary matcher needs the exact spelling, so an English paper's
"Kalopanax pictus" found no herb and every finding of the paper lost its agent (validation
PMID 24009834). Here HERB's binomials are keyed by the stems of genus and epithet
(pipeline/dictionaries/latin.py, ``binomial_key``; ``variant_table``), and a binomial of the text
that the dictionary did not match is linked through that key (``variant_mentions``). Pure
functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import lazy_re
from pipeline.dictionaries.latin import binomial_key
from pipeline.nlp.matcher import Mention

_BINOMIAL = lazy_re.compile(r"^([A-Z][a-z]{2,}) ([a-z]{3,}(?:-[a-z]+)?)$")
_TEXT_BINOMIAL = lazy_re.compile(r"(?<![A-Za-z.-])([A-Z][a-z]{2,}) ([a-z]{3,}(?:-[a-z]+)?)(?![A-Za-z-])")


def variant_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """binomial key -> herb id, from (herb id, name) pairs of the dictionary's herb names and
    synonyms. A key two herbs share is left out: the text's spelling would not tell them apart.

    A herb HERB names only by its pharmaceutical Latin drug name gives the key of the drug name's
    plant words (drug_plant_key: "Herba Solani Lyrati" -> Solanum lyratum, "Gynostemmae Pentaphylli
    Herba" -> Gynostemma pentaphyllum), for keys no binomial holds: the build derives a binomial only
    where the nominative is certain (build_herbs.binomial_of), and an epithet in -i is not (lyratum or
    lyratus; carmichaeli is an eponym's own spelling), while the key needs no nominative. Plant-part
    rows of one plant (Flos/Cortex/Folium Vignae radiatae) share the key and give none."""
    owners: dict[str, set[str]] = {}
    drug_owners: dict[str, set[str]] = {}
    for herb_id, name in names:
        hit = _BINOMIAL.match(name)
        if hit:
            owners.setdefault(binomial_key(*hit.groups()), set()).add(herb_id)
        elif (key := drug_plant_key(name)) is not None:
            drug_owners.setdefault(key, set()).add(herb_id)
    for key, ids in drug_owners.items():
        owners.setdefault(key, ids)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def drug_plant_key(name: str) -> str | None:
    """The binomial key (dictionaries/latin.binomial_key) of the source plant a pharmaceutical Latin
    drug name (latin_drug_name) holds in the genitive: its two words besides the part words
    ("Herba Solani Lyrati" -> ``solan lyrat``, the key of "Solanum lyratum"). None for any other
    name, a drug named by the genus alone (Radix Astragali) or by two plants (... seu ...)."""
    if not latin_drug_name(name):
        return None
    rest = [w for w in name.split() if w.lower() not in LATIN_PARTS and w.lower() != "et"]
    if len(rest) != 2 or "seu" in (w.lower() for w in rest) or not rest[0][:1].isupper():
        return None
    return binomial_key(rest[0], rest[1])


def variant_mentions(text: str, mentions: list[Mention], table: dict[str, str]) -> list[Mention]:
    """``mentions`` with a HERB mention added for each binomial of ``text`` that no mention
    overlaps and whose key (``binomial_key``) names a herb in ``table`` ("Kalopanax pictus" for
    HERB's "Kalopanax pictum"). ``how`` is ``latin-variant``."""
    if not table:
        return mentions
    found = []
    for hit in _TEXT_BINOMIAL.finditer(text):
        herb = table.get(binomial_key(hit.group(1), hit.group(2)))
        if herb is None or any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        found.append(Mention(hit.start(), hit.end(), herb, "HERB", "latin-variant", hit.group()))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))


# The plant parts that open (Radix Astragali, Rhizoma Polygonati Odorati) or close (Polygonati
# Odorati Rhizoma, the Pharmacopoeia's order since 2010) a pharmaceutical Latin drug name.
LATIN_PARTS = frozenset((
    "radix", "rhizoma", "herba", "fructus", "semen", "folium", "flos", "cortex", "caulis", "ramulus",
    "pericarpium", "bulbus", "lignum", "spica", "cacumen", "medulla", "resina", "exocarpium", "endocarpium",
    "tuber", "pollen", "stamen", "stigma", "nodus", "arillus", "testa",
))
_LATIN_WORD = lazy_re.compile(r"[A-Za-z]{3,}")
# a hyphen may join the name to another herb's: a herb pair written "salvia miltiorrhiza bunge-radix puerariae
# herb pair" (jin2025 review, an English reference title), "Astragali Radix-Angelicae Sinensis Radix"
_PART_IN_TEXT = lazy_re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(LATIN_PARTS)) + r")(?![A-Za-z])", re.IGNORECASE)


_SORTED_PARTS = tuple(sorted(LATIN_PARTS))
_FOLDS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ: IGNORECASE reads them as i, i, s; ``str.lower`` does not


def may_name_part(text: str) -> bool:
    """Can ``_PART_IN_TEXT`` match in ``text``: does its lower-cased text hold a part word? Exact as a gate (issue
    17, stop 52): a case-insensitive match of an ASCII word is the word in ``str.lower``'s text, but for the three
    letters where the two disagree, when the pattern decides (text/pysbd_abbreviations.py, stop 51). The pattern
    opens with a look-behind and an IGNORECASE alternation, tried at every character of every paragraph (~22 µs a
    paragraph; 12 of the 120 ChinaXiv dev papers' 5,428 paragraphs it read hold a part word as a word)."""
    if any(ch in text for ch in _FOLDS):
        return True
    lowered = text.lower()
    return any(part in lowered for part in _SORTED_PARTS)


def latin_drug_name(name: str) -> bool:
    """A pharmaceutical Latin drug name: two to four Latin-looking words, the first or the last a
    plant part of LATIN_PARTS ("Rhizoma Polygonati Odorati"). An English common name ("Green Tea",
    "Sea Horse") is none, so folding its case cannot make an ordinary word a herb (HERB's English
    names tried in lower case made "hippocampus" 海马, stop 25)."""
    words = name.split()
    return (2 <= len(words) <= 4 and all(_LATIN_WORD.fullmatch(w) for w in words)
            and (words[0].lower() in LATIN_PARTS or words[-1].lower() in LATIN_PARTS))


def case_variant_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased pharmaceutical Latin drug name -> herb id, from (herb id, name) pairs of the
    dictionary's herb names and synonyms (latin_drug_name). A name two herbs share is left out."""
    owners: dict[str, set[str]] = {}
    for herb_id, name in names:
        if latin_drug_name(name):
            owners.setdefault(" ".join(name.lower().split()), set()).add(herb_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _windows(text: str, part: re.Match) -> list[tuple[int, int]]:
    """Spans of two to four words that open or close with the part word ``part``, longest first."""
    spans = []
    pos = part.end()
    # words after: "Rhizoma polygonati odorati"
    ends = []
    for _ in range(3):
        hit = re.match(r"\s+[A-Za-z]+(?![A-Za-z-])", text[pos:])
        if hit is None:
            break
        pos += hit.end()
        ends.append(pos)
    spans += [(part.start(), end) for end in reversed(ends)]
    # words before: "polygonati odorati rhizoma"
    starts = []
    pos = part.start()
    for _ in range(3):
        hit = re.search(r"(?<![A-Za-z])[A-Za-z]+\s+$", text[:pos])
        if hit is None:
            break
        pos = hit.start()
        starts.append(pos)
    spans += [(start, part.end()) for start in reversed(starts)]
    return spans


def case_variant_mentions(text: str, mentions: list[Mention], table: dict[str, str]) -> list[Mention]:
    """``mentions`` with a HERB mention for each pharmaceutical Latin drug name of ``text`` written
    in another case than the dictionary's ("Extracts of Rhizoma polygonati odorati", a title's
    lower case, validation PMID 24312343; HERB: Rhizoma Polygonati Odorati) that no mention
    overlaps. Only names of case_variant_table are folded. ``how`` is ``latin-variant``."""
    if not table or not may_name_part(text):
        return mentions
    found: list[Mention] = []
    for part in _PART_IN_TEXT.finditer(text):
        for start, end in _windows(text, part):
            herb = table.get(" ".join(text[start:end].lower().split()))
            if herb is None:
                continue
            if not any(m.start < end and start < m.end for m in [*mentions, *found]):
                found.append(Mention(start, end, herb, "HERB", "latin-variant", text[start:end]))
            break
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))


# "Polygoni Multiflori", "Panax Ginseng": genus and epithet both capitalised, as pharmaceutical Latin
# and titles write them (overlapping matches: "Radix Polygoni Multiflori" holds two pairs)
_CAPITAL_PAIR = lazy_re.compile(r"(?<![A-Za-z.-])(?=([A-Z][a-z]{2,}) ([A-Z][a-z]{3,})(?![A-Za-z-]))")
# parts after which the drug is the plant's own (what HERB's binomial row is): other parts of the
# plant are other drugs (Caulis Polygoni Multiflori is 首乌藤, not 何首乌)
_PLANT_PARTS = frozenset(("radix", "rhizoma", "herba", "tuber"))


def genitive_mentions(text: str, mentions: list[Mention], table: dict[str, str],
                      cases: dict[str, str]) -> list[Mention]:
    """``mentions`` with a HERB mention for each pharmaceutical Latin plant name of ``text`` written
    without its part word, or with the part on the other side than HERB's ("Combination with Red
    ginseng and Polygoni Multiflori", "Polygoni Multiflori Radix (RGPM)", validation PMID 26961224;
    HERB: Polygonum multiflorum, Radix Polygoni Multiflori Preparata). The genitive and the
    nominative share the binomial key (pipeline/dictionaries/latin.py), so ``table`` (variant_table)
    links the pair; a part word beside it joins the mention: the name with the part first (``cases``,
    case_variant_table) when HERB has it, else the binomial's herb when the part is the root, the
    rhizome or the whole herb. No mention may overlap. ``how`` is ``latin-variant``."""
    if not table:
        return mentions
    found: list[Mention] = []
    for hit in _CAPITAL_PAIR.finditer(text):
        start, end = hit.start(), hit.start() + len(hit.group(1)) + 1 + len(hit.group(2))
        if hit.group(1).lower() in LATIN_PARTS:
            continue
        after = re.match(r"\s+([A-Za-z]+)(?![A-Za-z-])", text[end:])
        before = re.search(r"(?<![A-Za-z-])([A-Za-z]+)\s+$", text[max(0, start - 20):start])
        part, p0, p1 = None, start, end
        if after is not None and after.group(1).lower() in LATIN_PARTS:
            part, p1 = after.group(1).lower(), end + after.end()
        elif before is not None and before.group(1).lower() in LATIN_PARTS:
            part, p0 = before.group(1).lower(), start - len(before.group(0))
        herb = cases.get(f"{part} {hit.group(1).lower()} {hit.group(2).lower()}") if part else None
        if herb is None and (part is None or part in _PLANT_PARTS):
            herb = table.get(binomial_key(hit.group(1), hit.group(2)))
        if herb is None or any(m.start < p1 and p0 < m.end for m in [*mentions, *found]):
            continue
        found.append(Mention(p0, p1, herb, "HERB", "latin-variant", text[p0:p1]))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))

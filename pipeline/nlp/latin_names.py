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

from pipeline.dictionaries.latin import binomial_key
from pipeline.nlp.matcher import Mention

_BINOMIAL = re.compile(r"^([A-Z][a-z]{2,}) ([a-z]{3,}(?:-[a-z]+)?)$")
_TEXT_BINOMIAL = re.compile(r"(?<![A-Za-z.-])([A-Z][a-z]{2,}) ([a-z]{3,}(?:-[a-z]+)?)(?![A-Za-z-])")


def variant_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """binomial key -> herb id, from (herb id, name) pairs of the dictionary's herb names and
    synonyms. A key two herbs share is left out: the text's spelling would not tell them apart."""
    owners: dict[str, set[str]] = {}
    for herb_id, name in names:
        hit = _BINOMIAL.match(name)
        if hit:
            owners.setdefault(binomial_key(*hit.groups()), set()).add(herb_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


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

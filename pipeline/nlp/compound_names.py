"""One compound under its salt, base and brand names in an English paper.

"Imatinib mesylate (Gleevec) enhances … apoptosis … imatinib dose-dependently stimulates …":
the paper tests one drug, named as the salt (MeSH's Imatinib Mesylate), the brand in
parentheses and the bare base (ChEBI's imatinib). Three ids split its findings into rows that
each look like a different compound. Within one English document: a bare name that is a salt's
name without the salt word, and a compound named alone in parentheses right after another
compound (a synonym or brand), take that compound's id.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_SALT = lazy_re.compile(
    r"^(?P<base>[A-Za-z][\w\-]{2,})\s+(?:mesylate|mesilate|hydrochloride|dihydrochloride|hcl|sodium|potassium|calcium|"
    r"citrate|sulfate|sulphate|maleate|tartrate|phosphate|acetate|besylate|fumarate|succinate|bromide|chloride|"
    r"hydrobromide|monohydrate|dihydrate)$", re.IGNORECASE)


def salt_bases(mentions: list[Mention]) -> dict[str, str]:
    """Lower-case base name -> the salt's entity id, for each compound named as a salt."""
    out: dict[str, str] = {}
    for m in mentions:
        hit = _SALT.match(m.text) if m.label == "COMPOUND" and m.entity_id else None
        if hit:
            out.setdefault(hit.group("base").lower(), m.entity_id)
    return out


def parenthesised_synonyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Entity id of a compound written alone in parentheses right after another compound
    ("Imatinib mesylate (Gleevec)") -> the first compound's id."""
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.label == second.label == "COMPOUND" and first.entity_id and second.entity_id \
                and first.entity_id != second.entity_id \
                and re.fullmatch(r"\s*\(\s*", text[first.end:second.start]) \
                and re.match(r"\s*\)", text[second.end:second.end + 3]):
            out.setdefault(second.entity_id, first.entity_id)
    return out


def one_compound(mentions: list[Mention], bases: dict[str, str], synonyms: dict[str, str]) -> list[Mention]:
    """``mentions`` with bare base names and parenthesised synonyms read as the named compound."""
    if not bases and not synonyms:
        return mentions
    out = []
    for m in mentions:
        target = None
        if m.label == "COMPOUND":
            target = bases.get(m.text.lower()) or synonyms.get(m.entity_id)
        out.append(replace(m, entity_id=target) if target and target != m.entity_id else m)
    return out

"""Two spellings the dictionary keys do not fold: Latin plurals and formula subscripts.

* ``apoptoses``, ``metastases``: the Latin plural of a ``-sis`` name (the matcher absorbs an
  English plural ``s`` after a symbol, not ``-sis`` → ``-ses``);
* ``CoCl2`` written for the dictionary's ``CoCl(2)``: PubMed/MeSH names write formula
  subscripts in parentheses, papers write them inline.

An unmatched word of either shape is looked up in its dictionary spelling and becomes a
mention only when that spelling names an entity (a pathway/process for plurals, a compound
for formulas). Pure function over one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.nlp.matcher import Mention

_SES = re.compile(r"(?<![A-Za-z0-9-])([a-z]{4,})ses(?![A-Za-z0-9])")
_FORMULA = re.compile(r"(?<![A-Za-z0-9(\-])((?:[A-Z][a-z]?[0-9]*){2,})(?![A-Za-z0-9(])")


def word_form_mentions(text: str, mentions: list[Mention], entity_of: Callable[[str, str], str | None]) -> list[Mention]:
    """``mentions`` plus Latin plurals and inline-subscript formulas the dictionary names.

    ``entity_of(name, label)`` gives the id of an entity with that label the name names, or None.
    """
    added: list[Mention] = []
    candidates: list[tuple[int, int, str, str]] = []
    if "ses" in text:
        candidates += [(m.start(), m.end(), m.group(1) + "sis", "PATHWAY") for m in _SES.finditer(text)]
    candidates += [(m.start(), m.end(), re.sub(r"([0-9]+)", r"(\1)", m.group(1)), "COMPOUND")
                   for m in _FORMULA.finditer(text) if any(c.isdigit() for c in m.group(1))]
    for start, end, name, label in candidates:
        if any(m.start < end and start < m.end for m in mentions):
            continue
        entity = entity_of(name, label)
        if entity:
            added.append(Mention(start, end, entity, label, "word-form", text[start:end]))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

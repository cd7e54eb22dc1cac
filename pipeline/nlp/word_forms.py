"""A spelling the dictionary keys do not fold: the Latin plural of a ``-sis`` name.

``apoptoses``, ``metastases``: the matcher absorbs an English plural ``s`` after a symbol, not
``-sis`` → ``-ses``. An unmatched word of that shape is looked up as its singular and becomes a
mention only when the singular names a pathway or process. Pure function over one paragraph.

(Formula subscripts, ``CoCl2`` for MeSH's ``CoCl(2)``, need no rule here: dictionary keys and
text go through the same subscript normaliser, pipeline/text/subscripts.py.)
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_SES = lazy_re.compile(r"(?<![A-Za-z0-9-])([a-z]{4,})ses(?![A-Za-z0-9])")


def word_form_mentions(text: str, mentions: list[Mention], entity_of: Callable[[str, str], str | None]) -> list[Mention]:
    """``mentions`` plus Latin plurals the dictionary names.

    ``entity_of(name, label)`` gives the id of an entity with that label the name names, or None.
    """
    added: list[Mention] = []
    candidates: list[tuple[int, int, str, str]] = []
    if "ses" in text:
        candidates += [(m.start(), m.end(), m.group(1) + "sis", "PATHWAY") for m in _SES.finditer(text)]
    for start, end, name, label in candidates:
        if any(m.start < end and start < m.end for m in mentions):
            continue
        entity = entity_of(name, label)
        if entity:
            added.append(Mention(start, end, entity, label, "word-form", text[start:end]))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

"""A compound class in apposition to a compound names what the compound is, not a partner.

"Rg1, as a ginsenoside extracted from Panax ginseng, could ameliorate spatial learning impairment"
(PMID18308784): ginsenosides are the class Rg1 belongs to; the sentence says the herb contains Rg1
(the gold row), not "ginsenoside" as a second compound (Radix Ginseng contains ginsenoside stood in
validation_en's top |gold|), and what Rg1 does is not done by its class. The same shape: "quercetin,
a flavonoid, …", "Am80 is a synthetic retinoid", "知母皂苷BII,一种从知母根茎中分离得到的甾体皂苷".

A COMPOUND mention that follows another COMPOUND mention with only an appositive article between
("X, as a …", "X, a …", "X is a …", "X,一种…") is no relation partner of its sentence
(relations/pairs.py ``sentence_pairs``); the compound it describes keeps every pair.
"""

from __future__ import annotations

import re

_APPOSITION = re.compile(
    r"^\s*(?:,\s*)?(?:(?:as|is|being|was)\s+)?(?:a|an|one)\s+(?:(?:new|novel|natural|synthetic|major|main|"
    r"bioactive|active|known|potent|selective|specific|steroidal|triterpenoid|plant|dietary|polyphenolic)\s+){0,3}$"
    r"|^\s*[,，]?\s*(?:是|作为)?一种[^，。,;；]{0,30}$", re.IGNORECASE)


def class_appositions(text: str, mentions) -> set[int]:
    """Indices of the COMPOUND ``mentions`` (with ``sentence_start``/``sentence_end``, ``label``,
    ``entity_id``) of ``text`` in apposition to the COMPOUND mention right before them."""
    out: set[int] = set()
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].sentence_start)
    for n in range(1, len(ordered)):
        before, m = mentions[ordered[n - 1]], mentions[ordered[n]]
        if m.label == before.label == "COMPOUND" and m.entity_id != before.entity_id and \
                m.sentence_start >= before.sentence_end and \
                _APPOSITION.match(text[before.sentence_end:m.sentence_start]):
            out.add(ordered[n])
    return out

"""Subject pronouns that continue the previous sentence's herb or compound.

Reviews write "淫羊藿苷是…化合物…。除此之外,它还能通过增加…" — 它 (it) is icariin. A
sentence that opens (after a discourse connective) with a subject pronoun or anaphoric noun
phrase (它, 其, 该化合物, 该药物, 该方剂, "It", "This compound") gets a mention of the first
herb/compound of the previous sentence in the same paragraph, marked ``how="coreference"``.
Only the opening subject is resolved: a narrow rule that the text makes clear.
"""

from __future__ import annotations

import re

from pipeline.nlp.matcher import Mention

_OPENING = re.compile(
    r"^(?:(?:此外|除此之外|另外|同时|而且|并且|因此|Moreover|In addition|Furthermore|Additionally)\s*[,，]?\s*)?"
    r"(?P<pronoun>它们|它|其|该化合物|该药物|该药|该方剂|该方|该成分|This compound|This drug|It)(?![A-Za-z])"
)
AGENT_LABELS = ("HERB", "COMPOUND")


def opening_pronoun(sentence: str) -> tuple[int, int] | None:
    """Offsets of an opening subject pronoun in ``sentence``."""
    m = _OPENING.match(sentence)
    return m.span("pronoun") if m else None


def resolve(previous: list[Mention], sentence_text: str, sentence_start: int, mentions: list[Mention]) -> Mention | None:
    """A coreference mention for the sentence (paragraph offsets), or None."""
    span = opening_pronoun(sentence_text)
    if span is None:
        return None
    antecedent = next((m for m in previous if m.label in AGENT_LABELS), None)
    if antecedent is None:
        return None
    start, end = sentence_start + span[0], sentence_start + span[1]
    if any(m.start < end and start < m.end for m in mentions):
        return None
    return Mention(start, end, antecedent.entity_id, antecedent.label, "coreference", sentence_text[span[0]:span[1]])

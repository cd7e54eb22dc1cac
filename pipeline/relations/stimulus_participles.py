"""A stimulus participle written without its hyphen: "suppressed high-fructose diet induced … expression".

"X-induced Y" is a compound adjective (Quirk et al. 1985, I.12 and 17.109: a noun + -ed participle premodifying the
head, "= induced by X"); effects._participles already reads the hyphenated form as a premodifier that governs no
later mention, so the verb before it decides ("X suppressed LPS-induced Y expression": X lowers Y, GUIDELINES 5.7).
Abstracts also write the compound open, with a space: "RGPM suppressed high-fructose diet induced vascular
inflammation marker expression such as adhesion molecules and ET-1" (validation_en PMID26961224, gold: RGPM
``downregulates`` ET-1), "ameliorates highfructose diet induced metabolic syndrome", "prevent adrenocorticotrophic
hormone induced hypertension" (TUNE abstracts). Read as a finite verb, "induced" governed the target with the
stimulus's sign and the protector got the opposite of its effect.

The open form is a premodifier only inside the object of an earlier effect verb of its clause, right after a noun
(not a coordinator, a relative pronoun, an auxiliary or an adverb: "inhibited the growth and induced apoptosis",
"which induced", "was induced", "significantly induced" are verbs) and not before "by" (a reduced relative, "the
apoptosis induced by X", whose agent is the by-phrase).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.cues import EFFECT_CLASSES, Cue, clause_breaks

_STIMULUS_WORDS = frozenset({"induced", "stimulated", "evoked", "elicited", "triggered"})
# the word right before the participle: a noun of the stimulus phrase, not a function word or an adverb
_WORD_BEFORE = lazy_re.compile(r"(?<![\w\-])(?P<word>[A-Za-z][\w\-]*)\s$")
_NOT_A_NOUN = frozenset({"and", "or", "but", "nor", "then", "that", "which", "who", "also", "not", "has", "have",
                         "had", "was", "were", "is", "are", "be", "been", "being", "it", "they", "we", "and/or"})
_BY_AFTER = lazy_re.compile(r"\s+by\b", re.IGNORECASE)


def open_stimulus_participle(text: str, cue: Cue, cues: list[Cue]) -> bool:
    """Is ``cue`` a stimulus participle ("induced") written open after its stimulus noun, inside the object of an
    earlier effect verb of its clause ("suppressed high-fructose diet induced … expression")?"""
    if cue.text.lower() not in _STIMULUS_WORDS or cue.start < 2:
        return False
    found = _WORD_BEFORE.search(text, max(0, cue.start - 40), cue.start)
    if found is None:
        return False
    word = found.group("word").lower()
    if word in _NOT_A_NOUN or word.endswith("ly"):
        return False
    if _BY_AFTER.match(text, cue.end):
        return False
    lo = max((b + 1 for b in clause_breaks(text) if b < cue.start), default=0)
    return any(c.kind in EFFECT_CLASSES and lo <= c.start and c.end < found.start() for c in cues)

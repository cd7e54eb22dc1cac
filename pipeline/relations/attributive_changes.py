"""A read-out's change stated by an attributive participle: "reduced expression of Y", "increased Y levels".

Results sentences name what a treatment changed as a noun phrase whose head is the measured quantity and whose
premodifier is the change participle, then report the phrase as found, observed or seen in a treated group:

* "… and reduced expression of MMP-9, PLAU, and cathepsin B were found after LDHA knockdown or FX11 treatment in PC-3
  and DU145 cells" (BioRED train PMID25983002: FX11 Negative_Correlation with each);
* "Rats fed diets containing 20% dehulled adlay had less COX-2 protein expression in both proximal and distal colon
  tumors" (validation_en PMID15207385): a comparative adjective in the participle's place, the read-out before its head.

An -ed participle before a noun is an adjective (Quirk et al. 1985, 7.15-7.17 on participial adjectives; Biber et
al. 1999, 7.7 on -ed participles as attributive adjectives): "reduced expression of Y" says Y's level is lower, with
no subject of its own, and the treatment of the sentence's adjunct (treatment.py, treated_groups.py) is the one that
lowered it (GUIDELINES 5.9: a treatment group's read-out is a statement about the treatment). treatment.own_change
reads the change *nouns* ("down-regulation of Bcl-2") and the predicate after the read-out; the participle before it
was left unread, so the pair fell to ``associated``.

The participle is attributive only where no subject stands before it: at the clause's opening or after a
determiner, a preposition, a coordinator or a verb of showing ("showed reduced expression of"); "X reduced
expression of Y" (a finite verb with its subject) is effects.py's case and never reaches here.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline._core import blank_spans
from pipeline.relations.cues import EFFECT_CLASSES, Cue, clause_breaks

# the change participles and comparatives an attributive read-out takes (effect cues of cues.py ending in -ed)
_PARTICIPLE = lazy_re.compile(r"[A-Za-z\-]+ed$")
# what may stand before an attributive participle in its clause: nothing, a determiner, a preposition, a coordinator
# or a verb of showing, each with up to two degree adverbs after it
_OPENER = lazy_re.compile(r"(?:^|[(\[,;:]|\b(?:and|or|of|with|by|a|an|the|in|to|showed?|shows|revealed?|reveals|"
                          r"exhibited|exhibits?|displayed|displays?|had|has|have|demonstrated|indicated)\b)"
                          r"\s*(?:(?:significantly|markedly|dramatically|remarkably|notably|slightly|greatly|"
                          r"strongly|further|also)\s+){0,2}$", re.IGNORECASE)
# the measured quantity heading the phrase, its of-object the read-out's list: "expression of", "protein levels of the"
_HEAD_OF = lazy_re.compile(r"^\s+(?:(?:protein|mRNA|gene)\s+)?(?:expressions?|levels?|activit(?:y|ies)|phosphorylation|"
                           r"activation|production|secretion|contents?|abundance|amounts?|transcription|release)"
                           r"\s+of\s+(?:the\s+)?$"
                           # an immunostaining read-out: "Increased intensity of staining for insulin, and preservation of
                           # beta-cell numbers were apparent in the NS-treated diabetic rats" (validation_en PMID15224410,
                           # gold NS ``upregulates`` insulin)
                           r"|^\s+(?:intensity\s+of\s+)?(?:immuno)?(?:staining|reactivity|immunoreactivity|labell?ing)"
                           r"\s+(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE)
# the read-out named before its head noun: "reduced MMP-9 expression", "increased Bax protein levels"
_HEAD_AFTER = lazy_re.compile(r"(?:\s*-\s*|\s+)(?:(?:protein|mRNA|gene)\s+)?(?:expressions?|levels?|activit(?:y|ies)|"
                              r"phosphorylation|activation|production|secretion|contents?|abundance)\b", re.IGNORECASE)
# other items of the read-out's list, once mentions are blanked
_LIST_GAP = lazy_re.compile(r"^(?:[\s,]|\band\b|\bor\b)*$", re.IGNORECASE)


def _list_edges(text: str, target, spans) -> tuple[int, int]:
    """Where the list of mentions the target is an item of starts and ends (commas, and/or between items)."""
    start, end = target.start, target.end
    for sp in sorted(spans, key=lambda s: -s.end):
        if sp.end <= start and _LIST_GAP.match(text[sp.end:start]):
            start = sp.start
        elif sp.end <= start:
            break
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start >= end and _LIST_GAP.match(text[end:sp.start]):
            end = sp.end
        elif sp.start >= end:
            break
    return start, end


# a comparative in the participle's place: "Rats fed diets containing 20% dehulled adlay had less COX-2 protein expression
# in both proximal and distal colon tumors" (validation_en PMID15207385, gold adlay ``downregulates`` COX-2); no cue
# of cues.py names a comparative (treated_groups.py reads it as a predicate after the read-out)
_COMPARATIVE = lazy_re.compile(r"\b(?:(?P<down>less|lower)|(?P<up>higher|greater|more))\s+$", re.IGNORECASE)


def _holds_target(text: str, start: int, list_start: int, list_end: int, spans) -> bool:
    """Does the phrase from the change word's end ``start`` name the read-out's list as its head's object or
    premodifier ("expression of A, B", "A protein expression")?"""
    gap = blank_spans(text, start, list_start, list(spans))
    return bool(_HEAD_OF.match(gap)) or (gap.strip() == "" and gap != "" and _HEAD_AFTER.match(text, list_end) is not None)


def attributive_change(text: str, target, cues: list[Cue], spans) -> Cue | None:
    """The change of an attributive participle or comparative whose phrase holds the target ("reduced expression of
    MMP-9, PLAU, and cathepsin B", "increased Bax levels", "less COX-2 protein expression"): an effect cue (a Cue of
    class up/down for a comparative), or None."""
    list_start, list_end = _list_edges(text, target, spans)
    lo = max((b + 1 for b in clause_breaks(text) if b < list_start), default=0)
    before = [c for c in cues if c.kind in EFFECT_CLASSES and lo <= c.start and c.end <= list_start]
    if before and _PARTICIPLE.match(before[-1].text) and _OPENER.search(text[lo:before[-1].start]) \
            and _holds_target(text, before[-1].end, list_start, list_end, spans):
        return before[-1]
    for end in range(list_start, max(lo, list_start - 40), -1):  # the comparative ends where the phrase's words start
        if not text[end - 1].isspace():
            continue
        found = _COMPARATIVE.search(text, max(lo, end - 12), end)
        if found is None or any(found.start() <= c.start < end for c in cues if c.kind in EFFECT_CLASSES):
            continue
        kind = "up" if found.group("up") else "down"
        if _OPENER.search(text[lo:found.start()]) and _holds_target(text, found.end(kind), list_start, list_end, spans):
            return Cue(kind, found.start(kind), found.end(kind), found.group(kind))
        break
    return None

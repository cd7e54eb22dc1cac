"""The treatment named in an adjunct, and the change each read-out's own phrase states.

Results sentences of abstracts often make the read-out the grammatical subject and name the
herb or compound only in an adjunct: "We observed the down-regulation of Bcl-2 expression and
activation of caspase-3 **in AECM-treated U937 cells**", "the level of collagen I … and α-SMA
decreased … **after treatment with CTEP**", "the levels of cytochrome c were elevated …
**upon treatment with FSEER**" (validation PMIDs 15870944, 23583903, 25373392). No cue stands
between the agent and its targets, so the verb-before-target grammar of effects.py finds
none; yet the sentence states what the treatment did (GUIDELINES 5.9: a treatment group's
read-out is a statement about the treatment). This is the agentless passive / nominalised
report of a finding, whose agent is recovered from the instrument adjunct (Kilicoglu &
Bergler 2009 read the agent of a nominalised trigger from its "by/with/in" adjunct in the
same way).

Two questions, each a pure function:

* ``treated_with(text, start, end)`` — is the mention the treatment of an adjunct ("X-treated",
  "treatment with X", "treated with X", "X treatment")?
* ``own_change(text, target, cues, spans)`` — the change the target's own phrase states: a
  change noun whose object it is ("down-regulation of … Bcl-2", "activation of caspase-3",
  "caspase-3 activation") or a predicate right after it and its list ("levels of cytochrome c
  were elevated", "Cyclin D1 decrease and p53 increase"). A verb with an object ("decreased
  TNF") is not the target's own phrase: it has a subject, which is what effects.py reads.

English only: Chinese results state the group ("X组Y表达降低", cue_scope.group_comparison).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline._core import blank_spans
from pipeline.relations.cues import EFFECT_CLASSES, Cue, clause_breaks
from pipeline.relations.sentence_memo import per_sentence

# "AECM-treated U937 cells", "CTEP treatment", "FSEER-exposed cells", "LIG administration"
_TREATED_AFTER = lazy_re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*-?\s*(?:treated|exposed|administered|fed|supplemented"
                                 r"|(?:[a-z\-]+\s+)?(?:(?:pre-?)?treatments?|administration|supplementation|exposure|intervention))\b",
                                 re.IGNORECASE)  # "CoCl2 time exposure", "LIG oral administration"
# "after treatment with CTEP", "upon treatment with FSEER", "cells treated with AECM", "the
# treatment of TFAE", "exposure to X", "diets containing X"
_TREATED_BEFORE = lazy_re.compile(r"(?:\b(?:(?:pre-?)?treatments?|incubation|exposure|administration|supplementation|"
                                  r"intervention)\s+(?:with|of|by|to)"
                                  r"|\b(?:treated|incubated|exposed|pretreated|pre-treated|supplemented)\s+(?:with|to|by)"
                                  r"|\bdiets?\s+(?:containing|supplemented\s+with|with))"
                                  r"\s+(?:the\s+|a\s+)?(?:[\w\-%.]+\s+){0,3}$", re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def treated_with(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the treatment named in an adjunct or a treatment noun
    ("X-treated cells", "after treatment with X", "X treatment caused …")?"""
    return bool(_TREATED_AFTER.match(text[end:end + 40]) or _TREATED_BEFORE.search(text[max(0, start - 60):start]))


_NOMINAL = lazy_re.compile(r"(?:tion|ment|sis|increase|decrease|elevation|reduction|loss)s?$", re.IGNORECASE)
# between a change noun and its object: "of", an article, up to three modifiers ("down-regulation
# of anti-apoptotic Bcl-2", "proteolytic activation of caspase-3")
_OF_OBJECT = lazy_re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:(?:,|\band\b|\bor\b)\s*)*$", re.IGNORECASE)
# between the object and a change noun after it: "caspase-3 activation", "Bcl-2 protein expression"
_NOUN_AFTER = lazy_re.compile(r"^(?:\s*-\s*|\s+)(?:protein\s+|mRNA\s+|gene\s+)?$", re.IGNORECASE)
# between the last item of the target's list and its predicate: "… and α-SMA proteins decreased
# significantly", "levels of cytochrome c were elevated", "Cyclin D1 decrease"
# (the read-out's amount may be named "presence": "whereas the p53(mut) presence decreased with CoCl2 time exposure",
# new_papers_en PMID23380477, gold CoCl2 ``downregulates`` p53)
_PREDICATE_GAP = lazy_re.compile(r"^(?:\s*\([^()]{0,30}\))?\s*(?:proteins?\s+|mRNAs?\s+|genes?\s+)?(?:expressions?\s+|levels?\s+"
                                 r"|contents?\s+|activit(?:y|ies)\s+|presence\s+)?(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?"
                                 r"(?:(?:also|further|all|both|significantly|markedly|dramatically|remarkably|obviously|"
                                 r"notably|slightly|greatly|clearly)\s+)*$", re.IGNORECASE)
# what may follow a predicate that has no object ("decreased significantly in …", "were elevated in
# the cytoplasm", "decrease and p53 increase both in vitro"); a noun after it is its object ("OPG
# increases bone volume": OPG is a subject, not a read-out)
_NO_OBJECT = lazy_re.compile(r"\s*(?:$|[,.;:()\[]|(?:and|or|but|whereas|while|in|at|after|upon|following|with|both|when|"
                             r"compared|relative|versus|vs|than|significantly|markedly|dramatically|remarkably|obviously|"
                             r"notably|slightly|greatly|clearly|respectively|dose-dependently|\d)\b)", re.IGNORECASE)
# other items of the target's list, once mentions are blanked: separators and "and"
_LIST_GAP = lazy_re.compile(r"^(?:[\s,]|\band\b|\bor\b|\bp-|[αβγδκ]-)*$", re.IGNORECASE)


def own_change(text: str, target, cues: list[Cue], spans) -> Cue | None:
    """The change the target's own phrase states (a change noun governing it, or the predicate
    after its list in its clause), or None."""
    breaks = clause_breaks(text)
    list_start, list_end = _list_start(text, target, spans), _list_end(text, target, spans)
    lo = max((b + 1 for b in breaks if b < list_start), default=0)
    hi = next((b for b in breaks if b >= list_end), len(text))
    effect = [c for c in cues if c.kind in EFFECT_CLASSES]
    before = [c for c in effect if lo <= c.start and c.end <= target.start]
    if before and _NOMINAL.search(before[-1].text) and _OF_OBJECT.match(blank_spans(text, before[-1].end, target.start, list(spans))):
        return before[-1]
    after = next((c for c in effect if list_end <= c.start and c.end <= hi), None)
    if after is None:
        return None
    gap = text[list_end:after.start]
    if _NOMINAL.search(after.text) and _NOUN_AFTER.match(gap) and list_end == target.end and \
            (re.search(r"(?:tion|ment|sis)s?$", after.text) or _NO_OBJECT.match(text, after.end)):
        return after  # "caspase-3 activation" ("OPG increases bone volume" is a verb with its object)
    if _PREDICATE_GAP.match(gap) and _NO_OBJECT.match(text, after.end) and \
            not (_NOMINAL.search(after.text) and re.match(r"^\s*(?:of|in)\b", text[after.end:after.end + 4])):
        # (a change noun with its own object after it, "increase in Y", is not the target's predicate)
        return after  # "levels of cytochrome c were elevated", "… and α-SMA proteins decreased"
    return None


def _list_start(text: str, target, spans) -> int:
    """Where the list the target ends or continues starts ("an increase of Beclin-1, ATG 5-12,
    and LC3-II": at Beclin-1)."""
    start = target.start
    for sp in sorted(spans, key=lambda s: -s.end):
        if sp.end > start:
            continue
        if not _LIST_GAP.match(text[sp.end:start]):
            break
        start = sp.start
    return start


def _list_end(text: str, target, spans) -> int:
    """Where the list the target opens or continues ends: after the last mention joined to it
    by commas and and/or only ("collagen I, collagen III, p-Smad 3, TIMP-1 and α-SMA")."""
    end = target.end
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start < end:
            continue
        if not _LIST_GAP.match(text[end:sp.start]):
            break
        end = sp.end
    return end


def list_bounds(text: str, target, spans) -> tuple[int, int]:
    """Where the list the target is an item of starts and ends (``_list_start``, ``_list_end``)."""
    return _list_start(text, target, spans), _list_end(text, target, spans)

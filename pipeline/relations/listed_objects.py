"""English: one transitive verb governs every object of its list, an event nominal among them too.

"KP BuOH fraction also potently inhibited the expression of the pro-inflammatory cytokines, IL-1b, IL-6 and TNF-a
as well as the activation of NF-kB" (validation_en PMID24009834; gold: the herb inhibits NF-kB): the verb distributes
over its coordinated objects, and the last object's own event noun ("the activation of") says what of NF-kB is
inhibited — it does not type the pair by itself. The verb and the nominal's signs multiply (effects.py ``_outer_cue``),
as for a nominal right after the verb ("inhibited the activation of NF-kB").

Only the gap between the verb and the nominal is read: an object list closed by a coordinator right before the
nominal, with no clause of its own in between (no finite auxiliary, relative pronoun, contrast word or semicolon),
so "X inhibited IL-6, whereas the activation of NF-kB …" or "… and the activation of NF-kB was …" (the nominal the
subject of a clause of its own is decided after it, not here) keep the nominal's own reading.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the list's end right before the nominal: "… and the", "…, as well as the downstream", "… and"
_LIST_END = lazy_re.compile(r"(?:,\s*)?\b(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[a-z\-]+\s+)?$", re.IGNORECASE)
# a clause of its own inside the gap: the verb's object list has ended before the nominal
_CLAUSE_INSIDE = lazy_re.compile(r"[;:]|\b(?:which|that|who|whereas|while|but|although|was|were|is|are|been|be|"
                                 r"by|via|through|after|before|when|in\s+order)\b", re.IGNORECASE)
# the nominal the subject of its own clause: "…, and the activation of NF-kB was increased"
_OWN_PREDICATE = lazy_re.compile(r"\b(?:was|were|is|are|has|have|had|remained|became|appeared|seemed)\b", re.IGNORECASE)
# a participle after a determiner or preposition modifies the next noun ("of reduced GSH"): no verb of a list
_PREMODIFIER_BEFORE = lazy_re.compile(r"\b(?:of|the|a|an|in|with|for|on|from|its|their|no)\s+$", re.IGNORECASE)
# the event nominal with its own object ("activation of NF-kB"): an item of the list, not a noun the items modify
_WITH_OBJECT = lazy_re.compile(r"[A-Za-z\-]+\s+of\b")
_MAX_GAP = 160  # characters: an object list of a few items with their head nouns


def governs_listed_nominal(text: str, verb_start: int, verb_end: int, nominal_start: int) -> bool:
    """Does the effect verb at [``verb_start``, ``verb_end``) govern the event nominal starting at ``nominal_start``
    as the last item of its object list ("inhibited IL-6 as well as the activation of NF-kB")?"""
    if not _WITH_OBJECT.match(text, nominal_start):
        return False  # "causes memory and learning impairments in rats" (BioRED train): premodifiers of one noun
    gap = text[verb_end:nominal_start]
    if len(gap) > _MAX_GAP or _PREMODIFIER_BEFORE.search(text, max(0, verb_start - 12), verb_start):
        return False  # "lower level of reduced GSH and induction of apoptosis" (validation_en PMID23523949): an adjective
    end = _LIST_END.search(gap)
    if end is None or not gap[:end.start()].strip():
        return False  # "inhibited and the …": no object before the coordinator
    if _CLAUSE_INSIDE.search(gap, 0, end.start()) is not None:
        return False
    stop = min((i for i in (text.find(",", nominal_start), text.find(";", nominal_start)) if i >= 0), default=len(text))
    return _OWN_PREDICATE.search(text, nominal_start, stop) is None

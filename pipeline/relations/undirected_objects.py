"""A target that is the object of a verb without a direction standing between an effect cue and it.

"TAK1 … functions as an upstream activating kinase for Smad1/5/8 in addition to its known role in
regulating MAP kinase pathways" (validation_en PMID19536134, gold TAK1–MAPK pathway ``associated``): the
nearest effect cue before the pathway is "activating", but the pathway is the object of "regulating", a
verb that names a link and no direction (GUIDELINES 2: an undirected link is ``associated``). The directed
cue governs its own object (Smad1/5/8); a later object of an undirected verb is out of its reach, as the
object of a second predicate is (cue_scope.in_coordinated_predicate).

Only the verb right before the target counts ("regulating", "modulates the", "the regulation of",
"controlling"), a couple of modifiers apart; a signed compound ("up-regulating", "down-regulated",
"NF-κB-regulated") is a directed cue or a modifier and is not this verb.

The same holds for a change noun without a direction that the cue governs: "Administration of Scutellaria
baicalensis mitigated alterations of hippocampal MAPK signaling" (validation38_en PMID21718777, gold
``associated``), "SF and tBHQ alleviate arsenic-mediated deregulation of autophagy" (new_papers_en
PMID23589329, gold ``associated``): to lessen an alteration says nothing of which way the target moves, as
"X对Y的影响" states no direction. A signed change noun ("the increase in Y", "dysfunction") is a cue of its
own and is not one of these.

Opened as a means ("the absence of TIEG1 plays a cardioprotective role … by promoting changes in Pten/Akt
signalling", validation_en PMID28204828, gold ``via``), the undirected object is what the subject acts
through: ``via`` (GUIDELINES 2, mechanism chains), as "by regulating X" is. English.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the undirected verb or its nominalisation right before the target, at most two modifier words apart
# (not "up-regulating", "dysregulated", "NF-κB-regulated": a hyphen or letters before the stem)
_UNDIRECTED_BEFORE = lazy_re.compile(
    r"(?<![\w-])(?:regulat(?:e|es|ed|ing)|regulation\s+of|modulat(?:e|es|ed|ing)|modulation\s+of|"
    r"control(?:s|led|ling)?(?:\s+of)?|influenc(?:e|es|ed|ing)(?:\s+on)?)"
    r"\s+(?:the\s+)?(?:[\w\-/]+\s+){0,2}$",
    re.IGNORECASE)
# an undirected change noun whose object the target is ("alterations of hippocampal MAPK signaling",
# "deregulation of autophagy", "changes in Y"), a few modifiers apart
_UNDIRECTED_CHANGE = lazy_re.compile(
    r"\b(?:alterations?|changes?|deregulation|dysregulation|disturbances?|perturbations?)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:[\w\-/]+\s+){0,3}$",
    re.IGNORECASE)
# a clause or sentence break between the cue and the verb: a new statement, handled by the clause rules
_BREAK = lazy_re.compile(r"[;.]")


def undirected_object(text: str, cue_end: int, target_start: int) -> bool:
    """Is the mention at ``target_start`` the object of an undirected verb ("in regulating MAP kinase
    pathways") or change noun ("alterations of … MAPK signaling") that stands after the effect cue ending at
    ``cue_end``? Then the cue does not reach it with a direction."""
    gap = text[cue_end:target_start]
    found = _UNDIRECTED_BEFORE.search(gap) or _UNDIRECTED_CHANGE.search(gap)
    if found is None or found.start() == 0:
        return False  # the verb must stand after the cue, not be the cue's own continuation
    return not _BREAK.search(gap[:found.start()])


# a means opened right before the cue: "by promoting changes in …", "through inducing alterations of …"
_MEANS_BEFORE = lazy_re.compile(r"\b(?:by|through|via)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def opens_means(text: str, cue_start: int) -> bool:
    """Does a by/through/via stand right before the cue starting at ``cue_start`` ("by promoting")? Then the
    cue's undirected object is the subject's means (``via``)."""
    return bool(_MEANS_BEFORE.search(text, max(0, cue_start - 30), cue_start))

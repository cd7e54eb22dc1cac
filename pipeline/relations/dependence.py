"""A read-out stated to depend on an entity: "the expression of Y was dependent on X", "X-dependent Y activation".

A dependence of a level or an activity is a positive requirement read from the other end: without X the read-out is
lost, so X raises it — the reading requirements.py gives "X is required for the expression of Y" (GUIDELINES 5.5, the
sign of a loss of function is the gene's own). The cue lexicon reads "dependent on" as a mechanism word (``via``),
which fits an *agent's effect* that goes through X ("X-dependent secretion of Y was absent in G-/- cells" gives X
``via`` G, GUIDELINES; dependent_events.py), but not a read-out's own dependence, where it typed the read-out as the
agent ("… CCL4 and its expression in diabetic fractures was dependent on TNF", validation_en PMID23262028, gold TNF
``upregulates`` CCL4; we had CCL4 ``via`` TNF) or left the pair untyped ("The induction of IGFBP-4 protein was
dependent on a functional aryl hydrocarbon receptor", validation_en PMID23639626, gold AHR ``upregulates`` IGFBP4).

Two forms, both with the read-out's level or activity noun, the deverbal noun whose complement is the gene (Quirk et
al., *A Comprehensive Grammar of the English Language*, 1985, 17.54; the compound adjective "X-dependent" is "dependent
on X", I.12):

* ``predicative`` — the read-out noun phrase as subject, the copula and "dependent/contingent on" with X as its
  complement: "the induction of Y … was dependent on X", "Y expression was largely dependent upon X", "Y and its
  expression … was dependent on X";
* ``attributive`` — "X-dependent" right before the read-out's event: "SRC-dependent epidermal growth factor receptor
  transactivation" (validation_zh ChinaXiv-201712.01073V1 English reference title, gold SRC ``activates`` EGFR),
  "X-dependent phosphorylation of Y". An event noun of loss ("degradation", "downregulation") reverses the sign.

Not read: a dependence without a level or activity noun ("apoptosis was dependent on caspase-3": a process, whose
mediator is ``via``), a negated one ("independent of", "not dependent on"; independent_of.py), and named enzymes
("cAMP-dependent protein kinase", dependent_events.py's list): the attributive form needs the event noun after the
target, which a name does not have.

Pure functions over a sentence's text and offsets; English only.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_ACT = r"activation|activity|phosphorylation|transactivation|signaling|signalling"
_UP = r"expression|levels?|production|secretion|synthesis|transcription|release|induction|upregulation|up-regulation|accumulation"
_DOWN = r"degradation|downregulation|down-regulation|inhibition|suppression|inactivation|dephosphorylation|loss"
_NOUN = rf"(?:(?P<act>{_ACT})|(?P<up>{_UP})|(?P<down>{_DOWN}))"

# the read-out's noun before the target: "the induction of", "the expression of", "phosphorylation of the"
_NOUN_BEFORE = lazy_re.compile(rf"\b{_NOUN}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the read-out's noun after the target: "IGFBP-4 protein", "CCL4 mRNA expression", "CCL4 and its expression"
_NOUN_AFTER = lazy_re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:and\s+(?:its|their)\s+)?(?:(?:gene|mRNA|protein)\s+)?{_NOUN}\b",
                              re.IGNORECASE)
# from the read-out to the agent: a short adjunct or a head noun ("protein", "in diabetic fractures"), the copula,
# degree adverbs, the adjective and its preposition, an article or "functional"
_PREDICATE = lazy_re.compile(
    r"[^,;:.]{0,50}?\b(?:(?:is|are|was|were|be|been|being|appears?\s+to\s+be|seems?\s+to\s+be|(?:was|were|is|are)\s+found\s+to\s+be)\s+"
    r"(?:(?:largely|strictly|partly|partially|completely|entirely|totally|critically|highly|mainly|also|thus|therefore)\s+){0,2}"
    r"(?P<cue>dependent|contingent|reliant)\s+(?:up)?on|(?P<verb>depend(?:s|ed)?)\s+(?:(?:largely|strictly|partly|"
    r"partially|critically|mainly)\s+)?(?:up)?on)\s+(?:(?:the|a|an|functional|intact|active)\s+){0,2}$",
    re.IGNORECASE)
# a by-agent of the read-out: the dependence is then the agent's effect's (GUIDELINES: X ``via`` G), not the read-out's
_BY_AGENT = lazy_re.compile(r"\bby\b", re.IGNORECASE)
_NEGATED = lazy_re.compile(r"\b(?:not|no|neither|nor|independent)\b", re.IGNORECASE)
# "X-dependent" right after the agent, then the target (the noun after it) or "the <noun> of" before the target
_ATTRIBUTIVE = lazy_re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?-\s*dependent\s+", re.IGNORECASE)


def _sign(found: re.Match) -> tuple[int, str]:
    if found.group("down"):
        return -1, "down"
    return (1, "activate") if found.group("act") else (1, "up")


def _readout(text: str, target_start: int, target_end: int) -> tuple[int, str, int] | None:
    """(sign, kind, end of the read-out phrase) of the level or activity noun naming the target's read-out."""
    after = _NOUN_AFTER.match(text, target_end)
    if after is not None:
        return *_sign(after), after.end()
    before = _NOUN_BEFORE.search(text, max(0, target_start - 40), target_start)
    if before is not None:
        return *_sign(before), target_end
    return None


def predicative(text: str, agent_start: int, target_start: int, target_end: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end of the adjective) when the target's level or activity is stated to depend on the
    mention starting at ``agent_start`` (after the target), else None."""
    if agent_start < target_end:
        return None
    read = _readout(text, target_start, target_end)
    if read is None:
        return None
    sign, kind, readout_end = read
    if readout_end > agent_start:
        return None
    found = _PREDICATE.fullmatch(text, readout_end, agent_start)
    if found is None or _NEGATED.search(text, readout_end, agent_start):
        return None
    if _BY_AGENT.search(text, readout_end, found.start("cue" if found.group("cue") else "verb")):
        return None  # "activation of Nrf2 by sulforaphane … depend upon Keap1": the agent's effect goes through X (via)
    group = "cue" if found.group("cue") else "verb"
    return sign, kind, found.start(group), found.end(group)


def attributive(text: str, agent_end: int, target_start: int, target_end: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end of "dependent") for "X-dependent Y <event noun>" or "X-dependent <event noun> of Y"
    with X ending at ``agent_end``, else None."""
    found = _ATTRIBUTIVE.match(text, agent_end)
    if found is None or found.end() > target_start:
        return None
    gap = text[found.end():target_start]
    if gap.strip():  # "X-dependent phosphorylation of Y": the noun, "of" and an article only
        noun = _NOUN_BEFORE.fullmatch(gap)
        if noun is None or len(gap) > 40:
            return None
        sign, kind = _sign(noun)
    else:  # "X-dependent Y activation": the noun right after the target
        after = _NOUN_AFTER.match(text, target_end)
        if after is None or "and" in after.group(0).split():
            return None
        sign, kind = _sign(after)
    # the adjective's place in the match, in any case ("Receptor-Dependent Akt Activation", a Title Case title)
    word = found.start() + found.group(0).lower().rindex("dependent")
    return sign, kind, word, word + len("dependent")

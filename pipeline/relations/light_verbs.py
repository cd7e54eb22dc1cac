"""An event noun after its target, brought about by a verb with no direction of its own: "X led to Akt
inactivation", "X showed potent AChE inhibition", "X, which had an IC50 value of 79.7 g/ml for
acetylcholinesterase inhibition".

English states an agent's effect with a *light* or *causal* verb and a deverbal noun that carries the
meaning (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985, 2.56 and 10.89 on light
verbs with eventive objects: "have a look", "give a push"; Huddleston & Pullum 2002, ch. 4 §7): "result in
marked ERK activation", "lead to Akt inactivation", "show strong AChE inhibition", "exhibit AChE inhibitory
activity". The typer reads a deverbal noun right after a mention ("AMPK activation") as what happens to
that mention and lets it govern nothing else (effects._nominals_after); the verb before it names no
direction, so the pair was left ``associated``. The direction is the noun's, the agent the verb's subject.

Pharmacology abstracts add the potency measure: "HCW, which had an IC50 value of 79.7 g/ml for
acetylcholinesterase inhibition" (validation_en PMID25009697, gold HCW ``inhibits`` ACHE), "the IC50 of X
against Y": a half-maximal *inhibitory* concentration (or an inhibition constant Ki) measured for Y is an
inhibition of Y by the agent (IUPHAR's definitions, Neubig et al., Pharmacol Rev 2003, 55:597); an EC50
names no direction and is read only with an event noun after the target ("an EC50 of 3 uM for PPARγ
activation").

Only directed nouns count (activation, inhibition, phosphorylation, up-/downregulation, degradation …, and the
adjectives "inhibitory", "antagonistic", "agonistic" before an activity noun): "led to Bcl-2 expression" names
no direction and stays as it was (agent_nouns.via_event refuses the same nouns). A negation or a comparison in
the verb phrase ("did not lead to", "had no", "than") is left to the rules that read them.

Pure functions over the sentence's text and the two mentions' offsets.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations import agent_nouns

_ADVERBS = (r"(?:(?:also|further|significantly|markedly|strongly|potently|clearly|consistently|eventually|ultimately|"
            r"subsequently|directly|in\s+turn|in\s+part|partly|partially|thereby|thus|finally|only|dose-dependently)\s+)*")
_MODIFIERS = (r"(?:(?:a|an|the|its|their|strong|stronger|strongest|potent|more\s+potent|most\s+potent|marked|significant|"
              r"pronounced|remarkable|considerable|substantial|notable|dramatic|robust|moderate|weak|mild|slight|"
              r"selective|specific|direct|sustained|prolonged|persistent|rapid|transient|early|dose-dependent|"
              r"concentration-dependent|time-dependent|in\s+vitro|in\s+vivo|excellent|good|high|higher|highest)\s+){0,4}")
# the verb phrase from the agent to the target: an optional bracket (a short form) and relative pronoun, then a
# light or causal verb ("led to", "resulted in", "showed", "had") and the event noun's determiners and adjectives
_LIGHT_GAP = lazy_re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that)\s+)?" + _ADVERBS +
    r"(?:(?:has|have|had)\s+been\s+(?:shown|found|reported)\s+to\s+|(?:can|could|may|might|would|will)\s+)?" + _ADVERBS +
    r"(?:lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|g[ai]ve(?:s|n)?\s+rise\s+to|bring(?:s)?\s+about|"
    r"brought\s+about|show(?:s|ed|n)?|exhibit(?:s|ed)?|display(?:s|ed)?|possess(?:es|ed)?|has|had|have|"
    r"produc(?:e|es|ed)|demonstrat(?:e|es|ed)|yield(?:s|ed)?)\s+" + _MODIFIERS, re.IGNORECASE)
# "… an IC50 (value) (of 79.7 g/ml) for|against (the) <target>": a potency measured for the target
_POTENCY_GAP = lazy_re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that)\s+)?" + _ADVERBS +
    r"(?:(?:has|had|have|showed|shows|exhibited|exhibits|displayed|displays|with|gave|yielded)\s+)?"
    r"(?:an?\s+|the\s+|its\s+)?(?:(?:low|lower|lowest|micromolar|nanomolar|submicromolar)\s+)?"
    r"(?P<measure>IC\s?\(?50\)?|EC\s?\(?50\)?|Ki|K\(i\)|half[\s-]maximal\s+inhibitory\s+concentration)"
    r"(?:\s+values?)?(?:\s*(?:of|=|:|was|were|at)\s*[^,;()]{1,30}?)?\s+(?:for|against|toward|towards|on)\s+(?:the\s+)?",
    re.IGNORECASE)
# "the IC50 of <agent> against <target>": the measure before the agent
_POTENCY_BEFORE = lazy_re.compile(r"\b(?P<measure>IC\s?\(?50\)?|EC\s?\(?50\)?|Ki|K\(i\))(?:\s+values?)?\s+of\s+(?:the\s+)?$",
                                  re.IGNORECASE)
_POTENCY_BETWEEN = lazy_re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:for|against|toward|towards|on)\s+(?:the\s+)?", re.IGNORECASE)
# directed adjectives before an activity noun: "AChE inhibitory activity", "AChE-inhibitory effects", "PPARγ agonistic
# activity"
_ADJECTIVE_AFTER = lazy_re.compile(r"[\s\-]*(?:(?P<down>inhibitory|antagonistic)|(?P<up>agonistic|agonist|activating|stimulatory))"
                                   r"\s+(?:activit(?:y|ies)|effects?|potency|potencies|capacit(?:y|ies)|propert(?:y|ies)|actions?)\b",
                                   re.IGNORECASE)


def event_of_target(text: str, target_end: int) -> tuple[int, int, str, int] | None:
    """The directed event noun or adjective right after a target ("Akt inactivation", "AChE inhibitory
    activity"): (start, end, cue kind, sign), or None."""
    adjective = _ADJECTIVE_AFTER.match(text, target_end)
    if adjective is not None:
        group = "down" if adjective.group("down") else "up"
        kind, sign = ("inhibit", -1) if group == "down" else ("activate", 1)
        return adjective.start(group), adjective.end(group), kind, sign
    return agent_nouns.directed_event_after(text, target_end)


def light_verb_event(text: str, agent_start: int, agent_end: int, target_start: int,
                     target_end: int) -> tuple[int, int, str, int] | None:
    """The event the agent brings about on the target through a light or causal verb or a potency measure:
    (cue start, cue end, cue kind, sign), or None. The agent is named before the target."""
    if target_start < agent_end:
        return None
    if _LIGHT_GAP.fullmatch(text, agent_end, target_start):
        return event_of_target(text, target_end)
    potency = _POTENCY_GAP.fullmatch(text, agent_end, target_start)
    if potency is None and _POTENCY_BETWEEN.fullmatch(text, agent_end, target_start):
        potency = _POTENCY_BEFORE.search(text, max(0, agent_start - 30), agent_start)
    if potency is None:
        return None
    event = event_of_target(text, target_end)
    if event is not None:
        return event
    if potency.group("measure").upper().startswith("EC"):
        return None  # an effective concentration names no direction without its event noun
    return potency.start("measure"), potency.end("measure"), "inhibit", -1

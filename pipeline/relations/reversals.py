"""A treatment that reverses, in a later clause, the changes a model's stimulus made earlier in the same sentence.

"<targets> decreased by <stimulus>; <agent> restored these markers to normal levels" (GUIDELINES 2, coreference:
the anaphor stands for the targets named before): the agent acts on each target with the sign opposite to the
stimulus's stated change, and the same kind (level or activity). Examples:

* "LPO was increased while as GSH, CAT and GPx decreased by the administration of CCl4 and TAA (p<0.001);
  co-administration of NAC restored these liver markers to normal levels (p<0.001)." (validation PMID23578993:
  NAC upregulates CAT and GPx)
* "The obtained results showed that Cd increased lipid peroxidation … and decreased … testicular steroidogenic
  enzymes: 3β-hydroxysteroid dehydrogenase (HSD), 17β-HSD activities …, while RUT and Se treatment reversed this
  change to control values." (validation PMID23424207: rutin and selenium raise 3β-HSD)

This module finds the reversal clause and its subject; effects.py asks the stimulus's label of each target.

Chinese results state the reversal as the disappearance of the earlier agent's effect after a reagent is given
(``abolished_effect``): "给予PKC抑制剂Go6983后,其抑制凋亡现象消失" (validation_zh ChinaXiv-201712.00947V1, twice;
gold: Go6983 activates apoptosis), "当其抑制PKA的活性后,由低频脉冲电磁场引起的成骨性基因转录增强的现象消失"
(sample ChinaXiv-201712.00269V1). The reagent of the "…后," clause undoes the effect the next clause names, so it
acts on that effect's target with the effect's sign turned.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the reversal verb with an anaphoric object ("this change", "these (liver) markers", "them") and an optional
# end point ("to control values", "to normal levels")
_REVERSAL = lazy_re.compile(r"\b(?:revers|restor|normali[sz])(?:e|es|ed|ing)\s+(?:(?:all|both)\s+(?:of\s+)?)?"
                            r"(?:(?:this|these|those|such)\s+(?:[\w\-]+\s+){0,2}?(?:changes?|alterations?|effects?|markers?|"
                            r"parameters?|abnormalit(?:y|ies)|values|levels|enzymes)\b|them\b)", re.IGNORECASE)
# between the agent and its reversal verb: other subjects, "treatment", "co-administration of"
_SUBJECT_GAP = lazy_re.compile(r"^(?:\s|,|\band\b|\btreatments?\b|\bsupplementation\b|\balone\b|\bor\b)*$", re.IGNORECASE)
_SUBJECT_OPENING = lazy_re.compile(r"(?:[;,]|\b(?:while|whereas|but|and))\s*(?:(?:the\s+)?(?:co-?)?(?:administration|treatment|"
                                   r"supplementation|pretreatment)\s+(?:of|with)\s+)?$", re.IGNORECASE)


def reversal_clause(text: str, spans, agent,
                    agent_labels: tuple[str, ...] = ("HERB", "COMPOUND")) -> tuple[int, int, int] | None:
    """(where the reversal clause whose subject ``agent`` is opens, start and end of its reversal words), or None:
    the agent (alone or one of coordinated agents) is followed by a reversal verb with an anaphoric object, and
    the clause opens after a clause break right before the subject phrase."""
    if agent.label not in agent_labels:
        return None
    m = _REVERSAL.search(text, agent.end, agent.end + 60)
    if m is None:
        return None
    gap = list(text[agent.end:m.start()])
    for s in spans:  # coordinated subjects: "RUT and Se treatment"
        if s.label in agent_labels:
            for i in range(max(s.start, agent.end), min(s.end, m.start())):
                gap[i - agent.end] = " "
    if not _SUBJECT_GAP.match("".join(gap)):
        return None
    first = agent
    for s in sorted((s for s in spans if s.label in agent_labels and s.end <= agent.start), key=lambda s: -s.start):
        if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[s.end:first.start]):
            first = s  # "RUT and Se": the clause opens before the first subject
        else:
            break
    opening = _SUBJECT_OPENING.search(text, max(0, first.start - 60), first.start)
    return (opening.start(), m.start(), m.end()) if opening is not None else None


# between the reagent and the effect's cue: the rest of the "给予X后," clause, then the anaphor 其 of the earlier agent
_AFTER_REAGENT = lazy_re.compile(r"^[^，,。；;]{0,12}后\s*[，,]\s*(?:其|该)?\s*$")
# after the effect's target: its effect noun and the disappearance
_EFFECT_GONE = lazy_re.compile(r"\s*(?:的)?\s*(?:现象|效应|作用|效果)\s*(?:也|均|随之|明显|基本|即)*\s*(?:消失|被(?:阻断|逆转|取消|抵消))")


def abolished_effect(text: str, agent_end: int, cue_start: int, target_end: int) -> bool:
    """Is the cue's effect on the target named as gone after the agent was given ("给予…Go6983后,其抑制凋亡现象
    消失")? Then the agent acts on the target with the cue's sign turned."""
    return bool(_AFTER_REAGENT.match(text[agent_end:cue_start])) and bool(_EFFECT_GONE.match(text, target_end))

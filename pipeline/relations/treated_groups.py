"""A read-out's change reported for a treated group: "Y was increased in the X group", "Y … higher in
cells exposed to X", "an increase in Y levels in X pretreated cells".

Results sentences of animal and cell studies make the measured read-out the subject and name the
treatment only as the *group* in which the change was seen (the locative adjunct of an agentless
passive or of a comparative predicate):

* "The expressions of HSP70 and HO-1 were significantly (P<0.05) increased in the NaAsO2 group and
  reduced in the combined treatment group" (validation_en PMID23603382);
* "activities of caspase-3 and caspase-9 enzymes were also significantly higher in both kinds of cells
  exposed to SiO2 NPs" (validation_en PMID23315277);
* "There was also an increase in γ-GCS and HO-1 levels in calycopterin pretreated cells" (validation_en
  PMID23639191).

GUIDELINES 5.9 reads a treatment group's read-out as a statement about the treatment; treatment.py already
recovers the agent from "X-treated cells" / "treatment with X" (after Kilicoglu & Bergler 2009, who read the
agent of a nominalised trigger from its "by/with/in" adjunct). Two forms of the same construction class it
did not read:

* ``treated_group`` — the treatment named by the group noun after it ("the NaAsO2 group", "the high-dose
  X group", "X-treated group") or by a prefixed participle ("X pretreated cells", "X co-treated"); a group
  named as the *baseline* of a comparison ("compared with the X group", "than the X group", "vs. the X
  group") is not where the change was seen and is refused;
* ``predicate_change`` — the predicate after the read-out's list when it is a comparative adjective
  ("higher", "lower", "greater", "less") or a change participle, with the head noun of the read-out
  ("enzymes", "activities", "mRNA levels"), an auxiliary, degree adverbs and a statistic in parentheses
  ("(P<0.05)") between them. English reports a group difference with the comparative as often as with a
  verb (Biber et al., *Longman Grammar of Spoken and Written English*, 1999, 7.13 on comparative
  predicatives in academic prose), and no effect cue of cues.py names "higher"/"lower". The predicate must
  have no object after it ("increased TNF" is a verb with its own subject, effects.py's case) and the
  treatment must follow it in the same clause ("higher in cells exposed to X").

Pure functions over a sentence's text, the target mention (``start``, ``end``) and the end of its list.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.cues import Cue, clause_breaks
from pipeline.relations.sentence_memo import per_sentence

# "the NaAsO2 group", "X (10 mg/kg) group", "X-treated group", "the high-dose X treatment group"
_GROUP_AFTER = lazy_re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*(?:\+\s*|-\s*)?(?:(?:treatment|treated|supplemented|"
                               r"supplementation|intervention|administration|exposure|exposed|pretreatment|pretreated)\s+)?"
                               r"(?:[-\s]*(?:high|low|medium|middle|moderate)[\s-]dose\s+)?groups?\b", re.IGNORECASE)
# "X pretreated cells", "X-pretreated", "X co-treated": the prefixed participles treatment.py does not read
_PREFIXED_AFTER = lazy_re.compile(r"^(?:\s*\([^()]{1,30}\))?\s*-?\s*(?:pre|co)-?(?:treated|exposed|incubated|administered)\b",
                                  re.IGNORECASE)
# the baseline of a comparison: "compared with (the) X group", "than (in) the X group", "vs. X group"
_BASELINE_BEFORE = lazy_re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to|than|versus|vs\.?|in\s+comparison\s+(?:with|to))"
                                   r"\s+(?:(?:in|with|to)\s+)?(?:the\s+|that\s+of\s+(?:the\s+)?)?(?:[\w\-]+\s+){0,2}$",
                                   re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def treated_group(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the treatment that names a group ("the X group") or prefixes a
    participle ("X pretreated cells"), and not the baseline of a comparison?"""
    after = text[end:end + 60]
    if not (_GROUP_AFTER.match(after) or _PREFIXED_AFTER.match(after)):
        return False
    return not _BASELINE_BEFORE.search(text[max(0, start - 50):start])


_UP = r"higher|greater|increased|elevated|enhanced|up-?regulated|raised"
_DOWN = r"lower|less|decreased|reduced|diminished|down-?regulated|suppressed|inhibited|attenuated"
# from the end of the read-out's list to its predicate: a head noun, an auxiliary, degree adverbs and a
# statistic in brackets, in any order the prose uses ("enzymes were also significantly higher",
# "were significantly (P<0.05) increased", "mRNA levels were increased significantly")
_PREDICATE = lazy_re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s*(?:(?:proteins?|mRNAs?|genes?|enzymes?|transcripts?)\s+)?"
    r"(?:(?:expressions?|levels?|contents?|activit(?:y|ies)|concentrations?|amounts?)\s+)?"
    r"(?:(?:was|were|is|are|became)\s+)?"
    r"(?:(?:also|further|all|both|significantly|markedly|dramatically|remarkably|obviously|notably|slightly|greatly|"
    r"clearly|much|considerably|substantially|statistically)\s+|\([^()]{0,30}\)\s*)*"
    r"(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\b", re.IGNORECASE)
# no object after the predicate: an adverb, a statistic or the locative/temporal adjunct comes next
_NO_OBJECT = lazy_re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:significantly\s+|markedly\s+|(?:dose|time)-dependently\s+)?"
                             r"(?:in|after|upon|following|with|among|on)\b", re.IGNORECASE)


def predicate_change(text: str, list_end: int, agent_start: int) -> Cue | None:
    """The change stated by the predicate right after the read-out's list (ending at ``list_end``) when
    the treatment (starting at ``agent_start``) follows it in its clause: a Cue of class ``up`` or
    ``down`` over the predicate word, else None."""
    found = _PREDICATE.match(text, list_end)
    if found is None or found.end() > agent_start:
        return None
    if not _NO_OBJECT.match(text, found.end()):
        return None
    if any(found.end() <= b < agent_start for b in clause_breaks(text)):
        return None
    kind = "up" if found.group("up") else "down"
    word = found.group(kind)
    return Cue(kind, found.end() - len(word), found.end(), word)

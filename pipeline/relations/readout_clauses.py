"""Read-outs whose change is stated by a passive or relative clause naming the treatment.

Results sentences of abstracts often make the measured read-out the subject and put the
treatment in a by/on/with adjunct of a *passive* predicate that comes after the read-out,
often after a relative pronoun:

* "The aortic expression of … (TNF-a, IL-1b, NF-kB …), which is characteristic of HFD-fed ApoE
  (-/-) mice, **was attenuated by** 12-week treatment with … atorvastatin" (PMID26174316);
* "… the antioxidants superoxide dismutase (SOD) … in DMH treated rats, **which were
  significantly reversed** (P<0.05) **on caraway supplementation**" (PMID16872560);
* "The expressions of … COX-2, iNOS and IL-8 increased after H. pylori infection, **of which
  levels were significantly decreased when treating with** … ginseng" (PMID25337542).

The agent of a passive is its by-phrase (or the instrument adjunct of an agentless passive:
"on X supplementation", "when treating with X"): Quirk et al. (1985) on the English passive, and
Kilicoglu & Bergler (2009) read a biomedical trigger's agent from the same adjuncts. The
relative clause "which …" / "of which levels …" has the read-out as its antecedent, so its
predicate is a statement about the read-out. No effect cue stands between the agent and the
target in text order, which is what the verb-before-target grammar of effects.py reads.

A *reversal* predicate ("reversed", "normalized", "counteracted") gives the opposite of the
change the read-out's own phrase states ("diminished levels of SOD …, which were reversed by
X": X raises SOD). The first half of such sentences also states what the *inducer* did: "diminished
levels of … SOD … in DMH treated rats" → DMH lowers SOD (``treated_group_change``; GUIDELINES 5.7:
a stimulus gets its own rows when the sentence states what it induces).

Level or activity is read from the head noun of the read-out phrase (GUIDELINES 2: expression,
level, content or amount → up/downregulates; activity, activation, phosphorylation →
activates/inhibits): the word right after the target ("JNK activity"), else the nearest head
with "of" before its list ("enhanced activity of … GPx"), else a word after the list.

A gene named as a loss-of-function *genotype group* ("in TAK1-deficient chondrocytes", "Gcgr(-/-)
mice") is the agent of the changes stated for that group, with the opposite sign (GUIDELINES 5.5):
``loss_group_change``.

English only; pure functions over a sentence's text, its mentions (``start``, ``end``,
``label``, ``entity_id``) and its cues.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.cues import EFFECT_CLASSES, Cue
from pipeline.relations.treatment import list_bounds, own_change, treated_with

_ADVERB = (r"(?:also|further|all|both|then|significantly|markedly|dramatically|remarkably|obviously|notably|"
           r"slightly|greatly|clearly|strongly|partially|partly|completely|effectively|potently|dose-dependently|"
           r"almost|largely|substantially)")
_PAREN = r"\([^()]{0,30}\)"
_FILLER = r"(?:\s+(?:" + _ADVERB + "|" + _PAREN + "))*"
# what ends the stretch between the read-out and its passive predicate: the passive auxiliary,
# after a relative pronoun ("which were", "of which levels were", "which also significantly") or
# after a parenthetical relative clause (", which is characteristic of …, was")
_PASSIVE_END = lazy_re.compile(
    r"(?:(?:^|,|\s)\s*(?:which|that|of\s+which(?:\s+(?:the\s+)?(?:levels?|expressions?|activit(?:y|ies)|contents?|"
    r"concentrations?|production))?)(?:\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been|(?:can|could|may|might|would|should|will)\s+be))?"
    r"|(?:^|,|\s)\s*(?:was|were|is|are|had\s+been|have\s+been|has\s+been|(?:can|could|may|might|would|should|will)\s+be))" + _FILLER + r"\s*$",
    re.IGNORECASE)
# the adjunct from the passive predicate to the agent: a by-phrase or an instrument/time adjunct
# naming the treatment, within one short phrase ("by 12-week treatment with daily oral
# administration of X or", "on X", "when treating with the polysaccharide fractions from A and")
_AGENT_ADJUNCT = lazy_re.compile(r"^" + _FILLER + r"\s*(?:,\s*)?(?:by|on|with|upon|after|following|when|in\s+response\s+to|"
                                 r"in\s+the\s+presence\s+of)\b[^;,:]{0,90}(?:,\s*)?$", re.IGNORECASE)  # ", z-VAD-fmk": an apposition
_CONTRAST = lazy_re.compile(r";|\b(?:whereas|while|but|however)\b", re.IGNORECASE)
# predicates that undo the change the read-out's own phrase states
_REVERSAL = lazy_re.compile(r"revers\w*|normali[sz]\w*|counteract\w*", re.IGNORECASE)

_LEVEL_NOUN = (r"(?:up|down)-?regulation|levels?|expressions?|contents?|concentrations?|amounts?|production|secretion|release|accumulation|"
               r"abundance|synthesis|generation|transcripts?|transcription")
_ACTIVITY_NOUN = r"activit(?:y|ies)|activation|phosphorylation|translocation"
_HEAD_RIGHT_AFTER = lazy_re.compile(r"^\s*(?:" + _PAREN + r"\s*)?(?:-\s*)?(?:proteins?\s+|mRNA\s+|gene\s+)?"
                                    r"(?:(" + _LEVEL_NOUN + r")|(" + _ACTIVITY_NOUN + r"))\b", re.IGNORECASE)
_HEAD_OF = lazy_re.compile(r"\b(?:(" + _LEVEL_NOUN + r")|(" + _ACTIVITY_NOUN + r"))\s+of\b", re.IGNORECASE)
# a participle or adjective of change right before the head noun ("diminished levels of",
# "enhanced activity of", "increased expression of")
_CHANGE_BEFORE_HEAD = lazy_re.compile(r"\b(increased|elevated|enhanced|higher|augmented|raised|decreased|diminished|reduced|"
                                      r"lower|lowered|attenuated|suppressed|impaired)\s+(?:\w+\s+){0,2}?"
                                      r"(?:" + _LEVEL_NOUN + "|" + _ACTIVITY_NOUN + r")\s+of\b", re.IGNORECASE)
_UP_WORDS = ("increased", "elevated", "enhanced", "higher", "augmented", "raised")


def _segment_start(text: str, at: int) -> int:
    """Start of the stretch of the sentence ``at`` is in: after the last ";" or contrast word."""
    return max((m.end() for m in _CONTRAST.finditer(text, 0, at)), default=0)


def readout_is_amount(text: str, target, spans) -> bool | None:
    """Is the read-out phrase of the target a level (True) or an activity (False)? None when it
    names neither."""
    from pipeline.relations.mediators import released_from_its_compartment

    if released_from_its_compartment(text, target.start, target.end, target.entity_id):
        return False  # "cytochrome c release": a move, not an amount
    right = _HEAD_RIGHT_AFTER.match(text[target.end:target.end + 60])
    if right:
        return right.group(1) is not None
    start, end = list_bounds(text, target, spans)
    heads = list(_HEAD_OF.finditer(text, _segment_start(text, start), start))
    if heads:
        return heads[-1].group(1) is not None
    after = _HEAD_RIGHT_AFTER.match(text[end:end + 60])
    if after:
        return after.group(1) is not None
    return None


def stated_change(text: str, target, spans, cues: list[Cue]) -> int:
    """The sign of the change the read-out's own phrase states: a participle of change before
    its head noun ("diminished levels of … SOD", "enhanced activity of … GPx") or the
    predicate of its list ("… IL-8 increased after H. pylori infection"); 0 when none."""
    start, _ = list_bounds(text, target, spans)
    lo = _segment_start(text, start)
    before = list(_CHANGE_BEFORE_HEAD.finditer(text, lo, start))
    if before:
        return 1 if before[-1].group(1).lower() in _UP_WORDS else -1
    change = own_change(text, target, cues, spans)
    return change.sign if change is not None else 0


_RELATIVE_BEFORE = lazy_re.compile(r",\s*(?:which|that|who)\b", re.IGNORECASE)
# a compound named as a fraction or extract of a herb named right after it ("the polysaccharide
# fractions from Artemisia and ginseng"): the herb's extract is the treatment (GUIDELINES 5.2)
_FRACTION_OF = lazy_re.compile(r"^\s*(?:fractions?|extracts?|parts?)?\s*(?:from|of)\s+(?:the\s+)?"
                               r"(?:[\w\-.]+(?:\s+[\w\-.]+){0,2}\s*(?:,|\band\b|\bor\b)\s*)*$", re.IGNORECASE)  # "from Artemisia and ginseng"


def is_readout_subject(text: str, spans, target) -> bool:
    """Can the target be the measured read-out of a later predicate? Not when it names the model
    (a stimulus "VEGF-induced formation", a strain "ApoE (-/-) mice") or sits
    inside a relative clause of an earlier noun ("…, which is characteristic of HFD-fed ApoE mice")."""
    from pipeline.relations import roles

    if roles.is_stimulus(text, target.start, target.end) or roles.is_model_strain(text, target.start, target.end):
        return False
    start, _ = list_bounds(text, target, spans)
    return not _RELATIVE_BEFORE.search(text, _segment_start(text, start), start)


_INDUCER_OF_NEXT = lazy_re.compile(r"^\s*-?\s*(?:induced|stimulated|mediated|triggered|elicited|dependent)\b", re.IGNORECASE)


def fraction_of_herb(text: str, spans, agent) -> bool:
    """Is the compound named as a fraction or extract of a herb named right after it? Then the
    herb is the treatment, not the compound."""
    return agent.label == "COMPOUND" and any(
        sp.label == "HERB" and sp.start >= agent.end and _FRACTION_OF.match(text[agent.end:sp.start]) for sp in spans)


def passive_predicate(text: str, spans, target, agent, cues: list[Cue]) -> Cue | None:
    """The passive (or relative-clause) predicate whose subject is the target's read-out and
    whose by/on/with adjunct names ``agent`` (a mention after the target), or None."""
    if agent.start <= target.end or not is_readout_subject(text, spans, target) or fraction_of_herb(text, spans, agent):
        return None
    if _INDUCER_OF_NEXT.match(text[agent.end:agent.end + 20]):
        return None  # "inhibited by the doxycycline-induced Star-PAP overexpression" (BioRED 28151486): the inducer of the agent
    _, list_end = list_bounds(text, target, spans)
    effect = [c for c in cues if c.kind in EFFECT_CLASSES and list_end <= c.start and c.end <= agent.start]
    if not effect:
        return None
    cue = effect[-1]
    if not _AGENT_ADJUNCT.match(text[cue.end:agent.start]):
        return None
    gap = text[list_end:cue.start]
    if len(gap) > 200 or _CONTRAST.search(gap) or not _PASSIVE_END.search(gap):
        return None
    # no other read-out of the predicate stands between: a gene or pathway right before the
    # auxiliary would be its subject ("…, and Bax, which was reduced by X")
    tail = _PASSIVE_END.search(gap)
    near = [sp for sp in spans if list_end <= sp.start and sp.end <= list_end + tail.start()
            and sp.label in ("GENE", "PATHWAY") and not text[sp.end:list_end + tail.start()].strip(" )")]
    if near:
        return None
    return cue


def passive_sign(text: str, spans, target, cue: Cue, cues: list[Cue]) -> int:
    """The direction the passive predicate gives its agent: the cue's own sign, or for a
    reversal the opposite of the change the read-out's phrase states (0 when that is unstated)."""
    if _REVERSAL.fullmatch(cue.text):
        return -stated_change(text, target, spans, cues)
    return cue.sign


def treated_group_change(text: str, spans, target, agent, cues: list[Cue]) -> int:
    """The change of the target's read-out in the group treated with ``agent``, when the agent is
    named as that group's treatment after the read-out in the same stretch ("diminished levels
    of … SOD … in DMH treated rats"): its sign, else 0."""
    if agent.start <= target.end or not treated_with(text, agent.start, agent.end) \
            or not is_readout_subject(text, spans, target) or fraction_of_herb(text, spans, agent):
        return 0
    if _CONTRAST.search(text, target.end, agent.start) or agent.start - target.end > 160:
        return 0
    if not re.search(r"\b(?:in|of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", text[max(0, agent.start - 40):agent.start]):
        return 0  # the treated group the read-out was measured in ("in DMH treated rats")
    between = [c for c in cues if c.kind in EFFECT_CLASSES and target.end <= c.start and c.end <= agent.start]
    if between and stated_change(text, target, spans, cues) == 0:
        return 0
    return stated_change(text, target, spans, cues)


# the group adjunct a loss-of-function mention names: "in TAK1-deficient chondrocytes", "in mPOBs
# from PKCδ knockout mice", "of Nf1(-/-) mice"; or the time adjunct of the change, the genotype then named as the
# event that preceded it ("… were found after LDHA knockdown or FX11 treatment", BioRED train PMID25983002): a
# temporal after/upon/following adjunct names the manipulation as the treatment noun does (treatment.py's "after
# treatment with X"; Quirk et al. 1985, 8.57 on after/following as adjuncts of time-and-cause)
_GROUP_BEFORE = lazy_re.compile(r"\b(?:in|from|of|after|upon|following)\s+(?:the\s+)?(?:[\w\-+/()]+\s+){0,2}$", re.IGNORECASE)


# a genotype that names the loss of the gene: "TAK1-deficient", "PKCδ knockout", "Nf1(-/-)", "Sag-null", "LDHA
# silencing"; or its gain ("in the Ras transgenic lenses", BioRED train PMID20105280; "G-overexpressing cells"),
# which keeps the change's sign (group ``gain``)
_GENOTYPE_AFTER = lazy_re.compile(r"^\s*(?:\(\s*-/-\s*\)|-/-|-?\s*(?:deficient|knock-?out|knock-?down|null|deleted|depleted|"
                                  r"silencing|depletion|deletion)\b|-?\s*(?P<gain>transgenic|over-?expressing)\b)",
                                  re.IGNORECASE)


# "in the bladder of WT and VIP(-/-) mice": both genotypes named, the change is the treatment's
_BOTH_GENOTYPES_BEFORE = lazy_re.compile(r"\b(?:wild[\s-]?type|WT|control)\s+(?:and|or|vs\.?|versus)\s+$", re.IGNORECASE)


def loss_group_change(text: str, spans, group, target, cues: list[Cue]) -> int:
    """The sign of the gene named as a loss-of-function group ("in TAK1-deficient chondrocytes")
    on a read-out whose own phrase states a change in that group ("… as evidenced by reduced
    phosphorylation of Smad1/5/8 and p38/Jnk/Erk", validation PMID19536134): the opposite of the
    change (GUIDELINES 5.5: less X gives the change, so X acts the other way); 0 when not stated."""
    genotype = _GENOTYPE_AFTER.match(text[group.end:group.end + 20]) if group.label == "GENE" else None
    if genotype is None or not _GROUP_BEFORE.search(text[max(0, group.start - 30):group.start]):
        return 0
    if _BOTH_GENOTYPES_BEFORE.search(text[max(0, group.start - 30):group.start]):
        return 0
    lo, hi = (group.end, target.start) if group.end <= target.start else (target.end, group.start)
    if hi < lo or hi - lo > 200 or _CONTRAST.search(text, lo, hi) or not is_readout_subject(text, spans, target):
        return 0
    change = stated_change(text, target, spans, cues)
    return change if genotype.group("gain") else -change

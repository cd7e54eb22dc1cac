"""The agent of an English action noun named before it: "PTH stimulation of Y", "X-mediated Y activation",
"X mediates Y phosphorylation (but not Z)".

A deverbal noun keeps its verb's arguments: a noun before it can be its subject, an of-phrase after it its
object ("the police investigation of the crime"; Quirk et al., *A Comprehensive Grammar of the English
Language*, 1985, 17.52-17.54 on the subjective and objective readings of deverbal heads, 17.108 on a
premodifying noun as the subject of a deverbal head). The typer reads "X activation" as something done *to*
X ("AMPK activation"), so when an of-phrase follows, the object is missed and the pair is left undirected:

* **"<X> <action noun> of <Y>"** — X acts on Y with the noun's sign: "The role of protein kinase C-delta in
  PTH stimulation of IGF-binding protein-5 mRNA" (validation_zh ChinaXiv-201712.00947V1, a reference title,
  gold PTH ``upregulates`` IGFBP5), "Kappa opioid receptor activation of p38 MAPK is GRK3-and
  arrestin-dependent" (validation_zh ChinaXiv-201712.01073V1, OPRK1 ``activates`` p38), "Paeoniflorin
  inhibition of 6- hydroxydopamine-induced apoptosis" (new_papers_zh ChinaXiv-201806.00141V1, paeoniflorin
  ``inhibits`` apoptosis), "TZD inhibition of aromatase" (new_papers_en PMID22878908), "SFRP2 suppression of
  bone morphogenic protein (BMP)and Wnt signaling" (validation_zh ChinaXiv-201803.00487V1).
* **"<X>-mediated <Y> <event noun>"** — the participle's agent brings about the event the head noun names:
  "blocking p53-mediated myocardin transcription" (validation_zh ChinaXiv-202207.00209V1, TP53
  ``upregulates`` MYOCD), "CD40-mediated p38 MAPK activation", "BCR-mediated p38 activation" (BioRED dev,
  PMID 22711886). ("X-mediated activation of Y", with an of-phrase, the typer reads already.)
* **"… via/through <Y> <event noun>"** — a means named with its direction is no bare ``via``: "ursolic acid
  induced apoptosis in HepG2 cells via AMPK activation" (new_papers_en PMID23325562), "Antroquinonol … protects
  hepatic cells from ethanol-induced oxidative stress through Nrf-2 activation" (validation_en PMID21540101,
  gold ``activates`` NFE2L2), "… via p53 up-regulation" (sample ChinaXiv-202010.00047V1), "via type I IFN
  stimulation mechanism" (validation_en PMID27484768). A level noun without a direction ("via Bcl-2
  expression") stays ``via``.
* **"<X> (and <W>) mediate(s) <Y> <event noun> (but not <Z>)"** — the mediating subject is the event's
  agent: "TAK1 mediates Smad1 phosphorylation at C-terminal serine residues" (validation_en PMID19536134,
  gold MAP3K7 ``activates`` SMAD1/5/9), "Src and Cas mediate JNK activation but not ERK1/2 and p38 kinases"
  (validation_zh ChinaXiv-201712.01073V1: SRC and BCAR1 ``activate`` JNK; the ERK and p38 rows are the same
  label, negated: GUIDELINES 5.8, a stated non-effect keeps the denied direction).

The event noun decides the kind: activation, stimulation, phosphorylation, inhibition, suppression … are
activity (``activate``/``inhibit``); transcription, expression, production, secretion, up-/downregulation,
degradation are level (``up``/``down``). The functions return the noun's offsets, its cue kind and sign;
the typer (effects.py) turns them into a label as for any cue.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# noun -> (cue kind, sign)
_NOUNS: dict[str, tuple[str, int]] = {
    "activation": ("activate", 1), "stimulation": ("activate", 1), "induction": ("activate", 1),
    "phosphorylation": ("activate", 1), "transactivation": ("activate", 1),
    "inhibition": ("inhibit", -1), "suppression": ("inhibit", -1), "repression": ("inhibit", -1),
    "blockade": ("inhibit", -1), "inactivation": ("inhibit", -1),
    "upregulation": ("up", 1), "up-regulation": ("up", 1), "transcription": ("up", 1), "expression": ("up", 1),
    "production": ("up", 1), "secretion": ("up", 1), "release": ("up", 1), "synthesis": ("up", 1),
    "downregulation": ("down", -1), "down-regulation": ("down", -1), "degradation": ("down", -1),
}
_NOUN = r"(?P<noun>" + "|".join(sorted((re.escape(n) for n in _NOUNS), key=len, reverse=True)) + r")"
# the verbs' own nouns that take an of-object after an agent noun ("PTH stimulation of"); level nouns
# ("X expression of Y") do not name an agent before them
_AGENT_NOUN = lazy_re.compile(
    r"^[\s\-]?(?:(?:receptor|signal(?:l)?ing|pathway)\s+)?"
    r"(?P<noun>activation|stimulation|induction|inhibition|suppression|repression|blockade|inactivation)"
    r"\s+of\s+(?:the\s+)?"
    # earlier objects coordinated before the target ("of bone morphogenic protein (BMP)and Wnt signaling")
    r"(?:[\w\-/αβγδκ]+(?:\s*\([^()]{1,20}\))?(?:\s+[\w\-/αβγδκ]+(?:\s*\([^()]{1,20}\))?){0,3}?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s*\band\s+|\s+or\s+))*"
    # a stimulus's participle before the target ("inhibition of 6- hydroxydopamine-induced apoptosis")
    r"(?:[\w\-]+(?:\s+[\w\-]+){0,2}-(?:induced|stimulated|triggered|evoked)\s+)?$",
    re.IGNORECASE)
# what stands before the agent noun's mention: the start of a clause or a preposition or determiner, never
# a verb or noun whose object the mention is ("suppressed AMPK activation of …")
_AGENT_OPENS = lazy_re.compile(r"(?:^|[,;:(]|\b(?:in|on|that|whether|the|of|and|by|with|for|to|a|an|its|their))\s*$",
                               re.IGNORECASE)
# a target that is itself a stimulus's modifier ("inhibition of 6-hydroxydopamine-induced …") is no object
_STIMULUS_AFTER = lazy_re.compile(r"^\s*-\s*(?:induced|stimulated|mediated|treated|triggered|dependent)\b", re.IGNORECASE)
# "X-mediated Y activation": the event noun right after the target
_EVENT_AFTER = lazy_re.compile(r"^[\s\-]*(?:(?:gene|mRNA|protein)\s+)?" + _NOUN + r"\b", re.IGNORECASE)
# "X (and W) mediate(s) Y": the verb between the subject and the target
_MEDIATES = lazy_re.compile(r"^\s*(?:(?:,\s*|\s+and\s+|\s+or\s+)[\w\-/αβγδκ]+(?:\s+[\w\-/αβγδκ]+){0,2}\s*){0,3}?"
                            r"\s*(?:(?:also|directly|in\s+part|partly|partially)\s+)?mediate[sd]?\s+(?:the\s+)?$",
                            re.IGNORECASE)
# "… Y activation but not Z": the excluded objects after the event noun
_BUT_NOT = lazy_re.compile(r"^\s*,?\s*but\s+not\s+(?:(?:the\s+)?[\w\-/αβγδκ]+(?:\s+[\w\-/αβγδκ]+){0,2}"
                           r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*(?:the\s+)?$", re.IGNORECASE)


def agent_noun(text: str, agent_start: int, agent_end: int, target_start: int,
               target_end: int) -> tuple[int, int, str, int] | None:
    """"<agent> <action noun> of <target>": (noun start, noun end, cue kind, sign), or None."""
    if target_start < agent_end:
        return None
    found = _AGENT_NOUN.match(text[agent_end:target_start])
    if found is None or not _AGENT_OPENS.search(text[max(0, agent_start - 12):agent_start]):
        return None
    if _STIMULUS_AFTER.match(text[target_end:target_end + 14]):
        return None
    kind, sign = _NOUNS[found.group("noun").lower()]
    return agent_end + found.start("noun"), agent_end + found.end("noun"), kind, sign


def event_after(text: str, target_end: int) -> tuple[int, int, str, int] | None:
    """The event noun right after a target ("p38 MAPK activation", "myocardin transcription"):
    (noun start, noun end, cue kind, sign), or None."""
    found = _EVENT_AFTER.match(text[target_end:target_end + 40])
    if found is None:
        return None
    kind, sign = _NOUNS[found.group("noun").lower()]
    return target_end + found.start("noun"), target_end + found.end("noun"), kind, sign


_MEDIATED = lazy_re.compile(r"^\s*\)?\s*-?\s*mediated\s+(?:the\s+)?$", re.IGNORECASE)


def mediated_event(text: str, agent_end: int, target_start: int, target_end: int) -> tuple[int, int, str, int] | None:
    """"<agent>-mediated <target> <event noun>": (noun start, noun end, cue kind, sign), or None."""
    if target_start < agent_end or not _MEDIATED.match(text[agent_end:target_start]):
        return None
    return event_after(text, target_end)


# "via p53 activation", "through Nrf-2 activation": a means named with its direction (GUIDELINES 2: a direction
# given for X makes "A … via X" directional); level nouns without a direction ("via Bcl-2 expression") stay via
# (an aspect adjective may stand before the means: "through sustained c-Jun N-terminal kinase 1 activation",
# validation_zh ChinaXiv-201712.00248V1; not a change word, which would turn the sign)
_VIA_BEFORE = lazy_re.compile(r"\b(?:via|through)\s+(?:the\s+)?(?:(?:sustained|prolonged|persistent|constitutive|transient|"
                              r"direct|subsequent|downstream|rapid|early|late)\s+)?$", re.IGNORECASE)
# the means named through a mechanism noun it involves: "via a novel signaling pathway involving S1P4 transactivation"
# (validation_zh ChinaXiv-201712.00859V1 English reference title, gold TGF-β1 ``activates`` S1PR4), "through a series
# of cellular signalling events, including the NF-kappaB, p38 activation" (validation_en PMID27248656, gold Hsp90β
# ``activates`` p38): the participle's object is the means itself, with its direction (GUIDELINES 2); earlier items of
# a list before it are not read (their event noun is the last item's)
_VIA_INVOLVING = lazy_re.compile(
    r"\b(?:via|through)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:pathways?|mechanisms?|events?|cascades?|"
    r"process(?:es)?|axis|routes?),?\s+(?:that\s+(?:involves?|includes?)\s+|which\s+(?:involves?|includes?)\s+|"
    r"involving\s+|including\s+)(?:the\s+)?(?:[\w\-]+,\s+)*(?:(?:sustained|prolonged|persistent|constitutive|transient|"
    r"direct|subsequent|downstream|rapid|early|late)\s+)?$", re.IGNORECASE)
_UNDIRECTED = frozenset({"transcription", "expression", "production", "secretion", "release", "synthesis"})


def directed_event_after(text: str, target_end: int) -> tuple[int, int, str, int] | None:
    """``event_after`` for a noun that names a direction (activation, inhibition …), not a level noun
    ("Bcl-2 expression"): (noun start, noun end, cue kind, sign), or None."""
    event = event_after(text, target_end)
    if event is None or text[event[0]:event[1]].lower() in _UNDIRECTED:
        return None
    return event


def via_event(text: str, target_start: int, target_end: int, involving: bool = True) -> tuple[int, int, str, int] | None:
    """"via/through <target> <event noun>" (and, with ``involving``, "via a pathway involving <target> <event noun>"):
    (noun start, noun end, cue kind, sign), or None."""
    if not (_VIA_BEFORE.search(text[max(0, target_start - 30):target_start])
            or involving and _VIA_INVOLVING.search(text[max(0, target_start - 120):target_start])):
        return None
    return directed_event_after(text, target_end)


# a loss of the agent with a modifier between ("Loss of hepatic NF-kappa B activity … through sustained JNK1
# activation", validation_zh ChinaXiv-201712.00248V1, gold NF-κB inhibits JNK1): the sign is the agent's
# own only when its loss is read (roles.py); past such a modifier it is not, and the means stays undirected
_LOSS_NEAR = lazy_re.compile(r"\b(?:loss|lack|absence|deficiency|depletion|deletion|knock-?down|knock-?out|silencing|ablation)"
                             r"\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def loss_near(text: str, agent_start: int) -> bool:
    """Is the agent named after a loss word and up to two modifiers ("loss of hepatic NF-κB")?"""
    return bool(_LOSS_NEAR.search(text[max(0, agent_start - 40):agent_start]))


# "<agent> protects <cells> from <Y>": what the cells are kept from is what the agent inhibits ("Resveratrol
# protects cardiomyocytes from hypoxia-induced apoptosis", sample ChinaXiv-202010.00047V1; "Parkin
# protectsdopaminergic neurons from excessive Wnt/beta-catenin signaling", validation_zh ChinaXiv-201712.01000V1,
# gold PRKN inhibits Wnt/β-catenin). Only the object of "from" (past a stimulus's participle or "excessive") is
# read, not a later mention of the clause: a cue word would govern that too ("… t hrough the SIRT1-FoxO1 pathway").
# "against" takes the place of "from" with an object between ("MPEP may protect dopaminergic neurones against
# methamphetamine-induced toxicity", BC5CDR train; "extracts of Carapax Trionycis were able to protect liver against
# fibrosis", validation_en PMID23583903), and a raising verb may stand before "protect" ("is known to protect
# tissues from", validation38_en PMID28260056; "has been shown to protect normal tissues from", BC5CDR train).
# A stimulus named as the cause of the harm ("against oxidized low-density lipoprotein-induced injury",
# validation38_en PMID19703745; "from H2O2-induced apoptosis") is the model, not the agent's target (GUIDELINES 5.7:
# no agent–stimulus row), so it takes no cue here.
_PROTECTS_FROM = lazy_re.compile(
    r"^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:is|are|was|were|be|been|has\s+been|have\s+been)?\s*(?:known|shown|found|reported|able)\s+to\s+)?"
    r"(?:(?:can|could|may|might|also|further|significantly|markedly|partially|partly|effectively)\s+){0,2}"
    # an earlier conjunct of the same verb ("is known to protect tissues from multiple types of damage, and protect
    # cells from apoptosis", validation38_en PMID28260056, gold IGF1 ``inhibits`` Apoptosis): coordinated predicates
    # share the subject (Quirk et al. 1985, 13.46)
    r"(?:protect(?!ive|ion)\w*\s+(?:(?!from\b|against\b)[\w\-]+\s+){1,4}(?:from|against)\s+[^,;:()]{1,60}?,?\s+"
    r"(?:and|as\s+well\s+as)\s+(?:(?:to|also|can|may)\s+){0,2})?"
    r"protect(?!ive|ion)\w*\s+(?:(?!from\b|against\b)[\w\-]+\s+){1,4}(?:from|against)\s+(?:the\s+)?"
    r"(?:(?:excessive|[\w\-]+-(?:induced|mediated|stimulated|triggered))\s+){0,2}$", re.IGNORECASE)
_HARM_STIMULUS = lazy_re.compile(r"(?:\s*\([^()]{1,20}\))?(?:-+|\s+)(?:induced|mediated|stimulated|triggered|evoked|elicited)\b",
                                 re.IGNORECASE)  # "free radical--mediated damage" (BC5CDR train)


def protected_from(text: str, agent_end: int, target_start: int, target_end: int | None = None
                   ) -> tuple[int, int, str, int] | None:
    """"<agent> protects <object> from <target>": (cue start, cue end, "inhibit", -1), or None; None too when the
    target is the stimulus of the harm ("from H2O2-induced apoptosis": ``target_end`` given)."""
    if target_start < agent_end:
        return None
    found = _PROTECTS_FROM.match(text[agent_end:target_start])
    if found is None:
        return None
    if target_end is not None and _HARM_STIMULUS.match(text, target_end):
        return None
    start = agent_end + text[agent_end:target_start].lower().rindex("protect")  # (the last conjunct's verb)
    return start, start + len("protect"), "inhibit", -1


def mediates_event(text: str, agent_end: int, target_start: int, target_end: int,
                   event_target: tuple[int, int] | None = None) -> tuple[int, int, str, int, bool] | None:
    """"<agent> mediate(s) <target> <event noun>": (noun start, noun end, cue kind, sign, negated), or None.
    A target excluded after the event ("… JNK activation but not ERK1/2 and p38") takes the event, negated:
    ``event_target`` is then the (start, end) of the mention the event noun follows."""
    if target_start < agent_end:
        return None
    if event_target is None:
        if not _MEDIATES.match(text[agent_end:target_start]):
            return None
        event = event_after(text, target_end)
        return None if event is None else (*event, False)
    head_start, head_end = event_target
    if not (agent_end <= head_start and head_end <= target_start) or not _MEDIATES.match(text[agent_end:head_start]):
        return None
    event = event_after(text, head_end)
    if event is None or not _BUT_NOT.match(text[event[1]:target_start]):
        return None
    return (*event, True)

"""A mediator and the event of an agent it mediates, in the telegraphic grammar of English titles: X ``via`` Y.

role_of.py reads "Y mediates X-induced Z" and "role of Y in X-induced Z" (GUIDELINES 5.11: the agent acts through the
mediator). English reference titles of Chinese papers state the same with a wider choice of words on both sides
(issue 14, stop 50: the TUNE sets' typed reference titles read ``associated``, 9 of 56 of this form):

* the mediator's side — a list ("MAPK and PI3K activities are required for …"), a head noun after the name ("GCLC
  expression mediates …", "ERK signaling mediate …"), an event the mediator modifies ("c-Met-Akt pathway-mediated
  enhancement of … is involved in …", "Transglutaminase 2-mediated activation of β catenin signaling has a critical
  role in …"), the bare plural verb "mediate" and "is involved in";
* the agent's side — the agent as the premodifier of an event noun ("leptin stimulation of protein synthesis",
  "insulin protection against …", "vitamin K1 and sorafenib synergy") or of a participle ("warfarin-induced"), or as
  the by-phrase of the mediated event ("the regulation of … gene expression by cAMP", "cell migration … induced by HGF
  and EGF");
* the agent first, the mediator named in a colon's "involvement of" ("Ox-LDL-induced TGF-β1 production in human
  alveolar epithelial cells: involvement of the Ras/ERK/PLTP pathway").

The reading is Quirk et al. 1985 (17.51-17.54) on deverbal nouns: the premodifier or the by-phrase of an action noun
names its agent. Only the agent inside the mediated phrase is read; the event's own object (the "protein synthesis" of
"leptin stimulation of protein synthesis") is left to the other rules. Pure functions over a sentence and two mention
spans; effects._mediated types the pair.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_ITEM = r"[\w\-/αβγδκ]+(?:\s*\([^()]{1,20}\))?"
# the mediator's own words before the predicate: items after it in a list ("MAPK and PI3K"), a bracket, a head noun
# ("activities", "expression", "signaling") or an event it modifies ("-mediated enhancement of inhibitory c-Raf
# phosphorylation")
_MEDIATOR_SIDE = (
    rf"^(?:\s*(?:,|\band\b|\bor\b)\s*{_ITEM})*\s*\)?\s*(?:\([^()]{{1,30}}\)\s*)?"
    r"(?:(?:signal(?:l)?ing|pathway|protein|receptor|activit(?:y|ies)|expression|activation|phosphorylation)\s+"
    r"|-?\s*(?:mediated|dependent)\s+[^,;:.()]{1,70}?\s+)?"
)
_PREDICATE = (
    r"(?P<cue>mediat(?:e|es|ed)(?!\s+by)|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:essential|required|necessary|critical|crucial|"
    r"indispensable)\s+for|(?:is|are|was|were)\s+(?:\w+ly\s+)?involved\s+in|participat(?:e|es|ed)\s+in|"
    r"(?:has|have|plays?|played)\s+an?\s+(?:\w+\s+)?role\s+in)"
)
# the mediated phrase up to the agent: no clause or sentence break
_Y_THEN_PHRASE = lazy_re.compile(_MEDIATOR_SIDE + _PREDICATE + r"\s+(?P<phrase>[^;:.。]{0,110}?)$", re.IGNORECASE)
# the agent's event after it (matched at the agent's end, so no "^"): a participle ("-induced", "induced" run together by PDF conversion) or an action noun,
# after the other agents of a list ("vitamin K1 and sorafenib synergy")
_AGENT_EVENT = lazy_re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s*-?\s*(?:induced|caused|triggered|stimulated|evoked|elicited|treated)\b"
    rf"|(?:\s*(?:,|\band\b)\s*{_ITEM})*\s+(?:stimulation|protection|actions?|synergy|synergism|treatment|"
    r"administration|supplementation|exposure)\b)", re.IGNORECASE)
# the agent as the by-phrase of the mediated event, after the earlier agents of a list ("induced by HGF and EGF") or
# a class word ("the Enhancement of Glutathione Levels by the Flavonoid Fisetin", PMID23618921, new_papers_en; not a
# gerund: "by inhibiting X" names a means, not an agent)
_BY_AGENT = lazy_re.compile(rf"\bby\s+(?:the\s+)?(?:(?![A-Za-z]+ing\b)[A-Za-z][\w\-]*\s+)?"
                            rf"(?:{_ITEM}\s*(?:,\s*(?:and\s+)?|\band\s+))*$", re.IGNORECASE)
# the by-agent closes its noun phrase: a class word before a name ("the Flavonoid Fisetin") is no agent
_AGENT_ENDS = lazy_re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:$|[,.;:)\]]|(?:and|or|in|on|at|with|via|through|during|from|"
                              r"of|to|for|is|are|was|were|as|after|under|synergistically)\b)", re.IGNORECASE)
# the event the by-phrase belongs to: an action noun or a participle
_EVENT_WORD = lazy_re.compile(r"\b(?:[a-z]+(?:tion|sis|ment)|induced|stimulated|triggered|caused|evoked|regulated)\b",
                              re.IGNORECASE)
# the agent first: "X-induced Z …: involvement of the Y pathway"
_X_THEN_INVOLVEMENT = lazy_re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s*-?\s*(?:induced|caused|triggered|stimulated|evoked)\b[^;.。]{0,120}?[:：]\s*"
    rf"(?P<cue>(?:roles?|involvement|contribution)\s+of)\s+(?:the\s+)?(?:{_ITEM}\s*(?:,\s*(?:and\s+)?|\band\s+))*$",
    re.IGNORECASE)


def mediator_agent(text: str, first_start: int, first_end: int, second_start: int,
                   second_end: int) -> tuple[str, int, int] | None:
    """Which of two mentions (``first`` before ``second``) is the agent X whose event the other mediates ("first" or
    "second"), with the span of the mediation words; None if the sentence says no such thing about them."""
    between = text[first_end:second_start]
    if (m := _Y_THEN_PHRASE.match(between)) is not None:
        phrase = m.group("phrase")
        if _AGENT_EVENT.match(text, second_end) or \
                (_BY_AGENT.search(phrase) and _EVENT_WORD.search(phrase) and _AGENT_ENDS.match(text, second_end)):
            return "second", first_end + m.start("cue"), first_end + m.end("cue")
    if (m := _X_THEN_INVOLVEMENT.match(between)) is not None:
        return "first", first_end + m.start("cue"), first_end + m.end("cue")
    return None

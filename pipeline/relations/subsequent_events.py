"""Two events of one list, the second said to follow from the first: "X activity and subsequent Y translocation",
"the phosphorylation of X … and the downstream activation of Y".

GUIDELINES 2 (mechanism chains): an event named as the subsequent or downstream one of another is what that one
brings about, so X acts on Y, with the sign and kind of Y's event (activation, phosphorylation, translocation:
``activates``; expression, production: ``upregulates``). The list is the object of one verb of a third agent, whose
own rows are typed elsewhere; this module gives the X–Y row only. Examples:

* "Furthermore, PTE treatment directly inhibited the phosphorylation of JAK2 at Tyr 1007 and the downstream
  activation of STAT3." (new_papers PMID23313376: JAK2 activates STAT3)
* "Additionally, RG treatment decreased the DNCB-induced MAPKs activity and subsequent Ikaros translocation
  irrespective of NF-kB." (validation PMID23717095: MAPK activates Ikaros)

X's own event, when named, is its activity or level (a first event of inhibition would turn the sign: left alone).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_ACTIVITY = r"activit(?:y|ies)|activation|phosphorylation|(?:nuclear\s+)?translocation|signal(?:l)?ing"
_LEVEL = r"expression|levels?|production|secretion|release|synthesis|transcription|up-?regulation|induction"
_FIRST_EVENT = r"(?:" + _ACTIVITY + "|" + _LEVEL + r")"
_FOLLOWS = r"(?:subsequent|downstream|consequent|resultant|ensuing)"
# between X and Y: X's event (optional), a short site phrase ("at Tyr 1007"), "and (the) subsequent", and Y's event
# before "of Y" or after Y
_GAP = lazy_re.compile(r"^\s*(?:(?:" + _FIRST_EVENT + r")\s+)?(?:(?:at|on)\s+[\w\-]+(?:\s+\d+)?\s+)?,?\s*and\s+(?:the\s+)?"
                       + _FOLLOWS + r"\s+(?:(?P<before>" + _ACTIVITY + "|" + _LEVEL + r")\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_AFTER = lazy_re.compile(r"\s*(?:protein\s+|gene\s+)?(?P<after>" + _ACTIVITY + "|" + _LEVEL + r")\b", re.IGNORECASE)
_LEVEL_RE = lazy_re.compile(_LEVEL, re.IGNORECASE)


def subsequent_event(text: str, first, second) -> tuple[str, int, int] | None:
    """(label, start, end of Y's event word) when ``second``'s event is named as the subsequent or downstream
    one of ``first``'s in one list; else None."""
    if first.label not in ("GENE", "PATHWAY") or second.label not in ("GENE", "PATHWAY") or first.end > second.start:
        return None
    m = _GAP.match(text[first.end:second.start])
    if m is None:
        return None
    if m.group("before"):
        start, end = first.end + m.start("before"), first.end + m.end("before")
    else:
        after = _AFTER.match(text, second.end)
        if after is None:
            return None
        start, end = after.start("after"), after.end("after")
    word = text[start:end]
    return ("upregulates" if _LEVEL_RE.fullmatch(word) else "activates"), start, end

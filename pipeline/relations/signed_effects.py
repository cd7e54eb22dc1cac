"""The direction an English effect noun states through its signed premodifier: "the inhibitory effect of X on Y".

"Effects of X on Y" states that X affects Y without a direction (GUIDELINES 5.11, ``cue_scope.effect_on``: the
pair is ``associated``). A signed adjective before the noun states the direction the bare noun leaves open, as
"X对Y的抑制作用" does in Chinese (``cue_scope.signed_effect``): "The inhibitory effects of AMPK activation on mTORC1
signaling were associated with …" (validation38_en PMID22972179, gold AMPK ``inhibits`` mTORC1), "a stimulatory
effect of BMPs on … transcription". The adjective modifies the head noun whose "of"-phrase names the agent and
whose "on"-phrase names what is acted on (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985,
17.51-17.54 on the genitive and the "on"-complement of a deverbal noun); nothing in the cue lexicon reads it,
because it stands before the agent, where no cue of the pair is looked for.

The signed nominalisation with the same two complements is the non-native form of the construction, frequent in
the English titles and abstracts of Chinese papers: "Mechanistic insights into the inhibition of quercetin on
xanthine oxidase" (new_papers_zh ChinaXiv-202105.00091V1, an English reference title; gold quercetin ``inhibits``
XDH). "inhibition of X on Y" cannot read X as the object ("of"-object of the nominal) when an "on"-phrase names
the object after it, so X is the agent.

A negated or hedged noun phrase ("no inhibitory effect of X on Y") is left to the negation readers; only the
adjective right before the noun (after optional degree words: "potent", "significant", "dose-dependent") is read.

Pure functions over a sentence's text and offsets; English only.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the signed adjective, then degree words between it and the effect noun ("inhibitory and protective" is not read:
# one adjective, right before the noun or its degree word)
_NEGATIVE = r"inhibitory|suppressive|repressive|antagonistic|inhibiting|suppressing|blocking|attenuating|down-?regulatory"
_POSITIVE = r"stimulatory|stimulating|activating|inductive|inducing|enhancing|promoting|potentiating|up-?regulatory|agonistic"
_SIGNED_BEFORE = lazy_re.compile(
    r"\b(?:(?P<neg>" + _NEGATIVE + r")|(?P<pos>" + _POSITIVE + r"))\s+"
    r"(?:(?:potent|strong|significant|marked|direct|dose-dependent|additive|synergistic)\s+)?$", re.IGNORECASE)
# a negation in the same noun phrase: "no inhibitory effect", "without stimulatory effects", "lack of … effect"
_DENIED_BEFORE = lazy_re.compile(r"\b(?:no|not|without|lack\s+of|lacked|absence\s+of|neither|nor)\s+(?:\w+\s+){0,2}$",
                                 re.IGNORECASE)
# "the inhibition of X on Y": a signed nominal whose "of"-phrase is followed by an "on"-phrase
_NOMINAL_BEFORE = lazy_re.compile(r"\b(?:(?P<neg>inhibition|suppression|repression)|(?P<pos>stimulation|promotion|"
                                  r"activation|induction|potentiation|enhancement))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ON_BETWEEN = lazy_re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?on\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _undenied_sign(text: str, found: re.Match, offset: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end) of the signed word ``found`` (matched in a window starting at ``offset`` of
    ``text``), or None when a negation of the same noun phrase stands before it."""
    if _DENIED_BEFORE.search(text, max(0, offset + found.start() - 30), offset + found.start()):
        return None
    group = "neg" if found.group("neg") else "pos"
    sign, kind = (-1, "inhibit") if group == "neg" else (1, "activate")
    return sign, kind, offset + found.start(group), offset + found.end(group)


def signed_head(text: str, noun_start: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end) of the signed adjective right before the English effect noun starting at
    ``noun_start`` ("inhibitory effects of"), or None when there is none or the noun phrase is denied."""
    before = text[max(0, noun_start - 60):noun_start]
    found = _SIGNED_BEFORE.search(before)
    if found is None:
        return None
    return _undenied_sign(text, found, noun_start - len(before))


def nominal_of_on(text: str, agent_start: int, agent_end: int, target_start: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end) of a signed nominal whose "of"-phrase is the agent and whose "on"-phrase reaches
    the target ("the inhibition of quercetin on xanthine oxidase"), else None."""
    before = text[max(0, agent_start - 40):agent_start]
    found = _NOMINAL_BEFORE.search(before)
    if found is None or not _ON_BETWEEN.fullmatch(text, agent_end, target_start):
        return None
    return _undenied_sign(text, found, agent_start - len(before))

"""An agent's effect stated not to go through a gene or pathway: "… was independent of X", "… irrespective of X".

GUIDELINES 2 (``via``) and its negation rule: a mechanism the text denies is a negated ``via`` row of the agent
whose effect it is. The construction: the sentence's subject agent (a herb or compound, the first one of its
clause, alone or as the modifier of the subject: "Silibinin-induced apoptosis") and, later in the clause, an
adjective or adverb of independence right before the mediator:

* "Interestingly, Silibinin-induced apoptosis in SGC-7901 cells was independent of caspases activation."
  (validation PMID22619007)
* "Additionally, RG treatment decreased the DNCB-induced MAPKs activity and subsequent Ikaros translocation
  irrespective of NF-kB." (validation PMID23717095)

Not "independently of the TZD effects on aromatase" (new_papers PMID22878908): there the mediator is not named
right after the phrase, the agent's own effect on it is (an effect, not a route).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_INDEPENDENT = lazy_re.compile(r"\b(?:independent(?:ly)?\s+(?:of|from)|irrespective\s+of|regardless\s+of)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|,\s*(?:but|while|whereas|and)\b|\b(?:whereas|while|but)\b", re.IGNORECASE)


def denied_mediator(text: str, spans, agent, mediator, agent_labels: tuple[str, ...] = ("HERB", "COMPOUND")) -> tuple[int, int] | None:
    """(start, end) of the independence phrase when ``mediator`` is named right after it and ``agent`` is the
    first herb or compound of the clause before it (its subject or the subject's modifier); else None."""
    if agent.label not in agent_labels or mediator.label not in ("GENE", "PATHWAY") or agent.end > mediator.start:
        return None
    m = _INDEPENDENT.search(text, max(agent.end, mediator.start - 40), mediator.start)
    if m is None:
        return None
    between = text[agent.end:m.start()]
    if _CLAUSE_BREAK.search(between) or re.search(r"\beffects?\s+(?:of|on)\b", between, re.IGNORECASE):
        return None
    clause_start = max((b.end() for b in re.finditer(r"[.;]", text[:agent.start])), default=0)
    if any(s.label in agent_labels and clause_start <= s.start < agent.start and s.entity_id != agent.entity_id
           for s in spans):
        return None  # not the clause's first agent: an object's modifier ("decreased the DNCB-induced …")
    return m.start(), m.end()

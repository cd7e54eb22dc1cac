"""A mention inside a non-restrictive relative clause of association is linked to the clause's antecedent only.

"IGF-1R may increase cell viability … by promoting autophagy and scavenging ROS production, which is closed with
PI3K/Akt/mTOR signaling pathway" (validation38_en PMID28260056; "closed with" for "closely associated with"): the
relative clause after the comma is a predication of its own about its antecedent (Quirk et al., *A Comprehensive
Grammar of the English Language*, 1985, 17.22 on non-restrictive relative clauses), and its verb is one of
association, which states no direction (GUIDELINES 2, ``associated``). The main clause's verb ("promoting") does not
reach into it, so an entity named there is in no directed relation with the entities before it; before, the verb's
direction was carried over the comma ("IGF-1R activates the PI3K/Akt/mTOR pathway").
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# ", which is (closely) associated with (the) …": the object of the relative's association verb, up to the mention
# (a few modifiers of its own may stand before it, or the earlier members of its axis; no clause break)
_LINKING_RELATIVE = lazy_re.compile(
    r",\s*(?:which|that)\s+(?:is|are|was|were|may\s+be|might\s+be|has\s+been|have\s+been)\s+(?:(?:\w+ly|also)\s+)?"
    r"(?:associated|related|linked|correlated|connected|closed)\s+(?:with|to)\s+(?:the\s+)?(?:[\w\-/]+\s+){0,3}"
    r"(?:[\w\-]+\s*/\s*){0,3}$",  # (an axis's later member: "with PI3K/Akt/mTOR")
    re.IGNORECASE)


def linked_in_relative(text: str, start: int) -> int | None:
    """Where the relative clause begins (its comma) when the mention starting at ``start`` is the object of its
    association verb, else None."""
    found = _LINKING_RELATIVE.search(text, max(0, start - 90), start)
    return found.start() if found else None

"""A gene stated to be required for another gene's expression or activity: "X is required for (the) expression of Y",
"X is essential for Y secretion".

A requirement is a positive dependence: without X the read-out is lost, so X raises it (GUIDELINES 5.5, the sign of a
loss of function is the gene's own; "required for insulin secretion" → ``upregulates`` in the validation40 gold
notes, corpus/gold/README.md). The adjective's complement names the read-out with a level or activity noun (the
nominalised object of a deverbal noun, Quirk et al. 1985, 17.54): before the gene ("for the expression of Sox4,
Sox13, and Rorc", BioRED train PMID29222418, Positive_Correlation) or after it ("for insulin secretion", validation40_en
PMID23349488). Without such a noun ("required for osteoclastogenesis", "essential for the specification of … cells")
the complement is a process or a phenotype, and nothing is read here; a negated requirement ("is not required for") is
left to the negation rules.

Pure functions over the sentence text and character offsets.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_LEVEL_NOUN = (r"(?:expression|levels?|production|secretion|synthesis|transcription|release|induction|"
               r"activation|activit(?:y|ies)|phosphorylation)")
# from the subject to the read-out: an abbreviation bracket, the copula, degree adverbs, the adjective, an optional
# locative adjunct before "for" ("is required in immature CD24+CD73- gd T cells for"), the noun with "of" and the
# earlier items of a list of objects
_REQUIRED = lazy_re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:is|are|was|were|be|been|being|seems?\s+to\s+be|appears?\s+to\s+be)\s+"
    r"(?:(?:also|absolutely|essentially|critically|strictly|therefore|thus|likewise|similarly)\s+){0,2}"
    r"(?P<cue>required|necessary|essential|needed|indispensable)\s+"
    r"(?:(?:in|within|during)\s+[^,;:()]{1,60}?\s+)?for\s+(?:the\s+)?"
    r"(?P<noun>(?:(?:[a-z\-]+\s+)?" + _LEVEL_NOUN + r"\s+of\s+(?:the\s+)?)?)"
    r"(?:[\w\-/αβγδκ]+(?:\s*\([^()]{1,15}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$",
    re.IGNORECASE)
_NOUN_AFTER = lazy_re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:gene|mRNA|protein)\s+)?" + _LEVEL_NOUN + r"\b", re.IGNORECASE)


def required_for(text: str, agent_end: int, target_start: int, target_end: int) -> tuple[int, int] | None:
    """(start, end) of the adjective when the mention ending at ``agent_end`` is stated to be required for the
    level or activity of the mention at ``target_start``–``target_end`` (its noun before or after it), else None."""
    if target_start < agent_end:
        return None
    found = _REQUIRED.match(text[agent_end:target_start])
    if found is None:
        return None
    if not found.group("noun") and not _NOUN_AFTER.match(text, target_end):
        return None
    return agent_end + found.start("cue"), agent_end + found.end("cue")

"""A compound named as the product of a deverbal noun is what is made, not what acts.

"the synergy between IL-beta, TNF-alpha, IL-6 on PGE2 production is due to an enhanced gene
expression of COX-2" (PMID12067102), "TZDs reduce estrogen synthesis by inhibiting aromatase
activity" (PMID22878908), "inhibited generation of … prostaglandin D2" (PMID16651713): a noun
before a deverbal process noun ("PGE2 production" = the production of PGE2), or after its "of", fills
that noun's THEME role — the argument-structure nominals of Grimshaw (1990, *Argument Structure*, ch. 3;
the prenominal modifier of "production", "synthesis", "release" is its object, as in "the
production of PGE2"). The sentence says something is made; it does not make the compound the agent
of the enzymes, the stimuli or the other read-outs around it. The effect parser read the product as
the subject of the next cue ("PGE2 production … enhanced … COX-2" gave Dinoprostone → PTGS2
upregulates, "estrogen synthesis by inhibiting aromatase" Estrogens → CYP19A1), ranking them with
the stated findings of new_papers_en; the gold keeps these products only as the object of the
treatment that lowers them (蛹虫草 → Dinoprostone downregulates) or as an undirected neighbour of the
enzyme that makes them (PTGS2 — Prostaglandin D2 associated).

So a COMPOUND whose every mention in the sentence is such a product is never the AGENT of a typed
effect there: the pair keeps its co-mention as ``associated`` (relations/pairs.py ``sentence_pairs``),
and the pairs in which it is the target (the treatment lowering PGE2 production) are unchanged.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the deverbal nouns of making and letting out a substance (their prenominal noun is the product)
_PROCESS = r"(?:production|synthesis|biosynthesis|generation|formation|release|secretion|accumulation)"
# right after the mention: "PGE2 production", "NO release", "estrogen synthesis", "ROS-generation"
_PRODUCT_AFTER = lazy_re.compile(r"^(?:\s*\([^()]{1,15}\))?[\s-]+" + _PROCESS + r"\b", re.IGNORECASE)
# right before it: "production of PGE2", "the generation of the … prostaglandin D2"
# (the words between are the product's own modifiers: no preposition, conjunction or verb form that
# would start another phrase — "production of IL-6 by LPS" makes LPS no product)
_MODIFIER = r"(?!(?:by|in|from|with|after|through|via|and|or|on|to|at|for|than|as|was|were|is|are)\b)(?![\w\-]+ed\b)[\w\-()]+"
_PRODUCT_BEFORE = lazy_re.compile(r"\b" + _PROCESS + r"\s+of\s+(?:the\s+)?(?:" + _MODIFIER + r"\s+){0,6}$", re.IGNORECASE)
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|,\s")
# the product phrase as the subject of an active verb ("Accumulation of advanced oxidation protein
# products induces podocyte apoptosis", "ROS generation activates JNK"): the event of making it acts,
# and the product stays the agent; a copula or a passive ("is due to", "induced by") does not act
_ACTIVE_VERB_AFTER = lazy_re.compile(
    r"^(?:\s*\([^()]{1,15}\))?\s+(?:(?:may|might|could|can|then|also|further|thereby|subsequently|"
    r"significantly|directly|in\s+turn)\s+)*"
    r"(?!(?:is|was|has|does|seems|appears|remains|plays)\b)(?:[a-z]+(?:es|s)\b|[a-z]+ed\b(?!\s+(?:by|in|from|with)\b)"
    r"|leads?\s+to|results?\s+in|contributes?\s+to)", re.IGNORECASE)


def is_product(text: str, start: int, end: int) -> bool:
    """True when the mention ``text[start:end]`` is the product of a deverbal noun of making
    ("PGE2 production", "production of nitric oxide") and that phrase is no subject of an active
    verb (the accumulation of a product that "induces apoptosis" acts)."""
    after = _PRODUCT_AFTER.match(text[end:end + 40])
    if after:
        return not _ACTIVE_VERB_AFTER.match(text[end + after.end():end + after.end() + 60])
    before = text[max(0, start - 80):start]
    before = _CLAUSE_BREAK.split(before)[-1]
    return bool(_PRODUCT_BEFORE.search(before)) and not _ACTIVE_VERB_AFTER.match(text[end:end + 60])


def product_compounds(text: str, mentions) -> frozenset[str]:
    """Entity ids of the COMPOUND ``mentions`` (``sentence_start``/``sentence_end``, ``label``,
    ``entity_id``) of ``text`` that are named only as products in the sentence."""
    seen: dict[str, bool] = {}
    for m in mentions:
        if m.label != "COMPOUND":
            continue
        product = is_product(text, m.sentence_start, m.sentence_end)
        seen[m.entity_id] = seen.get(m.entity_id, True) and product
    return frozenset(eid for eid, only in seen.items() if only)

"""A change "associated with" an agent's effect: undirected only as a participle adjunct.

"associated with" names a correlation (GUIDELINES 2, ``associated``), but what decides the label is the
change it introduces and whose change that is:

* **finite predicate** — "the effect of Sal on renal interstitial fibrosis is associated with the lower
  expression of TLR4" (BioRED train PMID30836660, Negative_Correlation), "the protection of etifoxine was
  associated with reduced … production of IL-6" (BioRED train PMID28416580), "the anti-cancer activity of
  FSREE was associated with a decreased level of phosphorylated Janus kinase/…" (validation_en PMID25373392,
  gold ``inhibits``), "These anti-fibrotic effects were associated with a reduction in TGF-b1 expression"
  (validation_en PMID24747135), "Sag inactivation … suppresses … by inducing senescence, which is associated
  with accumulation of p16" (validation_en PMID25622904, gold ``downregulates`` after the loss of function):
  the subject is the agent's effect (or a clause about it) and the complement is the change measured with it,
  so the change keeps its direction, as the Chinese "其机制与上调磷酸化Akt有关" does in the gold
  (new_papers_zh ChinaXiv-201712.00816V1, ``activates``).
* **participle adjunct** — "wogonin inhibited H2O2-induced phosphorylation of caveolin-1 (cav-1) associating
  with the suppression of stabilization of VE-cadherin and β-catenin" (new_papers_en PMID23246481, gold
  ``associated``): the clause has its own effect verb and object; the participle adds a co-occurring change
  without saying the agent made it.

The predicate is told from the adjunct by the copula (is/are/was/were/be/been/being, with degree adverbs and a
modal before it), as a tagger tells VBN after an auxiliary from a reduced relative (Quirk et al. 1985,
§17.96 on -ed participle clauses). The complement may be an of-genitive chain of event nouns ("associating
with the suppression of stabilization of …"): its head is what is associated (effects.py asks here).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# "associat… with (the) (event noun of (the)){0,2}" ending right before the cue
_ASSOCIATED_WITH = lazy_re.compile(r"\bassociat\w*\s+with\s+(?:the\s+|an?\s+)?"
                                   r"(?:[a-z]+(?:tion|sion|ment)\s+of\s+(?:the\s+)?){0,2}$", re.IGNORECASE)
# a copula (with adverbs) right before "associated": the finite predicate, not a participle adjunct
_COPULA_BEFORE = lazy_re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+){0,2}$", re.IGNORECASE)


def undirected_association(before_cue: str) -> bool:
    """Does the text before a cue end in a participle "associat… with" that leaves the cue's change undirected?

    ``before_cue`` is the sentence text up to the cue word. True for the adjunct ("X inhibited Y associating
    with the suppression of …", "…, associated with"); False when "associated with" is the predicate of a copula
    ("the effect of X was significantly associated with …") or when there is no "associated with" at all."""
    found = _ASSOCIATED_WITH.search(before_cue)
    if found is None:
        return False
    return _COPULA_BEFORE.search(before_cue[:found.start()]) is None


# Stop 44: a gene's own measure as the subject of a finite "associated with" — "The HHEX/IDE T2D locus is associated
# with decreased insulin secretion" (validation40_en PMID23349488, gold ``associated``), "The increased glutathione
# peroxidase activity in rats suffering from hyperthyroidism was associated with a fall of the reduced glutathione …
# and a marked increase in the glutathione reductase activity" (validation41_en PMID17303537, gold ``associated``):
# two measures seen together, a correlation (GUIDELINES 2), not the agent's effect whose measured change keeps its
# direction above ("the effect of Sal … is associated with the lower expression of TLR4"). The subject is the gene's
# name with a few modifiers before it ("The increased") and its measure or locus after, no effect noun, no loss word.
_MEASURED_SUBJECT_AFTER = lazy_re.compile(r"[^,;:()]{0,80}?\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+|also\s+){0,2}associat\w*\s+with\b",
                                          re.IGNORECASE)
_SUBJECT_OPENING = lazy_re.compile(r"^\s*(?:the\s+)?(?:(?:increased|decreased|elevated|reduced|higher|lower|high|low|"
                                   r"enhanced|altered|serum|plasma|hepatic|cellular)\s+)?$", re.IGNORECASE)
_EFFECT_OR_LOSS = lazy_re.compile(r"\b(?:effects?|protection|treatment|administration|activity\s+of|loss|deficiency|"
                                  r"knock-?down|knock-?out|inactivation|deletion|silencing|inhibition|overexpression)\b",
                                  re.IGNORECASE)


def measured_subject(text: str, clause_start: int, agent_start: int, agent_end: int) -> bool:
    """Is the (gene) mention at ``agent_start``..``agent_end`` the subject of a finite "… is associated with" whose
    subject is the gene's own measure or locus ("The HHEX/IDE T2D locus is associated with …")? Then the change in
    the complement is correlated with it, not made by it."""
    if not _SUBJECT_OPENING.match(text[clause_start:agent_start]):
        return False
    found = _MEASURED_SUBJECT_AFTER.match(text, agent_end)
    return found is not None and not _EFFECT_OR_LOSS.search(found.group())

"""A gene named as what a treatment's event depends on: "following etoposide treatment … cells undergo a
p53-dependent upregulation of OCT4A", "AS-C triggered both p53-dependent and p53-independent pathways for apoptosis",
"curcumin induced a p53-dependent apoptosis".

GUIDELINES 2 (``via``: the agent acts through the gene) and the gold's reading of the compound adjective "G-dependent"
(an adjective made of a noun and a participle, "dependent on G": Quirk et al., *A Comprehensive Grammar of the English
Language*, 1985, I.12 on noun + adjective compounds): the treatment's effect goes through G, so the treatment–G row is
``via``; G's own row with the event's object keeps the event's sign (effects.py reads it). The adverbial "in a
G-dependent manner" is effects._dependent_manner's; this module reads the attributive use before an event noun:

* "Previously, we showed that following etoposide (ETO) treatment embryonal carcinoma PA-1 cells undergo a
  p53-dependent upregulation of OCT4A and p21Cip1" (validation_en PMID26102294, gold etoposide ``via`` TP53;
  the pair was ``associated``);
* "In vitro results showed AS-C triggered both p53-dependent and p53-independent pathways for apoptosis."
  (validation38_en PMID15867250, gold 当归 ``via`` TP53);
* a verb before the adjective ("X induced a p53-dependent apoptosis") names the event, not an effect on G: a signed
  row on G read from it is replaced as well (the typer took "induced" for an effect on p53).

Not read: a named enzyme or channel ("cyclin-dependent kinase inhibitors", "cAMP-dependent protein kinase",
"Ca(2+)/calmodulin-dependent protein kinases": a name, not a dependence of an event), and "G-independent" alone
(independent_of.py reads stated non-dependence).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# "p53-dependent upregulation", "p53-dependent and p53-independent pathways", "AMPK-dependent increase"
_DEPENDENT = lazy_re.compile(r"^\s?-\s?dependent\b(?:\s+and\s+[\w\-αβγκ]+\s?-\s?independent\b)?\s+(?P<next>[A-Za-z][\w\-]*)",
                             re.IGNORECASE)
# the head of a name, not an event: "cyclin-dependent kinase", "cAMP-dependent protein kinase"
_NAME_HEAD = lazy_re.compile(r"(?:protein|kinases?|phosphatases?|inhibitors?|channels?|receptors?|enzymes?|transporters?|"
                             r"synthases?|ligases?|proteases?|dehydrogenases?|manner|fashion|way)$", re.IGNORECASE)


def dependent_event(text: str, gene_start: int, gene_end: int) -> bool:
    """Is the mention text[gene_start:gene_end] the first part of "G-dependent <event>", an attributive adjective
    before an event noun (not a name's head, not the adverbial "in a G-dependent manner")?"""
    found = _DEPENDENT.match(text[gene_end:gene_end + 80])
    return found is not None and not _NAME_HEAD.match(found.group("next"))


def agent_before(text: str, agent_end: int, gene_start: int) -> bool:
    """Does the treatment (ending at ``agent_end``) stand before the adjective in its sentence, with no clause end
    (";", a full stop) between them?"""
    if agent_end > gene_start:
        return False
    gap = text[agent_end:gene_start]
    return ";" not in gap and ". " not in gap and len(gap) <= 200

"""Co-targets of one agent: two read-outs the sentence says one agent changed state nothing of each other.

"KP BuOH fraction also potently inhibited the expression of the pro-inflammatory cytokines, IL-1b, IL-6 and
TNF-a as well as the activation of NF-kB" (validation_en PMID24009834), "Crocin … attenuated the increase of
Bax/Bcl2 ratio, activation of caspase 3 and release of cytochrome c" (PMID23523949): the sentence states the
agent's effect on each read-out, and nothing of one read-out on another. corpus/gold/GUIDELINES.md section 1
("mere listing": "SLC7A11 和 GPX4 的表达明显减弱" names two proteins and states no relation between them) leaves
the read-outs unpaired; only the agent's rows are findings. Conjuncts share their governor (Kilicoglu & Bergler,
BioNLP 2009: a conjunct is not the argument of its sibling's trigger), and the objects of one subject's
coordinated verbs share that subject (Quirk et al. 1985, 13.60).

effects.py already gives such pairs a lower weight when both stand after a herb or compound subject
(``associated-targets``); this rule reads the finished pairs of the sentence instead, so it also covers an
agent typed by any later rule (a passive by-phrase, a reversal clause, a gene agent). A pair is dropped only
when

* its own label states nothing (``associated``, no cue, not negated);
* a third entity of the sentence is the agent of a directed effect on both of its entities, stated or denied:
  "The protein levels of CCR5, but not CCR9 and CXCR4, were decreased by XAP" (new_papers_en PMID27025367),
  "PA extracts also suppressed the activity of MMP-9, but not MMP-2" (validation_en PMID21515352) contrast two
  objects of one verb and link neither to the other;
* the words between the two read-outs link nothing. A means or consequence ("decreased … ERK and mTOR via
  suppression of Ras", "inhibits autophagic flux activating the Nrf2-Keap1 pathway", new_papers_en
  PMID23085435, PMID23589329), a downstream or target gene ("Nrf-2 activation and its downstream antioxidant
  gene HO-1", validation_en PMID21540101; "STAT3 target genes, including … Bcl-xL and Mcl-1", PMID23313376) or
  a relative clause is a chain the gold annotates between the two (GUIDELINES 2, mechanism chains).

English only: the Chinese co-target rules are effects.py's (``_COORDINATED``) and their chain words differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han

EFFECTS = frozenset({"upregulates", "downregulates", "activates", "inhibits"})


# a word in the gap that links the two read-outs: means, consequence, purpose, dependence, a downstream or
# target gene, a relative clause, a regulator noun, or a verb's -ing form acting on the second
_LINK = lazy_re.compile(
    r"\b(?:via|through\w*|by|thereby|thus|hence|lead(?:s|ing)?\s+to|led\s+to|result\w*|caus\w*|downstream|upstream|"
    r"target\w*|depend\w*|mediat\w*|requir\w*|regulat\w*|to|which|that|whose|its|their|"
    r"(?:activat|inhibit|suppress|induc|promot|enhanc|block|restrain|reduc|increas|decreas|modulat|trigger|"
    r"prevent|stimulat|attenuat|elevat|lower|rais|upregulat|downregulat|up-regulat|down-regulat)ing)\b",
    re.IGNORECASE)


def is_english(text: str) -> bool:
    """Is the sentence English (no CJK character)?"""
    return not has_han(text)


def links_in_gap(gap: str) -> bool:
    """Do the words between two read-outs link them (a means, consequence, downstream gene, relative clause)?"""
    return _LINK.search(gap) is not None


def co_targets(typed_pairs: Iterable[tuple[str, str, str, str, bool]]) -> set[frozenset[str]]:
    """The pairs of entity ids that are both targets of one third entity's effect, stated or denied.

    ``typed_pairs``: (x id, y id, label, agent id, negated) of every typed pair of a sentence."""
    targets: dict[str, set[str]] = {}
    for x, y, label, agent, negated in typed_pairs:
        if label in EFFECTS and agent in (x, y):  # "X did not affect A or B": still two objects of one verb
            targets.setdefault(agent, set()).add(y if agent == x else x)
    out: set[frozenset[str]] = set()
    for agent, items in targets.items():
        if len(items) < 2:
            continue
        ordered = sorted(items)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                out.add(frozenset((a, b)))
    return out


def states_nothing(label: str, has_cue: bool, negated: bool) -> bool:
    """Does a pair's own label state nothing of the two (a bare co-mention)?"""
    return label == "associated" and not has_cue and not negated

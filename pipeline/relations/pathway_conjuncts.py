"""A gene and a pathway named side by side, or the gene inside the pathway's own name, state no relation.

"Dioscin-induced autophagy mitigates cell apoptosis through modulation of PI3K/Akt and ERK and JNK signaling
pathways" (new_papers_en PMID23552851), "MAC may utilize the NF-kB and MAPKs pathways" (PMID24849405), "the role of
JAK2/STAT3 and apoptosis-related signaling pathways" (PMID23313376): the gene and the pathway are conjuncts of one
list, each an object of what the sentence says of the list, and neither acts on the other (corpus/gold/GUIDELINES.md
section 1, "mere listing"; Kilicoglu & Bergler, BioNLP 2009: a conjunct is not the argument of its sibling's
trigger). relations/siblings.py reads such lists between entities of one type only (two genes, two compounds);
coordination.py drops the pairs of long lists (three items or more). A gene named inside or right before the
pathway's own name ("the nuclear factor (NF)-kB pathway", "hippocampal mitogen-activated protein kinase (MAPK)
signaling", PMID25511038, PMID21718777) is the name, not a partner (GUIDELINES 1, "relations inside a name").

The caller drops a GENE–PATHWAY pair only when the sentence states nothing of it (``associated``, no cue, not
negated) and some mention of the gene and some mention of the pathway have nothing but a list separator between
them (coordination.is_item_gap, other mentions blanked); a member named in its axis keeps its ``member_of``, which
is a label of its own. English sentences only: Chinese lists are read by effects.py and coordination.py.
"""

from __future__ import annotations

from pipeline._core import blank_spans
from pipeline.relations.coordination import is_item_gap

MIXED = frozenset({"GENE", "PATHWAY"})


def listed_with_pathway(text: str, labels: tuple[str, str], xs, ys, spans) -> bool:
    """Are a gene (mentions ``xs`` or ``ys``) and a pathway (the other) named side by side in ``text``, or the gene
    inside or right before the pathway's name? ``labels``: the two entities' types; ``spans``: every mention of
    the sentence (``start``, ``end``), blanked out of the gaps."""
    if frozenset(labels) != MIXED:
        return False
    for x in xs:
        for y in ys:
            lo, hi = (x, y) if x.start < y.start else (y, x)
            if is_item_gap(blank_spans(text, lo.end, max(lo.end, hi.start), spans)):
                return True
    return False

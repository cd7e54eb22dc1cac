"""Secreted mediators (cytokines, chemokines, interferons): an effect on them is an amount.

Cytokines and chemokines act outside the cell that makes them; what an experiment reads out
is how much of them there is — in serum, plasma, lavage fluid or a culture supernatant
(ELISA), or as their mRNA. So an effect verb on one states a change of amount, whatever the
verb: "COE significantly inhibited serum total IgE; Th2 cytokines IL-4, IL-5 and IL-13; …
the Th2 chemokine TARC and the pro-Th2 cytokine TSLP" (validation PMID23195129), "MAC also
inhibited the release of … TNF-a, IL-1b, and IL-6" (new_papers PMID24849405), "RGE also suppressed
the production of TARC, MDC, and RANTES" — GUIDELINES 2 (`upregulates` / `downregulates`: the
text speaks of expression, level, content or amount). In the English and Chinese gold sets
every directional row on a cytokine or chemokine target whose evidence has an inhibit verb is
`downregulates` or `upregulates` (52 of 52, stop 28); the only `activates` / `inhibits` rows
name an activity ("TNF-α 的活力") or an antagonist (inhibitor.py reads those), and the activity
reading comes first in effects.effect_label.

The class is read from the HGNC approved symbol (the interleukin, chemokine ligand, interferon
and tumour necrosis factor families; receptors and receptor antagonists excluded), so a name
the text spells in any way ("TARC", "thymus and activation-regulated chemokine") is covered.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from pipeline import lazy_re

# approved symbols of secreted mediators: interleukins (not their receptors, IL6R, IL1RN, IL6ST),
# chemokine ligands, interferons, TNF and lymphotoxin alpha, colony-stimulating factors and the
# IL-6 family cytokines
_MEDIATOR_SYMBOL = lazy_re.compile(r"^(?!IL4I1)(?:IL\d+(?:[A-QS-Z]\d?)?|CCL\d+(?:L\d+)?|CXCL\d+|XCL\d|CX3CL1|IFN[ABGKLW]\d*|TNF|LTA"
                                   r"|CSF[1-3]|TSLP|LIF|OSM|CNTF|MIF)$")
# FamPlex families of the same classes
_MEDIATOR_FAMILY = lazy_re.compile(r"^FPLX:(?:IL\d+|CCL|CXCL_ELR_(?:negative|positive)|Chemokine|IFNA|IFNB|TNF)$")


@lru_cache(maxsize=8)
def ids_with_symbol(pattern: str) -> frozenset[str]:
    """HGNC ids of the bundled gene dictionary whose approved symbol matches ``pattern`` (a regex, whole
    symbol)."""
    from pipeline.config import bundled_path

    symbol = re.compile(pattern)
    path = bundled_path("dictionaries") / "genes.tsv"
    ids = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            if len(row) > 2 and row[1] == "gene" and symbol.fullmatch(row[2]):
                ids.add(row[0])
    return frozenset(ids)


def _mediator_ids() -> frozenset[str]:
    """HGNC ids of the bundled gene dictionary whose approved symbol is a secreted mediator's."""
    return ids_with_symbol(_MEDIATOR_SYMBOL.pattern)


def is_mediator(entity_id: str) -> bool:
    """Is the gene entity a secreted mediator (cytokine, chemokine, interferon), whose change
    is read as an amount?"""
    if entity_id.startswith("FPLX:"):
        return bool(_MEDIATOR_FAMILY.match(entity_id))
    return entity_id.startswith("HGNC:") and entity_id in _mediator_ids()


# "cytochrome c release", "release of cytochrome c": the word right after the target's list or
# right before it
_RELEASE_AFTER = lazy_re.compile(r"^(?:\s*[(][^()]{0,15}[)])?\s*release\b", re.IGNORECASE)
_RELEASE_BEFORE = lazy_re.compile(r"\brelease\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def released_from_its_compartment(text: str, start: int, end: int, entity_id: str) -> bool:
    """Is the gene named as released ("cytochrome c release") without being a secreted mediator?
    Then the release is its move out of the compartment that holds it (cytochrome c from the
    mitochondria), an activation step, not an amount: the gold reads "induced Bax translocation
    to cause cytochrome c release" as BAX `activates` CYCS (validation PMID23567243), while the
    release of TNF-α or IL-6 is their secretion, an amount ("inhibited the release of … TNF-a",
    new_papers PMID24849405: `downregulates`)."""
    if is_mediator(entity_id):
        return False
    return bool(_RELEASE_AFTER.match(text[end:end + 30]) or _RELEASE_BEFORE.search(text[max(0, start - 20):start]))

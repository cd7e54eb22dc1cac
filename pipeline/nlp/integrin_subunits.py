"""Integrin subunits written with the Greek letter before the word: "alpha(5)-integrin", "β1 integrin".

An integrin is a heterodimer of one alpha and one beta subunit, each a gene of its own (ITGA1-11,
ITGAV, ITGAL, ITGAM, ITGAX, ITGAD, ITGAE, ITGA2B; ITGB1-8). HGNC and UniProt name them "integrin
subunit alpha 5" / "Integrin alpha-5", and the dictionary matches "integrin α5", "integrin beta1";
papers as often put the subunit first: "alpha(5)-integrin subunit" (validation_en PMID17652426),
"β1 integrin", "alpha 5 integrin", "α5-integrin". There the matcher finds only the word
"integrin" (the FamPlex family) and loses the subunit. The subunit-first form names the same gene
as the integrin-first form, so it is looked up as "integrin <letter><designator>".

A designator glued to a second Greek letter ("αvβ3 integrin", "α5β1 integrin") names the
heterodimer, which the dictionary has as a FamPlex complex (VTNR, FNR): left alone.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

INTEGRIN_SUBUNIT = "integrin-subunit"
_GREEK = {"alpha": "alpha", "α": "alpha", "beta": "beta", "β": "beta"}
_SUBUNIT_FIRST = lazy_re.compile(
    r"(?<![\w/βα-])(?P<letter>alpha|α|beta|β)[\s-]?\(?(?P<designator>\d{1,2}|v|IIb|[LMXDE])\)?"
    r"(?![\wαβ(])[\s-]?(?P<integrin>integrins?)\b(?:\s+subunits?\b)?",
    re.IGNORECASE,
)


def subunit_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with each subunit-first integrin name a GENE mention of its subunit gene
    (the mentions inside its span dropped); names the dictionary does not know are left."""
    out = mentions
    for hit in _SUBUNIT_FIRST.finditer(text):
        letter = _GREEK[hit["letter"].lower()] if hit["letter"].lower() in _GREEK else None
        if letter is None:
            continue
        d = hit["designator"]
        gene = next((g for g in (gene_of(f"integrin {letter}{x}") for x in dict.fromkeys((d, d.upper(), f"-{d.upper()}")))
                     if g is not None), None)
        if gene is None or not gene.startswith("HGNC:"):
            continue
        start, end = hit.span()
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue  # a longer name crosses the span
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(start, end, gene, "GENE", INTEGRIN_SUBUNIT, text[start:end]))
    return sorted(out, key=lambda m: (m.start, -m.end)) if out is not mentions else mentions

"""A slash list of one gene's names says which gene an ambiguous symbol names in the paper.

Abstracts introduce a protein with all its names joined by slashes: "Inactivation of
Sag/Rbx2/Roc2 e3 ubiquitin ligase …" (validation_en PMID25622904). Rbx2 and Roc2 both link to
RNF7, so the list is a list of RNF7's names, not of three proteins: two different genes are
never both written as names of one item of a slash list (PI3K/Akt/mTOR names three entities, and
no two of them link to one gene). The remaining item, Sag, links by the dictionary to SAG (the
S-antigen, HGNC's approved symbol), while the paper means RNF7's alias SAG ("sensitive to
apoptosis gene"; HGNC lists SAG among RNF7's aliases). So in this paper Sag is RNF7, and its other
uses ("Sag deletion caused accumulation of Jun-B") follow: one sense per discourse (Gale, Church
& Yarowsky 1992, "One sense per discourse").

The rule is narrow: a list of three or more GENE mentions joined by bare slashes, at least two
items written differently but linked to the same HGNC gene, and the other items linked to
another HGNC gene; only mentions written like such an item (case-insensitively) and linked to
that other gene are relinked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from pipeline.nlp.matcher import Mention

_MIN_ITEMS = 3


def _slash_lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of GENE mentions joined by a bare "/" (no space), in text order."""
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: (m.start, -m.end))
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for m in genes:
        if run and m.start < run[-1].end:  # nested or overlapping: keep the first (longest) one
            continue
        if run and text[run[-1].end:m.start] == "/":
            run.append(m)
            continue
        if len(run) >= _MIN_ITEMS:
            runs.append(run)
        run = [m]
    if len(run) >= _MIN_ITEMS:
        runs.append(run)
    return runs


def synonym_links(text: str, mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """``{(written name casefolded, its dictionary gene): the gene the list's other names link
    to}`` for each slash list of one gene's names in ``text``."""
    links: dict[tuple[str, str], str] = {}
    for run in _slash_lists(text, mentions):
        ids = Counter(m.entity_id for m in run)
        gene, n = ids.most_common(1)[0]
        if n < 2 or not gene.startswith("HGNC:"):
            continue
        if len({m.text.casefold() for m in run if m.entity_id == gene}) < 2:
            continue  # "Akt/Akt": a repetition, not two names
        for m in run:
            if m.entity_id != gene and m.entity_id.startswith("HGNC:"):
                links.setdefault((m.text.casefold(), m.entity_id), gene)
    return links


def relink(mentions: list[Mention], links: dict[tuple[str, str], str]) -> list[Mention]:
    """``mentions`` with every mention written like a relinked name (and linked to the gene the
    dictionary chose for it) linked to the gene of its synonym list."""
    if not links:
        return mentions
    out = []
    for m in mentions:
        gene = links.get((m.text.casefold(), m.entity_id)) if m.label == "GENE" else None
        out.append(replace(m, entity_id=gene) if gene else m)
    return out

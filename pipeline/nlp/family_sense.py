"""One sense per document for a gene family named alongside one of its members.

An English abstract that says "cleaved PARP" (PARP1) in one sentence and "the cleavages of
poly-ADP-ribose polymerase (PARP)" in another speaks of one protein: the family name is the
author's short name for the member the paper studies (Gale, Church & Yarowsky's "one sense
per discourse", 1992). When a document's English text names a FamPlex family and exactly one
gene of that family (its direct member), the family's English mentions are read as that gene.
Two or more members named (ERK1 and ERK2, caspase-3 and caspase-8) keep the family: it then
names the group. Chinese text is left alone: its family names (多聚ADP-核糖聚合酶) are
annotated as families in the development gold.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.nlp.matcher import Mention


def sole_members(gene_ids: set[str], parents_of) -> dict[str, str]:
    """family id -> the one member among ``gene_ids`` whose direct parents include it, for
    each family in ``gene_ids`` that has exactly one such member. ``parents_of(id)`` gives the
    FamPlex parents of a gene or family (empty for unknown ids)."""
    members: dict[str, set[str]] = {}
    for gene in gene_ids:
        for family in parents_of(gene):
            members.setdefault(family, set()).add(gene)
    return {family: next(iter(found)) for family, found in members.items()
            if family in gene_ids and len(found) == 1}


def resolve_families(mentions: list[Mention], sole: dict[str, str]) -> list[Mention]:
    """``mentions`` with each family mention in ``sole`` read as its one member."""
    if not sole:
        return mentions
    return [replace(m, entity_id=sole[m.entity_id]) if m.label == "GENE" and m.entity_id in sole else m
            for m in mentions]


_NUMBER_END = re.compile(r" (\d{1,2})$")


def numbered_member(family_names: list[str], number: str, lookup, members: set[str]) -> str | None:
    """The member gene a family name with a number names: "c-Jun N-terminal kinase 1" is JNK1
    (MAPK8), found as one of the family's short names (no space) joined to the number, when the
    dictionary gives that spelling to a member of the family. ``lookup(surface)`` -> entity id or
    None; ``members``: the family's member gene ids. None when no short name + number is one."""
    for name in family_names:
        if " " in name or not name[-1:].isalpha():
            continue
        for spelling in (name + number, f"{name}-{number}"):
            gene = lookup(spelling)
            if gene is not None and gene in members:
                return gene
    return None


def relink_numbered_members(mentions: list[Mention], family_names, lookup, members_of) -> list[Mention]:
    """Family mentions grown over a number (gene_context.extend_right: "c-Jun N-terminal kinase
    1") relinked to the member that number names. ``family_names(id)`` and ``members_of(id)``
    read the dictionary."""
    out = []
    for m in mentions:
        hit = _NUMBER_END.search(m.text) if m.label == "GENE" and m.entity_id.startswith("FPLX:") else None
        gene = numbered_member(family_names(m.entity_id), hit.group(1), lookup, members_of(m.entity_id)) if hit else None
        out.append(replace(m, entity_id=gene) if gene else m)
    return out

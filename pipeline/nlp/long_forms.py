"""Words inside a gene's spelled-out name are no entities of their own.

"cysteinyl-aspartate specific protease-1 (caspase-1)", "glucocorticoid receptor (GR)",
"inducible nitric oxide synthase (iNOS)": when a paper defines a short form as a gene, its
long form is that gene's name, so a compound (aspartate, glucocorticoid, nitric oxide) or a
family (protease) matched inside it is part of the name, not a partner of any relation
(BioRED and BC5CDR annotate only the whole name). Applied to English definitions
``long form (SHORT)``.
"""

from __future__ import annotations

from pipeline.nlp.matcher import Mention


def long_form_span(text: str, long: str, paren_start: int) -> tuple[int, int] | None:
    """Offsets of the long form ``long`` written right before the parenthesis at ``paren_start``."""
    if not long:
        return None
    start = text.rfind(long, max(0, paren_start - len(long) - 3), paren_start)
    return (start, start + len(long)) if start >= 0 else None


def drop_inside_gene_names(mentions: list[Mention], spans: list[tuple[int, int, str]]) -> list[Mention]:
    """``mentions`` without those lying inside a long form ``(start, end, gene id)`` and naming
    another entity than the gene (the long form's own gene mention is kept)."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e and m.entity_id != gene
                                           and not (m.start == s and m.end == e) for s, e, gene in spans)]

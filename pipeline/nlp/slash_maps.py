"""A KEGG map named by a slash chain of its genes is that chain's axis.

The pathway dictionary lists slash spellings of a few KEGG maps ("PI3K/Akt pathway",
"PI3K/AKT信号通路" for hsa04151 PI3K-Akt signaling pathway). GUIDELINES.md 1.2 gives a pathway
written as a chain of genes ("PI3K/AKT/mTOR 信号通路", "ASK1-p38 信号通路") the composite id
``AXIS:<member ids>`` and keeps the KEGG id for the single-gene "X signaling pathway"; every
gold set annotates "PI3K/Akt pathway" as ``AXIS:FPLX:PI3K/FPLX:AKT`` with its two ``member_of``
rows (ChinaXiv-201712.00248V1, PMID23552851), and none uses hsa04151. So a dictionary PATHWAY
mention whose words are genes joined by "/" and a pathway word is given back as its gene
mentions; nlp/pathways.py ``compose_pathways`` then composes the axis as for any chain. The map's
own name ("PI3K-Akt signaling pathway") stays the map.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention, TermIndex

_SLASH_NAMED = lazy_re.compile(
    r"^([^\s/]+(?:\s?/\s?[^\s/]+?)+?)\s*(?:信号转导通路|信号传导通路|信号通路|通路|"
    r"signal(?:l)?ing pathways?|signal(?:l)?ing|pathways?)$", re.IGNORECASE)
_PART = lazy_re.compile(r"[^\s/]+")


def _gene_id(index: TermIndex, word: str) -> str | None:
    ids = [t.entity_id for t in index.lookup(word) if index.dictionary[t.entity_id].label == "GENE"]
    return ids[0] if ids else None


def chain_parts(m: Mention, index: TermIndex) -> list[Mention] | None:
    """The gene mentions a slash-spelled map mention is made of ("PI3K/Akt pathway" -> PI3K,
    Akt), or None when it is no such chain (a part that is no gene, one part only)."""
    if m.label != "PATHWAY" or m.how != "dictionary":
        return None
    chain = _SLASH_NAMED.match(m.text)
    if chain is None:
        return None
    parts = []
    for p in _PART.finditer(chain.group(1)):
        gene = _gene_id(index, p.group(0))
        if gene is None:
            return None
        parts.append(Mention(m.start + p.start(), m.start + p.end(), gene, "GENE", "dictionary", p.group(0)))
    return parts if len(parts) >= 2 else None


def split_slash_maps(mentions: list[Mention], index: TermIndex) -> list[Mention]:
    """``mentions`` with each slash-spelled map mention replaced by its gene mentions."""
    out: list[Mention] = []
    for m in mentions:
        parts = chain_parts(m, index)
        out.extend(parts if parts is not None else (m,))
    return sorted(out, key=lambda m: (m.start, -m.end))

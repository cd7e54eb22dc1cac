"""A family written as a naming prefix, "MAPK/p38, MAPK/ERK1/2 and MAPK/JNK": the member alone.

Some papers name the members of a family by writing the family first: "丝裂原活化蛋白激酶（MAPK）/p38、
MAPK/ERK1/2、MAPK/JNK 的特异性抑制剂" and then "MAPK/p38 在 Tyr323 的磷酸化", "MAPK/JNK信号通路"
(ChinaXiv-201711.00762V1). The slash there is a class label, as in "p38 MAPK" (the subfamily
p38 of the MAPKs, nlp/chain_elements.py ``member_with_class_noun``), not a step of a cascade:
p38, ERK and JNK *are* MAPKs, and a protein phosphorylated at one residue is one protein. The
gold reads these as the member (p38 → ``AXIS:FPLX:p38``, JNK → ``AXIS:FPLX:JNK``,
"MAPK/ERK1/2 的特异性抑制剂" → ERK). Other papers chain a family and one subfamily as steps
("BRAF/MAPK/ERK", "MAPK/ERK 信号通路" alone: ChinaXiv-201707.00654V1, gold ``AXIS:FPLX:MAPK/FPLX:ERK``),
and the gold keeps that axis (nlp/pathways.py ``lists_paralogs``: a family and its subfamily
is an axis).

What tells the two apart is the paper's own usage: a family that prefixes two or more
*different* members of its own in one document is a naming scheme (nobody chains MAPK to p38
and again to JNK as two cascades); a family before one member is read as written. So the
families written "F/X" with two or more distinct descendants X are collected over the
document (``prefix_families``), and in that document every composite whose members hold F right
before one of its descendants loses F (``drop_family_prefix``): "MAPK/JNK信号通路" becomes the
one-member axis of JNK, "MAPK/p38 的特异性抑制剂" (no pathway word) leaves the gene p38 alone,
and the family's own mention inside the name goes (it names no entity of the sentence).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.slash_synonyms import ancestors
from pipeline.nlp.matcher import Mention
from pipeline.nlp.pathways import AXIS_PREFIX, TRIGGER

_SLASH = lazy_re.compile(r"[)）]?\s?/\s?")
MIN_MEMBERS = 2  # distinct members a family must prefix to be a naming scheme in the paper


def _prefixes(text: str, mentions: list[Mention], parents_of) -> Iterable[tuple[Mention, Mention]]:
    """(family mention, member mention) for each family mention right before "/" and the mention
    of one of its descendants."""
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: (m.start, -m.end))
    for i, f in enumerate(genes):
        if "/" not in text[f.end:f.end + 2]:
            continue
        for x in genes[i + 1:]:
            if x.start > f.end + 3:
                break
            if x.start >= f.end and _SLASH.fullmatch(text, f.end, x.start) and x.entity_id != f.entity_id \
                    and f.entity_id in ancestors(x.entity_id, parents_of):
                yield f, x


def prefix_families(paragraphs: Iterable[tuple[str, list[Mention]]],
                    parents_of: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """Families written "F/X" before ``MIN_MEMBERS`` or more distinct descendants X over the
    document's (text, mentions) paragraphs (module docstring)."""
    members: dict[str, set[str]] = defaultdict(set)
    for text, mentions in paragraphs:
        if "/" not in text:
            continue
        for family, member in _prefixes(text, mentions, parents_of):
            members[family.entity_id].add(member.entity_id)
    return frozenset(f for f, xs in members.items() if len(xs) >= MIN_MEMBERS)


def _without_prefix(members: tuple[str, ...], families: frozenset[str], parents_of) -> tuple[str, ...]:
    """``members`` without each prefix family that stands right before one of its descendants."""
    kept = []
    for k, member in enumerate(members):
        nxt = members[k + 1] if k + 1 < len(members) else None
        if member in families and nxt is not None and member in ancestors(nxt, parents_of):
            continue
        kept.append(member)
    return tuple(kept)


def drop_family_prefix(text: str, mentions: list[Mention], families: frozenset[str],
                       parents_of: Callable[[str], frozenset[str]]) -> list[Mention]:
    """``mentions`` with the prefix families of ``families`` taken out: their mentions right
    before "/" and a member, and their place in composed pathways (the member's one-member axis
    when a pathway word follows, no axis when none does; module docstring)."""
    if not families or "/" not in text:
        return mentions
    prefixes = {id(f) for f, _ in _prefixes(text, mentions, parents_of) if f.entity_id in families}
    out: list[Mention] = []
    for m in mentions:
        if id(m) in prefixes:
            continue
        if m.how != "pathway-composition" or not families.intersection(m.members):
            out.append(m)
            continue
        kept = _without_prefix(m.members, families, parents_of)
        if kept == m.members:
            out.append(m)
        elif len(kept) >= 2 or (kept and TRIGGER.search(m.text)):
            out.append(Mention(m.start, m.end, AXIS_PREFIX + "/".join(kept), "PATHWAY", m.how, m.text, kept))
    return out

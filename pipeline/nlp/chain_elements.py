"""A compound written as a step of a signalling chain: ``cAMP/PKA``, ``cGMP/PKGII/ENaC``.

Second messengers and ligands are written into the names of the axes they start ("cAMP/PKA具有
抑制…Bad表达…", "cAMP/PKA信号通路", "via cGMP/PKGII/ENaC signaling"). GUIDELINES.md section 3
("non-gene chain elements … are left out of axis ids and get no rows") and 5.3 ("cAMP when not part
of a pathway name" is a COMPOUND) read such a compound as part of the axis's name, not as an agent:
the sentence says what the axis does, and pairing the compound with every read-out of the axis
("cAMP inhibits apoptosis", "cAMP upregulates CCND1") states nothing the text states.

So a COMPOUND mention joined by "/" to a gene or a composed pathway is marked ``how`` =
``chain-element`` (no relation partner, relations/pairs.py ``NO_PARTNER``; the mention stays),
and a chain of one such compound and one gene with no pathway word ("cAMP/PKA") names the
one-member axis of the gene (``AXIS:FPLX:PKA``), as "PKA 通路" and gene chains without a pathway
word (``AMPK/mTOR/p70S6K``, nlp/pathways.py) already do.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.nlp.pathways import AXIS_PREFIX, reads_as_readouts
from pipeline.nlp.slash_synonyms import ancestors
from pipeline.relations.pairs import CHAIN_ELEMENT, NO_PARTNER

_SLASH = lazy_re.compile(r"\s?/\s?")
_MORE_SLASH = lazy_re.compile(r"\s?/")


def _joined(text: str, left: Mention, right: Mention) -> bool:
    return left.end <= right.start and bool(_SLASH.fullmatch(text[left.end:right.start]))


def _step(m: Mention) -> bool:
    """Can ``m`` be the gene side of a chain (a gene or a composed pathway)?"""
    return m.label == "GENE" or (m.label == "PATHWAY" and m.how == "pathway-composition")


def _slash_beside(text: str, m: Mention) -> bool:
    """Is there a "/" right before or after ``m`` (``_SLASH``: one optional space)? Most compounds
    have none, and then no mention can be joined to them: a string test, not a scan of every
    mention of the paragraph per compound."""
    return "/" in text[m.end:m.end + 2] or "/" in text[max(0, m.start - 2):m.start]


def chain_elements(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the compounds that are chain elements marked, plus the one-member axes
    that a compound–gene chain without a pathway word names (module docstring)."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    composed = [m for m in ordered if m.label == "PATHWAY" and m.how == "pathway-composition"]
    added: list[Mention] = []
    for m in ordered:
        if m.label != "COMPOUND" or not _slash_beside(text, m):
            continue
        after = [n for n in ordered if _step(n) and _joined(text, m, n)]
        before = [n for n in ordered if _step(n) and _joined(text, n, m)]
        if not after and not before:
            continue
        if m.how not in NO_PARTNER:  # an endogenous "ROS/MAPK" stays endogenous
            m.how = CHAIN_ELEMENT
        genes = [n for n in after if n.label == "GENE"]
        if len(genes) != 1 or before:
            continue
        gene = genes[0]
        if any(c.start <= gene.start and gene.end <= c.end for c in composed):
            continue  # "cAMP/PKA信号通路", "cGMP/PKGII/ENaC": the gene's pathway is composed already
        if _MORE_SLASH.match(text, gene.end) or reads_as_readouts(text, m.start, gene.end):
            continue
        added.append(Mention(m.start, gene.end, AXIS_PREFIX + gene.entity_id, "PATHWAY", "pathway-composition",
                             text[m.start:gene.end], (gene.entity_id,)))
    return sorted(ordered + added, key=lambda m: (m.start, -m.end))


def family_and_member(text: str, mentions: list[Mention], parents_of) -> list[Mention]:
    """``mentions`` without the axes a family and one of its own genes make ("NF-κB/p65",
    "NF-K B/p65"): the two words name one protein, the gene (GUIDELINES 5.11: NF-κB/p65 -> RELA),
    not a signalling chain. The family's mention inside goes too; the gene's stays. Axes with a
    pathway word after them ("NF-κB/p65 信号通路") are left as composed."""
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if m.how != "pathway-composition" or len(m.members) != 2 or not text[m.start:m.end].rstrip().endswith(
                tuple(n.text for n in mentions if n.label == "GENE" and n.end == m.end)):
            continue
        a, b = m.members
        family = a if a in ancestors(b, parents_of) and b.startswith("HGNC:") else \
            b if b in ancestors(a, parents_of) and a.startswith("HGNC:") else None
        if family is None:
            continue
        drop.add(i)
        drop.update(j for j, n in enumerate(mentions) if n.entity_id == family and m.start <= n.start and n.end <= m.end)
    return [m for i, m in enumerate(mentions) if i not in drop]


def member_with_class_noun(text: str, mentions: list[Mention], parents_of) -> list[Mention]:
    """``mentions`` with a gene/family followed by the name of a FamPlex family above it read as
    one name of the first: "p38 mitogen-activated protein kinase", "ERK MAP kinase". The class
    noun after the symbol says what the symbol is (the head-modifier reading of a noun compound:
    "p38 MAPK" names the p38 subfamily, as the dictionary's own "p38 MAPK" synonym does), so the
    pathway word after it belongs to the member: "p38 mitogen-activated protein kinase signaling
    pathways" is the p38 axis (GUIDELINES 5.11: "p38MAPK 信号通路" -> AXIS:FPLX:p38), not KEGG's
    MAPK map. Only a single space or nothing may stand between the two, and the first must not
    end a slash or hyphen list ("p38/Jnk/Erk MAP kinases": the noun heads the list)."""
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: (m.start, -m.end))
    merged: dict[int, Mention] = {}
    dropped: set[int] = set()
    for a in genes:
        if text[max(0, a.start - 1):a.start] in ("/", "-"):
            continue  # "p38/Jnk/Erk MAP kinases": the class noun heads the whole list (slash_lists)
        for b in genes:
            if b.start < a.end or text[a.end:b.start] not in ("", " ") or b.entity_id == a.entity_id:
                continue
            if b.entity_id in ancestors(a.entity_id, parents_of):
                merged[id(a)] = Mention(a.start, b.end, a.entity_id, "GENE", a.how, text[a.start:b.end])
                dropped.add(id(b))
    if not merged:
        return mentions
    return sorted((merged.get(id(m), m) for m in mentions if id(m) not in dropped),
                  key=lambda m: (m.start, -m.end))


def class_noun_before_member(text: str, mentions: list[Mention], parents_of) -> list[Mention]:
    """``mentions`` without a FamPlex family's name written right before the name of one of its own genes,
    the Chinese order of a classifier noun and the name it classifies: "减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的
    表达" (validation_zh ChinaXiv-201712.00999V1), "上调周期蛋白CCND1的表达" (ChinaXiv-201811.00118V1). The class
    noun says what the gene is (the mirror of ``member_with_class_noun``'s "p38 MAP kinase"); it names no
    second entity, so it is no partner of the sentence's agent (the gold pairs the agent with the genes).
    Only a single space or nothing may stand between the two."""
    genes = [m for m in mentions if m.label == "GENE" and m.entity_id]
    dropped: set[int] = set()
    for a in genes:
        if not a.entity_id.startswith("FPLX:"):
            continue
        for b in genes:
            if b.start >= a.end and text[a.end:b.start] in ("", " ") and b.entity_id != a.entity_id \
                    and a.entity_id in ancestors(b.entity_id, parents_of):
                dropped.add(id(a))
                break
    if not dropped:
        return mentions
    return [m for m in mentions if id(m) not in dropped]


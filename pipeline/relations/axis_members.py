"""An agent acts on a composed pathway, not on each of its members.

"PM2.5 induces autophagy via inhibition of the PI3K/Akt/mTOR signaling pathway", "黄芪多糖通过激活
Akt/mTOR信号通路…": the sentence states what the agent does to the axis; each member is only
``member_of`` it (GUIDELINES 1.2; the gold sets give the agent the axis and no agent–member row).
A member's own pairs (agent–member, member–process) are typed like the axis's but weigh
``THROUGH_AXIS_FACTOR`` of them, unless the sentence names the member again on its own
("激活…核因子E2相关因子2/血红素氧合酶1,诱导血红素氧合酶1基因的表达": HO-1 is an object of its own).
The same holds for a gene word that names a pathway without members ("by regulating MAPK and
NF-kappaB pathways": the KEGG maps, whose gene readings of the same words are no partners).
"""

from __future__ import annotations

# Chosen on the development gold (python -m pipeline run; evaluate) among 0.5 (before), 0.3,
# 0.2, 0.1: reviews P@|gold| 0.822 -> 0.869 at 0.1, English 0.765 -> 0.769, Chinese unchanged
# once a member named again on its own keeps its pair. A member pair then weighs at most a
# co-mention of two targets (effects.WEIGHTS "associated-targets").
THROUGH_AXIS_FACTOR = 0.1


def only_inside(entity_id: str, spans, composites, pair_ids: tuple[str, str]) -> bool:
    """Is every mention of ``entity_id`` in the sentence inside a pathway mention (one that is not
    itself in the pair) that lists it as a member, or a pathway without members named by the
    same words ("MAPK and NF-kappaB pathways")? ``composites``: the sentence's PATHWAY spans."""
    own = [sp for sp in spans if sp.entity_id == entity_id]
    return bool(own) and all(
        any(c.entity_id not in pair_ids and (entity_id in c.members or not c.members)
            and c.start <= sp.start and sp.end <= c.end for c in composites)
        for sp in own)


def speaks_through_axis(spans, composites, x_id: str, y_id: str, candidates: frozenset[str] | None = None) -> bool:
    """Does one entity of the pair appear in the sentence only as a member of a composed pathway,
    so that the pathway, not the member, is what the sentence relates?

    ``candidates``: ``inside_candidates`` of the sentence (computed once for all its pairs); an
    entity outside it is not ``only_inside`` for any pair, so its test is skipped."""
    if not composites:
        return False
    pair_ids = (x_id, y_id)
    return (candidates is None or x_id in candidates) and only_inside(x_id, spans, composites, pair_ids) or \
        (candidates is None or y_id in candidates) and only_inside(y_id, spans, composites, pair_ids)


def inside_candidates(spans, composites) -> frozenset[str]:
    """The entities of the sentence that may be ``only_inside`` for some pair: those that are so
    when no pathway is excluded. Excluding the pair's own pathways only removes enclosing
    pathways, so an entity not ``only_inside`` with none excluded is not with any excluded
    (a pure precomputation: the per-pair test, ~1 % of a batch's annotation, is then asked
    only for these few)."""
    if not composites:
        return frozenset()
    ok: dict[str, bool] = {}  # entity -> every mention so far inside a pathway listing it (or one without members)
    for sp in spans:  # ``only_inside(e, spans, composites, ())`` for every e, in one pass over the mentions
        inside = any((sp.entity_id in c.members or not c.members) and c.start <= sp.start and sp.end <= c.end
                     for c in composites)
        ok[sp.entity_id] = ok.get(sp.entity_id, True) and inside
    return frozenset(e for e, inside in ok.items() if inside)


def enclosures(spans, composites) -> dict[str, tuple[frozenset[str], ...]]:
    """For each entity that may be ``only_inside`` (``inside_candidates``), one set per mention: the ids of the
    pathways enclosing that mention that list the entity (or have no members). ``only_inside(e, …, pair_ids)`` is
    then "no mention's set lies within ``pair_ids``" (a mention is inside a pathway outside the pair exactly when
    its set holds an id not in the pair): the sentence's mentions are scanned once, not once per pair."""
    found: dict[str, list[frozenset[str]] | None] = {}
    for sp in spans:
        ids = frozenset(c.entity_id for c in composites
                        if (sp.entity_id in c.members or not c.members) and c.start <= sp.start and sp.end <= c.end)
        sets = found.setdefault(sp.entity_id, [])
        if sets is not None:
            if ids:
                sets.append(ids)
            else:
                found[sp.entity_id] = None  # a mention outside every such pathway: never only inside
    return {e: tuple(sets) for e, sets in found.items() if sets}


def speaks_through(enclosed: dict[str, tuple[frozenset[str], ...]], x_id: str, y_id: str) -> bool:
    """``speaks_through_axis`` of the pair, read from the sentence's ``enclosures``."""
    pair = {x_id, y_id}
    for entity_id in (x_id, y_id):
        sets = enclosed.get(entity_id)
        if sets is not None and not any(ids <= pair for ids in sets):
            return True
    return False

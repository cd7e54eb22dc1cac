"""A mention that names a place, not a participant: "自噬体膜" (the autophagosome's membrane).

The autophagy pathway is named in Chinese by its vesicle, 自噬体 (autophagosome). Followed by 膜 (membrane) the
word is a location of the sentence's event, not its object: "ULK1复合物、LC3和ATG5-12-16L1在自噬体膜上相互作用促进
自噬小体的成熟" (validation_zh ChinaXiv-202207.00209V1, gold ATG5 ``activates`` Autophagy), "Atg5与Atg12复合物定位于
自噬体膜的表面,促进自噬体膜的伸展扩张,诱导自噬体的形成" (validation38_zh ChinaXiv-201712.00232V1, gold ATG5
``activates`` Autophagy). Read at that first mention, the pair has no cue between agent and place (the verb comes
after the place) and stays ``associated``; the effect is stated at the entity's next mention that is no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline import lazy_re

if TYPE_CHECKING:
    from pipeline.relations.effects import Span

# 膜 right after the mention or its vesicle word (the matcher names 自噬 of "自噬体膜上", "自噬小体膜的表面"), but not a
# membrane protein or a named membrane property
_PLACE_AFTER = lazy_re.compile(r"(?:小?体)?膜(?!蛋白|受体|电位|通透)")


def is_place(text: str, span: Span) -> bool:
    """Whether ``span`` names the membrane of its entity (a location), judged by the word after it."""
    return bool(_PLACE_AFTER.match(text, span.end))


def placed_mention_elsewhere(text: str, spans: list[Span], first: Span, other: Span) -> Span | None:
    """The next mention of ``first``'s entity after ``first`` that is no place, when ``first`` is one and stands
    after ``other`` (the place is in the agent's clause, the object comes later); else None."""
    if other.start > first.start or not is_place(text, first):
        return None
    return next((sp for sp in sorted(spans, key=lambda sp: sp.start) if sp.entity_id == first.entity_id
                 and sp.start >= first.end and not is_place(text, sp)), None)

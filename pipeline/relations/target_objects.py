"""The object of 靶向 ("target") is no agent of the verb after it: "miR-26a,靶向USP15激活自噬" — USP15 and autophagy are
``associated``.

A microRNA (or any regulator) "targets" X and, in a serial verb construction, the same subject goes on to the effect:
"…海绵化miR-26a,靶向USP15激活自噬,减轻心脏损伤" (validation_zh ChinaXiv-202207.00209V1, gold USP15–Autophagy
``associated``), "miR-125a…可靶向结合BECN1复合物成分UVRAG基因,抑制自噬发生" and "并通过靶向UVRAG抑制自噬"
(validation39_zh ChinaXiv-201903.00139V1, gold UVRAG–Autophagy ``associated``). 靶向 states no direction for its object
(GUIDELINES 2, mechanism chains: "When X has no direction ('A 通过 X 抑制 Y'), X–Y is associated"); read by word order, the
target stands right before the verb and looked like its subject. The 通过 form with an undirected verb is read by
effects._undirected_means; this covers 靶向 with or without 通过 and "靶向结合". A cue between 靶向 and the object
("靶向抑制X", targeted inhibition) gives the object a direction and is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline import lazy_re
from pipeline.relations.cues import EFFECT_CLASSES

if TYPE_CHECKING:
    from pipeline.relations.cues import Cue
    from pipeline.relations.effects import Span

# 靶向 (结合) and at most a short modifier of the object in the same clause ("靶向结合BECN1复合物成分UVRAG基因",
# "靶向自噬相关蛋白DRAM2"); not 靶向治疗/靶向药物 (a targeted therapy or drug)
_TARGETS_BEFORE = lazy_re.compile(r"靶向(?!治疗|药物|给药|制剂)\s*(?:结合|调控|调节)?[^，,。；;：:]{0,14}$")


def target_object(text: str, span: Span, cues: list[Cue]) -> bool:
    """Is ``span`` the object of 靶向 in its clause, with no effect cue between 靶向 and it (a modifier such as
    "复合物成分" may hold a cue of another kind)?"""
    lead = _TARGETS_BEFORE.search(text, max(0, span.start - 24), span.start)
    return lead is not None and not any(lead.start() + 2 <= c.start < span.start and c.kind in EFFECT_CLASSES
                                        for c in cues)


def is_target_agent(text: str, agent: Span, cues: list[Cue], cue: Cue | None) -> bool:
    """Whether a typed pair's ``agent`` (acting through ``cue``, after it) is only the object of 靶向."""
    return cue is not None and cue.start >= agent.end and target_object(text, agent, cues)

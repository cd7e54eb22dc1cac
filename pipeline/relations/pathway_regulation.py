"""A pathway that acts "通过调节 Y": the pathway regulating its own read-out, no mediator.

GUIDELINES 2 gives ``via`` to "A 通过调节/影响 X" when A is what acts — a drug, a ligand, an upstream gene
("雌激素是否通过调节AKT信号通路活性抑制…", "PTEN能够通过调节AKT信号通路…", "MG-132会通过调节p21的表达诱导…":
gold ``via``). When the subject is itself a signalling pathway, the zh gold reads the phrase as the pathway
regulating Y, without a direction — ``associated`` ("regulates", "参与调控"):

* "AKT信号通路能够通过调节MMP-2和MMP-9等的表达与活性,调节肿瘤细胞的侵袭转移" and "AKT信号通路能够通过调节
  MMP-9的表达发挥调节HCC侵袭转移的作用" (validation_zh ChinaXiv-201712.00248V1; gold AKT ``associated`` MMP2,
  MMP9);
* "大量研究表明WNT/β-catenin信号通路通过调控神经元的凋亡参与多种神经退行性疾病…" (validation_zh
  ChinaXiv-201712.01000V1; gold Wnt/β-catenin ``associated`` apoptosis).

A pathway acting through a named mediator ("PI3K/AKT信号通路可能通过凋亡抑制蛋白Survivin参与了PV的发生",
ChinaXiv-201801.00619V1, gold ``via``) keeps ``via``: only the bare regulation verb right after 通过 makes
the target the pathway's object.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# 通过 + a regulation verb with no direction, then (modifiers of) the object
_REGULATING = lazy_re.compile(r"\s*(?:调节|调控|影响)\s*(?:了)?")


def regulated_object(text: str, via_end: int, target_start: int) -> bool:
    """Is the mention starting at ``target_start`` the object of a bare regulation verb right after the
    通过 ending at ``via_end`` ("通过调节MMP-9的表达", "通过调控神经元的凋亡")? Nothing but the verb and a
    short modifier without punctuation stands between."""
    verb = _REGULATING.match(text, via_end)
    if verb is None or target_start < verb.end():
        return False
    gap = text[verb.end():target_start]
    return len(gap) <= 12 and not re.search(r"[,，;；。、]|和|及|与", gap)

"""A process named with 抗 ("anti-"): "Y 的抗凋亡作用" is Y's effect AGAINST the process.

Chinese forms the name of an effect against a process by prefixing 抗 to the process word (抗凋亡作用,
抗自噬作用, 抗氧化作用 — the prefix is the verb 抗 "resist", the compound a verb–object word, Packard 2000,
*The Morphology of Chinese*, ch. 4). The process mention inside the word is therefore the object of a
negative predicate, and:

* the possessor Y of "Y(的)抗P作用" ``inhibits`` P (GUIDELINES 5.11 "抗凋亡蛋白 Bcl-2" → BCL2 ``inhibits``
  Apoptosis; validation_zh ChinaXiv-201712.00999V1: "obatoclax会拮抗Bcl-2抗凋亡作用" gives BCL2 ``inhibits``
  Apoptosis);
* an agent whose verb governs the phrase acts on P with the opposite sign of its verb: to antagonise an
  anti-apoptotic effect is to promote apoptosis (the same sentence gave obatoclax → Apoptosis ``inhibits``,
  ranked first of validation_zh's label errors; the gold says ``activates``; new_papers_zh
  ChinaXiv-201707.00654V1: "…促进了Bax释放…,抑制Bcl-2的抗凋亡作用").

Only the effect nouns close the word (作用, 效应, 功能, 能力, 活性): "抗凋亡蛋白 Bcl-2" names a protein by its
role and is read by roles.py; 拮抗/对抗/抵抗 are verbs of their own, not the prefix.
"""

from __future__ import annotations

import re

_ANTI = re.compile(r"(?<![拮对抵])抗\s*$")
_EFFECT_NOUN = re.compile(r"\s*(?:的)?\s*(?:作用|效应|功能|能力|活性)")
_POSSESSED = re.compile(r"\s*(?:蛋白)?\s*(?:的)?\s*$")


def anti_process_at(text: str, start: int, end: int) -> bool:
    """Is the process mention text[start:end] the object of 抗 in an effect word ("抗凋亡作用")?"""
    return bool(_ANTI.search(text[max(0, start - 3):start]) and _EFFECT_NOUN.match(text, end))


def possessor(text: str, spans, process) -> object | None:
    """The mention right before "(的)抗" + ``process`` ("Bcl-2的抗凋亡作用": Bcl-2), or None."""
    anti = text.rfind("抗", 0, process.start)
    before = [s for s in spans if s.end <= anti and s is not process]
    if not before:
        return None
    last = max(before, key=lambda s: s.end)
    return last if _POSSESSED.fullmatch(text[last.end:anti]) else None

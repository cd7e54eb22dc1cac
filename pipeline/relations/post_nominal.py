"""A change noun right after its protein: "诱导Bcl-2的下调", "induced Bcl-2 downregulation".

A verb whose object is an event noun acts on the event, and the event noun says what happens to the
protein: "诱导Bcl-2的下调及Bax的上调" (sample ChinaXiv-202010.00047V1) induces Bcl-2's fall and
Bax's rise, so the agent downregulates BCL2 and upregulates BAX; "诱导Wnt/β-catenin通路的抑制"
inhibits the pathway; "prevented Bax upregulation" lowers Bax (GUIDELINES 5.7: "attenuated the
increase of Bax" → downregulates). The event noun follows the protein, in Chinese after 的 (the
nominalised event, Li & Thompson 1981, Mandarin Chinese, ch. 20 on nominalisation) and in English
as a compound head ("Bax upregulation"). The outer verb's sign times the noun's sign is the
effect, and the noun says whether a level (上调/下调, up-/downregulation) or an activity (激活/抑制,
activation/inhibition) changes. Read before, the verb alone typed the protein ("诱导Bcl-2" →
upregulates) and the noun governed the next protein ("的下调及Bax" → Bax downregulated).

``change_after`` finds the noun; the typer (relations/effects.py) multiplies it into the sign and
counts the bare nouns after 的 among the cues that govern no later mention. A level change after a
read-out noun ("引起Survivin的表达下调") joins the sign only when a verb before the protein governs it;
without one ("Berberine处理后X的表达升高") it is the read-out rules' predicate, and it stays free to be.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.cues import Cue

# the gap between the protein and the noun: 的 (Chinese), nothing, a space or a hyphen (English);
# a read-out noun may stand before a level change ("引起Survivin的表达下调", "诱导vimentin的表达上调")
# "等" closing a list, with the list's class noun ("LC3-II等自噬标志物的下调", review jin2025_autophagy; "Bcl-2、Mcl-1
# 等表达降低", ChinaXiv-201707.00654V1; "Runx-2和OCN等基因表达量增高", ChinaXiv-201806.00158V1): the change is the items'
# (each optional word carries the blanks after it, so a run of blanks is read one way only: written as
# "\s*(?:等…)?\s*(?:蛋白…)?\s*的?\s*…", adjacent \s* split a run of blanked mentions in polynomially many
# ways before failing; the same texts match, bench/regex_backtracking.py, tests/test_speed_stop39.py)
_ETC = r"(?:等\s*(?:[\u4e00-\u9fff]{0,6}?(?:标志物|蛋白|因子|基因|分子)\s*)?)?"
_ZH_GAP = lazy_re.compile(r"\s*" + _ETC + r"(?:(?:蛋白|基因|信号通路|通路|信号)\s*)?的\s*")
_ZH_READOUT_GAP = lazy_re.compile(r"\s*" + _ETC + r"(?:(?:蛋白|基因)\s*)?(?:的\s*)?(?:(?:mRNA|蛋白)\s*)?(?:表达量|表达水平|表达|水平|含量)\s*")
_EN_GAP = lazy_re.compile(r"[ -]?")
_ZH_NOUNS = frozenset({"上调", "下调", "激活", "活化", "抑制"})
_ZH_LEVELS = frozenset({"上调", "下调", "升高", "降低", "增加", "减少", "增多", "下降", "上升"})
_EN_NOUN = lazy_re.compile(r"(?:up|down)-?regulation|activation|inhibition|suppression", re.IGNORECASE)
# "SFRP2 suppression of BMP": the noun's "of" names its object, and the mention is its agent
_EN_OF = lazy_re.compile(r"\s+(?:of|by)\b", re.IGNORECASE)
# what may follow the noun: the end of the noun phrase (a conjunction, punctuation, a connective)
_ZH_AFTER = lazy_re.compile(r"\s*(?:$|[及和与、，,。；;）)]|以及|并|而|来|从而|进而|的可能|后|促进|抑制|导致|引起)")


# between a protein and its piling up (cues.py "pile"): where ("在细胞质内", "在胞核、胞浆"), how much ("大量",
# "异常"), 的 of the nominalised event ("抑制其β-catenin在胞核、胞浆的聚集")
PILE_GAP = lazy_re.compile(r"\s*(?:蛋白)?\s*(?:在[^,，;；。]{0,12}?)?\s*(?:明显|显著|大量|异常|进一步)*\s*的?\s*")

_CLAUSE_BREAK = lazy_re.compile(r"[,，;；。:：]")


def governs(text: str, cue: Cue, start: int) -> bool:
    """Does ``cue`` stand before the protein starting at ``start`` in its clause (a verb whose
    object the protein's change noun is), not in an earlier clause ("Notch1、Jagged1升高,
    Notch3、Delta1的表达降低": 升高 is the earlier list's predicate)?"""
    return cue.end <= start and not _CLAUSE_BREAK.search(text, cue.end, start)


def owned_changes(text: str, ends: list[int], cues: list[Cue]) -> frozenset[int]:
    """Starts of the Chinese change nouns after a mention ("Bcl-2的下调及Bax的上调"): they name
    what happens to that mention and govern no later one (English compounds, "AMPK activation",
    are the typer's ``_nominals_after``)."""
    found = ((end, change_after(text, end, cues)) for end in ends)
    return frozenset(c.start for end, c in found
                     if c is not None and c.text in _ZH_NOUNS and _ZH_GAP.fullmatch(text[end:c.start]))


# "使之活化", "使其失活": the causee is a pronoun standing for a mention named before ("AKT的活化直接磷酸化mTOR使之活化
# 后作用于下游…4E-BPs", validation38_zh ChinaXiv-201712.01150V1; "使其活化并与 TRAF6 结合", "使其失活可减轻纤维化", free
# ChinaXiv pool, two papers): the change word is the pronoun's predicate (a pivot construction, Li & Thompson 1981, ch. 18:
# the causee is the subject of the second verb), so it has no object and governs no later mention
_PRONOUN_CAUSEE = lazy_re.compile(r"使(?:之|其)\s*$")


def pronoun_changes(text: str, cues: list[Cue]) -> frozenset[int]:
    """Starts of the Chinese change words right after 使之/使其: the pronoun's own change, governing no later mention."""
    if "使之" not in text and "使其" not in text:
        return frozenset()
    return frozenset(c.start for c in cues if c.kind in ("up", "down", "activate", "inhibit")
                     and _PRONOUN_CAUSEE.search(text, max(0, c.start - 3), c.start))


def change_after(text: str, end: int, cues: list[Cue]) -> Cue | None:
    """The change noun (a cue) naming what happens to the mention ending at ``end``, or None."""
    for c in cues:
        if c.start < end or c.kind == "expression":  # 表达, 水平: part of the gap
            continue
        gap = text[end:c.start]
        if c.text in _ZH_NOUNS and _ZH_GAP.fullmatch(gap) and _ZH_AFTER.match(text, c.end):
            return c
        if c.text in _ZH_LEVELS and _ZH_READOUT_GAP.fullmatch(gap) and _ZH_AFTER.match(text, c.end):
            return c
        if _EN_NOUN.fullmatch(c.text) and _EN_GAP.fullmatch(gap) and not _EN_OF.match(text, c.end):
            return c
        if c.kind == "pile" and PILE_GAP.fullmatch(gap):  # "促使β-catenin在细胞质内大量聚集": its amount rises
            return Cue("up", c.start, c.end, c.text)
        return None
    return None

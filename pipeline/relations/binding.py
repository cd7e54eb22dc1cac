"""Blocking a binding: "X 抑制 A 与 B 的结合", "X inhibits the binding of A to B".

The object of the verb is the binding (an event nominal), and its arguments are the two partners: in
"A 与 B 的结合" / "the binding of A to B" A is the binder (the subject of 结合 / bind) and B the
comitative partner (与 B, to B). What X is said to inhibit is A's binding, A's activity: X ``inhibits``
A. B is named as what A binds; the sentence states nothing X does to B (corpus/gold/validation_zh.csv,
ChinaXiv-201712.00999V1: "Obatoclax可同时抑制Bcl-2与Bax、Mcl-1与Bak的结合" gives obatoclax ``inhibits`` BCL2
and MCL1, BCL2 ``associated`` BAX, MCL1 ``associated`` BAK, and no obatoclax–BAX row; the pipeline ranked
obatoclax → BAX inhibits at the top). The two partners are ``associated`` (GUIDELINES 5.11: "与受体结合"
→ associated). A sentence may block several bindings at once, joined by 、/, ("Bcl-2与Bax、Mcl-1与Bak").

Only a verb of blocking opens the construction (抑制, 阻断, 阻止, 破坏, 干扰, inhibit, block, disrupt,
prevent, abolish, interfere with); the binding noun must close it (结合, 相互作用, 复合, 异二聚体化, 形成复合物, binding, interaction,
association).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_BLOCK_ZH = lazy_re.compile(r"(?:抑制|阻断|阻止|破坏|干扰|阻碍)(?:了)?\s*$")
_BLOCK_EN = lazy_re.compile(r"\b(?:inhibit|block|disrupt|prevent|abolish|abrogat|interfer\w*\s+with|impair)\w*\s+"
                            r"(?:the\s+)?(?:(?:direct|physical)\s+)?(?:binding|interactions?|association)\s+"
                            r"(?:of|between)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH = lazy_re.compile(r"\s*(?:与|和|同|to|with|and)\s*", re.IGNORECASE)
_NEXT_PAIR = lazy_re.compile(r"\s*(?:、|,|，|;|；|and)\s*", re.IGNORECASE)
# the binding event may also be named by the complex it forms ("阻断TLR4与CD14的复合", validation45_zh
# ChinaXiv-201711.01440V1; "抑制FXR与视黄醇类X受体α异二聚体化", ChinaXiv-201711.01011V1; gold ``associated`` for both
# pairs): complex formation and (hetero)dimerisation are binding, the partners' relation has no direction
# (each optional word carries the blanks after it: with adjacent \s* a run of blanks was split in ~n^4 ways; same matches)
_BINDING_NOUN_ZH = lazy_re.compile(r"\s*(?:蛋白\s*)?(?:之间\s*)?(?:的\s*)?(?:结合|相互作用|互作|形成(?:复合物|复合体|(?:异|同)?二聚体)|"
                                   r"复合(?!物|体|酶|材料)|(?:异|同)?二聚(?:体)?化)")


def blocked_bindings(text: str, spans) -> list[tuple[int, str, str]]:
    """(verb start, binder id, partner id) for every binding the sentence ``text`` says is blocked;
    ``spans`` need ``start``, ``end`` and ``entity_id`` (GENE mentions are the partners)."""
    ordered = sorted((s for s in spans if s.label == "GENE"), key=lambda s: s.start)
    out: list[tuple[int, str, str]] = []
    for i, first in enumerate(ordered):
        before = text[max(0, first.start - 60):first.start]
        zh = _BLOCK_ZH.search(before)
        en = _BLOCK_EN.search(before)
        verb = zh or en
        if verb is None:
            continue
        if out and out[-1][1] == first.entity_id:
            continue
        pairs: list[tuple[str, str]] = []
        j = i
        while j + 1 < len(ordered):
            a, b = ordered[j], ordered[j + 1]
            if not _WITH.fullmatch(text[a.end:b.start]):
                break
            pairs.append((a.entity_id, b.entity_id))
            if j + 2 < len(ordered) and _NEXT_PAIR.fullmatch(text[b.end:ordered[j + 2].start]):
                j += 2
                continue
            tail = text[b.end:b.end + 12]
            if zh and not _BINDING_NOUN_ZH.match(tail):
                pairs = []
            break
        start = first.start - len(before) + verb.start()
        out.extend((start, a, b) for a, b in pairs)
    return out

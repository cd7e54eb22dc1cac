"""Signed regulation in Chinese: "负调控 / 负性调节" (negative regulation) and "正调控 / 正向调控" (positive).

"调控 / 调节" alone names a link without a direction (GUIDELINES 2: "参与调控" → associated), but the
prefixes 负 ("negative") and 正 ("positive") give it one, as "negatively / positively regulates" does in
English: "Smad7…通过阻断R-Smad和Co-Smad的激活…来负调控此信号通路" (validation_zh ChinaXiv-201711.00749V1,
gold Smad7 ``inhibits`` TGF-β/Smads), "Tenascin-C可与DKK-1相互结合并负调控DKK-1的蛋白表达" (sample
ChinaXiv-201712.00940V1), "提示KCs中AKT可以正向调控其Survivin的表达" (ChinaXiv-201801.00619V1). The
negative form is an inhibition and the positive an activation (the level words after the target make
them down-/upregulation, as for any effect cue). The noun "负调节因子" (a negative regulator) names a role,
not a statement, and is left to the role rules.
"""

from __future__ import annotations

import re

from pipeline.relations.cues import Cue

_SIGNED = re.compile(r"(?P<sign>负|正)(?:性|向)?(?:调控|调节)(?!因子|子|蛋白|剂)")


def with_polarity_cues(text: str, cues: list[Cue]) -> list[Cue]:
    """``cues`` with an inhibit / activate cue for every signed regulation of ``text`` (in text order);
    the list itself when the sentence has none."""
    if "调" not in text:
        return cues
    found = [Cue("inhibit" if m.group("sign") == "负" else "activate", m.start(), m.end(), m.group(0))
             for m in _SIGNED.finditer(text)]
    if not found:
        return cues
    taken = [(c.start, c.end) for c in cues]
    found = [c for c in found if not any(s < c.end and c.start < e for s, e in taken)]
    return sorted([*cues, *found], key=lambda c: (c.start, -(c.end - c.start)))

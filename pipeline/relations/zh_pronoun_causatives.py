"""The Chinese causative with a pronoun object: "活化的PI3K与Akt结合,使其磷酸化而被激活".

使其/使之 "makes it (change)" puts a change of state on the entity the pronoun stands for, the nearest name before it in
its clause or the clause before (the object of the verb just read: "与Akt结合", "作用于TRIF"); the causer is the subject
of that verb, the name opening its clause or, when the clause has no subject, the topic of the chain (zh_topic_chains.py).
causatives.py reads the same causative with a named object ("IKK复合物使IkB磷酸化"); the change words and their signs are
its (causatives.change_at: phosphorylation and activation ``activates``, inactivation ``inhibits``, GUIDELINES 5.12).

"在磷脂酰肌醇依赖性激酶1、2(PDK1、PDK2)的作用下,活化的PI3K与Akt结合,使其磷酸化而被激活[37]" (validation45_zh
ChinaXiv-201812.00297V1, gold PI3K ``activates`` Akt).
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations import causatives, zh_topic_chains

_PRONOUN_CAUSATIVE = lazy_re.compile(r"使(?:得)?(?:其|之)")
# the causer's clause: it opens with the causer's name (a connective or its state before it)
_OPENING = lazy_re.compile(r"(?:其中|而|且|此外|另外|同时)?(?:(?:磷酸化|活化|激活)的)?")
_ANTECEDENT_GAP = 16  # characters between the pronoun's antecedent and 使其


def _clause_start(breaks: tuple[int, ...], at: int) -> int:
    return max((b + 1 for b in breaks if b < at), default=0)


def pronoun_changes(text: str, spans, breaks: tuple[int, ...]) -> list[tuple[object, object, int, str, int, int]]:
    """(causer span, changed span, sign, cue kind, cue start, cue end) of every "…Y…,使其 <change>" of ``text``."""
    if "使" not in text:
        return []
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out = []
    for m in _PRONOUN_CAUSATIVE.finditer(text):
        change = causatives.change_at(text, m.end())
        if change is None:
            continue
        before = [s for s in ordered if s.end <= m.start()]
        if not before or m.start() - before[-1].end > _ANTECEDENT_GAP:
            continue
        antecedent = before[-1]
        if sum(1 for b in breaks if antecedent.end <= b < m.start()) > 1 or "。" in text[antecedent.end:m.start()]:
            continue
        lo = _clause_start(breaks, antecedent.start)
        opening = next((s for s in ordered if lo <= s.start < antecedent.start), None)
        if opening is not None:
            causer = opening if _OPENING.fullmatch(text[lo:opening.start].strip()) else None
        else:
            zero = zh_topic_chains.ZERO_OPENING.match(text, lo)
            causer = zh_topic_chains.chain_topic(text, ordered, breaks, lo) if zero is not None else None
        if causer is not None and causer.entity_id != antecedent.entity_id:
            sign, start, end, kind = change
            out.append((causer, antecedent, sign, kind, start, end))
    return out

"""Chinese effect words made into type adjectives by 型 / 性: "激活型caspase-3", "抑制型Smads", "抑制性Smad(Smad6)".

A verb or verbal morpheme followed by the suffix 型 ("type") or 性 ("-ness", "-ive") forms a non-predicate
adjective (区别词) that classifies the noun after it (Zhu Dexi, 《语法讲义》, 1982, 5.3 on 区别词; Li &
Thompson, *Mandarin Chinese*, 1981, 4.2.3 on the attributive 的-less modifiers): "激活型caspase-3" is the
active form of caspase-3, "抑制型Smads" the inhibitory Smads (I-Smads), "抑制性神经传导物质" inhibitory
transmitters. No subject acts on anything in them, so the effect cue inside must not type a pair: read as
a verb it made "PLTP和激活型caspase-3蛋白表达量" PLTP ``upregulates`` caspase-3 (validation_zh
ChinaXiv-201712.00859V1, a co-listed pair) and the glossary line "Smad7：抑制型 SmadI-Smads" an inhibition
between neighbouring Smads (ChinaXiv-201711.00749V1). It is the Chinese counterpart of the English
attributive "inhibitory Smads" (cue_scope.attributive_cues). 性 before an effect noun is still a statement
("具有抑制性作用", "抑制性调节"): those keep their cue.

The active form names a state of the protein: a change of "激活型/活化型 X" (its level, 表达量) is a change
of X's activation, ``activates`` / ``inhibits`` (gold ChinaXiv-201712.00859V1 "烟草提取物处理组激活型
caspase-3的蛋白表达上调" → activates; GUIDELINES 5.12: a higher level of an activated form is activates).
"""

from __future__ import annotations

from pipeline import lazy_re

_TYPE_SUFFIX = lazy_re.compile(r"(?:型|性)")
# 性 before an effect noun predicates the effect ("抑制性作用", "激活性调节")
_STATED_AFTER = lazy_re.compile(r"性\s*(?:的)?\s*(?:作用|效应|效果|影响|调节|调控|功能|活性|反应)")
_EFFECT_WORD = lazy_re.compile(r"(?:激活|活化|抑制|促进|诱导|阻断)$")
_ACTIVE_FORM = lazy_re.compile(r"(?:激活|活化)型\s*$")


def type_adjective_cues(text: str, cues) -> frozenset[int]:
    """Starts of the cues (``start``, ``end``, ``text``) that are the stem of a 型/性 type adjective."""
    out = set()
    for c in cues:
        if not _EFFECT_WORD.search(c.text) or not _TYPE_SUFFIX.match(text, c.end):
            continue
        if _STATED_AFTER.match(text, c.end):
            continue
        out.add(c.start)
    return frozenset(out)


def active_form(text: str, start: int) -> bool:
    """Is the mention starting at ``start`` named as its active form ("激活型caspase-3")?"""
    return bool(_ACTIVE_FORM.search(text[max(0, start - 6):start]))

"""A pathway as the pivot of two Chinese verbs: "A 激活 X 信号通路 诱导 Y", "通过激活 X 信号通路上调 Y".

In a Mandarin pivotal (兼语) sentence the object of the first verb is the subject of the second (Li &
Thompson, *Mandarin Chinese*, 1981, ch. 21 on serial-verb and pivotal constructions; Chao, *A Grammar of
Spoken Chinese*, 1968, 2.12.4): "CSE激活RAS/ERK信号通路诱导PLTP的表达" is "CSE activates the RAS/ERK
pathway, which induces PLTP" (validation_zh ChinaXiv-201712.00859V1, gold RAS/ERK ``upregulates`` PLTP);
"运动通过激活FNDC5/Irisin-PINK1/Parkin-LC3II/L-P62信号通路上调线粒体自噬" (validation_zh
ChinaXiv-202207.00209V1, gold the pathway ``activates`` mitophagy). The link is the mechanism chain of
GUIDELINES 2 ("A 通过激活 X 来抑制 Y": X–Y gets the composed direction), stated without 来/从而.

Only a pathway is read as a pivot, and only when nothing but its pathway noun stands between it and the
second verb: two verbs on two genes ("抑制Bcl-2表达上调Bax") name two targets of one subject, and a
conjunction ("激活X并诱导Y") coordinates the verbs instead.
"""

from __future__ import annotations

from pipeline import lazy_re

_PATHWAY_NOUN = lazy_re.compile(r"^\s*(?:信号转导通路|信号通路|信号途径|通路|途径|信号)?\s*$")
_OBJECT_GAP = lazy_re.compile(r"^\s*(?:了)?\s*$")  # the first verb right before its object


def is_pivot(text: str, first_verb_end: int, pivot_start: int, pivot_end: int, pivot_label: str,
             second_verb_start: int) -> bool:
    """Is the mention ``text[pivot_start:pivot_end]`` the object of the verb ending at ``first_verb_end``
    and the subject of the verb starting at ``second_verb_start``?"""
    if not (first_verb_end <= pivot_start and pivot_end <= second_verb_start):
        return False
    gap = text[pivot_end:second_verb_start]
    named_pathway = pivot_label == "PATHWAY" or bool(gap.strip())
    return named_pathway and bool(_OBJECT_GAP.match(text[first_verb_end:pivot_start])) \
        and bool(_PATHWAY_NOUN.match(gap))

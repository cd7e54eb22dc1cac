"""A pathway as the pivot of two Chinese verbs: "A 激活 X 信号通路 诱导 Y", "通过激活 X 信号通路上调 Y".

In a Mandarin pivotal (兼语) sentence the object of the first verb is the subject of the second (Li &
Thompson, *Mandarin Chinese*, 1981, ch. 21 on serial-verb and pivotal constructions; Chao, *A Grammar of
Spoken Chinese*, 1968, 2.12.4): "CSE激活RAS/ERK信号通路诱导PLTP的表达" is "CSE activates the RAS/ERK
pathway, which induces PLTP" (validation_zh ChinaXiv-201712.00859V1, gold RAS/ERK ``upregulates`` PLTP);
"运动通过激活FNDC5/Irisin-PINK1/Parkin-LC3II/L-P62信号通路上调线粒体自噬" (validation_zh
ChinaXiv-202207.00209V1, gold the pathway ``activates`` mitophagy). The link is the mechanism chain of
GUIDELINES 2 ("A 通过激活 X 来抑制 Y": X–Y gets the composed direction), stated without 来/从而.

A pathway is read as a pivot when nothing but its pathway noun stands between it and the second verb; any
other mention only when the second verb follows it with nothing between (stop 46): "可通过激活MAPK信号通路激活
Nrf2诱导HO-1基因的表达" (validation44_zh ChinaXiv-201812.00761V1, gold Nrf2 ``upregulates`` HO-1), "激活后的PKCα
可磷酸化Src诱导PI3K激酶磷酸化" (validation_zh ChinaXiv-201711.00762V1, gold Src ``activates`` PI3K). A word of the
mention's own change right after it ("抑制JNK磷酸化", ChinaXiv-201712.01073V1) is its event noun or predicate, no
second verb; a verb before 的 makes the mention the agent of a modifier ("可抑制AOPPs激活的p38MAPK信号通路",
ChinaXiv-201801.00669V1): no pivot either. Two verbs on two genes with a level noun between ("抑制Bcl-2表达上调Bax")
name two targets of one subject, and a conjunction ("激活X并诱导Y") coordinates the verbs instead.
"""

from __future__ import annotations

from pipeline import lazy_re

_PATHWAY_NOUN = lazy_re.compile(r"^\s*(?:信号转导通路|信号通路|信号途径|通路|途径|信号)?\s*$")
_OBJECT_GAP = lazy_re.compile(r"^\s*(?:了)?\s*$")  # the first verb right before its object
# a change of the mention itself when written right after it: its event noun or predicate, not a second verb
_OWN_CHANGE = lazy_re.compile(r"激活|活化|磷酸化|失活|升高|降低|增加|减少|下降|上升|上调|下调|增多|减低|增强|减弱|表达|聚集|堆积|蓄积")
_ATTRIBUTIVE = lazy_re.compile(r"(?:磷酸化|[\u4e00-\u9fff]{2})的")  # "AOPPs激活的p38MAPK": a verb of a noun's modifier


def is_pivot(text: str, first_verb_end: int, pivot_start: int, pivot_end: int, pivot_label: str,
             second_verb_start: int) -> bool:
    """Is the mention ``text[pivot_start:pivot_end]`` the object of the verb ending at ``first_verb_end``
    and the subject of the verb starting at ``second_verb_start``?"""
    if not (first_verb_end <= pivot_start and pivot_end <= second_verb_start):
        return False
    gap = text[pivot_end:second_verb_start]
    if not _OBJECT_GAP.match(text[first_verb_end:pivot_start]):
        return False
    if pivot_label != "PATHWAY" and not gap.strip():  # a bare mention right before the second verb
        return not (_OWN_CHANGE.match(text, second_verb_start) or _ATTRIBUTIVE.match(text, second_verb_start))
    return bool(_PATHWAY_NOUN.match(gap)) and (pivot_label == "PATHWAY" or bool(gap.strip()))

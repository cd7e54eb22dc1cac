"""A Chinese level change said to bring about another: "X转录水平的降低,导致…Y基因表达水平的降低".

Reviews and discussions chain two changes with a consequence word (导致, 引起, 造成, 从而, 进而, 继而): the first
clause ends on a change of one entity's level or activity, the second names what that change brings about, another
entity's change. The consequence clause has no subject of its own: its cause is the event before the connective
(Li & Thompson, *Mandarin Chinese*, 1981, ch. 23 on the "cause–result" clause linkage), so the first entity acts on
the second, with the sign of the two changes multiplied (a fall bringing a fall is a positive regulator, GUIDELINES 2
and 5.5: a lost or lowered gene is read with its sign turned). The sentence rules find no cue between the two
entities (the only verbs are the connective and the change nouns) and type the pair ``associated``:

* "维生素A缺乏可引起PPARα转录水平的降低,导致鼠肝脏脂酰辅酶A连接酶、肉毒碱棕榈酰转移酶-1、中链脂酰辅酶A脱氢酶、…、
  柠檬酸合酶、脂酰辅酶A氧化酶1、过氧化物酶硫解酶基因表达水平的降低" (validation44_zh ChinaXiv-201711.00914V1:
  gold PPARα ``upregulates`` each enzyme);
* "noggin基因的下调,导致ALP、Runx-2、BSP等成骨相关基因表达量上升" (validation_zh ChinaXiv-201806.00158V1: gold noggin
  ``downregulates`` Runx-2 and BSP).

Read only when the cause's change follows the cause directly (its level noun between, "X的下调", "X转录水平的降低"),
the connective follows that change, and the effect's change closes the effect's own clause after a level noun, with no
other cue word between the effect and its change. The label is the effect's kind: a level (表达, 水平, 含量, 分泌 …)
``upregulates``/``downregulates``, an activity (活性, 磷酸化, 活化) ``activates``/``inhibits``.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations.cues import EFFECT_CLASSES, find_cues

_UP = r"上调|上升|升高|增高|增加|增多|提高|提升|增强"
_DOWN = r"下调|下降|降低|减低|减少|减弱"
_LEVEL_NOUN = r"(?:mRNA|基因|蛋白)?\s*的?\s*(?:转录|表达|分泌|合成|释放|磷酸化|活化)?\s*(?:水平|量|含量|活性|浓度)?"
_CONNECTIVE = r"导致|引起|造成|从而|进而|继而"
# right after the cause's mention: its level noun, its change, then the connective ("转录水平的降低,导致")
_CAUSE = lazy_re.compile(r"\s*" + _LEVEL_NOUN + r"\s*的?\s*(?:明显|显著|进一步)?\s*(?P<change>" + _UP + "|" + _DOWN
                         + r")了?\s*[,，]?\s*(?:并|而|则)?\s*(?:可|会|能|可能)?\s*(?P<connective>" + _CONNECTIVE + r")")
# the sentence holds a change followed by a connective at all (asked once per sentence)
_ANY = lazy_re.compile(r"(?:" + _UP + "|" + _DOWN + r")了?\s*[,，]?\s*(?:并|而|则)?\s*(?:可|会|能|可能)?\s*(?:"
                       + _CONNECTIVE + ")")
# closing the effect's clause: a level or activity noun, then the change
_EFFECT = lazy_re.compile(r"(?P<noun>表达|转录|分泌|合成|释放|水平|量|含量|浓度|活性|磷酸化|活化)\s*(?:水平|量)?\s*的?\s*"
                          r"(?:均|也|都)?\s*(?:明显|显著|进一步)?\s*(?P<change>" + _UP + "|" + _DOWN + r")")
_CLAUSE_BREAK = lazy_re.compile(r"[,，;；。:：!?！？]")
_ACTIVITY = frozenset({"活性", "磷酸化", "活化"})
_LABELS = {(False, True): ("upregulates", "up"), (False, False): ("downregulates", "down"),
           (True, True): ("activates", "activate"), (True, False): ("inhibits", "inhibit")}  # (activity, up) -> label, cue kind
MAX_GAP = 120  # characters from the effect to its change: a list of read-outs, not a second clause


def may_chain(text: str) -> bool:
    """Does the sentence hold a change followed by a consequence word (``_ANY``)? Asked once per sentence."""
    return _ANY.search(text) is not None


_UP_WORDS = frozenset(_UP.split("|"))


def _sign(change: str) -> int:
    return 1 if change in _UP_WORDS else -1


def _has_effect_cue(text: str) -> bool:
    return any(c.kind in EFFECT_CLASSES for c in find_cues(text))


def consequence(text: str, cause_end: int, effect_start: int, blanked_after_effect: str,
                ) -> tuple[str, str, int, int] | None:
    """(label, cue kind, start, end of the cause's change) when the cause mention ending at ``cause_end`` has its change
    followed by a consequence word, and the effect mention (``effect_start``-``effect_end``, after it, in the
    connective's clause) has its own change closing that clause; ``blanked_after_effect``: the text from the effect's
    end to the clause's end with other mentions blanked (list items are spaces)."""
    cause = _CAUSE.match(text, cause_end)
    if cause is None or cause.end() > effect_start:
        return None
    between = text[cause.end():effect_start]
    if _CLAUSE_BREAK.search(between) or _has_effect_cue(between):
        return None  # the effect is not in the connective's own clause, or another verb acts on it
    gap = blanked_after_effect[:MAX_GAP]
    breaks = _CLAUSE_BREAK.search(gap)
    clause = gap[:breaks.start()] if breaks else gap
    effect = _EFFECT.search(clause)
    if effect is None:
        return None
    if _has_effect_cue(clause[:effect.start()]):
        return None  # another verb acts on the effect ("导致…激活…的表达升高"): not this chain's link
    sign = _sign(cause.group("change")) * _sign(effect.group("change"))
    activity = effect.group("noun") in _ACTIVITY
    label, kind = _LABELS[activity, sign > 0]
    return label, kind, cause.start("change"), cause.end("change")

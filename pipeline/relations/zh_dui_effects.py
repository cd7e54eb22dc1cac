"""The Chinese 对-object of a signed regulation or effect noun, and whose predicate it is: "X…,并对Y进行正调节".

对 puts the object of a nominal or light-verb predicate before it: "对Y进行正调节", "对Y的负性调节", "对Y有正调节作用", "对Y
有抑制作用" (Li & Thompson 1981, *Mandarin Chinese*, §11.2 on 对 'towards' introducing the goal of such predicates). The
signed regulation words 正(性/向)调节/调控 and 负(性/向)调节/调控 state a direction (GUIDELINES 2; cues.py reads them as
verbs), and so do the effect nouns headed by a signed verb (抑制作用, 促进作用; cue_scope.signed_effect). The object stands
before the cue, so the verb-before-object rules of effects.py never reach it, and cue_scope.effect_on reads the form only when
the subject's first mention stands right before 对.

The subject is read in three places, in this order:

* **right before 对**, with only adverbs and modals between, and the items listed with it ("leptin和胰岛素对…CART均有正调节作用",
  validation47_zh ChinaXiv-201711.00393V1);
* **the subject of a means** in the 对 clause, "X(是)通过…(实现)对Y的…" ("PTEN是通过将PI3P去磷酸化为PIP2实现对PI3K的负性调节的",
  validation45_zh ChinaXiv-201812.00297V1, gold PTEN ``inhibits`` PI3K);
* **the topic of a chain** of comma-joined clauses with no subject of their own (zero anaphora in topic chains, Li & Thompson
  1981, ch. 24): the 对 clause opens with no name (a modal, an adverb, 并/从而), and so do the clauses before it back to one that
  opens with a name, the chain's topic: "Rheb在状态为Rheb-GTP时才具有活性,能够直接与mTOR结合对mTOR进行正向调节" (validation45_zh
  ChinaXiv-201711.01011V1, gold Rheb ``activates`` mTOR), "其中Rheb是具有GTP酶活性的蛋白,其活性状态为Rheb-GTP,可结合于TOR,并对TOR
  进行正调节" and "TSC2是GTPase激活蛋白,可使Rheb-GTP水解形成Rheb-GDP状态,从而失活,对TOR进行负调节" (validation47_zh
  ChinaXiv-201711.00393V1, gold Rheb ``activates`` and TSC2 ``inhibits`` MTOR). A clause opening with 其 ("its") refers to the
  topic and continues the chain.

A denied predicate ("对Y无明显抑制作用") and a regulation word naming a role ("负调节因子") are no statement here.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations import zh_topic_chains

# between 对 and the object: nothing, or a short modifier closed by 的 ("对斑点叉尾的CART") or a class closed by 如 "such as"
# ("对脂肪合成基因如脂肪合成酶(FAS)的转录", validation44_zh ChinaXiv-201711.00914V1)
_OBJECT_BEFORE = lazy_re.compile(r"对(?:[\u4e00-\u9fff]{1,8}?[的如])?$")
# after the object: its pathway, activity or level noun, 的, an adverb, a light verb, a degree modifier, then the signed
# regulation word (not a role noun: 负调节因子) or a signed verb heading an effect noun (抑制作用)
_PREDICATE = lazy_re.compile(
    r"(?:[(（][^()（）]{1,30}[)）])?(?:信号通路|信号|通路|途径)?(?:的)?(?:活性|功能|(?P<level>表达|转录|分泌|水平|含量))?(?:的)?(?:均|都|也|还|可|亦)?"
    r"(?:进行|有|具有|起到|起|发挥|产生|实现)?(?:了)?(?:一定|明显|显著|重要|直接|较强|很强|双重)?(?:的)?"
    r"(?:(?P<pol>正|负)(?:性|向)?(?:调节|调控)(?!因子|子|蛋白|剂|物)"
    r"|(?P<verb>激活|活化|促进|刺激|诱导|增强|上调|抑制|拮抗|阻断|下调|减弱|降低)(?:作用|效应|效果))")
_SIGN_OF_VERB = {"激活": (1, "activate"), "活化": (1, "activate"), "促进": (1, "activate"), "刺激": (1, "activate"),
                 "诱导": (1, "activate"), "增强": (1, "activate"), "上调": (1, "up"), "抑制": (-1, "inhibit"),
                 "拮抗": (-1, "inhibit"), "阻断": (-1, "inhibit"), "下调": (-1, "down"), "减弱": (-1, "inhibit"),
                 "降低": (-1, "inhibit")}
# words that may stand between a subject and 对 (adverbs, modals)
_BEFORE_DUI = lazy_re.compile(r"^" + zh_topic_chains.ADVERBS + r"*$")
_LIST_JOIN = lazy_re.compile(r"^(?:和|与|及|以及|、)$")
_MEANS_AFTER = lazy_re.compile(r"^(?:可能|可以|能够|可|能|是|主要|也|还)*通过")
_DENIED = lazy_re.compile(r"无|没有|未|不")


def may_hold(text: str) -> bool:
    """Can ``text`` hold the construction (对 and a regulation or effect word)?"""
    return "对" in text and ("调" in text or "作用" in text or "效应" in text)


def _predicate(text: str, target_end: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end) of the signed predicate right after the 对-object ending at ``target_end``."""
    m = _PREDICATE.match(text, target_end)
    if m is None or _DENIED.search(text, target_end, m.start("pol") if m.group("pol") else m.start("verb")):
        return None
    if m.group("pol"):
        sign = 1 if m.group("pol") == "正" else -1
        kind = ("up" if sign > 0 else "down") if m.group("level") else ("activate" if sign > 0 else "inhibit")
        return sign, kind, m.start("pol"), m.end()
    sign, kind = _SIGN_OF_VERB[m.group("verb")]
    if m.group("level") and kind in ("activate", "inhibit"):  # "对Y的转录具有促进效果": Y's amount
        kind = "up" if sign > 0 else "down"
    return sign, kind, m.start("verb"), m.start("verb") + len(m.group("verb"))


def _clause_start(breaks: tuple[int, ...], at: int) -> int:
    return max((b + 1 for b in breaks if b < at), default=0)


def _adjacent_subjects(text: str, ordered, dui: int, lo: int) -> list:
    """The mention right before 对 (adverbs between) and the items listed before it ("A和B对…")."""
    before = [s for s in ordered if lo <= s.start and s.end <= dui]
    if not before or not _BEFORE_DUI.match(text[before[-1].end:dui]):
        return []
    items = [before[-1]]
    for span in reversed(before[:-1]):
        if span.end > items[0].start:
            continue
        if not _LIST_JOIN.match(text[span.end:items[0].start]):
            break
        items.insert(0, span)
    return items


def _means_subject(text: str, ordered, dui: int, lo: int):
    """The subject of a 通过 means in the 对 clause ("X是通过…实现对Y的…")."""
    for span in reversed([s for s in ordered if lo <= s.start and s.end <= dui]):
        if _MEANS_AFTER.match(text[span.end:dui]):
            return span
    return None


def _topic(text: str, ordered, breaks: tuple[int, ...], lo: int):
    """The topic of a chain (zh_topic_chains.py) when the 对 clause starting at ``lo`` has no subject of its own."""
    opening = zh_topic_chains.ZERO_OPENING.match(text, lo)
    if opening is None or any(s.start == opening.end() for s in ordered):
        return None  # the 对 clause has its own subject
    return zh_topic_chains.chain_topic(text, ordered, breaks, lo)


def dui_effects(text: str, spans, breaks: tuple[int, ...]) -> list[tuple[object, object, int, str, int, int]]:
    """(agent span, target span, sign, cue kind, cue start, cue end) of every signed 对 predicate of ``text`` whose
    subject is named; ``spans`` need ``start``, ``end``, ``entity_id``; ``breaks``: cues.clause_breaks(text)."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out = []
    for target in ordered:
        head = _OBJECT_BEFORE.search(text, max(0, target.start - 8), target.start)
        if head is None or any(head.start() < s.start < target.start for s in ordered) \
                or any(s.start < target.start < s.end for s in ordered):
            continue
        predicate = _predicate(text, target.end)
        if predicate is None or any(target.end <= s.start < predicate[2] and s.entity_id != target.entity_id for s in ordered):
            continue
        dui = head.start()
        lo = _clause_start(breaks, dui)
        agents = _adjacent_subjects(text, ordered, dui, lo)
        if not agents:
            means = _means_subject(text, ordered, dui, lo)
            topic = means or _topic(text, ordered, breaks, lo)
            agents = [topic] if topic is not None else []
        for agent in agents:
            if agent.entity_id != target.entity_id:
                out.append((agent, target, *predicate))
    return out

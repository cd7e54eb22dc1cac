"""The unnamed subject of a Chinese clause in a topic chain: "PKA能够…对HSL磷酸化,进而激活HSL".

Chinese runs a description as comma-joined clauses that share the topic named at the chain's start; the later clauses
do not name it again (zero anaphora in topic chains: Li & Thompson 1981, *Mandarin Chinese*, ch. 24). A clause with no
subject of its own opens with an adverb, a modal or a consequence connective (并, 可, 能够, 进而, 从而), with a copula or a
stative verb (是, 属于, 位于), with 其 "its", or with its verb's participle (被激活后); its verb's subject is the name
that opens the nearest earlier clause, when every clause between opens the same way.

``chain_topic`` finds that name; ``chain_effects`` reads the effect verb opening such a clause with its object right
after it, and makes the topic the agent:

* "PKA能够在苏氨酸(Ser) 660位点对HSL磷酸化,进而激活HSL" (validation45_zh ChinaXiv-201711.01377V1, gold PKA ``activates``
  HSL);
* "磷酸化的Fyn基因又介导Nrf2的Tyr568基因磷酸化,进而直接抑制Nrf2的激活" (validation44_zh ChinaXiv-201711.00871V1, gold Fyn
  ``inhibits`` Nrf2): the topic may carry its state ("磷酸化的", "活化的");
* "Caspase3,属于效应caspase蛋白,位于细胞凋亡有序级联反应的下游,是最为重要的调亡执行者…,被激活后促进细胞凋亡"
  (validation38_zh ChinaXiv-201712.00232V1, gold CASP3 ``activates`` apoptosis).

GUIDELINES 2 composes a chain "A 激活 X, 进而抑制 Y" as A–Y with the second verb's direction (the topic's ultimate effect);
the X–Y link is clause_chains.py's. The chain stops at a semicolon, at the sentence start, at a clause opening with a
word the dictionaries do not know (another subject), and after _CHAIN_LIMIT clauses.
"""

from __future__ import annotations

from pipeline import lazy_re

# adverbs, modals and connectives a subjectless clause opens with
ADVERBS = r"(?:可能|可以|能够|可|能|会|也|还|均|都|亦|则|同样|直接|进一步|并|且|而|又|从而|进而|继而|随后|然后|同时|最终|因此)"
# a clause with no subject of its own: the adverbs, or 对 (zh_dui_effects.py), or a participle of the topic's own
# activation ("被激活后"), or a copula or stative verb (an earlier clause of the chain only)
ZERO_OPENING = lazy_re.compile(r"\s*(?:" + ADVERBS + r"+|(?=对))")
_PARTICIPLE_OPENING = lazy_re.compile(r"\s*(?:被)?(?:激活|活化|磷酸化)后\s*" + ADVERBS + r"*")
_STATIVE_OPENING = lazy_re.compile(r"\s*(?:" + ADVERBS + r"*(?:是|为|属于|位于|作为|具有|含有)|其)")
# what may stand before the topic's name in its clause: a connective, or its state ("磷酸化的Fyn", "活化的Raf")
_TOPIC_OPENING = lazy_re.compile(r"(?:其中|而|且|此外|另外|同时)?(?:(?:磷酸化|活化|激活)的)?")
_CHAIN_LIMIT = 5  # earlier clauses walked back to the topic
_OBJECT_GAP = lazy_re.compile(r"\s*(?:了)?\s*")
# an object that is a model's stimulus ("减轻AOPPs诱导的…表达下调", "减轻脂多糖、过氧化氢及缺氧等所致的细胞损害"): the verb acts on
# the damage it causes, not on it (new_papers_zh ChinaXiv-201712.00938V1, ChinaXiv-201806.00141V1)
_STIMULUS_AFTER = lazy_re.compile(r"[^,，;；。]{0,12}?(?:所致|诱导|引起|导致|造成|介导)")


def _clause_start(breaks: tuple[int, ...], at: int) -> int:
    return max((b + 1 for b in breaks if b < at), default=0)


def chain_topic(text: str, ordered, breaks: tuple[int, ...], lo: int):
    """The topic of the chain whose subjectless clause starts at ``lo``: the mention opening the nearest earlier
    clause that opens with a name, or None. ``ordered``: the sentence's mentions by start."""
    clause_end = lo
    for _ in range(_CHAIN_LIMIT):
        if clause_end == 0 or text[clause_end - 1] not in ",，":
            return None  # the sentence start, or a semicolon or colon
        start = _clause_start(breaks, clause_end - 1)
        opening = next((s for s in ordered if start <= s.start < clause_end - 1), None)
        if opening is not None and _TOPIC_OPENING.fullmatch(text[start:opening.start].strip()):
            if any(s.end == start - 1 for s in ordered) and any(s.end == clause_end - 1 for s in ordered):
                return None  # list items after a comma ("…有关的P70S6K,EIF4E及…4E-BPs,并能…"): no clause of its own
            return opening
        if not (ZERO_OPENING.match(text, start) or _STATIVE_OPENING.match(text, start)
                or _PARTICIPLE_OPENING.match(text, start)):
            return None  # a clause opening with a noun the dictionaries do not know: another subject
        clause_end = start
    return None


def chain_effects(text: str, spans, cues, breaks: tuple[int, ...], effect_kinds) -> list[tuple[object, object, object]]:
    """(agent span, target span, cue) of every effect cue (``kind`` in ``effect_kinds``) that opens a subjectless clause
    of a topic chain, right before its object; the agent is the chain's topic (``chain_topic``)."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out = []
    for cue in cues:
        if cue.kind not in effect_kinds:
            continue
        lo = _clause_start(breaks, cue.start)
        if lo == 0:
            continue
        opening = ZERO_OPENING.match(text, lo)
        participle = _PARTICIPLE_OPENING.match(text, lo)
        if not ((opening and opening.end() == cue.start) or (participle and participle.end() == cue.start)):
            continue  # the clause's own subject, or other words, before the verb
        gap = _OBJECT_GAP.match(text, cue.end)
        target = next((s for s in ordered if s.start == gap.end()), None)
        if target is None or _STIMULUS_AFTER.match(text, target.end):
            continue
        topic = chain_topic(text, ordered, breaks, lo)
        if topic is not None and topic.entity_id != target.entity_id:
            out.append((topic, target, cue))
    return out

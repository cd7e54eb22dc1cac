"""Negation and stated non-effect, scoped to the clause and to the pair.

A negation word counts for a pair only when it sits in the same clause as the pair's cue, in
the stretch of text the statement spans (between the agent and its cue; or after the target
for "X 对 Y 的表达无明显影响" / "Y was not affected by X"). This is the NegEx idea (Chapman et
al., J Biomed Inform 2001: a trigger term, a scope that ends at a clause boundary, and
pseudo-triggers that look like negation but are not: 不仅, not only, no longer needed …)
applied to a relation rather than a single concept, as in BioNLP'09 event negation.

A *non-effect* statement ("did not affect", "并未改变", "无明显影响", "had no effect on",
"差异无统计学意义") states that the pair is unrelated; it carries no direction, so the pair is
``associated`` with ``negated=True`` (corpus/gold/GUIDELINES.md 5.8).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han
from pipeline.relations.sentence_memo import per_sentence

# triggers: a negation word; Chinese single characters only where they negate a verb
NEGATION = lazy_re.compile(
    r"并未|并不|并没有|未能|未见|未|没有|无明显|无显著|无|不能|不会|不|非"
    r"|\bnot\b|\bno\b|\bnever\b|\bneither\b|\bnor\b|failed to|fails? to|n't\b|\bwithout\b|\black of\b",
    re.IGNORECASE,
)
# pseudo-triggers: look like negation, are not (NegEx's "pseudo-negation" list, bilingual)
PSEUDO = lazy_re.compile(
    r"不仅|不但|不只|不同|不断|不少|不足|不良|不全|不适|不明|不清|不可逆|无论|无关|非常|并非仅|未来|未知|尚未|"
    r"\bnot only\b|\bnot just\b|\bno longer\b|\bno doubt\b|\bnot necessarily\b|\bwhether or not\b|"
    r"\bnon-",
    re.IGNORECASE,
)
# verbs and nouns of a mere effect: negated, they state that the pair is unrelated
NON_EFFECT = lazy_re.compile(
    r"影响|改变|变化|作用|差异|affect\w*|alter\w*|chang\w*|influenc\w*|modif\w*|effects?\b|impact\w*|"
    r"differ\w*",
    re.IGNORECASE,
)
# statements of non-effect that need no separate negation word
NON_EFFECT_WHOLE = lazy_re.compile(
    r"差异无统计学意义|无统计学差异|无显著性?差异|无明显变化|无明显改变|无明显影响|"
    r"\bunaffected\b|\bunchanged\b|\bunaltered\b|\bnot significantly (?:different|changed|altered|affected)\b",
    re.IGNORECASE,
)
MAX_GAP = {"zh": 6, "en": 24}  # characters between a negation word and the cue it negates




def _lang(text: str) -> str:
    # compiled once: ``re.search`` looked the pattern up in re's cache on every call (issue 17, stop 44)
    return "zh" if has_han(text) else "en"


def negations(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Real negation words in ``text[lo:hi]`` (pseudo-triggers removed)."""
    return list(_negations(text, lo, hi))


@lru_cache(maxsize=4096)
def _negations(text: str, lo: int, hi: int) -> tuple[re.Match[str], ...]:
    """``negations``, remembered: the pairs of a sentence ask for the same windows (the same cue
    and statement start) about three times each on the benchmark corpus."""
    window = text[lo:hi]
    wide = max(0, lo - 4)  # a pseudo-trigger may straddle the window's edges
    pseudo = [(m.start() + wide - lo, m.end() + wide - lo) for m in PSEUDO.finditer(text[wide:hi + 4])]
    found = []
    for m in NEGATION.finditer(window):
        if any(s <= m.start() < e for s, e in pseudo):
            continue
        if m.group(0)[0].isascii() and m.start() > 0 and window[m.start() - 1].isalpha():
            continue
        found.append(m)
    return tuple(found)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def negates(text: str, cue_start: int, lo: int) -> bool:
    """Is the cue at ``cue_start`` negated by a word in ``text[lo:cue_start]`` close before it?

    ``lo`` is where the pair's statement starts (the agent's end, or the clause start): a
    negation before the agent or in another clause does not count."""
    window_lo = max(lo, cue_start - MAX_GAP[_lang(text[lo:cue_start] or text)] - 6)
    gap = MAX_GAP[_lang(text[window_lo:cue_start] or text)]
    for m in negations(text, window_lo, cue_start):
        between = text[window_lo + m.end():cue_start]
        if len(between) <= gap and not re.search(r"[,;:，；：。]", between):
            return True
    return False


@lru_cache(maxsize=4096)  # a pure question: the pairs of a sentence ask it again for the same stretch
def non_effect(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """A stated non-effect inside ``text[lo:hi]``: (start, end, words) or None.

    Either a negation word followed within a few characters by a non-effect verb or noun
    ("did not affect", "并未改变", "no effect", "无明显影响"), or a whole non-effect phrase
    ("差异无统计学意义", "unchanged")."""
    whole = NON_EFFECT_WHOLE.search(text, lo, hi)
    if whole:
        return whole.start(), whole.end(), whole.group(0)
    for neg in negations(text, lo, hi):
        start = lo + neg.start()
        gap = MAX_GAP[_lang(text[start:hi])]
        verb = NON_EFFECT.search(text, lo + neg.end(), min(hi, lo + neg.end() + gap + 12))
        if verb is None:
            continue
        between = text[lo + neg.end():verb.start()]
        if len(between.strip()) <= gap and not re.search(r"[,;:，；：。]", between):
            return start, verb.end(), text[start:verb.end()]
    return None

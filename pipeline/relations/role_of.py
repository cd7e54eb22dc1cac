""""Role of Y in X-induced Z", "…caused by X. Role of Y", "Y在X改善…中的作用", "Y介导了X对Z的调节": X acts via Y.

GUIDELINES 5.11 ("Titles and aims"): "Y 在 X 改善…中的作用" / "role of Y" → X ``via`` Y. Titles
of mechanism papers name the mediator first and the agent inside the phrase it mediates, so
word order alone makes Y the agent ("Role of Sema4C in TGF-β1-induced MAPK activation" read
left to right gives Sema4C → TGF-β1). Pure functions over a sentence and two spans (``start``,
``end``); the caller types the pair.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# "Role(s) of [the] Y [protein] in [the] X-induced …"
_ROLE_BEFORE_Y = lazy_re.compile(r"\b(?:roles?|involvement|contribution)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_Y_IN_X = lazy_re.compile(r"^\s*(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$", re.IGNORECASE)
_X_INDUCED = lazy_re.compile(r"^(?:\s*\([^()]{1,20}\))?\s*-?\s*(?:induced|mediated|caused|triggered|stimulated|dependent)\b", re.IGNORECASE)
# "… caused by X. Role of [the] [A and] Y" (no "^": matched with a start position)
_CAUSED_BY = lazy_re.compile(r"\b(?:caused|induced|triggered|mediated)\s+by\s+$", re.IGNORECASE)
_THEN_ROLE = lazy_re.compile(r"\s*[.:;]?\s*(?:roles?|involvement)\s+of\s+(?:the\s+)?(?:[^\s.;:]+\s*(?:,|and)\s*)*$",
                             re.IGNORECASE)
# "Y(信号通路)在X改善/诱导…中的作用"
_ZH_Y_AT = lazy_re.compile(r"^\s*(?:信号通路|信号转导通路|通路|信号)?\s*在\s*$")
_ZH_ROLE_AFTER = lazy_re.compile(r"[^，。；,;]{0,40}?中的(?:作用|机制|角色)")
# "EGF受体、PKA、PKC、p38、ERK和JNK均介导了EGF调控…NaPi-IIb的表达", "MAPK(p38、ERK和JNK)、PKC和PKA介导
# 了EGF对…的调节": Y (one of a list) mediates X's action: X via Y. 介导 (mediate) with X as its object
# and X's own verb or 对 after X; "Y介导的X" (X mediated by Y, an attribute) is another construction.
_ZH_MEDIATES = lazy_re.compile(r"^[^，。；;:：]{0,80}?(?:均|都|共同|也|还|可能|分别)?\s*介导了?\s*$")
_ZH_AGENT_ACTS = lazy_re.compile(r"\s*(?:对|调控|调节|诱导|引起|引发|下调|上调|促进|抑制|激活|刺激)")


# English verbs and predicates of mediation with the agent inside the mediated event ("Y mediates X-induced Z"):
# "GPR109A (PUMA-G/HM74A) mediates nicotinic acid-induced flushing" (validation_en PMID16322797), "BMP-2 mediates
# TNF-alpha-induced invasion" (PMID19811499), "β-arrestin 2 is essential for fluoxetine-mediated promotion of
# hippocampal neurogenesis" and "CREB is required for EGF-induced cell proliferation" (validation_zh reference
# titles, ChinaXiv-202207.00046V1, ChinaXiv-201711.00762V1). The mediator is named first, the agent inside the
# phrase it mediates: the same reading as "role of Y in X-induced Z" (GUIDELINES 5.11: X ``via`` Y).
_EN_Y_MEDIATES = lazy_re.compile(
    r"^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:(?:signal(?:l)?ing|pathway|protein|receptor)\s+)?"
    r"(?:mediates|mediated|(?:is|are|was|were)\s+(?:essential|required|necessary|critical|crucial|indispensable)\s+for|"
    r"(?:has|have|plays?|played)\s+an?\s+(?:critical|key|crucial|central|pivotal|essential)\s+role\s+in)"
    r"\s+(?:the\s+)?(?:[A-Za-z]+[\s-])?$", re.IGNORECASE)
# the mediator (or a list of mediators) first, the agent as the owner of the effect it mediates: "all EGF receptor,
# PKA，PKC,p38, ERK and JNK participate in the inhibitory effects of EGF on NaPi-IIb expression" (validation_zh
# ChinaXiv-201711.00762V1, abstract_en; gold EGF ``via`` each), "EP4 mediated barrier-protective effects of PGA2",
# "OPRM1 is required for the synergistic action of L-asparaginase and methadone" (BioRED): X ``via`` Y, as for
# "Y mediates X-induced Z". Only list items may stand between Y and the verb ("A, B and C participate …").
_EN_Y_MEDIATES_EFFECT = lazy_re.compile(
    r"^(?:\s*(?:,|，|\band\b|\bor\b)\s*[\w\-/αβγδκ]+(?:\s+[\w\-]+)?)*\s*\)?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:participat(?:e|es|ed)\s+in|mediat(?:e|es|ed)|(?:is|are|was|were)\s+(?:\w+ly\s+)?involved\s+in|"
    r"contribut(?:e|es|ed)\s+to|(?:is|are|was|were)\s+(?:essential|required|necessary|critical|crucial|indispensable)\s+for)"
    r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:effects?|actions?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the agent first: "X signaling requires Y" ("Growth differentiation factor 9 signaling requires ERK1/2 activity"),
# "X activation of Z is Y-dependent" ("Kappa opioid receptor activation of p38 MAPK is GRK3-and arrestin-dependent",
# ChinaXiv-201712.01073V1 reference titles), "X-induced Z was mediated by Y"
_EN_X_REQUIRES = lazy_re.compile(r"^\s*(?:signal(?:l)?ing|pathway|activation|action)\s+(?:requires|required)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_EN_X_THEN_IS = lazy_re.compile(r"^\s*(?:-?\s*(?:induced|mediated|triggered|stimulated)\s+)?(?:signal(?:l)?ing\s+|activation\s+|"
                                r"(?:[a-z]+(?:tion|sis|ment)\s+)?of\s+[^.;,]{1,30}?\s+)?(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                                r"(?P<by>mediated\s+(?:by|via|through)\s+(?:the\s+)?)?$", re.IGNORECASE)
_OBJECT_OF = lazy_re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)  # "activation of p38 is GRK3-dependent": p38 is no agent
_Y_DEPENDENT = lazy_re.compile(r"^\s*-?\s*(?:(?:and|or)?\s*[\w\-]+?\s*-\s*)?dependent\b", re.IGNORECASE)


# Every pattern of ``mediator_agent`` needs one of these words (in lower case), ``process_effect_of``
# needs "effect": a sentence with none of them states no such role for any of its pairs, and
# effects.SentenceContext skips the per-pair questions (``may_state_role``). Keep the lists in step with
# the patterns above: a new pattern brings its anchor word here (tests/test_speed_stop33.py checks
# the patterns on the real sentences of the corpus).
MEDIATION_WORDS = ("role", "involvement", "contribution", "mediate", "essential", "require", "necessary", "participat",
                   "involved", "contribut",
                   "critical", "crucial", "indispensable", "dependent", "介导", "中的作用", "中的机制", "中的角色")
EFFECT_WORDS = ("effect",)
# the words as one alternation of literals, searched in the lower-cased sentence (a case-insensitive
# alternation scans ~5x slower)
MEDIATION_ANCHORS = lazy_re.compile("|".join(map(re.escape, MEDIATION_WORDS)))
EFFECT_ANCHORS = lazy_re.compile("|".join(map(re.escape, EFFECT_WORDS)))
# letters that match an ASCII letter only case-insensitively in ``re`` (its docs: İ ı ſ K), which
# ``str.lower`` does not map onto it: a sentence holding one keeps every question
_ODD_CASE = lazy_re.compile("[\u0130\u0131\u017f\u212a]")


def may_state_role(lowered: str, text: str, anchors: re.Pattern) -> bool:
    """Can a pattern anchored on one of the words of ``anchors`` (``MEDIATION_ANCHORS``,
    ``EFFECT_ANCHORS``) match ``text`` (``lowered`` is ``text.lower()``)? False only when no word occurs."""
    return anchors.search(lowered) is not None or _ODD_CASE.search(text) is not None


def mediator_agent(text: str, first_start: int, first_end: int, second_start: int,
                   second_end: int) -> tuple[str, int, int] | None:
    """Which of two mentions (``first`` before ``second``) is the agent X of a "role of Y"
    statement with the other as its mediator Y ("first" or "second"), with the span of the
    role words; None if the sentence says no such thing about them."""
    lo = max(0, first_start - 40)
    if (m := _ROLE_BEFORE_Y.search(text, lo, first_start)) and \
            _Y_IN_X.match(text[first_end:second_start]) and _X_INDUCED.match(text[second_end:second_end + 16]):
        return "second", m.start(), m.end()  # "Role of Sema4C in TGF-β1-induced …"
    if _CAUSED_BY.search(text[max(0, first_start - 20):first_start]) and \
            (m := _THEN_ROLE.match(text, first_end, second_start)):
        return "first", m.start(), m.end()  # "… caused by angiotensin II. Role of ROCK and MAPK pathways"
    if _ZH_Y_AT.match(text[first_end:second_start]) and (m := _ZH_ROLE_AFTER.match(text, second_end, second_end + 48)):
        return "second", m.end() - 2, m.end()  # "Wnt7a-Akt/mTOR信号通路在肾衰营养胶囊改善…中的作用"
    if (m := _EN_Y_MEDIATES.match(text[first_end:second_start])) and _X_INDUCED.match(text[second_end:second_end + 16]):
        return "second", first_end + m.start(), first_end + m.end()  # "GPR109A mediates nicotinic acid-induced flushing"
    if m := _EN_Y_MEDIATES_EFFECT.match(text[first_end:second_start]):
        return "second", first_end + m.start(), first_end + m.end()  # "p38 … participate in the inhibitory effects of EGF"
    if m := _EN_X_REQUIRES.match(text[first_end:second_start]):
        return "first", first_end + m.start(), first_end + m.end()  # "GDF9 signaling requires ERK1/2 activity"
    if not _OBJECT_OF.search(text[max(0, first_start - 12):first_start]) and \
            (m := _EN_X_THEN_IS.match(text[first_end:second_start])) and (
            m.group("by") is not None or _Y_DEPENDENT.match(text[second_end:second_end + 40])):
        return "first", first_end + m.start(), first_end + m.end()  # "X activation of p38 is GRK3-dependent"
    if (m := _ZH_MEDIATES.match(text[first_end:second_start])) and _ZH_AGENT_ACTS.match(text, second_end):
        cue = text.rindex("介导", first_end, second_start)
        return "second", cue, cue + 2  # "ERK和JNK均介导了EGF调控…"
    return None


# "the apoptosis effects of TNF-α", "the anti-apoptotic effect of X": a process named as the
# effect of the entity after it
_EFFECTS_OF = lazy_re.compile(r"\s*effects?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ANTI = lazy_re.compile(r"anti-?\s*$", re.IGNORECASE)


def process_effect_of(text: str, process_start: int, process_end: int, owner_start: int) -> int:
    """+1 (-1 after "anti-") when the process mention is named as the effect of the mention that
    starts at ``owner_start`` ("the apoptosis effects of TNF-α": TNF-α causes apoptosis), else 0."""
    if process_end > owner_start or not _EFFECTS_OF.fullmatch(text, process_end, owner_start):
        return 0
    return -1 if _ANTI.search(text, max(0, process_start - 5), process_start) else 1

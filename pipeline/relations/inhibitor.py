"""Inhibitor and rescue experiments: what a reagent targets, and what its block tells.

Mechanism papers name a reagent by its target ("PI3K 抑制剂 LY294002", "the MEK inhibitor
U0126", "SB203580, a p38 inhibitor") and then use it to block an effect ("LY294002 blocked
the effect of berberine", "SB203580 逆转了 AOPP 诱导的…"). Following the pattern-based
reading of such designs in BioNLP event extraction (negative regulation of a regulation) and
corpus/gold/GUIDELINES.md 5.4:

* "<target> inhibitor <reagent>" → reagent ``inhibits`` target (activator/agonist: ``activates``);
* "<reagent> blocked/abolished/reversed/attenuated the effect of <Y>" with the reagent's
  target named in the sentence → Y acts ``via`` that target;
* the reagent and Y are not combined and not related to each other (antagonism).

The words 抑制剂/inhibitor/激活剂/agonist are nouns here: they never act as a verb cue for
other pairs (effects.py drops them from the cue list).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

REAGENT_NOUN = lazy_re.compile(
    r"(?:特异性|选择性|特异)?(?:抑制剂|阻断剂|拮抗剂|激动剂|激活剂|活化剂|诱导剂|促进剂)"
    r"|\b(?:specific |selective |potent )?(?:inhibitors?|antagonists?|blockers?|agonists?|activators?|inducers?)\b",
    re.IGNORECASE,
)
# What every match of REAGENT_NOUN holds: 剂, or one of these words (antagonist holds agonist) in the
# lower-cased text. ``may_name_reagent`` answers most sentences with no case-insensitive scan (~7 µs a
# sentence, asked once per sentence with two partner entities: effects.SentenceContext.of).
_REAGENT_WORDS = ("inhibitor", "blocker", "agonist", "activator", "inducer")
# letters re.IGNORECASE matches with an ASCII letter that str.lower() keeps apart (İ ı ſ K)
_IGNORECASE_LETTERS = lazy_re.compile("[\u0130\u0131\u017f\u212a]")


def may_name_reagent(text: str) -> bool:
    """False only when ``REAGENT_NOUN`` cannot match ``text``."""
    if "剂" in text or _IGNORECASE_LETTERS.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _REAGENT_WORDS)


_POSITIVE_NOUN = lazy_re.compile(r"激动剂|激活剂|活化剂|诱导剂|促进剂|\bagonist|activator|inducer", re.IGNORECASE)  # not "antagonist"
RESCUE = lazy_re.compile(
    r"block\w*|abolish\w*|abrogat\w*|revers\w*|attenuat\w*|prevent\w*|counteract\w*|eliminat\w*|"
    r"阻断|逆转|消除|取消|抵消|减弱|削弱|拮抗",
    re.IGNORECASE,
)
_EFFECT_OF = lazy_re.compile(r"^\s*(?:了|the\s+)?\s*(?:(?:effects?|actions?|roles?|induction|protection|increase|decrease)\s+"
                             r"(?:of|by|induced by|caused by)\s+)?$"
                             r"|^[^,;，；。]{0,80}?(?:induced|caused|triggered|mediated|elicited|evoked) by\s+$"
                             r"|^[^,;，；。]{0,40}?(?:的)?$", re.IGNORECASE)


# "Dasatinib (BMS-354825) is a novel orally bioavailable SRC/ABL inhibitor": the reagent, its code,
# a copula and up to four modifiers before "<target> inhibitor"
_IS_A = lazy_re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|\s(?:is|was|acts as|as)\s+)(?:an?|the)\s+(?:[\w\-]+\s+){0,4}"
                        # the medicinal-chemistry title: a series named by its class noun "as" the target's inhibitors, no
                        # article ("hydroxamic acid derivatives as tyrosinase inhibitor", validation40_en PMID23305921;
                        # "2,5-thiophene amides as highly potent and selective 17β-HSD2 inhibitors", PMID23145773)
                        r"|\s+(?:[\w\-]+\s+)?(?:derivatives?|analogu?es?|amides?|esters?|compounds?|conjugates?|hybrids?|"
                        r"scaffolds?|series|salts?|complexes)\s+as\s+(?!well\b)(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,4}",
                        re.IGNORECASE)


def reagent_targets(text: str, spans) -> dict[str, tuple[str, int, str, tuple[str, ...]]]:
    """Reagent entity id -> (target entity id, sign, noun, genes listed with the target) for "<target> inhibitor <reagent>"
    and "<reagent>, a/the <target> inhibitor" in one sentence. ``spans`` need ``start``,
    ``end``, ``label`` and ``entity_id``; the reagent must be a COMPOUND, the target a GENE
    or PATHWAY."""
    found: dict[str, tuple[str, int, str, tuple[str, ...]]] = {}
    ordered = sorted(spans, key=lambda s: s.start)
    for noun in REAGENT_NOUN.finditer(text):
        sign = 1 if _POSITIVE_NOUN.search(noun.group(0)) else -1
        target = next((s for s in reversed(ordered) if s.end <= noun.start() and s.label in ("GENE", "PATHWAY")
                       and re.fullmatch(r"(?:\s*[(（][A-Za-z0-9\-]{1,12}[)）])?"  # "NO-synthase (iNOS) inhibitor"
                                        # "cholecystokinin and its antagonist proglumide" (validation47_zh
                                        # ChinaXiv-201711.00393V1 reference title, gold proglumide inhibits CCK)
                                        r"(?:\s+and\s+(?:its|their)\s+)?"
                                        r"[\s\-]*(?:(?:信号)?(?:通路|途径|信号)|(?:signal\w*\s*)?pathway|"
                                        r"磷酸化|phosphorylation|(?:酪氨酸|丝氨酸/苏氨酸)?激酶|(?:(?:tyrosine|serine/threonine)\s+)?kinases?)?"
                                        r"[\s\-]*(?:的)?[\s\-]*", text[s.end:noun.start()])),
                      None)
        if target is None:
            continue
        # "a notch2/notch3 antagonist": the reagent targets the whole coordinated axis, whose
        # members the caller reads from the composite span
        target = next((s for s in ordered if getattr(s, "members", ()) and s.end == target.end
                       and s.start <= target.start), target)
        after = next((s for s in ordered if s.start >= noun.end() and s.label == "COMPOUND"
                      and re.fullmatch(r"[\s,，(（]*", text[noun.end():s.start])), None)
        if after is None and "\u4e00" <= noun.group(0)[0] <= "\u9fff":
            # an endogenous inhibitor named by its target in the same apposition: "WNT信号通路抑制剂DKK-1",
            # "WNT信号抑制剂Dkk1" (validation_zh, two papers): a gene product right after the Chinese noun
            # (no punctuation between: "PI3K抑制剂，AKT…" is a new clause). (The English "the Wnt antagonist
            # Dickkopf-1" is the same construction, left to the English typer's owners.)
            after = next((s for s in ordered if s.start >= noun.end() and s.label == "GENE"
                          and s.entity_id != target.entity_id and re.fullmatch(r"\s*", text[noun.end():s.start])), None)
        before = next((s for s in reversed(ordered) if s.end <= target.start and s.label == "COMPOUND"
                       and (re.fullmatch(r"\s*[,，(（]\s*(?:an?|the)?\s*(?:specific|selective|potent)?\s*",
                                         text[s.end:target.start], re.IGNORECASE)
                            or _IS_A.fullmatch(text[s.end:target.start]))), None)
        reagent = after or before
        if reagent is not None:
            found.setdefault(reagent.entity_id, (target.entity_id, sign, noun.group(0),
                                                 slash_listed(text, ordered, target)))
    return found


def slash_listed(text: str, ordered, target) -> tuple[str, ...]:
    """Ids of the genes listed with ``target`` by "/" right before it ("a notch2/notch3
    antagonist"): paralogs so listed form no composite axis (pathways.lists_paralogs), yet the
    reagent targets each of them. Empty when none."""
    listed: list[str] = []
    start = target.start
    for span in reversed(ordered):
        if span.end > start or span.label != "GENE":
            continue
        if not re.fullmatch(r"\s*/\s*", text[span.end:start]):
            break
        listed.insert(0, span.entity_id)
        start = span.start
    return tuple(listed)


# "添加PKC的特异性抑制剂极显著地抑制了EGF下调NaPi-IIb的表达" (ChinaXiv-201711.00762V1): the inhibitor of
# the target blocks Y's own action on a third entity, so Y acts via the target (GUIDELINES 5.4, the
# brief's "添加X的特异性抑制剂显著反转了EGF下调NaPi-IIb"). In Chinese the blocked effect is Y followed by
# its verb; then Y may be a gene or hormone (EGF), and 抑制(了) is a blocking verb as well
_ZH_BLOCK = lazy_re.compile(r"抑制了|抑制|阻断了?|逆转了?|消除了?|减弱了?|削弱了?|拮抗了?|取消了?")
_ZH_Y_ACTS = lazy_re.compile(r"\s*(?:对|下调|上调|诱导|引起|引发|促进|抑制|激活|降低|升高|增加|减少)")


def rescued(text: str, spans, reagents: dict[str, tuple]) -> set[tuple[str, str]]:
    """(Y entity id, the reagent's target id) pairs, for "<reagent> blocked/reversed (the effect of) Y"
    where the reagent's target is named in the sentence (``reagents`` from ``reagent_targets``), and
    for the Chinese "<target>的(特异性)抑制剂…抑制了/逆转了 Y 下调/诱导… Z" (Y's own action blocked)."""
    out: set[tuple[str, str]] = set()
    ordered = sorted(spans, key=lambda s: s.start)
    # where a reagent phrase ends, and its target: a named reagent, or "<target> inhibitor"
    # whose reagent the dictionaries do not know ("AMPK inhibitor compound C")
    phrases = [(s.end, reagents[s.entity_id][0]) for s in ordered if s.entity_id in reagents]
    for noun in REAGENT_NOUN.finditer(text):
        target = next((s for s in reversed(ordered) if s.end <= noun.start() and s.label in ("GENE", "PATHWAY")
                       and not text[s.end:noun.start()].strip(" -")), None)
        if target is not None:
            phrases.append((noun.end(), target.entity_id))
        elif not _POSITIVE_NOUN.search(noun.group(0)):
            target = next((s for s in reversed(ordered) if s.end <= noun.start() and s.label in ("GENE", "PATHWAY")
                           and re.fullmatch(r"\s*的\s*", text[s.end:noun.start()])), None)
            if target is not None:  # "PKC 的特异性抑制剂": the Chinese genitive before the noun
                # "MAPK/ERK1/2 的特异性抑制剂": the axis ending there, and each of its members
                axes = [a for a in ordered if getattr(a, "members", ()) and a.end == target.end and a.start <= target.start]
                for target_id in dict.fromkeys([target.entity_id, *(a.entity_id for a in axes),
                                                *(m for a in axes for m in a.members)]):
                    _blocked_action(text, ordered, noun.end(), target_id, out)
    for end, target_id in phrases:
        verb = RESCUE.search(text, end, end + 50)
        if verb is None or re.search(r"[,;，；。]", text[end:verb.start()]):
            _blocked_action(text, ordered, end, target_id, out)
            continue
        y = next((s for s in ordered if s.start >= verb.end() and s.label in ("HERB", "COMPOUND")), None)
        if y is not None and _EFFECT_OF.match(text[verb.end():y.start]):
            out.add((y.entity_id, target_id))
        else:
            _blocked_action(text, ordered, end, target_id, out)
    return out


def _blocked_action(text: str, ordered, end: int, target_id: str, out: set[tuple[str, str]]) -> None:
    """Add (Y, target) for "…抑制剂 [adverbs] 抑制了/逆转了 Y <verb>": the first mention after the blocking
    verb, in the same clause, followed by its own verb."""
    verb = _ZH_BLOCK.search(text, end, end + 24)
    if verb is None or re.search(r"[,;，；。]", text[end:verb.start()]):
        return
    y = next((s for s in ordered if s.start >= verb.end()), None)
    if y is None or y.entity_id == target_id or text[verb.end():y.start].strip() \
            or not _ZH_Y_ACTS.match(text, y.end):
        return
    out.add((y.entity_id, target_id))


# "imatinib mesylate, a kinase inhibitor that targets BCR-ABL and the PDGF receptor, is an
# effective inhibitor of … c-FMS", "X, a selective antagonist of Y", "X functions as an inhibitor of Y": the
# reagent (or gene) named by what it is; the noun's object is its target (GUIDELINES 5.4, 5.11 descriptors)
# (a plural apposition needs no article, and its subject may be a coordination, the other items blanked: "Spry 1 and
# Spry 2, negative regulators of Ras-Raf-Erk signaling", BioRED train PMID20105280)
_PREDICATED = lazy_re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?"
                              r"(?:,\s*|\s+(?:is|was|(?:acts|functions|serves) as|as|being)\s+)(?:an?|the)\s"
                              r"|^(?:\s*(?:,|\band\b|\bor\b))*\s*,\s+"
                              r"(?=(?:positive|negative)\s+(?:regulator|modulator)s\s+of\b)",
                              re.IGNORECASE)
# the role named in a second predicate of the same subject: "Deptor has recently been identified as an mTOR interacting
# protein and functions as an endogenous inhibitor of … TORC1 and TORC2" (validation_en PMID23362262)
_SECOND_PREDICATE = lazy_re.compile(r"^\s+(?:has|have|had|is|are|was|were)\b[^,;:.()]{0,80}?\s+and\s+"
                                    r"(?:is|was|(?:acts|functions|serves)\s+as)\s+(?:an?|the)\s", re.IGNORECASE)
# (stop 41: "negative/positive regulator (modulator) of", the English of 负调控因子/正调节因子: "Tmem64 is a positive
# modulator of osteoclast differentiation", validation39_en PMID23395171)
_NOUN_OF = lazy_re.compile(r"\b(?:(?P<pos>activators?|agonists?|inducers?|positive\s+(?:regulator|modulator)s?)|inhibitors?|"
                           r"antagonists?|blockers?|negative\s+(?:regulator|modulator)s?)\s+"
                           r"(?:of|that targets?|targeting)\b(?P<rest>[^;。；]*)$", re.IGNORECASE)


def inhibitor_of(between: str) -> int | None:
    """Sign of "<reagent>, a … inhibitor of/that targets … <target>" (``between``: the text from
    the reagent to the target, other mentions blanked), or None."""
    if not (_PREDICATED.match(between) or _SECOND_PREDICATE.match(between)):
        return None
    last = None
    for last in _NOUN_OF.finditer(between):
        pass
    if last is None or re.search(r"\b(?:inhibit|suppress|activat|induc|increas|decreas|reduc)\w*", last.group("rest"),
                                 re.IGNORECASE):
        return None
    if re.search(r"\b(?:via|through)\b|,\s*(?:(?:is|are|was|were|has|have|had)\b|isa\b|[a-z]+ed\b)", last.group("rest"),
                 re.IGNORECASE):
        # "a positive modulator of osteoclast differentiation via SERCA2-dependent …": the means, no object
        # (validation39_en PMID23395171); "DKK1, a negative regulator of Wnt signaling, is a target of the
        # beta-catenin/TCF pathway" (sample ChinaXiv-201801.00686V1, a reference title): the apposition closed,
        # the subject's predicate follows
        return None
    return 1 if last.group("pos") else -1


# "THB-S1是TGF-β的重要活化剂", "SOCS3是JAK的内源性抑制因子": the subject named by its role on the
# object (GUIDELINES 5.11, descriptors that state a role), the Chinese form of "X, an inhibitor of Y"
_ZH_COPULA = lazy_re.compile(r"\s*(?:蛋白|基因)?\s*(?:是|为|作为|属于)\s*(?:一种|一个)?\s*")
# (the object's activity may be named: "NFATc1是MyoD活性的负调节因子"; a negative regulator may be 负性/负向 and a 调节物)
_ZH_ROLE_NOUN = lazy_re.compile(r"\s*(?:信号通路|通路|信号|活性)?\s*(?:的\s*(?:[^，。；,;]{0,8}?))?(?P<noun>活化剂|激活剂|激动剂|诱导剂|促进剂|激活因子|"
                                r"正(?:性|向)?调[控节](?:因子|物)|抑制剂|拮抗剂|阻断剂|抑制因子|抑制蛋白|拮抗蛋白|拮抗因子|"
                                r"负(?:性|向)?调[控节](?:因子|物))")  # "RUBCN是一种自噬负调节因子"
_ZH_POSITIVE = lazy_re.compile(r"活化剂|激活剂|激动剂|诱导剂|促进剂|激活因子|正(?:性|向)?调[控节](?:因子|物)")


# The object may be a list, the role noun every item's ("是骨形成蛋白BMP-2、-4、-5、-6和-7的拮抗蛋白", validation_zh:
# gold Noggin inhibits BMP2 … BMP7): items before the target (with the list's head noun) and after it
_ZH_ITEM = r"-?[A-Za-z0-9][A-Za-z0-9\-αβγ]*"
_ZH_SEP = r"\s*(?:、|和|及|与|以及)\s*"
_ZH_ITEMS_BEFORE = lazy_re.compile(r"[^，。；,;、]{0,8}?(?:" + _ZH_ITEM + r"(?:" + _ZH_SEP + _ZH_ITEM + r")*" + _ZH_SEP + r")?-?$")
_ZH_ITEMS_AFTER = lazy_re.compile(r"(?:" + _ZH_ITEM + r")?(?:" + _ZH_SEP + _ZH_ITEM + r")*")  # "骨形成蛋白BMP-2、-4…"
# the copula of a second predicate of the same topic (a topic chain, Li & Thompson 1981 ch. 24): "Noggin蛋白是转化
# 生长因子超家族成员之一，是…的拮抗蛋白": the zero subject of the second 是 is the agent
_ZH_CHAINED_COPULA = lazy_re.compile(r"\s*(?:蛋白|基因)?\s*(?:是|为|作为|属于)[^，。；,;]{1,24}[，,]\s*(?:也|还|又)?\s*(?:是|为)\s*(?:一种|一个)?\s*")


# a bracketed gloss (full name or abbreviation) right after the agent, before its copula: "DKK1(Dikkopf-1)是WNT/β-catenin
# 信号通路的经典抑制剂" (validation_zh ChinaXiv-201712.01000V1), "Dickkopf-1(Dkk-1)是一种分泌型的内源性抑制蛋白" (sample
# ChinaXiv-201801.00686V1); cue_scope._COPULA reads the same gloss
_ZH_GLOSS = lazy_re.compile(r"\s*(?:[(（][^()（）]{1,30}[)）])?")


def role_noun_zh(text: str, agent_end: int, target_start: int, target_end: int) -> int | None:
    """Sign of "X是Y的(重要)活化剂/抑制剂" (the agent ending at ``agent_end``, the target at
    [target_start, target_end)), or None. Y may be an item of a list ("是BMP-2、-4和-7的拮抗蛋白"), and the
    copula that of a second predicate of X ("X是…之一，是Y的拮抗蛋白")."""
    gap = text[agent_end:target_start]
    gap = gap[_ZH_GLOSS.match(gap).end():]  # "DKK1(Dikkopf-1)是…": the agent's gloss stands before the copula
    if not _ZH_COPULA.fullmatch(gap):
        copula = _ZH_COPULA.match(gap) if "，" not in gap and "," not in gap else _ZH_CHAINED_COPULA.match(gap)
        if copula is None or not _ZH_ITEMS_BEFORE.fullmatch(gap[copula.end():]):
            return None
    after = _ZH_ITEMS_AFTER.match(text, target_end).end()
    after = _ZH_GLOSS.match(text, after).end()  # "ACC是肉毒碱棕榈酰转移酶-1(CPT-1)的抑制剂": the object's gloss
    found = _ZH_ROLE_NOUN.match(text, after)
    if found is None:
        return None
    return 1 if _ZH_POSITIVE.fullmatch(found.group("noun")) else -1

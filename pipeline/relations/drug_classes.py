"""A drug described by its class noun with a target: "X and Y are NK1 receptor antagonists".

Pharmacology texts name what a drug does by the class it belongs to, a noun phrase headed by
inhibitor / antagonist / blocker / agonist / activator whose modifier is the target
("NK1 receptor antagonist", "Bcl-2蛋白的小分子抑制剂", "蛋白酶体抑制剂"). inhibitor.py reads the
close forms ("PI3K 抑制剂 LY294002", "X, a Y inhibitor"); the same class noun also reaches the drug
through four other constructions, which corpus/gold/GUIDELINES.md 5.12 ("drug-class descriptors next
to a named drug") annotates alike — drug ``inhibits`` (inhibitor, antagonist, blocker) or
``activates`` (agonist, activator) the target:

* **predicative**, with a coordinated subject: "Rolapitant and netupitant are other NK1 receptor
  antagonists" (PMID23404093), "Dasatinib is a novel orally bioavailable SRC/ABL inhibitor"; the
  Chinese copula with its modifiers, "X 为首款口服蛋白酶体抑制剂", "X 是一种新型 Y 抑制剂". A Chinese
  clause without a subject after a comma continues the topic of the clause before (Li & Thompson
  1981, *Mandarin Chinese*, §24, zero anaphora in topic chains): "ixazomib则于2015年被批准上市,为首款
  口服蛋白酶体抑制剂" (ChinaXiv-201712.00999V1) — the drug opening the previous clause is the subject;
* **appositive class membership**: "Aprepitant, the first and only agent … in the NK1 receptor
  antagonist drug class" — the comma-set noun phrase predicates the class of the name (Quirk et al.
  1985, §17.65), the preposition (in/of/among) places it in the class;
* **list + 等 + class noun**, the Chinese exemplifying list ("A、B、C及D等 Y 的小分子抑制剂",
  ChinaXiv-201712.00999V1): 等 closes a list whose items are all members of the class after it
  (the head noun), so every listed drug gets the class's target;
* **examples after the class noun**: "NK1 receptor antagonists such as A and B", "PI3K抑制剂(LY294002、
  wortmannin)", and the partitive 其中 ("该类蛋白酶体抑制剂已有3个药物被批准…,其中硼替佐米…",
  ChinaXiv-201712.00999V1: 其中 "among them" picks members of the set just named).

The copula must be followed only by determiners and modifiers (no preposition: "X is used with the
Y antagonist" names no class of X), and the class noun must be right after the target (with the
usual 的, 蛋白, receptor, pathway words between).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_NOUN = lazy_re.compile(r"(?:特异性|选择性|特异)?(?P<zh>抑制剂|阻断剂|拮抗剂|激动剂|激活剂|活化剂)"
                        r"|\b(?P<en>inhibitors?|antagonists?|blockers?|agonists?|activators?)\b", re.IGNORECASE)
_POSITIVE = lazy_re.compile(r"激动剂|激活剂|活化剂|\bagonist|activator", re.IGNORECASE)  # "antagonist" is negative
# between the target and the class noun: pathway / kinase words, 的, and Chinese class modifiers
_ZH_MODIFIER = r"(?:小分子|特异性|选择性|高选择性|非选择性|口服|新型|强效|天然|竞争性|可逆|不可逆|内源性)"
_TARGET_GAP = lazy_re.compile(r"[\s\-]*(?:(?:信号)?(?:通路|途径)|(?:signal\w*\s*)?pathway|receptors?|(?:tyrosine\s+)?kinases?|"
                              r"蛋白|受体)?[\s\-]*(?:的)?\s*" + _ZH_MODIFIER + r"{0,2}\s*", re.IGNORECASE)
# a list separator between two drugs of a coordinated subject / an exemplifying list
_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|、|，|及|和|与|以及|或)\s*"
# up to two items the dictionaries do not know may stand between two drugs ("ABT-263、棉酚及obatoclax")
_LIST_SEP = lazy_re.compile(_SEP + r"(?:[^\s,，、;；。()（）]{2,20}" + _SEP + r"){0,2}", re.IGNORECASE)
_AFTER_SHORT_FORM = lazy_re.compile(r"\s*[)）]" + _SEP, re.IGNORECASE)
_ABBREVIATION_OPEN = lazy_re.compile(r"\s*[(（]\s*")  # "3-methyladenine (3-MA) and chloroquine (CQ)": a short form
_CODE = r"(?:\s*\([^()]{1,30}\))?"  # "Dasatinib (BMS-354825)"
_NO_PREP = r"(?!(?:with|to|by|than|of|for|in|on|from|and|or|that|which|not|used|given|combined)\b)"
# predicative: copula, then up to six determiners or modifiers (no preposition, no verb of use)
_EN_COPULA = lazy_re.compile(_CODE + r"\s+(?:is|are|was|were|remains?|represents?|acts?\s+as|serves?\s+as)\s+"
                             r"(?:" + _NO_PREP + r"[\w\-]+\s+){0,6}$", re.IGNORECASE)
# appositive membership: ", the/a … (in|of|among) the <class>"
_EN_APPOSITIVE = lazy_re.compile(_CODE + r"\s*,\s*(?:the|a|an)\s+(?:[\w\-]+\s+){0,8}?(?:in|of|among|from)\s+(?:the\s+|a\s+|an\s+)?$",
                                 re.IGNORECASE)
_EN_CLASS_AFTER = lazy_re.compile(r"\s+(?:drug\s+)?(?:class|family|group)\b", re.IGNORECASE)
# a determiner may carry an adjective of strength or kind with 的 ("是一个强有力的HMGR的竞争性抑制剂", validation45_zh
# ChinaXiv-201711.01011V1, gold lovastatin ``inhibits`` HMGCR)
_ZH_FIRST = r"(?:一种|一类|一个|首款|首个|第一个|第一种|新一代|新的|新型)?(?:(?:强有力|强效|有效|高效|潜在|重要|经典|天然)的)?" \
    + _ZH_MODIFIER + r"{0,2}"
_ZH_COPULA = lazy_re.compile(_CODE + r"\s*(?:是|为|作为|属于)\s*" + _ZH_FIRST + r"\s*$")
_ZH_LIST_END = lazy_re.compile(r"\s*等\s*$")
# a zero-subject clause: ",为/是 …" right after a comma
_ZH_ZERO_SUBJECT = lazy_re.compile(r"[,，]\s*(?:又|也|并|且|则)?\s*(?:是|为|作为|属于)\s*" + _ZH_FIRST + r"\s*$")
# examples after a plural class noun: "NK1 receptor antagonists such as A and B", "Y inhibitors (A, B)",
# the partitive "…Y抑制剂…，其中A…" (其中, "among them", names members of the set just named)
# (not a bare comma: "In the presence of p38 inhibitors, berberine failed to …" ends a fronted adverbial)
_EXAMPLES = lazy_re.compile(r"\s*,?\s*(?:\(\s*|（\s*|such\s+as\s+|including\s+|e\.g\.,?\s+|如\s*|包括\s*)", re.IGNORECASE)
_PARTITIVE = lazy_re.compile(r"[,，]\s*其中\s*")
_CLAUSE_OPENER = lazy_re.compile(r"(?:^|[,，;；。])\s*(?:其中|而|但|且|另外|此外)?\s*$")


def _target_before(text: str, ordered, noun_start: int):
    """The GENE/PATHWAY span the class noun starting at ``noun_start`` is headed by, or None."""
    for span in reversed(ordered):
        if span.end > noun_start:
            continue
        if span.label in ("GENE", "PATHWAY") and _TARGET_GAP.fullmatch(text[span.end:noun_start]):
            return span
        return None
    return None


def _listed_before(text: str, ordered, first) -> list:
    """``first`` and the COMPOUND spans coordinated before it ("Rolapitant and netupitant",
    "ABT-737、ABT-263、…及obatoclax")."""
    items = [first]
    for span in reversed(ordered):
        if span.end > items[0].start:
            continue
        if span.label != "COMPOUND" or not _LIST_SEP.fullmatch(text[span.end:items[0].start]):
            break
        items.insert(0, span)
    return items


def _subjects(text: str, ordered, target) -> list:
    """The drugs a class noun headed by ``target`` is predicated of: the COMPOUND (and the drugs
    coordinated with it) before ``target`` joined by a copula, an appositive "the … in the", or 等."""
    before = [s for s in ordered if s.end <= target.start]
    last = next((s for s in reversed(before) if s.label == "COMPOUND"), None)
    if last is None:
        return []
    gap = text[last.end:target.start]
    if any(s.start >= last.end for s in before):  # another mention in between
        return []
    if _EN_COPULA.fullmatch(gap) or _ZH_COPULA.fullmatch(gap) or _ZH_LIST_END.fullmatch(gap):
        return _listed_before(text, ordered, last)
    if _EN_APPOSITIVE.fullmatch(gap):
        return [last]
    return []


def _zero_subject(text: str, ordered, target) -> list:
    """"ixazomib则于2015年被批准上市,为首款口服蛋白酶体抑制剂": the drug opening the clause before a
    subjectless "，为/是 …" clause."""
    zero = _ZH_ZERO_SUBJECT.search(text, 0, target.start)
    if zero is None or zero.end() != target.start:
        return []
    clause_start = max(text.rfind(c, 0, zero.start()) for c in ",，;；。") + 1
    first = next((s for s in ordered if clause_start <= s.start < zero.start()), None)
    if first is None or first.label != "COMPOUND" or not _CLAUSE_OPENER.search(text[:first.start]) \
            or any(s.start < zero.start() and s.end > first.end and s.label == "COMPOUND" for s in ordered):
        return []
    return [first]


def _examples(text: str, ordered, noun_end: int, plural: bool) -> list:
    """The drugs listed as examples right after a class noun ending at ``noun_end`` ("… antagonists such
    as A and B", "…抑制剂(A、B)"), or after 其中 later in the sentence with no drug in between."""
    after = [s for s in ordered if s.start >= noun_end]
    first = next((s for s in after if s.label == "COMPOUND"), None)
    if first is None or any(s.start < first.start for s in after):
        return []
    gap = text[noun_end:first.start]
    if not ((plural and _EXAMPLES.fullmatch(gap)) or _PARTITIVE.search(gap) and re.search(r"其中\s*$", gap)
            and not re.search(r"[。;；]", gap)):
        return []
    items, short = [first], False
    for span in after[1:]:
        gap = text[items[-1].end:span.start]
        if span.entity_id == items[-1].entity_id and _ABBREVIATION_OPEN.fullmatch(gap):
            items[-1], short = span, True  # the item's short form in brackets: the list goes on after it
            continue
        if span.label != "COMPOUND" or not (_AFTER_SHORT_FORM if short else _LIST_SEP).fullmatch(gap):
            break
        items.append(span)
        short = False
    return items


def class_members(text: str, spans) -> dict[str, tuple[str, int, str, tuple[str, ...]]]:
    """Drug entity id -> (target entity id, sign, class noun, ()) for every drug the sentence ``text``
    names as a member of a "<target> inhibitor/antagonist/agonist" class by a copula, an appositive or a
    list with 等 (the shape of inhibitor.reagent_targets, whose result it extends). ``spans`` need
    ``start``, ``end``, ``label`` and ``entity_id``."""
    found: dict[str, tuple[str, int, str, tuple[str, ...]]] = {}
    ordered = sorted(spans, key=lambda s: s.start)
    for noun in _NOUN.finditer(text):
        target = _target_before(text, ordered, noun.start())
        if target is None:
            continue
        sign = 1 if _POSITIVE.search(noun.group(0)) else -1
        drugs = _subjects(text, ordered, target)
        if drugs and _EN_APPOSITIVE.fullmatch(text[drugs[-1].end:target.start]) \
                and not (noun.group(0).lower().endswith("s") or _EN_CLASS_AFTER.match(text, noun.end())):
            drugs = []  # "X, the first of the Y antagonists", "… in the Y antagonist drug class"; not "X, a dose of the Y antagonist"
        drugs = drugs or _zero_subject(text, ordered, target)
        plural = noun.group("zh") is not None or noun.group(0).lower().endswith("s")
        drugs = drugs + _examples(text, ordered, noun.end(), plural)
        for drug in drugs:
            found.setdefault(drug.entity_id, (target.entity_id, sign, noun.group(0), ()))
    return found

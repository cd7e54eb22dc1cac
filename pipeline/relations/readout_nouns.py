"""The read-out noun decides the label: an activity noun over a list makes each item's change an activity.

corpus/gold/GUIDELINES.md section 2 gives ``activates`` / ``inhibits`` when the text speaks of
activity and ``upregulates`` / ``downregulates`` when it speaks of expression, level or content. The
read-out noun is the head of the noun phrase the changed entity sits in; in an enumeration the head
distributes over every conjunct (Quirk et al. 1985, §13.60, coordinated premodifiers and appended
lists share their head), so in

* "significantly decreased activity of the antioxidant defence system (superoxide dismutase (SOD),
  catalase (CAT), glutathione peroxidase (GSH-Px) …)" (validation_en PMID23424207) every enzyme in the
  bracketed list is read by its activity, however deep the brackets nest;
* "increased in myocardial glutathione peroxidase, macromolecular biosynthesis and superoxide dismutase
  activities" (PMID16372366), "ET-1可以增加AcE及AngⅡ的活性" (ChinaXiv-201712.00990V1), "NF-kB
  transcriptional activity" (PMID26174316): the activity noun after the last conjunct heads the list.

effects.py's ``_ACTIVITY_BEFORE`` / ``_ACTIVITY_AFTER`` read one-word items only; these two functions
read multi-word items and bracketed lists. An entity inside an expression or level phrase is left to the
level rules (the nearer head wins: "expression of TNF-α, IL-6 and MPO activity" keeps TNF-α's level).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_LEVEL_WORD = lazy_re.compile(r"\b(?:expression|levels?|content|amount|mRNA|proteins?|production|secretion)\b|表达|水平|含量",
                              re.IGNORECASE)
_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|、|及|和|与|以及)\s*"
_ITEM = r"[^,，、;；。()（）等]{1,30}?"
_BRACKET = r"(?:\s*[(（][^()（）]{0,25}[)）])?"
# the list after the entity, then its head: "…, X and Y activities", "…及Y的活性", "NF-kB transcriptional activity"
# (the activity noun ends the phrase: "ALP和OPN等…活性相关标志物的mRNA表达" is a marker's expression)
_ACTIVITY_AFTER = lazy_re.compile(_BRACKET + r"(?:" + _SEP + _ITEM + _BRACKET + r"){0,4}?\s*(?:的)?\s*"
                                  r"(?:\b(?:transcriptional|enzymatic|enzyme|catalytic|kinase|DNA[\s\-]binding)\s+)?"
                                  r"(?:\bactivit(?:y|ies)\b|(?<!非)(?:活性|活力)(?!\s*(?:的|相关|标志|指标|物质|成分|(?:mRNA|基因|表达|水平|含量))))",
                                  re.IGNORECASE)
_VERB = lazy_re.compile(r"\b[a-z]+ed\b|\b(?!signal)[a-z]+ing\b|\b(?:was|were|is|are|by|in|of|to|for|with|from|on|at|as|that|which|against)\b"
                        r"|降低|升高|增加|减少|抑制|促进|上调|下调|激活|活化|使|导致|引起|影响")
# the last separator of an enumeration is a conjunction ("A, B and C activities", "A、B及C的活性"); a bare comma
# before the head's item joins two phrases, not two items ("…targeting tenascin-C, alkaline phosphatase activity")
_SEPARATOR = lazy_re.compile(r",\s*(?:and|or)\b|[,，、]|\band\b|\bor\b|以及|及|和|与", re.IGNORECASE)


_ACTIVITY_OF_ANY = lazy_re.compile(r"\bactivit(?:y|ies)\s+of\s+", re.IGNORECASE)
# where an item of the list starts: right after "of (the)" with at most one modifier ("activity of hepatic SOD"),
# or after a separator or an opening bracket with at most three ("…, colonic and caecal glutathione peroxidase")
_ITEM_START = lazy_re.compile(r"^(?:[a-z][\w\-]*\s+)?$|(?:[,，、(（]|\band\b|\bor\b)\s*(?:[a-z][\w\-]*\s+){0,3}$")


def in_activity_of_list(text: str, start: int, reach: int = 240) -> bool:
    """Is the entity at ``start`` inside the list that "activity of (the) …" governs ("activity of the
    antioxidant defence system (superoxide dismutase (SOD), catalase (CAT), …)", "activity of matrix
    metalloproteinase (MMP)-9 and -2, and urokinase plasminogen activator (u-PA)")? Everything between
    the noun and the entity is list material: names, brackets, commas, "and"; no verb, preposition or
    level word, no clause end."""
    window = text[max(0, start - reach):start]
    last = None
    for last in _ACTIVITY_OF_ANY.finditer(window):
        pass
    if last is None:
        return False
    between = window[last.end():]
    if re.search(r"[;；。:：]", between) or _LEVEL_WORD.search(between):
        return False
    between = re.sub(r"^the\s+", "", between, flags=re.IGNORECASE)
    if not _ITEM_START.search(between):
        return False  # "The Ras-GTPase activity of neurofibromin restrains ERK-dependent FGFR signaling"
    return not _VERB.search(between)


def heads_list_activity(text: str, end: int) -> bool:
    """Does an activity noun head the list the entity ending at ``end`` opens ("SOD, CAT and GPx
    activities", "AcE及AngⅡ的活性")? Items with a level word or a verb stop the list."""
    found = _ACTIVITY_AFTER.match(text, end)
    if found is None:
        return False
    between = text[end:found.start() + len(found.group(0))]
    words = re.sub(r"[(（][^()（）]*[)）]", "", between)
    separators = _SEPARATOR.findall(words)
    if separators and separators[-1] in (",", "，"):
        return False
    return not _LEVEL_WORD.search(words) and not _VERB.search(words)


def _in_level_phrase(text: str, start: int) -> bool:
    """A level word governs the entity at ``start`` through list material ("expression of Bax and …")."""
    window = text[max(0, start - 80):start]
    last = None
    for last in _LEVEL_WORD.finditer(window):
        pass
    return last is not None and not re.search(r"[;；。:：]", window[last.end():]) \
        and not _VERB.search(re.sub(r"^\s*(?:of|in)\s+(?:the\s+)?", " ", window[last.end():], flags=re.IGNORECASE))


# letters that match an ASCII letter only case-insensitively in ``re`` (İ ı ſ K), which ``str.lower`` keeps apart
_ODD_CASE = lazy_re.compile("[\u0130\u0131\u017f\u212a]")


def activity_readout(text: str, start: int, end: int) -> bool:
    """Is the entity ``text[start:end]`` read out by its activity through a list ("activity of the
    antioxidant defence system (SOD, CAT, …)", "SOD, CAT and GPx activities")? Both readings need an
    activity noun: a sentence without one (most) is answered before the level-phrase scan."""
    if "活性" not in text and "活力" not in text and "activit" not in text.lower() and _ODD_CASE.search(text) is None:
        return False
    if _in_level_phrase(text, start):
        return False
    return in_activity_of_list(text, start) or heads_list_activity(text, end)

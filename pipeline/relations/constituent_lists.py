"""Constituents named together: a sentence stating what a plant is made of pairs no two of its compounds.

"The phytochemical investigations showed the presence of cyclopeptid alkaloids, flavonoids (e.g.,
(-)-epicatechin, quercetin, kaempferol), tannins, sterols, terpenes, saponins" (validation44_en PMID23608240)
and "Chemical analysis of ethanol and aqueous extracts of meadowsweet has shown high content of … flavonoids and
tannins" (PMID27838807) state what the plant contains — a herb–compound ``contains`` each — and nothing of one
constituent on another. corpus/gold/GUIDELINES.md section 1 ("mere listing": names side by side state no
relation) and section 3 ("Only ``combined_with`` is used between two HERB/COMPOUND entities") leave such pairs
unannotated, and a class beside its examples ("flavonoids (e.g., quercetin)", "triterpenoids like betulinic
acid") is no pair either. Before this rule every two list members came out ``associated`` (40 of the 57 rows
of validation44_en; ~460 COMPOUND–COMPOUND ``associated`` false positives over the development sets against 8
true ones, none of them in a composition sentence).

The caller drops a COMPOUND–COMPOUND pair only when the sentence states composition (``states_composition``)
and the pair itself states nothing (``associated``, no cue, not negated): "A and B in combination" keeps its
``combined_with``. Composition is read from the words analytical phytochemistry reports with (contain,
constituents, isolated, identified, detected, presence of, content of, phytochemical …; 含有, 成分, 分离, 鉴定).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_COMPOSITION = lazy_re.compile(
    r"\bcontain(?:s|ed|ing)?\b|\bconstituents?\b|\bingredients?\b|\bisolated\b|\bidentified\b|\bdetected\b"
    r"|\bpresence of\b|\bcontents? of\b|\brich in\b|\bphytochemi\w*|\bchemical (?:analysis|composition|profile)"
    r"|含有|所含|成分|分离得到|分离出|鉴定出|检测到",
    re.IGNORECASE)


def states_composition(text: str) -> bool:
    """Does the sentence report what something is made of ("showed the presence of A, B and C",
    "A, B and C were detected in litchi pulp", "high content of flavonoids and tannins", 含有)?"""
    return bool(_COMPOSITION.search(text))


def listed_constituents(a_type: str, b_type: str, label: str, cue, negated: bool, text: str) -> bool:
    """Is this a pair of two compounds named side by side in a composition sentence, with nothing
    stated between them (the pair to drop)?"""
    return (a_type == b_type == "COMPOUND" and label == "associated" and cue is None and not negated
            and states_composition(text))


# what ends a list that a composition cue opens: a clause break (";", a full stop), a relative or subordinating word,
# or a finite verb of a new clause ("containing abundant flavonoids, including …, effectively suppressed azoxymethane
# (AOM)-induced …", validation39_en PMID23673480: a past tense or an effect verb ends the list); English only (a
# Chinese comma is a clause break: "番茄皂苷A是番茄中主要的皂苷成分,在原料中的含量为番茄红素的3倍")
_LIST_END = lazy_re.compile(r"[;；。，、\u4e00-\u9fff]|\.\s|\b(?:which|that|whereas|while|but|because|although|when|where|was|"
                            r"were|is|are|has|have|had|showed?|shown|indicated?|revealed?|suggest\w*|exhibit\w*|possess\w*|"
                            r"[a-z]{3,}ed|inhibit\w*|induc\w*|increas\w*|decreas\w*|reduc\w*|suppress\w*|promot\w*|"
                            r"enhanc\w*|activat\w*|prevent\w*|attenuat\w*|protect\w*)\b", re.IGNORECASE)
_BRACKETED = lazy_re.compile(r"\([^()]*\)")
MAX_LIST = 240  # characters from the cue to the item: a list longer than that is a paragraph of its own


def listed_after_cue(text: str, cue_end: int, start: int) -> bool:
    """Is the mention starting at ``start`` an item of the list a composition cue ending at ``cue_end`` opens?
    "showed the presence of cyclopeptid alkaloids, flavonoids (e.g., (-)-epicatechin, quercetin, …), tannins,
    sterols, terpenes" (validation44_en PMID23608240): every item is what the plant contains, though commas
    separate them from the cue. The text between holds items only: no clause break, relative word or
    finite verb outside brackets."""
    if start < cue_end or start - cue_end > MAX_LIST:
        return False
    gap = text[cue_end:start]
    while _BRACKETED.search(gap):
        gap = _BRACKETED.sub(" ", gap)
    return not _LIST_END.search(gap)

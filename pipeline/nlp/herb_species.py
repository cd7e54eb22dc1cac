"""A Chinese herb name inside the name of another species, told by the Latin binomial after it.

Chinese plant and animal names are built from shorter ones: a descriptive prefix or a second name
makes another species whose name holds a herb's name (紫茎泽兰 is the weed Ageratina / Eupatorium
adenophorum, not 泽兰 Herba Lycopi; 白花刺续断 is Acanthocalyx alba, not 续断 Dipsacus; 蒺藜苜蓿 is
Medicago truncatula, not 蒺藜 Tribulus; 核桃枝 is a walnut twig, Juglans, not 桃枝 Prunus). When the
segmenter does not know the longer name, the matcher takes the herb from inside it. Papers name a
species with its Latin binomial at first mention — "紫茎泽兰（Eupatorium adenophorum）",
"白花刺续断（Acanthocalyx alba）", "蒺藜苜蓿(Medicago truncatula)", and in the sample paper
ChinaXiv-202107.00008V2 "桑枝（Morus alba）、核桃枝（Juglans regia）" — so the binomial tells which
species the name before it is: when neither its genus nor its epithet is a word of the herb's own
Latin names (HERB's pharmaceutical name and synonyms: Herba Lycopi, Lycopus lucidus), the name
before the parenthesis is another organism and holds no herb (GUIDELINES 1.3: a herb is its HERB row).

A herb mention is read through a chain of herb mentions that touch it up to the parenthesis
(蒺藜|苜蓿(Medicago …): 苜蓿 Medicago sativa shares the genus and stays, 蒺藜 does not). The paper
keeps the name's sense (one sense per discourse: Gale, Church & Yarowsky 1992): the surface — the
chain of names when it holds two (蒺藜苜蓿, 海南龙血树), else the herb name with up to ``GLUED``
characters glued before it (紫茎泽兰, 花刺续断) — is dropped wherever it recurs in the document without a binomial ("紫茎泽兰提取物处理后").

Checked on the free ChinaXiv pool (67 papers, not tuned on): fires in 4 papers (紫茎泽兰, 白花刺续断,
蒺藜苜蓿, 海南龙血树 where 海南 was read as a herb) and keeps 滇龙胆（Gentiana rigescens）,
中间锦鸡儿（Caragana intermedia）, 海南龙血树's 龙血树 (Dracaena). Pure functions; the annotator
collects the surfaces over a document's Chinese paragraphs, then drops per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

GLUED = 2  # characters glued before the herb name kept in the surface (紫茎 of 紫茎泽兰)
_STEM = 5  # letters compared of a genus or epithet (Lycopus ~ Lycopi; ``same_stem``)
# the binomial right after the name: "（Eupatorium adenophorum", "(Medicago truncatula", "（ *Juglans regia"
# — not a citation: "青蒿(Peng etal.，2011)", "(Liu et al, 2011)" (ChinaXiv pool): no "et", no year
_BINOMIAL = lazy_re.compile(r"\s?[（(]\s?[*_]?([A-Z][a-z]{3,})\s+(?!et(?:al)?\b|and\b)([a-z]{3,})\b"
                            r"(?![^）)]{0,40}?(?:1[89]|20)\d\d)")
_LATIN_WORD = lazy_re.compile(r"[A-Za-z]{4,}")
_HAN = lazy_re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = lazy_re.compile(r"[\u4e00-\u9fff]+")


def latin_stems(names: Iterable[str]) -> frozenset[str]:
    """Every Latin-script word of 4+ letters in a herb's names, lower case: {"herba", "lycopi",
    "lycopus", "lucidus", …} for Herba Lycopi / Lycopus lucidus."""
    return frozenset(w.lower() for name in names for w in _LATIN_WORD.findall(name))


def same_stem(a: str, b: str) -> bool:
    """Two Latin words of one stem: a common prefix of ``_STEM`` letters, or of all but the last
    letter of the shorter (a genitive: Morus ~ Mori, Lycopus ~ Lycopi, Dipsacus ~ Dipsaci)."""
    a, b = a.lower(), b.lower()
    need = min(_STEM, min(len(a), len(b)) - 1)
    return a[:need] == b[:need]


def binomial_after(text: str, pos: int) -> tuple[str, str] | None:
    """(genus, epithet) of a Latin binomial opening a parenthesis at ``pos``, else None."""
    found = _BINOMIAL.match(text, pos)
    return (found.group(1), found.group(2)) if found else None


def _is_herb(m: Mention) -> bool:
    return m.label == "HERB" and not m.entity_id.startswith("FML:") and bool(_HAN_RUN.fullmatch(m.text))


def _chain_end(m: Mention, by_start: dict[int, Mention]) -> int:
    end = m.end
    while end in by_start and by_start[end].end > end:
        end = by_start[end].end
    return end


def _glued_start(text: str, start: int) -> int:
    k = start
    while k > 0 and start - k < GLUED and _HAN.match(text, k - 1):
        k -= 1
    return k


def other_species(text: str, mentions: list[Mention],
                  stems_of: Callable[[str], frozenset[str]]) -> list[tuple[str, str]]:
    """(herb id, surface) of each herb mention whose name, up to a Latin binomial, names another
    species: neither the binomial's genus nor its epithet is a stem of the herb's Latin names
    (``stems_of(entity_id)``; a herb without Latin names is not judged)."""
    herbs = [m for m in mentions if _is_herb(m)]
    by_start = {m.start: m for m in herbs}
    out = []
    for m in herbs:
        end = _chain_end(m, by_start)
        binomial = binomial_after(text, end)
        if binomial is None:
            continue
        stems = stems_of(m.entity_id)
        if not stems or any(same_stem(w, stem) for w in binomial for stem in stems):
            continue
        # 蒺藜苜蓿, 海南龙血树: the chain is the name; 紫茎泽兰: the characters glued before it
        out.append((m.entity_id, text[m.start if end > m.end else _glued_start(text, m.start):end]))
    return out


def drop_other_species(text: str, mentions: list[Mention], surfaces: Iterable[tuple[str, str]]) -> list[Mention]:
    """The mentions without the herb mentions that sit inside a surface the document names as
    another species (``other_species`` over all its paragraphs)."""
    surfaces = list(surfaces)
    if not surfaces:
        return mentions
    spans: dict[str, list[tuple[int, int]]] = {}
    for eid, surface in surfaces:
        for found in re.finditer(re.escape(surface), text):
            spans.setdefault(eid, []).append(found.span())
    if not spans:
        return mentions
    return [m for m in mentions if not (_is_herb(m) and any(a <= m.start and m.end <= b
                                                            for a, b in spans.get(m.entity_id, ())))]

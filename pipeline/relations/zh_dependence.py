"""Chinese "X依赖性Y" / "X依赖的Y": the dependence word as a premodifier of a noun, not a verb of means.

依赖 is a via cue (cues.py) as a verb with its object after it ("Nestin依赖Ras-Raf-ERK信号通路"). Followed by 性 or 的,
or by a head noun of a route or mechanism, it forms an attributive phrase ("X-dependent"): "自噬依赖性IL-1β分泌"
(autophagy-dependent IL-1β secretion), "Fas依赖性细胞凋亡", "凋亡蛋白酶依赖机制", "RAR依赖的信号通路", "FoxO依赖通路". The
phrase names the head by what it depends on: the modifier and the head are linked without a direction or a means
(GUIDELINES 2, ``associated``, as "X 介导的自噬"), the gold of the development texts reading it so each time
(validation44_zh ChinaXiv-201812.00140V1 IL1B–autophagy and ANXA2–autophagy, validation45_zh ChinaXiv-201711.01011V1
caspases–SIRT1, ChinaXiv-201812.00297V1 FAS–apoptosis, validation44_zh ChinaXiv-201711.00914V1 RAR–its targets,
validation_zh PPARG–NF-κB, FOXO–SIRT1). Read as a via cue it made the modifier act through the head ("autophagy ``via``
IL-1β"). The attributive word governs nothing: effects.scoped_cues drops it, and the pair is read as the rest of the
sentence states it.
"""

from __future__ import annotations

from pipeline import lazy_re

# 依赖 (not 非依赖/不依赖, a denied dependence the negation readers see) followed by the attributive 性/的, or right by a
# route or mechanism noun (no object between)
_ATTRIBUTIVE = lazy_re.compile(r"(?<![非不])依赖(?=\s*(?:性|的|途径|通路|信号|机制|方式|型))")


def attributive_starts(text: str) -> frozenset[int]:
    """Starts of 依赖 used as a premodifier ("自噬依赖性IL-1β分泌", "RAR依赖的信号通路"): no via cue."""
    if "依赖" not in text:
        return frozenset()
    return frozenset(m.start() for m in _ATTRIBUTIVE.finditer(text))

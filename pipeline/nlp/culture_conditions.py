"""高糖 (high glucose) given to cells is the compound glucose.

Chinese papers write the high-glucose culture condition as 高糖, without 葡萄糖: "高糖诱导的氧化应激和凋亡"
(review jin2025), "用高糖和高棕榈酸处理小鼠颅骨前成骨细胞" (review li2025), "高糖激活血管平滑肌细胞Wnt信号通路"
(validation ChinaXiv-201712.01205V1, 17 times). GUIDELINES 1.3 makes glucose an entity exactly there, "as an
administered treatment ('用高糖和高棕榈酸处理…', '高糖诱导的…凋亡'). Then they are CPD:glucose", but the
dictionary matcher sees no compound in 高糖 (糖 alone is any sugar), so the treatment had no mention and its
rows came only from the English abstract, when it had one.

Two uses of the word are no treatment: the medium named after its glucose content ("高糖DMEM培养基",
validation ChinaXiv-201712.00859V1; "DMEM高糖培养基", new_papers ChinaXiv-201801.00630V1; every methods section
has one) and a high-sugar diet ("高糖高脂喂养", li2025), where 糖 is sugar and the model, not the cells, is fed.
Pure functions over one paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

HIGH_GLUCOSE = "high-glucose"
# 高糖, not the medium after it (高糖DMEM, 高糖培养基/液, 高糖型) nor a diet (高糖高脂, 高糖饮食/喂养/饲料)
_HIGH_GLUCOSE = lazy_re.compile(
    r"高糖(?!\s*(?:型|DMEM|MEM|培养|高脂|饮食|膳食|喂养|饲料|饲养|食物|[,，、和及与]\s*高脂))")
# … nor the medium or diet written before it (DMEM高糖培养基, 高脂高糖饮食)
_MEDIUM_OR_DIET_BEFORE = lazy_re.compile(r"(?:DMEM|MEM|高脂(?:肪)?[,，、和及与]?)\s*$")
_GLUCOSE_NAME = "葡萄糖"


def high_glucose_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each 高糖 of ``text`` that names glucose given as a treatment."""
    if "高糖" not in text:
        return []
    return [(m.start(), m.end()) for m in _HIGH_GLUCOSE.finditer(text)
            if not _MEDIUM_OR_DIET_BEFORE.search(text, max(0, m.start() - 8), m.start())]


def high_glucose_mentions(text: str, mentions: list[Mention],
                          compound_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` plus a glucose mention (``compound_of("葡萄糖")``) at each treatment 高糖 that no other
    mention overlaps."""
    spans = high_glucose_spans(text)
    if not spans:
        return mentions
    glucose = compound_of(_GLUCOSE_NAME)
    if glucose is None:
        return mentions
    added = [Mention(s, e, glucose, "COMPOUND", HIGH_GLUCOSE, text[s:e]) for s, e in spans
             if not any(m.start < e and s < m.end for m in mentions)]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

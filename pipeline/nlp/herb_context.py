"""Herb preparations named after their herb: the span grows over the preparation words.

Papers name what they tested as a fraction or preparation of a herb: "Ginkgo biloba extract",
"total saponins of Panax notoginseng", "Astragalus injection", 三七总皂苷, 银杏叶提取物,
藤茶总黄酮. The mention is the herb's (its entity id): the preparation is linked to the herb it
is made from, and a definition right after it ("… (PNS)", "… (TS)") then defines the short
form as that herb (pipeline/nlp/abbreviations.py takes the mention that ends before the
parenthesis). Pure functions over one paragraph's text and mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.nlp.matcher import Mention

_PREPARATION = (
    r"extracts?|saponins?|saponin|flavonoids?|polysaccharides?|glycosides?|alkaloids?|"
    r"injection|decoction|granules?|capsules?|tablets?|powder|fraction"
)
_EN_AFTER = re.compile(
    r"(?: (?:leaf|leaves|root|roots|rhizome|seed|seeds|fruit|flower|flowers|bark|herb))?"
    r" (?:(?:aqueous|water|ethanol|ethanolic|methanol|methanolic|alcohol|total|crude|standardized|"
    r"standardised)\s)?(?:" + _PREPARATION + r")(?![\w-])",
    re.IGNORECASE,
)
_EN_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:total|crude|the) )?(?:" + _PREPARATION + r") (?:of|from) $", re.IGNORECASE
)
_ZH_AFTER = re.compile(
    r"(?:总皂苷|总黄酮|总生物碱|总多糖|总苷|皂苷|多糖|提取物|提取液|水提物|醇提物|水提液|"
    r"注射液|颗粒|胶囊|片|散剂|粉)"
)


# Processing methods (炮制) written before a herb: 炙甘草, 炒白术, 制附子, 焦山楂, 煅牡蛎.
PROCESSING = frozenset("炙炒制焦煅炮酒蜜醋")


def strip_processing(mentions: list[Mention], herb_of) -> list[Mention]:
    """A processed herb (炙甘草) is a mention of the herb (甘草) it is made from: the processing
    character is a modifier, as most TCM annotation schemes treat it (cshan TCM NER: 炙/炒/制
    are outside the herb span four times in five). ``herb_of(surface) -> entity id | None``."""
    out = []
    for m in mentions:
        if (
            m.label == "HERB"
            and len(m.text) > 2
            and m.text[0] in PROCESSING
            and not m.entity_id.startswith("FML:")
        ):
            base = herb_of(m.text[1:])
            if base is not None:
                m = replace(m, start=m.start + 1, text=m.text[1:], entity_id=base)
        out.append(m)
    return out


def extend_preparations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Herb mentions (not formulas) grown over the preparation words around them."""
    out: list[Mention] = []
    herbs = [m for m in mentions if m.label == "HERB" and not m.entity_id.startswith("FML:")]
    if not herbs:
        return mentions
    grown: dict[int, Mention] = {}
    for m in herbs:
        start, end = m.start, m.end
        after = (
            _ZH_AFTER.match(text, end)
            if "\u3400" <= text[end - 1] <= "\u9fff"
            else _EN_AFTER.match(text, end)
        )
        if after:
            end = after.end()
        before = _EN_BEFORE.search(text, max(0, start - 40), start)
        if before:
            start = before.start()
        if (start, end) != (m.start, m.end):
            grown[id(m)] = replace(m, start=start, end=end, text=text[start:end])
    if not grown:
        return mentions
    spans = list(grown.values())
    for m in mentions:
        if id(m) in grown:
            out.append(grown[id(m)])
        elif m.label == "COMPOUND" and any(g.start <= m.start and m.end <= g.end for g in spans):
            continue  # "saponins" of "total saponins of Panax notoginseng"
        elif any(g.start < m.end and m.start < g.end for g in spans):
            continue
        else:
            out.append(m)
    return sorted(out, key=lambda m: (m.start, -m.end))

"""Chinese formula names the dictionary lacks, found from their dosage-form suffix.

A paper on a proprietary medicine or a hospital prescription (肾衰营养胶囊, 痛泻安脾汤, 复方茵柏
颗粒, 固肠止泻丸) names it over and over, but most such names are in no formula database. The
name is a run of Chinese characters ending in a dosage form (胶囊, 颗粒, 口服液, 注射液, 汤, 丸,
散, 方 — the naming convention of the Chinese Pharmacopoeia for 中成药 and of 方剂 names). Where
the name starts is the hard part ("结果提示肾衰营养胶囊"), so a name is read only where it starts
right after a non-Chinese character: a heading ("2.1肾衰营养胶囊"), a title, a keyword list
("；肾衰营养胶囊"), a reference (".痛泻安脾汤"). Every occurrence of a name so found is then a
mention in the whole document, id ``FML:<name>`` (the id scheme of dictionaries/herbs.tsv), label
HERB. Preparations of one herb (黄芪注射液) stay the herb's (nlp/herb_context.py): a candidate
overlapping a mention already found is left alone. Pure functions.
"""

from __future__ import annotations

import re

from pipeline.dictionaries.schema import Entity
from pipeline.nlp.matcher import Mention

FORMULA_PREFIX = "FML:"
HOW = "formula-name"

_HAN = "\u4e00-\u9fff"
_SUFFIX = r"胶囊|颗粒|口服液|注射液|汤|丸|散|方"
# a stem of 2-8 characters, the shortest one (the first suffix ends the name), after a
# non-Chinese character or the start of the paragraph
_NAME = re.compile(rf"(?<![{_HAN}])([{_HAN}]{{2,8}}?(?:{_SUFFIX}))")
# words a stem cannot contain: verbs and function words that start a clause, not a name
_NOT_IN_STEM = re.compile(
    r"[的和与及或在是为用对由将被把从中后前等各其该本此]|提示|采用|结果|观察|研究|探讨|给予|治疗|"
    r"溶解|所得|吸入|细胞"
)
_NOT_AFTER = re.compile(r"[物剂法面向式案]")  # 颗粒物 (particulate matter), 汤剂, 方法 ...
# words ending in 方 that are no formula: 配方 处方 药方 组方 长方(形) 析因方(差) 立方 平方 正方 ...
_NOT_FORMULA_FANG = re.compile(r"[配处药秘组长因立平正双一地对]方$")


def candidate_names(text: str) -> set[str]:
    """Formula names written where they start after a non-Chinese character."""
    names = set()
    for m in _NAME.finditer(text):
        name = m.group(1)
        if _NOT_AFTER.match(text, m.end()):
            continue
        stem = re.sub(rf"(?:{_SUFFIX})$", "", name)
        if len(stem) < 2 or _NOT_IN_STEM.search(stem) or _NOT_FORMULA_FANG.search(name):
            continue
        names.add(name)
    # "受试药品肾衰营养胶囊" and "肾衰营养胶囊": the shorter is the name, the rest a word before it
    return {n for n in names if not any(o != n and n.endswith(o) for o in names)}


def formula_mentions(text: str, names: set[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus every occurrence of ``names`` in ``text`` that overlaps no mention."""
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            a, b = m.start(), m.end()
            if any(x.start < b and a < x.end for x in [*mentions, *found]):
                continue
            found.append(Mention(a, b, FORMULA_PREFIX + name, "HERB", HOW, name))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))


def formula_entity(name: str) -> Entity:
    """A dictionary-style entity for a formula named in the paper only."""
    return Entity(id=FORMULA_PREFIX + name, type="formula", name="", name_zh=name, source="paper")

"""The group a result is compared with is not the agent of the result.

Chinese results sections state a finding as a comparison of groups named after their treatment:
"O+B组(0.93±0.04)显著低于OXA组(1.30±0.03)", "与LPS组相比, …", "AOPPs+牛蒡子苷组GRP78…较AOPPs组明显
降低", "compared with the LPS group". The group after the comparator (低于/高于/较, 与…相比/比较,
compared with) is the baseline: the sentence says what the *other* group's treatment changed
relative to it, and nothing about what the baseline's treatment does (GUIDELINES 5.9: "与模型组
比较, X 组 Y 降低" is a statement about X; 5.11: comparisons between two treatment groups are not
statements about the baseline's treatment). A mention inside a baseline group name is no relation
partner of that sentence (relations/pairs.py ``sentence_pairs``); the same entity named elsewhere
in the sentence keeps its pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the rest of the group's name after the mention: "+B", "高剂量", " treatment", then 组 / group
# (组 not starting 组合/组成/组分/组织/组方/组间/组内: "与续断组合使用" is a combination, not a group;
# "比较每个PM2.5浓度组内…的差异" compares within groups)
_GROUP_REST = r"[^,，;；。:：、()（）\[\]组]{0,12}?"
_GROUP_ZH = _GROUP_REST + r"组(?![合成分织方建装件间内])"
_GROUP_EN = r"(?:[\s+\-/A-Za-z0-9]{0,16}?)\s+(?:treated\s+|treatment\s+)?groups?\b"
# the start of the group's name before the mention: "AOPPs+", "高剂量"
_NAME_START = r"[^,，;；。:：、()（）\[\]组]{0,12}"
_DIRECT_BEFORE = lazy_re.compile(
    r"(?:(?<!比)较|低于|高于|少于|多于|优于|差于|弱于|强于|不及|相比于|相对于|相较于|对比)\s*" + _NAME_START + r"$")
_WITH_BEFORE = lazy_re.compile(r"(?:与|和|同|跟)\s*" + _NAME_START + r"$")  # "与X组相比": needs 相比/比较 after
_COMPARE_AFTER = lazy_re.compile(_GROUP_ZH + r"\s*(?:相比较?|比较|对比|相较|比)")
_EN_BEFORE = lazy_re.compile(r"(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+|that\s+of\s+the\s+)?"
                             r"(?:[A-Za-z0-9\-+/]+\s*){0,2}$", re.IGNORECASE)


def may_name_baseline(text: str) -> bool:
    """False only when no mention of the sentence can be ``is_baseline_group``: each of its tests needs 组 or
    "group" after the mention (asked once per sentence, not once per mention)."""
    return "组" in text or "group" in text


def is_baseline_group(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] (part of) the name of the group a result is compared with?"""
    # each test reads the group's name after the mention first: it needs 组 (within the 13 characters of
    # _GROUP_ZH) or "group", which most mentions lack, while the searches before the mention try every
    # start of their window (the same answers: the order of two tests of a conjunction)
    zh_group = "组" in text[end:end + 13]
    before = text[max(0, start - 24):start] if zh_group else ""
    if zh_group and re.match(_GROUP_ZH, text[end:end + 16]) and _DIRECT_BEFORE.search(before):
        return True
    if zh_group and _COMPARE_AFTER.match(text, end) and _WITH_BEFORE.search(before):
        return True
    return bool("group" in text[end:end + 32] and re.match(_GROUP_EN, text[end:end + 32])
                and _EN_BEFORE.search(text[max(0, start - 40):start]))

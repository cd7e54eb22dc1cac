"""Treatment groups in Chinese results sentences (GUIDELINES 5.9 and 5.11 "Treatment groups").

"与模型组比较, X 组 Y 降低" states what X does to Y. Two readings of such sentences are not:

* **another group's segment** — "与MC组相比,MTX组Jagged1升高,TPT组Notch1、Jagged2升高": a group
  reads out the genes up to the next group named; Notch1 and Jagged2 belong to the TPT group.
* **a treated group against the normal control, beside the model group** — "与NC组相比,MC组、MTX组
  Notch3表达升高": the model group differs from normal controls as well; a treatment's effect is
  stated against the model, not the normal control (5.11: "comparisons … of a treated group
  with the normal control are not").

Pure functions over the sentence text and mention spans (``start``, ``end``, ``entity_id``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

_GROUP_AFTER = lazy_re.compile(r"\s*组")
# "与NC组相比", "与正常对照组比较", "和空白组相比": the baseline of the comparison
_COMPARED_WITH = lazy_re.compile(r"(?:与|和|较)\s*(?P<base>[^,，;；。与和]{1,12}?)\s*组\s*(?:相比|比较|对比|比)")
_NORMAL = lazy_re.compile(r"正常|空白|NC|[Nn]ormal|[Bb]lank")
_MODEL_GROUP = lazy_re.compile(r"(?:模型|MC|[Mm]odel)\s*(?:对照)?\s*组")
_SENTENCE_PART_END = lazy_re.compile(r"[;；。]")
# "…较AOPPs组明显升高", "与MC组相比": a group named as the baseline opens no segment of its own
_BASELINE_BEFORE = lazy_re.compile(r"(?:较|与|和|比|相对于?|相比于?)\s*$")


def is_group_label(text: str, span) -> bool:
    """Is the mention the name of a treatment group ("MTX组", "黄芪 组")?"""
    return bool(_GROUP_AFTER.match(text, span.end))


def other_group_between(text: str, spans, agent, target) -> bool:
    """Is the agent a group label and another group (another entity) named between it and a
    later target ("MTX组Jagged1升高,TPT组Notch1升高": Notch1 is the TPT group's read-out)? A group
    named as the baseline ("…较AOPPs组明显升高") opens no segment."""
    if agent.start >= target.start or not is_group_label(text, agent):
        return False
    return any(sp.entity_id not in (agent.entity_id, target.entity_id) and agent.end <= sp.start
               and sp.end <= target.start and is_group_label(text, sp)
               and not _BASELINE_BEFORE.search(text, max(0, sp.start - 6), sp.start) for sp in spans)


def normal_baseline_beside_model(text: str, agent_start: int) -> bool:
    """Is the group at ``agent_start`` compared with the normal (or blank) control while the
    model group is compared with it in the same clause ("与NC组相比,MC组、MTX组…升高")?"""
    last = None
    for m in _COMPARED_WITH.finditer(text, 0, agent_start):
        last = m
    if last is None or _SENTENCE_PART_END.search(text, last.end(), agent_start):
        return False
    return bool(_NORMAL.search(last.group("base"))) and bool(_MODEL_GROUP.search(text, last.end(), agent_start))


# "Compared with cells treated with oxaliplatin alone, the cells treated with both BAF and
# oxaliplatin showed …", "与单用奥沙利铂组相比": the drug given alone is the baseline; the
# differences are the added agent's
_COMPARED_EN = lazy_re.compile(r"compared\s*(?:with|to)\b[^,;.]{0,60}?$", re.IGNORECASE)
_ALONE_EN = lazy_re.compile(r"\s*alone\b", re.IGNORECASE)
_ALONE_ZH = lazy_re.compile(r"(?:与|和|较)\s*(?:单用|单独使用|单独|单纯)\s*$")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def baseline_alone(text: str, agent_text: str) -> bool:
    """Is the agent (as written) the drug given alone in the baseline of a comparison?"""
    if not agent_text:
        return False
    if "单" not in text and "alone" not in text.lower():
        return False  # neither pattern can match (their words: "alone"; 单用, 单独, 单纯), whatever the agent
    for m in re.finditer(re.escape(agent_text), text, re.IGNORECASE):
        if _ALONE_EN.match(text, m.end()) and _COMPARED_EN.search(text, max(0, m.start() - 70), m.start()):
            return True
        if _ALONE_ZH.search(text, max(0, m.start() - 8), m.start()):
            return True
    return False

"""Chinese causative 使 with a change of state: "A 使 X 磷酸化 / 活化 / 失活".

Mandarin marks the cause of a change of state with the causative verb 使 (使得, 可使, 能使): "A 使 X
V" is "A makes X V" (Li & Thompson, *Mandarin Chinese*, 1981, ch. 17 on causative constructions). The
effect word after the object is then X's own predicate, and its subject A is the agent:
"AOPP-BSA能使细胞p38 MAPK磷酸化" (new_papers_zh ChinaXiv-201801.00669V1, gold AOPP ``activates`` p38),
"Obatoclax可同时抑制Bcl-2与Bax…的结合,使促凋亡蛋白Bim发生磷酸化" (validation_zh ChinaXiv-201712.00999V1,
gold obatoclax ``activates`` Bim). Phosphorylation and activation are ``activates`` (GUIDELINES 5.12:
"a higher level of a phosphorylated protein is activates"; section 2: activity and activation);
dephosphorylation and inactivation are ``inhibits``.

The cue words before the object (抑制 in the obatoclax sentence) govern the earlier clause's objects,
not X: without this reading the nearest earlier verb was taken for X's.
"""

from __future__ import annotations

import re

# 使 (使得, 可使, 能使) and what may stand between it and the object's name: a cell or tissue word, a role
# descriptor ("促凋亡蛋白"), no verb of its own and no clause break
_CAUSATIVE_BEFORE = re.compile(r"使(?:得)?(?:[^，,。；;：:！？!?\s]{0,10}?)\s*$")
_NOT_BETWEEN = re.compile(r"抑制|激活|促进|降低|升高|增加|减少|诱导|通过|结合|表达")
# the change of state right after the object: "(蛋白)(发生|被)(去)磷酸化 / 活化 / 激活 / 失活"
_CHANGE_AFTER = re.compile(r"^\s*(?:蛋白|激酶|受体)?\s*(?:的)?(?:发生|被|出现)?\s*"
                           r"(?:(?P<down>去磷酸化|脱磷酸化|失活)|(?P<up>磷酸化|活化|激活))"
                           # intransitive: the clause ends or goes on to a consequence ("使得EGF激活ERK1/2": EGF is
                           # the subject of a transitive 激活, not the object changed)
                           r"(?=\s*(?:$|[,，;；。:：)）、]|来|从而|进而|并|而|后|以|水平|程度))")


def caused_change(text: str, target_start: int, target_end: int) -> tuple[int, int, int] | None:
    """(sign, start, end) of the change of state the causative 使 gives the mention ``text[target_start:
    target_end]`` ("使Bim发生磷酸化": +1, the span of 磷酸化), or None."""
    before = _CAUSATIVE_BEFORE.search(text, max(0, target_start - 14), target_start)
    if before is None or _NOT_BETWEEN.search(before.group(0)):
        return None
    after = _CHANGE_AFTER.match(text[target_end:target_end + 16])
    if after is None:
        return None
    name = "down" if after.group("down") else "up"
    return (-1 if name == "down" else 1), target_end + after.start(name), target_end + after.end(name)


def causative_start(text: str, target_start: int) -> int | None:
    """Where the 使 before the mention starts (``caused_change`` found it), or None."""
    before = _CAUSATIVE_BEFORE.search(text, max(0, target_start - 14), target_start)
    return before.start() if before else None

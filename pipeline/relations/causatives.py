"""Chinese causative 使 with a change of state: "A 使 X 磷酸化 / 活化 / 失活".

Mandarin marks the cause of a change of state with the causative verb 使 (使得, 可使, 能使): "A 使 X
V" is "A makes X V" (Li & Thompson, *Mandarin Chinese*, 1981, ch. 17 on causative constructions). The
effect word after the object is then X's own predicate, and its subject A is the agent:
"AOPP-BSA能使细胞p38 MAPK磷酸化" (new_papers_zh ChinaXiv-201801.00669V1, gold AOPP ``activates`` p38),
"Obatoclax可同时抑制Bcl-2与Bax…的结合,使促凋亡蛋白Bim发生磷酸化" (validation_zh ChinaXiv-201712.00999V1,
gold obatoclax ``activates`` Bim). Phosphorylation and activation are ``activates`` (GUIDELINES 5.12:
"a higher level of a phosphorylated protein is activates"; section 2: activity and activation);
dephosphorylation and inactivation are ``inhibits``. A change of level after the object ("能使CyclinD1表达
增多", validation_zh ChinaXiv-201712.00947V1) is up-/downregulation, and "使X受到抑制" an inhibition.

A gene or pathway is the causer only when it is a subject (``gene_subject``): "IKK复合物使IkB磷酸化"
(validation_zh ChinaXiv-201812.00711V1), "BMPs和受体结合,使Smad1/5/8磷酸化" (new_papers_zh
ChinaXiv-201803.00487V1). A gene that is the object of an earlier verb is not ("抑制Mcl-1与Bak的结合,使Bim
发生磷酸化": the compound subject makes Bim change), so the gene must open its clause with no effect verb
before it, and every other name between it and 使 must be an object of a verb of its own clause.

The cue words before the object (抑制 in the obatoclax sentence) govern the earlier clause's objects,
not X: without this reading the nearest earlier verb was taken for X's.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations.cues import EFFECT_CLASSES, clause_breaks, find_cues
from pipeline.relations.roles import inactivating_phosphorylation
from pipeline.relations.sentence_memo import per_sentence

# 使 (使得, 可使, 能使) and what may stand between it and the object's name: a cell or tissue word, a role
# descriptor ("促凋亡蛋白"), no verb of its own and no clause break
_CAUSATIVE_BEFORE = lazy_re.compile(r"使(?:得)?(?:[^，,。；;：:！？!?\s]{0,10}?)\s*$")
_NOT_BETWEEN = lazy_re.compile(r"抑制|激活|促进|降低|升高|增加|减少|诱导|通过|结合|表达")
# the change of state right after the object: "(蛋白)(发生|被)(去)磷酸化 / 活化 / 激活 / 失活", "(受到|被)抑制"
_CHANGE_AFTER = lazy_re.compile(r"^\s*(?:蛋白|激酶|受体)?\s*(?:的)?(?:发生|被|出现|受到)?\s*"
                                # losing its activity is inactivation: "使PARP失去其酶活力" (new_papers_zh ChinaXiv-201707.00654V1,
                                # gold CASP3 inhibits PARP), "使之失去水解ATP的能力" (free ChinaXiv pool, another paper)
                                r"(?:(?P<down>去磷酸化|脱磷酸化|失活|抑制|失去(?:了)?(?:其|自身的?)?[^，,。；;]{0,8}?(?:活性|活力|功能|能力))"
                                r"|(?P<up>磷酸化|活化|激活)"
                                # a change of level: "使CyclinD1表达增多" (GUIDELINES 5: expression is up-/downregulates)
                                r"|(?:(?:mRNA|蛋白)?(?:的)?(?:表达|水平|含量)(?:量|水平)?)\s*(?:显著|明显)?"
                                r"(?:(?P<lvdown>降低|下降|减少|下调)|(?P<lvup>增多|增加|升高|上调|增高)))"
                                # intransitive: the clause ends or goes on to a consequence ("使得EGF激活ERK1/2": EGF is
                                # the subject of a transitive 激活, not the object changed)
                                r"(?=\s*(?:$|[,，;；。:：)）、]|来|从而|进而|并|而|后|以|水平|程度))")
_KINDS = {"down": (-1, "inhibit"), "up": (1, "activate"), "lvdown": (-1, "down"), "lvup": (1, "up")}


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def caused_change(text: str, target_start: int, target_end: int) -> tuple[int, int, int, str] | None:
    """(sign, start, end, kind) of the change of state the causative 使 gives the mention ``text[target_start:
    target_end]`` ("使Bim发生磷酸化": +1, the span of 磷酸化, "activate"; "使CyclinD1表达增多": +1, 增多, "up"),
    or None."""
    before = _CAUSATIVE_BEFORE.search(text, max(0, target_start - 14), target_start)
    if before is None or _NOT_BETWEEN.search(before.group(0)):
        return None
    after = _CHANGE_AFTER.match(text[target_end:target_end + 24])
    if after is None:
        return None
    name = next(k for k in _KINDS if after.group(k))
    if name == "up" and inactivating_phosphorylation(text, target_end):
        name = "down"  # "使自噬起始激酶ULK1磷酸化并使其失活" (roles.inactivating_phosphorylation)
    sign, kind = _KINDS[name]
    return sign, target_end + after.start(name), target_end + after.end(name), kind


def change_at(text: str, end: int) -> tuple[int, int, int, str] | None:
    """(sign, start, end, kind) of the change of state right after ``end`` (the end of an object that is no mention: the
    pronoun of "使其磷酸化"), as ``caused_change`` reads it after a named object; or None."""
    after = _CHANGE_AFTER.match(text[end:end + 24])
    if after is None:
        return None
    name = next(k for k in _KINDS if after.group(k))
    if name == "up" and inactivating_phosphorylation(text, end):
        name = "down"
    sign, kind = _KINDS[name]
    return sign, end + after.start(name), end + after.end(name), kind


def causative_start(text: str, target_start: int) -> int | None:
    """Where the 使 before the mention starts (``caused_change`` found it), or None."""
    before = _CAUSATIVE_BEFORE.search(text, max(0, target_start - 14), target_start)
    return before.start() if before else None


_COORDINATOR = lazy_re.compile(r"^\s*(?:、|和|与|及|以及|,|，)\s*$")


def _has_effect_cue(piece: str) -> bool:
    return any(c.kind in EFFECT_CLASSES for c in find_cues(piece))


def gene_subject(text: str, clause_start: int, agent_start: int, agent_end: int, causative_at: int,
                 between: list[tuple[int, int]]) -> bool:
    """Is the gene ``text[agent_start:agent_end]`` the subject that 使 (at ``causative_at``) continues?
    No effect verb stands before it in its clause (it is no object), and each name in ``between`` (the
    mentions between the gene and 使) is either listed with the gene ("IRAK1、IRAK2") or the object of an
    effect verb of its own clause ("PKA具有抑制…Bad表达及增加…Bcl-2表达,…而且能使CyclinD1表达增多")."""
    if _has_effect_cue(text[clause_start:agent_start]):
        return False
    breaks = clause_breaks(text)
    last_end = agent_end
    for start, end in sorted(between):
        if _COORDINATOR.match(text[last_end:start]) and not any(last_end <= b < start for b in breaks):
            last_end = end
            continue  # listed with the subject
        lo = max([agent_end, *(b + 1 for b in breaks if b < start)])
        if not _has_effect_cue(text[lo:start]):
            return False
        last_end = end
    return causative_at >= agent_end

"""A Chinese role noun right before a name, its object right before the noun: "SREBP-1c的协同激活剂PGC-1β",
"Wnt/β catenin信号负性调控因子糖原合成激酶3β", "ATGL及其共激活剂CGI-58".

The noun phrase "<Y>(的)<role noun><X>" introduces X by what it does to Y — X is Y's (co-)activator or negative
regulator — the prenominal form of the copula "X是Y的激活剂" that inhibitor.role_noun_zh reads (GUIDELINES 5.11:
descriptors that state a role type the pair; 5.4: "<target> inhibitor <reagent>"). Chinese puts such a descriptor
before the head name without a copula (a 偏正 noun phrase, Zhu Dexi, 《语法讲义》, 1982, 4.2), so no verb of the
sentence connects X and Y and the pair stayed ``associated``: stop 47 found it in validation44_zh
("p38MAPK通过下调SREBP-1c和SREBP-1c的协同激活剂PGC-1β的转录作用…", "…Wnt/β catenin信号负性调控因子糖原合成激酶3β
(glycogen synthase kinase3β,GSK3β)的表达", ChinaXiv-201711.00914V1) and validation45_zh ("比目鱼肌ATGL及其共激活剂
比较基因识别-58(comparative gene identification-58,CGI-58)蛋白质表达量的提高", ChinaXiv-201711.01377V1).

Only the noun right between the two names: a verb before Y ("抑制Y的激活剂X" still names X as Y's activator) is the
sentence's business with Y, not with this pair. role_nouns.py takes the effect word of such nouns out of the verbs.
"""

from __future__ import annotations

from pipeline import lazy_re

_ACTIVATOR = r"(?:激活剂|活化剂|激动剂|激活因子|活化因子|激活蛋白)"
_POSITIVE_REGULATOR = r"(?:正性|正向|正)调[控节](?:因子|蛋白|物)"
_POSITIVE = r"(?:协同|共|辅助|辅)?" + _ACTIVATOR + "|" + _POSITIVE_REGULATOR
_NEGATIVE = r"抑制剂|抑制因子|抑制蛋白|拮抗剂|拮抗蛋白|(?:负性|负向|负)调[控节](?:因子|蛋白|物)"
# from Y's end to X's start: Y's gloss, its head (信号, 通路, 活性), 的 / 及其 "and its", a modifier, the role noun
_BETWEEN = lazy_re.compile(r"^\s*(?:[(（][^()（）]{0,60}[)）])?\s*(?:信号通路|信号|通路|活性)?\s*(?:的|及其|和其|与其)?\s*"
                           r"(?:主要|重要|关键|内源性|特异性|经典|天然)?\s*"
                           r"(?:(?P<up>" + _POSITIVE + r")|(?P<down>" + _NEGATIVE + r"))\s*"
                           # X named by a long form the dictionary lacks, its mention in the gloss after it
                           # ("共激活剂比较基因识别-58(comparative gene identification-58,CGI-58)")
                           r"(?:[^，。；,;()（）\s]{1,16}\s*[(（](?:[^()（）]{0,60}?[,，]\s*)?)?$")
# _POSITIVE and _NEGATIVE without the optional co- prefix (协同, 共, 辅): every match of theirs holds a match of this,
# so a search finds one exactly when it finds one of theirs. A pattern that can open with nothing has no first
# character for the engine to skip ahead by and is tried at every character of the sentence, once per pair
# (1.6 % of process_file on the 16x benchmark corpus, stop 48); this one opens with one of 激活拮抑正负.
_MAY_NAME = lazy_re.compile(_ACTIVATOR + "|" + _POSITIVE_REGULATOR + "|" + _NEGATIVE)


def may_name_role(text: str) -> bool:
    """Does the sentence hold a role noun at all (``role_before`` needs one)?"""
    return _MAY_NAME.search(text) is not None


def role_before(gap: str) -> tuple[int, int, int] | None:
    """(sign, start, end) of the role noun filling ``gap``, the raw text from the object Y's end to the named X's
    start ("的协同激活剂", "信号负性调控因子", "及其共激活剂"): +1 an activator, -1 an inhibitor or negative regulator;
    None when the gap is anything else."""
    found = _BETWEEN.match(gap)
    if found is None:
        return None
    group = "up" if found.group("up") else "down"
    return (1 if group == "up" else -1), found.start(group), found.end(group)

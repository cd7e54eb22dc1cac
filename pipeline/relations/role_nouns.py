"""Chinese effect words inside a role noun that names the mention after it: "凋亡抑制子Bcl-2", "翻译抑制蛋白4E-BPs",
"抑制因子IKB", "抑制凋亡因子Bcl-2表达增加".

An effect verb followed by a role head (子, 因子, 蛋白, 分子, 基因) forms an agent noun: 抑制子/抑制因子/抑制蛋白 is
"inhibitor", 激活因子 "activator", 诱导因子 "inducer" (a verb–noun compound naming the doer; Zhu Dexi, 《语法讲义》,
1982, 4.2 on 偏正 compounds with a verbal modifier). Put right before a name, with or without the process it acts on
("凋亡抑制子", "翻译抑制蛋白", "免疫抑制因子", "自噬诱导因子"), the noun introduces the name by its role, like the
apoptosis descriptors of roles.role_descriptor ("抗凋亡蛋白Bcl-2"). No subject acts on anything in it, so its effect
word must not type a pair: read as a verb it made "…Bax、凋亡抑制子Bcl-2和…Caspase-3在整个泌乳期都表达" BAX ``inhibits``
BCL2 (validation38_zh ChinaXiv-201711.01073V1), "P70S6K,EIF4E及翻译抑制蛋白4E-BPs" EIF4E–4E-BPs ``inhibits``
(ChinaXiv-201712.01150V1). The same nouns recur across papers, always as role nouns: "Wnt通路内源性抑制蛋白DKK-1"
(new_papers_zh, free ChinaXiv pool twice), "肿瘤抑制蛋白APC", "免疫抑制因子PD-1", "核因子kB抑制蛋白α", "自噬诱导因子Atg8",
"辅助转录激活因子 p300", "肿瘤抑制因子p53" (free pool and sample papers: 10 uses, none a verb).

The same noun without a name after it is a list item or a clause's last word ("p38丝裂原活化蛋白激酶酶、c-Jun氨基末端激酶、
活化蛋白以及NF-κB", validation_zh ChinaXiv-201812.00711V1, where it made p38 and JNK ``activate`` NF-κB; "与许多辅助活化因子和辅助
抑制因子协同作用", ChinaXiv-201711.00749V1): a verb whose object is a protein goes on with the object's head or event
("抑制蛋白质合成", "抑制蛋白表达"), which keeps its cue. A copula's complement before a comma ("Dkk-1是一种…内源性抑制蛋白,
可结合于…") keeps it too: it states the subject's role in what the clauses after it say.

The verb followed by a process and then the head ("抑制凋亡因子Bcl-2") reads either way ("Fasudil可抑制凋亡因子Bax的
表达" is a verb with its object): it is a role noun only when it opens its clause or list item and the named gene
has its own change predicate after it ("…,抑制凋亡因子Bcl-2表达增加,", validation38_zh ChinaXiv-201712.00232V1,
where it made ATG5/BECN1 ``downregulate`` BCL2 and turned fasudil's upregulation into downregulation).

The process-before-head form names the gene's relation to the process it is known for, which roles.role_descriptor
reads for apoptosis; this module only takes the effect word out of the verbs (effects.scoped_cues).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_EFFECT_WORD = lazy_re.compile(r"(?:抑制|激活|活化|促进|诱导)$")
_HEAD = r"(?:因子|蛋白|分子|基因|子)"
# the head right after the effect word ("抑制子", "抑制蛋白"): an agent noun wherever it stands
_HEAD_AFTER = lazy_re.compile(r"\s*" + _HEAD + r"(?!质)\s*")
# a process between the effect word and the head ("抑制凋亡因子"): a role noun only in the conditions above
_PROCESS_HEAD_AFTER = lazy_re.compile(r"(?:细胞)?(?:凋亡|调亡|自噬|增殖|分化|炎症|肿瘤)(?:的)?" + _HEAD + r"\s*")
_OPENS_ITEM = lazy_re.compile(r"(?:^|[,，;；、:：(（]|和|及|与|如)\s*$")
# the noun ends a list item ("…、活化蛋白以及NF-κB", "与许多辅助活化因子和辅助抑制因子协同作用", validation_zh
# ChinaXiv-201812.00711V1, -201711.00749V1): a verb with 蛋白/因子 as its object goes on with the object's head or event
# ("抑制蛋白质合成", "抑制蛋白表达"). Not a clause's last word: the complement of a copula ("Dkk-1是一种分泌型的内源性抑制
# 蛋白,可结合于Wnt受体LRP5及LRP6并干扰…", sample ChinaXiv-201801.00686V1) states the subject's role in what its clause goes
# on to say, which the typer reads off that word
_ITEM_END = lazy_re.compile(r"(?:以及|及|和|与|等|协同|共同|、)")
# a name's own start: Latin letters, digits, Greek ("4E-BPs", "Bcl-2", "κB")
_NAME_START = lazy_re.compile(r"[A-Za-z0-9αβγδκ]")
# the named gene's own change predicate in its clause: "Bcl-2表达增加", "Bcl-2水平显著降低"
_OWN_CHANGE = lazy_re.compile(r"[^,，;；。]{0,6}?(?:mRNA|蛋白)?(?:的)?(?:表达|水平|含量)(?:量)?[^,，;；。]{0,6}?"
                              r"(?:增加|升高|增高|上调|降低|下降|下调|减少)")


# the role noun's own object written before it, no mention ("TSC2是GTPase激活蛋白,可使Rheb-GTP水解形成Rheb-GDP状态,从而失活",
# validation47_zh ChinaXiv-201711.00393V1; "TSC2是一种GTPase激活蛋白,是mTOR信号的负调节物", validation45_zh
# ChinaXiv-201711.01011V1; gold TSC2 ``inhibits`` RHEB and MTOR): a GTPase-activating protein activates the GTPase
# (the object incorporated into the compound, Zhu Dexi 1982 4.2), nothing the clauses after it name
_OBJECT_BEFORE = lazy_re.compile(r"(?:[A-Za-z]{2,}|酶)\s*$")


def _names_at(text: str, offset: int, spans) -> bool:
    """Does a name start at ``offset`` (a mention, or a Latin/Greek/digit word)?"""
    return any(sp.start == offset for sp in spans) or bool(_NAME_START.match(text, offset))


def role_noun_cues(text: str, cues, spans) -> frozenset[int]:
    """Starts of the cues (``start``, ``end``, ``text``) that are the effect word of a role noun naming the mention
    right after it ("凋亡抑制子Bcl-2", "抑制因子IKB"; "抑制凋亡因子Bcl-2表达增加" at the opening of its clause). The
    head must not be the start of a mention itself ("抑制蛋白激酶C": 蛋白激酶C is the object)."""
    out = set()
    for c in cues:
        if not _EFFECT_WORD.search(c.text):
            continue
        head = _HEAD_AFTER.match(text, c.end)
        if head is not None:
            if not any(sp.start <= c.end < sp.end for sp in spans) and (
                    _names_at(text, head.end(), spans) or _ITEM_END.match(text, head.end())
                    or (_OBJECT_BEFORE.search(text, max(0, c.start - 12), c.start)
                        and not any(sp.start < c.start <= sp.end for sp in spans))):
                out.add(c.start)
            continue
        role = _PROCESS_HEAD_AFTER.match(text, c.end)
        if role is None or not _names_at(text, role.end(), spans) or \
                not _OPENS_ITEM.search(text[max(0, c.start - 4):c.start]):
            continue
        name_end = max((sp.end for sp in spans if sp.start == role.end()), default=None)
        if name_end is None:
            word = re.match(r"[A-Za-z0-9αβγδκ\-]+", text[role.end():])
            name_end = role.end() + word.end()
        if _OWN_CHANGE.match(text, name_end):
            out.add(c.start)
    return frozenset(out)

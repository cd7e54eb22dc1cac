"""A chain of Chinese verb clauses with one unnamed subject: "激活X途径,抑制Y活性".

Chinese runs a mechanism as a series of comma-joined verb phrases that share a subject the sentence
never names again (a topic chain: Li & Thompson, *Mandarin Chinese*, 1981, ch. 24 on zero anaphora in
topic chains). When the first phrase's object is a pathway or an activity and the next phrase opens with
its own effect verb, the second step is read as the consequence of the first, as GUIDELINES 2 reads
"A 通过激活 X 来抑制 Y" (X–Y gets the composed direction):

* "心肌缺血缺氧时,增加AMP/ATP比值,激活AMPK途径,抑制MTOR复合物1活性,诱导自噬,…" (validation_zh
  ChinaXiv-202207.00209V1; gold AMPK ``inhibits`` mTORC1, mTORC1 ``inhibits`` autophagy);
* "高糖刺激血管平滑肌细胞,激活WNT信号通路,上调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达,…" (validation_zh
  ChinaXiv-201712.01205V1; gold the Wnt pathway ``upregulates`` each of the four): the second verb's object
  may carry a class noun and be a list, each item of which the pathway acts on.

Only two adjacent clauses, each its verb right before its mention, and nothing after the first object but
its pathway, activity or phosphorylation noun: two expression levels changed one after the other stay two
co-targets of the subject, and so does a bare process: "运动可抑制自噬,减少细胞凋亡和坏死,改善心室重塑"
(ChinaXiv-202207.00209V1) lists the outcomes of exercise (composed, it would read autophagy ``activates``
apoptosis; gold has ``inhibits``).

A consequence connective opening the second clause (从而, 进而, 继而) states that the second change follows from the
first, so there the first object need not name a pathway or an activity (``consequence_object``, stop 43): a bare gene,
an item of a list of genes, or a gene with its level or activation noun is the pivot, "可以有效阻断JAK2和JAK3的激活,
从而阻断JAK/STAT信号通路传导" (validation38_zh ChinaXiv-201711.01073V1; gold JAK2 and JAK3 ``activates`` the
pathway: blocking them blocks it). Without the connective the clauses stay two changes of one subject, as above.
"""

from __future__ import annotations

from pipeline import lazy_re

# what may follow the first verb's object inside its clause: its pathway noun, then an activity word
# (each optional word carries the blanks after it, so a run of blanks is read one way only: with adjacent \s*
# a run of spaces before a non-matching character was split in ~n^4 ways; the same matches and groups)
_ACTIVITY_TAIL = lazy_re.compile(r"^\s*(?:的\s*)?(?:(?P<pathway>信号转导通路|信号通路|信号途径|通路|途径|信号)\s*)?(?:的\s*)?"
                                 r"(?:(?P<activity>活性|活化|磷酸化(?:水平)?)\s*)?$")
# what may open the second clause before its verb: a consequence connective, a modal
_CHAIN_OPENING = lazy_re.compile(r"^\s*(?:进而|从而|继而|进一步|随后|然后|再)?\s*(?:可|能|可以|能够|会)?\s*$")
_PATHWAY_WORD = lazy_re.compile(r"通路|途径|信号|轴")
_OBJECT_GAP = lazy_re.compile(r"^\s*(?:了)?\s*$")
# the second verb's object may carry a class noun: "上调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达"
_CLASSED_OBJECT_GAP = lazy_re.compile(r"^\s*(?:了)?\s*(?:[\u4e00-\u9fff]{0,6}(?:蛋白|因子|基因))?\s*$")
_COMMA = "，,"


def names_pathway(surface: str) -> bool:
    """Does a mention's own text name a signalling pathway ("AMPK途径"), not a bare process ("自噬")?"""
    return bool(_PATHWAY_WORD.search(surface))


def chained_object(text: str, first_verb_end: int, first_start: int, first_end: int, first_is_pathway: bool,
                   breaks: tuple[int, ...], second_verb_start: int, second_verb_end: int, second_start: int) -> bool:
    """Is the mention ``text[first_start:first_end]`` the object of the verb ending at ``first_verb_end``
    whose clause ends at the next comma, with the next clause opening with the verb
    ``text[second_verb_start:second_verb_end]`` right before the second mention?"""
    if not _OBJECT_GAP.match(text[first_verb_end:first_start]):
        return False
    brk = next((b for b in breaks if b >= first_end), None)
    if brk is None or text[brk] not in _COMMA or not (brk < second_verb_start):
        return False
    tail = _ACTIVITY_TAIL.match(text[first_end:brk])
    if tail is None or not (first_is_pathway or tail.group("pathway") or tail.group("activity")):
        return False
    return bool(_CHAIN_OPENING.match(text[brk + 1:second_verb_start])) \
        and bool(_CLASSED_OBJECT_GAP.match(text[second_verb_end:second_start]))


# with a consequence connective: the first object may be an item of a list of Latin-script names, and may carry its
# level, activation or phosphorylation noun ("阻断JAK2和JAK3的激活,从而…", "抑制Bcl-2的表达,从而…")
# the first object may carry a class noun before it, as the second may ("可以激活膜蛋白STRA6,进而激活JAK2-STAT5信号通路",
# validation44_zh ChinaXiv-201711.00914V1, gold STRA6 ``activates`` the JAK2/STAT5 axis)
_LIST_BEFORE = lazy_re.compile(r"^\s*(?:了)?\s*(?:[\u4e00-\u9fff]{0,6}(?:蛋白|因子|基因|激酶|受体))?\s*"
                               r"(?:[A-Za-z0-9][\w\-/αβγδκ]*\s*(?:、|和|及|与|以及)\s*){0,4}$")
_LIST_AFTER = r"(?:\s*(?:、|和|及|与|以及)\s*[A-Za-z0-9][\w\-/αβγδκ]*){0,4}"
_CONSEQUENCE_TAIL = lazy_re.compile(r"^" + _LIST_AFTER + r"\s*(?:的\s*)?(?:(?:蛋白|基因|mRNA)\s*)?(?:的\s*)?"
                                    r"(?:激活|活化|活性|磷酸化|表达|水平|含量)?\s*(?:水平)?\s*$")
_CONSEQUENCE_OPENING = lazy_re.compile(r"^\s*(?:进而|从而|继而)\s*(?:可|能|可以|能够|会)?\s*$")


def consequence_object(text: str, first_verb_end: int, first_start: int, first_end: int, breaks: tuple[int, ...],
                       second_verb_start: int, second_verb_end: int, second_start: int) -> bool:
    """Is the mention ``text[first_start:first_end]`` (or an item of the list it stands in) the object of the verb
    ending at ``first_verb_end``, its clause ending at the next comma, and does the next clause open with 从而/进而/
    继而 and the verb ``text[second_verb_start:second_verb_end]`` right before the second mention?"""
    if not _LIST_BEFORE.match(text[first_verb_end:first_start]):
        return False
    brk = next((b for b in breaks if b >= first_end), None)
    if brk is None or text[brk] not in _COMMA or not (brk < second_verb_start):
        return False
    return _CONSEQUENCE_TAIL.match(text[first_end:brk]) is not None \
        and bool(_CONSEQUENCE_OPENING.match(text[brk + 1:second_verb_start])) \
        and bool(_CLASSED_OBJECT_GAP.match(text[second_verb_end:second_start]))

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
"""

from __future__ import annotations

import re

# what may follow the first verb's object inside its clause: its pathway noun, then an activity word
# (each optional word carries the blanks after it, so a run of blanks is read one way only: with adjacent \s*
# a run of spaces before a non-matching character was split in ~n^4 ways; the same matches and groups)
_ACTIVITY_TAIL = re.compile(r"^\s*(?:的\s*)?(?:(?P<pathway>信号转导通路|信号通路|信号途径|通路|途径|信号)\s*)?(?:的\s*)?"
                            r"(?:(?P<activity>活性|活化|磷酸化(?:水平)?)\s*)?$")
# what may open the second clause before its verb: a consequence connective, a modal
_CHAIN_OPENING = re.compile(r"^\s*(?:进而|从而|继而|进一步|随后|然后|再)?\s*(?:可|能|可以|能够|会)?\s*$")
_PATHWAY_WORD = re.compile(r"通路|途径|信号|轴")
_OBJECT_GAP = re.compile(r"^\s*(?:了)?\s*$")
# the second verb's object may carry a class noun: "上调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达"
_CLASSED_OBJECT_GAP = re.compile(r"^\s*(?:了)?\s*(?:[\u4e00-\u9fff]{0,6}(?:蛋白|因子|基因))?\s*$")
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

"""A family named as the sentence's topic, then its members counted and listed: "X … 由4个基因编码组成：A、B…".

Chinese introduces the members of a protein family by naming the family first, saying something about it,
and then counting its members and listing them, the count either opening the list with a colon or closing
it with a classifier noun:

* "FoxO是叉头(forkhead)蛋白家族的一个亚群,从蠕虫到人类均有表达,其在哺乳动物细胞中分别由4个基因编码组成:
  FoxO1、叉头转录因子3(FoxO3)、FoxO4和叉头转录因子6(FoxO6)。" (validation_zh ChinaXiv-201711.00361V1; gold
  FOXO1, FOXO3, FOXO4, FOXO6 ``member_of`` FPLX:FOXO);
* "TGF-β受体是一种跨膜蛋白,存在于细胞表面,目前发现的TGF-β超家族受体主要有TGF-βRI、TGF-βRII和转化生长因子-β
  Ⅲ型受体(…,TGF-βRIII)3种亚型,…" (validation_zh ChinaXiv-201711.00749V1; gold TGFBR1, TGFBR2, TGFBR3
  ``member_of`` FPLX:TGFBR);
* the same shape with the family right before the count: "TPH 分为两种亚型:TPH-1和TPH-2", "5-HT3R 共有5种
  亚型:…" (new_papers_zh ChinaXiv-202207.00046V1).

GUIDELINES 5.11/5.15: a stated family membership is ``member_of``. The family's own "家族由…组成" right after
its name is effects._FAMILY_LISTS; this module reads the count when the family is the topic some clauses
before it (its subject there is zero or 其), and the count that closes the list ("…3种亚型"). Only a family
(FamPlex id) names members: a gene named before two isoforms is that gene, not their family.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_COUNT = r"(?:\d+|[一二两三四五六七八九十])\s*(?:个|种|类)"
# the count opening the list: "由4个基因编码组成:", "分为两种亚型:", "共有5种亚型:", "主要包括以下3种:"
_OPENS_LIST = lazy_re.compile(r"(?:由\s*" + _COUNT + r"[^，。；,;:：]{0,10}?组成|(?:主要|共)?(?:有|分为|包括|包含)\s*(?:以下)?\s*"
                              + _COUNT + r"[^，。；,;:：]{0,6}?)\s*[:：]\s*")
# a list then closed by its count: "主要有 A、B和C 3种亚型"
_LIST_VERB = lazy_re.compile(r"(?:主要|共)?(?:有|包括|包含)\s*")
_CLOSES_LIST = lazy_re.compile(r"\s*" + _COUNT + r"\s*(?:亚型|亚基|成员|异构体|受体|蛋白|基因)")
# what ends the list: a sentence or clause end, a new clause's conjunction or verb
_LIST_END = lazy_re.compile(r"[。；;:：]|[，,](?![^（(]*[)）])|而|但|可|能|通过|均|都")
_SENTENCE_END = lazy_re.compile(r"[。；;!?！？]")
TOPIC_REACH = 80  # characters from the topic family's name to the count that opens or closes its list
LIST_REACH = 120  # characters from the count (or list verb) to the member


def is_topic(text: str, start: int) -> bool:
    """Does the mention starting at ``start`` open its sentence (a heading number or quote mark at most)?"""
    return not re.search(r"[\u4e00-\u9fffA-Za-z]", text[:start])


def counted_member(text: str, whole_start: int, whole_end: int, part_start: int, part_end: int) -> bool:
    """Is the gene ``text[part_start:part_end]`` an item of a counted list of the family
    ``text[whole_start:whole_end]``'s members: the family opening the sentence (or right before the
    count), the list opened by "由N个…组成:" / "分为N种亚型:" or led by 有/包括 and closed by "N种亚型"?"""
    if part_start < whole_end:
        return False
    reach = text[whole_end:min(part_start, whole_end + TOPIC_REACH + LIST_REACH)]
    if _SENTENCE_END.search(reach):
        return False
    topic = is_topic(text, whole_start)
    opened = _OPENS_LIST.search(reach)
    if opened is not None and (topic or opened.start() <= 4) and opened.start() <= TOPIC_REACH:
        list_start = whole_end + opened.end()
        return part_start - list_start <= LIST_REACH and not _LIST_END.search(text, list_start, part_start)
    if not topic:
        return False
    for verb in _LIST_VERB.finditer(reach):
        list_start = whole_end + verb.end()
        if verb.start() > TOPIC_REACH or part_start - list_start > LIST_REACH:
            continue
        if _LIST_END.search(text, list_start, part_start):
            continue
        end = _LIST_END.search(text, part_end)
        tail = text[part_end:end.start() if end else len(text)]
        if _CLOSES_LIST.search(tail):
            return True
    return False

"""A Chinese protein name whose first characters belong to the word before it is no mention.

Our jieba user dictionary holds every Chinese gene name, at the frequency jieba gives an unknown
word; a short calqued name whose head is a generic protein noun can then win jieba's route
against the ordinary word it overlaps: "一个接头蛋白" (an adaptor protein) segments 接/头蛋白, and
头蛋白 (noggin, NOG) is read where jieba's own dictionary reads 接头 + 蛋白 (validation40_zh
ChinaXiv-201706.00272V1 twice, ChinaXiv-201712.01090V1 "胞浆内接头蛋白STING", ChinaXiv-201812.00711V1
"涉及到的接头蛋白和蛋白酶激酶": five mentions, each paired with what the sentence says of the
adaptor). Across the free Chinese pool, the 20-paper sample and the dev Chinese papers, the
plain-jieba crossings of a gene name's start are of two kinds: a name that *keeps* its meaning
after a modifier word ("平滑肌动蛋白", smooth-muscle actin: 平滑肌 claims 肌, and 动蛋白 is no head
noun; "激活蛋白激酶B"; "上皮细胞凋亡"), and a generic protein head after a word that takes one or
two of the name's characters (接头 + 蛋白). Only the second is dropped.

Rule: a GENE mention written in Chinese and glued to a Chinese character on its left is dropped
when a word of jieba's own dictionary (``corpus_frequency`` > 0: our added names do not count)
starts before the mention and ends inside it, and what is left of the name after that word is
only a protein head noun (蛋白, 蛋白质, 酶 or an enzyme class word: 激酶, 脱氢酶, 转氨酶…; 受体, 因子) with an optional
designator (1, 2A, B, α, Ⅱ). Then the name's specific part was the other word's tail. A word
that takes a head noun itself ("激活蛋白" of "激活蛋白激酶B", AKT) takes nothing specific: the name stays. A claimed
part ending in a chemical class character (醛, 醇, 酸…) is left alone: "乙醛脱氢酶" (acetaldehyde
dehydrogenase) is still an aldehyde dehydrogenase (FPLX:ALDH), though 乙醛 claims 醛. And a rest that
is more than a class word keeps the name: "显著降低谷丙转氨酶（ALT）" (ChinaXiv-201711.01615V1 of
chinaxiv_dev120): 低谷 takes 谷, but 丙转氨酶 is still ALT's own name (a wrong drop while any
"…酶" counted as a head). On the 120 development ChinaXiv papers of the shared dev data (chinaxiv_dev120.jsonl,
not shipped; some are dev papers the rule was written on) it drops 11 mentions, all wrongly
read: 9 头蛋白 of 接头蛋白 and 2 histones (组蛋白) of "各组蛋白" (each group's protein,
ChinaXiv-201801.00630V1 "测定各组蛋白浓度", ChinaXiv-201712.00990V1; the matcher reads them, and a
later rule removed them before this one existed). Pure
functions; the annotator calls ``drop_claimed_heads`` on Chinese paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")
# what may be left of a name once another word has taken its first characters: a generic head
_HEAD_ONLY = lazy_re.compile(
    r"(?:蛋白质?|(?:激|脱氢|氧化|还原|磷酸|合成|合|转移|水解|裂解|异构|连接|转氨|酯|肽|蛋白)?酶|受体|因子)"
    r"(?:\s?(?:\d{1,2}[A-Za-z]?|[A-Z]|[α-ω]|[IⅠⅡⅢⅣ]{1,3}))?")
# a claimed part ending so is a substrate the enzyme still names (乙醛脱氢酶 is an ALDH)
_CHEMICAL_CLASS = frozenset("醛醇酸酮醌糖脂胺苷酯烷烯醚酚肽碱")
MAX_WORD = 6  # jieba words looked for: at most this long


def claiming_word(text: str, start: int, end: int, word_frequency: Callable[[str], int]) -> str | None:
    """The word of jieba's dictionary that takes the first characters of the name ``text[start:end]``,
    leaving a bare protein head (module docstring), or None."""
    if start == 0 or not _CJK.match(text, start - 1) or not _CJK.match(text, start):
        return None
    for j in range(start + 1, end):
        if not _HEAD_ONLY.fullmatch(text, j, end) or text[j - 1] in _CHEMICAL_CLASS or "蛋白" in text[start:j]:
            continue  # "激活蛋白激酶B": 激活蛋白 takes a head noun, not the name's own part (AKT stays)
        for i in range(start - 1, max(start - MAX_WORD, 0) - 1, -1):
            if not _CJK.match(text, i):
                break
            if j - i <= MAX_WORD and word_frequency(text[i:j]) > 0:
                return text[i:j]
    return None


def drop_claimed_heads(text: str, mentions: list[Mention],
                       word_frequency: Callable[[str], int]) -> list[Mention]:
    """``mentions`` without the Chinese gene names another word takes the start of (接头蛋白: no 头蛋白)."""
    return [m for m in mentions
            if m.label != "GENE" or claiming_word(text, m.start, m.end, word_frequency) is None]

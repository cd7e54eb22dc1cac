"""Parts of a process stated inside a "在 <process> 中" frame; superfamilies, which are no family.

**The frame.** "在哺乳类动物细胞的凋亡途径中,caspase3/7是其主要的组成部分" (validation_zh
ChinaXiv-201712.00947V1), "在EGF受体-ERK信号中Ras是唯一膜锚定组件" (ChinaXiv-201711.00762V1): the frame
names the process (or axis); the clause right after it names a gene and, by a copula, calls it one of
the process's parts (组成部分, 组件, 组分, 成分, 成员, 亚基; 其 "its" points back to the frame).
"在自噬过程中ULK1激酶复合物包括ATG13、ATG10、FIP200" (ChinaXiv-202207.00209V1): the clause lists the
subunits of a complex working in the process; each listed gene, and the gene the complex is named
after, is a part of the process. GUIDELINES 2 (``member_of``: "a gene described as a component of a
process"; the gold gives each of these genes ``member_of`` the process). A frame followed by anything
else — an effect ("在自噬过程中, X促进…"), a role ("是其下游靶分子") — states no membership.

**Superfamilies.** "TGF-β1作为TGF-β超家族成员中活性最强…的因子" (ChinaXiv-201711.00749V1), "SR-BI属于CD36
超家族成员" (ChinaXiv-201711.00864V1), "骨形成发生蛋白(BMPs)是TGF-β超家族的中的成员" (ChinaXiv-201803.00487V1):
the name before 超家族 / "superfamily" only qualifies the superfamily, which is not the family or gene of
that name and has no id (GUIDELINES 5.16: "The TGF-β superfamily is not FPLX:TGFB"; its membership rows
are left out). Such a mention is a name inside a larger noun.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# "在" opening the frame, before the process mention, within one clause ("在哺乳类动物细胞的凋亡途径中")
_FRAME_OPEN = lazy_re.compile(r"在[^，。；,;:：]{0,20}$")
# from the process mention to the end of the frame: its head noun, 中, a comma
_FRAME_CLOSE = r"\s*(?:信号转导|信号通路|信号途径|信号|通路|途径|过程)?\s*中\s*[,，]?\s*"
_FRAME_ONLY = lazy_re.compile(_FRAME_CLOSE + r"$")
# … then a complex and its list of subunits ("ULK1激酶复合物包括 ATG13、ATG10、"): the other listed names are
# blanked by the caller, an unrecognised one may stay (letters and digits only)
_COMPLEX_HEAD = r"[^，。；,;:：]{0,16}?(?:复合物|复合体)(?:主要)?(?:包括|包含|由)\s*[:：]?"
_FRAME_THEN_LIST = lazy_re.compile(_FRAME_CLOSE + _COMPLEX_HEAD + r"(?:[\s、,，/\-A-Za-z0-9αβγδκ]|和|及|以及|与)*$")
_NAMES_COMPLEX = lazy_re.compile(r"^" + _COMPLEX_HEAD)
# after the gene, its part noun: "是其主要的组成部分", " 是唯一膜锚定组件"
_PART_NOUN_AFTER = lazy_re.compile(r"^\s*(?:蛋白|基因)?\s*(?:也|还|则)?(?:是|为|作为)(?:其)?[^，。；,;:：]{0,8}?"
                                   r"(?:组成部分|组件|组分|成分|成员|亚基)")


def framed_part(text: str, whole_start: int, whole_end: int, part_end: int, blanked_gap: str) -> bool:
    """Is the gene ending at ``part_end`` named, in the frame "在 <whole> 中" opened before the process
    mention ``text[whole_start:whole_end]``, as one of its parts (a component by a copula, a subunit of a
    complex listed, or the gene the complex is named after)? ``blanked_gap``: the text from the process's
    end to the gene with other mentions blanked (the caller's)."""
    if not _FRAME_OPEN.search(text[max(0, whole_start - 24):whole_start]):
        return False
    after = text[part_end:part_end + 24]
    if _FRAME_ONLY.match(blanked_gap):
        return bool(_PART_NOUN_AFTER.match(after) or _NAMES_COMPLEX.match(after))
    return bool(_FRAME_THEN_LIST.match(blanked_gap))


_SUPERFAMILY_AFTER = lazy_re.compile(r"\s*(?:蛋白)?\s*超家族|[\s\-]*superfamil(?:y|ies)\b", re.IGNORECASE)


def names_superfamily(text: str, end: int) -> bool:
    """Does the mention ending at ``end`` only qualify a superfamily ("TGF-β超家族", "TGF-β superfamily")?"""
    return _SUPERFAMILY_AFTER.match(text, end) is not None

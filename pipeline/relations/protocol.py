"""Protocol sentences of a methods section: reagents, kits, primers, blotting steps.

"白蛋白(AIb)、…、葡萄糖(Glu)…试剂盒购自南京建成", "设计并合成…(Coll-Iα、ALP、OPN)和α-ENaC的引物,以逆转录PCR
方法扩增…", "…BCA法蛋白定量,…一抗4°C孵育过夜,二抗…显色曝光": such a sentence names what was measured and
with what, never how one entity acts on another (GUIDELINES 5.10: "co-occurrence in a results
list without a stated effect"; a loading control or a kit is no partner). On the development
papers no gold pair's best sentence is one of them (0 of 83 (document, pair) units), while 7
stood among the top |gold| Chinese rows. Their pairs keep their label; their evidence weighs as
little as a table row's, so a pair stated anywhere else is ranked by that statement.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

PROTOCOL_FACTOR = 0.1  # the factor of a table row (ranking.DISEASE_FACTOR), not a tuned value

_PROTOCOL = lazy_re.compile(
    r"试剂盒|购自|引物|一抗|二抗|孵育过夜|上样缓冲液|显色曝光|"
    r"\bpurchased from\b|\bkits?\b|\bprimers?\b|\b(?:primary|secondary) antibod(?:y|ies)\b|"
    # a materials list: suppliers in brackets, lot numbers, purity ("奥沙利铂(…,Sigma公司)",
    # "胎牛血清(Gibco)", "(批号06/2013,Santa Cruz)", "…公司提供(纯度98%)")
    r"[(（][^()（）]{0,30}?(?:公司|Sigma|Gibco|Invitrogen|Thermo|Santa\s*Cruz|Abcam|Millipore|Solarbio|"
    r"Beyotime|碧云天|索莱宝)[^()（）]{0,20}[)）]|批号|公司(?:提供|生产)|纯度\s*\d",
    re.IGNORECASE,
)


# every alternative of _PROTOCOL needs one of these (in lower case; the bracket alternative a
# supplier's name or 公司): a sentence with none is no protocol sentence, answered without the
# case-insensitive scan (about seven times the cost of this search of literals, once per sentence)
_WORDS = ("试剂盒", "购自", "引物", "一抗", "二抗", "孵育过夜", "上样缓冲液", "显色曝光", "purchased", "kit", "primer",
          "antibod", "公司", "sigma", "gibco", "invitrogen", "thermo", "santa", "abcam", "millipore", "solarbio",
          "beyotime", "碧云天", "索莱宝", "批号", "纯度")
_WORDS_IN_LOWER = lazy_re.compile("|".join(map(re.escape, _WORDS)))  # literals, in the lower-cased sentence
# letters that match an ASCII letter only case-insensitively in ``re`` (İ ı ſ K), which ``str.lower`` keeps apart
_ODD_CASE = lazy_re.compile("[\u0130\u0131\u017f\u212a]")


def is_protocol(text: str) -> bool:
    """Does the sentence describe materials or a protocol step (kits, suppliers, lot numbers,
    primers, antibody incubations) rather than a finding?"""
    if _WORDS_IN_LOWER.search(text.lower()) is None and _ODD_CASE.search(text) is None:
        return False
    return _PROTOCOL.search(text) is not None

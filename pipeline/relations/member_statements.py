"""Chinese statements of family, complex and pathway membership that the first-mention rules miss.

effects._stated_member reads a membership between the first mentions of the two entities, with the
member right before its copula ("p38是MAPK的家族成员之一") or the family opening a list ("MAPKs家族由ERK、p38和
JNK组成"). Review papers state memberships in a few more shapes, each a copula or a list (GUIDELINES 2,
``member_of``: "a gene that is a member of a family or a component of a pathway or complex, stated in the
sentence"); stop 47 counted them among the gold ``member_of`` pairs typed ``associated`` in validation44_zh,
validation45_zh and validation46_zh:

* the member's gloss or abbreviation between it and the copula: "NADPH氧化酶1(NOX1)是NADPH氧化酶家族成员之一"
  (ChinaXiv-201812.00297V1), "AMP-活化蛋白激酶(AMP-activated protein kinase,AMPK)是APN信号通路中的关键信号分子"
  (ChinaXiv-201711.01377V1);
* coordinated members sharing the copula: "NOX1和双氧化酶2(Duox2)是NADPH氧化酶家族成员" (ChinaXiv-201812.00297V1),
  "…ERK5、…和p38MAPK是MAPK家族的主要成员" (ChinaXiv-201711.01377V1);
* an adjective before the member noun ("家族的主要成员"), the family's own gloss before 家族 or after it
  ("属于转录因子AP-1(transcription activator -1)家族", ChinaXiv-201805.00425V1; "是是瞬时受体电位通道家族(TRP)的成员",
  the same paper, with the OCR's doubled 是), and 属于 "belongs to" with the family word alone;
* a pathway's place noun "其中的激酶之一" ("p38MAPK是MAPK信号通路其中的激酶之一", ChinaXiv-201711.00914V1);
* the pathway first, its parts after 中的: "MAPKs通路中的细胞外信号调节激酶(ERK)和c-Jun氨基末端激酶(JNK)"
  (ChinaXiv-201711.00871V1), "受到mTOR通路中S6K1的调控" (ChinaXiv-201711.01011V1) — not a frame "在…通路中,"
  (frame_members.py reads those);
* a complex counting its parts after a colon: "mTORC1由3个重要部分构成:…mTOR…、…Raptor…及…mLST8…"
  (ChinaXiv-201812.00767V1).

The caller reads these at every pair of mentions of the two entities, not the first only ("PPARs是属于核受体超家族的
成员,…,已经鉴定PPARs家族有3种亚型,即PPARα、PPARβ/δ和PPARγ", ChinaXiv-201711.01011V1: the list follows the second
mention). Pure functions over the sentence text; ``gap`` arguments are the text between two mentions with the
other mentions blanked (effects._between), so co-members are spaces.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

# a bracketed gloss: a full name or an abbreviation, commas allowed inside
_GLOSS = r"[(（][^()（）]{0,80}[)）]"
_GLOSSES = lazy_re.compile(_GLOSS)
_OPEN_GLOSS = lazy_re.compile(r"[(（][^()（）]*$")  # the gloss the part stands in: "(mammalian lethal with SEC13 protein 8,"
# what may stand between a member and the copula: the rest of its gloss, blanked co-members, their separators
# (a co-member's long form the dictionary does not hold, right before its glossed abbreviation: "双氧化酶2(Duox2)")
_CO_MEMBERS = (r"(?:[\sA-Za-z0-9\-/αβγδκ~～.]|[)）]|、|和|与|及|以及|或|(?:[\u4e00-\u9fff]{1,10}[A-Za-z0-9αβγδκ\-]*)?"
               + _GLOSS + r")*?")
# (a topic chain: the member's first predicate, then a comma and the copula of its second, zero subject —
# "STATs主要包括STAT1~4、5A、5B和6等成员,是JAK-STAT信号通路中的主要转录因子", ChinaXiv-201711.00914V1, -201711.01377V1;
# Li & Thompson 1981, ch. 24; inhibitor._ZH_CHAINED_COPULA reads the same chain for role nouns)
# the copulas of a membership ("是" may come doubled from a PDF's line join: "是是"); ``member_first`` tests the gap for
# one before running the pattern, which needs one
_COPULAS = ("是", "属于", "作为")
_MEMBER_GAP = lazy_re.compile(r"^" + _CO_MEMBERS + r"(?:蛋白|基因|通道|受体)?\s*"
                              # (the first predicate is the member's own, not the rest of a list it is an item of:
                              # "STAT1~4、5A、5B和6等成员,是…" makes no item a part of the pathway)
                              r"(?:(?![、和与及或等])[\u4e00-\u9fff][^，。；,;:：]{0,39}[，,])?\s*(?:也|还|又|均|都)?\s*"
                              r"(?P<verb>(?:" + _COPULAS[0] + ")+|" + "|".join(_COPULAS[1:]) + r")\s*(?:一种|一个)?\s*(?:转录因子|受体|激酶|蛋白)?\s*"
                              # the family's long name before the bracketed abbreviation that is the mention
                              r"(?:[^，。；,;()（）\s]{1,12}?家族\s*[(（]\s*)?$")
# after the family: its gloss, then the member noun ("家族(TRP)的成员", "家族的主要成员", "家族成员之一")
# (not a superfamily: "BMPs属于转化生长因子β(Transforming Growth Factorsβ,TGFβ)超家族成员", ChinaXiv-201707.00667V1 —
# GUIDELINES 5.16, a superfamily is not the family of that name; frame_members.names_superfamily reads it without a gloss)
_MEMBER_NOUN_AFTER = lazy_re.compile(r"^\s*+(?:" + _GLOSS + r"|[)）])?\s*+(?:蛋白|基因)?(?:家族|复合物)?\s*+的?\s*+"
                                     r"(?:主要|重要|核心|关键)?(?:家族)?(?:成员|组分|亚基|一员)")
# "是Toll样受体家族(Toll like receptors,TLRs)中发现最早…的一种免疫受体" (ChinaXiv-201711.01440V1): one of the family
_IN_FAMILY_AFTER = lazy_re.compile(r"^\s*+(?:家族)?\s*+(?:" + _GLOSS + r"|[)）])?\s*+(?:家族)?\s*+中")
# "属于…AP-1(transcription activator -1)家族": belonging to the family is the membership
_FAMILY_AFTER = lazy_re.compile(r"^\s*+(?:" + _GLOSS + r")?\s*+(?:家族|family)")
# a pathway's place noun: "MAPK信号通路其中的激酶之一"
_PLACE_AFTER = lazy_re.compile(r"^\s*(?:其)?中的?(?:(?!调控|调节|靶|抑制|激活|拮抗)[^，。；,;]){0,8}?(?:激酶|分子|因子|蛋白|成员|组分)")

# the pathway first: "MAPKs通路中的细胞外信号调节激酶(ERK)和…JNK", "mTOR通路中S6K1"
_PATHWAY_PART = lazy_re.compile(r"^\s*(?:信号)?(?:通路|途径)?\s*中的?\s*")
_PLAIN_ITEMS = lazy_re.compile(r"(?:[\sA-Za-z0-9\-/αβγδκ~～.]|[)）]|、|和|与|及|以及|或)*")
_FRAME_OPEN = lazy_re.compile(r"在[^，。；,;:：]{0,12}$")
# a complex counting its parts: "mTORC1由3个重要部分构成:"
_PARTS_COUNTED = lazy_re.compile(r"^\s*(?:复合物|复合体)?\s*(?:由|包括|包含)\s*(?:[\d一二三四五六七八九十]+\s*(?:个|种))?"
                                 r"[^，。；,;:：]{0,8}?(?:构成|组成)?\s*[:：]")
_LIST_STOP = lazy_re.compile(r"[，,。；;：:]")

# the part's name goes on in Chinese: the mention is a word inside a longer name, no member of its own ("Jun-氨基末端激酶"
# is JNK, ChinaXiv-201711.01377V1; "哺乳动物SEC13致死蛋白8" is mLST8, ChinaXiv-201812.00767V1): joined by a hyphen, or
# naming another numbered protein — not the name's own head ("Gq蛋白") nor a co-member ("NOX1和双氧化酶2")
_NAME_GOES_ON = lazy_re.compile(r"-[\u4e00-\u9fff]{1,8}?(?:激酶|蛋白|因子|受体|酶)|(?![和与及或])[\u4e00-\u9fff]{1,8}?(?:激酶|蛋白|因子|受体|酶)\d")
# the part named as the list's exception: "BMP是…糖蛋白,除了BMP-1均属于TGF-β家族" (ChinaXiv-201707.00667V1)
_EXCEPT_BEFORE = lazy_re.compile(r"除(?:了)?\s*$")
_MAY_STATE = lazy_re.compile(r"家族|成员|组分|亚基|一员|中的?|构成|组成")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def may_state(text: str) -> bool:
    """Can the sentence hold any of these statements (a word each needs)?"""
    return _MAY_STATE.search(text) is not None


def named_apart(text: str, part_start: int, part_end: int) -> bool:
    """Is the part's mention no name of a member: a word of a longer Chinese name ("Jun-氨基末端激酶"), or the
    exception of the list ("除了BMP-1")?"""
    return _NAME_GOES_ON.match(text, part_end) is not None \
        or _EXCEPT_BEFORE.search(text, max(0, part_start - 4), part_start) is not None


def member_first(gap: str, after: str, pathway: bool) -> bool:
    """Does the member, then ``gap`` (to the whole), then ``after`` (the text right after the whole) state a
    membership: "X(gloss)是Y家族成员之一", "X和Z是Y家族的主要成员", "X属于…Y(gloss)家族", "X是Y信号通路其中的激酶之一"?
    ``pathway``: the whole is a pathway (the place-noun form needs one)."""
    if not any(word in gap for word in _COPULAS):
        # every match of ``_MEMBER_GAP`` holds its copula (``verb``): a gap without one is answered without the
        # pattern, whose lazy item loop walked every verbless gap to its end (an English gap of up to 150
        # characters: ~2 % of ``process_file`` over the dev papers, issue 17, stop 51)
        return False
    found = _MEMBER_GAP.match(gap)
    if found is None:
        return False
    if _MEMBER_NOUN_AFTER.match(after):
        return True
    if "家族" in after[:60] and (family := _IN_FAMILY_AFTER.match(after)) and "家族" in after[:family.end()] + gap[-14:]:
        return True  # the family word itself: "…家族中", "家族(TLRs)中" (not a pathway's "通路中的靶基因")
    if found.group("verb") == "属于" and _FAMILY_AFTER.match(after):
        return True
    return pathway and _PLACE_AFTER.match(after) is not None


def pathway_part(text: str, whole_start: int, gap: str) -> bool:
    """Is the part named after the pathway's 中(的), in a plain list of names: "MAPKs通路中的ERK和JNK"? Not a frame
    opened by 在 ("在Wnt通路中,β-catenin…": frame_members.py). ``gap``: from the pathway to the part, blanked."""
    opening = _PATHWAY_PART.match(gap)
    if opening is None or _FRAME_OPEN.search(text, max(0, whole_start - 12), whole_start):
        return False
    rest = _GLOSSES.sub("", gap[opening.end():])
    return _PLAIN_ITEMS.fullmatch(rest) is not None


def counted_parts(gap: str) -> bool:
    """Is the part listed after the complex's counted parts and a colon, in one list: "mTORC1由3个重要部分构成:…、Raptor"?"""
    opening = _PARTS_COUNTED.match(gap)
    if opening is None:
        return False
    rest = _OPEN_GLOSS.sub("", _GLOSSES.sub("", gap[opening.end():]))  # the part may stand inside its item's gloss
    return len(rest) <= 120 and _LIST_STOP.search(rest) is None

"""Chinese level phrases the fixed window after a gene misses: is an effect on the gene a change of its level?

GUIDELINES 2 types a change of a gene's amount (its expression, level, content) as up/downregulates and a
change of its activity as activates/inhibits. effects.effect_label reads the level word in a short window
right after the gene ("促进Sirt1的表达"). Two Chinese constructions put the level word elsewhere:

* a list whose items carry bracketed figures, the level word after the last item
  ("异亮氨酸显著促进了Sirt1(30.76倍)、FoxO1(3.45倍)和FoxO4(3.00倍)表达", validation_zh): the head of a
  coordinated noun phrase is shared by every conjunct (Quirk et al. 1985 §13.66; the Chinese "A、B和C的表达"
  alike), however long the brackets make the list;
* 表达 as the verb of a pivotal (兼语) construction, "促进/诱导 [cells] 表达 Y" ("BMP2/4可以明显促进VICs表达成骨
  指标—碱性磷酸酶(ALP)、Runx2、OPN", "LPS可诱导巨噬细胞表达iNOS"): the causative verb makes the cells express Y,
  so what changes is Y's amount (Li & Thompson 1981, ch. 21 on pivotal constructions).

* a bare change word as the read-out's own predicate, no 表达/水平 between ("表现为LC3II降低(t=…)", validation_zh
  ChinaXiv-201811.00118V1; "TPT组Notch3、Notch4、Deltal降低(P<0.05)", new_papers_zh ChinaXiv-201712.00769V1;
  "DM1组大鼠海马DKK-1mRNA降低(P<0.05)", validation_zh ChinaXiv-201712.01000V1; "血清中DKK-1显著升高,且…", sample
  ChinaXiv-201801.00686V1): an intransitive 升高/降低 with nothing after it but the clause's end, a bracket of figures
  or a conjunction says the read-out's amount changed (``bare_level_change``). With an object after it ("X降低Bax",
  "X降低了…") the word is a verb of X's, which is not this shape. A treatment named as a group ("TPT组…降低") is
  left to the level-word rule (``names_group``): in new_papers_zh ChinaXiv-201712.00769V1 the bare group results
  are stated against the normal control, in a clause split from its "与NC组相比" by "；" and shared with the model
  group ("MC组、MTX组、TPT组Notch1、Jagged1、Jagged2降低"), so they say nothing of the treatment's own effect.

* a treatment's read-outs listed by Chinese names glossed with their abbreviations, the level word after the last
  ("发现脂蛋白酯酶（LPL）、肝脂酶（HTGL）的活性和mRNA的表达量均显著升高", validation39_zh ChinaXiv-201711.00916V1;
  "通过Tac处理后,促凋亡标志物Bax、半胱天冬酶9(Caspase-9)和半胱天冬酶3(Caspase-3)的表达量显著增加", free pool
  ChinaXiv-201812.00835V1): ``without_glossed_items`` reads the gap without the glosses (stop 43), unless a
  causative of another subject stands before the read-out (``caused_by_other``).

Pure functions on the sentence text; the caller passes the offsets of the gene and of the cue governing it.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# one list item after the gene: a separator, a Latin-script name, its optional bracket ("(3.45倍)", "(ALP)")
_BRACKET = r"(?:\s*[(（][^()（）]{0,24}[)）])"
_ITEM = r"(?:\s*(?:、|和|及|与|以及|/)\s*[A-Za-z0-9][\w\-/αβγδκ]*" + _BRACKET + r"?)"
# the level word closing the list: "表达", "的表达", "蛋白表达", "mRNA水平", "的含量"
_LEVEL_AFTER_LIST = lazy_re.compile(_BRACKET + r"?" + _ITEM + r"{0,8}\s*(?:蛋白|基因|mRNA)?\s*(?:的)?\s*(?:表达|水平|含量)"
                                    r"(?!的?(?:影响|作用))")  # "Y的表达的影响" is no change


def level_after_bracketed_list(text: str, gene_end: int) -> bool:
    """Does a level word close the list the gene (ending at ``gene_end``) opens or continues, when a bracket
    stands in that list ("Sirt1(30.76倍)、FoxO1(3.45倍)和FoxO4(3.00倍)表达")? Lists without brackets are read
    by the caller's short window already."""
    found = _LEVEL_AFTER_LIST.match(text, gene_end)
    return found is not None and bool(re.search(r"[(（]", found.group(0)))


# 表达 as a verb between the cue and the gene: "促进VICs表达成骨指标—碱性磷酸酶(ALP)、Runx2", "诱导巨噬细胞表达iNOS".
# Not 表达 as a noun ("促进Bax表达和…", "表达量", "表达水平", "的表达") and not 表达 as a verb whose own
# object comes first ("表达增加", "表达下调"); the object phrase before the gene holds no clause break and no
# other verb of change.
_EXPRESS_VERB = lazy_re.compile(r"(?<![的与和及、])表达(?!量|水平|的|上|下|增|降|升|减|明显|显著|均|也|在|于|情况|变化|差异|谱|载体)"
                                r"(?P<object>[^，。；,;：:！!？?]{0,24})$")
_OTHER_VERB = lazy_re.compile(r"表达|促进|抑制|诱导|激活|增加|降低|上调|下调|升高|减少|通过|导致|引起")


# the pivot: the cells (or tissue) the cue acts on, which then express the gene: "巨噬细胞", "VICs", "HUVECs"
_CELLS = lazy_re.compile(r"(?:细胞|组织|上皮|内皮|\bcells?|[A-Z]{2,}[a-z]?s)\s*$")


def expressed_object(text: str, cue_end: int, gene_start: int) -> bool:
    """Is the gene (starting at ``gene_start``) the object of 表达 used as a verb after the effect cue
    (ending at ``cue_end``), the cells between them its subject: "促进VICs表达…Runx2", "诱导巨噬细胞表达iNOS"?"""
    if cue_end > gene_start:
        return False
    between = text[cue_end:gene_start]
    found = _EXPRESS_VERB.search(between)
    if found is None:
        return False
    subject = between[:found.start()]
    if not _CELLS.search(subject) or len(subject) > 16:
        return False
    return not (_OTHER_VERB.search(subject) or _OTHER_VERB.search(found.group("object")))


# what may follow an intransitive level word: the clause's end, a bracket (figures, a P value), a conjunction
_BARE_END = lazy_re.compile(r"\s*(?:$|[,，。;；:：(（)）\[]|而|且|并|同时)")
_BARE_WORDS = frozenset({"升高", "降低", "增加", "减少", "增多", "下降", "上升", "上调", "下调"})


def bare_level_change(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the Chinese change word text[cue_start:cue_end] intransitive, the predicate of the read-out before it
    ("LC3II降低(t=…)", "Notch3、Notch4、Deltal降低(P<0.05)", "DKK-1显著升高,且…")? A bare 升高/降低 states the
    read-out's amount (GUIDELINES 2: amount → up/downregulates) when nothing but the clause's end follows it."""
    return text[cue_start:cue_end] in _BARE_WORDS and bool(_BARE_END.match(text, cue_end))


_GROUP_AFTER = lazy_re.compile(r"[^,，;；。:：、()（）\[\]组]{0,12}?组(?![合成分织方建装件间内])")


def names_group(text: str, end: int) -> bool:
    """Does the mention ending at ``end`` name a treatment group ("TPT组", "MTX组", "AOPPs+牛蒡子苷组")?"""
    return bool(_GROUP_AFTER.match(text, end))


# A list item named by its Chinese name and glossed with its abbreviation in brackets, the level predicate after the
# last item: "发现脂蛋白酯酶（LPL）、肝脂酶（HTGL）的活性和mRNA的表达量均显著升高" (validation39_zh ChinaXiv-201711.00916V1;
# gold alfalfa saponins ``upregulates`` LPL and LIPC). Chinese papers gloss a protein at first use this way, so a
# list of read-outs carries Chinese names and brackets between the first gene and the shared 表达/水平, which the
# level gap (Latin names, separators and level words only) refuses. Only after a list separator (、和及与,) is a
# Chinese run an item's name ("促进肝脂酶（HTGL）" is a verb and its object), and only a bracket of a Latin name
# (blanked mentions included) is a gloss: "（P<0.05）", "（n=10）" are not.
_GLOSS = r"\s*[(（][\sA-Za-z0-9αβγδκ\-/]{0,24}[)）]"
_OWN_GLOSS = lazy_re.compile(r"^(?:" + _GLOSS + r"|\s*[)）])")  # the target's own bracket ("LPL）", "超氧化物歧化酶（SOD）")
_GLOSSED_ITEM = lazy_re.compile(r"(?P<sep>[、和及与,，]\s*)[\u4e00-\u9fff]{1,15}" + _GLOSS)


def without_glossed_items(gap: str) -> str:
    """The gap between a read-out and its level predicate without the target's own bracket and without the
    glossed Chinese names of the list's later items ("）、肝脂酶（HTGL）的活性…" → "、的活性…")."""
    gap = _OWN_GLOSS.sub("", gap, count=1)
    return _GLOSSED_ITEM.sub(lambda m: m.group("sep"), gap)


# a causative verb of another subject before the read-out in its clause: "TGF-β1和…激酶(MMPK)可使糖原合成酶激酶3β(GSK-3β)
# 磷酸化及Snail上调" (free ChinaXiv pool, ChinaXiv-201712.00482V1, after the heading "地塞米松:"): the change is the
# causer's, not the treatment's
_CAUSATIVE = lazy_re.compile(r"使|让|令|导致|引起")


def caused_by_other(clause_before: str) -> bool:
    """Does a causative verb stand in the read-out's clause before it (``clause_before``: from the clause's start to
    the read-out)?"""
    return _CAUSATIVE.search(clause_before) is not None

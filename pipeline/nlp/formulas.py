"""Chinese formula names the dictionary lacks, found from their dosage-form suffix.

A paper on a proprietary medicine or a hospital prescription (肾衰营养胶囊, 痛泻安脾汤, 复方茵柏
颗粒, 固肠止泻丸) names it over and over, but most such names are in no formula database. The
name is a run of Chinese characters ending in a dosage form (胶囊, 颗粒, 口服液, 注射液, 汤, 丸,
散, 方 — the naming convention of the Chinese Pharmacopoeia for 中成药 and of 方剂 names). Where
the name starts is the hard part ("结果提示肾衰营养胶囊"), so a name is read only where it starts
right after a non-Chinese character: a heading ("2.1肾衰营养胶囊"), a title, a keyword list
("；肾衰营养胶囊"), a reference (".痛泻安脾汤"). Every occurrence of a name so found is then a
mention in the whole document, id ``FML:<name>`` (the id scheme of dictionaries/herbs.tsv), label
HERB. Preparations of one herb (黄芪注射液) stay the herb's (nlp/herb_context.py): a candidate
overlapping a mention already found is left alone. Pure functions.

A name ends where a word ends. A one-character dosage form is also the first character of
common words (散落, 方差, 方格, 汤匙, 丸剂): "支架散落" holds no formula 支架散, "单因子方差分析"
no 单因子方, "四个大方格" no 个大方. So a formula name the text spells (a candidate, each of its
occurrences, a herb joined with a dosage form) is not read where its end falls inside an
ordinary word of the segmenter's route (``inside``: ``word_interiors`` of jieba's tokens), the
word-edge test the dictionary matcher applies to every Chinese match; a word begun by how a
classical formula is taken (散水, 散见: 佛手散水酒合煎) does not count (_USE_AFTER). Proper names of jieba's
news lexicon (tags nr/ns/nt/nz: 汤加 "Tonga", 汤化裁, 汤加减) do not count: jieba's route reads
"桑白皮汤加减" as 桑白皮/汤加减, and the formula 桑白皮汤 is there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable

from pipeline import lazy_re
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.matcher import Mention

FORMULA_PREFIX = "FML:"
HOW = "formula-name"

_HAN = "\u4e00-\u9fff"
_SUFFIX = r"胶囊|颗粒|口服液|注射液|饮子|汤|丸|散|丹|方"
# a stem of 2-8 characters, the shortest one (the first suffix ends the name), after a
# non-Chinese character or the start of the paragraph
_NAME = lazy_re.compile(rf"(?<![{_HAN}])([{_HAN}]{{2,8}}?(?:{_SUFFIX}))")
# words a stem cannot contain: verbs and function words that start a clause, not a name
_NOT_IN_STEM = lazy_re.compile(
    r"[的和与及或在是为用对由将被把从中后前等各其该本此]|提示|采用|结果|观察|研究|探讨|给予|治疗|"
    # the labels of a structured abstract (目的 方法 结果 结论, GB/T 6447) glued to the name after them
    r"目的|方法|结论|"
    r"溶解|所得|吸入|细胞|"
    # what the methods call the preparation under test (受试药品X胶囊, 供试品): never part of its name
    r"药品|受试|供试|"
    # classical commentary: function words and verbs (以辛温发散, 故见睾丸, 则邪散, 令服三丸)
    r"[以之得故则令佐且又若然曾乃服睾曰]"
)
# 散 as the verb after its manner (辛散, 温散, 升散, 宣散, 外散: 'disperse'), 丸 counted (三丸,
# 三四丸: pills), 方 of the commentary (代表方, 基础方, 全方, 合方, 成方, 古方, 要方): no names
_NOT_FORMULA_END = lazy_re.compile(r"(?:[辛温升宣疏发行外布透峻得]散|[一二三四五六七八九十百两]丸|"
                                   r"代表方|基础方|[全合成古要医二三]方)$")
# 散 is also the verb "disperse": 温中散寒, 软坚散结, 解表散邪 are therapeutic methods, not the
# formulas 温中散, 散结 … A formula name ending in 散 right before the object of that verb is read
# as the verb phrase. Objects read from the TCM formula NER and cshan train splits (all 180
# formula mentions before one of them were unannotated: 寒 70, 结 50, 漫 16, 邪 12, 瘀 9 …).
_SAN_OBJECTS = frozenset("寒结漫邪瘀血表热风湿郁毒肿滞痞")
_NOT_AFTER = lazy_re.compile(r"[物剂法面向式案]")  # 颗粒物 (particulate matter), 汤剂, 方法 ...
# words ending in 方 that are no formula: 配方 处方 药方 组方 长方(形) 析因方(差) 立方 平方 正方 ...
_NOT_FORMULA_FANG = lazy_re.compile(r"[配处药秘组长因立平正双一地对]方$")


PROPER_NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of person, place, organisation, other names


def ordinary_words(lexicon_lines: Iterable[str], first_chars: str) -> frozenset[str]:
    """Words of a jieba dictionary (lines "word frequency tag") that start with one of
    ``first_chars`` and are no proper name (module docstring): 散落, 方差, 丸剂, not 汤加."""
    words = set()
    for line in lexicon_lines:
        if line[:1] not in first_chars:
            continue
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) > 1 and not (len(parts) > 2 and parts[2].startswith(PROPER_NAME_TAGS)):
            words.add(parts[0])
    return frozenset(words)


def dictionary_words(dictionary: bytes | str, first_chars: str) -> frozenset[str]:
    """``ordinary_words`` of a whole jieba dictionary file (its bytes or text), read once per process
    (the annotator's dosage-form words). The file is decoded whole and only the lines starting with
    one of ``first_chars`` are handed on, found by a regex (in C): decoding and testing each of the
    349k lines of jieba's dictionary in Python cost 0.05 s per process (0.35 s under cProfile, the
    stop-43 profile's genexpr of 349,047 calls). The lines handed on are the file's lines (split at
    "\\n" only, as reading the file in binary does) that ``ordinary_words`` tests anyway, so the words
    are the same (tests/test_speed_stop43.py compares with the line-by-line read)."""
    text = dictionary.decode("utf-8") if isinstance(dictionary, bytes) else dictionary
    lines = re.compile(f"^[{re.escape(first_chars)}].*$", re.MULTILINE).findall(text)
    return ordinary_words(lines, first_chars)


def word_interiors(tokens: Iterable[tuple[str, int, int]], words: Container[str]) -> frozenset[int]:
    """Offsets strictly inside a token (word, start, end) that is one of ``words``."""
    return frozenset(p for w, a, b in tokens if b - a > 1 and w in words for p in range(a + 1, b))


# what follows a classical formula name: how it is taken or used (水煎, 酒调, 药线, 见 X门: see
# the chapter on), as in _AFTER_NAME; a word these begin with the dosage form (散水, 散见, 丹药)
# does not cut the name (cshan: 佛手散水酒合煎, 真君妙贴散见肿疡门, 八二丹药线引流)
_USE_AFTER = frozenset("加合主或治送调去及与亦为水酒见药煎服")


def _edge_test(inside, text: str) -> Callable[[int], bool]:
    """``inside``: offsets where no name may end (``word_interiors``); None: no test."""
    if inside is None:
        return lambda _pos: True
    return lambda pos: pos not in inside or text[pos:pos + 1] in _USE_AFTER


def candidate_names(text: str, inside=None) -> set[str]:
    """Formula names written where they start after a non-Chinese character and end where a
    word ends (``inside``: offsets inside an ordinary word of ``text``, ``word_interiors``)."""
    names = set()
    at_edge = _edge_test(inside, text)
    for m in _NAME.finditer(text):
        name = m.group(1)
        if _NOT_AFTER.match(text, m.end()) or (name.endswith("散") and text[m.end():m.end() + 1] in _SAN_OBJECTS):
            continue
        stem = re.sub(rf"(?:{_SUFFIX})$", "", name)
        if len(stem) < 2 or _NOT_IN_STEM.search(stem) or _NOT_FORMULA_FANG.search(name) or _NOT_FORMULA_END.search(name):
            continue
        # the word-edge test last: it segments the clause around the name (``inside``, a lazy
        # jieba segmentation), and the tests above, on the name's own characters, turn away most
        # matches (方法, 方面, 扩散, 研究方…) without it; the same names either way (issue 17, stop 38)
        if not at_edge(m.end()):
            continue
        names.add(name)
    # "受试药品肾衰营养胶囊" and "肾衰营养胶囊": the shorter is the name, the rest a word before it
    return {n for n in names if not any(o != n and n.endswith(o) for o in names)}


def formula_mentions(text: str, names: set[str], mentions: list[Mention], inside=None) -> list[Mention]:
    """``mentions`` plus every occurrence of ``names`` in ``text`` that overlaps no mention and
    does not end inside a word (``inside``, as for candidate_names: no 支架散 in 支架散落)."""
    return unclaimed_mentions(text, {n: FORMULA_PREFIX + n for n in names}, "HERB", HOW, mentions, inside)


def unclaimed_mentions(text: str, ids: dict[str, str], label: str, how: str,
                       mentions: list[Mention], inside=None) -> list[Mention]:
    """``mentions`` plus every occurrence in ``text`` of a name of ``ids`` (name -> entity id)
    that overlaps no mention, longest names first: how names the paper defines for itself (its
    formulas, its drugs: nlp/paper_compounds.py) are found where the dictionary found nothing."""
    found: list[Mention] = []
    at_edge = _edge_test(inside, text)
    for name in sorted(ids, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            a, b = m.start(), m.end()
            if not at_edge(b) or any(x.start < b and a < x.end for x in [*mentions, *found]):
                continue
            found.append(Mention(a, b, ids[name], label, how, name))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))


def formula_entity(name: str) -> Entity:
    """A dictionary-style entity for a formula named in the paper only."""
    return Entity(id=FORMULA_PREFIX + name, type="formula", name="", name_zh=name, source="paper")


# --- formula names against the words around them (classical prescriptions) ----------------



def drop_verb_san(text: str, mentions: list[Mention], herb_of=lambda surface: None) -> list[Mention]:
    """Formula mentions ending in 散 used as the verb 'disperse' (温中散寒) are dropped; when
    what stands before 散 names a herb (干姜肉桂散寒: HerbiV lists a formula 肉桂散), the
    mention becomes that herb's, as the text means (the herb disperses the cold).
    ``herb_of(surface) -> entity id | None``."""
    if "散" not in text:
        return mentions
    out = []
    for m in mentions:
        if (m.label == "HERB" and m.text.endswith("散") and text[m.end:m.end + 1] in _SAN_OBJECTS
                and m.text == text[m.start:m.end] and _is_formula(m)):
            herb = herb_of(m.text[:-1])
            if herb is None:
                continue
            m = Mention(m.start, m.end - 1, herb, "HERB", m.how, m.text[:-1])
        out.append(m)
    return out


# 煎 as the verb 'decoct' after a herb: 生姜煎汤调服 (decoct ginger into a decoction), 牛膝煎膏
# (into a paste). HerbiV lists formulas named 生姜煎, 牛膝煎 that the matcher would read there.
_JIAN_OBJECTS = frozenset("汤膏服水取成至药剂汁")


def drop_verb_jian(text: str, mentions: list[Mention], herb_of) -> list[Mention]:
    """A formula mention herb + 煎 followed by what is decocted into (汤, 膏, 服, 水 …) is the
    herb and the verb: the mention becomes the herb's (生姜煎汤 -> 生姜). ``herb_of(surface)
    -> entity id | None``; a stem that names no herb keeps the formula."""
    if "煎" not in text:
        return mentions
    out = []
    for m in mentions:
        if _is_formula(m) and m.text.endswith("煎") and text[m.end:m.end + 1] in _JIAN_OBJECTS:
            herb = herb_of(m.text[:-1])
            if herb is not None:
                m = Mention(m.start, m.end - 1, herb, "HERB", m.how, m.text[:-1])
        out.append(m)
    return out


def _is_formula(m: Mention) -> bool:
    return m.label == "HERB" and m.entity_id.startswith(FORMULA_PREFIX)


def _is_plain_herb(m: Mention) -> bool:
    return m.label == "HERB" and not m.entity_id.startswith(FORMULA_PREFIX) and _HAN_ONLY.fullmatch(m.text) is not None


_HAN_ONLY = lazy_re.compile(f"[{_HAN}]+")
# One-character dosage forms of classical formula names (乌梅丸, 泽泻散, 黑锡丹, 地黄饮子 …), and
# the characters after them that make another word: 汤剂 (decoction form), 饮片 (slices), 饮食,
# 丹参/丹皮 (herbs), 散 + its object (the verb, above), 丸如梧桐子大 is caught by its 如.
_ONE_CHAR_FORMS = frozenset("汤散丸丹饮膏")
_FORM_CHARS = lazy_re.compile("[" + "".join(sorted(_ONE_CHAR_FORMS)) + "]")
_MAX_HERBS_IN_NAME = 2  # 黄连温胆汤, 麻黄连翘赤小豆汤; 3+ touching herbs before a formula are a list
_NOT_AFTER_FORM = {"汤": frozenset("剂药液水"), "饮": frozenset("片食水酒料品用"), "丹": frozenset("参皮"),
                   "散": _SAN_OBJECTS, "膏": frozenset("药"), "丸": frozenset("剂药")}


# Rule (3) of join_herb_formulas: a formula named by its chief herb and a two- or three-
# character action (柴胡疏肝汤, 黄芪固真汤, 葛花解酲汤, 桂枝和营汤, 沉香降气散). The name must
# stand where a formula does: clause end or a prescription word after it (加减, 合, 主之, 或,
# 治, 送下, 调服, 去). Stems that are a preparation step or a dose are no names (生姜煎汤送下,
# 三钱煎汤, 为末丸): _NOT_STEM.
_STEM_LENGTHS = (2, 3)
_AFTER_NAME = frozenset("加合主或治送调去及与亦为，。；：、,.;:!?！？）)\n")
_NOT_STEM = lazy_re.compile(r"[煎煮泡浸研末水酒汁钱两分片枚个斤升合一二三四五六七八九十半各为入和用以之的及或加少许共同每"
                            r"味走圆]")  # 沉香味辛走散 (its flavour, 散 the verb); 使君子圆宣风散 (圆 = 丸: two names)


def _herb_stem_formula(text: str, m: Mention, covered: set[int], contiguous, formula_of) -> int:
    """End of a formula name herb + stem + dosage form starting at herb mention ``m``, or 0.
    Not when stem + form is itself a dictionary formula (藿香藿连汤 = 藿香 + 藿连汤)."""
    for n in _STEM_LENGTHS:
        end = m.end + n
        if end >= len(text) or text[end] not in _ONE_CHAR_FORMS:
            continue
        stem = text[m.end:end]
        if (not _HAN_ONLY.fullmatch(stem) or _NOT_STEM.search(stem) or _NOT_IN_STEM.search(stem)
                or any(ch in _ONE_CHAR_FORMS for ch in stem)
                or any(i in covered for i in range(m.end, end + 1))
                or not all(contiguous(i) for i in range(m.end, end + 1))):
            continue
        form = text[end]
        after = text[end + 1:end + 2]
        if after in _NOT_AFTER_FORM.get(form, ()) or formula_of(text[m.end:end + 1]):
            continue
        if after == "" or after in _AFTER_NAME:
            return end + 1
    return 0


def join_herb_formulas(text: str, mentions: list[Mention], formula_of=lambda name: None,
                       contiguous=lambda i: True, inside=None) -> list[Mention]:
    """Formula names made of herb names (乌梅丸, 泽泻散, 黄连温胆汤, 茵陈五苓散) read whole.

    Classical formulas are named after their chief herbs, then a dosage form or a base formula
    (Chinese Pharmacopoeia naming; 黄连温胆汤 = 温胆汤 + 黄连). The matcher reads a name the
    dictionary lacks as a herb plus a leftover character (泽泻 + 散) or a herb plus a shorter
    formula (黄连 + 温胆汤), so statements on the formula became statements on the herb. Here
    (1) a herb mention right before a one-character dosage form (汤 散 丸 丹 饮 膏) that no
    mention covers, not followed by a character making another word (汤剂, 饮片, 散寒), and
    (2) herb mentions touching a formula mention on its left, and (3) a herb mention + a two-
    or three-character action + a dosage form where a formula stands (柴胡疏肝汤加减,
    _herb_stem_formula) are one formula mention. Its id
    is the dictionary's when ``formula_of(name)`` knows the name, else ``FML:<name>`` (a
    formula named in the paper, formula_entity). A herb inside a formula name is not also a
    herb mention: what a text says of a formula is not said of its herbs (docs/ner_benchmarks.md).
    ``contiguous(i)``: text[i - 1] and text[i] were adjacent in the original (no space or line
    break between two table cells: "金荞麦、蝉蜕 痛泻安脾汤"); nothing is joined across a gap.
    ``inside``: offsets inside an ordinary word of ``text`` (module docstring): the dosage form
    of (1) and (3) must end a word (not 散 of 散落, 丸 of 丸剂)."""
    if not (_FORM_CHARS.search(text) or any(_is_formula(m) for m in mentions)) or not any(
            _is_plain_herb(m) for m in mentions):
        return mentions  # most sentences: no dosage form and no formula, nothing to join
    covered = {i for m in mentions for i in range(m.start, m.end)}
    at_edge = _edge_test(inside, text)
    out = sorted(mentions, key=lambda m: (m.start, -m.end))
    formulas: dict[int, Mention] = {}  # start -> formula mention
    for m in out:
        if _is_formula(m):
            formulas[m.start] = m
    changed = False
    for m in out:  # (1) herb + one-character dosage form
        if not _is_plain_herb(m) or m.end >= len(text) or m.end in covered or not contiguous(m.end):
            continue
        form = text[m.end]
        if form not in _ONE_CHAR_FORMS or text[m.end + 1:m.end + 2] in _NOT_AFTER_FORM.get(form, ()):
            continue
        end = m.end + 1 + (text[m.end:m.end + 2] == "饮子")  # 地黄饮子
        if not at_edge(end):
            continue
        name = text[m.start:end]
        formulas[m.start] = Mention(m.start, end, formula_of(name) or FORMULA_PREFIX + name, "HERB", HOW, name)
        changed = True
    for m in out:  # (3) herb + a short stem no mention covers + dosage form: 柴胡疏肝汤
        if not _is_plain_herb(m) or m.start in formulas:
            continue
        found = _herb_stem_formula(text, m, covered, contiguous, formula_of)
        if found and at_edge(found):
            name = text[m.start:found]
            formulas[m.start] = Mention(m.start, found, formula_of(name) or FORMULA_PREFIX + name, "HERB", HOW, name)
            changed = True
    herbs_by_end = {m.end: m for m in out if _is_plain_herb(m)}
    for start in sorted(formulas, reverse=True):  # (2) herbs touching a formula on its left
        f = formulas[start]
        a, n = f.start, 0
        while a in herbs_by_end and herbs_by_end[a].start not in formulas and contiguous(a):
            a, n = herbs_by_end[a].start, n + 1
        if 0 < n <= _MAX_HERBS_IN_NAME:  # a longer run is a herb list ending in a formula (…薄荷六一散)
            name = text[a:f.end]
            formulas[start] = Mention(a, f.end, formula_of(name) or FORMULA_PREFIX + name, "HERB", HOW, name)
            changed = True
    if not changed:
        return mentions
    spans = [(f.start, f.end) for f in formulas.values()]
    kept = [m for m in out if not _is_formula(m) and not any(a <= m.start and m.end <= b for a, b in spans)]
    return sorted([*kept, *formulas.values()], key=lambda m: (m.start, -m.end))

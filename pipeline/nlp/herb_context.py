"""Herb preparations named after their herb: the span grows over the preparation words.

Papers name what they tested as a fraction or preparation of a herb: "Ginkgo biloba extract",
"total saponins of Panax notoginseng", "Astragalus injection", 三七总皂苷, 银杏叶提取物,
藤茶总黄酮. The mention is the herb's (its entity id): the preparation is linked to the herb it
is made from, and a definition right after it ("… (PNS)", "… (TS)") then defines the short
form as that herb (pipeline/nlp/abbreviations.py takes the mention that ends before the
parenthesis). Pure functions over one paragraph's text and mentions.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import replace
from functools import lru_cache

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_PREPARATION = (
    r"extracts?|saponins?|saponin|flavonoids?|polysaccharides?|glycosides?|alkaloids?|"
    r"injection|decoction|granules?|capsules?|tablets?|powder|fraction"
)
_EN_AFTER = lazy_re.compile(
    r"(?: (?:leaf|leaves|root|roots|rhizome|seed|seeds|fruit|flower|flowers|bark|herb))?"
    r" (?:(?:aqueous|water|ethanol|ethanolic|methanol|methanolic|alcohol|total|crude|standardized|"
    r"standardised)\s)?(?:" + _PREPARATION + r")(?![\w-])",
    re.IGNORECASE,
)
_EN_BEFORE = lazy_re.compile(
    r"(?<![\w-])(?:(?:total|crude|the) )?(?:\w*(?:flavon(?:oid)?s?|" + _PREPARATION + r")) (?:of|from) $",
    re.IGNORECASE,
)
# Between a binomial and its preparation: a family or common name in parentheses and the
# botanical authority (Houttuynia cordata (Saururaceae) injection, Solanum lyratum Thunberg
# extract, Viscum cruciatum Sieb extract, Tripterygium wilfordii Hook F extract).
_AUTHORITY = lazy_re.compile(
    r"(?: \([A-Z][a-z]+(?: [a-z]+)?\))?"
    r"(?: [A-Z][a-z]{0,11}\.?(?: (?:et|ex|&) [A-Z][a-z]{0,11}\.?)?(?: [fF]\.?)?)?"
)
_ZH_AFTER = lazy_re.compile(
    r"(?:总皂苷|总黄酮|总生物碱|总多糖|总苷|皂苷|多糖|提取物|提取液|水提物|醇提物|水提液|"
    r"注射液|颗粒|胶囊|片|散剂|粉)"
)


# Processing methods (炮制) written before a herb: 炙甘草, 炒白术, 制附子, 焦山楂, 煅牡蛎.
PROCESSING = frozenset("炙炒制焦煅炮酒蜜醋")


def strip_processing(mentions: list[Mention], herb_of) -> list[Mention]:
    """A processed herb (炙甘草) is a mention of the herb (甘草) it is made from: the processing
    character is a modifier, as most TCM annotation schemes treat it (cshan TCM NER: 炙/炒/制
    are outside the herb span four times in five). ``herb_of(surface) -> entity id | None``."""
    out = []
    for m in mentions:
        if (
            m.label == "HERB"
            and len(m.text) > 2
            and m.text[0] in PROCESSING
            and not m.entity_id.startswith("FML:")
        ):
            base = herb_of(m.text[1:])
            if base is not None:
                m = replace(m, start=m.start + 1, text=m.text[1:], entity_id=base)
        out.append(m)
    return out


# Verbs of a prescription that stand before a herb (加紫草 = add 紫草). HERB lists species whose
# Chinese name starts with one (加紫草 Arnebia guttata, 和木瓜 Chaenomeles japonica): in a
# Chinese text the verb and the pharmacopoeia herb are meant. Not 合 (合欢皮, 合欢花).
CUE_VERBS = frozenset("加用入及与并和或")


def strip_cue_verbs(mentions: list[Mention], herb_of) -> list[Mention]:
    """A herb mention whose first character is a prescription verb (CUE_VERBS) and whose rest
    names a herb is a mention of that rest: 加紫草 -> 紫草 (cshan: 加紫草茜草凉血止血).
    ``herb_of(surface) -> entity id | None``."""
    out = []
    for m in mentions:
        if m.label == "HERB" and len(m.text) > 2 and m.text[0] in CUE_VERBS and not m.entity_id.startswith("FML:"):
            rest = herb_of(m.text[1:])
            if rest is not None:
                m = replace(m, start=m.start + 1, text=m.text[1:], entity_id=rest)
        out.append(m)
    return out


def _starts_herb(text: str, i: int, herb_of) -> bool:
    """A herb name (2-4 characters) starts at text[i]: 粉葛, 粉防己, 片姜黄."""
    return any(herb_of(text[i:i + n]) for n in (2, 3, 4) if i + n <= len(text))


_NAMED_FRACTION = lazy_re.compile(r"^(?P<herb>.+?)\s(?:(?:total|crude)\s)?(?:saponins?|extracts?|flavonoids?|polysaccharides?)$",
                                  re.IGNORECASE)


def herb_fractions(mentions: list[Mention], herb_of) -> list[Mention]:
    """A compound whose dictionary name is a herb's fraction ("ginseng saponins", "propolis
    extract") is the herb, as "Ginseng total saponins" is (GUIDELINES 5.2: an extract or fraction
    of one herb is annotated as the herb). ``herb_of(surface) -> entity id | None``."""
    out = []
    for m in mentions:
        hit = _NAMED_FRACTION.match(m.text) if m.label == "COMPOUND" else None
        herb = herb_of(hit.group("herb")) if hit else None
        out.append(replace(m, entity_id=herb, label="HERB") if herb else m)
    return out


def extend_preparations(text: str, mentions: list[Mention], herb_of=None) -> list[Mention]:
    """Herb mentions (not formulas) grown over the preparation words around them. A one-
    character Chinese suffix that starts the next herb's name is that herb's (香茹粉葛根 = 香茹 +
    粉葛根, 片姜黄); longer suffixes are words of their own (竹节参总皂苷, though HERB has a
    name 总皂). ``herb_of(surface) -> entity id | None`` tells."""
    out: list[Mention] = []
    herbs = [m for m in mentions if m.label == "HERB" and not m.entity_id.startswith("FML:")]
    if not herbs:
        return mentions
    grown: dict[int, Mention] = {}
    for m in herbs:
        start, end = m.start, m.end
        if "\u3400" <= text[end - 1] <= "\u9fff":
            after = _ZH_AFTER.match(text, end)
            if after and len(after.group()) == 1 and herb_of is not None and _starts_herb(text, after.start(), herb_of):
                after = None
        else:
            after = _EN_AFTER.match(text, _AUTHORITY.match(text, end).end()) or _EN_AFTER.match(text, end)
        if after:
            end = after.end()
        before = _EN_BEFORE.search(text, max(0, start - 40), start)
        if before:
            start = before.start()
        if (start, end) != (m.start, m.end):
            grown[id(m)] = replace(m, start=start, end=end, text=text[start:end])
    if not grown:
        return mentions
    spans = list(grown.values())
    for m in mentions:
        if id(m) in grown:
            out.append(grown[id(m)])
        elif m.label == "COMPOUND" and any(g.start <= m.start and m.end <= g.end for g in spans):
            continue  # "saponins" of "total saponins of Panax notoginseng"
        elif any(g.start < m.end and m.start < g.end for g in spans):
            continue
        else:
            out.append(m)
    return sorted(out, key=lambda m: (m.start, -m.end))


# --- run-on herb lists (classical prescriptions written without punctuation) ----------------

_LONGEST_HERB = 6  # longest Chinese herb name tried inside a run (山慈菇, 威灵仙, 七叶一枝花 …)
_EXTEND = 2  # characters a run is widened by on each side (the head of 甘草 in 甘草芍药)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_HAN_RUN = lazy_re.compile(r"[\u3400-\u9fff]+")


def _plain_herb(m: Mention) -> bool:
    return m.label == "HERB" and not m.entity_id.startswith("FML:") and _HAN_RUN.fullmatch(m.text) is not None


def resegment_runs(
    text: str,
    mentions: list[Mention],
    herb_of: Callable[[str], str | None],
    frequency: Callable[[str], int],
    prefixes: Container[str] | None = None,
) -> list[Mention]:
    """Herb boundaries in a run of herb names written without punctuation (熟地黄山药山茱萸).

    Leftmost-longest matching reads 熟地黄山药 as 熟地 + 黄山药 (Dioscorea panthaica): the
    dictionary holds both. A run of touching herb mentions (widened by two Han characters on
    each side, never over another mention) is re-segmented into herb names by a
    maximum-coverage path, as jieba's DAG does (Sun 2012): most characters covered by herb
    names, then fewest names, then the largest sum of log word frequencies (``frequency``:
    jieba's dictionary count, 0 if unknown). The new reading replaces the old one only when
    it covers more characters, or as many with fewer names or a more probable path, and
    covers every character the old mentions covered (山栀子 stays 山栀 + 子, not 山 + 栀子).
    ``herb_of(surface) -> herb id | None`` (formulas excluded); ``prefixes``: every prefix of
    the dictionary's Chinese terms, if known (a name is looked for only while it can grow)."""
    herbs = sorted((m for m in mentions if _plain_herb(m)), key=lambda m: (m.start, m.end))
    if not herbs:
        return mentions
    others = [m for m in mentions if not _plain_herb(m)]
    runs: list[list[Mention]] = []
    for m in herbs:  # runs closer than two widenings are one run (no overlapping readings)
        gap = text[runs[-1][-1].end:m.start] if runs else ""
        if runs and (m.start <= runs[-1][-1].end or (
            len(gap) <= 2 * _EXTEND and all(_is_han(c) for c in gap)
            and not any(_covered(others, i) for i in range(runs[-1][-1].end, m.start))
        )):
            runs[-1].append(m)
        else:
            runs.append([m])
    replaced: dict[int, list[Mention]] = {}  # id(first mention of the run) -> new mentions
    dropped: set[int] = set()
    for run in runs:
        start, end = run[0].start, max(m.end for m in run)
        lo, hi = start, end
        while lo > start - _EXTEND and lo > 0 and _is_han(text[lo - 1]) and not _covered(others, lo - 1):
            lo -= 1
        while hi < end + _EXTEND and hi < len(text) and _is_han(text[hi]) and not _covered(others, hi):
            hi += 1
        if len(run) == 1 and (lo, hi) == (start, end):
            continue
        best = _best_path(text, lo, hi, herb_of, frequency, prefixes, {m.span for m in run})
        old = _path_score([(m.start, m.end) for m in run], text, frequency)
        if best is None or _path_score(best, text, frequency) <= old:
            continue
        if not _chars(run_spans := [m.span for m in run]) <= _chars(best):
            continue  # never uncovers a character of a herb mention (山栀|子 is not 山|栀子)
        if set(best) == set(run_spans):
            continue
        kept = {m.span: m for m in run}
        new = []
        for a, b in best:
            if (a, b) in kept:
                new.append(kept[(a, b)])
            else:
                new.append(replace(run[0], start=a, end=b, text=text[a:b], entity_id=herb_of(text[a:b]) or ""))
        replaced[id(run[0])] = new
        dropped.update(id(m) for m in run)
    if not replaced:
        return mentions
    out = [m for m in mentions if id(m) not in dropped]
    for new in replaced.values():
        out.extend(new)
    return sorted(out, key=lambda m: (m.start, -m.end))


def _chars(spans: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


def _covered(mentions: list[Mention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


def _path_score(path: list[tuple[int, int]], text: str, frequency) -> tuple[int, int, float]:
    covered = sum(b - a for a, b in path)
    return covered, -len(path), sum(math.log(frequency(text[a:b]) + 1) for a, b in path)


def _best_path(text: str, lo: int, hi: int, herb_of, frequency, prefixes=None,
               current: set[tuple[int, int]] | None = None) -> list[tuple[int, int]] | None:
    """The best segmentation of text[lo:hi] into herb names and uncovered characters; None
    when the herb names found there are exactly the ``current`` ones (nothing to choose)."""
    names: dict[int, list[int]] = {}
    for a in range(lo, hi - 1):
        for b in range(a + 2, min(hi, a + _LONGEST_HERB) + 1):
            piece = text[a:b]
            if prefixes is not None and piece not in prefixes:
                break
            if herb_of(piece):
                names.setdefault(a, []).append(b)
    if not names or (current is not None and {(a, b) for a, ends in names.items() for b in ends} == current):
        return None
    # best[i] = (score, path) for text[i:hi]
    best: list[tuple[tuple[int, int, float], list[tuple[int, int]]]] = [((0, 0, 0.0), [])] * (hi - lo + 1)
    for i in range(hi - 1, lo - 1, -1):
        score, path = best[i + 1 - lo]
        options = [(score, path)]  # character i uncovered
        for b in names.get(i, []):
            s, p = best[b - lo]
            w = (b - i, -1, math.log(frequency(text[i:b]) + 1))
            options.append(((s[0] + w[0], s[1] + w[1], s[2] + w[2]), [(i, b), *p]))
        best[i - lo] = max(options, key=lambda o: o[0])
    return best[0][1] or None


# Prefixes of a herb's form that the herb's mention leaves out: the processing methods and
# the states fresh (鲜), raw (生), prepared (熟). 生地黄, 熟地黄, 生姜 are herbs of their own
# (the dictionary matches them whole, so they are never looked at here).
FORM_PREFIXES = PROCESSING | frozenset("生熟鲜")
_FORM_PREFIX_RE = lazy_re.compile("[" + "".join(sorted(FORM_PREFIXES)) + "]")


def prefixed_herbs(text: str, mentions: list[Mention], herb_of: Callable[[str], str | None]) -> list[Mention]:
    """Herbs written after a form prefix that the matcher refused (鲜荷叶, 生甘草, 炒川椒).

    The matcher accepts a Chinese match only on jieba token edges, and jieba reads 生甘 or
    鲜荷 as words. After a form prefix that no mention covers, the longest herb name (2 to 4
    characters) that no mention overlaps becomes a mention of that herb; the prefix stays
    outside, as for strip_processing. ``herb_of(surface) -> herb id | None``."""
    added: list[Mention] = []
    for found in _FORM_PREFIX_RE.finditer(text):
        i = found.start()
        for n in (4, 3, 2):
            end = i + 1 + n
            if end > len(text):
                continue
            herb = herb_of(text[i + 1:end])  # most are no term: the cheap test first
            if herb and not any(m.start < end and i < m.end for m in mentions):
                added.append(Mention(i + 1, end, herb, "HERB", "dictionary", text[i + 1:end]))
                break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# Prescription verbs that jieba glues to the first character of the herb after them: 加大 (enlarge)
# in 加大黄, 用地 (land use) in 方用地黄, so the herb has no token edge at its start.
GLUED_CUES = frozenset("加用入")
_GLUED_CUE = lazy_re.compile("[" + "".join(sorted(GLUED_CUES)) + "]")


def cue_glued_herbs(text: str, mentions: list[Mention], herb_of: Callable[[str], str | None],
                    word_count: Callable[[str], int]) -> list[Mention]:
    """Herbs after a prescription verb that jieba reads together with the herb's first
    character (加大|黄, 用地|黄; ``word_count``: jieba's count, > 0 for its words): the longest
    herb name (2 to 4 characters) after the verb that no mention overlaps becomes a mention,
    as prefixed_herbs does after a form prefix. Only where the verb and that character are a
    jieba word, so the edge rule is what refused the herb (0 additions on 154 modern Chinese
    papers; 3 on the 6,009 cshan sentences). ``herb_of(surface) -> herb id | None``."""
    added: list[Mention] = []
    for cue in _GLUED_CUE.finditer(text, 0, max(0, len(text) - 2)):  # the verbs only, not every character
        i = cue.start()
        if not word_count(text[i:i + 2]):
            continue
        if any(m.start <= i < m.end for m in mentions):
            continue
        for n in (4, 3, 2):
            end = i + 1 + n
            if end > len(text):
                continue
            herb = herb_of(text[i + 1:end])
            if herb and not any(m.start < end and i + 1 < m.end for m in mentions):
                added.append(Mention(i + 1, end, herb, "HERB", "dictionary", text[i + 1:end]))
                break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# --- contractions of two herbs (参芪 = 人参 + 黄芪, 芩连 = 黄芩 + 黄连) -------------------------

_FORMULA_FORMS = lazy_re.compile(r"(?:汤|散|丸|饮子|饮|丹|膏|煎|方)$")
_NUMERALS = frozenset("一二三四五六七八九十百千半")
_CUE_BEFORE = frozenset("加入用合以及或去倍并与和配兼佐")  # 加参芪, 用芩连
_CUE_AFTER = frozenset("以之等各亦为者接加")  # 参芪以补气, 芩连之苦
_FORM_AFTER = frozenset("汤散丸饮丹膏煎方")



def _name_left(name: str, members: list[str]) -> str:
    """A formula name with its dosage form taken out and its components' full names masked
    (``\\0``): the characters that may stand for a component in short."""
    rest = _FORMULA_FORMS.sub("", name)
    for m in sorted(members, key=len, reverse=True):
        rest = rest.replace(m, "\0" * len(m))
    return rest


def contraction_table(
    formulas: Iterable[tuple[str, list[str]]], min_count: int = 3, min_share: float = 0.6
) -> dict[str, str]:
    """Which herb one character stands for, read from formula names and their components.

    Classical formula names are made of their herbs' characters (麻杏石甘汤: 麻黄, 杏仁,
    石膏, 甘草; 参苓白术散: 人参, 茯苓 …). In each formula name (dosage form and full herb
    names taken out) a character that belongs to exactly one component's name votes for
    that component; a character that votes for one herb in at least ``min_share`` of at
    least ``min_count`` formulas stands for it (参 -> 人参, 芪 -> 黄芪, 芩 -> 黄芩). Numerals
    are left out. ``formulas``: (formula Chinese name, component herbs' Chinese names)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, members in formulas:
        members = [m for m in members if m]
        rest = _name_left(name, members)
        for ch in set(rest) - {"\0"} - _NUMERALS:
            owners = {m for m in members if ch in m}
            if owners:  # 升 of 升阳 belongs to no component: no vote
                votes[ch][owners.pop() if len(owners) == 1 else ""] += 1
    table = {}
    for ch, v in votes.items():
        herb, n = v.most_common(1)[0]
        if herb and n >= min_count and n / sum(v.values()) >= min_share:
            table[ch] = herb
    return table


def contraction_pairs(
    formulas: Iterable[tuple[str, list[str]]], table: dict[str, str] | None = None,
    min_count: int = 2, min_share: float = 0.6,
) -> dict[str, list[str]]:
    """Which two herbs a pair of characters stands for, read from formula names as a pair.

    contraction_table leaves out a character that stands for several herbs across formulas (姜:
    生姜 or 干姜; 苓: 茯苓 or 猪苓), but a fixed pair of them names the same two herbs in the
    formulas it heads: 姜附 (干姜附子汤, 姜附汤: 干姜 + 附子), 荆防 (荆芥 + 防风), 龙牡, 香连, 苓术. In
    each formula name (dosage form and full herb names taken out), two adjacent characters that
    each belong to exactly one component, two different ones, vote for that pair of herbs; a pair
    that votes so in at least ``min_share`` of at least ``min_count`` formulas is kept, unless
    both characters are in ``table`` already (contraction_table reads those). ``formulas``:
    (formula Chinese name, component herbs' Chinese names). Returns pair -> [herb, herb]."""
    table = table or {}
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, members in formulas:
        members = [m for m in members if m]
        rest = _name_left(name, members)
        for a, b in zip(rest, rest[1:]):
            if "\0" in (a, b) or a in _NUMERALS or b in _NUMERALS:
                continue
            owners_a = {m for m in members if a in m}
            owners_b = {m for m in members if b in m}
            one = len(owners_a) == 1 and len(owners_b) == 1 and owners_a != owners_b
            votes[a + b][(owners_a.pop(), owners_b.pop()) if one else None] += 1
    pairs = {}
    for pair, v in votes.items():
        herbs, n = v.most_common(1)[0]
        in_table = pair[0] in table and pair[1] in table
        if herbs and n >= min_count and n / sum(v.values()) >= min_share and not in_table:
            pairs[pair] = list(herbs)
    return pairs


# Fixed pairs of the prescription language that the dictionary's formulas do not name often enough
# to be read (contraction_pairs): 姜枣 (生姜 + 大枣, the usual 引 "姜枣为引", "姜枣煎服"), 芎归
# (川芎 + 当归, 芎归汤 = 佛手散), 麦味 (麦冬 + 五味子, 麦味地黄丸). Curated from the classical usage,
# one entry per standing pair (药对); the build's formula list has each once or not at all.
CURATED_PAIRS: dict[str, list[str]] = {
    "姜枣": ["生姜", "大枣"], "芎归": ["川芎", "当归"], "麦味": ["麦冬", "五味子"],
}


def _pair_herbs(a: str, b: str, table: dict[str, str],
                pairs: dict[str, list[str]]) -> list[str] | None:
    """The two herb names characters a + b stand for (pairs first, then one per character)."""
    if a + b in pairs:
        return pairs[a + b]
    if a in table and b in table and table[a] != table[b]:
        return [table[a], table[b]]
    return None


@lru_cache(maxsize=4)
def _pair_pattern(chars: str) -> re.Pattern:
    """Two table characters in a row, overlapping matches included (one search per text): the
    first character consumed, the second looked ahead at, so that ``re`` skips to a table
    character by the pattern's first character instead of trying a look-ahead at every character
    of the paragraph (a match one character long leaves every next start to be tried, as the
    look-ahead alone "(?=[…]{2})" did)."""
    return re.compile(f"[{re.escape(chars)}](?=[{re.escape(chars)}])")


def contractions(
    text: str, mentions: list[Mention], table: dict[str, str], herb_of: Callable[[str], str | None],
    word_count: Callable[[str], int] | None = None, pairs: dict[str, list[str]] | None = None,
) -> list[Mention]:
    """Two herbs written as one character each (参芪, 芩连, 升柴, 麻杏): two mentions of one span.

    A pair of characters that ``table`` maps to two different herbs (contraction_table),
    where no mention is, standing alone: after a non-Han character, a cue (加, 用, 合 …) or a
    herb mention, and before a non-Han character, a cue (以, 之, 等 …) or a herb mention, and
    not before a dosage form (姜附汤 is a formula). One side is enough when it is a herb mention
    or a cue and ``word_count`` (jieba's count) does not know the pair as a word (得芩连之, but
    not 带有血丝，). Pairs next to pairs found are read in turn (栀苍连芍郁金). ``pairs``
    (contraction_pairs) adds fixed pairs of characters the table leaves out (姜附, 荆防). The span
    is one mention per herb, so the relations see both herbs; display keeps one
    (nlp/pipelines.displayed)."""
    if len(text) < 2:
        return mentions
    pairs = pairs or {}
    # the table's characters in its own order (a character class: any order is the same pattern;
    # sorting them for every paragraph was half of this function's time on the 16x benchmark)
    starts = [found.start() for found in _pair_pattern("".join(table)).finditer(text)]
    if pairs:
        fixed = _fixed_pair_pattern(tuple(sorted(pairs)))
        starts = sorted({*starts, *(found.start() for found in fixed.finditer(text))})
    if not starts:
        return mentions
    for _ in range(_MAX_CHAIN):  # a pair next to a pair found in the pass before (栀苍连芍郁金)
        found = _contractions_once(text, mentions, table, herb_of, starts, word_count, pairs)
        if found is mentions:
            break
        mentions = found
    return mentions


_MAX_CHAIN = 4


@lru_cache(maxsize=4)
def _fixed_pair_pattern(pairs: tuple[str, ...]) -> re.Pattern:
    """The fixed pairs, overlapping matches included (one search per text): each pair's first
    character consumed and its second looked ahead at (as ``_pair_pattern``)."""
    return re.compile("|".join(re.escape(p[:1]) + "(?=" + re.escape(p[1:]) + ")" for p in pairs))


def _contractions_once(text, mentions, table, herb_of, pairs, word_count=None, fixed=None):
    starts = {m.start for m in mentions if m.label == "HERB"}
    ends = {m.end for m in mentions if m.label == "HERB"}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for i in pairs:
        a, b = text[i], text[i + 1]
        names = _pair_herbs(a, b, table, fixed or {})
        if names is None or i in taken or i + 1 in taken:
            continue
        before = text[i - 1] if i else ""
        after = text[i + 2] if i + 2 < len(text) else ""
        if before in _CUE_BEFORE and word_count is not None and word_count(before + a):
            before = "\0"  # 加味 (modified) is a word, no cue: 加味柴芍六君汤 is a formula name
        left = not (before and _is_han(before) and before not in _CUE_BEFORE and i not in ends)
        right = not (after and _is_han(after) and after not in _CUE_AFTER and i + 2 not in starts)
        # one side is enough when it is a herb or a cue and the pair is no word (血丝, 神志)
        strong = (i in ends or before in _CUE_BEFORE or i + 2 in starts or after in _CUE_AFTER) and not (
            word_count is not None and any(word_count(w) for w in (
                a + b, text[max(0, i - 1):i + 1], text[max(0, i - 2):i + 1], text[i + 1:i + 3], text[i + 1:i + 4])
                if len(w) > 1))  # nor a word across its edges (神经元连接)
        if after in _FORM_AFTER or not ((left and right) or ((left or right) and strong)):
            continue
        ids = [herb_of(names[0]), herb_of(names[1])]
        if None in ids:
            continue
        added += [Mention(i, i + 2, hid, "HERB", "dictionary", a + b) for hid in ids]
        taken.update((i, i + 1))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# --- herb names that name no herb: sizes, shapes, lesions ----------------------------------

_SIMILE_BEFORE = frozenset("如似若丸泛")  # 如梧桐子大, 丸樱桃大, 水泛绿豆大, 如椒目状
_SIMILE_AFTER = frozenset("大许状样")
_LOOK_BEFORE = frozenset("如似若")  # 如蝼蛄串穴之状: a look described over a few characters
_LOOK_SPAN = 6  # characters between the herb and 状 (串穴之 in 如蝼蛄串穴之状)
_CLAUSE_END = frozenset("，。；：、,.;:!?！？\n")
_LESION_AFTER = ("疮", "疔", "疹", "癣", "痘", "痔", "瘤", "结毒",  # 杨梅疮 is syphilis
                 "疖", "螫", "蜇", "咬伤")  # 蝼蛄疖 (a boil), 蜈蚣螫伤 (a centipede sting)
_NODULE = "结"  # 杨梅结 (a syphilitic nodule), but 结合/结果/结构 … are other words
_NOT_NODULE = frozenset("合果构晶论束核局算")


# A size range or a size noun after a seed or bean: 绿豆到黄豆大小, 黄豆大小, 米粒至绿豆大.
_SIZE_RANGE = lazy_re.compile(r"(?:[到至~～\-－][\u3400-\u9fff]{1,4})?大小")


def _is_size(text: str, m: Mention, covered: Container[int] = ()) -> bool:
    """The herb is a size: 如/似/若/丸/泛 + herb + 大/许/状/样 (丸如梧桐子大, 水泛绿豆大), or
    herb + 大 ending its clause right after a pill (和丸，梧桐子大，每服; 陈米饭丸，绿豆大。), or
    after 或 (如芥子大，或绿豆大，: the second term of a size), or herb + 大小, alone or as the
    first end of a range (皮损为绿豆到黄豆大小: dermatology's sizes of papules and nodules), where
    no mention (``covered``: positions) holds 大 or 小 (生地大小蓟 = 大蓟 + 小蓟)."""
    before = text[m.start - 1] if m.start else ""
    after = text[m.end:m.end + 1]
    if before in _SIMILE_BEFORE and before and after in _SIMILE_AFTER and after:
        return True
    size = _SIZE_RANGE.match(text, m.end)
    if size and size.end() - 2 not in covered and size.end() - 1 not in covered:
        return True
    clause_ends = m.end + 1 >= len(text) or text[m.end + 1] in _CLAUSE_END
    if before == "或" and after == "大" and clause_ends:
        return True
    if after == "大" and (m.end + 1 >= len(text) or text[m.end + 1] in _CLAUSE_END):
        # the clause before holds the pill: 丸 or 泛 ends it (陈米饭丸，) or stands in it
        k = m.start - 1
        while k >= 0 and text[k] in _CLAUSE_END:
            k -= 1
        return k >= 0 and text[k] in "丸泛"
    return False


def _is_look(text: str, m: Mention) -> bool:
    """如/似/若 + herb + up to _LOOK_SPAN characters + 状, within one clause (如蝼蛄串穴之状)."""
    if not m.start or text[m.start - 1] not in _LOOK_BEFORE:
        return False
    for ch in text[m.end:m.end + _LOOK_SPAN + 1]:
        if ch in _CLAUSE_END:
            return False
        if ch == "状":
            return True
    return False


# A look compared with a herb: 如/似/若 after a word of shape, colour or growth (形如椒目, 色紫暗如
# 败酱, 色红如赤豆, 渐长如椒目), or before 形/样 one character on (如粟米形, 如扁豆壳样). After a
# comma or a cue, 如 + herb gives examples ("治宜清火，如黄连山栀"): no look word, kept.
_LOOK_WORDS = frozenset("形状色红赤黄白黑青紫暗长")
_LOOK_NOUNS = frozenset("形样")


def _is_described_look(text: str, m: Mention) -> bool:
    """形如/色…如/长如 + herb, or 如 + herb (+ one character) + 形/样, within the clause."""
    if m.start < 2 or text[m.start - 1] not in _LOOK_BEFORE:
        return False
    if text[m.start - 2] in _LOOK_WORDS:
        return True
    after = text[m.end:m.end + 2]
    return after[:1] in _LOOK_NOUNS or (len(after) == 2 and after[0] not in _CLAUSE_END and after[1] in _LOOK_NOUNS)


def _is_lesion(text: str, m: Mention) -> bool:
    """The herb names a lesion: 杨梅疮, 杨梅之疮, 杨梅结毒, 杨梅结 (not 结合, 结果 …)."""
    after = text[m.end:m.end + 3]
    if after.startswith("之"):
        after = after[1:]
    if after.startswith(_LESION_AFTER):
        return True
    return after[:1] == _NODULE and after[1:2] not in _NOT_NODULE


def drop_comparisons(text: str, mentions: list[Mention]) -> list[Mention]:
    """Herb names used as a measure or a look, not as a drug: the classical pill and lesion
    sizes (丸如梧桐子大, 炼蜜丸樱桃大, 水泛绿豆大, 陈米饭丸，绿豆大, 如椒目状, 如蝼蛄串穴之状)
    and lesions named after a fruit (杨梅疮, 杨梅之疮, 杨梅结毒: syphilis), and colours and shapes
    compared with a herb (色紫暗如败酱, 形如椒目, 如粟米形), sizes as ranges (绿豆到黄豆大小) and
    boils and stings named after an animal drug (蝼蛄疖, 蜈蚣螫伤). Such a herb mention is dropped
    (_is_size, _is_look, _is_described_look, _is_lesion)."""
    out = []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label == "HERB" and not m.entity_id.startswith("FML:") and _is_han(m.text[-1]):
            if (_is_size(text, m, covered) or _is_look(text, m) or _is_described_look(text, m)
                    or _is_lesion(text, m)):
                continue
        out.append(m)
    return out


# --- short names that are also ordinary words: herbs only inside a herb list ---------------

# 五味 is 五味子 in 知母五味杏仁 but the five flavours in 四气五味; 合欢 (合欢皮) and 决明
# (决明子) are ordinary words too. Curated from the prescription names of the pharmacopoeia.
LIST_ONLY_NAMES = {"五味": "五味子", "合欢": "合欢皮", "决明": "决明子"}
_LIST_SEPARATORS = frozenset("、，,；; ")
# A dose right after a name makes it a drug of a prescription: 五味三分, 五味一钱, 五味各等分.
_DOSE_AFTER = lazy_re.compile(r"[一二三四五六七八九十百半两]+[钱分两]|各")


def list_only_names(
    text: str, mentions: list[Mention], herb_of: Callable[[str], str | None],
    names: dict[str, str] = LIST_ONLY_NAMES,
) -> list[Mention]:
    """Short herb names that are also ordinary words (LIST_ONLY_NAMES), read as the herb only
    inside a list of herbs: a herb mention touches the name, or is one list separator away,
    on either side; or a dose follows it (酒洗五味三分, the prescription's own notation). Where
    no mention is already."""
    herb_edges = [(m.start, m.end) for m in mentions if m.label == "HERB" and not m.entity_id.startswith("FML:")]
    if not herb_edges:
        return mentions
    starts = {a for a, _ in herb_edges}
    ends = {b for _, b in herb_edges}
    added = []
    for short, full in names.items():
        for found in re.finditer(short, text):
            a, b = found.span()
            if any(m.start < b and a < m.end for m in mentions):
                continue
            left = a in ends or (a > 0 and text[a - 1] in _LIST_SEPARATORS and a - 1 in ends)
            right = b in starts or (b < len(text) and text[b] in _LIST_SEPARATORS and b + 1 in starts)
            dosed = _DOSE_AFTER.match(text, b) is not None
            herb = herb_of(full)
            if (left or right or dosed) and herb:
                added.append(Mention(a, b, herb, "HERB", "dictionary", short))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# --- a herb named by its head noun after its full name (document-wide) ----------------------------

_ENGLISH_WORDS = lazy_re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){1,2}")


def head_noun_herbs(mentions_in_order: Iterable[Mention]) -> dict[str, str]:
    """Lower-cased bare herb name -> the herb id of the more specific name it heads, for one
    document's English mentions in reading order. An English herb name is a head noun with
    modifiers ("Korean red ginseng", "American ginseng"), and a paper that names its herb so once
    shortens it to the head afterwards ("… ginseng inhibited obesity", validation PMID26707750:
    title "Korean red ginseng", then "ginseng" 12 times; the definite or bare head noun refers to
    the discourse's salient referent it names, Prince 1981 / centering, Grosz, Joshi & Weinstein
    1995). The dictionary reads the bare head as its own herb (ginseng: 人参), so it is relinked when
    the document named, before the first bare use, exactly one more specific herb (a HERB mention of
    two or three words whose last word is the bare name, another herb id); two such herbs ("red
    ginseng" and "American ginseng") leave the bare name as it is."""
    specific: dict[str, set[str]] = {}
    first_specific: dict[str, int] = {}
    bare: dict[str, str] = {}  # bare name -> its own herb id
    first_bare: dict[str, int] = {}
    for order, m in enumerate(mentions_in_order):
        if m.label != "HERB" or not m.entity_id:
            continue
        words = m.text.split()
        if len(words) == 1 and words[0].isalpha():
            key = words[0].lower()
            bare.setdefault(key, m.entity_id)
            first_bare.setdefault(key, order)
        elif 2 <= len(words) <= 3 and _ENGLISH_WORDS.fullmatch(m.text):
            key = words[-1].lower()
            specific.setdefault(key, set()).add(m.entity_id)
            first_specific.setdefault(key, order)
    out: dict[str, str] = {}
    for key, own in bare.items():
        others = specific.get(key, set()) - {own}
        if len(others) == 1 and first_specific[key] < first_bare[key]:
            out[key] = next(iter(others))
    return out


def relink_head_nouns(mentions: list[Mention], table: dict[str, str]) -> list[Mention]:
    """``mentions`` with each one-word HERB mention named in ``table`` (``head_noun_herbs``) linked
    to the specific herb; ``how`` becomes ``head-noun``."""
    if not table:
        return mentions
    return [replace(m, entity_id=table[m.text.lower()], how="head-noun")
            if m.label == "HERB" and " " not in m.text and m.text.lower() in table else m for m in mentions]

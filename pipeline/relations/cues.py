"""Cue words that state an effect, a mechanism, a composition — and negation and hedging.

Bilingual lexicons as regular expressions, one class each. Direction of an effect cue:
+1 (up / activate) or −1 (down / inhibit). The grammar that decides which cue governs which
entity lives in effects.py; this module only finds cue words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import lazy_re
from pipeline._core import cue_hits

# class -> (pattern, sign)
_LEXICON: dict[str, tuple[str, int]] = {
    "up": (r"上调|上升|升高|增加|提升|提高|增多|up[\s-]?regulat\w*|increas\w*|elevat\w*|rais\w*|augment\w*|"
           r"stabili[sz]\w*", +1),  # "interact with and stabilize TAK1": a protein kept from turnover stays at a higher level
    # (not the enzyme noun "reductase": "the 5-alpha-reductase enzyme deficiency" (BioRED train PMID15064320), "steroid
    # 5alpha-reductase deficiency type 2" (PMID15770495), "quinone reductase", "ribonucleotide reductase" are no gene
    # mentions of the dictionary, and their "reduc" was a down cue that turned the sign of an enzyme listed after them)
    "down": (r"下调|降低|减少|下降|减低|down[\s-]?regulat\w*|decreas\w*|reduc(?!tases?\b)\w*|lower\w*|diminish\w*|"
             r"clear(?:ing|s|ed|ance)\b|"  # "by clearing FABP3" (GUIDELINES 2: a level)
             r"destabili[sz]\w*", -1),  # the converse of stabilize (a cue starts a word: "stabiliz" is not in it)
    # (not the DNA regions "promoter" and "enhancer": "Curcumin decreased IL-6 promoter activity and TNF-α expression"
    # read "promoter" as the verb governing TNF-α; BioRED train holds "promoter" in 57 sentences, "the lpa2 promoter",
    # "the MT1G promoter", "the collagen 2 promoter" in validation_en PMID26027517, PMID27184800, PMID19536134)
    # 启动 "initiate, set off" as a verb ("ASK1被释放出来进而启动了细胞凋亡程序", validation39_zh ChinaXiv-201707.00683V1;
    # "最后启动细胞发生凋亡", new_papers_zh ChinaXiv-201707.00654V1; "使JNK2蛋白磷酸化来启动炎症反应", ChinaXiv-201810.00267V1;
    # "会导致mTORC1失活,启动自噬", sample ChinaXiv-201711.01551V1; "启动自噬" 5 times in 3 free-pool papers); not the
    # nouns 启动子/启动区/启动序列/启动元件 (a promoter: most of the word's uses), 启动密码子, the role nouns 启动蛋白/启动因子/
    # 启动酶/启动型 ("Bcl-2相关死亡启动蛋白(Bad)", ChinaXiv-201712.00947V1), the stage 启动阶段/启动步骤, nor "X的启动" (a noun)
    "activate": ((r"激活|活化|促进|诱导|增强|引发|引起|触发|刺激|恢复|"
                 r"启动(?<!的启动)(?!子|区|序列|元件|密码|蛋白|因子|酶|型|位点|阶段|步骤|时)|activat\w*|induc\w*|promot(?!ers?\b)\w*|stimulat\w*|"
                 r"enhanc(?!ers?\b)\w*|trigger\w*|rescu\w*|restor\w*|facilitat\w*|sensitiz\w*|"  # "sensitized … to apoptosis"
                 r"drives\b|drove\b|"
                 # verbs of making an effect stronger or bringing it about, every inflection and nominalisation
                 # ("potentiated/potentiation", "exacerbates", "aggravated", "accelerated", "evoked", "elicits")
                 r"potentiat\w*|exacerbat\w*|aggravat\w*|accelerat\w*|evok(?:e|es|ed|ing)\b|elicit(?:s|ed|ing)?\b|"  # "a transcription factor that drives p16 transcription"; not "driven by the Col2 promoter" (a construct)
                 r"正(?:性|向)?(?:调控|调节)(?!因子|子|蛋白|剂)|"  # signed regulation: "AKT可以正向调控其Survivin的表达" (bare 调控: no direction)
                 # a kinase phosphorylating its substrate, 磷酸化 as a transitive verb after a modal, an adverb or
                 # 通过 ("PKCα可磷酸化Src", "通过磷酸化其下游mTOR、Bad", "Raf通过磷酸化MEK"): GUIDELINES 5.12,
                 # phosphorylation is activation; the noun ("JNK磷酸化水平", "促进JNK的磷酸化") is no verb
                 r"磷酸化(?<=[可能以并而接步会将过够]磷酸化)(?=\s*(?:其(?:下游)?的?)?\s*[A-Za-zαβγδκ])|"
                 r"\bcaus(?:e|es|ed|ing)\b(?!\s+of\b)(?!\s+by\s+(?:\w+\s+){0,3}(?:mutation|variant|alteration|defect)s?\b)"), +1),  # "induced Bax translocation to cause cytochrome c release"; not a disease "caused by mutations in" a gene
    "inhibit": ((r"抑制|阻止|阻断|减轻|减弱|拮抗|干预|预防|抵御|阻碍|缓解|改善|inhibit\w*|suppress\w*|block\w*|"
                # "atenuated": PDF text of ChinaXiv English abstracts drops one letter of a "tt"/"ff" ligature ("Sulindac
                # also atenuated VPA-triggered…", validation_zh ChinaXiv-201712.00818V1; "Dkk1 atenuated high glucose-induced
                # VSMC calcification", ChinaXiv-201712.01000V1; "Wort significantly atenuated the efect of fasudil",
                # ChinaXiv-201712.00232V1)
                r"at?tenuat\w*|prevent\w*|repress\w*|alleviat\w*|ameliorat\w*|protects? against|"
                r"interfer\w*|impair\w*|disrupt\w*|mitigat\w*|abolish\w*|abrogat\w*|revers\w*|逆转|消除|防止|"
                # the converse verbs of activate and of strengthen, every inflection and nominalisation ("inactivated
                # NF-kB", "inactivation of", "antagonized", "counteracts", "blunted", "dampening"); not the agent
                # nouns "antagonist" (a drug class: drug_classes.py) or "deactivator"
                r"inactivat(?:e|es|ed|ing|ion)\b|deactivat(?:e|es|ed|ing|ion)\b|antagoni[sz](?:e|es|ed|ing)\b|"
                r"counteract(?:s|ed|ing)?\b|blunt(?:s|ed|ing)?\b|dampen(?:s|ed|ing)?\b|"
                r"负(?:性|向)?(?:调控|调节)(?!因子|子|蛋白|剂)|"  # "负调控此信号通路"; not the role noun "负调节因子"
                # 抵抗 "resist, counter" as a verb after a modal ("抵抗素和瘦素…能抵抗胰岛素信号", validation44_zh
                # ChinaXiv-201711.00914V1, gold both ``inhibits`` insulin signalling); not the noun of "胰岛素抵抗" (insulin
                # resistance, no modal before it), nor 抵抗性/抵抗力
                r"抵抗(?<=[能可会以]抵抗)(?![性力素])|"
                # a protease cutting its substrate, 切割/剪切/裂解 as a transitive verb with a name for object ("活化的Caspase还可以
                # 切割PARP", new_papers_zh ChinaXiv-201707.00654V1, gold caspases ``inhibits`` PARP; "Caspase-3 剪切PARP后",
                # cleavage.py): after a modal or a name, before a name; not the noun ("PARP的剪切", "发生剪切": cleavage.py)
                r"(?:切割|剪切|裂解)(?<=[可能以并而会够A-Za-z0-9)）\s](?:切割|剪切|裂解))(?=\s*[A-Za-zα-κ])|"
                r"restrain(?:s|ed|ing)?\b(?!\s+stress)|"  # "by restraining RAS-ERK1/2 signaling"; not "restraint stress"
                # "they limited the release of … monocyte chemotactic protein-1" (validation_en PMID23466460, gold each
                # polyphenol ``downregulates`` MCP-1); only a verb with its object's determiner after it, not "limited
                # to", "is limited by", "of limited significance", "rate limiting enzyme" (TUNE abstracts, BioRED train)
                r"limit(?:s|ed|ing)?\b(?=\s+(?:the|its|their)\s)"), -1),
    # a treated group's read-out compared with another group ("Bax表达显著高于Control组"): the
    # predicate of a level only, never a verb with an object (effects._own_predicate)
    "more": (r"高于(?=[^,，;；。]{0,16}?组)", +1),
    # a protein piling up ("LC3I大量堆积", new_papers_zh ChinaXiv-201712.00767V1; "抑制其β-catenin在胞核、胞浆的聚集",
    # new_papers_zh ChinaXiv-201712.00524V1; "促使β-catenin在细胞质内大量聚集", sample ChinaXiv-201712.00940V1): an
    # amount that rises, read as the protein's own predicate or change noun only (effects._level_predicate,
    # post_nominal.change_after), never a verb with an object; not platelet aggregation
    "pile": (r"堆积|聚集(?<!血小板聚集)|蓄积|积累|累积", +1),
    "less": (r"低于(?=[^,，;；。]{0,16}?组)", -1),
    # "by/through targeting X" (a means with no direction, as 通过靶向X): "MIR144* inhibits antimicrobial responses …
    # by targeting the autophagy protein DRAM2", "… through targeting JNK2" (validation39_zh ChinaXiv-201903.00139V1
    # titles), "N-acetylcysteine protects against … autophagy by targeting the HIF-1α pathway" (free pool); before
    # "through" so the longer cue is the one found
    "via": (r"通过|经由|借助|依赖|(?:by|through)\s+(?:directly\s+)?targeting\b|"
            r"via|through|mediated by|by regulating|by modulating|by mediating|by affecting|"
            r"by influencing|by controlling|dependent on|"
            r"depend(?:s|ed|ing)?\s+(?:up)?on", 0),  # "activation of Nrf2 by sulforaphane … depend upon Keap1"
    "mediated": (r"介导的?|调控的|-mediated|mediated", 0),
    "contains": ((r"包含|含有|所含|组成|提取|分离|活性成分|主要成分|有效成分|成分|contain\w*|derived from|"
                 r"isolated from|extracted from|constituent|ingredient|components? of|rich in|"
                 r"(?:active|bioactive|main|major) (?:compound|component|principle)s?|"
                 # a plant's chemistry reported as presence or content (validation44_en PMID23608240 "showed the presence of
                 # cyclopeptid alkaloids, flavonoids …", PMID27838807 "has shown high content of … flavonoids and tannins");
                 # read for herb–compound pairs only (effects._label)
                 r"presence of|(?:high|rich) contents? of"), 0),
    # (not the hyphenated instruments of analytical chemistry: "液相色谱质谱联用(LC-MS)", "气质联用", "液质联用" name one
    # method, no combination of the compounds measured with it; validation38_zh ChinaXiv-201712.01190V1 paired ginsenosides
    # Rg1 and Rb1 combined_with from "皂苷Rg1·Rb1的液相色谱质谱联用(LC-MS)含量检定方法")
    "combined": (r"组合|联合|配伍|合用|联用(?<!谱联用)(?<!液质联用)(?<!气质联用)|combined with|combination|herb pair|co-treatment|synerg\w*|\bplus\b", 0),
    "negation": ((r"并未|未能|未|没有|不能|不|无明显|\bnot\b|\bno\b|\bnever\b|failed to|did not|does not|"
                 r"no effect"), 0),
    "hedge": ((r"尚不清楚|尚未明确|尚不明确|尚未|不明|可能|推测|或许|\bunclear\b|\bunknown\b|\bmay\b|"
              r"\bmight\b|possibly|putative"), 0),
    "expression": (r"表达|水平|含量|蛋白水平|mRNA|expression|levels?\b|abundance", 0),
    "loss": (r"敲除|缺失|缺乏|沉默|敲低|knock-?down|knock-?out|deficien\w*|loss of|silenc\w*", 0),
}
CUE_PATTERNS: dict[str, re.Pattern[str]] = {name: lazy_re.compile(p, re.IGNORECASE) for name, (p, _) in _LEXICON.items()}
SIGN: dict[str, int] = {name: sign for name, (_, sign) in _LEXICON.items()}


def _anchor(alternative: str) -> str:
    """The literal text every match of one alternative starts with, case-folded: ``increas``
    for ``increas\\w*``, ``up`` for ``up-?regulat\\w*``, ``not`` for ``\\bnot\\b``; "" when
    there is none (the class is then always scanned)."""
    alternative = alternative.removeprefix(r"\b")
    literal = re.match(r"[^\\?*+()\[\]{}|.^$]*", alternative).group(0)
    if len(literal) < len(alternative) and alternative[len(literal)] in "?*{":
        literal = literal[:-1]  # the last character is optional
    return literal.casefold()


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``: split at each ``|`` outside groups and
    character classes (a split inside a group, "clear(?:ing|s|ed|ance)", made "s" and "ed" anchors
    of their class: places the class was tried at, in nearly every English sentence)."""
    out, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _leading_group_anchors(alternative: str) -> tuple[str, ...] | None:
    """The anchors of an alternative that opens with a group of literal words, one per word:
    ``active``, ``bioactive``, ``main``, ``major`` for "(?:active|bioactive|main|major)
    (?:compound|component|principle)s?" (the "contains" class, which ``_anchor`` gave none, so it
    was scanned over every sentence: a third of the cue finding on the 16x benchmark). None
    unless the group is a plain ``(?:…|…)`` of words that every match starts with (not optional)."""
    alternative = alternative.removeprefix(r"\b")
    if not alternative.startswith("(?:"):
        return None
    end = alternative.find(")")
    inner = alternative[3:end]
    if end < 0 or alternative[end + 1:end + 2] in ("?", "*", "{") or any(c in inner for c in "([\\"):
        return None
    anchors = tuple(_anchor(word) for word in inner.split("|"))
    return None if "" in anchors else anchors


def _anchors(pattern: str) -> tuple[str, ...]:
    """The anchors of each top-level alternative of ``pattern`` ("" for one without)."""
    out: list[str] = []
    for alternative in _alternatives(pattern):
        group = _leading_group_anchors(alternative)
        out += group if group is not None else (_anchor(alternative),)
    return tuple(out)


# A class is scanned only when the sentence contains the anchor of one of its alternatives
# (a necessary condition, so nothing is lost): most sentences hold few cue classes, and the
# case-insensitive scans were most of the time of typing a sentence's pairs.
_ANCHORS: dict[str, tuple[str, ...]] = {name: _anchors(pattern) for name, (pattern, _) in _LEXICON.items()}

# letters re.IGNORECASE matches with ASCII i/s/k that casefold() keeps apart
_IGNORECASE_EXTRA = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _anchor_automaton():
    """Every anchor in one Aho-Corasick automaton (overlapping anchors all reported) -> its
    length and the classes it opens; plus the classes that have an alternative without an anchor."""
    import ahocorasick

    automaton, always = ahocorasick.Automaton(), set()
    for name, words in _ANCHORS.items():
        for word in words:
            if not word:
                always.add(name)
            elif word in automaton:
                automaton.get(word)[1].add(name)
            else:
                automaton.add_word(word, (len(word), {name}))
    automaton.make_automaton()
    return automaton, frozenset(always)


_AUTOMATON, _ALWAYS = _anchor_automaton()


def _cue_starts(text: str) -> dict[str, list[int] | None]:
    """The cue classes whose anchors occur in ``text`` (the others cannot match) -> where in
    ``text`` their anchors start, sorted: a match of the class can start nowhere else. None
    (scan the whole sentence) for a class with an alternative without an anchor, and for every
    class when case folding changes the text's length (offsets would not carry over)."""
    # the table only when one of its letters is there: str.translate looks up every character
    # (a sixth of the cue finding), and a text without them translates to itself
    special = "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    folded = (text.translate(_IGNORECASE_EXTRA) if special else text).casefold()
    exact = len(folded) == len(text)
    present: dict[str, list[int] | None] = {name: None for name in _ALWAYS}
    for end, (length, names) in _AUTOMATON.iter(folded):
        for name in names:
            starts = present.setdefault(name, [] if exact else None)
            if starts is not None:
                starts.append(end - length + 1)
    for starts in present.values():
        if starts:
            starts.sort()
    return present


def _classes_present(text: str) -> set[str]:
    """The cue classes whose anchors occur in ``text`` (the others cannot match)."""
    return set(_cue_starts(text))


EFFECT_CLASSES = ("up", "down", "activate", "inhibit")
CLAUSE_BREAK = lazy_re.compile(r"[,;:，；：]\s*|\s+(?:whereas|while|but|thereby|thus)\s+")
# (possessive: every item is a literal no other item begins, so the greedy split is the only one; the old
# ``\s*(…|\s)*\s*`` nested quantifiers over the blanked mentions' spaces, 0.080 → 0.013 CPU-s, stop 52)
ENUMERATION = lazy_re.compile(r"^(?:、|,|，|和|与|及|以及|或|and|or|as well as|\s)*+$", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    text: str

    @property
    def sign(self) -> int:
        return SIGN.get(self.kind, 0)


def find_cues(text: str) -> list[Cue]:
    """All cue words in a sentence, in text order (longest first where they overlap)."""
    found: list[Cue] = []
    present = _cue_starts(text)
    for kind, pattern in CUE_PATTERNS.items():
        if kind not in present:
            continue
        # the regex is tried only where an anchor of the class starts (the case-insensitive
        # scans of whole sentences were most of the cue finding), and an English cue must start
        # a word ("via" is not in "alleviates"): pipeline._core.cue_hits, compiled
        found += [Cue(kind, start, end, text[start:end]) for start, end in cue_hits(text, pattern, present[kind])]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end and cue.kind == kept[-1].kind:
            continue
        kept.append(cue)
    return kept


@lru_cache(maxsize=1024)  # asked once per pair of a sentence
def clause_breaks(text: str) -> tuple[int, ...]:
    """Offsets where a clause ends (commas and semicolons outside parentheses)."""
    breaks, depth = [], 0
    for m in re.finditer(r"[()（）]|" + CLAUSE_BREAK.pattern, text):
        token = m.group(0)
        if token in "(（":
            depth += 1
        elif token in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            breaks.append(m.start())
    return tuple(breaks)

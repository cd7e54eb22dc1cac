"""Words inside a Chinese gene name defined by its symbol in brackets are no mentions of their own.

Chinese papers write a protein's name out, word for word from the English, and give its symbol in brackets:
"胆固醇 7-羟化酶（CYP7A1）" (cholesterol 7α-hydroxylase; validation_zh ChinaXiv-201711.00864V1, validation39_zh
ChinaXiv-201711.00916V1), "葡萄糖依赖性促胰岛素多肽(GIP)" (glucose-dependent insulinotropic polypeptide; stop-40 pool
ChinaXiv-201711.01377V1), "白细胞介素-6受体". Where the dictionary lacks the Chinese name, it finds the substrate,
ligand or regulator the name starts with (cholesterol, glucose, insulin) and co-mention pairs it with everything
the sentence says of the protein. The English form of the rule is nlp/long_forms.py (BioRED and BC5CDR annotate
only the whole name).

Rule: a COMPOUND or GENE mention followed, within one name (a few characters, no punctuation and no verb or
conjunction), by a protein head noun (酶, 蛋白, 多肽, 因子, 受体, 激酶, 转运体…) with an optional designator and then
a bracket that opens with a GENE mention of another entity, starts that gene's written-out name: it is dropped,
with any other mention inside the name — unless the dictionary recognised the name itself after it (an axis,
"SIRT1-腺苷酸活化蛋白激酶(AMPK)", ChinaXiv-201711.01011V1 of the pool). Names written after an inducer ("视黄酸诱导基因1", "LPS诱导的…") are
nlp/inducer_names.py's: 诱导 and 的 stop the name here. Pure functions.

Second rule, for a name glossed in English inside the bracket, "中文名（English long name，SYMBOL）": the English
long name is the symbol's name, so a mention inside it naming another entity is no mention (the English rule,
nlp/long_forms.py, for a Chinese paragraph): lactate of "乳酸脱氢酶(lactate dehydrogenase,LDH)" (validation_zh
ChinaXiv-201712.00232V1), NF-κB of "抑制物的激酶（inhibitorof NF-kB kinase,IKK）" (ChinaXiv-201812.00711V1), "apoptosis" of
"凋亡相关斑点样蛋白（apoptosis-associated speck-like protein containing CARD，ASC）" (stop-40 pool ChinaXiv-202209.00032V1; the
symbol, defined there, is no mention yet: the Chinese name's GENE mention owns the gloss). About 60 glosses fire in the
stop-40 pool and the dev/validation/sample Chinese papers, all rightly (enzymes' substrates, receptors' ligands,
TNF in TRAF6, NF-κB in IKK). The gloss must be one (a single comma: "(inhibitory Smads,I-Smads,Smad7)" is a list),
after a protein head noun (a disease "(chronic myeloid leukemia,CML)" is no gene name); herbs in it stay. And a
process the Chinese name spells out is part of the name when the English gloss names it too:
"细胞凋亡的信号调控激酶1（apoptosis signal-regulating kinase1，ASK1）" (validation39_zh ChinaXiv-201707.00683V1: no
Apoptosis mention; it made a GLRX–apoptosis row). This part fires once in those texts. A process before a name it does not belong to stays: a role or membership descriptor ("凋亡抑制基因（Bcl-2）",
"促凋亡蛋白Bcl-2相关X蛋白（Bcl-2 associated X protein，Bax）", GUIDELINES 5.11) has no such gloss.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# a protein name's head noun, last in the Chinese name
_HEAD_NOUN = r"酶|蛋白|多肽|因子|受体|激酶|转运体|通道"
# the rest of the name after the mention: name characters up to a protein head noun, its designator, the bracket
_NAME_TAIL = lazy_re.compile(
    r"[ \-]?[\u4e00-\u9fffA-Za-z0-9α-ωΑ-Ω\-]{0,10}?"
    rf"(?:{_HEAD_NOUN}|结合蛋白)"
    r"(?:\s?(?:\d{1,2}[A-Za-z]?|[A-Z]|[α-ω]|[IⅠⅡⅢ]{1,3}))?\s?[（(]\s?")
# words that end a name: a verb, a conjunction, the possessive, a preposition
_NOT_IN_NAME = lazy_re.compile(r"的|和|与|及|或|通过|促进|抑制|激活|上调|下调|诱导|调控|调节|介导|增加|减少|降低|提高|升高|加强|"
                               r"表达|水平|活性|含量|家族|下游|上游|对|在|是|为|被|由|经|使|并|而|中")


def inner_name_spans(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(start, end of the name) for each mention that starts a gene's written-out name (module docstring)."""
    starts = {m.start: m for m in mentions if m.label == "GENE"}
    out = []
    for m in mentions:
        if m.label not in ("COMPOUND", "GENE"):
            continue
        tail = _NAME_TAIL.match(text, m.end)
        if tail is None or _NOT_IN_NAME.search(text, m.end, tail.end()):
            continue
        short = starts.get(tail.end())
        if short is None or short.entity_id == m.entity_id:
            continue
        # the name is recognised after the mention ("SIRT1-腺苷酸活化蛋白激酶(AMPK)"): the mention is outside it
        if any(o.entity_id == short.entity_id and m.end <= o.start and o.end <= tail.end() for o in mentions):
            continue
        out.append((m.start, tail.end()))
    return out


def drop_inside_zh_gene_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside a Chinese gene name defined by a bracketed symbol (the symbol stays)."""
    if "(" not in text and "（" not in text:
        return mentions
    spans = inner_name_spans(text, mentions)
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e - 1 for s, e in spans)]


# the Chinese name before the bracket: characters back to the last punctuation mark, at most this many
_ZH_NAME_REACH = 16
_ZH_NAME_STOPS = "，。；：、,;:()（）[]"
# the Chinese name's head noun and designator, right before the bracket (searched in the last 8 characters)
_ZH_HEAD = lazy_re.compile(rf"(?:{_HEAD_NOUN}|基因|调控子)\s?"
                           r"(?:\d{1,2}[A-Za-z]?|[A-Za-z]{1,2}\d?|[α-ωΑ-Ω]|[ⅠⅡⅢ]{1,3})?\s?\Z")
_SYMBOL = lazy_re.compile(r"\s?[A-Za-z][A-Za-z0-9\-αβγδκ]{1,9}\s?")
_TWO_WORDS = lazy_re.compile(r"[A-Za-z][ \-][A-Za-z]")
_OPEN_BRACKET = lazy_re.compile(r"[(（]")
# what a gloss can hold that is no part of the name: a herb ("皂角刺(Gleditsia sinensis L.,GSL)")
_KEPT_LABELS = frozenset({"HERB"})


def _bracket_close(text: str, open_at: int) -> int:
    """Offset of the bracket closing the one at ``open_at`` (within 160 characters, no nesting), or -1."""
    for i in range(open_at + 1, min(len(text), open_at + 160)):
        if text[i] in ")）":
            return i
        if text[i] in "(（":
            return -1
    return -1


def english_glosses(text: str, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end of the English long name, the symbol's GENE mention) of each "中文名（English long name，SYMBOL）"
    whose Chinese name ends in a protein head noun (a disease "慢性粒细胞白血病(chronic myeloid leukemia,CML)" has none)."""
    genes = [m for m in mentions if m.label == "GENE"]
    out = []
    for bracket in _OPEN_BRACKET.finditer(text):
        open_at = bracket.start()
        if not _ZH_HEAD.search(text, max(0, open_at - 8), open_at):
            continue
        close = _bracket_close(text, open_at)
        commas = [i for i in range(open_at + 1, close) if text[i] in ",，"] if close > 0 else []
        if len(commas) != 1:  # one gloss, one symbol: not a list "(inhibitory Smads,I-Smads,Smad7)"
            continue
        comma = commas[0]
        long = text[open_at + 1:comma]
        letters = sum(c.isascii() and c.isalpha() for c in long)
        if letters < 8 or letters < 0.7 * len(long.replace(" ", "")) or not _TWO_WORDS.search(long):
            continue
        symbol = next((m for m in genes if comma < m.start and m.end <= close and not text[comma + 1:m.start].strip()
                       and not text[m.end:close].strip()), None)
        if symbol is None and _SYMBOL.fullmatch(text, comma + 1, close):  # a symbol defined here (ASC): the
            symbol = next((m for m in genes if m.end <= open_at and not text[m.end:open_at].strip()), None)  # name
        if symbol is not None:
            start = open_at + 1 + len(long) - len(long.lstrip())
            out.append((start, open_at + 1 + len(long.rstrip()), symbol))
    return out


def _english_stem(name: str) -> str:
    """The first word of an entity's English name, lower case ("Autophagy - animal" → "autophagy"); "" if short."""
    word = re.match(r"[A-Za-z]+", name or "")
    return word.group(0).lower() if word and len(word.group(0)) >= 5 else ""


def drop_inside_english_glosses(text: str, mentions: list[Mention], english_name) -> list[Mention]:
    """``mentions`` without those inside an English gloss of a Chinese gene name, nor a process the Chinese
    name spells out that the gloss names too (module docstring, second rule). ``english_name``: id -> name."""
    if "," not in text and "，" not in text:
        return mentions
    glosses = english_glosses(text, mentions)
    if not glosses:
        return mentions
    drop = set()
    for s, e, symbol in glosses:
        for i, m in enumerate(mentions):
            whole = m.label == "GENE" and m.end - m.start >= 0.8 * (e - s)  # the gloss itself, linked otherwise
            if s <= m.start and m.end <= e and m.entity_id != symbol.entity_id and not whole \
                    and m.label not in _KEPT_LABELS:
                drop.add(i)
        bracket = s - 1
        reach = max(0, bracket - _ZH_NAME_REACH)
        stop = max(text.rfind(c, reach, bracket) for c in _ZH_NAME_STOPS)
        name_start = max(reach, stop + 1)
        gloss = text[s:e].lower()
        for i, m in enumerate(mentions):
            stem = _english_stem(english_name(m.entity_id)) if m.label == "PATHWAY" else ""
            if name_start <= m.start and m.end <= bracket and stem and stem in gloss:
                drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop]

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
"""

from __future__ import annotations

import re

from pipeline.nlp.matcher import Mention

# the rest of the name after the mention: name characters up to a protein head noun, its designator, the bracket
_NAME_TAIL = re.compile(
    r"[ \-]?[\u4e00-\u9fffA-Za-z0-9α-ωΑ-Ω\-]{0,10}?"
    r"(?:酶|蛋白|多肽|因子|受体|激酶|转运体|通道|结合蛋白)"
    r"(?:\s?(?:\d{1,2}[A-Za-z]?|[A-Z]|[α-ω]|[IⅠⅡⅢ]{1,3}))?\s?[（(]\s?")
# words that end a name: a verb, a conjunction, the possessive, a preposition
_NOT_IN_NAME = re.compile(r"的|和|与|及|或|通过|促进|抑制|激活|上调|下调|诱导|调控|调节|介导|增加|减少|降低|提高|升高|加强|"
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

"""A compound named as the substrate inside a Chinese enzyme name is not a compound mention.

Chinese names an enzyme by its substrate and what it does, glued: 天门冬氨酸氨基转移酶 (aspartate
aminotransferase, AST), 谷氨酸脱氢酶, 丙酮酸激酶, 胆固醇酰基转移酶. When the whole name is in the
dictionary it is matched as the gene, the longest match; when it is not (or OCR cut it:
"天门冬氨酸氨基转氨酶"), the substrate alone was matched, and "细柱五加果实乙醇提取物通过降低血清中…
天门冬氨酸氨基转氨酶的活性" made the herb act on aspartate. A COMPOUND mention followed, with nothing
between, by a few Chinese characters that end in 酶 names part of an enzyme, not the compound.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import READOUT

# the enzyme's action and head right after the substrate: 氨基转移酶, 转氨酶, 脱氢酶, 激酶, 合成酶 …
# (at most six characters before 酶, none a conjunction or list mark that would end the name); 酶体 ends the
# name of an organelle or a complex, no enzyme (溶酶体 lysosome, 蛋白酶体 proteasome, 过氧化物酶体 peroxisome):
# "obatoclax通过在溶酶体中蓄积", "MG-132抑制蛋白酶体" keep their compound (validation ChinaXiv-201712.00999V1)
_ENZYME_HEAD = lazy_re.compile(r"[\u4e00-\u9fff]{0,6}?酶(?!体)")
_NOT_IN_HEAD = lazy_re.compile(r"[和与及或、的]")


# English: the substrate before an enzyme word, a space or hyphen between ("Ras guanosine
# triphosphatase", "glucose-6-phosphate dehydrogenase" when the whole name is not matched);
# words in -ase that name no enzyme end nothing
_ENGLISH_ENZYME = lazy_re.compile(r"[ -]([A-Za-z]+as(?:e|es))(?!\w)")
_NOT_ENZYMES = frozenset("""release releases increase increases decrease decreases phase phases base bases
    case cases disease diseases ease cease phrase phrases lease purchase chase erase crease database databases
    showcase suitcase staircase""".split())


def names_an_enzyme_substrate(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention glued to a Chinese enzyme head after it (天门冬氨酸|氨基转氨酶)?"""
    if m.label != "COMPOUND":
        return False
    head = _ENZYME_HEAD.match(text, m.end)
    return head is not None and not _NOT_IN_HEAD.search(head.group(0))


def before_english_enzyme(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention the substrate word of an English enzyme name the dictionary did
    not match whole ("Ras guanosine triphosphatase", "NO synthase", "creatine kinase")?"""
    if m.label != "COMPOUND":
        return False
    english = _ENGLISH_ENZYME.match(text, m.end)
    return english is not None and english.group(1).lower() not in _NOT_ENZYMES


def drop_enzyme_substrates(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without compounds named inside a Chinese enzyme name; one
    before an English enzyme word stays a mention (BC5CDR tags "NO" of "NO synthase" and
    "creatine" of "creatine kinase": 88 gold chemicals) but no relation partner (``how`` =
    READOUT: the enzyme is what was measured)."""
    out = []
    for m in mentions:
        if names_an_enzyme_substrate(text, m):
            continue
        out.append(replace(m, how=READOUT) if before_english_enzyme(text, m) else m)
    return out


# Serum transaminases named as a liver-injury read-out (GUIDELINES 5.11, "Clinical read-outs":
# serum ALT/AST activity is not annotated, like bone density): the clinical abbreviations, and a
# gene mention glued to a transaminase name before it ("天门冬氨酸氨基转氨酶CAST)": OCR read "(AST"
# as "CAST", the calpastatin gene). Gene symbols written as such (GPT2, GOT1) stay genes.
SERUM_TRANSAMINASES = frozenset({"ALT", "AST", "SGPT", "SGOT", "sGPT", "sGOT"})
_TRANSAMINASE_BEFORE = lazy_re.compile(r"(?:氨基转移酶|转氨酶|aminotransferase|transaminase)\s*[(（]?\s*$", re.IGNORECASE)
_TRANSAMINASE_NAME = lazy_re.compile(r"^(?:(?:丙氨酸|天门?冬氨酸)氨基转(?:移|氨)酶|谷[丙草]转氨酶|"
                                     r"(?:alanine|aspartate)\s+(?:aminotransferase|transaminase))$", re.IGNORECASE)


def is_serum_transaminase(text: str, m: Mention) -> bool:
    """Is this GENE mention a serum transaminase named as a clinical read-out (ALT, AST, 谷丙转氨酶,
    "aspartate aminotransferase", or whatever is glued to such a name)?"""
    if m.label != "GENE":
        return False
    written = m.text.strip()
    return written in SERUM_TRANSAMINASES or bool(_TRANSAMINASE_NAME.match(written)) or \
        bool(_TRANSAMINASE_BEFORE.search(text, max(0, m.start - 16), m.start))


# The other enzymes of the routine serum panels (liver, bone, heart, muscle), as written, and the
# transaminases by their older names (glutamic-oxaloacetic / glutamic-pyruvic transaminase, GOT/GPT =
# AST/ALT), which are also gene symbols (GPT) and so count as read-outs only in a body fluid
_PANEL_ENZYME = lazy_re.compile(
    r"^(?:GOT|GPT|glutamic[\s-]+(?:oxaloacetic|pyruvic)\s+transaminase|(?:alkaline|acid)\s+phosphatase|ALP|AKP|lactate\s+dehydrogenase|LDH|creatine\s+(?:phospho)?kinase|CK(?:-MB)?|"
    r"(?:gamma|γ)-?glutamyl\s?transferase|(?:gamma|γ)-?GT|GGT|碱性磷酸酶|乳酸脱氢酶|肌酸激酶)$", re.IGNORECASE)
# the body fluid the panel is measured in, earlier in the same clause (or right after the list)
_FLUID_BEFORE = lazy_re.compile(r"\b(?:serum|sera|plasma|circulating)\b|血清|血浆", re.IGNORECASE)
_FLUID_AFTER = lazy_re.compile(r"^[^;；。.]{0,80}?\b(?:in|of)\s+(?:the\s+)?(?:serum|plasma)\b", re.IGNORECASE)
_CLAUSE_START = lazy_re.compile(r"[;；。:：]|\.\s")
# the enzyme released from injured cells into a perfusate or a culture medium: "降低复灌期冠脉流出液中LDH的释放", "LDH释放增多"
# (validation38_zh ChinaXiv-201712.00232V1), "lactate dehydrogenase leakage assays" (validation_en PMID23315277): the
# release is the toxicity marker of GUIDELINES 5.12 ("plasma or serum enzymes as toxicity markers … not annotated"),
# measured outside the cells as the serum panel is; none of the 9 development units LDH made this way is gold
_RELEASE_AFTER = lazy_re.compile(r"^\s*(?:[(（][^()（）]{1,8}[)）]\s*)?(?:的)?(?:释放|漏出|泄漏|外漏|release|leakage|efflux)",
                                 re.IGNORECASE)
_RELEASE_BEFORE = lazy_re.compile(r"\b(?:release|leakage|efflux)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a serum transaminase earlier in the enzyme's clause: the routine panel ("A significant decrease of aspartate
# aminotransferase, alanine aminotransferase, lactate dehydrogenase (LDH) activities … after CCl4", validation_en
# PMID22815248), whatever the fluid word
_TRANSAMINASE_IN_CLAUSE = lazy_re.compile(r"\b(?:ALT|AST|SGPT|SGOT|aminotransferases?|transaminases?)\b|转氨酶|氨基转移酶",
                                          re.IGNORECASE)


def is_serum_panel_enzyme(text: str, m: Mention) -> bool:
    """Is this GENE mention a serum-panel enzyme measured in a body fluid ("reduced the serum aspartate
    transaminase, alanine transaminase, alkaline phosphatase, and total cholesterol concentrations",
    PMID11273016; "plasma levels of lactate dehydrogenase", PMID12396303)? Like serum ALT/AST
    (GUIDELINES 5.11, clinical read-outs) the activity in serum marks tissue injury, not the
    gene's expression; alkaline phosphatase measured in osteoblasts ("ALP activity", no fluid
    word in its clause) stays the gene. Also the enzyme's release or leakage (``_RELEASE_AFTER``) and an enzyme listed
    after a serum transaminase (``_TRANSAMINASE_IN_CLAUSE``)."""
    if m.label != "GENE" or not _PANEL_ENZYME.match(m.text.strip()):
        return False
    lo = max(0, m.start - 150)
    clause = max((c.end() for c in _CLAUSE_START.finditer(text, lo, m.start)), default=lo)
    return bool(_FLUID_BEFORE.search(text, clause, m.start)) or bool(_FLUID_AFTER.match(text[m.end:m.end + 100])) \
        or bool(_RELEASE_AFTER.match(text[m.end:m.end + 20])) or bool(_RELEASE_BEFORE.search(text[max(0, m.start - 24):m.start])) \
        or bool(_TRANSAMINASE_IN_CLAUSE.search(text, clause, m.start))


# Plasma lipoproteins: HDL is FamPlex's family of high-density lipoprotein particles (ALB, APOA1, APOA2, APOE,
# CLU), a particle of the serum lipid panel (TC, TG, HDL-C, LDL-C) measured as its cholesterol, not a gene
# product: "the rise in HDL-cholesterol levels induced by nicotinic acid" (validation_en, niacin review),
# "HDL和低密度脂蛋白(LDL)测定试剂盒", "新生的圆盘状HDL从外周细胞摄取过剩的胆固醇" (validation_zh
# ChinaXiv-201711.00864V1). Like the serum enzymes (GUIDELINES 5.11 and 1.3, metabolic read-outs) no
# relation partner; none of the 10 development rows it made was gold. Its apolipoproteins (APOA1, APOE) are
# genes and stay.
LIPOPROTEIN_PARTICLES = frozenset({"FPLX:HDL"})


def mark_serum_transaminases(text: str, mentions: list[Mention]) -> None:
    """Mark serum transaminase and serum-panel enzyme read-outs and plasma lipoprotein particles as no
    relation partner (``how`` = READOUT, read by relations/pairs.py); the mentions stay in mentions.csv and
    the NER benchmarks."""
    for m in mentions:
        if is_serum_transaminase(text, m) or is_serum_panel_enzyme(text, m) or m.entity_id in LIPOPROTEIN_PARTICLES:
            m.how = READOUT

"""Words of a protein's description are no entities: residue classes, motifs, kinase classes.

A protein is often described by the amino acids it is made of or acts on, and those words match
the dictionary:

* **An amino acid inside a protein description** — "Rho激酶是一类丝-苏氨酸蛋白家族" (validation38_zh
  ChinaXiv-201712.00232V1: a serine/threonine protein family), "D-E-A-D(aspartate-glutamate-alanine-
  aspartate)-box polypeptide 41" (validation40_zh ChinaXiv-201712.01090V1: the DEAD-box motif spelled
  out), "The cysteine-rich domain of Frizzled", "Arg-Gly-Asp motif", "丝氨酸/苏氨酸磷酸酶". The amino
  acid names a residue of the protein, not a substance given or measured, so it is no COMPOUND. It is
  read as a description when (1) a head of a protein description follows it, past a chain of other
  amino acids and a parenthesised spelling-out: -rich, -specific, protein, kinase, phosphatase,
  protease, residue, box, motif, domain, repeat, zipper, 蛋白, 激酶, 磷酸酶, 残基, 结构域, 家族; or (2) it
  is an item of a hyphen/slash chain of amino acids of at least three items (a sequence:
  "aspartate-glutamate-alanine-aspartate"), or of two when one is written short (three-letter code
  "Ser/Thr", Chinese one-character form "丝-苏氨酸", "丝/苏氨酸"). A substance reading keeps its
  compound: "glycine supplementation", "serum glutamate levels", "L-arginine (100 mg/kg)" have no such
  head and no chain; "glutamate/aspartate release" is a two-item chain of full names. (3) An amino acid coordinated
  with another that has such a head is one too: "半胱氨酸和天冬氨酸蛋白酶-9" (caspase-9 by its Chinese description;
  stop 47: its cysteine paired with every gene of the sentence, 5 false units in validation45_zh's top |gold|).
  Residues with a position number ("serine 473", "丝氨酸473位点") are read by nlp/residues.py (English)
  and nlp/part_words.py (Chinese).
* **A motif written in one-letter codes** — "D-E-A-D" (the DEAD box) matched COLQ's alias "EAD":
  single amino-acid letters joined by hyphens, three or more, spell a sequence, not a gene symbol.
* **A kinase class named by its substrate residue** — "serine/threonine kinase" was linked by the fuzzy
  linker (nlp/linker.py) to ATR (HGNC alias "ATR serine/threonine kinase"), "serine/threonine-protein
  kinase" to another gene, "tyrosine kinase receptor" matched NTRK1's alias and 苏氨酸蛋白激酶 (a curated
  alias of AKT, dictionaries/curated/names_zh_genes.tsv) fires inside "丝-苏氨酸蛋白激酶". Such a phrase
  names the class of enzymes by the residue they phosphorylate (the UniProt/EC naming, EC 2.7.11.1
  "non-specific serine/threonine protein kinase", EC 2.7.10 "protein-tyrosine kinases"), so nothing in
  it tells one gene apart; the mention is dropped unless the next mention, in brackets or in
  apposition, names the same entity ("苏氨酸蛋白激酶(Akt)": the paper's name for AKT). With another
  symbol after it ("serine/threonine kinase AKT", "the tyrosine kinase receptor EphB4") the symbol is
  the gene and the phrase goes. "receptor tyrosine kinase" (FamPlex RTK, a family of that name) is not
  this case.

Measured (stop 42, against main 4bbbd43): BioRED chemical FP 225 -> 218 (TP 1,967 kept), BioRED gene FP
721 -> 719, BC2GM gene TP 15,697 -> 15,706, FP 2,161 -> 2,158 (gene spans grow over the class: "tyrosine
kinase domain"); BC5CDR chemical TP 8,689 -> 8,684: BC5CDR tags the spelled-out YMDD motif ("tyrosine-
methionine-aspartate-aspartate (YMDD) motif", 4) and "receptor tyrosine phosphatase" (1), the reading this
rule leaves out. 115 amino acids in BC2GM sentences ("proline-rich region", "leucine zipper") and 8 in the
free pool (ASCT2 "Ala-Ser-Cys transporter", "leucine-rich repeat", AMPK/TOR "丝/苏氨酸蛋白激酶") were read:
all right.

Pure functions; the annotator applies ``drop_protein_descriptions`` to every paragraph.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.nlp.residues import AMINO_ACIDS, AMINO_ACIDS_ZH

# the amino acids by name (nlp/residues.py's lists; 天门冬氨酸 is a second Chinese spelling of 天冬氨酸)
_EN_FULL = sorted(a for a in AMINO_ACIDS if len(a) > 3)
_EN_CODES = sorted(a.capitalize() for a in AMINO_ACIDS if len(a) == 3)
_ZH_FULL = (*AMINO_ACIDS_ZH, "天门冬氨酸")
# the one-character forms Chinese writes before a join: 丝-苏氨酸, 丝/苏氨酸 (丝氨酸/苏氨酸)
_ZH_SHORT = "丝苏酪谷甘丙精赖亮组脯缬色"

_CODE = r"(?:" + "|".join(_EN_CODES) + r")"
# an amino acid as a chain item: a full name (English lower or capitalised, Chinese), a code, a short form
_ITEM = (r"(?:(?<![A-Za-z])(?:" + "|".join(sorted(_EN_FULL, key=len, reverse=True)) + r")(?![a-z])"
         r"|(?:" + "|".join(sorted(_ZH_FULL, key=len, reverse=True)) + r")"
         r"|(?<![A-Za-z])" + _CODE + r"(?![a-z])"
         r"|[" + _ZH_SHORT + r"](?![氨酰])(?=\s*[-/–])"
         r"|(?<![A-Za-z])x(?![A-Za-z])(?=\s?[-/–]))")  # the wildcard of a motif: "Asp-Glu-x-Asp/His box"
_SHORT_ITEM = lazy_re.compile(r"^(?:" + _CODE + r"|[" + _ZH_SHORT + r"])$")
_JOIN = r"\s?[-/–]\s?"
_ITEM_RE = lazy_re.compile(_ITEM, re.IGNORECASE)
_JOIN_RE = lazy_re.compile(_JOIN)
_CHAIN_BEFORE = lazy_re.compile(r"(" + _ITEM + r")" + _JOIN + r"$", re.IGNORECASE)
_CHAIN_AFTER = lazy_re.compile(_JOIN + r"(" + _ITEM + r")", re.IGNORECASE)
# the head of a protein description after the chain: "-rich", "protein", "(…)-box", "蛋白家族"
_HEAD_AFTER = lazy_re.compile(
    r"(?:\s?\([^()]{1,60}\))?[\s-]?(?:"
    r"(?:rich|specific|proteins?|kinases?|phosphatases?|proteases?|proteinases?|residues?|motifs?|domains?|"
    r"repeats?|zippers?|tracts?)(?![a-z])|box"
    r"|蛋白|激酶|磷酸酶|残基|结构域|基序|家族)",
    re.IGNORECASE)
# single amino-acid letters joined by hyphens: "D-E-A-D", "D-E-x-D"
_LETTER_MOTIF = lazy_re.compile(r"^[ACDEFGHIKLMNPQRSTVWYx](?:-[ACDEFGHIKLMNPQRSTVWYx]){2,}$")
# a mention that is such a motif with its head ("D-E-A-D-box"), maybe with a short word OCR glued before it
# ("ofD-E-A-D-box", validation40_zh ChinaXiv-201712.01090V1's English abstract)
_LETTER_MOTIF_BOX = lazy_re.compile(r"^[a-z]{0,3}[ACDEFGHIKLMNPQRSTVWY](?:-[ACDEFGHIKLMNPQRSTVWYx]){2,}-?(?:box|motif)$")

# a kinase or phosphatase class named by the residue it modifies
_RESIDUES = r"(?:serine|threonine|tyrosine|histidine|ser|thr|tyr)"
_EN_CLASS = lazy_re.compile(
    r"^(?:(?:protein|dual[- ]specificity)[\s-]+)?(?:" + _RESIDUES + r"(?:\s?[-/–]\s?" + _RESIDUES + r")*"
    r"(?:[\s-]+specific)?[\s-]+)?(?:protein[\s-]+)?(?:kinases?|phosphatases?)(?:\s+receptors?)?$",
    re.IGNORECASE)
_ZH_RESIDUES = r"(?:丝氨酸|苏氨酸|酪氨酸|组氨酸|[丝苏酪])"
# the one-character forms stand for a residue only inside a chain ("丝/苏氨酸", "丝-苏氨酸"): alone before
# 蛋白 they are another word, 酪蛋白 (casein) in 酪蛋白激酶, the casein kinases (FamPlex CSNK; ChinaXiv-
# 201711.00488V1, validation46_zh: gold CSNK inhibits NFAT)
_ZH_FIRST_RESIDUE = r"(?:丝氨酸|苏氨酸|酪氨酸|组氨酸|[丝苏酪](?=\s?[-/–]))"
_ZH_CLASS = lazy_re.compile(r"^(?:" + _ZH_FIRST_RESIDUE + r"(?:\s?[-/–]\s?" + _ZH_RESIDUES + r")*)?(?:蛋白)?(?:激酶|磷酸酶)(?:受体)?$")
_NAMED_AFTER = lazy_re.compile(r"\s?[(（]\s?|\s")
_LIST_SLASH = lazy_re.compile(r"\s?/\s?")
# a residue and a join right before the mention: the class phrase goes on before it (丝-|苏氨酸蛋白激酶)
_RESIDUE_JOIN_BEFORE = lazy_re.compile(r"(?:" + _ZH_RESIDUES + r"|" + _RESIDUES + r")\s?[-/–]\s?$", re.IGNORECASE)


def is_amino_acid_word(surface: str) -> bool:
    """An amino-acid name: English full name or three-letter code, Chinese name."""
    return _ITEM_RE.fullmatch(surface) is not None and len(surface) > 1


def _chain(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The (join, item) pairs of the hyphen/slash chain of amino acids before and after ``text[start:end]``."""
    before: list[tuple[str, str]] = []
    pos = start
    while (m := _CHAIN_BEFORE.search(text, max(0, pos - 20), pos)) is not None:
        before.insert(0, (text[m.end(1):pos], m.group(1)))
        pos = m.start()
    after: list[tuple[str, str]] = []
    pos = end
    while (m := _CHAIN_AFTER.match(text, pos)) is not None:
        after.append((text[pos:m.start(1)], m.group(1)))
        pos = m.end()
    return before, after


def _chain_end(text: str, end: int) -> int:
    pos = end
    while (m := _CHAIN_AFTER.match(text, pos)) is not None:
        pos = m.end()
    return pos


# a second amino acid joined by a conjunction: "半胱氨酸和天冬氨酸蛋白酶" (caspase, "cysteine-aspartic protease":
# validation45_zh ChinaXiv-201711.00297V1), "丝氨酸和苏氨酸蛋白激酶"
_CONJUNCT_AFTER = lazy_re.compile(r"\s?(?:和|与|及|and)\s?(" + _ITEM + r")", re.IGNORECASE)


def _conjunct_described(text: str, end: int) -> bool:
    """Is the amino acid ending at ``end`` coordinated with another whose description head follows ("半胱氨酸和天冬氨酸
    蛋白酶")? A coordination of two substances ("补充半胱氨酸和蛋氨酸") has no head after the second."""
    m = _CONJUNCT_AFTER.match(text, _chain_end(text, end))
    return m is not None and _HEAD_AFTER.match(text, _chain_end(text, m.end())) is not None


def describes_protein(text: str, start: int, end: int) -> bool:
    """Whether the amino-acid name at ``text[start:end]`` is part of a protein's description (module
    docstring): a description head after its chain, or an item of a sequence chain."""
    surface = text[start:end]
    own = _JOIN_RE.split(surface)  # a dipeptide name is a chain itself: "Asp-Glu", "Gly-Asp"
    if not all(is_amino_acid_word(i) for i in own):
        return False
    if _HEAD_AFTER.match(text, _chain_end(text, end)) or _conjunct_described(text, end):
        return True
    before, after = _chain(text, start, end)
    items = [i for _, i in before] + own + [i for _, i in after]
    joins = [j for j, _ in before] + _JOIN_RE.findall(surface) + [j for j, _ in after]
    if len(items) >= 3:
        return True
    # two items: "Ser/Thr", "丝-苏氨酸"; a dipeptide ("Ala-Gln") or "glutamate/aspartate" stays a substance
    return len(items) == 2 and (any(i in _ZH_SHORT for i in items)
                                or "/" in joins[0] and any(_SHORT_ITEM.match(i) for i in items))


def is_letter_motif(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (part of) a motif in one-letter codes ("D-E-A-D")."""
    a = start
    while a >= 2 and text[a - 1] == "-" and text[a - 2].isalpha() and (a < 3 or not text[a - 3].isalnum()):
        a -= 2
    b = end
    while b + 2 <= len(text) and text[b] == "-" and text[b + 1].isalpha() and (
            b + 2 == len(text) or not text[b + 2].isalnum()):
        b += 2
    return _LETTER_MOTIF.match(text[a:b]) is not None or _LETTER_MOTIF_BOX.match(text[start:end]) is not None


def is_kinase_class(surface: str) -> bool:
    """Whether a gene mention's text is a kinase/phosphatase class named by its substrate residue
    ("serine/threonine kinase", "tyrosine kinase receptor", "酪氨酸激酶", "苏氨酸蛋白激酶")."""
    s = surface.strip()
    if s.lower().rstrip("s") in ("kinase", "phosphatase", "激酶", "磷酸酶"):
        return False  # the head alone: a mention of the paper's own kinase, not a class phrase
    return _EN_CLASS.match(s) is not None or _ZH_CLASS.match(s) is not None


def drop_protein_descriptions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the words of a protein's description (module docstring): amino acids in a
    residue, motif or class description (COMPOUND), one-letter motifs and kinase-class phrases (GENE)."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    out = []
    for i, m in enumerate(ordered):
        if m.label == "COMPOUND" and describes_protein(text, m.start, m.end):
            continue
        if m.label == "GENE" and is_letter_motif(text, m.start, m.end):
            continue
        if m.label == "GENE" and is_kinase_class(m.text) and not _names_a_gene(text, ordered, i):
            continue
        out.append(m)
    return out if len(out) < len(mentions) else mentions


def _names_a_gene(text: str, ordered: list[Mention], i: int) -> bool:
    """Whether the class phrase ``ordered[i]`` is the paper's name of its entity: the same entity's symbol
    follows in brackets or in apposition ("苏氨酸蛋白激酶(Akt)"), or the phrase is an item of a slash list
    of genes ("磷脂酰肌醇-3激酶/苏氨酸蛋白激酶/雷帕霉素靶蛋白信号通路", li2025: PI3K/AKT/mTOR) and no residue
    before it continues the class phrase ("丝氨酸/|苏氨酸蛋白激酶")."""
    m = ordered[i]
    if not m.entity_id:
        return False
    after = next((n for n in ordered[i + 1:] if n.start >= m.end), None)
    if after is not None and after.entity_id == m.entity_id and _NAMED_AFTER.fullmatch(text[m.end:after.start]):
        return True
    if _RESIDUE_JOIN_BEFORE.search(text, max(0, m.start - 6), m.start):
        return False
    before = next((n for n in reversed(ordered[:i]) if n.end <= m.start), None)
    return any(n is not None and n.label == "GENE" and n.entity_id and _LIST_SLASH.fullmatch(gap)
               for n, gap in ((before, text[before.end:m.start] if before else ""),
                              (after, text[m.end:after.start] if after else "")))


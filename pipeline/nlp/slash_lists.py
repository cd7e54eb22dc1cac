"""When a slash or hyphen list of genes is not a signalling axis.

GUIDELINES.md 1.2 gives an axis id to a chain of genes that the text names as a pathway or axis
("PI3K/AKT/mTOR 信号通路", "ASK1-p38 信号通路"), and nlp/pathways.py also reads a bare slash chain
as one ("regulating autophagy via AMPK/mTOR/p70S6K", "Akt/AMPK介导"). But "/" and "-" are also
the writer's shorthand for a coordination of names, and the noun the list modifies says which:

* a protein-class head noun after the list makes the list a set of proteins of that class, not
  the steps of a cascade: "SAG/RBX2 E3 ubiquitin ligase" (one ligase under its two names),
  "p38/Jnk/Erk MAP kinases" (three kinases that are phosphorylated), "p65-p50异二聚体" (a
  heterodimer; GUIDELINES 1: a complex is a GENE entity, not a pathway). The same holds for a
  read-out head ("SUR1/TrpM4 expression and activation"). An "inhibitor" head is left out: the
  gold reads "a known JAK2/STAT3 inhibitor, AG490" as an inhibitor of the axis (new papers,
  PMID23313376) and "SRC/ABL inhibitor" as one of two kinases (validation PMID16434489); the
  words alone cannot tell them apart.
  This is the ordinary head-modifier reading of an English or Chinese noun compound: the last
  noun is the head, what precedes it modifies it (Quirk et al. 1985, 17.108; Chinese
  偏正结构). A pathway word after that head ("PI3K/Akt kinase pathway") keeps the axis.
* a list governed by a read-out noun ("the altered expression of Pten, Akt and Bcl-2/Bax")
  names things that were measured, as "expression of Bcl-2/Bax" does (pathways.reads_as_readouts),
  however many list members stand between the read-out word and the slash pair.

Pure functions over a paragraph's text and its gene mentions.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the class nouns that head a noun phrase naming proteins (or their read-outs), singular and plural
_EN_HEADS = (r"ligases?|kinases?|phosphatases?|complex(?:es)?|"
             r"heterodimers?|homodimers?|dimers?|heterotrimers?|subunits?|isoforms?|paralogs?|"
             r"proteins?|genes?|mutations?|mutants?|expression|levels?|mRNAs?|ratios?|antibod(?:y|ies)|"
             # read-outs of each named product or marker: a measured quantity, not a signalling chain
             r"production|secretion|release|(?:immuno)?staining")
# up to two modifiers between the list and its head ("E3 ubiquitin ligase", "MAP kinases",
# "tyrosine kinase"), none of them a function word (the list would then end before it)
_FUNCTION_WORD = r"(?:and|or|of|in|on|at|to|by|for|with|via|from|the|a|an|as|is|are|was|were|that|which)"
_EN_HEAD_AFTER = lazy_re.compile(
    rf"[ \t]+(?:(?!{_FUNCTION_WORD}\b)[A-Za-z0-9][\w-]*[ \t]+){{0,2}}(?:{_EN_HEADS})(?![\w-])", re.IGNORECASE)
# Chinese: a class noun glued to the list, at most four characters of modifier before it
# ("E3泛素连接酶", "异二聚体"); 蛋白/基因 alone are left to the read-out rule (表达, 水平)
_ZH_HEAD_AFTER = lazy_re.compile(r"\s*(?:E3)?[\u3400-\u9fff]{0,4}?(?:连接酶|二聚体|三聚体|多聚体|复合物|复合体|亚基|抗体)")
_PATHWAY_AFTER = lazy_re.compile(r"\s*(?:信号|通路|轴|途径|signal(?:l)?ing|signal\b|pathways?|axis|axes|cascades?)",
                                 re.IGNORECASE)


def names_proteins(text: str, end: int) -> bool:
    """Does a protein-class or read-out head noun follow the list ending at ``end`` ("SAG/RBX2 E3
    ligase", "p38/Jnk/Erk MAP kinases", "p65-p50异二聚体", "SUR1/TrpM4
    expression"), with no pathway word after that head?"""
    head = _EN_HEAD_AFTER.match(text, end) or _ZH_HEAD_AFTER.match(text, end)
    return head is not None and _PATHWAY_AFTER.match(text, head.end()) is None


# A strain named by its transgenes or lost genes: "APP/PS1 mice", "APP/PS1 AD mouse model", "APP/PS1双转基因小鼠",
# "amyloid precursor protein/presenilin transgenic mice", "Ldlr/Apoe double knockout mice": the animal noun (or the
# transgenic / knockout mark) right after the list, at most one disease abbreviation between ("APP/PS1 AD mice")
_STRAIN_MARK = r"(?:double|triple)?[\s-]*(?:transgenic|knock-?(?:out|in)|KO|DKO|deficient|null|Tg)"
_EN_STRAIN_AFTER = lazy_re.compile(
    rf"(?:[\s-]+(?P<mark>{_STRAIN_MARK})(?![\w-]))?(?:[ \t]+[A-Z]{{2,5}}(?![\w-]))?"
    r"[\s-]+(?:mice|mouse|rats?|strains?|models?|transgenic|Tg)(?![\w-])")
_ZH_STRAIN_AFTER = lazy_re.compile(r"\s*(?P<mark>[双三]?转基因|(?:基因)?敲除|缺陷|缺失)?\s*(?:小鼠|大鼠)|\s*[双三]?转基因")
# the genes are lost, not carried: a knockout is the genes' loss of function (GUIDELINES 5.5)
_LOSS_MARK = lazy_re.compile(r"knock-?out|KO|deficient|null|敲除|缺陷|缺失", re.IGNORECASE)


def _strain_after(text: str, end: int) -> re.Match[str] | None:
    return _EN_STRAIN_AFTER.match(text, end) or _ZH_STRAIN_AFTER.match(text, end)


def names_strain(text: str, end: int) -> bool:
    """Does the slash list ending at ``end`` name an animal strain ("APP/PS1 mice", "APP/PS1 AD mouse model",
    "APP/PS1双转基因小鼠")? The APP/PS1 mouse is the APPswe/PSEN1dE9 double-transgenic model of Alzheimer's
    disease: the slash joins the two transgenes the strain carries, not the steps of a cascade, as "KCa3.1-/- mice"
    names a knockout (BioRED train / validation39_en PMID30442153: "APP/PS1 mice model", "APP/PS1 AD mice",
    "KCa3.1-/-/APP/PS1 mice"; BioRED train PMID24853300: "amyloid precursor protein/presenilin transgenic
    mice"). The head-modifier reading of ``names_proteins`` with an organism head: the animal noun, or a
    transgenic / knockout mark, right after the list (one disease abbreviation may stand between)."""
    return _strain_after(text, end) is not None


def names_transgenic_strain(text: str, end: int) -> bool:
    """Does the slash list ending at ``end`` name a strain by the transgenes it carries ("APP/PS1 mice",
    "APP/PS1双转基因小鼠"), not by genes it lacks ("Ldlr/Apoe double knockout mice": a loss of function)?"""
    found = _strain_after(text, end)
    return found is not None and not (found.group("mark") and _LOSS_MARK.search(found.group("mark")))


# a plural class noun closing the last member's written name: the dictionary holds "ATR kinase", so the
# gene mention of "ATM/ATR kinases" ends after the head the whole list shares
_PLURAL_HEAD_INSIDE = lazy_re.compile(r"\s(?:ligases|kinases|phosphatases|complexes|heterodimers|subunits|isoforms|"
                                      r"paralogs|proteins|genes)$", re.IGNORECASE)


def head_taken_in(last_name: str) -> bool:
    """Does the written name of a slash list's last member end with a plural protein-class head ("ATR
    kinases" in "inhibition of ATM/ATR kinases with CGK-733", validation_en PMID26027517)? The plural
    agrees with the coordination, not with the last protein: it heads the list, as it does when no mention
    takes it in (``names_proteins``). A singular head may close one protein's own name ("LKB1/AMP-activated
    protein kinase"), and is left to the axis."""
    return bool(_PLURAL_HEAD_INSIDE.search(last_name))


# the read-out nouns that govern a list of measured genes, and what may stand between that noun
# and the slash pair: other list members (gene mentions, removed before the test), brackets,
# commas and coordinators
_READOUT_GOVERNOR = lazy_re.compile(r"\b(?:expressions?|levels?|mutations?|polymorphisms?|mRNAs?|amounts?|"
                                    r"contents?|ratios?)\s+of\s+", re.IGNORECASE)
_LIST_FILLER = lazy_re.compile(r"(?:[\s,;()\[\]]|\band\b|\bor\b|\bthe\b|\bas\s+well\s+as\b)*", re.IGNORECASE)


def in_readout_list(text: str, start: int, genes, reach: int = 160) -> bool:
    """Is the list starting at ``start`` a later member of a coordination governed by a read-out
    noun ("altered expression of phosphatase and tensin homolog (Pten), Akt and Bcl-2/Bax")?
    ``genes``: the paragraph's gene mentions (objects with ``start``, ``end``), which may fill the
    gap between the read-out phrase and the list; nothing else but brackets, commas and
    coordinators may."""
    window_start = max(0, start - reach)
    governors = list(_READOUT_GOVERNOR.finditer(text, window_start, start))
    if not governors:
        return False
    gap_start = governors[-1].end()
    kept = []
    pos = gap_start
    for g in sorted(genes, key=lambda g: g.start):
        if g.end <= gap_start or g.start >= start:
            continue
        if g.start < pos:
            pos = max(pos, g.end)
            continue
        kept.append(text[pos:g.start])
        pos = g.end
    kept.append(text[pos:start])
    return all(_LIST_FILLER.fullmatch(part) for part in kept)


# "Non-Smad pathway" (不依靠 Smad 介导的通路), "non-PLC-dependent PKC pathway", "非 Smad 依赖的通路": a
# name after non-/非 is excluded from the pathway, not one of its steps
_NEGATING_PREFIX = lazy_re.compile(r"(?:(?<![A-Za-z])non-?\s*|非\s*)$", re.IGNORECASE)


def negated_element(text: str, start: int) -> bool:
    """Is the chain element starting at ``start`` prefixed by non-/非 ("Non-Smad pathway")? The
    prefix negates the name: the pathway is the one that does not go through it (ChinaXiv-
    201711.00749V1's glossary: "Non-Smad pathway：不依靠 Smad 介导的通路"), so the element is no
    member of an axis id, like the non-gene chain elements of GUIDELINES 3."""
    return _NEGATING_PREFIX.search(text[max(0, start - 5):start]) is not None


# The genes blots and qPCR are normalised to (ACTB, GAPDH, the tubulins, ACTG1, B2M, HPRT1, RPLP0, TBP, LMNB1,
# PPIA, VCL, histone H3): written after a slash they are the denominator of a band-density or expression
# ratio ("Beclin1/β-actin", "E-cadherin/GAPDH灰度比值"), never the last step of a signalling axis
HOUSEKEEPING_GENES = frozenset({
    "HGNC:132", "HGNC:4141", "HGNC:20778", "HGNC:20766", "HGNC:18809", "HGNC:12407", "HGNC:144", "HGNC:914",
    "HGNC:5157", "HGNC:10371", "HGNC:11588", "HGNC:6637", "HGNC:9253", "HGNC:12665", "HGNC:4766"})


def over_loading_control(member_ids) -> bool:
    """Is a slash list a gene over a housekeeping gene ("Bax/β-actin", "β-Catenin/GAPDH")? Tables and
    methods of Western blot papers write each band's density as a ratio to the loading control
    (ChinaXiv-201712.00232V1: "Atg5/β-actin", "Bcl-2/β-actin", "Beclin1/β-actin"; ChinaXiv-201712.00524V1:
    "E-cadherin/GAPDH和β-Catenin/GAPDH灰度比值"); the composed axes paired the gene with its control."""
    return len(member_ids) >= 2 and member_ids[-1] in HOUSEKEEPING_GENES

"""A slash run of numbered names that lists exactly one family's members names that family.

Authors write a family as its members' shared stem and their numbers joined by "/": "ERK1/2",
"JNK1/2/3", "Smad2/3", "Smad1/5/8", "caspase-3/7", "Cdk1/2". FamPlex (Bachman et al., BMC
Bioinformatics 2018) models exactly these groups as entities of their own, named by the same
convention (ERK, JNK, SMAD2_3, SMAD1_5_9, Caspase_3_7, CDK1_2), and its grounding map sends the
slashed spellings it has seen to them ("ERK1/2" -> ERK, "Smad2/3" -> SMAD2_3). The gold follows
FamPlex (GUIDELINES 5.14: "Smad1/5/8 is FamPlex SMAD1_5_9, Smad8 = SMAD9"; 1.2: ERK1/2 -> ERK).
The grounding map lists only some spellings, so the run is read by its members: the first name
and each number (or Greek letter) after a slash, joined to the first name's stem ("Smad1" +
"/5/8" gives Smad5 and Smad8 = SMAD9; "GSK-3α/β": GSK-3β), name a set of genes; when a
family's members are exactly that set, the run is one mention of the family. A run naming no
family's exact member set ("BMP2/4", "Smad1/2/3/5/8", "TORC1/2": two complexes) keeps one
mention per name (annotator ``_elided_mentions``).

Two readings of the same written unit go with it: a text layer's l for the name's final 1
before a number run ("Smadl/5/8", ``ocr_one_mentions``), and a subunit tag after a slash list
("IL-12/23p40", ``shared_subunit_mentions``), the chain the listed proteins share.

Pure functions over one paragraph's text and mentions; the family index is built by the caller
from the dictionary (``families_by_members``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.gene_partners import slash_items
from pipeline.nlp.matcher import Mention

FAMILY_PREFIX = "FPLX:"


def families_by_members(families: Iterable[tuple[str, set[str]]]) -> dict[frozenset[str], str]:
    """member gene ids -> family id, for the (family id, member ids) given with two or more
    members; a member set two families share names neither (it is left out)."""
    index: dict[frozenset[str], str] = {}
    shared: set[frozenset[str]] = set()
    for family, members in families:
        key = frozenset(members)
        if len(key) < 2:
            continue
        if key in index and index[key] != family:
            shared.add(key)
        index.setdefault(key, family)
    return {k: v for k, v in index.items() if k not in shared}


_OWN_NUMBER = lazy_re.compile(r"(?<=[A-Za-z\-\s])\d{1,2}[a-z]?$")
_OWN_GREEK = lazy_re.compile(r"[αβγδεκ]$")


def member_names(name: str, items: list[str], ocr_one: bool = False) -> list[str]:
    """The names a slash run's items give with the stem of ``name``: its final number replaced
    by each number ("Smad1" + 5, 8: Smad5, Smad8; "TORC1" + 2: TORC2), or its final Greek letter
    by each letter ("GSK-3α" + β: GSK-3β). ``ocr_one``: the name ends in an l read as 1
    ("Smadl"). [] when the items are not of the kind the name ends in."""
    if not items:
        return []
    if all(i[:1].isdigit() for i in items):
        own = re.search(r"l$", name) if ocr_one else _OWN_NUMBER.search(name)
    elif all(_OWN_GREEK.fullmatch(i) for i in items):
        own = _OWN_GREEK.search(name)
    else:
        return []
    return [name[:own.start()] + i for i in items] if own is not None and own.start() > 0 else []


def run_family(text: str, m: Mention, gene_of: Callable[[str], str | None],
               family_of: Callable[[frozenset[str]], str | None]) -> tuple[int, str] | None:
    """(end of the run, family id) when the gene mention ``m`` is followed by a slash run of
    designators ("Smad1" + "/5/8") whose names, with ``m``'s own gene, are exactly the members
    of one family; None otherwise (no run, a name that is no gene, no such family)."""
    if m.label != "GENE" or not m.entity_id or m.entity_id.startswith(FAMILY_PREFIX):
        return None
    items = slash_items(text, m.end)
    if not items:
        return None
    names = member_names(m.text, [i.group(1) for i in items], m.how == OCR_ONE)
    family = _family_named(m.entity_id, names, gene_of, family_of)
    return (items[-1].end(), family) if family is not None else None


def _family_named(first: str, names: list[str], gene_of, family_of) -> str | None:
    """The family whose members are exactly ``first`` and the genes ``names`` name, or None."""
    if not names:
        return None
    ids = [first]
    for name in names:
        gene = gene_of(name) or gene_of(name.upper())
        if gene is None or gene.startswith(FAMILY_PREFIX):
            return None
        ids.append(gene)
    return family_of(frozenset(ids)) if len(set(ids)) == len(ids) else None


def slash_family_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None],
                          family_of: Callable[[frozenset[str]], str | None]) -> list[Mention]:
    """``mentions`` with each gene mention that begins a slash run naming one family's members
    grown over the run and linked to the family ("Smad1/5/8" -> FPLX:SMAD1_5_9); mentions
    inside the run (the numbers linked on their own) are dropped."""
    out: list[Mention] = []
    grown_end = -1
    for m in mentions:
        if m.start < grown_end:
            continue
        hit = run_family(text, m, gene_of, family_of)
        if hit is not None:
            end, family = hit
            m = replace(m, end=end, text=text[m.start:end], entity_id=family)
            grown_end = end
        out.append(m)
    return out


OCR_ONE = "ocr-one"  # Mention.how of a name whose final 1 the text layer gives as l ("Smadl/5/8")
# a name ending in l right before a slash run of numbers: "Smadl/5/8" (ChinaXiv-201812.00642V1)
# (a capitalised name and whole designators: no unit such as "nmol/0.5 microl", BioRED 20558148)
_L_BEFORE_RUN = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z\-]{1,9}?)l(?=/[1-9]\d?[a-z]?(?:/[1-9]\d?[a-z]?)*(?![\w\-/.,]\d|[\w\-/]))")
# what every match holds 2-10 characters after its start: _L_BEFORE_RUN (which opens with a
# look-behind, so it was tried at every character of every paragraph) is searched from there (stop 37)
_L_THEN_NUMBER = lazy_re.compile(r"l/[1-9]")


def ocr_one_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with a gene mention for each name written with l for its final 1 before a
    slash run of numbers ("Smadl/5/8": Smad1, 5, 8). OCR and PDF text layers confuse l and 1
    (nlp/ocr_symbols.py); here the numbers after the slash show that the name ends in one, so
    the l is read as 1 when the stem + 1 is a dictionary gene and the written name is none."""
    added = []
    first = _L_THEN_NUMBER.search(text)  # no match starts more than 10 characters before it
    for hit in _L_BEFORE_RUN.finditer(text, max(0, first.start() - 10)) if first else ():
        a, b = hit.start(), hit.end()
        if any(m.start < b and a < m.end for m in mentions) or gene_of(text[a:b]) is not None:
            continue
        gene = gene_of(hit.group(1) + "1")
        if gene is not None and not gene.startswith(FAMILY_PREFIX):
            added.append(Mention(a, b, gene, "GENE", OCR_ONE, text[a:b]))
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions


# "/23p40", "/IL-23 p40": a second name's number, then the subunit tag both share
_SHARED_SUBUNIT = lazy_re.compile(r"/(?:[A-Za-z]{1,5}-?)?\d{1,2}[ ]?(p\d{2,3})(?![\w\-/])")


def shared_subunit_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with "IL-12/23p40" (and "IL-12/IL-23 p40") read as the subunit the two named
    proteins share: the first name + the tag ("IL-12p40") when that is a dictionary gene (IL12B:
    p40 is the common chain of IL-12 and IL-23). Heterodimeric cytokines are named by their
    chains' molecular weights (p35, p40, p19; Oppmann et al., Immunity 2000), and a tag after a
    slash list belongs to every name of the list, as a head noun does (validation PMID23494106:
    gold IL12B for "IL-12/23p40"). The first name's own mention (the IL12 family) is replaced."""
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        tag = _SHARED_SUBUNIT.match(text, m.end) if m.label == "GENE" and m.entity_id else None
        gene = None
        if tag is not None:
            gene = gene_of(m.text + tag.group(1)) or gene_of(f"{m.text} {tag.group(1)}")
        if gene is not None:
            m = Mention(m.start, tag.end(), gene, "GENE", m.how, text[m.start:tag.end()])
            skip_to = tag.end()
        out.append(m)
    return out


# "TSC1-TSC2复合物", "TSC1/TSC2 complex": whole member names joined by a hyphen or slash, then the complex noun
_MEMBER_JOIN = lazy_re.compile(r"\s*[-/–]\s*")
_COMPLEX_AFTER = lazy_re.compile(r"\s*(?:复合物|复合体|complex(?:es)?(?![\w-]))", re.IGNORECASE)


def complex_family_mentions(text: str, mentions: list[Mention],
                            family_of: Callable[[frozenset[str]], str | None]) -> list[Mention]:
    """``mentions`` with each run of gene mentions joined by "-" or "/" and followed by a complex noun
    ("TSC1-TSC2复合物", ChinaXiv-201711.01011V1; "TSC1/TSC2 complex") grown into one mention of the
    FamPlex complex whose members are exactly those genes (FPLX:TSC; validation45_zh gold: TSC - mTORC1,
    TSC2 member_of TSC). The noun says the pair is one assembled protein (GUIDELINES 1: a complex is a
    GENE entity), which the members' own ids do not name; a run before no complex noun, or naming no
    family's exact member set, is left as it is (an axis "AMPK-mTOR" stays for nlp/pathways.py). The text's
    noun is the evidence that the set is a complex: FamPlex marks only some of its complexes as such (TSC
    carries no note), so the family's own record is not asked."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        run = [mentions[i]]
        while i + len(run) < len(mentions) and run[-1].label == "GENE" and mentions[i + len(run)].label == "GENE" \
                and _MEMBER_JOIN.fullmatch(text, run[-1].end, mentions[i + len(run)].start):
            run.append(mentions[i + len(run)])
        ids = [m.entity_id for m in run]
        family = None
        if len(run) >= 2 and all(e and not e.startswith(FAMILY_PREFIX) for e in ids) and len(set(ids)) == len(ids) \
                and _COMPLEX_AFTER.match(text, run[-1].end):
            family = family_of(frozenset(ids))
        if family is not None:
            first = run[0]
            out.append(replace(first, end=run[-1].end, text=text[first.start:run[-1].end], entity_id=family))
            i += len(run)
        else:
            out.append(mentions[i])
            i += 1
    return out

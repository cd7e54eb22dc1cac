"""One sense per document for a gene family named alongside one of its members.

An English abstract that says "cleaved PARP" (PARP1) in one sentence and "the cleavages of
poly-ADP-ribose polymerase (PARP)" in another speaks of one protein: the family name is the
author's short name for the member the paper studies (Gale, Church & Yarowsky's "one sense
per discourse", 1992). When a document's English text names a FamPlex family and exactly one
gene of that family (its direct member), the family's English mentions are read as that gene.
Two or more members named (ERK1 and ERK2, caspase-3 and caspase-8) keep the family: it then
names the group. Chinese text is left alone: its family names (多聚ADP-核糖聚合酶) are
annotated as families in the development gold.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.nlp.pathways import TRIGGER


def sole_members(gene_ids: set[str], parents_of, is_complex=None) -> dict[str, str]:
    """family id -> the one member among ``gene_ids`` whose direct parents include it, for
    each family in ``gene_ids`` that has exactly one such member. ``parents_of(id)`` gives the
    FamPlex parents of a gene or family (empty for unknown ids).

    A complex is left out (``is_complex(id)``): its parts are different proteins, so a subunit
    named beside it is no short name for it. "TORC1 and TORC2" in a paper that names their
    shared catalytic subunit mTOR are the complexes (GUIDELINES 3: MTOR member_of mTORC1 and
    mTORC2; validation PMID23362262 gold: DEPTOR inhibits TORC1 and TORC2), whereas "PARP"
    beside "cleaved PARP" (PARP1) is the one family member the paper studies."""
    members: dict[str, set[str]] = {}
    for gene in gene_ids:
        for family in parents_of(gene):
            members.setdefault(family, set()).add(gene)
    return {family: next(iter(found)) for family, found in members.items()
            if family in gene_ids and len(found) == 1 and not (is_complex and is_complex(family))}


# FamPlex and the curated Chinese names call a complex so: "mTOR complex 1", "IKK complex",
# "mTOR复合物1", "NF-kappaB complex"
_COMPLEX_NAME = lazy_re.compile(r"\bcomplex(?:es)?\b|复合物|复合体", re.IGNORECASE)


def names_a_complex(names) -> bool:
    """Does one of a family's dictionary names call it a complex ("mTOR complex 1")?"""
    return any(_COMPLEX_NAME.search(n) for n in names)


# a quantifier that makes a family name the whole family: "the pan caspase inhibitor z-VAD-fmk",
# "pan-caspase", "the broad-spectrum caspase inhibitor", "all caspases"
_WHOLE_FAMILY_BEFORE = lazy_re.compile(r"(?:\bpan|\bbroad[\s\-]spectrum|\bgeneral|\ball)[\s\-]$", re.IGNORECASE)


def names_whole_family(text: str, start: int) -> bool:
    """Is the family mention starting at ``start`` quantified as the whole family ("pan caspase",
    "broad-spectrum caspase")? Then it names the group even when the paper names one member:
    "The pan caspase inhibitor z-VAD-fmk" (PMID24282433, gold FPLX:Caspase) is no caspase-8
    inhibitor, and "the broad-spectrum caspase inhibitor, z-VAD-fmk" (PMID15261763) no caspase-9
    one. The quantifier is what one-sense-per-discourse does not see."""
    return _WHOLE_FAMILY_BEFORE.search(text[max(0, start - 16):start]) is not None


def names_family_pathway(text: str, m: Mention) -> bool:
    """Is the family mention ``m`` the head of a pathway name ("BMP signalling", "MAP kinase
    pathways") or of the word family ("a member of the MAPKKK family")? A pathway named after a
    family is the family's (GUIDELINES 1.2: inside an axis a family keeps its family id; validation
    PMID19536134 gold: "BMP signalling" -> AXIS:FPLX:BMP in a paper that names Gdf5 as the one BMP
    gene), so one sense per discourse, which reads a family as the member the paper studies, does
    not reach it."""
    return TRIGGER.match(text, m.end) is not None or _FAMILY_WORD.match(text, m.end) is not None


# "TAK1, a member of the MAPKKK family": a family named as a family is the group, whatever member
# the paper studies (validation PMID19536134 gold: MAP3K7 member_of FPLX:MAP3K)
_FAMILY_WORD = lazy_re.compile(r"\s*(?:(?:super|sub)?famil(?:y|ies)(?![A-Za-z])|家族)", re.IGNORECASE)


# a family written as the numbers of its members: "ERK1/2", "Smad1/5/8", "JNK1/2/3" (slash_families)
_MEMBER_RUN = lazy_re.compile(r"\d[a-z]?/-?\d")


def names_the_family(text: str, m: Mention) -> bool:
    """Does the text mean the whole family at ``m``: quantified (``names_whole_family``), heading a
    pathway name or the word family (``names_family_pathway``), or written as its members'
    numbers ("Smad1/5/8": the author lists the members, as "ERK1 and ERK2" does, so a paper that
    also names Smad1 alone does not make the run Smad1; validation PMID19536134)?"""
    return names_whole_family(text, m.start) or names_family_pathway(text, m) or bool(_MEMBER_RUN.search(m.text))


def resolve_families(mentions: list[Mention], sole: dict[str, str], text: str = "") -> list[Mention]:
    """``mentions`` with each family mention in ``sole`` read as its one member, unless the text
    means the whole family there (``names_the_family``)."""
    if not sole:
        return mentions
    return [replace(m, entity_id=sole[m.entity_id])
            if m.label == "GENE" and m.entity_id in sole and not (text and names_the_family(text, m)) else m
            for m in mentions]


_NUMBER_END = lazy_re.compile(r" (\d{1,2})$")


def numbered_member(family_names: list[str], number: str, lookup, members: set[str]) -> str | None:
    """The member gene a family name with a number names: "c-Jun N-terminal kinase 1" is JNK1
    (MAPK8), found as one of the family's short names (no space) joined to the number, when the
    dictionary gives that spelling to a member of the family. ``lookup(surface)`` -> entity id or
    None; ``members``: the family's member gene ids. None when no short name + number is one."""
    for name in family_names:
        if " " in name or not name[-1:].isalpha():
            continue
        for spelling in (name + number, f"{name}-{number}"):
            gene = lookup(spelling)
            if gene is not None and gene in members:
                return gene
    return None


def relink_numbered_members(mentions: list[Mention], family_names, lookup, members_of) -> list[Mention]:
    """Family mentions grown over a number (gene_context.extend_right: "c-Jun N-terminal kinase
    1") relinked to the member that number names. ``family_names(id)`` and ``members_of(id)``
    read the dictionary."""
    out = []
    for m in mentions:
        hit = _NUMBER_END.search(m.text) if m.label == "GENE" and m.entity_id.startswith("FPLX:") else None
        gene = numbered_member(family_names(m.entity_id), hit.group(1), lookup, members_of(m.entity_id)) if hit else None
        out.append(replace(m, entity_id=gene) if gene else m)
    return out


# A member designator written right after a family's name: "骨形态发生蛋白9（", "成纤维细胞生长因子8(",
# "磷酸二酯酶3B(PDE3B)" (pool ChinaXiv-201711.01377V1): one or two digits and an optional capital letter, then no further name
# character and none of the words that make the number a count or a unit ("2种", "8 h") or continue the name
# into another protein ("沉默信息调节因子2同源蛋白1" is yeast Sir2's homologue SIRT1; "…因子2受体" a receptor),
# nor a second number ("extracelllar signal-regulated kinase 1/2" is ERK1/2, the family: relink_coordinated's)
_DESIGNATOR_AFTER = lazy_re.compile(
    r"[\-‐ ]?(\d{1,2}[A-Z]?)(?![0-9A-Za-zα-ωΑ-Ω]|[.,]\d|\s?[/／~～、和及与]\s?\d)"
    r"(?!\s?(?:同源|相关|样|受体|结合|亚基|亚型|型|类|种|个|例|只|倍|次|天|周|月|年|小时|分钟|h(?![A-Za-z])|min|mg|μ|ng|"
    r"家族|[Rr]eceptor|-like|homolog|related))")


def member_number_after(text: str, end: int) -> tuple[str, int] | None:
    """(designator, its end) when a member designator follows a name ending at ``end`` (``_DESIGNATOR_AFTER``)."""
    hit = _DESIGNATOR_AFTER.match(text, end)
    return (hit.group(1), hit.end(1)) if hit else None


def grow_numbered_members(text: str, mentions: list[Mention], family_names, lookup, members_of) -> list[Mention]:
    """A family mention followed by a member number becomes the member: "骨形态发生蛋白9" is BMP9 (GDF2).

    Chinese (and some English) papers name a family's members by the family's written-out name and the
    member's number: "骨形态发生蛋白9（bone morphogenetic protein9，BMP9）" (validation_zh
    ChinaXiv-201803.00487V1, gold GDF2), "成纤维细胞生长因子8", "脂肪酸结合蛋白5" (stop-40 pool
    ChinaXiv-201712.00359V1, ChinaXiv-201711.00914V1). The dictionary holds the Chinese name of some
    members ("成纤维细胞生长因子21", "基质金属蛋白酶9": then the longer match already wins and this never
    sees them); where it lacks one, the matcher finds only the family's name and the number is left over.
    The member is the one ``numbered_member`` finds from the family's FamPlex symbol alone (FGF, BMP): that
    symbol joined to the number is a symbol or alias the dictionary gives to a gene FamPlex lists under the
    family (FGF8; BMP9 is GDF2's alias). Other short names are no stems: "sirtuin" + 2 would read
    "沉默信息调节因子2(silentinformation regulator2，Sir2)家族" (dev sample ChinaXiv-201711.00904V1: yeast Sir2's
    family) as SIRT2. No such member (HDAC_III2) leaves the family as it was; an alias counts ("视黄醛脱氢酶1"
    is ALDH1, ALDH1A1's alias: retinaldehyde dehydrogenase 1). Mentions inside the grown span are dropped.
    English names grown over a number by gene_context are ``relink_numbered_members``' (above)."""
    out: list[Mention] = []
    grown: list[tuple[int, int]] = []
    for m in mentions:
        found = (member_number_after(text, m.end)
                 if m.label == "GENE" and m.entity_id.startswith("FPLX:") and m.end < len(text) else None)
        gene = numbered_member(family_names(m.entity_id)[:1], found[0], lookup, members_of(m.entity_id)) if found else None
        if gene:
            out.append(replace(m, end=found[1], text=text[m.start:found[1]], entity_id=gene))
            grown.append((m.start, found[1]))
        else:
            out.append(m)
    if not grown:
        return mentions
    return [m for m in out if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in grown)]


# A name coordinating two numbers after its (plural) head: "extracellular signal-regulated
# protein kinases 1 and 2", "caspases 3 and 7", "ERK 1/2"
COORDINATED_NUMBERS = lazy_re.compile(r"s? (\d{1,2})(?:,? and | ?/ ?|, )(\d{1,2})$")
_PLURAL_NUMBER_END = lazy_re.compile(r"s (\d{1,2})$")
_SECOND_NUMBER = lazy_re.compile(r"(?:,? and | ?/ ?|, )(\d{1,2})(?![\w\-/])")


def coordinated_numbers(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The two numbers a gene mention text[start:end] coordinates: both inside it ("kinases 1
    and 2"), or the first at its end after a plural head and the second after it ("kinases 1"
    + " and 2", the elided member not yet joined). None otherwise."""
    hit = COORDINATED_NUMBERS.search(text, start, end)
    if hit is not None and hit.end() == end:
        return hit.group(1), hit.group(2)
    first = _PLURAL_NUMBER_END.search(text, start, end)
    second = _SECOND_NUMBER.match(text, end) if first is not None and first.end() == end else None
    return (first.group(1), second.group(1)) if second is not None else None


def coordinated_family(numbers: tuple[str, str], gene_id: str, family_names, lookup, members_of,
                       parents_of) -> str | None:
    """The family a name coordinating two numbers names when linked to one member: a FamPlex
    parent of ``gene_id`` (the smallest) whose short names joined to each number (ERK1, ERK2)
    are two of its members, one of them ``gene_id``. The linker reads "kinases 1 and 2" as
    kinase 1; the author names both. None when no parent names both."""
    for family in sorted(parents_of(gene_id), key=lambda f: (len(members_of(f)), f)):
        members, names = members_of(family), family_names(family)
        first = numbered_member(names, numbers[0], lookup, members)
        second = numbered_member(names, numbers[1], lookup, members)
        if first and second and first != second and gene_id in (first, second):
            return family
    return None


def relink_coordinated(text: str, mentions: list[Mention], family_names, lookup, members_of,
                       parents_of) -> list[Mention]:
    """Gene mentions coordinating two numbers relinked to the family naming both
    (coordinated_numbers, coordinated_family); ``text``: the paragraph."""
    out = []
    for m in mentions:
        family = None
        if m.label == "GENE" and m.entity_id.startswith("HGNC:"):
            numbers = coordinated_numbers(text, m.start, m.end)
            if numbers is not None:
                family = coordinated_family(numbers, m.entity_id, family_names, lookup, members_of, parents_of)
        out.append(replace(m, entity_id=family) if family else m)
    return out

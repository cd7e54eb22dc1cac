"""Pathways named by a coordinated list: ``suppressing NF-kB and MAPK pathways``.

English shares one plural head among coordinated names: ``ERK and JNK signaling pathways``,
``ROCK and MAPK pathways``, ``regulating MAPK and NF-kappaB pathways``. The composer
(pipeline/nlp/pathways.py) sees only the last name before the head, and as a one-member
axis even when the dictionary has that pathway in the singular (``MAPK pathway`` is KEGG's
MAPK signaling pathway). Here each gene/family of the list before a plural head
(``pathways``, ``signaling pathways``, ``cascades``) also names its pathway: the dictionary's
``<name> pathway`` / ``<name> signaling pathway`` when it has one, else a one-member axis.
The gene mentions stay. Only the plural head distributes: ``TNF-α and the MAPK pathway``
does not make TNF a pathway. Pure function over one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.defined_links import brackets_after, member_after_join, member_before_bracket
from pipeline.nlp.matcher import Mention
from pipeline.nlp.pathways import AXIS_PREFIX
from pipeline.nlp.slash_lists import names_proteins

# "PKA and PKC-dependent pathways", "protein kinase C-dependent and protein kinase A-dependent
# pathways": each name's pathway (the gold's one-member axes AXIS:FPLX:PKA, AXIS:FPLX:PKC)
_DEPENDENT = r"(?:-\s*|\s+)dependent\s+"
_PLURAL_HEAD = lazy_re.compile(rf"\s*(?:{_DEPENDENT})?(?:signal(?:l)?ing\s+|signal\s+)?(?:pathways|cascades)(?![A-Za-z])",
                         re.IGNORECASE)
_COORDINATION = lazy_re.compile(r"(?:-\s*dependent)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+)")
_PHOSPHO_GLUED = lazy_re.compile(r"[A-Z0-9]p$")
_COMPLEX_AFTER = lazy_re.compile(r"[\u3400-\u9fff]{0,4}复合|\s*complex", re.IGNORECASE)
# what else a hyphen joins in Chinese text besides the steps of an axis (GUIDELINES 1: a complex or a fused
# protein is a GENE entity; a binding is a relation of the two genes): the fusion gene of a translocation
# ("形成BCR-ABL融合基因", validation_zh ChinaXiv-201712.01073V1), the two partners of an interaction ("介导
# CD133-p85之间相互作用", validation47_zh ChinaXiv-201901.00072V1: the gold gives PROM1 its own rows), and a
# complex head shared by a coordinated second pair ("由ATG5-ATG12和ATG7-ATG3复合物组成", validation44_zh
# ChinaXiv-201812.00140V1)
_JOINED_NOT_AXIS = lazy_re.compile(
    r"(?:\s*\[[^\]\[]{0,12}\])?\s*(?:融合|(?:之间|间)?的?(?:相互作用|相互结合|结合|互作))"  # "CD133-p85[37]之间相互作用"
    r"|\s*[和与及、]\s*[A-Za-z0-9α-ωΑ-Ω]+(?:-[A-Za-z0-9α-ωΑ-Ω]+)+\s*(?:[\u3400-\u9fff]{0,4}复合|异?二聚体)")
_CJK = lazy_re.compile(r"[\u3400-\u9fff]")
_HEADS = ("{} pathway", "{} signaling pathway", "{} signalling pathway")


# the pathway names a gene listed before "等信号通路" is looked up under
_HEADS_BEFORE_DENG = ("{}信号通路", "{} signaling pathway")


def _listed_pathway(g: Mention, pathway_of, heads: tuple[str, ...]) -> Mention:
    """The pathway a gene named in a list of pathways stands for: the KEGG map of "<gene> <head>"
    when the dictionary has one (hsa…), else the gene's one-member axis."""
    entity = next((e for e in (pathway_of(h.format(g.text)) for h in heads) if e and e.startswith("hsa")), None)
    if entity is not None:
        return Mention(g.start, g.end, entity, "PATHWAY", "pathway-coordination", g.text)
    return Mention(g.start, g.end, AXIS_PREFIX + g.entity_id, "PATHWAY", "pathway-composition", g.text, (g.entity_id,))


def coordinated_pathways(
    text: str, mentions: list[Mention], pathway_of: Callable[[str], str | None]
) -> list[Mention]:
    """``mentions`` plus a pathway mention for each name of a list before a plural head.

    ``pathway_of(phrase)`` gives the dictionary PATHWAY entity id a phrase names, or None.
    """
    mentions = paired_with_a_pathway(text, lists_with_an_axis(text, mentions, pathway_of), pathway_of)
    if "pathways" not in text and "cascades" not in text and "Pathways" not in text:
        return mentions
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: m.start)
    added: list[Mention] = []
    named_genes: list[Mention] = []  # the gene each added mention is for
    for i, last in enumerate(genes):
        head = _PLURAL_HEAD.match(text, last.end)
        if head is None:
            continue
        listed = [last]
        j = i - 1
        while j >= 0:
            gap = text[genes[j].end:listed[0].start]
            if not _COORDINATION.fullmatch(gap) or text[max(0, genes[j].start - 1):genes[j].start] == "/":
                break  # "PI3K/Akt and ERK": a slash chain is its own axis, not a list element
            listed.insert(0, genes[j])
            j -= 1
        for g in listed:
            if any(m.label == "PATHWAY" and m.start == g.start and m.end == g.end for m in mentions):
                continue
            if in_an_axis(g, mentions):
                continue  # "the Ras/MEK/ERK and Ras/mTOR pathways": mTOR is the axis's, not a list item
            entity = next((e for e in (pathway_of(h.format(g.text)) for h in _HEADS) if e), None)
            if entity is not None:
                added.append(Mention(g.start, g.end, entity, "PATHWAY", "pathway-coordination", g.text))
                named_genes.append(g)
            elif g is not last or "dependent" in head.group(0).lower():
                # the last name's one-member axis is the composer's, unless "-dependent" hides it
                added.append(Mention(g.start, g.end, AXIS_PREFIX + g.entity_id, "PATHWAY",
                                     "pathway-composition", g.text, (g.entity_id,)))
                named_genes.append(g)
    if not added:
        return mentions
    # the composer's one-member axis over "MAPK pathways" gives way to the named pathway
    named = {(a.start, g.entity_id) for a, g in zip(added, named_genes) if a.how == "pathway-coordination"}
    mentions = [m for m in mentions if not (m.how == "pathway-composition" and len(m.members) == 1
                                            and (m.start, m.members[0]) in named)]
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def in_an_axis(g: Mention, mentions: list[Mention]) -> bool:
    """Is the gene mention ``g`` a member inside a composed axis of two or more members? The plural head
    after "Ras/MEK/ERK and Ras/mTOR pathways" is the two axes' (the composer made them); the gene ending
    the last axis, read as the last list item, named its own KEGG map too (mTOR: hsa04150, 11 false rows
    in new paper PMID23085435; "Smad and PI3K/Akt/mTOR signaling pathways", sample ChinaXiv-202010.00047V1;
    "JAK2/STAT5 and AMPK/mTOR signaling pathways" in an unseen ChinaXiv paper)."""
    return any(m.how == "pathway-composition" and len(m.members) >= 2 and m.start <= g.start and g.end <= m.end
               for m in mentions)


# a singular pathway word after the last name of a list ("NF-kappa B, MAPK, and PI3K/Akt signaling")
_SINGULAR_HEAD = lazy_re.compile(r"\s*(?:signal(?:l)?ing|signal\s+pathway|pathway|cascade)(?![A-Za-z])", re.IGNORECASE)
_SINGULAR_AT_END = lazy_re.compile(r"(?:signal(?:l)?ing|pathway|cascade)$", re.IGNORECASE)


def lists_with_an_axis(
    text: str, mentions: list[Mention], pathway_of: Callable[[str], str | None]
) -> list[Mention]:
    """``mentions`` plus a pathway for each name of a coordinated list that holds an axis and ends
    before a singular pathway word: "inhibition of NF-kappa B, MAPK, and PI3K/Akt signaling"
    (three pathways, hsa04064, hsa04010 and the PI3K/AKT axis), "modulation of PI3K/Akt and ERK
    and JNK signaling". In a list of three or more names, an axis of two or more members among
    them shows that the list coordinates pathways, so the singular head is shared like a plural
    one; without one ("TNF-α, IL-6 and MAPK signaling") the names before the last stay genes, and
    two names stay as written ("the role of survivin and PI3K/AKT pathway": survivin is the
    protein, ChinaXiv-201801.00619V1 gold). Each name gets KEGG's
    "<name> signaling pathway" when there is one (GUIDELINES 1.2), else its one-member axis."""
    axes = [m for m in mentions if m.how == "pathway-composition" and len(m.members) >= 2]
    axes = [a for a in axes if not any(b is not a and b.start <= a.start and a.end <= b.end
                                       and (b.start, b.end) != (a.start, a.end) for b in axes)]
    if not axes:
        return mentions
    genes = [m for m in mentions if m.label == "GENE" and m.entity_id
             and not any(a.start <= m.start and m.end <= a.end for a in axes)]
    units = sorted({(m.start, m.end): m for m in [*genes, *axes]}.values(), key=lambda m: m.start)
    pathway_starts = {m.start for m in mentions if m.label == "PATHWAY"}
    added: list[Mention] = []
    for i, last in enumerate(units):
        is_axis = last.label == "PATHWAY"
        if not (_SINGULAR_AT_END.search(last.text) if is_axis else _SINGULAR_HEAD.match(text, last.end)):
            continue
        listed = [last]
        j = i - 1
        while j >= 0:
            if not _COORDINATION.fullmatch(text[units[j].end:listed[0].start]) or (
                    units[j].label == "GENE" and text[max(0, units[j].start - 1):units[j].start] == "/"):
                break
            listed.insert(0, units[j])
            j -= 1
        if len(listed) < 3 or not any(u.label == "PATHWAY" for u in listed):
            continue
        for g in listed:
            if g.label == "PATHWAY" or g.start in pathway_starts:
                continue
            added.append(_listed_pathway(g, pathway_of, _HEADS))
            pathway_starts.add(g.start)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# one coordinating word (or a comma) between a name and the pathway after it: "mTOR 和 Nrf2/Keap1 信号通路",
# "NF-kB 和ERK1/2信号通路", "mTOR and Nrf2/Keap1 signaling pathway"
_PAIR_JOIN = lazy_re.compile(r"\s*(?:和|及|与|以及|、|,|，|and|or)\s*")
_PATHWAY_WORD_AT_END = lazy_re.compile(r"(?:通路|途径|signal(?:l)?ing|pathway|cascade)$", re.IGNORECASE)
_PATHWAY_NAMES = ("{}信号通路", "{} signaling pathway")  # how the dictionary names a hub's map


def paired_with_a_pathway(
    text: str, mentions: list[Mention], pathway_of: Callable[[str], str | None]
) -> list[Mention]:
    """``mentions`` plus KEGG's map for each name coordinated right before a pathway mention that ends in a
    pathway word, when KEGG has a map of that name: "OG 通过激活 mTOR 和 Nrf2/Keap1 信号通路" (review jin:
    mTOR's hsa04150, GUIDELINES 3 "because 信号通路 governs both"), "通过上调NF-kB 和ERK1/2信号通路" (sample
    ChinaXiv-202010.00047V1: NF-κB's hsa04064). Chinese has no plural, so ``coordinated_pathways``'
    plural head never shares 信号通路, and ``lists_with_an_axis`` wants three names. The map decides
    between protein and pathway: a name KEGG names a pathway by (mTOR, NF-κB, MAPK, Wnt, AMPK, Notch…) is
    a signalling hub whose pathway the shared head names; a protein without one stays the protein
    ("Survivin与PI3K/AKT信号通路", validation ChinaXiv-201801.00619V1; "Sirt1和FoxO信号通路",
    ChinaXiv-201711.00361V1). The walk goes back over a longer list ("AMPK、mTOR和ERK信号通路") while each
    name has a map. The gene mentions stay (as in ``coordinated_pathways``); a name inside a slash chain
    ("PI3K/Akt和ERK") is its chain's, not a list item."""
    heads = [m for m in mentions if m.label == "PATHWAY" and _PATHWAY_WORD_AT_END.search(m.text)]
    if not heads:
        return mentions
    taken = {(m.start, m.end) for m in mentions if m.label == "PATHWAY"}
    genes = [m for m in mentions if m.label == "GENE" and m.entity_id
             and not any(s <= m.start and m.end <= e for s, e in taken)]
    if not genes:
        return mentions
    by_end: dict[int, Mention] = {}
    for g in sorted(genes, key=lambda m: (m.end, m.start)):
        by_end.setdefault(g.end, g)  # the longest name ending there
    added: list[Mention] = []
    for head in heads:
        cursor = head.start
        while True:
            g = next((by_end[e] for e in sorted(by_end, reverse=True)
                      if e <= cursor and _PAIR_JOIN.fullmatch(text, e, cursor)), None)
            if g is None or text[g.start - 1:g.start] in ("/", "-"):
                break
            entity = next((e for e in (pathway_of(h.format(g.text)) for h in _PATHWAY_NAMES) if e and e.startswith("hsa")),
                          None)
            if entity is None or (g.start, g.end) in taken:
                break
            added.append(Mention(g.start, g.end, entity, "PATHWAY", "pathway-coordination", g.text))
            taken.add((g.start, g.end))
            cursor = g.start
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def hyphen_axes(text: str, mentions: list[Mention], related=lambda a, b: a == b,
                map_of=lambda _ids: None) -> list[Mention]:
    """``Wnt7a-Frizzled为药物启动靶点``: in Chinese text, two or more different genes joined by a
    bare hyphen name an axis, as ``/`` does (pathways.py's slash chains), even without a
    pathway word. Not in English, where the hyphen also joins fusion genes (BCR-ABL), nor after
    a phospho prefix glued to the word before (``TAp-Akt`` is TA p-Akt), nor before
    复合体/复合物/complex (a protein complex) or another protein-class head (``p65-p50异二聚体``,
    slash_lists.names_proteins), nor before 融合 (a fusion gene), 相互作用/结合 (the two partners of a
    binding) or a coordinated second pair with a complex head (``_JOINED_NOT_AXIS``). Chains inside a
    composed pathway are left to it. A link may carry its bracketed definition and hold alternatives
    joined by a backslash ("运动-CaN\\CaMKIV-MEF2\\环磷腺苷效应元件结合蛋白（CREB）", nlp/defined_links.py); a
    chain then needs one hyphen (a backslash alone joins alternatives, not steps)."""
    if "-" not in text:
        return mentions
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: m.start)
    composed = [m for m in mentions if m.how == "pathway-composition"]
    added: list[Mention] = []
    i = 0
    while i < len(genes):
        chain = [genes[i]]
        end = chain[-1].end
        hyphens = 0
        while True:
            link = _next_link(text, chain[-1], end, genes, mentions)
            if link is None or any(related(link[0].entity_id, c.entity_id) for c in chain):
                break  # "细胞外信号调节激酶(ERK)-MAPK": the member's class noun, no step (``related``: one protein or family)
            hyphens += link[2]
            chain.append(link[0])
            end = link[1]
        i = genes.index(chain[-1]) + 1 if len(chain) > 1 else i + 1
        if len(chain) < 2 or not hyphens:
            continue
        start = chain[0].start
        if not chinese_chain(text, start, end):
            continue
        if any(c.start <= start and chain[-1].end <= c.end for c in composed):
            continue
        if _COMPLEX_AFTER.match(text, chain[-1].end) or names_proteins(text, chain[-1].end):
            continue  # Axin-APC-GSK-3β降解复合体, p65-p50异二聚体: a complex, not an axis (nlp/slash_lists.py)
        if _JOINED_NOT_AXIS.match(text, end):
            continue  # BCR-ABL融合基因, CD133-p85之间相互作用, ATG5-ATG12和ATG7-ATG3复合物
        ids = tuple(c.entity_id for c in chain)
        named = map_of(ids)
        if named is not None:  # "Janus激酶(JAK)-信号传导及转录激活因子(STAT)": KEGG's JAK-STAT map (pathways.hyphen_map)
            added.append(Mention(start, end, named, "PATHWAY", "pathway-coordination", text[start:end]))
            continue
        added.append(Mention(start, end, AXIS_PREFIX + "/".join(ids), "PATHWAY", "pathway-composition",
                             text[start:end], ids))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def chinese_chain(text: str, start: int, end: int) -> bool:
    """Is the chain ``text[start:end]`` (its last link's brackets included) written in Chinese: a Chinese
    character right beside it or inside it, or before the stimulus word that opens it ("运动-p38MAPK-MEF2")?
    A cell-marker run ("CD19+CD5-CD95+和") has none of these: its sign, not Chinese, is beside the symbols."""
    if _CJK.match(text[start - 1:start]) or _CJK.match(text[end:end + 1]) or _CJK.search(text, start, end):
        return True
    return text[start - 1:start] in ("-", "\\") and bool(_CJK.match(text[start - 2:start - 1]))


_JOIN_AFTER_BRACKET = lazy_re.compile(r"\s*([-\\])\s*")


def _next_link(text: str, last: Mention, end: int, genes: list[Mention], mentions: list[Mention]
               ) -> tuple[Mention, int, int] | None:
    """(member, end of its link, 1 if joined by a hyphen else 0) of the link joined to the chain's last
    member ``last`` (its link ending at ``end``): a bare hyphen to the next gene as before, or a hyphen or
    backslash after the last link's definition brackets (nlp/defined_links.py)."""
    if _PHOSPHO_GLUED.search(last.text):
        return None
    if text[end:end + 1] == "-" and end == last.end:
        nxt = max((g for g in genes if g.start == end + 1), key=lambda g: g.end, default=None)
        if nxt is not None:
            return nxt, nxt.end, 1
    bracketed = brackets_after(text, end)  # a symbol read as the member ends its link at its bracket
    join = _JOIN_AFTER_BRACKET.match(text, bracketed)
    if join is None or (bracketed == last.end and join.end() - join.start() > 1):
        return None  # no spaces around a join without a bracket before it
    if join.group(1) == "\\" and not (text[bracketed - 1:bracketed].isalnum() or bracketed > last.end):
        return None
    found = member_after_join(text, join.end(), genes, mentions)
    if found is None:
        return None
    return found[0], found[1], int(join.group(1) == "-")


_GLUED_PREFIX = lazy_re.compile(r"[A-Z0-9]{1,4}p")


def drop_glued_phospho(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Model组TAp-mTOR蛋白``: a tissue or group code glued by PDF conversion to the phospho
    prefix of the next gene (``TA p-mTOR``) reads as a gene (``TAp`` -> TAP). A gene mention of
    capitals ending in ``p``, right before ``-`` and another gene, glued to Chinese text before
    it, is that prefix, not a gene: it is dropped."""
    if "p-" not in text:
        return mentions
    starts = {m.start for m in mentions if m.label == "GENE"}
    return [m for m in mentions if not (
        m.label == "GENE" and _GLUED_PREFIX.fullmatch(m.text) and text[m.end:m.end + 1] == "-"
        and m.end + 1 in starts and _CJK.match(text[m.start - 1:m.start]))]


# "主要通过PI3K、AKT、AMPK 等信号通路参与自噬调节", "包括STAT3,NF-KB,Wnt/β-catenin,JNK等信号通路":
# 等 closes an enumeration and the pathway word after it is the head of every item listed
_DENG_HEAD = lazy_re.compile(r"\s*等\s*(?:信号转导通路|信号传导通路|信号通路|通路|途径)")
_ZH_SEPARATOR = lazy_re.compile(r"\s*(?:[、,，;；]|以及|和|及|与)\s*")
_SEPARATOR_BEFORE = lazy_re.compile(_ZH_SEPARATOR.pattern + "$")  # the separator ending at a list item's anchor


def listed_before_deng(
    text: str, mentions: list[Mention], pathway_of: Callable[[str], str | None], related=lambda a, b: a == b
) -> list[Mention]:
    """``mentions`` plus a pathway for each gene/family of a Chinese list closed by 等 and a
    pathway word ("PI3K、AKT、AMPK 等信号通路": three pathways). 等 ("and so on") ends an
    enumeration whose items share the head noun after it, as a plural head does in English
    (``coordinated_pathways``); the composer (pathways.py) sees only the last item. Each item gets
    KEGG's map when the dictionary names "<item>信号通路" or "<item> signaling pathway"
    (GUIDELINES 1.2), else its one-member axis; items that are pathways already are left alone.
    The gene mentions stay. An item may carry its bracketed definition, and a class noun may follow
    the member ("p38分裂原激活的蛋白激酶(MAPK)、细胞外信号调节激酶(ERK)-MAPK及PPARα等信号通路", validation46_zh
    ChinaXiv-201711.00488V1: the p38 and ERK pathways, not MAPK's; ``_listed_item``)."""
    if "等" not in text:
        return mentions
    units = [m for m in mentions if m.label in ("GENE", "PATHWAY") and (m.label == "PATHWAY" or m.entity_id)]
    added: list[Mention] = []
    for head in _DENG_HEAD.finditer(text):
        last = [m for m in units if m.end == head.start() or (m.label == "PATHWAY" and m.start < head.start() < m.end)]
        if not last:
            continue
        anchor = min(m.start for m in last)
        listed: list[Mention] = []
        while True:
            item = _listed_item(text, anchor, units, related)
            if item is None:
                break
            listed.append(item[0])
            anchor = item[1]
        starts_with_pathway = {m.start for m in mentions if m.label == "PATHWAY"}
        for g in listed:
            if g.label != "GENE" or g.start in starts_with_pathway:
                continue
            added.append(_listed_pathway(g, pathway_of, _HEADS_BEFORE_DENG))
            starts_with_pathway.add(g.start)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def _listed_item(text: str, anchor: int, units: list[Mention], related) -> tuple[Mention, int] | None:
    """(the unit, the start of its item) of the list item before the separator ending at ``anchor``: a gene or
    pathway ending at the separator; else the member of a link whose definition bracket ends there
    (nlp/defined_links.py); a class noun joined by "-" after its member ("(ERK)-MAPK") gives the member."""
    before = [m for m in units if m.end <= anchor and _ZH_SEPARATOR.fullmatch(text, m.end, anchor)]
    if before:
        first = min(before, key=lambda m: (m.start, m.label != "PATHWAY"))  # an axis over its genes
        if first.label == "GENE" and text[first.start - 1:first.start] == "-":
            member = member_before_bracket(text, first.start - 1, units, related)
            if member is not None and member[0].entity_id != first.entity_id and related(member[0].entity_id,
                                                                                         first.entity_id):
                return member
        return first, first.start
    separator = _SEPARATOR_BEFORE.search(text, max(0, anchor - 6), anchor)
    if separator is None:
        return None
    return member_before_bracket(text, separator.start(), units, related)


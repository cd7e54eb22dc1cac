"""Composite pathways: ``X/Y/Z 信号通路 | 通路 | 轴 | signaling pathway | axis``.

Reviews name signalling axes by chaining members: ``PI3K/AKT/mTOR signaling axis``,
``NSUN5-FTH1/FTL pathway``, ``溶质载体家族7成员11/GPX4轴``, or the all-Chinese
``磷脂酰肌醇-3激酶/苏氨酸蛋白激酶/雷帕霉素靶蛋白信号通路``. Enumerating every chain in a
dictionary is hopeless, so we compose them at match time: a chain of gene/family mentions
joined by "/" or "-" and followed by a pathway word becomes one PATHWAY entity whose members
are the genes inside, with id ``AXIS:<member ids in text order joined by "/">``. The member
mentions stay as they are.

A chain whose last element was matched as a single-gene pathway name (``mTOR信号通路`` is
KEGG's mTOR signaling pathway) is split back into the gene and the pathway word when a
gene precedes it through "/" — the chain, not the last gene, names the pathway.
A lone gene followed by a pathway word (``RANKL信号通路``) becomes a one-member axis unless
the dictionary already names that pathway. Genes chained by "/" alone (``AMPK/mTOR/p70S6K``)
name an axis too.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.defined_links import member_before_bracket
from pipeline.nlp.matcher import Mention, TermIndex, glued_backslash
from pipeline.nlp.slash_lists import (
    head_taken_in,
    in_readout_list,
    names_proteins,
    names_strain,
    negated_element,
    over_loading_control,
)
from pipeline.nlp.slash_synonyms import ancestors, forms_from_dictionary, names_one_protein

# "JNK等信号通路" (JNK and other pathways), "BMP9的信号通路" (BMP9's pathway), "Wnt经典通路" (the
# canonical Wnt pathway): a word between the name and the Chinese pathway word still names its pathway.
# "MyD88依赖(性)途径" is the MyD88-dependent pathway (依赖 = "-dependent"; "MyD88非依赖途径", the
# independent one, is left alone: 非 stops the match). Chinese writes 途径 as freely as 通路 after 信号
# ("NF-kB信号途径", "MyD88依赖性信号传递途径"), and 信号 alone after a gene is its signalling, as English
# "signaling" is ("PKA信号也可以反过来影响…", "WNT信号在高糖诱导的血管钙化中的作用"), unless a noun of its own
# follows (信号分子 signal molecule, 信号肽 signal peptide, 信号强度 staining intensity). English writes the
# same with a hyphen: "the cytokine-induced nuclear factor-kB-mediated signaling pathway" (validation38_en
# PMID26751692) is the NF-κB pathway, as "MyD88-dependent signaling" is MyD88's.
TRIGGER = lazy_re.compile(
    r"\s*(?:(?:等|的|经典的?)\s*(?=信号|通路))?(?:依赖性?\s*(?=信号|通路|途径))?"
    r"(?:-(?:mediated|dependent)\s+(?=signal))?"
    r"(信号转导通路|信号传导通路|信号传递通路|信号通路|信号转导途径|信号传导途径|信号传递途径|信号途径|调控轴|信号轴|信号传导|"
    r"信号转导|信号传递|信号(?!分子|肽|蛋白|强度|值|峰|转导子|传导子)|转导通路|传导通路|通路|轴|途径|"
    r"signal(?:l)?ing pathways?|signal(?:l)?ing axis|signal(?:l)?ing cascade|signal pathway|"
    r"signal axis|pathways?|axis|signal(?:l)?ing)(?![A-Za-z])",
    re.IGNORECASE,
)
_TRIGGER_AT_END = lazy_re.compile(
    r"\s*(信号转导通路|信号传导通路|信号传递通路|信号通路|信号转导途径|信号传导途径|信号传递途径|信号途径|信号传导|信号转导|信号传递|"
    r"转导通路|传导通路|通路|轴|途径|signal(?:l)?ing pathways?|pathways?|"
    r"signal(?:l)?ing axis|signal(?:l)?ing|axis)$",
    re.IGNORECASE,
)
_CONNECTOR = lazy_re.compile(r"\s*[/\-–]\s*$")
_LATIN_ELEMENT = lazy_re.compile(r"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*[/\-–]\s*$")
AXIS_PREFIX = "AXIS:"


# The chain is read backwards from a mention's start. Searching ``text[:pos]`` with the two
# end-anchored patterns above scanned (and copied) the whole paragraph before each link of each
# chain: quadratic in a paragraph's length. These find the same positions looking back only over
# the characters a match can hold.
_LATIN_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/–")


def _connector_start(text: str, pos: int) -> int | None:
    """Where the connector ("/", "-", "–", spaces around it) ending at ``pos`` starts: the
    length ``_CONNECTOR.sub("", text[:pos])`` leaves; None when ``_CONNECTOR`` finds none there.
    A backslash between two links joins alternatives of one link as "/" does ("MEF2\\ATF2",
    nlp/defined_links.py); it is a connector only right after a letter, digit or bracket (a LaTeX
    command left by the converter follows a space, "$" or "{")."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end and text[end - 1] == "\\" and glued_backslash(text, end - 1):
        return end - 1
    if end == 0 or text[end - 1] not in "/-–":
        return None
    start = end - 1
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def _stripped_end(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip(" /-–").rstrip())``, without the copy."""
    end = pos
    while end > 0 and text[end - 1] in " /-–":
        end -= 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _latin_run_start(text: str, pos: int) -> int:
    """Start of the run of ASCII letters, digits, connectors and spaces ending at ``pos``: every
    match of ``_LATIN_ELEMENT`` ending there lies inside it (the pattern looks at nothing else)."""
    start = pos
    while start > 0 and (text[start - 1] in _LATIN_RUN or text[start - 1].isspace()):
        start -= 1
    return start


def _split_pathway_name(m: Mention, index: TermIndex) -> Mention | None:
    """``mTOR信号通路`` -> the gene mention ``mTOR`` (None if it does not split)."""
    trigger = _TRIGGER_AT_END.search(m.text)
    if not trigger or trigger.start() == 0:
        return None
    head = m.text[: trigger.start()]
    terms = [t for t in index.lookup(head) if index.dictionary[t.entity_id].label == "GENE"]
    if not terms:
        return None
    entity = index.dictionary[terms[0].entity_id]
    return Mention(m.start, m.start + len(head), entity.id, "GENE", "dictionary", head)


def split_pathway_name(m: Mention, index: TermIndex) -> Mention | None:
    """The gene/family that heads a pathway name (``Wnt signaling pathway`` -> ``Wnt``), as a
    mention with no entity: named in the text, but the pathway is what the sentence is about."""
    gene = _split_pathway_name(m, index)
    if gene is None:
        return None
    head = gene.text.rstrip()
    return Mention(gene.start, gene.start + len(head), "", "GENE", "pathway-head", head)


# A pathway name that is a noun phrase ending in a protein head noun names the proteins too:
# KEGG "RNA polymerase" (hsa03020), Reactome "Serotonin receptors", "Muscarinic acetylcholine
# receptors". Written alone in running English text (no "pathway"/"signaling" after it) it is the
# enzyme or receptor class ("occupancy by MerR and RNA polymerase"), as BC2GM and BioRED annotate.
_PROTEIN_CLASS_END = lazy_re.compile(
    r"(?:polymerases?|receptors?|kinases?|phosphatases?|channels?|transporters?|proteins?)$", re.IGNORECASE)
_PROCESS_WORD = lazy_re.compile(r"(?i)(?<![\w-])(?:of|by|and|to|from|with|in|on|for|via|signal\w*|activation|"
                                r"regulation|binding|bind|degradation|release|synthesis|metabolism)(?![\w-])")


def names_protein_class(text: str, m: Mention) -> bool:
    """Is a dictionary PATHWAY mention the name of a protein class used as such: a name of at most
    four words, with no preposition or process word, ending in a protein head noun (``RNA
    polymerase``, ``serotonin receptors``), not followed by a pathway word?"""
    if m.label != "PATHWAY" or m.how != "dictionary" or not _PROTEIN_CLASS_END.search(m.text):
        return False
    if len(m.text.split()) > 4 or _PROCESS_WORD.search(m.text) or _TRIGGER_AT_END.search(m.text):
        return False
    return TRIGGER.match(text, m.end) is None


# "autophagy receptor OPTN" is a class description before a gene (reviews gold: OPTN-autophagy), so
# receptor is not one of these heads
_PROTEIN_HEAD_AFTER = lazy_re.compile(r"[ -](?:kinases?|antigens?)(?![\w-])")


def modifies_protein_head(text: str, m: Mention) -> bool:
    """Is a dictionary PATHWAY mention the first words of a protein's name: a kinase or antigen
    head right after it ("focal adhesion kinase" is PTK2, not KEGG's Focal adhesion;
    "hepatitis B antigen")? The head-noun rule then reads the whole name as a gene mention
    (BC2GM train 0-80 %: 3 of 3 such names gold)."""
    return m.label == "PATHWAY" and m.how == "dictionary" and _PROTEIN_HEAD_AFTER.match(text, m.end) is not None


def compose_pathways(text: str, mentions: list[Mention], index: TermIndex) -> list[Mention]:
    """Return ``mentions`` plus composite pathway mentions (single-gene names split)."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    result = list(mentions)
    composites: list[Mention] = []
    related = same_protein(lambda i: parents_of(index, i))
    for i, m in enumerate(mentions):
        single = single_gene_axis(m, index)
        if single is not None:  # "p38 MAPK signaling" (WikiPathways) is the one-member axis of p38
            result[result.index(m)] = single[0]
            composites.append(single[1])
            continue
        trigger_end = None
        bracketed = None
        last = m
        if m.label == "PATHWAY" and m.how == "dictionary" and i > 0:
            if _connector_start(text, m.start) is not None and ((mentions[i - 1].label == "GENE" and (
                mentions[i - 1].end == _stripped_end(text, m.start)
            )) or member_before_bracket(text, _stripped_end(text, m.start), mentions[:i], related) is not None):
                gene = _split_pathway_name(m, index)
                if gene is not None:
                    result[result.index(m)] = gene
                    last, trigger_end = gene, m.end
                    more = TRIGGER.match(text, trigger_end)  # "mTOR signaling" + " axis"
                    if more:
                        trigger_end = more.end()
        if trigger_end is None:
            if m.label != "GENE":
                continue
            trig = TRIGGER.match(text, m.end) or TRIGGER.match(text, _cell_subset_end(text, m.end))
            bracketed = None if trig else symbol_defined_before_trigger(
                text, mentions, i, lambda e: ancestors(e, lambda i: parents_of(index, i)))
            if bracketed is not None:  # "丝裂原活化蛋白激酶（MAPK）信号通路": the name and its symbol, one member
                trig = bracketed[1]
                mapped = defined_kegg_map(text, mentions[bracketed[0]], trig, index)
                named_ids = (m.entity_id, mentions[bracketed[0]].entity_id)
                if mapped is not None:
                    composites.append(mapped)
                    if _CJK_TRIGGER.search(trig.group(1)):  # "MAPK信号通路" is one name; English keeps the genes
                        result = [r for r in result if not (r.label == "GENE" and mapped.start <= r.start
                                                            and r.end <= m.end and r.entity_id in named_ids)]
                    continue
            if not trig:
                continue
            trigger_end = trig.end()
        chain = [last]
        pos = last.start
        j = i - 1
        if bracketed is not None:  # the long name is the member; its symbol in brackets names it again
            last = mentions[bracketed[0]]  # its entity, not the symbol's, names the pathway (p38, not MAPK)
            chain = [last]
            pos, j = mentions[bracketed[0]].start, bracketed[0] - 1
        while True:
            prev_end = _connector_start(text, pos)
            if prev_end is None:
                break
            if j >= 0 and mentions[j].end == prev_end and mentions[j].label in ("GENE", "PATHWAY"):
                chain.insert(0, mentions[j])
                pos = mentions[j].start
                j -= 1
                continue
            if inner_non_gene(text, prev_end, mentions, j):  # "Gs/cAMP/PKA信号转导通路": carried, no member
                chain.insert(0, mentions[j])
                pos = mentions[j].start
                j -= 1
                continue
            defined = defined_before(text, prev_end, mentions, j)
            if defined is not None:  # "phosphatidylinositol 3-Kinase (PI3K)/Akt/Wnt/β-Catenin pathway"
                chain.insert(0, mentions[defined])
                pos = mentions[defined].start
                j = defined - 1
                continue
            linked = member_before_bracket(text, prev_end, mentions[:j + 1], related) if j >= 0 else None
            if linked is not None:  # "蛋白激酶B（protein kinase B，Akt）-mTORC1信号通路" (nlp/defined_links.py)
                chain.insert(0, linked[0])
                pos = linked[1]
                j = min(k for k, n in enumerate(mentions) if n is linked[0] or n.start >= linked[1]) - 1
                continue
            latin = _LATIN_ELEMENT.search(text, _latin_run_start(text, pos), pos)
            if latin and (j < 0 or mentions[j].end <= latin.start(1)):
                pos = latin.start(1)
                chain.insert(0, Mention(pos, latin.end(1), "", "", "", latin.group(1)))
                continue
            break
        if bracketed is not None and _connector_start(text, chain[0].start) is not None:
            continue  # "Janus kinase (JAK)/signal transducer … (STAT) signaling": a first member not read, no axis
        if bracketed is not None and m.entity_id != last.entity_id and m in result \
                and _CJK_TRIGGER.search(text[m.end:trigger_end]):
            result.remove(m)  # "p38丝裂原活化蛋白激酶(MAPK)": the class noun's symbol, no partner of its own
        members = [c for c in chain[after_negated_step(text, chain):] if c.label == "GENE"]
        if not members:
            continue
        if len(chain) == 1 and last is m and any(
            index.dictionary[t.entity_id].label == "PATHWAY" for t in index.lookup(text[m.start:trigger_end])
        ):
            continue
        if len(chain) == 1 and last is m and _CJK_TRIGGER.search(text[m.end:trigger_end]):
            named = named_by_variant(text[m.start:m.end], index) or kegg_map_of(m.entity_id, index)
            if named is not None:  # "Notch信号传导通路" is KEGG's Notch信号通路, not a one-member axis
                result[result.index(m)] = Mention(m.start, trigger_end, named, "PATHWAY", "dictionary",
                                                  text[m.start:trigger_end])
                continue
        if len(chain) == 1 and last is m:
            named = kegg_map_of(m.entity_id, index)
            if named is not None:  # "MAP kinase pathways", "MAPKs pathway": KEGG's MAPK signaling pathway
                composites.append(Mention(m.start, trigger_end, named, "PATHWAY", "pathway-coordination",
                                          text[m.start:trigger_end]))
                continue
        start = min(pos, chain[0].start)
        # "p38/p21waf1/Cip1 信号": one protein under two names next to each other is one member
        member_ids = tuple(c.entity_id for k, c in enumerate(members) if k == 0 or members[k - 1].entity_id != c.entity_id)
        composites.append(
            Mention(start, trigger_end, AXIS_PREFIX + "/".join(member_ids), "PATHWAY",
                    "pathway-composition", text[start:trigger_end], member_ids)
        )
    composites += _slash_chains(text, result, composites, lambda i: parents_of(index, i),
                                forms_from_dictionary(index.dictionary.entities))
    result = [k for k in (class_gene(m, index) or leading_gene(m, index) or event_gene(m, index)
                          if names_no_pathway(text, m, index.dictionary.entities.get(m.entity_id))
                          else m for m in result) if k is not None]
    return sorted(result + composites, key=lambda m: (m.start, -m.end))


def class_gene(m: Mention, index: TermIndex) -> Mention | None:
    """The gene family a dropped non-KEGG pathway mention names, when its name is a protein class
    (``_PROTEIN_CLASS_END``) that the dictionary also holds as a GENE entity: Reactome's "Serotonin
    receptors" / "Dopamine receptors" written at a sentence start matched the pathway (its capital
    passes the case rule the lower-case family synonym does not), and dropping it lost the receptor
    family FamPlex names the same (HTR, DRD): "Serotonin receptors in suicide victims with major
    depression" (BC2GM train P09015799T0000). None when the dictionary has no such gene."""
    if not _PROTEIN_CLASS_END.search(m.text):
        return None
    gene = next((t.entity_id for t in index.lookup(m.text) if index.dictionary[t.entity_id].label == "GENE"), None)
    return Mention(m.start, m.end, gene, "GENE", m.how, m.text) if gene else None


def leading_gene(m: Mention, index: TermIndex) -> Mention | None:
    """The gene that opens a dropped phenomenon map's name (``is_phenomenon_map``): KEGG's
    "Insulin secretion" and "Renin secretion" name the secretion of a peptide hormone, and a paper's
    "impaired insulin secretion" measures the hormone (GUIDELINES: peptide hormones are GENEs, the
    secretion of Y a read-out of Y). Dropping the map lost the hormone: BioRED PMID15983230 "Impaired
    insulin secretion is a fundamental defect", PMID10491763 "estimates of insulin secretion" (gold INS
    both). The longest run of leading words that the dictionary names as a GENE, followed by its
    synthesis or secretion, else None ("GnRH secretion", "Growth hormone synthesis, secretion and
    action" likewise)."""
    if not m.entity_id.startswith("hsa"):
        return None
    words = list(re.finditer(r"\S+", m.text))
    for k in range(len(words) - 1, 0, -1):
        head = m.text[: words[k - 1].end()]
        gene = next((t.entity_id for t in index.lookup(head) if index.dictionary[t.entity_id].label == "GENE"), None)
        if gene is not None and _SECRETION_AFTER.match(m.text, len(head)):
            return Mention(m.start, m.start + len(head), gene, "GENE", "dictionary", head)
    return None


def event_gene(m: Mention, index: TermIndex) -> Mention | None:
    """The protein a dropped Reactome/WikiPathways reaction name opens with: Reactome names reactions
    "<protein> activation" / "<protein> phosphorylation" ("CREB phosphorylation" R-HSA-199920, "RSK
    activation", "MAP kinase activation", "PKA activation"), and running text writes the same words for
    the protein's event ("CREB phosphorylation was observed", BC2GM train P08704240A1111; "the mechanism of
    RSK activation", P07642538A0138; "GH-induced MAP kinase activation", P10965905A1618). Dropping the
    reaction (``names_no_pathway``) lost the protein. None unless the words before the event noun are a
    GENE name of the dictionary."""
    if m.entity_id.startswith("hsa"):
        return None
    event = _EVENT_END.search(m.text)
    if event is None or event.start() == 0:
        return None
    head = m.text[: event.start()]
    gene = next((t.entity_id for t in index.lookup(head) if index.dictionary[t.entity_id].label == "GENE"), None)
    return Mention(m.start, m.start + len(head), gene, "GENE", "dictionary", head) if gene else None


# the event noun a Reactome reaction name ends with after its protein ("CREB phosphorylation")
_EVENT_END = lazy_re.compile(r"\s(?:activation|phosphorylation)$", re.IGNORECASE)


# what a hormone map's name says of the hormone after it ("Th1 and Th2 cell differentiation" is no gene's)
_SECRETION_AFTER = lazy_re.compile(r"\s+(?:synthesis|secretion|release|production)\b", re.IGNORECASE)


# KEGG maps named by the everyday word for a phenomenon that papers measure or stop: "cell cycle
# arrest", "cell cycle analysis / distribution / progression", "细胞周期同步化". No gold set annotates
# hsa04110 (0 of the 20 "cell cycle" mentions of the dev and validation sets, whose gold pairs the
# apoptosis beside them), so the map is meant only when a pathway word follows it.
_PHENOMENON_MAPS = frozenset({"hsa04110"})
# The processes GUIDELINES 1.1 makes PATHWAY entities; every other process-named map is a phenomenon
_GUIDELINE_PROCESS_MAPS = frozenset({"hsa04216", "hsa04140", "hsa04137", "hsa04380", "hsa04210"})
_ORGANISMAL = "KEGG Organismal Systems"
_SIGNALLING_NAME = lazy_re.compile(r"signal|pathway", re.IGNORECASE)
_CJK = lazy_re.compile(r"[\u3400-\u9fff]")


def is_phenomenon_map(entity: Entity | None, written: str) -> bool:
    """Is a KEGG map, as written in English, the name of a physiological phenomenon rather than a
    pathway? KEGG's Organismal Systems maps not named "... signaling pathway" are named by the
    physiology they draw ("Long-term potentiation", "Long-term depression", "Insulin secretion",
    "Circadian rhythm"); an English abstract writes those words for an electrophysiological or
    physiological read-out ("Rg1 restored the long-term potentiation (LTP) impaired by morphine",
    PMID18308784), never for the map, and GUIDELINES 1.1 names only five processes as PATHWAY
    entities (osteoclast differentiation the one Organismal Systems map among them). A Chinese
    paper's KEGG enrichment list ("胆汁的分泌…等代谢通路") does name the maps, so Chinese text keeps them."""
    if entity is None or entity.id in _GUIDELINE_PROCESS_MAPS or _CJK.search(written):
        return False
    return entity.note.startswith(_ORGANISMAL) and not _SIGNALLING_NAME.search(entity.name)


def names_no_pathway(text: str, m: Mention, entity: Entity | None = None) -> bool:
    """Is a dictionary PATHWAY mention no pathway in the sense of GUIDELINES 1.1-1.2 (a KEGG map or
    an axis)? Reactome's and WikiPathways' names left after the single-gene axes ("S Phase",
    "G2 Phase", "Angiogenesis", "Bladder Cancer", "Adipogenesis") are phases, processes or
    diseases no gold row names (validation_en: 30 false pairs, among them the PATHWAY-PATHWAY
    pairs of "G2 phase arrest and apoptosis"); a phenomenon map (``_PHENOMENON_MAPS``,
    ``is_phenomenon_map``; ``entity`` is the mention's dictionary entity) is one only before a
    pathway word, also when written as the abbreviation the paper defines for it ("LTP")."""
    if m.label != "PATHWAY" or m.how not in ("dictionary", "abbreviation"):
        return False
    if not m.entity_id.startswith("hsa"):
        return m.how == "dictionary"
    phenomenon = m.entity_id in _PHENOMENON_MAPS if m.how == "dictionary" else False
    phenomenon = phenomenon or is_phenomenon_map(entity, m.text)
    return phenomenon and not (_TRIGGER_AT_END.search(m.text) or TRIGGER.match(text, m.end))


# "IL-23/Th17 axis", "IL-23/Th17(白介素-23/辅助性T细胞17)轴", "IL-12/Th1 axis": a T-helper subset
# closes the chain; like other non-gene chain elements (GUIDELINES 1.2: ROS, m6A) it is left out of the
# axis id, which keeps the cytokine (ChinaXiv-201801.00619V1 gold: AXIS:FPLX:IL23)
_CELL_SUBSET = lazy_re.compile(r"\s*/\s*T(?:h\d{1,2}|regs?)(?![A-Za-z0-9])(?:\s*[(（][^()（）]{1,40}[)）])?")


def _cell_subset_end(text: str, pos: int) -> int:
    """End of a "/Th17" element (with its bracketed gloss) right after ``pos``, else ``pos``."""
    found = _CELL_SUBSET.match(text, pos)
    return found.end() if found else pos


def single_gene_axis(m: Mention, index: TermIndex) -> tuple[Mention, Mention] | None:
    """(gene mention, one-member axis) for a dictionary pathway of another source than KEGG
    whose name is a gene or family and a pathway word ("p38 MAPK signaling", WikiPathways'
    P38 MAPK Signaling Pathway); None otherwise. GUIDELINES 1.2: a single-gene pathway is the
    KEGG map when KEGG has one, else a one-member axis; the gene stays a mention, as in any
    axis, so "the p38 MAPK pathway" gives p38 member_of its axis and p38's own pairs."""
    if m.label != "PATHWAY" or m.how != "dictionary" or m.entity_id.startswith("hsa"):
        return None
    gene = _split_pathway_name(m, index)
    if gene is None:
        return None
    axis = Mention(m.start, m.end, AXIS_PREFIX + gene.entity_id, "PATHWAY", "pathway-composition", m.text,
                   (gene.entity_id,))
    return gene, axis


# the Chinese pathway word a dictionary name ends with; authors vary it (信号传导通路, 信号传导).
# English variants (plural "pathways", "signalling") are derived in the dictionary and read by
# pathway_lists.coordinated_pathways, which needs the gene mention kept.
_CANONICAL_TRIGGERS = ("信号通路", "通路")
_CJK_TRIGGER = lazy_re.compile(r"[\u3400-\u9fff]")


def named_by_variant(head: str, index: TermIndex) -> str | None:
    """The KEGG map that a gene/family ``head`` names with a canonical pathway word ("Notch" +
    "信号通路" → hsa04330), when the text used another variant of that word ("Notch信号传导通路")
    that the dictionary does not list; None if there is none. Only KEGG "X signaling pathway"
    maps (GUIDELINES 1.2): other sources' single-gene pathways ("p38 MAPK signaling pathway",
    WikiPathways) are not what a "p38MAPK信号通路" axis means."""
    for word in _CANONICAL_TRIGGERS:
        for term in index.lookup(head.rstrip() + word):
            if term.entity_id.startswith("hsa") and index.dictionary[term.entity_id].label == "PATHWAY":
                return term.entity_id
    return None


_KEGG_SIGNALING = lazy_re.compile(r"^(.+?) signaling pathway$")


def kegg_maps_by_member(index: TermIndex) -> dict[str, str]:
    """gene/family id -> the KEGG map named "<its name> signaling pathway" (FPLX:MAPK -> hsa04010
    "MAPK signaling pathway", HGNC:3942 MTOR -> hsa04150), read once per index from the
    dictionary's KEGG names: the head of each such name looked up as a gene or family."""
    cached = getattr(index, "_kegg_by_member", None)
    if cached is None:
        found: dict[str, str] = {}
        for entity_id, entity in index.dictionary.entities.items():
            named = _KEGG_SIGNALING.match(entity.name or "") if entity_id.startswith("hsa") else None
            if named is None:
                continue
            genes = [t.entity_id for t in index.lookup(named.group(1))
                     if index.dictionary[t.entity_id].label == "GENE"]
            if genes:
                found.setdefault(genes[0], entity_id)
        cached = index._kegg_by_member = found  # one read per index (no id() key: ids are reused)
    return cached


def kegg_map_of(entity_id: str, index: TermIndex) -> str | None:
    """The KEGG map of a one-member pathway name whatever its spelling: GUIDELINES 1.2 gives a
    single gene or family followed by a pathway word the KEGG id when KEGG has an "X signaling
    pathway" map ("MAPK / 丝裂原活化蛋白激酶信号通路 → hsa04010"), and authors write the family as
    they like ("MAP kinase pathways", "MAPKs pathways", "mitogen-activated protein kinase
    signaling"; validation PMID19536134, PMID24849405 gold: hsa04010). The dictionary lists a few
    spellings of each map; the gene's id names them all. None when KEGG has no such map (ERK, JNK,
    p38: a one-member axis, 5.11)."""
    return kegg_maps_by_member(index).get(entity_id)


_SLASH = lazy_re.compile(r"\s*/\s*")
# "expression of Bcl-2/Bax", "mutations of KRAS/NRAS/BRAF", "Bcl-2/Bax 比值", "Bcl-2/Bax ratio":
# the genes are read-outs that are expressed, mutated or compared, not steps of an axis that
# is activated or inhibited
# (the text layer of a PDF may glue the words: "F: ratioof RANKL/OPG" in a figure legend, "theratioofBcl-2/Bax" in a
# table caption, validation40_zh ChinaXiv-201712.02108V1 and validation38_zh ChinaXiv-201712.00232V1)
_READOUT_BEFORE = lazy_re.compile(r"(?:\b|(?<=the))(?:expressions?|levels?|mutations?|mutants?|polymorphisms?|mRNAs?|"
                                  r"ratios?|amounts?|contents?)\s*of\s*(?:the\s+)?$", re.IGNORECASE)
# Chinese also states the change of the pair right after it, the ratio being understood ("Bcl-2/Bax mRNA升高",
# "Bcl-2/Bax降低", ChinaXiv-201712.00232V1), or glosses the pair in brackets before 比值 ("Bax/Bcl2（促凋亡蛋白/
# 抗凋亡蛋白）比值", ChinaXiv-202010.00047V1): an axis is activated or inhibited (激活, 抑制), not raised
# (的 may join the pair to its 比值 as to its 表达: "RANKL/OPG的比值显著高于DPSCs", validation40_zh ChinaXiv-201712.02108V1,
# whose gold README lists "RANKL/OPG的比值" read as an axis among the false positives; the ratio is not an axis)
_READOUT_AFTER = lazy_re.compile(r"^\s*(?:[(（][^()（）]{1,30}[)）]\s*)?(?:ratios?\b|的?\s*(?:比值|比例|比率)|的?(?:mRNA|蛋白)?(?:的)?"
                                 r"(?:表达|水平|含量)|mRNA|(?:显著|明显)?(?:升高|降低|增高|增加|减少|下降|上升|上调|下调))",
                                 re.IGNORECASE)


def same_protein(parents_of):
    """``related(a, b)``: do two ids name one protein or family (equal, or one a FamPlex ancestor of the
    other)? A name and the symbol its bracket defines agree so ("蛋白激酶B（Akt）", "p38 MAPK (MAPK)")."""
    def related(a: str, b: str) -> bool:
        return a == b or a in ancestors(b, parents_of) or b in ancestors(a, parents_of)
    return related


def hyphen_map(member_ids: tuple[str, ...], index: TermIndex) -> str | None:
    """The KEGG map whose own name is the members' names joined by "-" ("JAK-STAT信号通路", hsa04630), for a
    chain written with hyphens, else None. The map's own name stays the map (nlp/slash_maps.py); GUIDELINES 5
    "JAK-STAT pathway" is hsa04630, also when each name is written out with its definition, "Janus激酶(JAK)-
    信号传导及转录激活因子(STAT)信号通路" (validation44_zh ChinaXiv-201711.00914V1, validation45_zh
    ChinaXiv-201711.01377V1)."""
    entities = [index.dictionary.entities.get(i) for i in member_ids]
    if len(entities) < 2 or any(e is None or not e.name for e in entities):
        return None
    joined = "-".join(e.name for e in entities)
    for phrase in (joined + "信号通路", joined + " signaling pathway"):
        for term in index.lookup(phrase):
            if term.entity_id.startswith("hsa") and index.dictionary[term.entity_id].label == "PATHWAY":
                return term.entity_id
    return None


def parents_of(index: TermIndex, entity_id: str) -> frozenset[str]:
    """FamPlex parents of a dictionary entity (none for an id the dictionary lacks)."""
    entity = index.dictionary.entities.get(entity_id)
    return frozenset(getattr(entity, "parents", None) or ())


def lists_paralogs(member_ids, parents_of) -> bool:
    """Do two genes of a slash chain share a FamPlex parent (KRAS/NRAS: RAS; notch2/notch3:
    Notch; MMP-1/MMP-3: MMP)? Genes of one family written with "/" are listed side by side
    ("Mutations of KRAS/NRAS/BRAF", "a notch2/notch3 antagonist"), not chained as the steps of a
    signalling axis, whose members are different proteins acting one on the next. Only HGNC
    genes count: a family and its subfamily (BRAF/MAPK/ERK) is an axis."""
    genes = [m for m in member_ids if m.startswith("HGNC:")]
    seen: set[str] = set()
    for gene in dict.fromkeys(genes):
        parents = parents_of(gene)
        if seen & parents:
            return True
        seen |= parents
    return False


def reads_as_readouts(text: str, start: int, end: int) -> bool:
    """Is the slash chain ``text[start:end]`` governed as a list of read-outs ("expression of
    Bcl-2/Bax", "mutations of KRAS/NRAS", "Bcl-2/Bax比值", "E-cadherin/vimentin 表达")?"""
    return bool(_READOUT_BEFORE.search(text[max(0, start - 40):start]) or _READOUT_AFTER.match(text[end:end + 44]))


_OPEN_PAREN = lazy_re.compile(r"\s*\(\s*")


# one or two words of a long name that the dictionary's name leaves out ("threonine protein kinase B (Akt)")
_SLASH_MODIFIER = lazy_re.compile(r"\s*/\s*[A-Za-z]{3,}(?:\s+[A-Za-z]{3,})?\s+")


def _modified_definition(text: str, end: int, element: tuple[int, int, Mention]) -> bool:
    """Does a slash lead from ``end`` to a member defined with its bracketed symbol (``defined_elements``)
    through a word or two the dictionary's long name lacks? "phosphatidylinositol 3-kinase (PI3K)/threonine
    protein kinase B (Akt)/mammalian target of rapamycin (mTOR)" (PMID28260056): "threonine protein kinase
    B", rendered from 苏氨酸蛋白激酶B, is matched from "protein"; the bracketed symbol marks the whole span
    between the slash and the bracket as one member's name, so the chain keeps PI3K."""
    start, stop, short = element
    return short.start != start and _SLASH_MODIFIER.fullmatch(text, end, start) is not None


def defined_elements(text: str, genes: list[Mention]) -> list[tuple[int, int, Mention]]:
    """The elements a slash chain joins, as (start, end, mention): each gene mention, except that a
    name followed by its symbol in brackets, "phosphoinositide 3-kinase (PI3K)", is one element
    from the name to the closing bracket (the symbol's mention stands for it). Authors define
    the members of an axis as they name it: "phosphoinositide 3-kinase (PI3K)/protein kinase B
    (Akt) mediates …" (PMID19811499) is the PI3K/AKT axis."""
    out: list[tuple[int, int, Mention]] = []
    i = 0
    while i < len(genes):
        g = genes[i]
        if i + 1 < len(genes):
            short = genes[i + 1]
            gap = _OPEN_PAREN.fullmatch(text, g.end, short.start)
            if gap and short.entity_id == g.entity_id and text[short.end:short.end + 1] == ")":
                out.append((g.start, short.end + 1, short))
                i += 2
                continue
        out.append((g.start, g.end, g))
        i += 1
    return out


def after_negated_step(text: str, chain: list[Mention]) -> int:
    """Index in ``chain`` of the first element after its last negated one (``slash_lists.negated_element``),
    0 when none is negated. A negated step qualifies the route from what precedes it to what follows:
    "PTH/nonPLC/PKC信号通路" is written out as "甲状旁腺激素的非依赖PLC的PKC转导通路" (ChinaXiv-201712.00947V1)
    and "PTH非PLC依赖PKC信号转导途径" (ChinaXiv-201712.01110V1), the PLC-independent PKC pathway of PTH:
    the axis is the PKC pathway (both gold: AXIS:FPLX:PKC), PTH its activator (PTH activates the axis),
    as "nonPLC/PKC通路" in the same papers."""
    last = max((k for k, c in enumerate(chain) if negated_element(text, c.start) or (not c.label and _GLUED_NON.match(c.text))),
               default=-1)
    return last + 1


# an unmatched chain word glued to its negation ("nonPLC", "non-PLC"): the words carried along are not mentions
_GLUED_NON = lazy_re.compile(r"(?:[Nn]on-?|非)(?=[A-Z])")


def inner_non_gene(text: str, end: int, mentions: list[Mention], j: int) -> bool:
    """Is ``mentions[j]`` a compound ending at ``end`` with a gene or pathway chained before it by a
    connector: a second messenger or other non-gene step inside an axis name, "Gs/cAMP/PKA信号转导通路"
    (ChinaXiv-201712.01110V1, gold AXIS:FPLX:G_s/FPLX:PKA)? GUIDELINES 1.2 leaves such elements out of
    the axis id (ROS, m6A) but keeps the genes on both sides; walking back from the pathway word the
    chain stopped at the compound and lost the genes before it. Only inside a chain: a compound
    opening one ("LPS/TLR4/NF-κB") stays outside the axis's span, a partner of its own."""
    if j < 1 or mentions[j].label != "COMPOUND" or mentions[j].end != end:
        return False
    before = _connector_start(text, mentions[j].start)
    return before is not None and any(
        m.end == before and m.label in ("GENE", "PATHWAY") for m in mentions[max(0, j - 3):j])


# the bracket closing a defined symbol, a citation mark after it, then the pathway word ("（MAPK）[4]信号通路")
_CLOSE_THEN_CITATION = lazy_re.compile(r"\s*[)）]\s*(?:\[[0-9,，\-–\s]{1,12}\])?")
# what a bracket may hold before the symbol: nothing, or the name's English form and a comma
# ("（mitogen-activated protein kinase，MAPK）"); no bracket or sentence stop inside
_GLOSS_BEFORE_SYMBOL = lazy_re.compile(r"[(（](?:[^()（）。；;]{0,80}[,，;；]\s*)?\s*")


def symbol_defined_before_trigger(text: str, mentions: list[Mention], i: int,
                                  ancestors_of=lambda _id: frozenset()) -> tuple[int, re.Match] | None:
    """(index of the long name, the pathway word's match) when ``mentions[i]`` is a symbol defined in
    brackets right after its long name and the pathway word follows the bracket: "丝裂原活化蛋白激酶（MAPK）
    信号通路", "丝裂原激活蛋白激酶(mitogen-activated protein kinase,MAPK)信号通路" (validation38_zh
    ChinaXiv-201711.01073V1), "依赖哺乳动物雷帕霉素靶蛋白（mTOR）途径" (sample ChinaXiv-201711.01551V1), "the p38
    mitogen-activated protein kinase (MAPK)signaling pathway" (new paper ChinaXiv-201801.00669V1).
    Chinese papers define each name as they first write its pathway (35 times in the 67 free-pool papers and
    the 20 sample papers); the pathway word after the bracket was read by nothing, so no pathway was made.
    None unless the longest gene mention ending right before the bracket is the symbol's entity or a member
    of it (``ancestors_of``: "p38 mitogen-activated protein kinase (MAPK)" names p38, the class noun's symbol
    written after it); a gloss that is no name ("Wnt（名称来源于…）信号通路") is no definition. The long
    name is then the member (the p38 axis, GUIDELINES 1.2), or its KEGG map when KEGG has one."""
    m = mentions[i]
    close = _CLOSE_THEN_CITATION.match(text, m.end)
    if close is None or not text[m.end:close.end()].strip().startswith((")", "）")):
        return None
    trig = TRIGGER.match(text, close.end())
    if trig is None:
        return None
    opener = max(text.rfind("(", max(0, m.start - 90), m.start), text.rfind("（", max(0, m.start - 90), m.start))
    if opener < 0 or _GLOSS_BEFORE_SYMBOL.fullmatch(text, opener, m.start) is None:
        return None
    end = opener
    while end > 0 and text[end - 1].isspace():
        end -= 1
    named = [k for k in range(i) if mentions[k].end == end and mentions[k].label == "GENE"]
    if not named:
        return None
    k = min(named, key=lambda k: mentions[k].start)  # the longest name ending at the bracket
    if len(mentions[k].text) <= len(m.text) and not _CJK.search(mentions[k].text):
        return None  # "p70(s6K)pathway": a long form defines a shorter symbol, not one as long
    # (a Chinese name defines its Latin symbol whatever their lengths: "核因子κB(NF-κB)信号通路", five characters
    # each, is KEGG's NF-kappa B map, as "核因子-κB(NF-κB)信号通路" was; validation44_zh ChinaXiv-201812.00761V1)
    if mentions[k].entity_id != m.entity_id and m.entity_id not in ancestors_of(mentions[k].entity_id):
        return None
    # "p38 mitogen-activated protein kinase (MAPK)": the paper's abbreviation links the class noun to p38,
    # the member written before it (chain_elements.member_with_class_noun reads the unbracketed form)
    before = [b for b in range(k) if mentions[b].entity_id == mentions[k].entity_id and mentions[b].label == "GENE"
              and text[mentions[b].end:mentions[k].start] in ("", " ")]
    return (before[0] if before else k), trig


def defined_kegg_map(text: str, long: Mention, trig: re.Match, index: TermIndex) -> Mention | None:
    """The KEGG map a defined name and its bracketed symbol name with the pathway word after them, as
    "MAPK信号通路" names hsa04010 ("丝裂原活化蛋白激酶（MAPK）信号通路", GUIDELINES 1.2): a mention from the long
    name to the pathway word, named by the long name's entity. None when KEGG has no "<name> signaling
    pathway" map (the composer then makes the one-member axis) or the long name ends a chain ("Janus kinase
    (JAK)/signal transducer … (STAT) signaling": the last member's map is not the chain's pathway)."""
    named = kegg_map_of(long.entity_id, index)
    if named is None or _connector_start(text, long.start) is not None:
        return None
    return Mention(long.start, trig.end(), named, "PATHWAY", "pathway-coordination", text[long.start:trig.end()])


def defined_before(text: str, end: int, mentions: list[Mention], j: int) -> int | None:
    """The index of a gene's long name whose bracketed symbol closes at ``end``: the first member of
    an axis defined as it is named, "phosphatidylinositol 3-Kinase (PI3K)/Akt/Wnt/β-Catenin pathway"
    (ChinaXiv-201712.01000V1's reference list), "phosphoinositide 3-kinase (PI3K)/protein kinase B
    (Akt) mediates" (PMID19811499; ``defined_elements`` reads that one without a pathway word). Walking
    back from the pathway word, the chain stopped at the bracket and the axis lost its first member.
    ``mentions`` sorted by start, ``j`` the last one before ``end``; None unless ``mentions[j]`` is
    the symbol, in brackets right before ``end``, after a mention of the same entity."""
    if j < 1 or text[end - 1:end] != ")":
        return None
    short, long = mentions[j], mentions[j - 1]
    if short.label != "GENE" or short.end != end - 1 or long.entity_id != short.entity_id:
        return None
    return j - 1 if _OPEN_PAREN.fullmatch(text, long.end, short.start) else None


def _slash_chains(text: str, mentions: list[Mention], composed: list[Mention],
                  parents_of=lambda _id: frozenset(), forms_of=None) -> list[Mention]:
    """``AMPK/mTOR/p70S6K``, ``ROS/MAPKs/NF-κB/NLRP3``: genes chained by "/" name an axis
    even without a pathway word (two or more gene members; other words are carried along),
    unless they are paralogs (``lists_paralogs``), one protein's two names ("Atg8/LC3",
    nlp/slash_synonyms.py; ``forms_of``: its alias forms by entity id), read-outs (``reads_as_readouts``,
    ``slash_lists.in_readout_list``) or proteins of a class named after them
    (``slash_lists.names_proteins``: "SAG/RBX2 E3 ligase", "p38/Jnk/Erk MAP kinases"; ``slash_lists.head_taken_in``:
    "ATM/ATR kinases", the plural head inside the last gene's mention)."""
    genes = sorted((m for m in mentions if m.label == "GENE"), key=lambda m: m.start)
    elements = defined_elements(text, genes)
    found: list[Mention] = []
    i = 0
    while i < len(elements):
        chain = [elements[i]]
        j = i + 1
        while j < len(elements) and (_SLASH.fullmatch(text[chain[-1][1]:elements[j][0]])
                                     or _modified_definition(text, chain[-1][1], elements[j])):
            chain.append(elements[j])
            j += 1
        i = j
        if len(chain) < 2:
            continue
        start, end = chain[0][0], chain[-1][2].end
        chain = [c[2] for c in chain]
        lead = _LATIN_ELEMENT.search(text[:start])
        if lead and not any(m.start < start and m.end > lead.start(1) for m in mentions):
            start = lead.start(1)
        if any(c.start <= chain[0].start and c.end >= end for c in composed):
            continue  # already part of a "... pathway/axis" composite
        member_ids = tuple(c.entity_id for c in chain)
        if len(set(member_ids)) < len(member_ids):
            continue  # "parathyroid hormone (PTH)/PTH-related peptide": one protein twice is no axis
        if lists_paralogs(member_ids, parents_of) or reads_as_readouts(text, start, end):
            continue
        if over_loading_control(member_ids):
            continue  # "Beclin1/β-actin": a band density over its loading control (nlp/slash_lists.py)
        if forms_of is not None and names_one_protein([text[c.start:c.end] for c in chain], list(member_ids), forms_of,
                                                         lambda i: ancestors(i, parents_of)):
            continue  # "Atg8/LC3": the yeast and the mammalian name of one protein (nlp/slash_synonyms.py)
        if names_strain(text, end):
            continue  # "APP/PS1 mice": a strain named by its transgenes (nlp/slash_lists.py)
        if names_proteins(text, end) or in_readout_list(text, start, genes):
            continue  # "SAG/RBX2 E3 ligase", "expression of Pten, Akt and Bcl-2/Bax" (nlp/slash_lists.py)
        if head_taken_in(text[chain[-1].start:end]) and TRIGGER.match(text, end) is None:
            continue  # "ATM/ATR kinases", the head inside the last gene's mention (nlp/slash_lists.py)
        found.append(Mention(start, end, AXIS_PREFIX + "/".join(member_ids), "PATHWAY",
                             "pathway-composition", text[start:end], member_ids))
    return found


def composite_entity(mention: Mention, index: TermIndex) -> Entity:
    """A dictionary-style entity for a composed pathway."""
    names = [index.dictionary[mid].name or index.dictionary[mid].name_zh for mid in mention.members]
    trigger = TRIGGER.search(mention.text)
    word = "axis" if trigger and ("轴" in trigger.group(1) or "axis" in trigger.group(1).lower()) else "signaling pathway"
    return Entity(
        id=mention.entity_id,
        type="pathway",
        name="/".join(names) + " " + word,
        name_zh="",
        members=names,
        source="composed",
    )

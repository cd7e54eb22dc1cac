"""Coordinations and enumerations: entities that are side by side, not acting on each other.

Two shapes, after the coordination handling of rule-based event extractors (e.g. Kilicoglu
& Bergler, "Syntactic dependency based heuristics for biological event extraction", BioNLP
2009: conjuncts share their governor; a conjunct is not the argument of its sibling's
trigger):

* **coordinated objects** — "Activation of ROS/MAPKs/NF-κB/NLRP3 and inhibition of
  efferocytosis", "激活X并抑制Y": each entity is the object of its own cue, so the cue of
  the second does not make the first its agent (Chinese, with class nouns and level nouns
  around the objects: ``zh_coordinated_objects``).
* **lists** — "例如双膦酸盐、…、甲状旁腺激素类似物等", "drugs such as A, B and C": items of
  one list introduced by 例如/如/包括/such as/including or closed by 等/etc. are merely
  enumerated together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lazy_re
from pipeline.text.han import has_han
from pipeline._core import blank_spans
from pipeline.relations.cues import ENUMERATION
from pipeline.text.word_gate import may_hold

COORDINATOR = lazy_re.compile(r"^[\s,，、]*(?:and|or|as well as|but|while|以及|及|和|与|并且?|同时|且|而|或)?[\s,，、]*$",
                              re.IGNORECASE)
LIST_OPENER = lazy_re.compile(r"例如|比如|诸如|譬如|包括|如|such as|including|e\.g\.|for example|namely", re.IGNORECASE)
LIST_CLOSER = lazy_re.compile(r"^[^，。；,;]{0,12}?(?:等|etc\.?|and so on|and others)", re.IGNORECASE)
LIST_SEPARATOR = lazy_re.compile(r"[、,，]|\band\b|\bor\b|和|及|或")
# a cue used as a noun or verb right before its object ("Activation of", "inhibition of the", "激活")
_OBJECT_OF_CUE = lazy_re.compile(r"^\s*(?:of\s+)?(?:the\s+)?(?:了|的)?\s*$", re.IGNORECASE)


# earlier links of a slash chain the mention ends ("ROS/" of "ROS/MAPKs/NF-κB" when only
# MAPKs/NF-κB compose a pathway): the chain as a whole is the object
_CHAIN_HEAD = lazy_re.compile(r"(?:[^\s/，。；,;]{1,20}/)+$")
_CHAIN_TAIL = lazy_re.compile(r"(?:/[^\s/，。；,;]{1,20})+")


def is_object_of(text: str, cue_end: int, start: int) -> bool:
    """Is the mention at ``start`` the direct object of a cue ending at ``cue_end``?"""
    if start < cue_end or start - cue_end > 80:
        return False
    gap = text[cue_end:start]
    gap = gap[:len(gap) - len(m.group())] if (m := _CHAIN_HEAD.search(gap)) else gap
    return len(gap) <= 8 and bool(_OBJECT_OF_CUE.match(gap))


def coordinated_objects(text: str, first_end: int, own_cue_end: int | None, second_cue_start: int,
                        second_cue_end: int, second_start: int) -> bool:
    """"<cue1> X and <cue2> Y": X is the object of its own cue (ending at ``own_cue_end``),
    only a coordinator separates X from the cue of Y, and Y is that cue's object."""
    if own_cue_end is None:
        return False
    if tail := _CHAIN_TAIL.match(text, first_end, second_cue_start):  # "ROS/MAPKs/NF-κB and …"
        first_end = tail.end()
    gap = text[first_end:second_cue_start]
    if not gap.strip() and _LATIN_VERB.match(text, second_cue_start):
        # English puts no verb phrase next to another without a coordinator or comma: "Inhibition of KCa3.1
        # increased AKT signaling", "inhibition of autophagy increased apoptosis" — the nominal "inhibition of X" is
        # the subject of the finite verb (X's loss, GUIDELINES 5.5), not a co-object ("gene deletion or blockade of
        # KCa3.1 restored AKT/mechanistic target of rapamycin signaling", validation39_en PMID30442153, gold
        # ``inhibits``). Chinese serial verbs ("抑制X促进Y") keep the reading.
        return False
    return bool(COORDINATOR.match(gap)) and is_object_of(text, second_cue_end, second_start)


_LATIN_VERB = lazy_re.compile(r"[A-Za-z]")


# Chinese coordinated verb phrases, each with its own object, often after an appositive class noun
# and followed by the object's level noun: "上调促凋亡蛋白Bax而下调抗凋亡蛋白Bcl-2的表达" (validation_zh
# ChinaXiv-201811.00118V1), "上调周期蛋白CCND1的表达和下调CDKN1A的表达" (ChinaXiv-201811.00118V1, a cited
# finding), "上调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达和增加成骨样分化分子标志物ALP的活性" and "降低血管平滑肌
# 细胞ALP的活性和下调骨相关蛋白Cbfa1、Osx、OCN和BMP2的表达" (ChinaXiv-201712.01205V1). The conjuncts share the
# subject and are co-objects (Quirk et al. 1985, 13.60): the first object is no agent of the second verb. Mentions are blanked (spaces)
# in the gaps, so a list of objects reads as separators.
_ZH_OBJECT_GAP = lazy_re.compile(r"^(?:了|的)?(?:[\u4e00-\u9fff\-\s]{0,12}?(?:蛋白|因子|基因|分子|标志物|激酶|受体)(?:如|即)?)?"
                                 r"(?:[\u4e00-\u9fff]{0,6}细胞(?:中|内)?的?)?[\s、,，和及与]*$")
_ZH_OBJECT_END = lazy_re.compile(r"^(?:\s*[(（]\s*[)）])?[\s、,，和及与]*(?:的)?(?:蛋白质?|mRNA|基因)?(?:的)?(?:相对)?(?:表达|水平|活性|含量|磷酸化)*(?:量|水平)?"
                                 r"\s*(?:[,，]\s*(?:而且?|并且?|以及|同时|且)?|而且?|并且?|以及|和|及|同时|且|与)\s*$")


def zh_coordinated_objects(own_gap: str, first_gap: str, second_gap: str) -> bool:
    """"<verb1> X …的表达 和/而/并 <verb2> Y": X is the object of its own verb, so it is no agent of the
    second verb (see above). ``own_gap``: from the first verb to X; ``first_gap``: from X to the second
    verb; ``second_gap``: from the second verb to Y; each with the mentions inside blanked."""
    return bool(_ZH_OBJECT_GAP.match(own_gap)) and bool(_ZH_OBJECT_END.match(first_gap)) \
        and bool(_ZH_OBJECT_GAP.match(second_gap)) and has_han(own_gap + first_gap + second_gap)




def in_list(text: str, first_start: int, second_end: int, between: str, clause_start: int, clause_end: int) -> bool:
    """Are the two mentions items of one enumeration ("例如A、B、C等", "such as A, B and C")?

    ``between`` is the text between them with other mentions blanked out. A list needs a
    separator between the two, an opener before the first (same clause) or a closer after
    the second, and no verb-like cue between them (checked by the caller)."""
    if not LIST_SEPARATOR.search(between):
        return False
    opener = LIST_OPENER.search(text[max(clause_start, first_start - 12):first_start])
    closer = LIST_CLOSER.search(text[second_end:clause_end])
    return bool(opener or closer)


# what may stand between a mention (or the list it ends) and a cue that is its own predicate:
# "X、Y的蛋白和mRNA表达水平均显著下调", "X较正常对照组显著升高", "X expression was significantly reduced";
# the relative amount of a blot or qPCR read-out too ("Beclin1相对表达量减少,P62相对表达量增多", new_papers_zh
# ChinaXiv-201712.00767V1; "LC3II相对水平显著降低,p62相对水平显著升高", validation_zh ChinaXiv-201811.00118V1;
# "ABCA1mRNA表达量下降", ChinaXiv-201711.00864V1); "显著或极显著提高" (P<0.05 or P<0.01, as effects._LEVEL_GAP reads it; sample
# ChinaXiv-201711.00904V1); the relative abundance of a qPCR read-out ("Caspase-3、Bax基因的相对表达丰度显著或极显著下调,Bcl-2
# 基因的相对表达丰度极显著上调", validation38_zh ChinaXiv-201711.01073V1; "LEPRmRNA表达丰度", free ChinaXiv pool)
_THEME_GAP = lazy_re.compile(
    r"^(?:\s*[、，/和及与]\s*[A-Z][A-Za-z0-9αβγκ\-]{0,9})*[\s、,，/和及与-]*(?:等)?(?:的)?(?:蛋白质?|mRNA|基因|磷酸化)?(?:和mRNA|及mRNA)?(?:的)?"
    r"(?:相对)?(?:表达|水平|含量|活性|磷酸化|分泌|释放)*(?:量|水平|丰度)?"
    r"(?:[^，。；,;]{0,10}?(?:较|比|与)[^，。；,;]{0,12}?(?:相比|比较)?)?"
    r"(?:均|也|都|则|亦|显著|明显|逐渐|逐步|进一步|极显著|有所|被|地|性|或(?=极?显著|明显))*\s*$"
    # the end of a bracketed list and its copula: "(…, CD36, and fatty acid binding protein 4) were down-regulated,
    # while …" (validation40_en PMID24838513; the items are blanked)
    r"|^(?:\s*(?:,|\band\b|\bor\b))*\s*\)\s*(?:was|were|is|are)\s+(?:(?:also|significantly|markedly|further)\s+)*$"
    r"|^\s*(?:protein |mRNA |gene )?(?:expression|levels?|activity|phosphorylation|secretion|production|release)?s?"
    r"\s*(?:was|were|is|are|had|has been|have been)?\s*(?:also |significantly |markedly |dramatically |further |"
    r"greatly |remarkably |slightly |dose-dependently )*$",
    re.IGNORECASE,
)
# a bracketed aside may follow the predicate before its item ends: a statistic or a figure call ("Bax表达增加(t=15.36
# P=0.0001.)、…Bcl-2表达降低", "LC3II降低(tLC3II=10.32, PLC3II=0.0005),而p62水平增加", validation_zh ChinaXiv-201811.00118V1;
# "水平显著降低（P<0.05)；", ChinaXiv-201711.00762V1); 及 right after it joins the next event ("Caspase-9、Caspase-3活化及
# PARP酶切失活", new_papers_zh ChinaXiv-201707.00654V1); 等 closes the list whose predicate it is ("Bcl-2、Mcl-1等表达降低,")
_PREDICATE_ASIDE = r"(?:\s*[(（][^()（）]{0,60}[)）])?"
_AFTER_PREDICATE = lazy_re.compile(r"^" + _PREDICATE_ASIDE + r"(?:\s*(?:以及|及)|[^的]{0,12}?(?:[,，;；、]|并且?|而|同时|\band\b|"
                                   r"\bwhile\b|\bwhereas\b|\bbut\b))")


# the cue's object, then examples of it after a comma ("能激活细胞内多条信号通路，如PI3K/AKT、…、PKC和PKA"): the listed
# names are the object's instances (an appositive exemplification, Quirk et al. 1985 §17.80), so the cue is a verb
# with its object, not the predicate of the mention before it
_EXEMPLIFIED = lazy_re.compile(r"[^，,;；。]{2,}[,，]\s*(?:如|例如|比如|诸如|譬如|包括)[\s:：]*$")


def is_predicate_of(gap: str, after: str) -> bool:
    """Is a cue the predicate of the mention before it ("Jagged1升高,…", "X的表达下调、Y…",
    "X expression was reduced, whereas Y…") rather than a verb whose object is the next mention?

    ``gap``: the text from the mention to the cue (other mentions blanked out); ``after``: the
    text from the cue to the next mention of the pair. The cue must not modify a noun (…下调的Y:
    ``owned_cues`` in effects.py reads that) and must end its clause or list item before that
    next mention."""
    return bool(_THEME_GAP.match(gap)) and bool(_AFTER_PREDICATE.match(after)) and not after.startswith("的") \
        and not _EXEMPLIFIED.match(after)


_OBJECT_GAP = lazy_re.compile(r"^\s*(?:the\s+|了\s*)?$", re.IGNORECASE)


def object_right_after(text: str, spans, cue_end: int, stop: int) -> bool:
    """Does a mention stand right after the cue, before ``stop`` ("Cortex Moutan induces
    caspase-8 and caspase-3 activation")? The cue is then a verb with its object, not the
    predicate of the mention before it, and the list after it is its objects."""
    return any(cue_end <= s.start and s.end <= stop and _OBJECT_GAP.match(text[cue_end:s.start]) for s in spans)


def listed_after(text: str, spans, head, other) -> bool:
    """Is ``other`` a later item of the list that ``head`` opens ("phosphorylation of p38, cav-1
    and …": cav-1 is listed after p38)? Only list separators and other mentions stand between."""
    gap = _gap_between(text, spans, head, other)
    return gap is not None and bool(ENUMERATION.match(gap))


def _gap_between(text: str, spans, head, other) -> str | None:
    """The text between ``head`` and a later ``other`` with the mentions inside it blanked, or None
    when ``other`` does not come after ``head``."""
    if other.start < head.end:
        return None
    gap = list(text[head.end:other.start])
    for s in spans:
        if head.end <= s.start and s.end <= other.start:
            gap[s.start - head.end:s.end - head.end] = " " * (s.end - s.start)
    return "".join(gap)


# the head noun an item of a participle's list may carry of its own, and an item's bracketed abbreviation:
# "LPS-induced IL-1b, IL-6 and TNF-a expression, as well as NF-kB activation" (validation_en PMID24009834),
# "the DNCB-induced mitogen-activated protein kinases (MAPKs), NF-kB, and Ikaros activities" (PMID23717095)
_HEAD_NOUNS = (r"(?:(?:gene|mRNA|protein)\s+)?(?:expression|activation|activit(?:y|ies)|production|levels?|phosphorylation|"
               r"secretion|release|translocation)|mRNA|transcripts?")
_ITEM_HEAD = lazy_re.compile(r"\((?:[^()]{1,30})\)|\b" + _HEAD_NOUNS + r"\b", re.IGNORECASE)
# an item of the same list that names no entity of ours, one to three modifiers before its own head noun:
# "TNBS-increased myeloperoxidase activity pro-inflammatory cytokine expression and NF-kB activation" (validation_en
# PMID24009834), "the activin+GnRH-induced stimulation of FSHbeta mRNA and FSH secretion" (validation39_en PMID18310445)
_UNNAMED_ITEM = lazy_re.compile(r"(?<![\w-])(?:(?!(?:in|of|by|on|at|to|for|from|with|into|the|a|an|was|were|is|are|be|been|and|or|"
                                r"which|that|than|as|but|not|its|their|this|these)\b)[A-Za-z][\w\-]*\s+){1,3}(?:" + _HEAD_NOUNS + r")\b",
                                re.IGNORECASE)


def listed_after_heads(text: str, spans, head, other) -> bool:
    """``listed_after`` where each item may carry its own head noun ("IL-6 expression, as well as NF-kB
    activation"): a participle before the first item ("LPS-induced") governs every item of the list
    (the coordinated nominals share the modifier: Quirk et al. 1985, 13.60 on coordinated noun phrases
    with a shared premodifier)."""
    gap = _gap_between(text, spans, head, other)
    return gap is not None and bool(ENUMERATION.match(_ITEM_HEAD.sub(" ", _UNNAMED_ITEM.sub(" ", gap))))


# "The mRNA levels of MMP-1/MMP-3, inflammatory cytokines (TNF-a, IL-1b, IL-6), and chemokines
# (MCP-1, RANTES) were suppressed", "inhibited the release of mediators such as NO, TNF-a and IL-6"
_LEVEL_HEAD = lazy_re.compile(r"\b(?:expression|levels?|production|secretion|release|abundance|content|amount|"
                              r"transcription|concentrations?)\s+of\b", re.IGNORECASE)
# what ends the noun phrase a level word heads: a verb, a relative clause, another head noun
_PHRASE_END = lazy_re.compile(r"[;.。；]\s|\b(?:is|are|was|were|has|have|had|be|been|by|which|that|whereas|while|but|"
                              r"after|via|through|in\s+(?:the|a|an)\b|at|during|activit\w*|activation|phosphorylat\w*|"
                              r"\w+(?:ed|es)\s+(?:the|by)|and\s+\w+ed)\b", re.IGNORECASE)  # "…ratio and activated caspase-8"


def in_level_phrase(text: str, start: int, reach: int = 260) -> bool:
    """Is the mention at ``start`` inside a noun phrase headed by a level word ("levels of",
    "release of", "expression of") that runs through a list with parentheses and "such as"
    up to it? Then a verb on the phrase changes the mention's level (GUIDELINES 2:
    up/downregulates), however long the list."""
    return in_phrase_of(text, start, _LEVEL_HEAD, reach)


# "a significant decrease in the activities/levels of heart mitochondrial glutathione peroxidase, glutathione
# reductase, …, α-ketoglutarate and NADH-dehydrogenases, cytochrome-C-oxidase" (validation_en PMID23261676, gold
# ``inhibits`` for every enzyme of the list): the activity head reaches the list's far items as a level head does
_ACTIVITY_HEAD = lazy_re.compile(r"\bactivit(?:y|ies)(?:\s*/\s*levels?)?\s+of\b", re.IGNORECASE)
# another head noun with its of-phrase ends the list ("the activity of quinone reductase, catalase, … , inhibition of NF-kB",
# "… and the levels of …")
_NEXT_HEAD = lazy_re.compile(r"\b\w+(?:ion|ment|ance|ence|ity|ies|els?)\s+of\b", re.IGNORECASE)


def in_activity_phrase(text: str, start: int, reach: int = 260) -> bool:
    """Is the mention at ``start`` inside a noun phrase headed by "activity of" / "activities/levels of" that runs
    through a list up to it, with no other head and its of-phrase ("the levels of", "inhibition of") after it? Then a verb on the phrase changes the
    mention's activity (GUIDELINES 2: activates/inhibits), however long the list — the activity counterpart of
    ``in_level_phrase``."""
    heads = list(_ACTIVITY_HEAD.finditer(text, max(0, start - reach), start))
    if not heads or _NEXT_HEAD.search(text, heads[-1].end(), start):
        return False
    return not _PHRASE_END.search(text, heads[-1].end(), start)


def in_phrase_of(text: str, start: int, head: re.Pattern[str], reach: int = 260) -> bool:
    """Is the mention at ``start`` inside the noun phrase of the last ``head`` ("X of")
    before it, the phrase running through names, parentheses and list words up to a verb,
    a relative clause or another head noun?"""
    lo = max(0, start - reach)
    heads = list(head.finditer(text, lo, start))
    if not heads:
        return False
    return not _PHRASE_END.search(text, heads[-1].end(), start)


# "by sulforaphane and tert-butylhydroquinone", "with bafilomycin A1 or 3-methyladenine"
_CONJUNCTION = lazy_re.compile(r"^-?\s*(?:,\s*(?:and/or|and|or)?|and/or|and|or)\s*$", re.IGNORECASE)


def conjunct_before(text: str, spans, span, labels: frozenset[str] | tuple[str, ...]):
    """The mention of one of ``labels`` joined to ``span`` right before it by and/or or a comma
    ("activation of Nrf2 by sulforaphane and tert-butylhydroquinone": sulforaphane for
    tert-butylhydroquinone), else None. Conjuncts share their governor (Kilicoglu & Bergler
    2009): what the sentence states of the first it states of the second. English connectors
    only."""
    nearest = max((s for s in spans if s.end <= span.start), key=lambda s: s.end, default=None)
    return _joined(text, span, nearest, labels, nearest.end if nearest else 0, span.start)


def conjunct_after(text: str, spans, span, labels: frozenset[str] | tuple[str, ...]):
    """The mention of one of ``labels`` joined to ``span`` right after it ("norepinephrine-
    and/or epinephrine-induced increase of IL-6": epinephrine for norepinephrine, the two share
    the participle), else None."""
    nearest = min((s for s in spans if s.start >= span.end), key=lambda s: s.start, default=None)
    return _joined(text, span, nearest, labels, span.end, nearest.start if nearest else 0)


def _joined(text: str, span, nearest, labels, gap_start: int, gap_end: int):
    """``nearest`` when it is another entity of ``labels`` and only a conjunction stands in the gap."""
    if nearest is not None and nearest.label in labels and nearest.entity_id != span.entity_id \
            and _CONJUNCTION.match(text[gap_start:gap_end]):
        return nearest
    return None


# One long coordination: "CERP increased the levels of Bax, Bak, Bad, cyclin B, Fas, PARP, …, p21,
# and p27": mentions that only separators, parentheses (short forms), an unrecognised item or a
# modifier ("cytosolic", "cleaved") stand between. A verb, a preposition or a clause word ends it.
_SEPARATOR = r"(?:\s*[,，、]+\s*(?:and/or\s+|and\s+|or\s+)?|\s+(?:and/or|and|or|as well as)\s+|\s*(?:以及|和|及|与|或)\s*)"
_MODIFIERS = r"(?:cleaved|cytosolic|nuclear|total|phosphorylated|phospho-?|activated|mature|soluble|serum|p-)"
_ITEM_WORDS = r"(?:" + _MODIFIERS + r"?\s*)"
_WORD = r"[A-Za-z0-9αβγδκ][A-Za-z0-9αβγδκ\-]{0,19}"
# an item no mention covers ("Endo G", "interleukin-1 receptor type I (IL-1RI)"), up to four words
_UNRECOGNISED_ITEM = r"(?:" + _WORD + r"(?:\s" + _WORD + r"){0,3})"
# (an item's trailing spaces are the next separator's: both may take them, and a run of blanked mentions between
# separators was split in (spaces+1)^items ways before failing — 20 s on "    , and " x 8; bench/regex_backtracking.py)
_ITEM_GAP = lazy_re.compile(
    r"^\s*\)?\s*(?:\([^()]{0,60}\))?(?:" + _SEPARATOR + _UNRECOGNISED_ITEM + r"(?:\s*\([^()]{0,60}\))?)*"
    + _SEPARATOR + r"-?" + _ITEM_WORDS + r"(?:\(|" + _UNRECOGNISED_ITEM + r"\s*\()?$"  # "…, protease-1 (caspase-1)"
    r"|^\s*\(\s*$|^\s*\)?\s*$"  # a short form in parentheses right after its long form, or nothing
    r"|^\s*,?\s*(?:such as|including)\s*$",  # "cyclin-dependent kinase inhibitors such as p21": examples
    re.IGNORECASE,
)
# Words an unrecognised item never is: verbs, clause and phrase words ("were", "which", "of", "in")
_NOT_AN_ITEM = lazy_re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|which|that|of|in|on|by|with|to|from|for|via|"
                               r"than|the|its|their|whereas|while|but|then|\w+ed|\w+ing|\w+ly)\b|[。；;:：]", re.IGNORECASE)
_MODIFIER_WORD = lazy_re.compile(r"\b" + _MODIFIERS + r"(?:\s|$)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure question of a short gap (", ", " and "), asked for each pair of mentions side by side
def is_item_gap(gap: str) -> bool:
    """Does only a list separator (with an unrecognised item, a short form or a modifier of the
    next item) stand between two mentions?"""
    return bool(_ITEM_GAP.match(gap)) and not _NOT_AN_ITEM.search(_MODIFIER_WORD.sub(" ", gap))


# "increased the levels of Bax, Bak, …, and p27, but decreased the levels of Bcl-2, BCL-X, …":
# a second list, object of a predicate coordinated with the first list's, is listed beside it
_COORDINATED_PREDICATE = lazy_re.compile(r"\s*\)?\s*,?\s*(?:but|and|while|whereas|whilst)\s+(?:by\s+)?"
                                         r"[a-z\-]+(?:ing|ed)\b[^,;.()]{0,40}$"
                                         # "上调Delta1、Notch3、Notch4的表达、下调Jagged1、Jagged2、Notch1表达"
                                         r"|(?:的)?(?:蛋白|mRNA)?(?:表达|水平|含量)?[、,，]\s*(?:并且?|而|同时)?"
                                         r"(?:上调|下调|升高|降低|增加|减少|提高|抑制|促进|激活)了?$", re.IGNORECASE)
# How many mentions make a coordination long enough that its items are only listed together
LONG_COORDINATION = 3


def coordinations(text: str, spans, elided=frozenset()) -> list[frozenset[str]]:
    """Entity ids of the items of each coordination of mentions in ``text`` (``spans``: offsets
    into it, any order) that is long (``LONG_COORDINATION`` items or more) or holds an elided
    member (``elided``: (start, end) of mentions written as a designator alone, "caspase-3, -8,
    and -9"; nlp/gene_partners.py). Such items are named side by side, each the object or
    subject of what the sentence says of all of them: no item acts on another. A sentence that
    lists the 21 proteins CERP raised or lowered states no relation between any two of them."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    chains: list[list] = []
    last_end = -1
    for span in ordered:
        if span.start < last_end:  # inside the previous mention (an axis' members)
            if chains and (span.start, span.end) in elided and (span.start, span.end) == \
                    (chains[-1][-1].start, chains[-1][-1].end):  # "STAT1~4": STAT2-4 on "4" (nlp/number_series.py)
                chains[-1].append(span)
            continue
        gap = text[last_end:span.start] if chains else ""
        if chains and ((span.start, span.end) in elided or is_item_gap(gap)):  # "receptor-alpha/beta"
            chains[-1].append(span)
        else:
            chains.append([span])
        last_end = span.end

    def qualifies(chain) -> bool:
        return len(chain) >= LONG_COORDINATION or any((s.start, s.end) in elided for s in chain)

    out: list[list] = []
    for i, chain in enumerate(chains):
        if i and _COORDINATED_PREDICATE.match(text, chains[i - 1][-1].end, chain[0].start) \
                and (qualifies(chain) or qualifies(chains[i - 1])):
            out.append([*out.pop(), *chain] if out and out[-1][-1] is chains[i - 1][-1] else [*chains[i - 1], *chain])
        elif qualifies(chain):
            out.append(chain)
    groups = (frozenset(s.entity_id for s in chain) for chain in out)
    return [ids for ids in groups if len(ids) > 1]


# A series of changed read-outs, each item opened by its own change participle: "Those include
# dwarfism, …, strongly reduced Ihh expression and decreased chondrocyte proliferation and
# maturation, increased chondrocytic expression of Rankl, Mmp9 and Mmp13 and enhanced growth plate
# osteoclastogenesis, as well as increased sensitivity to caspase-9 mediated apoptosis" (PMID23571107),
# "X lowered A, improved B, reduced C": each item is what changed (or the object of its own verb),
# so a mention in one item is no partner of a mention in another — the generalisation of
# ``coordinated_objects`` ("<cue1> X and <cue2> Y") to any number of items with words between them.
# What stands before the first item (the subject, the agent) keeps its pairs with every item.
_CHANGE = (r"(?:(?:strongly|markedly|significantly|dramatically|greatly|slightly|further|also|severely|"
           r"dose-dependently)\s+)*(?:reduced|decreased|increased|enhanced|elevated|impaired|diminished|"
           r"augmented|lowered|raised|suppressed|attenuated|delayed|accelerated|improved|inhibited|"
           r"up-?regulated|down-?regulated|promoted|restored|reversed|blocked)\b")
_ITEM_START = lazy_re.compile(r"(?:,\s*(?:and\s+|as\s+well\s+as\s+|or\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?=" + _CHANGE + ")",
                              re.IGNORECASE)
# what ends an item: a clause end, a relative or subordinate clause, a finite verb
_ITEM_END = lazy_re.compile(r"[;；。]|\.\s|\b(?:which|that|whereas|while|but|because|leading|resulting|suggesting|"
                            r"indicating|is|are|was|were|has|have|had|could|may|might)\b", re.IGNORECASE)
MIN_SERIES_ITEMS = 3
# a word every match of _ITEM_START holds (its look-ahead's participle; "up-?regulated" holds "regulated"):
# a sentence without any has no item (text/word_gate.py)
_CHANGE_WORDS = ("reduced", "decreased", "increased", "enhanced", "elevated", "impaired", "diminished", "augmented",
                 "lowered", "raised", "suppressed", "attenuated", "delayed", "accelerated", "improved", "inhibited",
                 "regulated", "promoted", "restored", "reversed", "blocked")


def change_series(text: str) -> list[list[tuple[int, int]]]:
    """The items, as (start, end) offsets, of each series of changed read-outs in ``text`` (at
    least ``MIN_SERIES_ITEMS`` items, each opened by a separator and a change participle)."""
    out: list[list[tuple[int, int]]] = []
    if not may_hold(text, _CHANGE_WORDS):  # no participle, no item (issue 17, stop 44: most sentences)
        return out
    starts = [m.end() for m in _ITEM_START.finditer(text)]
    series: list[tuple[int, int]] = []

    def close():
        if len(series) >= MIN_SERIES_ITEMS:
            out.append(list(series))
        series.clear()

    for n, start in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(text)
        stop = _ITEM_END.search(text, start, limit)
        if series and series[-1][1] < start:  # the previous item ended before this one: a new series
            close()
        series.append((start, stop.start() if stop else limit))
        if stop:
            close()
    close()
    return out


def separately_changed(text: str, spans) -> set[frozenset[str]]:
    """Pairs of entity ids named in different items of one series of changed read-outs
    (``change_series``), each named nowhere else in ``text`` (``spans``: its mentions) and never
    in one item together: what the sentence lists as changed side by side."""
    out: set[frozenset[str]] = set()
    for items in change_series(text):
        where: dict[str, set[int]] = {}
        outside: set[str] = set()
        for s in spans:
            item = next((i for i, (lo, hi) in enumerate(items) if lo <= s.start and s.end <= hi), None)
            if item is None:
                outside.add(s.entity_id)
            else:
                where.setdefault(s.entity_id, set()).add(item)
        ids = sorted(set(where) - outside)
        out |= {frozenset((a, b)) for n, a in enumerate(ids) for b in ids[n + 1:] if not where[a] & where[b]}
    return out


# Read-outs listed side by side, each with its own change: "the down-regulation of anti-apoptotic
# Bcl-2 expression and proteolytic activation of caspase-3 in AECM-treated U937 cells" (validation_en
# PMID15870944), "elevation of Bax/Bcl2 ratio (both protein and mRNA levels), cytochrome c release to the
# cytosol and activation caspase 3 in cardiac tissue" (PMID23523949), "constitutive ERK1/2 activation,
# strongly reduced Ihh expression and … increased chondrocytic expression of Rankl" (PMID23571107). The
# first read-out is the object of its own change noun (or carries its own activity/level head), so it is no
# agent of the change that opens the next item — ``coordinated_objects`` with the first item's own head noun,
# parenthesis, co-items and a modifier of the second change between them (coordinated noun phrases, each
# with its own head: Quirk et al. 1985, 13.60). A sequence word ("and subsequent activation of", "leading
# to") states a chain instead, and is left to the chain rules (subsequent_events.py).
_READOUT_HEAD = (r"(?:protein|mRNA|gene|expression|levels?|activit(?:y|ies)|activation|phosphorylation|ratio|"
                 r"transcripts?|production|secretion|release|translocation|abundance|content|cleavage|concentrations?)")
_ITEM_SEP = r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
_READOUT_TAIL = lazy_re.compile(
    r"^(?:\s|/|" + _READOUT_HEAD + r"\b|\([^()]{0,40}\)|,|\band\b|\bor\b|"
    r"\b(?:to|into|in|from)\s+the\s+(?:cytosol|cytoplasm|nucleus|nuclei|mitochondria)\b)*?"
    # other changed items of the series between them ("…, strongly reduced Ihh expression and decreased
    # chondrocyte proliferation and maturation, increased …"); no finite verb or clause word (``_ITEM_END``)
    # (an item's words never hold the next item's opening, so a series splits one way only: the old
    # ``(?:\s+|…)*?`` and ``[^;.]{0,90}?`` could split a run of blanked spaces or of items in exponentially many
    # ways, 212 s on one gap of PMID25622904)
    r"(?:" + _ITEM_SEP + _CHANGE + r"(?:(?!" + _ITEM_SEP + _CHANGE + r")[^;.]){0,90}?)*"
    + _ITEM_SEP +
    r"(?:(?:strongly|markedly|significantly|dramatically|greatly|slightly|further|also|the|a|an)\s+)*"
    r"(?!(?:subsequent|consequent|resulting|downstream|then|thereby|thus)\b)(?:[a-z][a-z\-]*(?<!ed)\s+)?$",
    re.IGNORECASE)
# a change noun and its object: "down-regulation of anti-apoptotic Bcl-2", "elevation of Bax", "activation caspase 3"
# ("a decrease in IL-10": a change noun's "in" object, ``_IN_OBJECT``)
_OWN_OBJECT_GAP = lazy_re.compile(r"^\s*(?:(?:of|in)\s+)?(?:the\s+)?[\s/]*(?:(?!(?:by|with|in|on|to|that|which|and|or)\b)[A-Za-z][\w\-]*\s+){0,2}$",
                                  re.IGNORECASE)
# from the second change to its object: "activation of caspase-3", "increased chondrocytic expression of Rankl,
# … and Mmp13" (earlier items of the object list are blanked), "increase in the concentrations of pro-inflammatory
# cytokines (IL-1b, IL-6 and TNF-a)" (a class noun opening a bracketed list of the objects)
_CHANGED_OBJECT_GAP = lazy_re.compile(
    r"^\s*(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:[a-z][\w\-]*\s+)?" + _READOUT_HEAD + r"\s+of\s+(?:the\s+)?)?"
    r"(?:(?:[a-z][\w\-]*\s+){1,3}\(\s*)?"
    r"(?:[\s,/()]|\band\b|\bor\b|\d+\b)*(?:(?!(?:by|with|in|on|to|of|that|which|and|or|the)\b)[a-z][\w\-]*\s+){0,2}$",
    re.IGNORECASE)
# "in" opens the object of a change *noun* only ("an increase in Bcl-2 expression as well as a significant decrease in
# Bax", validation_en PMID16806112; "a reduction in the expression of …"); after a participle or verb it opens a place
# or a group ("increased in the X group"): a cue word ending in -ed or -ing keeps "in" out
_VERB_FORM = lazy_re.compile(r"(?:ed|ing)$", re.IGNORECASE)


def _in_object(text: str, cue_end: int, gap: str) -> bool:
    """Does ``gap`` (after the cue ending at ``cue_end``) open with an "in" the cue may not govern (a verb's)?"""
    return bool(re.match(r"\s*in\b", gap, re.IGNORECASE)) and bool(_VERB_FORM.search(text[max(0, cue_end - 6):cue_end]))
_OWN_HEAD_AFTER = lazy_re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:protein|mRNA|gene)\s+)?"
                                  r"(?:expression|levels?|activit(?:y|ies)|activation|phosphorylation|release|translocation|"
                                  r"secretion|production|cleavage)\b", re.IGNORECASE)


def coordinated_readouts(text: str, spans, first_start: int, first_end: int, own_cue_end: int | None,
                         second_cue_start: int, second_cue_end: int, second_start: int) -> bool:
    """Is the mention at ``first_start``–``first_end`` a read-out with its own change (the object of a
    change noun ending at ``own_cue_end``, or followed by its own activity/level head) listed before
    another item whose change cue (``second_cue_start``–``second_cue_end``) has the mention at
    ``second_start`` as its object? Then the first is no agent of the second's change (see above).
    ``spans``: the sentence's mentions, blanked in the gaps."""
    if second_cue_start < first_end:
        return False
    objects = _gap_between(text, spans, _At(second_cue_end, second_cue_end), _At(second_start, second_start))
    if objects is None or not _CHANGED_OBJECT_GAP.match(objects) or _in_object(text, second_cue_end, objects):
        return False
    own_gap = blank_spans(text, own_cue_end, first_start, spans) if own_cue_end is not None and own_cue_end <= first_start else None
    own = own_gap is not None and bool(_OWN_OBJECT_GAP.match(own_gap)) and not _in_object(text, own_cue_end, own_gap)
    if not own and not _OWN_HEAD_AFTER.match(text, first_end):
        return False
    gap = _gap_between(text, spans, _At(first_start, first_end), _At(second_cue_start, second_cue_start))
    return gap is not None and len(gap) <= 300 and not _ITEM_END.search(gap) and bool(_READOUT_TAIL.match(gap))


class _At:
    """Offsets of a stretch of text, read as a mention by ``_gap_between``."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end

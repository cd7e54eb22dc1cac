"""Typed relations: the label, direction, negation and cue of a pair in one sentence.

Rule-based, bilingual, over a sentence's text and its mentions (no parser is available for
Chinese here). The grammar the rules follow:

* **member_of** — a gene inside a composed pathway (``PI3K`` in ``PI3K/AKT/mTOR 信号通路``).
* **contains / combined_with** — herb–compound and formula–herb pairs with a composition cue
  (包含, 含有, 提取自, 活性成分, derived from …); herb/compound pairs with 组合/联合/combined with.
* **Effects** — the *agent* is the herb/compound (else the earlier entity); the label comes
  from the effect cue nearest before the target, so one subject can act in two directions:
  "降低铁蛋白转运蛋白1的表达并增加GPX4的表达" gives downregulates SLC40A1 and upregulates
  GPX4. A gene target followed by 表达/水平/expression/level is *regulated*
  (up/downregulates); otherwise pathways and activities are *activated/inhibited*.
* **Chains** — "A 通过激活X来抑制Y": A activates X, A inhibits Y, and X→Y takes the combined
  sign (activating X inhibits Y → X inhibits Y); with a bare "通过X" the X–Y link is only
  associated. A plain 通过/via/through before the target gives **via**.
* **Loss of function** — 敲除/knockdown before the agent flips the sign.
* **Negation** (未, 不能, did not …) right before the cue sets ``negated``; **hedging**
  (尚不清楚, 可能, may …) lowers the weight. Neither drops the pair.
* **Weight** — how strongly the sentence connects the pair: 1.0 for a cue-stated relation,
  less for bare co-mention, least for two items of one enumeration (、 / and).

Issue 14's rules live in small modules of pure functions, asked here: negation.py (negation
scoped to the clause and pair, stated non-effect), roles.py (stimulus, loss of function, herb
as a compound's source, phenotype names, passive by-agents, extract solvents), coordination.py
(coordinated objects, lists, a cue that is the predicate of the mention before it) and
inhibitor.py (reagents named by their target, rescue experiments), excluded.py ("and not Y"),
ratio.py ("Bax-to-Bcl-2 ratio", "imbalance between"), process_members.py ("apoptosis-related
proteins (Bax, Bak)") and treatment.py (the treatment of an adjunct, "in AECM-treated cells", acts
on each read-out whose own phrase states a change), by_agents.py (the agent of a passive or event noun named
after its target: "Y was induced by X", "activation of Y by X", "Y被X抑制") and pivots.py (a pathway that is
the object of one Chinese verb and the subject of the next). Cues inside an entity's name are dropped before any rule sees them
(``scoped_cues``). English chains also read a means list ("induced apoptosis by downregulating
A and B, while upregulating C": each acts on apoptosis) and a purpose ("activated caspase-3 to
induce apoptosis": caspase-3 activates it). Stop 35 (English): compound_sources.py ("Coniine, an alkaloid from
Conium maculatum": contains), independent_of.py ("… was independent of X": a negated via), subsequent_events.py ("X
activity and subsequent Y translocation": X activates Y), reversals.py ("…; NAC restored these markers to normal
levels": the opposite of the earlier change) and death_modes.py ("induces cell death via apoptosis": activates).
Stop 36 (English): correlations.py ("the effect of X was associated with lower Y" keeps the direction; only the
participle adjunct "… associating with …" stays undirected). Stop 43 (English): biosynthesis.py ("tph1, the rate
limiting enzyme for the production of serotonin": the enzyme upregulates its product) and dependent_events.py
("following etoposide treatment … a p53-dependent upregulation of OCT4A": the treatment acts via p53).
Stop 43 (Chinese): clause_chains.consequence_object ("阻断JAK2和JAK3的激活,从而阻断JAK/STAT…": an explicit 从而 composes the
chain through a bare gene object), zh_levels.without_glossed_items (a treatment's read-outs listed by glossed Chinese names
share the level predicate), enzyme_products.py ("在X作用下生成P": the enzyme upregulates its product) and
cue_scope.own_event_noun ("X的激活可能对Y有…抑制作用": the subject's event noun governs nothing after it).
Stop 44 (English): undirected_objects.py ("an activating kinase for Smad1/5/8 … its role in regulating MAP kinase
pathways", "mitigated alterations of MAPK signaling": the directed cue does not reach the object of an undirected verb
or change noun; "by promoting changes in X": via), coordination.listed_after_heads (an unnamed item and a bare "mRNA"
head inside a participle's list) and correlations.measured_subject ("The HHEX/IDE T2D locus is associated with
decreased insulin secretion": two measures, associated).
Stop 47 (Chinese): member_statements.py (memberships read at every pair of mentions, past glosses and co-members:
"NOX1和双氧化酶2(Duox2)是NADPH氧化酶家族成员", "已经鉴定PPARs家族有3种亚型,即PPARα、…", "mTOR通路中S6K1") and
role_premodifiers.py (a role noun before the name: "SREBP-1c的协同激活剂PGC-1β" activates SREBP-1c).
Stop 48 (English, tuned on BioRED train): coordinated_clauses.py (", and <subject> was bound to Y": the earlier verb does
not reach a clause coordinated after it), passive_subjects.own_contrast_clause (a later mention in a whereas-clause with
its own treatment lends no verb) and genotype groups in time adjuncts ("after LDHA knockdown", readout_clauses).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han
from pipeline._core import blank_spans
from pipeline.relations import rule_gates  # noqa: I001  (its own line: the rule triggers, rule_gates.py)
from pipeline.relations import agent_nouns, anti_process, attributive_changes, axis_members, binding, binding_partners, biosynthesis, by_agents, cascade, causatives, clause_chains, cleavage, combination, comparators, compound_sources, coordinated_clauses, coordination, correlations, counted_members, cue_scope, death_modes, deficient_hosts, dependence, dependent_events, dose_conditions, drug_classes, enzyme_products, excluded, frame_members, group_designs, groups, independent_of, ingredients, light_verbs, listed_objects, mediated_events, mediators, member_statements, name_cues, negation, own_receptors, passive_subjects, pathway_regulation, pivots, place_mentions, post_nominal, process_members, protocol, ratio, readout_clauses, readout_nouns, receptor_binding, requirements, reversals, role_appositions, role_nouns, role_of, role_premodifiers, roles, signed_effects, site_names, stimulus_participles, subsequent_events, target_objects, treated_groups, treatment, type_adjectives, undirected_objects, zh_dependence, zh_dui_effects, zh_levels, zh_passive_agents, zh_pronoun_causatives, zh_secretion, zh_topic_chains
from pipeline.relations.cues import (
    CLAUSE_BREAK,
    CUE_PATTERNS,
    EFFECT_CLASSES,
    ENUMERATION,
    Cue,
    clause_breaks,
    find_cues,
)
from pipeline.relations.constituent_lists import listed_after_cue
from pipeline.relations.inhibitor import REAGENT_NOUN, inhibitor_of, may_name_reagent, reagent_targets, rescued, role_noun_zh
from pipeline.relations.sentence_memo import per_sentence
from pipeline.text.word_gate import may_hold

AGENT_LABELS = ("HERB", "COMPOUND")
# "H2O2-induced", "LPS-stimulated": the compound before it names a stimulus, not a subject
_STIMULUS_PARTICIPLE = lazy_re.compile(r"\s?-\s?(?:induced|stimulated)\b", re.IGNORECASE)

WEIGHTS = {
    "member_of": 1.0, "contains": 1.0, "combined_with": 1.0, "upregulates": 1.0,
    "downregulates": 1.0, "activates": 1.0, "inhibits": 1.0, "via": 0.8,
    "associated": 0.4, "associated-clause": 0.25, "associated-targets": 0.3, "enumeration": 0.15,
    # the pair is in one sentence but not in one statement (roles.py, inhibitor.py)
    "stimulus": 0.1, "phenotype": 0.15, "source": 0.15, "antagonism": 0.1,
    "modifier": 0.15,  # an entity named inside a larger noun ("proton pumps", "受体拮抗剂")
    "effect": 0.8,  # "X对Y的影响", "effects of X on Y": stated without a direction, as via (cue_scope.effect_on)
}
HEDGE_FACTOR = 0.6
NEGATION_FACTOR = 0.7


@dataclass(frozen=True)
class Span:
    """A mention as the rules see it: offsets inside the sentence."""

    start: int
    end: int
    label: str
    entity_id: str
    members: tuple[str, ...] = ()


@dataclass
class PairLabel:
    label: str
    negated: bool = False
    hedged: bool = False
    cue: Cue | None = None
    weight: float = WEIGHTS["associated"]
    agent: str = ""  # entity id acting on the other ("" when undirected)
    weight_factor: float = 1.0


def _between(text: str, a: Span, b: Span, spans: list[Span], context: SentenceContext | None = None) -> str:
    """Text between two mentions with other mentions blanked out. With ``context`` (the
    sentence's, built from these ``spans``), remembered there by the two offsets it depends on:
    the rules of one pair ask it of the same two mentions 2-3 times and other pairs of the
    sentence again (30,456 calls, 13,645 distinct per sentence over 200 files of the 16x
    benchmark corpus)."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    if context is None or context.spans is not spans:
        return blank_spans(text, lo.end, hi.start, spans)  # compiled (pipeline._core)
    key = (lo.end, hi.start)
    found = context.betweens.get(key)
    if found is None:
        found = context.betweens[key] = blank_spans(text, lo.end, hi.start, spans)
    return found


# earlier items of a list between a level/activity word and the gene ("levels of TNF-a and IL-6",
# "phosphorylation of Akt and mTOR", "ERK1/2 and JNK1/2 activity")
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
# items of a list before the gene ("levels of TNF-a and IL-6") / after it ("ERK1/2 and JNK1/2 activity")
# (a word ending in -ed is a verb or a participle, no item's word: "expression of Bax-to-Bcl-2 ratio
# and activated caspase-8": caspase-8 is the object of "activated", outside the level phrase)
_ITEM_WORD = r"(?![A-Za-z]+ed\b)[\w\-/αβγδκ()]+"
_LIST_ITEMS = r"(?:" + _ITEM_WORD + r"(?:\s+" + _ITEM_WORD + "){0,3}?" + _LIST_SEPARATOR + ")*"
# (an item may have up to three words, "glutathione peroxidase and glucose-6-phosphate dehydrogenase activities",
# none of them a verb, participle or preposition: "GPx and decreased catalase activity" stops at "decreased")
_ITEM_NAME_WORD = (r"(?!(?:[A-Za-z]+ed|the|a|an|its|their|in|of|on|at|to|by|for|with|from|was|were|is|are|but|while|"
                   r"whereas|than|expression|levels?|activit\w*)\b)[\w\-/αβγδκ]+(?![\w\-/αβγδκ])")
# (each item may keep its short form in brackets: "3β-hydroxysteroid dehydrogenase (HSD), 17β-HSD activities",
# validation_en PMID23424207, gold Cd ``inhibits`` HSD3B1)
_SHORT_FORM = r"(?:\s*\([^()]{1,15}\))?"
_MORE_ITEMS = (r"^" + _SHORT_FORM + r"(?:" + _LIST_SEPARATOR + _ITEM_NAME_WORD + r"(?:\s+" + _ITEM_NAME_WORD + r"){0,2}"
               + _SHORT_FORM + r"){0,4}")
# (the level's items may be named as its examples: "suppressed … vascular inflammation marker expression such as adhesion
# molecules and ET-1", validation_en PMID26961224, gold ``downregulates`` ET-1)
_LEVEL_OF = lazy_re.compile(r"(?:expression|levels?|production|secretion|abundance|content|amount|transcription|accumulation)s?"
                            r"(?:\s+of|,?\s+(?:such\s+as|including))\s+(?:the\s+)?" + _LIST_ITEMS + "$", re.IGNORECASE)
# a level named after the gene, across a list: "osteocalcin production", "IL-11 gene transcription",
# "LPS-induced IL-1b, IL-6 and TNF-a expression" (the level word after the last item is every item's); a
# promoter-driven transcription is the gene's ("activin-stimulated FSHbeta promoter-driven transcription",
# validation39_en PMID18310445, gold ``upregulates``)
_LEVEL_AFTER = lazy_re.compile(_MORE_ITEMS + r"\s*(?:gene\s+|mRNA\s+|protein\s+|promoter-(?:driven|dependent|mediated)\s+)?"
                               r"(?:production|secretion|transcription|release|synthesis|expression|levels?|accumulation)\b", re.IGNORECASE)


# (the tissue or compartment the enzyme was measured in may stand before it: "the activities/levels of heart
# mitochondrial glutathione peroxidase", "activity of serum lactate dehydrogenase", "activation of the cytosolic
# aryl hydrocarbon receptor": a locative premodifier of the head, Quirk et al. 1985 §17.104)
_COMPARTMENT = (r"(?:(?:heart|cardiac|myocardial|hepatic|liver|renal|kidney|serum|plasma|blood|erythrocyte|brain|"
                r"cerebral|lung|pulmonary|colonic|colon|gastric|intestinal|testicular|tissue|mitochondrial|cytosolic|"
                r"microsomal|nuclear|cellular|intracellular)\s+){0,3}")
# (a descriptor may stand between the head's "of" and the gene, or the gene be the abbreviation after a long form the
# dictionary does not hold: "Phosphorylation of ER-stress marker eIF2α was also increased", "increased phosphorylation
# of tuberous sclerosis complex 2 (TSC2)" (validation38_en PMID22972179), "activation of the tryptophan degrading enzyme
# indoleamine 2,3-dioxygenase" (BioRED train): up to four name words, none a verb form, function word, level or activity
# noun, nor a word that opens a class of other things ("target genes such as IL-6": their level); right after "of", not
# after a list's items: "increasing the activation of caspase-9 and caspase-3, and enhancing Bim expression" (new_papers_en
# PMID23085435) would read the next verb as a descriptor)
_DESCRIPTOR_WORD = (r"(?!(?:[\w\-/]*[A-Za-z]ed|the|a|an|its|their|in|of|on|at|to|by|for|with|from|was|were|is|are|be|been|but|"
                    r"while|whereas|than|and|or|as|such|including|like|both|not|genes?|cells?|expression|levels?|"
                    r"activit\w*|activation|phosphorylat\w*)\b)[\w\-/αβγδκ]+")
_DESCRIPTOR = r"(?:" + _DESCRIPTOR_WORD + r"\s+){1,4}(?:\(\s*)?"
# (a phosphorylated form's level is its activity, GUIDELINES 5.12: "lowered the phosphorylation level of AKT",
# validation_zh ChinaXiv-201712.00248V1, gold ``inhibits``; "the phosphorylation level of JNK2 protein decreased",
# new_papers_zh ChinaXiv-201810.00267V1; a phosphorylation names its substrate with "on" as well: "a marked increase in
# Ser792 phosphorylation on raptor", validation38_en PMID22972179, gold AMPK ``activates`` raptor)
_ACTIVITY_BEFORE = lazy_re.compile(r"(?:phosphorylat\w*(?:\s+(?:levels?|status|states?))?\s+(?:of|on)|(?:activit\w*(?:\s*/\s*levels?)?|activation|(?:nuclear\s+)?translocation)\s+of)\s+(?:the\s+)?"
                                   + _COMPARTMENT +
                                   r"(?:(?:antioxidant|anti-oxidant|key|rate-limiting|enzymes?)\s+)*"  # "the antioxidant enzyme GSH-PX"
                                   + r"(?:" + _DESCRIPTOR + "|" + _LIST_ITEMS + ")$"
                                   r"|\bphosphorylated\s+" + _LIST_ITEMS + r"$|(?:(?<![A-Za-z0-9])|(?<=(?-i:[A-Z])))p-\s*$|(?<![A-Za-z0-9])phospho-?\s*$|磷酸化的?$", re.IGNORECASE)  # "TAp-Akt" (OCR glue), "骨骼肌p-Akt"
# A word every alternative of _ACTIVITY_BEFORE holds, lower-cased: a window without one (most of them)
# is answered without the pattern, which with IGNORECASE has no first character to skip ahead by and
# was tried at each of the window's 90 positions (~30 µs a call, 3,657 calls on 640 benchmark files;
# text/word_gate.py).
_ACTIVITY_WORDS = ("phosph", "activ", "transloc", "p-", "磷酸化")


def _activity_before(text: str, start: int) -> bool:
    """Does an activity word end the 90 characters before ``start`` ("phosphorylation of", "activity of
    serum", "p-", "磷酸化的"): ``_ACTIVITY_BEFORE``'s answer, gated by its words."""
    window = text[max(0, start - 90):start]
    return may_hold(window, _ACTIVITY_WORDS) and _ACTIVITY_BEFORE.search(window) is not None


# the residue a phosphorylation is named by may stand between the gene and the noun: "induce uncontrolled IRS
# serine phosphorylation" (validation40_en PMID19683471, gold ``activates``), "Akt Ser473 phosphorylation",
# "ERK1/2 tyrosine phosphorylation" (a phosphorylated form's level is its activity, GUIDELINES 2)
_RESIDUE = (r"(?:\s*[(（]?\s*(?:(?:serine|threonine|tyrosine)(?:[-\s]?\d{1,4})?|(?:Ser|Thr|Tyr)[-\s]?\d{1,4}|[STY]\d{2,4})"
            r"(?:\s*/\s*(?:(?:serine|threonine|tyrosine)(?:[-\s]?\d{1,4})?|(?:Ser|Thr|Tyr)[-\s]?\d{1,4}|[STY]\d{2,4}))*\s*[)）]?"
            r"(?=\s*(?:residues?\s+)?phosphorylat))?")
# (a slash-joined sibling after the gene shares the noun: "Smad1/5 phosphorylation", validation39_en PMID18310445; a noun
# heading an of-phrase is the next item's head, not the list's: "protein expression of iNOS (iNOS), COX-2 (COX-2), and
# phosphorylation of MAPKs", new_papers_en PMID24849405, gold ``downregulates`` iNOS and COX-2)
_SLASH_SIBLINGS = r"^(?:\s*/\s*[A-Za-z0-9\-αβγδκ]+){0,3}"  # (Latin names: "胶原/生物活性玻璃" holds 活性 in a material's name)
# later Latin-script items of a Chinese coordination share the activity noun after the last: "(S6、S6K1和4E-BP1)的蛋白磷酸化"
_ZH_MORE_ITEMS = r"(?:\s*(?:和|及|、|与|以及)\s*[A-Za-z0-9\-αβγδκ]{1,12}){0,4}"
_ACTIVITY_AFTER = lazy_re.compile(_SLASH_SIBLINGS + _MORE_ITEMS[1:] + _ZH_MORE_ITEMS + _RESIDUE + r"(?:\s*[(（][^()（）]{0,15}[)）]|[)）])?\s*(?:蛋白|激酶)?(?:的)?(?:蛋白)?(?:(?:activit\w*|(?:residues?\s+)?phosphorylat\w*|activation|(?:nuclear\s+)?translocation)\b(?!\s+of\b)|活性|活力|活化|磷酸化)",
                                  re.IGNORECASE)  # "超氧化物歧化酶(SOD)的活性"; "诱导PI3K激酶磷酸化" (ChinaXiv-201711.00762V1), "Akt激酶活性" (ChinaXiv-202010.00047V1),
# "抑制…下游因子(S6、S6K1和4E-BP1)的蛋白磷酸化水平" (validation47_zh ChinaXiv-201711.00393V1, gold: rapamycin inhibits S6K1)


# a Chinese verb of production right before the gene: its level is what changes ("雌激素可抑制Kupffer
# 细胞产生白介素-6", validation ChinaXiv-201712.00248V1: IL-6 is made less, not inhibited)
_ZH_MADE_BEFORE = lazy_re.compile(r"(?:产生|分泌|释放|生成|合成)(?:的)?\s*$")


def effect_label(sign: int, kind: str, target: Span, text: str, cues: list[Cue]) -> str:
    if target.label == "COMPOUND" and roles.is_readout(text, target.start, target.end):
        return "upregulates" if sign > 0 else "downregulates"  # "诱导释放5-HT": its level
    if target.label == "GENE" and (_ZH_MADE_BEFORE.search(text[max(0, target.start - 6):target.start])
                                   or ratio.ratio_numerator(text, target.start, target.end)):  # "enhanced Bax-to-Bcl-2 ratio"
        return "upregulates" if sign > 0 else "downregulates"
    if target.label == "GENE" and roles.inactivating_phosphorylation(text, target.end):
        return "inhibits" if sign > 0 else "activates"  # "引起…ACC直接磷酸化进而失去活性"
    if target.label == "GENE" and (_activity_before(text, target.start)
                                   or type_adjectives.active_form(text, target.start)  # "激活型caspase-3的表达"
                                   or _ACTIVITY_AFTER.search(text[target.end:target.end + 90])
                                   or mediators.released_from_its_compartment(text, target.start, target.end, target.entity_id)
                                   or readout_nouns.activity_readout(text, target.start, target.end)  # "activity of … (SOD, CAT)"
                                   or coordination.in_activity_phrase(text, target.start)):  # "activities/levels of A, …, Z"
        return "activates" if sign > 0 else "inhibits"  # "increase in ERK1/2 activity", "p-AKT 降低"
    if target.label == "GENE":
        if kind in ("up", "down") or mediators.is_mediator(target.entity_id) or _LEVEL_OF.search(text[max(0, target.start - 90):target.start]) \
                or _LEVEL_AFTER.match(text[target.end:target.end + 60]) or coordination.in_level_phrase(text, target.start) \
                or _zh_level(text, cues, target) or zh_secretion.made_after(text, target.end):  # "促进胰岛素的分泌"
            # (after the activity tests: "抑制细胞色素C的释放" from mitochondria is its activity, mediators.py)
            return "upregulates" if sign > 0 else "downregulates"
        clause_end = next((b for b in clause_breaks(text) if b >= target.end), len(text))
        after = text[target.end:clause_end]
        next_effect = next((c for c in cues if c.start >= target.end and c.kind in EFFECT_CLASSES), None)
        if next_effect is not None:
            after = text[target.end:min(clause_end, next_effect.start)]
        if CUE_PATTERNS["expression"].search(after[:20]):
            return "upregulates" if sign > 0 else "downregulates"
    return "activates" if sign > 0 else "inhibits"


def _zh_level(text: str, cues: list[Cue], target: Span) -> bool:
    """The Chinese level phrases a short window misses (zh_levels.py): a list with bracketed figures closed
    by 表达, and "促进[cells]表达 Y" (表达 the verb after the cue nearest before the gene)."""
    if zh_levels.level_after_bracketed_list(text, target.end):
        return True
    cue = max((c for c in cues if c.kind in EFFECT_CLASSES and c.end <= target.start), key=lambda c: c.end, default=None)
    return cue is not None and "表达" in text[cue.end:target.start] and zh_levels.expressed_object(text, cue.end, target.start)


# a Chinese means with no direction for its object: no verb ("机体通过MTOR和ER应激通路激活自噬") or an undirected one
# ("通过调控…DKK-1的表达", "通过调节AKT信号通路", "通过影响PI3K/Akt/mTOR通路"); the caller has found no effect cue between
_UNDIRECTED_MEANS = lazy_re.compile(r"(?:通过|经由|借助)\s*(?:调控|调节|影响|作用于)?")


_STUDY_WORDS = lazy_re.compile(r"研究|实验|试验|证实|发现|表明|显示|提示|说明|观察|检测|分析")


def _undirected_means(text: str, agent: Span, cue: Cue, breaks) -> bool:
    """Is ``agent`` the object of a Chinese means phrase with no direction ("通过X", "通过调控X的表达", "通过调节X")
    whose verb phrase goes on to ``cue``, the subject's main verb: in the same clause, after a chain word
    (来/从而/进而), or opening the next clause with no subject of its own? GUIDELINES 2: "When X has no direction
    ("A 通过 X 抑制 Y"), X–Y is associated" (validation_zh ChinaXiv-201712.01000V1 "通过调控…DKK-1的表达,激活了
    WNT/β-catenin信号通路"; validation_zh ChinaXiv-201712.00248V1 "PTEN能够通过调节AKT信号通路进一步调节MMP-2";
    validation_zh ChinaXiv-202207.00209V1 "机体通过MTOR和ER应激通路激活自噬")."""
    lead = text[_clause_start(text, agent.start):agent.start]
    means = None
    for means in _UNDIRECTED_MEANS.finditer(lead):
        pass
    if means is None or _STUDY_WORDS.search(lead, means.end()):
        return False  # "Osman 等通过体外研究证实BMP2/4可以明显促进…" (ChinaXiv-201812.00642V1): a study is the means
    return bool(_CHAIN.search(text[agent.end:cue.start])) or _means_reaches(text, agent, cue, breaks)


def _governing_cue(cues: list[Cue], lo: int, hi: int, owned: frozenset[int] = frozenset()) -> Cue | None:
    """The effect or via cue nearest before ``hi`` in [lo, hi), skipping cues that belong to
    another agent ("dexamethasone-induced", "糖皮质激素诱导的": ``owned`` cue starts)."""
    for c in reversed(cues):  # the last such cue in ``cues``' order: no list of all of them (~19,000 calls on 200 files)
        if lo <= c.start and c.end <= hi and c.start not in owned and (c.kind in EFFECT_CLASSES or c.kind == "via"):
            return c
    return None


def _participles(text: str, cues: list[Cue]) -> frozenset[int]:
    """Starts of participles that modify the next noun ("棕榈酸盐诱导的INS-1细胞", "AOPP-induced
    EMT"): their agent is what precedes them (named or not), never an earlier subject."""
    return frozenset(c.start for c in cues if text[c.end:c.end + 1] == "的"
                     or (c.start > 0 and text[c.start - 1] == "-" and c.text.lower().endswith("ed"))
                     or (c.kind == "activate" and stimulus_participles.open_stimulus_participle(text, c, cues)))


_NOMINAL_END = lazy_re.compile(r"(?:tion|ment|sis)s?$", re.IGNORECASE)


def _participle_noun_between(text: str, cues: list[Cue], participle: Cue, nxt: Span) -> bool:
    """"lipopolysaccharide-induced acute lung injury by suppressing NF-kB": the participle's
    noun (not an entity) comes before the next mention, which another cue governs."""
    change = _change_after(text, cues, participle)
    if han_count(text[participle.end:nxt.start].lstrip("的")) > 3:
        return True  # "LPS刺激的巨噬细胞上清液中…TNF-α": the participle modifies the cells
    return any(participle.end <= c.start and c.end <= nxt.start and c.kind in EFFECT_CLASSES + ("via",)
               and c is not change for c in cues) or len(text[participle.end:nxt.start].split()) > 4


def _change_after(text: str, cues: list[Cue], participle: Cue) -> Cue | None:
    """The change noun a participle makes ("epinephrine-induced increase of IL-6"), or None."""
    nxt = next((c for c in cues if c.start >= participle.end), None)
    if nxt is None or text[participle.end:nxt.start].strip():
        return None
    if nxt.text.lower() in _NOMINAL_CHANGE:
        return nxt
    # "Bim-mediated activation of …", "RANKL-induced inhibition of …": an effect nominal with its object
    if nxt.kind in EFFECT_CLASSES and _NOMINAL_END.search(nxt.text) and re.match(r"\s+of\b", text[nxt.end:nxt.end + 4]):
        return nxt
    return None


def _nominals_after(text: str, spans: list[Span], cues: list[Cue]) -> frozenset[int]:
    """Starts of nominal cues right after a mention ("AMPK activation", "GSK3β phosphorylation"):
    they name what happens to that mention, and govern no later one ("MG132 suppressed AMPK
    activation, GSK3β phosphorylation…": the verb before governs both)."""
    return frozenset(c.start for c in cues if c.kind in EFFECT_CLASSES and _NOMINAL_END.search(c.text)
                     and any(0 <= c.start - s.end <= 1 and text[s.end:c.start] in ("", " ", "-") for s in spans))


# "A 通过激活X来抑制Y": the connective that makes Y a consequence of X ("…,从而 Y", "以 Y", in order to);
# not 以及 ("as well as": "通过抑制A、下调B以及激活C" lists means, sample ChinaXiv-202010.00047V1), 以上/以下
_CHAIN = lazy_re.compile(r"来|从而|进而|继而|以(?!及|上|下)|导致|\bto\b|thereby|thus|leading to", re.IGNORECASE)
_WITH_AGENT = lazy_re.compile(r"^\s*(?:with|by|using)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_INDUCES = lazy_re.compile(r"诱导|induc", re.IGNORECASE)
# earlier items of a 通过 list, after a comma or joined by 并 ("通过在溶酶体中蓄积并减少…CTSB…的表达", validation_zh
# ChinaXiv-201712.00999V1)
_MEANS_LIST = lazy_re.compile(r"^[^。；;]*(?:[,，、]\s*(?:同时|并|并且|以及|及)?|[^,，、\s]\s*(?:并且|并))\s*$")
_COORDINATED = lazy_re.compile(r"并|和|及|与|同时|且|、|\band\b", re.IGNORECASE)  # "上调X并下调Y": co-targets
# the later items of the mediator's own list (mentions blanked by ``_between``): "通过减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的表达
# …抑制自噬" (validation_zh ChinaXiv-201712.00999V1; gold CTSB, CTSD and CTSL activate autophagy): each item is the means' object
_CO_ITEMS = lazy_re.compile(r"^(?:\s*(?:、|和|及|与|以及|或)\s{2,})+")


def _past_co_items(between: str) -> str:
    """``between`` (mentions blanked) without the list items that follow the first mention."""
    items = _CO_ITEMS.match(between)
    return between[items.end():] if items else between


def _means_reaches(text: str, agent: Span, cue: Cue, breaks) -> bool:
    """Does the 通过 phrase holding ``agent`` reach the verb ``cue``: no clause break between, or one break after
    which ``cue``'s clause names no subject of its own ("obatoclax通过…减少…CTSB…的表达影响溶酶体的功能,抑制自噬",
    validation_zh ChinaXiv-201712.00999V1; "Ghrelin…通过调控…DKK-1的表达,激活了WNT/β-catenin信号通路",
    validation_zh ChinaXiv-201712.01000V1: the zero subject is the sentence's)?"""
    inner = [b for b in breaks if agent.end <= b < cue.start]
    return not inner or (len(inner) == 1 and has_han(cue.text)  # Chinese only: an English comma is not judged
                         and not cue_scope.has_own_subject(text, inner[0] + 1, cue.start))
_VIA_BEFORE = lazy_re.compile(r"(?:\bvia|\bthrough|通过|经由)\s*(?:the\s+)?$", re.IGNORECASE)  # "…autophagy via AMPK"
_PASSIVE_PARTICIPLE = lazy_re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)  # "enhanced by PTH": PTH's cue


def owned_cues(text: str, spans: list[Span], cues: list[Cue]) -> dict[int, Span]:
    """Cue start -> the agent it modifies, for "X-induced Y" / "X诱导的Y" / "X介导的Y"."""
    owned: dict[int, Span] = {}
    for c in cues:
        if c.kind not in EFFECT_CLASSES and c.kind != "mediated":
            continue
        participle = c.text.lower().endswith("ed") or text[c.end:c.end + 1] == "的"
        if not participle:
            continue
        for s in spans:
            if s.end <= c.start and (text[s.end:c.start] in ("", "-", ")-")  # "(RANKL)-induced"
                                     or cue_scope.spaced_participle(text, s.start, s.end, c.start, c.text)):
                owned[c.start] = s  # ("for iron-ascorbate induced lipid peroxidation": cue_scope.spaced_participle)
    return owned


# co-stimuli joined before the participle's owner: "enhanced the activin+GnRH-induced stimulation of FSHbeta mRNA"
# (validation39_en PMID18310445), "blocks radiation/TNFa-induced cell death" (BioRED train), "D-GalN/LPS-induced" —
# each is the participle's agent, as the mention next to it is (GUIDELINES 5.16: "X enhances Y-induced Z" gives X–Z
# and Y–Z, no X–Y row)
_CO_STIMULUS_JOIN = lazy_re.compile(r"\s*(?:\+/-|\+|&|/)\s*")


def _with_co_stimuli(text: str, spans: list[Span], owned: dict[int, Span]) -> list[tuple[int, Span]]:
    """``owned``'s (cue start, owner) items, each followed by the owner's co-stimuli: the mentions joined to it by
    +, / or & right before it (nearest first)."""
    items = []
    for cue_start, owner in owned.items():
        items.append((cue_start, owner))
        head = owner
        while True:
            joined = next((sp for sp in spans if sp.end <= head.start and sp.entity_id != owner.entity_id
                           and _CO_STIMULUS_JOIN.fullmatch(text[sp.end:head.start])), None)
            if joined is None:
                break
            items.append((cue_start, joined))
            head = joined
    return items


_FINITE_VERB = lazy_re.compile(r"(?:ed|es)$", re.IGNORECASE)  # "reduced", "inhibites": a verb, not a nominal ("activation")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last break before it (the breaks are
    in text order, so a bisection finds it; asked several times for each pair)."""
    breaks = clause_breaks(text)
    i = bisect_left(breaks, at)
    return breaks[i - 1] + 1 if i else 0


def _break_in(breaks: tuple[int, ...], lo: int, hi: int) -> bool:
    """``any(lo <= b < hi for b in breaks)``: the breaks are in text order, so a bisection answers."""
    i = bisect_left(breaks, lo)
    return i < len(breaks) and breaks[i] < hi


_SLASH_HEAD = lazy_re.compile(r"(?:[A-Za-z0-9αβγδκ\-]{1,12}/)+$")  # "MAPK/" before ERK of "MAPK/ERK"


@per_sentence  # asked again for each pair the mention is in (sentence_memo.py)
def _loss_before(text: str, span: Span) -> bool:
    """Loss of function of the acting entity flips its sign: "敲低X", "Reduced APPL1", "X缺失"
    (roles.py). A herb or compound has no function to lose: only genes and pathways."""
    if span.label in AGENT_LABELS:
        return bool(CUE_PATTERNS["loss"].search(text[max(0, span.start - 8):span.start])) \
            or roles.is_deprived(text, span.start, span.end)
    start = span.start  # "抑制MAPK/ERK": the loss words stand before the whole slash chain
    if head := _SLASH_HEAD.search(text[max(0, start - 40):start]):
        start -= len(head.group())
    return roles.is_loss_of_function(text, start, span.end, _clause_start(text, start))


# a change noun governing the gene right after it: "a reduction in mTOR", "repression of mTORC1 signaling"
_NOMINAL_CHANGE_OF = lazy_re.compile(r"\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _indicated_state(text: str, cues: list[Cue], agent: Span, target: Span,
                     owned: frozenset[int]) -> tuple[int, Cue] | None:
    """The sign and read-out cue of a gene's stated change seen in a marker's change: "associated with a reduction in
    mTOR activation as indicated by decreased 4E-BP1 and S6K1 phosphorylation" (validation38_en PMID25218136, also
    BioRED train), "repression of mTORC1 signaling, as indicated by reduced phosphorylation of … 4E-BP1" (validation38_en
    PMID22972179). The marker's change is how the gene's change was seen, so the two move together and the gene acts on
    the marker with the product of the signs (GUIDELINES 5.5: "Reduced X … disrupts the Y pathway" → X activates Y).
    None unless an effect cue governs the gene (its own change) and the target's cue stands in an evidence adjunct
    after it (cue_scope.in_evidence_adjunct); a pathway's state keeps the undirected reading (label_pair)."""
    if agent.start >= target.start:
        return None
    _, own = _role(text, agent, cues, _clause_start(text, agent.start), owned)
    if own is None or own.kind not in EFFECT_CLASSES or not _NOMINAL_CHANGE_OF.match(text, own.end, agent.start) \
            or _VERB_FORM.search(own.text):
        return None  # not "BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by …"
    _, read = _role(text, target, cues, agent.end, owned)
    if read is None or read.kind not in EFFECT_CLASSES or not cue_scope.in_evidence_adjunct(text, agent.end, read.start):
        return None
    return own.sign * read.sign, read


def _role(text: str, span: Span, cues: list[Cue], agent_end: int,
          owned: frozenset[int] = frozenset()) -> tuple[str, Cue | None]:
    """Is an entity a target (an effect cue before it), a mediator (通过/via before it), or free?"""
    cue = _governing_cue(cues, agent_end, span.start, owned)
    if cue is None:
        return "free", None
    if cue.kind == "via":
        return "mediator", None
    via = _governing_cue([c for c in cues if c.kind == "via"], agent_end, cue.start)
    if via is not None and not text[via.end:cue.start].strip(" 来以而"):
        return "mediator", cue  # 通过激活X
    if via is not None and _MEANS_LIST.match(text[via.end:cue.start]) and not _CHAIN.search(text[via.end:cue.start]):
        return "mediator", cue  # "通过降低ROS的生成,增加…SOD的产生,同时激活…来保护": one means list
    return "target", cue


@dataclass
class SentenceContext:
    """What the rules read from a sentence regardless of the pair: computed once per sentence."""

    cues: list[Cue]
    owned: dict[int, Span]  # cue start -> the agent it modifies (``owned_cues``)
    hedged: bool
    first: dict[str, Span]  # entity id -> its first mention
    composites: list[Span]  # composed pathways (spans with members)
    reagents: dict[str, tuple]  # reagent id -> (target id, sign, noun, listed genes): inhibitor.py
    rescued: set[tuple[str, str]]  # (agent whose effect a reagent blocked, the reagent's target)
    pathways: list[Span]  # every PATHWAY mention (axis_members reads them for every pair)
    protocol: bool  # ``protocol.is_protocol``: a materials or protocol sentence
    owned_starts: frozenset[int] | None = None  # ``_owned_starts``, computed on the first pair
    enclosed: dict | None = None  # ``axis_members.enclosures``, computed on the first pair
    passive: frozenset[int] | None = None  # ``_passive_starts``, computed on the first pair that asks
    bindings: list | None = None  # ``binding.blocked_bindings``, computed on the first pair that asks
    # rules of ``label_pair`` that cannot fire in this sentence, whatever the pair (``_skipped``, and the rules
    # whose triggers the sentence lacks, rule_gates.py): answered once here instead of once per pair. Empty (every
    # rule asked) unless built by ``of``.
    skip: frozenset[str] = frozenset()
    starts: tuple[int, ...] | None = None  # the mentions' starts, sorted (``_side_role``'s next mention)
    sides: dict | None = None  # (mention, role) -> its ``_side_role`` answers, filled as pairs ask
    spans: list[Span] | None = None  # the list ``of`` was built from (``_between`` remembers its answers for it)
    betweens: dict | None = None  # (lo.end, hi.start) -> ``_between``'s text, filled as pairs ask
    # entities named more than once: only they have a later mention for ``_lost_mention`` / ``_inactivated_mention``
    # (None: not known, every pair asks)
    repeated: frozenset[str] | None = None

    @classmethod
    def of(cls, text: str, spans: list[Span], cues: list[Cue] | None = None) -> SentenceContext:
        noun = REAGENT_NOUN.search(text) if may_name_reagent(text) else None
        cues = scoped_cues(text, spans, find_cues(text) if cues is None else cues, noun is not None)
        first: dict[str, Span] = {}
        repeated = set()
        for span in sorted(spans, key=lambda sp: sp.start):
            if first.setdefault(span.entity_id, span) is not span:
                repeated.add(span.entity_id)
        reagents = {**drug_classes.class_members(text, spans), **reagent_targets(text, spans)} if noun else {}
        return cls(cues, owned_cues(text, spans, cues), any(c.kind == "hedge" for c in cues), first,
                   [sp for sp in spans if sp.members], reagents, rescued(text, spans, reagents) if noun else set(),
                   [sp for sp in spans if sp.label == "PATHWAY"], protocol.is_protocol(text),
                   skip=_skipped(text, spans) | rule_gates.shut(text, spans), starts=tuple(sorted(sp.start for sp in spans)), sides={},
                   spans=spans, betweens={}, repeated=frozenset(repeated))




def _skipped(text: str, spans: list[Span]) -> frozenset[str]:
    """The rules of ``label_pair`` that answer "nothing" for every pair of this sentence, read from
    the sentence once (each rule asked this per pair, ~30,000 times over the 16x benchmark):

    * ``mediated``: no anchor word of role_of's patterns ("role of", "mediates", "介导", "…中的作用");
    * ``process_effect``: no "effect" (role_of.process_effect_of reads "the X effects of Y");
    * ``english``: a Chinese character (``_readout_clause`` and ``_loss_group`` read English only);
    * ``treatment``: not exactly one herb/compound (``_treatment_read_out`` needs the only one);
    * ``partners``: no binding word (``_PARTNER_WORD``, ``_binding_partner``'s precondition);
    * ``dose``: no Chinese dose word (``_dose_read_out`` reads "X浓度为…时", "随着X浓度增加");
    * ``role_premodifier``: no Chinese role noun (role_premodifiers.may_name_role: 激活剂, 负调控因子).
    Each is the rule's own first test, or a word its every pattern needs: the labels are the same."""
    lowered = text.lower()
    skip = []
    if not role_of.may_state_role(lowered, text, role_of.MEDIATION_ANCHORS):
        skip.append("mediated")
    if not role_of.may_state_role(lowered, text, role_of.EFFECT_ANCHORS):
        skip.append("process_effect")
    if has_han(text):
        skip.append("english")
    if len({sp.entity_id for sp in spans if sp.label in AGENT_LABELS}) != 1:
        skip.append("treatment")
    if not _PARTNER_WORD.search(text):
        skip.append("partners")
    if not has_han(text) or not dose_conditions.may_name_a_dose(text):
        skip.append("dose")
    if not role_premodifiers.may_name_role(text):
        skip.append("role_premodifier")
    skip += _membership_skips(text, spans)
    return frozenset(skip)


_FAMILY_OPENING = lazy_re.compile(r"s?\s*(?:超|亚)?(?:家族|family|superfamily|subfamily)", re.IGNORECASE)  # ``_FAMILY_LISTS``' start


_EN_MEMBER_WORD = lazy_re.compile(r"\b(?:member|component|constituent|subunit)s?\s+of\b", re.IGNORECASE)


def _membership_skips(text: str, spans: list[Span]) -> list[str]:
    """The membership rules of ``_label_at`` that answer "no" for every pair of this sentence, read from its
    mentions once: each rule's every positive answer needs a word right after one mention, which the pairs
    asked again of the same mentions (~13,000 pairs over the 16x benchmark corpus, 2-3 % of ``process_file``):

    * ``process_member`` (``_process_member``): a "-related proteins" noun (process_members.related_noun_end)
      or a marker noun (``named_before``'s ``_PROCESS_NOUN_AFTER``) after a mention of a PATHWAY entity;
    * ``described_role`` (``_described_role``): a mention of a PATHWAY entity naming apoptosis;
    * ``member_after`` (``_stated_member``, the member first): ``_MEMBER_AFTER`` after a mention that is no
      herb or compound ("p38是MAPK的家族成员之一");
    * ``member_lists`` (``_stated_member``, the family first): after a gene or pathway mention a family word
      (``_FAMILY_LISTS``' opening), after an FPLX mention a bracketed list (``bracketed_member_pair``), a
      PATHWAY mention in a sentence with 在 (``_framed_part``), or an FPLX gene (``counted_member``)."""
    pathway_ids = {sp.entity_id for sp in spans if sp.label == "PATHWAY"}
    processes = [sp for sp in spans if sp.entity_id in pathway_ids]
    skip = []
    if not any(process_members.may_name_members(text, sp.end) for sp in processes):
        skip.append("process_member")
    if not any(_APOPTOSIS_WORD.search(text[sp.start:sp.end]) for sp in processes):
        skip.append("described_role")
    if not any(_MEMBER_AFTER.match(text[sp.end:sp.end + 16]) for sp in spans if sp.label not in AGENT_LABELS) \
            and not _EN_MEMBER_WORD.search(text):
        skip.append("member_after")
    zai = "在" in text
    if not any(sp.label in ("GENE", "PATHWAY") and _FAMILY_OPENING.match(text, sp.end)
               or sp.entity_id.startswith("FPLX:") and (sp.label == "GENE" or _BRACKET_LIST.match(text, sp.end))
               or zai and sp.label == "PATHWAY" for sp in spans):
        skip.append("member_lists")
    return skip


def scoped_cues(text: str, spans: list[Span], cues: list[Cue], reagent_noun: bool | None = None) -> list[Cue]:
    """Cues that can type a pair: none inside an entity's name ("Receptor activator of NF-κB
    ligand", "受体激活剂配体") and no reagent noun ("PI3K 抑制剂", "MEK inhibitor": inhibitor.py
    reads those). ``reagent_noun``: whether ``REAGENT_NOUN`` occurs in ``text``, when the caller
    searched already (``SentenceContext.of``)."""
    if reagent_noun is None:
        reagent_noun = REAGENT_NOUN.search(text) is not None
    nouns = [(m.start(), m.end()) for m in REAGENT_NOUN.finditer(text)] if reagent_noun else []
    nouns += cue_scope.treatment_markers(text)  # "X干预后": the treatment, no inhibition
    nouns += dose_conditions.rising_dose_spans(text)  # "随着X浓度增加": the dose rises, no effect
    nouns += cue_scope.model_descriptions(text)  # "肺功能降低大鼠": the model, no statement
    named = cue_scope.long_form_cues(text, spans, cues) if "(" in text else frozenset()  # "inducible … (iNOS)"
    if "(" in text or "（" in text:  # "Smad受体激活锚定蛋白(Smad anchor for receptor activation,SARA)"
        named |= name_cues.glossed_name_cues(text, spans, cues)
    named |= cue_scope.attributive_cues(text, cues)  # "tumor suppressive substrates": a class, no effect
    if " by" in text:  # "the decrease caused by X": the change noun's participle, no verb
        named |= cue_scope.change_participle_cues(text, cues)
    if "型" in text or "性" in text:  # "激活型caspase-3", "抑制型Smads": a type adjective, no verb
        named |= type_adjectives.type_adjective_cues(text, cues)
    if "子" in text or "蛋白" in text or "基因" in text:  # "凋亡抑制子Bcl-2", "翻译抑制蛋白4E-BPs": a role noun, no verb
        named |= role_nouns.role_noun_cues(text, cues, spans)
    if "依赖" in text:  # "自噬依赖性IL-1β分泌": a premodifier, no means (zh_dependence.py)
        named |= {c.start for c in cues if c.kind == "via"} & zh_dependence.attributive_starts(text)
    if "则" in text or "时" in text or "后" in text:  # "noggin抑制则…": the mention's loss, no verb (roles.py)
        lost = {found[0] for sp in spans if (found := roles.inhibited_condition(text, sp.end)) is not None}
        if "被" in text or "受" in text:  # "TLR4被激活后招募…": the mention's own change, no verb (roles.py)
            lost |= {found[0] for sp in spans if (found := roles.activated_condition(text, sp.end)) is not None}
        named |= {c.start for c in cues if c.start in lost}
    n = len(text)
    inside, noun = _covered(n, ((sp.start, sp.end) for sp in spans)), _covered(n, nouns)
    if inside is None or noun is None or any(c.start < 0 or c.end > n for c in cues):  # offsets outside the text
        return [c for c in cues
                if not any(sp.start <= c.start < sp.end or sp.start < c.end <= sp.end for sp in spans)
                and not any(s <= c.start < e for s, e in nouns) and c.start not in named]
    # a cue starting in a mention, or ending in one (sp.start < c.end <= sp.end: its last character
    # c.end - 1 is in it), or starting in a reagent noun: one look-up each, not a scan of the mentions
    return [c for c in cues if not inside[c.start] and not (c.end > 0 and inside[c.end - 1])
            and not noun[c.start] and c.start not in named]


def _covered(length: int, ranges) -> bytearray | None:
    """1 at every offset inside one of ``ranges`` ((start, end) pairs), 0 elsewhere (``length`` + 1
    offsets); None when a range is not inside the text."""
    marks = bytearray(length + 1)
    for start, end in ranges:
        if start < 0 or end > length:
            return None
        if end > start:
            marks[start:end] = b"\x01" * (end - start)
    return marks


def label_pair(text: str, spans: list[Span], x_id: str, y_id: str, cues: list[Cue] | None = None,
               context: SentenceContext | None = None, conjuncts: bool = True) -> PairLabel:
    """Label the relation between entities ``x_id`` and ``y_id`` stated in sentence ``text``.

    ``context`` (``SentenceContext.of``) depends on the sentence only: pass it when labelling
    several pairs of one sentence."""
    context = context or SentenceContext.of(text, spans, cues)
    x, y = context.first[x_id], context.first[y_id]
    result = _label_at(text, spans, x, y, context, conjuncts)
    if (result.label in _TYPED_EFFECTS or result.label == "via") and "english" not in context.skip \
            and any(e.label == "GENE" and site_names.names_site(text, e.end) for e in (x, y)):
        # "on AMPK consensus sites", "through two SF-1 binding sites": a site, not the gene, is acted on (site_names.py),
        # a link stated with no direction, weighed as one
        return PairLabel("associated", weight=WEIGHTS["associated"] * (HEDGE_FACTOR if result.hedged else 1.0),
                         hedged=result.hedged)
    if ("deficient" in text or "-/-" in text or "null" in text or "nock" in text) and \
            not any(sp.label in AGENT_LABELS for sp in spans):
        result = _lost_in_host(text, spans, x, y, context) or result  # "Y was impaired in G-deficient cells"
    if result.label == "associated" and not result.negated and "结合" in text:  # "IGF-I需要与IGF-IR结合来激活…"
        for ligand, receptor in ((sp, sq) for sp in spans for sq in spans if sq.label == "GENE" and
                                 {sp.entity_id, sq.entity_id} == {x_id, y_id} and sp.entity_id != sq.entity_id):
            bound = receptor_binding.binds_then_acts(text, ligand.start, ligand.end, receptor.start, receptor.end)
            if bound is not None:  # at any mentions of the two: "…提高IGF-I及IGF-IR含量,…而IGF-I需要与IGF-IR结合来…"
                return _finish(PairLabel("via", cue=Cue("via", bound[0], bound[1], "结合"), agent=ligand.entity_id,
                                         hedged=context.hedged), text, ligand.start)
    if zh_passive_agents.may_hold(text) and not result.negated:
        passive = _zh_passive_anywhere(text, spans, x_id, y_id, context)  # at later mentions: "…,而瘦素…受到C/EBPα的正调控"
        if passive is not None:
            return passive
    if result.label in _TYPED_EFFECTS and "靶向" in text and result.agent in (x_id, y_id):
        agent = x if result.agent == x_id else y  # "miR-26a,靶向USP15激活自噬": the target is no agent
        if target_objects.is_target_agent(text, agent, context.cues, result.cue):
            # the pair is stated as firmly as before (a named mechanism), only without a direction: its weight stays
            return PairLabel("associated", cue=result.cue, weight=result.weight, agent=result.agent, hedged=result.hedged,
                             weight_factor=result.weight_factor)
    repeated = context.repeated  # a later mention of ``first`` is one of its entity's second or later mentions
    if "失活" in text:  # "使SIRT1的…位点可被AMPK所磷酸化,这造成SIRT1失活,从而促进…凋亡": read where it is lost
        for first, other in ((x, y), (y, x)):
            later = _inactivated_mention(text, spans, first, other) if repeated is None or first.entity_id in repeated else None
            if later is not None:
                again = _label_at(text, spans, later, other, context, conjuncts)
                if again.label in _TYPED_EFFECTS:
                    return again
    if result.label == "associated" and "膜" in text:  # "ULK1…在自噬体膜上相互作用促进自噬小体的成熟": a place
        for first, other in ((x, y), (y, x)):
            later = place_mentions.placed_mention_elsewhere(text, spans, first, other)
            if later is not None:
                again = _label_at(text, spans, later, other, context, conjuncts)
                if again.label in _TYPED_EFFECTS:
                    return again
    for first, other in ((x, y), (y, x)):  # "X在…中起重要作用,抑制X可以激活Y": read where X is lost, in Y's clause
        later = _lost_mention(text, spans, first, other) if repeated is None or first.entity_id in repeated else None
        if later is not None:
            again = _label_at(text, spans, later, other, context, conjuncts)
            if again.label in _TYPED_EFFECTS:
                return again
    if context.composites and result.label in _TYPED_EFFECTS:
        # "激活Nrf2/HO-1通路,诱导HO-1基因的表达": a member typed through its axis is read where it is named on its own
        own = _own_mention(spans, context.composites, x, y), _own_mention(spans, context.composites, y, x)
        if own != (x, y):
            again = _label_at(text, spans, *own, context, conjuncts)
            if again.label in _TYPED_EFFECTS:
                return again
    return result


_TYPED_EFFECTS = frozenset({"upregulates", "downregulates", "activates", "inhibits"})
_INACTIVATED_AFTER = lazy_re.compile(r"\s*(?:蛋白)?失活(?!的|剂)")


def _inactivated_mention(text: str, spans: list[Span], first: Span, other: Span) -> Span | None:
    """A later mention of ``first``'s entity, before ``other``, named by its inactivation ("…使SIRT1的苏氨酸-344
    位点可被AMPK所磷酸化,这造成SIRT1失活,从而促进p53的乙酰化和肝癌细胞的凋亡", sample ChinaXiv-201711.00904V1):
    the sentence says what the entity's loss does there, not at its first mention (roles._LOSS_AFTER; GUIDELINES 5.5)."""
    if other.start < first.start:
        return None
    return next((sp for sp in spans if sp.entity_id == first.entity_id and first.end <= sp.start and sp.end <= other.start
                 and _INACTIVATED_AFTER.match(text, sp.end)), None)


def _lost_mention(text: str, spans: list[Span], first: Span, other: Span) -> Span | None:
    """A later mention of ``first``'s entity named by its loss ("抑制X", "X被阻断则", "X的缺失") in ``other``'s clause,
    when ``first`` stands in an earlier clause: "Rho激酶在I/R损伤中起到很重要的作用,抑制Rho激酶可以激活PI3K/Akt信号通路"
    (validation_zh ChinaXiv-201712.00232V1, gold ROCK ``inhibits`` PI3K/AKT), "…通过激活JAK/STAT5信号通路参与对乳腺生长发育
    的调控,JAK/STAT5信号通路被阻断则会诱导BMECs的凋亡" (ChinaXiv-201711.01073V1, gold ``inhibits`` Apoptosis). The
    relation is stated at the lost mention, whose sign the loss inverts (GUIDELINES 5.5); the first mention's clause
    states something else. Only mentions before ``other`` (the subject of its clause)."""
    if other.start < first.start:
        return None
    breaks = clause_breaks(text)
    if not any(first.end <= b < other.start for b in breaks):
        return None  # the first mention is in the other's clause already
    for sp in spans:
        if sp.entity_id == first.entity_id and first.end <= sp.start and sp.end <= other.start \
                and not any(sp.end <= b < other.start for b in breaks) and _loss_before(text, sp):
            return sp
    return None


def _label_at(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext, conjuncts: bool) -> PairLabel:
    """``label_pair`` read at the mentions ``x`` and ``y`` (normally each entity's first)."""
    cues, hedged = context.cues, context.hedged

    # member_of: a gene inside a composed pathway
    for gene, axis in ((x, y), (y, x)):
        if gene.entity_id in axis.members:
            return PairLabel("member_of", cue=Cue("member", axis.start, axis.end, text[axis.start:axis.end]),
                             weight=WEIGHTS["member_of"], agent=gene.entity_id, hedged=hedged)

    if ("超家族" in text or "uperfamil" in text) and any(_only_superfamily(text, spans, e.entity_id) for e in (x, y)):
        return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)  # "CD36超家族成员": no CD36
    skip = context.skip  # rules that cannot fire in this sentence (``_skipped``, rule_gates.py)
    for part, whole in ((x, y), (y, x)):
        if _stated_member(text, spans, part, whole, skip):
            return _member_label(part, whole, hedged)
    stated = _membership_anywhere(text, spans, x, y, skip, context) if member_statements.may_state(text) else None
    if stated is not None:  # "NOX1和双氧化酶2(Duox2)是NADPH氧化酶家族成员", "…已经鉴定PPARs家族有3种亚型,即PPARα、…"
        return _member_label(*stated, hedged)
    named = None if "role_premodifier" in skip else _role_premodifier(text, spans, x, y, hedged)
    if named is not None:  # "SREBP-1c的协同激活剂PGC-1β", "Wnt/β catenin信号负性调控因子…GSK3β"
        return named
    listed = None if "process_member" in skip else _process_member(text, spans, x, y, hedged)  # "apoptosis pathway-related proteins (Bax, Bak…)"
    if listed is not None:
        return listed
    described = None if "described_role" in skip else _described_role(text, spans, x, y, hedged)
    if described is not None:
        return described
    effect_of = None if "process_effect" in skip else _process_effect(text, spans, x, y, hedged)  # "prevents the apoptosis effects of TNF-α"
    if effect_of is not None:
        return effect_of
    mediated = None if "mediated" in skip else _mediated(text, x, y, hedged)  # "Role of Sema4C in TGF-β1-induced …": TGF-β1 via Sema4C
    if mediated is not None:
        return mediated
    passive = _zh_passive(text, spans, x, y, context) if zh_passive_agents.may_hold(text) else None
    if passive is not None:  # "瘦素和抵抗素的基因表达都受到C/EBPα的正调控和PPARγ的负调控"
        return passive
    blocked = _blocked_binding(text, spans, x, y, hedged, context)  # "X 抑制 A 与 B 的结合": X inhibits A, not B
    if blocked is not None:
        return blocked
    result = _reagent_or_rescue(text, x, y, context) or _label(text, spans, x, y, cues, hedged, context.owned,
                                                                _context_owned_starts(text, spans, context), context)
    if "english" not in skip and ("ndependent" in text or "rrespective" in text or "egardless" in text):
        result = _denied_mediator(text, spans, x, y, hedged) or result  # "X-induced apoptosis was independent of Y"
    if result.label == "associated" and result.cue is None and not result.negated:
        result = _restated(text, spans, x, y, context) or result
    if result.label == "associated" and result.cue is None and not result.negated and "english" not in skip:
        result = _synthesised_product(text, x, y, hedged) or result  # "E catalyzes P synthesis", "P produced by E"
    if result.label == "associated" and result.cue is None and not result.negated:
        result = _nearer_mentions(text, spans, x, y, context) or result
    if result.label == "associated" and result.cue is None and not result.negated and ("，" in text or "," in text) \
            and "clause_chain" not in skip:
        result = _clause_chain(text, spans, x, y, context) or result
    if result.label == "associated" and not result.negated and zh_dui_effects.may_hold(text):
        result = _dui_effect(text, spans, x, y, context) or result  # "…,并对TOR进行正调节" (zh_dui_effects.py)
    if result.label == "associated" and not result.negated and ("，" in text or "," in text) and "clause_chain" not in skip:
        result = _topic_chain_effect(text, spans, x, y, context) or result  # "PKA…对HSL磷酸化,进而激活HSL" (zh_topic_chains.py)
    if result.label == "associated" and not result.negated and ("使其" in text or "使之" in text):
        result = _pronoun_causative(text, spans, x, y, context) or result  # "…PI3K与Akt结合,使其磷酸化" (zh_pronoun_causatives.py)
    if result.label == "associated" and not result.negated and ("催化" in text or "作用下" in text):
        result = _enzyme_product(text, spans, x, y, hedged) or result  # "PLC催化PIP2水解成…DAG" (enzyme_products.py)
    if result.label == "associated" and result.cue is None and not result.negated and "其受体" in text:
        result = _through_own_receptor(text, spans, x, y, context) or result
    if "treatment" not in skip:
        result = _treatment_read_out(text, spans, x, y, context, result)
    if "dose" not in skip:
        result = _dose_read_out(text, spans, x, y, context, result)
    if "english" not in skip:
        result = _readout_clause(text, spans, x, y, context, result)
    if result.label == "associated" and result.cue is None and not result.negated and "english" not in skip:
        result = _loss_group(text, spans, x, y, context) or result
    if result.label == "associated" and not result.negated and "by_agent" not in skip:
        result = _by_agent(text, spans, x, y, context) or result  # "Y was induced by X", "activation of Y by X", "Y被X抑制"
    if result.label == "associated" and not result.negated and "english" not in skip:
        result = _agent_noun(text, spans, x, y, context) or result  # "PTH stimulation of Y", "X mediates Y activation"
    if result.label == "associated" and result.cue is None and not result.negated and "english" not in skip:
        result = _light_verb_event(text, x, y, context) or result  # "X led to Akt inactivation", "IC50 … for Y inhibition"
    if result.label == "associated" and not result.negated and "english" not in skip and \
            ("requir" in text or "essential" in text or "necessary" in text or "needed" in text or "indispensable" in text):
        result = _required_for(text, x, y, context) or result  # "X is required for the expression of Y"
    # ("epend": Title Case reference titles write "Receptor-Dependent Akt Activation", validation47_zh ChinaXiv-201901.00072V1)
    if result.label in ("associated", "via") and not result.negated and "english" not in skip and "epend" in text:
        result = _dependence(text, x, y, context) or result  # "the expression of Y was dependent on X"
    if result.label == "associated" and not result.negated and "english" not in skip and \
            ("revers" in text or "restor" in text or "normali" in text):
        result = _reversed_change(text, spans, x, y, context, hedged) or result  # "…; NAC restored these markers"
    if result.label == "associated" and not result.negated and "english" not in skip and \
            ("subsequent" in text or "downstream" in text or "consequent" in text or "resultant" in text or "ensuing" in text):
        result = _subsequent_event(text, x, y, hedged) or result  # "X activity and subsequent Y translocation"
    if result.label == "via" and not result.negated and result.cue is not None and "english" not in skip:
        result = _via_event(text, x, y, context, result) or result  # "via AMPK activation": activates AMPK
    if result.label in ("via", "associated") and not result.negated and "english" not in skip and \
            ("eath" in text or "kill" in text):
        result = _killing_mode(text, x, y, hedged) or result  # "induces cell death via apoptosis": activates it
    if "partners" not in skip and _PARTNER_WORD.search(text):  # "EGF与EGF受体结合后能激活…": the subject acts, not its partner
        result = _binding_partner(text, spans, x, y, context, result)
    # a gene inside a composed pathway speaks through the pathway: its own pairs weigh less
    if result.label != "member_of" and context.pathways and axis_members.speaks_through(_enclosures(spans, context),
                                                                                          x.entity_id, y.entity_id):
        result.weight *= axis_members.THROUGH_AXIS_FACTOR
    if context.protocol:  # "…试剂盒购自…", "…的引物,以逆转录PCR方法扩增…": materials, not findings
        result.weight *= protocol.PROTOCOL_FACTOR
    if conjuncts and result.label == "associated" and result.cue is None and not result.negated \
            and "conjunct_agent" not in skip:
        result = _conjunct_agent(text, spans, x, y, context) or result
    if "via_of_by_agent" not in skip:
        result = _via_of_by_agent(text, spans, x, y, result)
    if "pathway_regulating" not in skip:
        result = _pathway_regulating(text, spans, x, y, result)
    if "cleavage_readout" not in skip:
        result = _cleavage_readout(text, x, y, result)
    if "dependent_manner" not in skip:
        result = _dependent_manner(text, spans, x, y, result)
    if "group_scope" not in skip:
        result = _group_scope(text, spans, x, y, result)
    if "excluded_target" not in skip:
        result = _excluded_target(text, x, y, result)
    if ("while" in text or "whereas" in text) and "english" not in skip:
        result = _contrast_readout(text, spans, x, y, cues, result)
    if result.label in _DIRECTIONAL and result.cue is not None and not result.negated and "english" not in skip \
            and (", " in text or ";" in text):
        result = _later_clause_subject(text, x, y, context, result)  # "X suppressed A, and B complex was bound to C"
    undirected = _passive_subject(x, y, text, result)
    if undirected is not result and "english" not in skip:
        # the read-out was the passive verb's subject, not its agent: the change may be stated for a genotype group
        # ("MMP-9 … were found after LDHA knockdown", "p27Kip1 … upregulated in the Ras transgenic lenses") or the
        # verb's by-phrase name the agent ("PAK2 was activated by some pancreatic growth-factors [EGF, PDGF, bFGF]")
        undirected = _loss_group(text, spans, x, y, context) or (
            _by_agent(text, spans, x, y, context) if "by_agent" not in skip else None) or undirected
    result = undirected
    return _anti_process(text, spans, x, y, result) if anti_process.may_apply(text) else result


_MODEL_AFTER = lazy_re.compile(r"^\s*-?\s*(?:induced|stimulated|challenged|evoked|elicited)\b", re.IGNORECASE)  # a model's stimulus
_GAIN_AFTER = lazy_re.compile(r"^\s*-?\s*(?:over-?expression|over-?expressing|transfected)\b", re.IGNORECASE)


def _contrast_readout(text: str, spans: list[Span], x: Span, y: Span, cues: list[Cue], result: PairLabel) -> PairLabel:
    """The main clause's agent on a read-out of a whereas/while clause with its own passive verb ("In TIPE2
    over-expression cells, … Bax were significantly up-regulated while Bcl-2 was down-regulated": TIPE2
    downregulates Bcl-2, relations/passive_subjects.py). The agent is the last compound, herb or over-expressed gene
    before the contrast, not a model's stimulus ("LPS-stimulated")."""
    if result.negated:
        return result
    agent, target = (x, y) if x.start <= y.start else (y, x)
    if target.label not in ("GENE", "PATHWAY") or not (_contrast_agent(text, agent) or (
            agent.label == "GENE" and _GAIN_AFTER.match(text[agent.end:agent.end + 24]))):
        return result
    verbs = [(c.start, c.end) for c in cues if c.sign != 0 and c.kind in EFFECT_CLASSES]
    found = passive_subjects.contrast_readout(text, agent.end, target.start, target.end, verbs)
    if found is None:
        return result
    start, _, own = found
    if own:  # "…, whereas BDNF … were markedly up-regulated after BDNF administration": not the main agent's verb
        if result.agent == agent.entity_id and result.cue is not None and result.cue.start == start:
            return PairLabel("associated", weight=WEIGHTS["associated"], hedged=result.hedged)
        return result
    if result.cue is not None and result.cue.start == start:
        return result
    contrast_at = max(text.rfind("while", agent.end, target.start), text.rfind("whereas", agent.end, target.start))
    if any(_contrast_agent(text, sp) and agent.end <= sp.start < contrast_at and sp.entity_id != agent.entity_id
           for sp in spans) or _MODEL_AFTER.match(text[agent.end:agent.end + 16]):
        return result  # the main clause's agent is the last one before the contrast
    cue = next(c for c in cues if c.start == start and c.sign != 0 and c.kind in EFFECT_CLASSES)
    label = effect_label(cue.sign, cue.kind, target, text, cues)
    return PairLabel(label, cue=cue, agent=agent.entity_id, weight=WEIGHTS[label], hedged=result.hedged)


def _later_clause_subject(text: str, x: Span, y: Span, context: SentenceContext, result: PairLabel) -> PairLabel:
    """The target is the subject of a clause coordinated after the agent's cue (coordinated_clauses.py): the cue does
    not reach it; the later clause's own passive change verb states its change in the agent's experiment, any other
    predicate no effect of the agent ("Dexamethasone suppressed IL-11 gene transcription …, and dexamethasone-GC
    receptor complex was bound to JunD", new_papers_en PMID23397032, gold ``associated``)."""
    if result.agent not in (x.entity_id, y.entity_id) or x.entity_id == y.entity_id:
        return result
    agent, target = (x, y) if result.agent == x.entity_id else (y, x)
    cue = result.cue
    if not (agent.end <= cue.start and cue.end <= target.start):
        return result
    auxiliary = coordinated_clauses.later_clause_subject(text, cue.end, target.start, target.end)
    if auxiliary is None:
        return result
    verbs = [(c.start, c.end) for c in context.cues if c.sign != 0 and c.kind in EFFECT_CLASSES]
    own = coordinated_clauses.own_change_verb(text, auxiliary, verbs) if auxiliary > target.start else None
    if own is None:  # the pair is named in one statement as firmly as before, only without a direction: its weight
        # stays (as for a target named as an agent's target, "靶向", in label_pair)
        return PairLabel("associated", weight=result.weight, hedged=result.hedged, weight_factor=result.weight_factor)
    verb = next(c for c in context.cues if (c.start, c.end) == own and c.sign != 0 and c.kind in EFFECT_CLASSES)
    label = effect_label(verb.sign, verb.kind, target, text, context.cues)
    return PairLabel(label, cue=verb, agent=agent.entity_id, weight=WEIGHTS[label], hedged=result.hedged)


def _contrast_agent(text: str, span: Span) -> bool:
    """A compound or herb that can be the main clause's agent: not a read-out ("GSH concentration")."""
    return span.label in AGENT_LABELS and not roles.is_readout(text, span.start, span.end)


def _passive_subject(x: Span, y: Span, text: str, result: PairLabel) -> PairLabel:
    """The earlier mention read as the agent through the passive verb it is the subject of ("IL-6 levels were
    decreased in …, whereas IL-10 …", relations/passive_subjects.py): the verb has no object, the pair no direction."""
    if result.label not in _DIRECTIONAL or result.cue is None or result.negated:
        return result
    first, second = (x, y) if x.start <= y.start else (y, x)
    if result.agent != first.entity_id or not (first.end <= result.cue.start and result.cue.end <= second.start):
        return result
    if first.label in AGENT_LABELS or not passive_subjects.agentless_subject(text, first.start, first.end,
                                                                             result.cue.start, result.cue.end):
        return result
    return PairLabel("associated", weight=WEIGHTS["associated"], hedged=result.hedged)


_REVERSED = {"upregulates": "downregulates", "downregulates": "upregulates", "activates": "inhibits", "inhibits": "activates"}
_CUE_KIND = {"upregulates": "up", "downregulates": "down", "activates": "activate", "inhibits": "inhibit"}


def _reversed_change(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext,
                     hedged: bool) -> PairLabel | None:
    """"GSH, CAT and GPx decreased by … CCl4 …; co-administration of NAC restored these liver markers to normal
    levels": the later clause's agent undoes what an earlier agent of the sentence did to the target, so it acts
    with the opposite sign (reversals.py; GUIDELINES 2, coreference)."""
    for agent, target in ((x, y), (y, x)):
        if target.label not in ("GENE", "PATHWAY"):
            continue
        found = reversals.reversal_clause(text, spans, agent, AGENT_LABELS)
        if found is None or target.end > found[0]:
            continue
        opens, start, end = found
        for stimulus in (s for s in spans if s.label in AGENT_LABELS and s.end <= opens and s.entity_id != agent.entity_id):
            earlier = label_pair(text, spans, stimulus.entity_id, target.entity_id, context=context)
            if earlier.label in _REVERSED and not earlier.negated and earlier.agent == stimulus.entity_id:
                label = _REVERSED[earlier.label]
                return _finish(PairLabel(label, cue=Cue(_CUE_KIND[label], start, end, text[start:end]), agent=agent.entity_id,
                                         hedged=hedged), text, opens)
    return None


def _killing_mode(text: str, x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """"Cortex Moutan Induces Bladder Cancer Cell Death via Apoptosis": the process is the kind of death the
    agent brings about, which it activates (death_modes.py)."""
    agent, process = (x, y) if x.start <= y.start else (y, x)
    if roles.is_name_modifier(text, agent.start, agent.end, agent.label, agent=True):
        return None  # "Polyphenol-rich extract of … kills …": the extract kills, not its modifier
    found = death_modes.killing_mode(text, agent, process)
    if found is None:
        return None
    return _finish(PairLabel("activates", cue=Cue("activate", found[0], found[1], text[found[0]:found[1]]),
                             agent=agent.entity_id, hedged=hedged), text, agent.end)


def _subsequent_event(text: str, x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """"the phosphorylation of JAK2 … and the downstream activation of STAT3": the first event brings about the
    second, so X acts on Y (subsequent_events.py)."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    found = subsequent_events.subsequent_event(text, first, second)
    if found is None:
        return None
    label, start, end = found
    kind = "up" if label == "upregulates" else "activate"
    return _finish(PairLabel(label, cue=Cue(kind, start, end, text[start:end]), agent=first.entity_id, hedged=hedged),
                   text, first.end)


def _denied_mediator(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """"Silibinin-induced apoptosis … was independent of caspases activation": the agent's effect is stated not
    to go through the mediator, a negated via (independent_of.py)."""
    for agent, mediator in ((x, y), (y, x)):
        at = independent_of.denied_mediator(text, spans, agent, mediator, AGENT_LABELS)
        if at is not None:
            cue = Cue("via", at[0], at[1], text[at[0]:at[1]])
            return _finish(PairLabel("via", cue=cue, agent=agent.entity_id, hedged=hedged), text, agent.end, stated=True)
    return None


def _clause_chain(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """Two adjacent Chinese verb clauses of one unnamed subject, "激活X途径,抑制Y活性" (clause_chains.py):
    X acts on Y with the composed sign (GUIDELINES 2, mechanism chains). Read at the first mentions, then at the
    pair's nearest two mentions (stop 46): a chain spans a comma, where ``_nearer_mentions`` reads one clause
    only, and its target is often named earlier in the sentence ("perilipin是脂滴表面的组成成分,会抑制ATGL,TNF-α
    可激活JNK和ERK1/2,从而减少perilipin的mRNA和蛋白质的表达量", validation45_zh ChinaXiv-201711.01377V1, gold JNK
    ``downregulates`` perilipin)."""
    found = _clause_chain_at(text, spans, x, y, context)
    if found is not None:
        return found
    xs = [sp for sp in spans if sp.entity_id == x.entity_id]
    ys = [sp for sp in spans if sp.entity_id == y.entity_id]
    if len(xs) == 1 and len(ys) == 1:
        return None
    gap = lambda a, b: max(a.start, b.start) - min(a.end, b.end)  # noqa: E731
    near = min(((a, b) for a in xs for b in ys if a.end <= b.start or b.end <= a.start), key=lambda ab: gap(*ab),
               default=None)
    # the nearest two mentions only: "激活SIRT1可有效地抑制mTORC1信号通路活性,抑制SIRT1则激活mTORC1信号通路"
    # (validation45_zh ChinaXiv-201711.01011V1) chains no mTORC1 into the second SIRT1
    if near is None or near == (x, y):
        return None
    return _clause_chain_at(text, spans, *near, context)


def _clause_chain_at(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """``_clause_chain`` read at the mentions ``x`` and ``y``."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    if first.label not in ("GENE", "PATHWAY") or second.label not in ("GENE", "PATHWAY") or not has_han(text):
        return None
    effect = [c for c in context.cues if c.kind in EFFECT_CLASSES]
    cue_a = max((c for c in effect if c.end <= first.start), key=lambda c: c.end, default=None)
    cue_t = max((c for c in effect if first.end <= c.start and c.end <= second.start), key=lambda c: c.end, default=None)
    # the second verb's object: the mention right after it, or a later item of the list it opens
    head = min((sp for sp in spans if sp.start >= (cue_t.end if cue_t else len(text))), key=lambda sp: sp.start, default=None)
    if head is None or not (head == second or coordination.listed_after(text, spans, head, second)):
        return None
    if cue_a is None or not (clause_chains.chained_object(
            text, cue_a.end, first.start, first.end, clause_chains.names_pathway(text[first.start:first.end]), clause_breaks(text),
            cue_t.start, cue_t.end, head.start) or clause_chains.consequence_object(  # "阻断JAK2和JAK3的激活,从而阻断…"
            text, cue_a.end, first.start, first.end, clause_breaks(text), cue_t.start, cue_t.end, head.start)):
        return None
    return _finish(PairLabel(effect_label(cue_a.sign * cue_t.sign, cue_t.kind, second, text, context.cues), cue=cue_t,
                             agent=first.entity_id, hedged=context.hedged), text, first.end)


def _pronoun_causative(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The causer of a change put on a pronoun object ("活化的PI3K与Akt结合,使其磷酸化而被激活", zh_pronoun_causatives.py)."""
    pair = {x.entity_id, y.entity_id}
    for causer, changed, sign, kind, start, end in zh_pronoun_causatives.pronoun_changes(text, spans, clause_breaks(text)):
        if {causer.entity_id, changed.entity_id} == pair:
            label = effect_label(sign, kind, changed, text, context.cues)
            return _finish(PairLabel(label, cue=Cue(kind, start, end, text[start:end]), agent=causer.entity_id,
                                     hedged=context.hedged), text, causer.end)
    return None


def _topic_chain_effect(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """An effect verb opening a subjectless Chinese clause, its object one entity of the pair and the chain's topic the
    other, at any of their mentions ("磷酸化的Fyn基因又介导…,进而直接抑制Nrf2的激活", zh_topic_chains.py)."""
    pair = {x.entity_id, y.entity_id}
    for agent, target, cue in zh_topic_chains.chain_effects(text, spans, context.cues, clause_breaks(text), EFFECT_CLASSES):
        if {agent.entity_id, target.entity_id} == pair:
            label = effect_label(cue.sign, cue.kind, target, text, context.cues)
            return _finish(PairLabel(label, cue=cue, agent=agent.entity_id, hedged=context.hedged), text, agent.end)
    return None


def _dui_effect(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """A signed Chinese 对 predicate with one entity of the pair its object and the other its subject, read at any of
    their mentions ("Rheb…,能够直接与mTOR结合对mTOR进行正向调节", zh_dui_effects.py)."""
    pair = {x.entity_id, y.entity_id}
    for agent, target, sign, kind, start, end in zh_dui_effects.dui_effects(text, spans, clause_breaks(text)):
        if {agent.entity_id, target.entity_id} == pair:
            label = effect_label(sign, kind, target, text, context.cues)
            return _finish(PairLabel(label, cue=Cue(kind, start, end, text[start:end]), agent=agent.entity_id,
                                     hedged=context.hedged), text, agent.end)
    return None


def _enzyme_product(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """An enzyme (a gene) and a compound its reaction makes ("在5-羟色氨酸脱羧酶作用下生成5-HT", "PLC催化…水解成…
    二酰基甘油(DAG)"): the enzyme ``upregulates`` the product (enzyme_products.py). Read at any two mentions of the pair:
    the product is often named before, as the subject of the passage ("色氨酸是合成5-HT的底物,…作用下生成5-HT")."""
    for first, second in ((x, y), (y, x)):
        if first.label != "GENE" or second.label != "COMPOUND":
            continue
        for enzyme in (sp for sp in spans if sp.entity_id == first.entity_id):
            for product in (sp for sp in spans if sp.entity_id == second.entity_id):
                made = enzyme_products.made_by(text, enzyme.start, enzyme.end, product.start, product.end)
                if made is not None:
                    return _finish(PairLabel("upregulates", cue=Cue("up", made[0], made[1], text[made[0]:made[1]]),
                                             agent=enzyme.entity_id, hedged=hedged), text, min(enzyme.start, product.start))
    return None


def _through_own_receptor(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """"雌激素可通过与其受体结合…", the receptor named before as "雌激素受体" (own_receptors.py): the ligand
    acts ``via`` its receptor."""
    for ligand, receptor in ((x, y), (y, x)):
        if receptor.label != "GENE" or not any(own_receptors.own_receptor(text[lg.start:lg.end], text[r.start:r.end])
                                               for lg in spans if lg.entity_id == ligand.entity_id
                                               for r in spans if r.entity_id == receptor.entity_id):
            continue
        for mention in (sp for sp in spans if sp.entity_id == ligand.entity_id):
            via = own_receptors.through_its_receptor(text, mention.end)
            if via is not None:
                return _finish(PairLabel("via", cue=Cue("via", via[0], via[1], text[via[0]:via[1]]), agent=ligand.entity_id,
                                         hedged=context.hedged), text, mention.start)
    return None


def _by_agent(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The agent of a passive or an event noun named after its target (by_agents.py): the later
    entity acts on the earlier one, with the verb's sign."""
    target, agent = (x, y) if x.start <= y.start else (y, x)
    if agent.label == "PATHWAY" and target.label != "PATHWAY":
        return None  # a process is no by-agent of a gene ("regulated by autophagy" names a mechanism)
    found = by_agents.by_agent_cue(text, target.start, target.end, agent.start, agent.end, context.cues, spans) \
        or by_agents.compound_agent_cue(text, target.start, target.end, agent.start, agent.end, context.cues)
    if found is None:
        return None
    cue, sign = found
    label = effect_label(sign, cue.kind, target, text, context.cues)
    if label in ("activates", "inhibits") and target.label == "GENE" and _INDUCES.match(cue.text) \
            and not _ACTIVITY_AFTER.search(text[target.end:target.end + 90]) \
            and not _activity_before(text, target.start):
        label = "upregulates" if sign > 0 else "downregulates"  # "induced by X": made, as _label reads "induces IL1β"
    return _finish(PairLabel(label, cue=cue, agent=agent.entity_id, hedged=context.hedged), text, target.start)


def _required_for(text: str, x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The earlier gene stated to be required for the later one's level or activity (requirements.py): it raises it."""
    agent, target = (x, y) if x.start <= y.start else (y, x)
    if agent.label != "GENE" or target.label != "GENE":
        return None
    found = requirements.required_for(text, agent.end, target.start, target.end)
    if found is None:
        return None
    start, end = found
    label = effect_label(1, "activate", target, text, context.cues)
    return _finish(PairLabel(label, cue=Cue("activate", start, end, text[start:end]), agent=agent.entity_id,
                             hedged=context.hedged), text, agent.end)


def _dependence(text: str, x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """A read-out's level or activity stated to depend on the other mention (dependence.py): that one raises it."""
    for agent, target in ((x, y), (y, x)):
        if agent.label not in ("GENE", "COMPOUND", "HERB") or target.label not in ("GENE", "PATHWAY"):
            continue
        found = dependence.predicative(text, agent.start, target.start, target.end) or \
            dependence.attributive(text, agent.end, target.start, target.end)
        if found is not None:
            sign, kind, start, end = found
            return _finish(PairLabel(effect_label(sign, kind, target, text, context.cues), cue=Cue(kind, start, end,
                                     text[start:end]), agent=agent.entity_id, hedged=context.hedged), text,
                           min(agent.start, target.start))
    return None


def _agent_noun(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """An English action noun whose agent is named before it (agent_nouns.py): "PTH stimulation of Y",
    "X-mediated Y transcription", "X mediates Y activation but not Z" (Z: the same label, negated)."""
    agent, target = (x, y) if x.start <= y.start else (y, x)
    found = agent_nouns.agent_noun(text, agent.start, agent.end, target.start, target.end) \
        or agent_nouns.mediated_event(text, agent.end, target.start, target.end) \
        or agent_nouns.protected_from(text, agent.end, target.start, target.end)  # "X protects cells from Y"
    negated = False
    if found is None and "mediate" in text:
        found = agent_nouns.mediates_event(text, agent.end, target.start, target.end)
        for head in spans if found is None else ():
            found = agent_nouns.mediates_event(text, agent.end, target.start, target.end, (head.start, head.end))
            if found is not None:
                found, negated = found[:4], True
                break
    if found is None:
        return _means_event(text, spans, agent, target, context)
    start, end, kind, sign = found[:4]
    label = effect_label(sign, kind, target, text, context.cues)
    if label in ("activates", "inhibits") and target.label == "GENE" and _INDUCES.match(text[start:end]) \
            and not _ACTIVITY_AFTER.search(text[target.end:target.end + 90]):
        label = "upregulates" if sign > 0 else "downregulates"  # "induction of IGFBP-4": made, as _label reads "induces IL1β"
    return _finish(PairLabel(label, cue=Cue(kind, start, end, text[start:end]), agent=agent.entity_id,
                             hedged=context.hedged), text, agent.end, stated=negated)


def _light_verb_event(text: str, x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The event noun after the target brought about through a light or causal verb or a potency measure
    (light_verbs.py): "X led to Akt inactivation", "X showed potent AChE inhibition", "X, which had an IC50
    value of 79.7 g/ml for acetylcholinesterase inhibition"."""
    agent, target = (x, y) if x.start <= y.start else (y, x)
    if agent.label not in AGENT_LABELS or target.label not in ("GENE", "PATHWAY"):
        return None
    found = light_verbs.light_verb_event(text, agent.start, agent.end, target.start, target.end)
    if found is None:
        return None
    start, end, kind, sign = found
    label = effect_label(sign, kind, target, text, context.cues)
    return _finish(PairLabel(label, cue=Cue(kind, start, end, text[start:end]), agent=agent.entity_id,
                             hedged=context.hedged), text, agent.end)


_END_OBJECT_GAP = lazy_re.compile(r"^\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$")


def _means_event(text: str, spans: list[Span], end: Span, means: Span, context: SentenceContext) -> PairLabel | None:
    """The end and a means named with its direction after it: "induced apoptosis in HepG2 cells via AMPK
    activation" — AMPK acts on apoptosis with the two signs composed (GUIDELINES 2, mechanism chains)."""
    found = agent_nouns.via_event(text, means.start, means.end)
    if found is None or means.start <= end.end:
        return None
    clause = _clause_start(text, end.start)
    cue = _governing_cue(context.cues, clause, end.start)
    if cue is None or cue.kind not in EFFECT_CLASSES or not _END_OBJECT_GAP.match(text[cue.end:end.start]):
        return None
    if any(end.end <= b < means.start for b in clause_breaks(text)) or \
            any(end.end <= c.start < means.start and c.kind in EFFECT_CLASSES for c in context.cues):
        return None
    start, stop, kind, sign = found
    return _finish(PairLabel(effect_label(sign * cue.sign, cue.kind, end, text, context.cues),
                             cue=Cue(kind, start, stop, text[start:stop]), agent=means.entity_id,
                             hedged=context.hedged), text, means.start)


def _via_event(text: str, x: Span, y: Span, context: SentenceContext, result: PairLabel) -> PairLabel | None:
    """A means named with its direction after "via/through" (agent_nouns.via_event): "induced apoptosis via
    AMPK activation" gives the agent ``activates`` AMPK, not a bare ``via``."""
    target = y if result.agent == x.entity_id else x if result.agent == y.entity_id else None
    if target is None or not (result.cue.end <= target.start):
        return None
    agent = x if target is y else y
    # (a process named before "via a pathway involving …" is the object of the sentence's verb, no agent of the means)
    found = agent_nouns.via_event(text, target.start, target.end, involving=agent.label != "PATHWAY")
    if found is None:
        return None
    start, end, kind, sign = found
    if _loss_before(text, agent):  # "Silencing X … via Y activation": the agent's own sign is the opposite
        sign = -sign
    elif agent_nouns.loss_near(text, agent.start):
        return None  # "Loss of hepatic NF-kappa B activity … through JNK1 activation": a loss not read, no sign
    return _finish(PairLabel(effect_label(sign, kind, target, text, context.cues), cue=Cue(kind, start, end, text[start:end]),
                             agent=result.agent, hedged=context.hedged), text, result.cue.start)


_PARTNER_WORD = lazy_re.compile(r"结合|相互作用|绑定|形成(?:了)?(?:复合物|复合体|二聚体)")


def _binding_partner(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext,
                     result: PairLabel) -> PairLabel:
    """The partner a subject binds is no agent of the verbs after the binding (binding_partners.py):
    its effect on a later target is ``associated``; the subject's pair with that target, left
    ``associated`` because the partner stood between them, is read again without the partner."""
    found = binding_partners.partners(text, spans)
    if not found and result.label != "via":
        return result
    ids = {x.entity_id, y.entity_id}
    if result.label == "via" and result.cue is not None and result.cue.text == "通过":
        end = binding_partners.means_binding_end(text, result.cue.end)
        other = y if result.agent == x.entity_id else x
        if end is not None and other.start >= end:  # "通过与I型受体结合,…Smad4": the binding is the means
            return PairLabel("associated", weight=result.weight, hedged=result.hedged)
        return result
    if result.label in _DIRECTIONAL and result.cue is not None:
        for subject, partner, end in found:
            if result.agent != partner.entity_id or result.cue.start < end:
                continue
            if any(sp.entity_id == partner.entity_id and end <= sp.start < result.cue.start for sp in spans):
                continue  # the partner named again as a later clause's subject
            # still one statement of the mechanism: the weight stays, only the direction is not the partner's
            return PairLabel("associated", weight=result.weight, hedged=result.hedged)
        return result
    if result.label != "associated" or result.negated or result.cue is not None:
        return result
    for subject, partner, end in found:
        if subject is None or subject.entity_id not in ids or partner.entity_id in ids:
            continue
        other = y if subject.entity_id == x.entity_id else x
        if not any(sp.entity_id == other.entity_id and sp.start >= end for sp in spans):
            continue
        kept = [sp for sp in spans if sp.entity_id != partner.entity_id]
        again = label_pair(text, kept, x.entity_id, y.entity_id, context=SentenceContext.of(text, kept))
        if again.label in _DIRECTIONAL and again.agent == subject.entity_id:
            return again
    return result


def _undirected_with_cue_weight(text: str, cue: Cue, agent: Span, hedged: bool, lo: int) -> PairLabel:
    """``associated`` through ``cue`` at the weight of a directed statement: the link is stated as firmly, only
    without a direction (undirected_objects.py, correlations.measured_subject)."""
    stated = _finish(PairLabel("associated", cue=cue, agent=agent.entity_id, hedged=hedged), text, lo)
    stated.weight *= WEIGHTS["upregulates"] / WEIGHTS["associated"]
    return stated


def _sole_opening_agent(spans: list[Span]) -> Span | None:
    """The sentence's first mention when it is its one herb or compound ("Ilex latifolia ameliorated …, and … its
    anti-apoptotic effect"): whom "its" refers to; None otherwise."""
    agents = {sp.entity_id for sp in spans if sp.label in ("HERB", "COMPOUND")}
    first = min(spans, key=lambda sp: sp.start, default=None)
    return first if first is not None and len(agents) == 1 and first.entity_id in agents else None


def _anti_process(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel:
    """"Y(的)抗P作用" (anti_process.py): Y ``inhibits`` P; an agent whose verb governs the phrase acts on P
    with the opposite sign ("拮抗Bcl-2抗凋亡作用": promotes apoptosis)."""
    for process, other in ((x, y), (y, x)):
        if process.label != "PATHWAY":
            continue
        for mention in (sp for sp in spans if sp.entity_id == process.entity_id):
            if anti_process.role_noun_at(text, mention.start, mention.end):
                if result.label in _DIRECTIONAL and result.agent == other.entity_id and result.cue is not None \
                        and result.cue.end <= mention.start:
                    result.label, result.agent = "associated", ""  # "increased the anti-apoptotic protein Bcl-2": acts on the protein
                    return result
                continue
            if not anti_process.anti_process_at(text, mention.start, mention.end):
                continue
            owner = anti_process.owner(text, spans, mention, _sole_opening_agent(spans))
            if owner is not None and owner.entity_id == other.entity_id:
                cue = Cue("inhibit", mention.start - 1, mention.start, "抗")
                return _finish(PairLabel("inhibits", cue=cue, agent=other.entity_id, hedged=result.hedged), text, owner.start)
            cue = result.cue
            if result.label in ("activates", "inhibits") and result.agent == other.entity_id and cue is not None \
                    and cue.end <= (owner.start if owner is not None else mention.start) \
                    and not re.search(r"[,，;；。]", text[cue.end:mention.start]):
                result.label = "inhibits" if result.label == "activates" else "activates"
                return result
    return result


def _lost_in_host(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The gene lacking in the host a read-out changed in ("BMPR signalling was markedly impaired in TAK1-deficient
    chondrocytes": relations/deficient_hosts.py) acts on the read-out with the change's sign turned (GUIDELINES 5.5).
    A gene named only inside the read-out's axis keeps the axis's lower weight (axis_members.py)."""
    for gene, readout in ((x, y), (y, x)):
        if gene.label != "GENE" or readout.label not in ("GENE", "PATHWAY"):
            continue
        hosts = [sp for sp in spans if sp.entity_id == gene.entity_id]
        reads = [sp for sp in spans if sp.entity_id == readout.entity_id]
        for host in hosts:
            for read in reads:
                found = deficient_hosts.change_in_host(text, read.start, read.end, host.start, host.end)
                if found is None:
                    continue
                sign, word, at = found
                kind = ("up" if -sign > 0 else "down") if deficient_hosts.is_level_change(word) else \
                    ("activate" if -sign > 0 else "inhibit")
                label = effect_label(-sign, kind, read, text, context.cues)
                result = _finish(PairLabel(label, cue=Cue(kind, at, at + len(word), word), agent=gene.entity_id,
                                           hedged=context.hedged), text)
                if axis_members.speaks_through_axis(spans, context.pathways, x.entity_id, y.entity_id):
                    result.weight *= axis_members.THROUGH_AXIS_FACTOR
                return result
    return None


def _own_mention(spans: list[Span], composites: list[Span], mention: Span, other: Span) -> Span:
    """The mention of ``mention``'s entity that the pair's effect is read at: the first one when it stands on its
    own, else the first later one outside every composed pathway that lists it (not ``other``). A member named inside
    an axis the agent acts on is only ``member_of`` it (axis_members.py); named again on its own it is an object of
    its own, with its own level or activity word: "同时激活抗氧化通路核因子E2相关因子2/血红素氧合酶1,诱导血红素氧合酶1基因
    的表达" (new_papers_zh ChinaXiv-201806.00141V1, gold paeoniflorin ``upregulates`` HMOX1), "activation of the
    Nrf2/HO-1 pathway and increased HO-1 expression" (the same construction in English abstracts)."""
    def inside(sp: Span) -> bool:
        return any(c.entity_id != other.entity_id and sp.entity_id in c.members and c.start <= sp.start
                   and sp.end <= c.end for c in composites)

    if not inside(mention):
        return mention
    return next((sp for sp in sorted(spans, key=lambda sp: sp.start) if sp.entity_id == mention.entity_id
                 and sp.start > mention.start and not inside(sp)), mention)


def _nearer_mentions(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The pair's nearest two mentions, when the first mentions state nothing: "AKT信号通路在HCC…
    发挥重要作用,…研究还发现PTEN能够通过调节AKT信号通路进一步调节MMP-2" — AKT's first mention opens
    the sentence, its second is PTEN's means. A relation is stated between mentions, and the
    first ones are only where the rules look first; the nearer pair is read with the same rules
    and kept only when it states a direction, a mechanism or a non-effect."""
    xs = [sp for sp in spans if sp.entity_id == x.entity_id]
    ys = [sp for sp in spans if sp.entity_id == y.entity_id]
    if len(xs) == 1 and len(ys) == 1:
        return None
    gap = lambda a, b: max(a.start, b.start) - min(a.end, b.end)  # noqa: E731
    near = min(((a, b) for a in xs for b in ys if (a, b) != (x, y) and (a.end <= b.start or b.end <= a.start)),
               key=lambda ab: gap(*ab), default=None)
    if near is None or gap(*near) >= gap(x, y):
        return None
    lo, hi = min(near[0].end, near[1].end), max(near[0].start, near[1].start)
    if any(lo <= b < hi for b in clause_breaks(text)):
        return None  # one clause only: "IL-6,…,而抑制TNF-α的表达" has its own unnamed subject
    found = _label(text, spans, near[0], near[1], context.cues, context.hedged, context.owned,
                   _context_owned_starts(text, spans, context), context)
    return found if found.label != "associated" or found.negated else None


def _treatment_read_out(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext,
                        result: PairLabel) -> PairLabel:
    """The only herb/compound of the sentence named as the treatment in an adjunct ("in
    AECM-treated cells", "after treatment with CTEP", "the treatment of TFAE could make …")
    acts on each read-out whose own phrase states a change (treatment.py): the change noun
    governing it or the predicate after its list. Asked when the grammar found no cue for the
    pair, or took the predicate of the mention before the target ("make Cyclin D1 decrease and
    p53 increase": p53's is "increase")."""
    agents = {sp.entity_id for sp in spans if sp.label in AGENT_LABELS}
    if len(agents) != 1 or result.negated:
        return result
    agent, target = (x, y) if x.label in AGENT_LABELS else (y, x)
    if agent.label not in AGENT_LABELS or target.label not in ("GENE", "PATHWAY") \
            or not (treatment.treated_with(text, agent.start, agent.end)
                    or treated_groups.treated_group(text, agent.start, agent.end)):
        return result
    change = treatment.own_change(text, target, context.cues, spans)
    if change is None:  # "Y were significantly higher in cells exposed to X" (treated_groups.py)
        change = treated_groups.predicate_change(text, treatment.list_bounds(text, target, spans)[1], agent.start)
    if change is None:  # "reduced expression of Y … after X treatment" (attributive_changes.py)
        change = attributive_changes.attributive_change(text, target, context.cues, spans)
    if change is None:
        return result
    if result.label != "associated" or result.cue is not None:
        # a directional label from a cue that is another mention's own predicate gives way to
        # the target's own, after it
        others = [sp for sp in spans if agent.end <= sp.end <= (result.cue.start if result.cue else -1)
                  and sp.entity_id not in (agent.entity_id, target.entity_id)]
        if not (result.cue is not None and change.start > target.start and result.cue.end <= target.start
                and any(treatment.own_change(text, sp, context.cues, spans) == result.cue for sp in others)):
            return result
    if roles.is_degraded(text, target.start, target.end):
        label = "downregulates" if change.sign > 0 else "upregulates"
    else:
        label = effect_label(change.sign, change.kind, target, text, context.cues)
    return _finish(PairLabel(label, cue=change, agent=agent.entity_id, hedged=context.hedged), text,
                   min(agent.start, target.start))


def _dose_read_out(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext,
                   result: PairLabel) -> PairLabel:
    """A herb/compound named by its dose in a condition adjunct ("RES浓度为200μmol/L时,FoxO1的…表达量…
    提高", "Bcl-2的mRNA表达量随着RES浓度增加…降低": dose_conditions.py), the only one of the sentence,
    acts on the read-out whose own level predicate follows, in the adjunct's clause or the next; a
    gene named by its reagent's dose ("随着EGF受体抑制剂浓度不断升高,NaPi-IIb表达水平也逐渐升高")
    acts with the reagent's sign reversed (an inhibitor's rising dose is the gene's loss, GUIDELINES
    5.5). A non-effect there ("…与对照组差异不显著") is a negated row. A label the grammar already
    gave with this agent stands."""
    if result.negated:
        return result
    for agent, target in ((x, y), (y, x)):
        adjunct = dose_conditions.dose_adjunct(text, agent.start, agent.end)
        if adjunct is None or target.label not in ("GENE", "PATHWAY"):
            continue
        if adjunct.reagent:
            if agent.label != "GENE":
                continue
        elif agent.label not in AGENT_LABELS or "treatment" in context.skip:
            continue  # (the only herb/compound of the sentence, as for a treatment adjunct)
        if result.label != "associated" and result.agent == agent.entity_id:
            return result
        return _dosed(text, spans, agent, target, adjunct, context) or result
    return result


def _dosed(text: str, spans: list[Span], agent: Span, target: Span, adjunct: dose_conditions.Adjunct,
           context: SentenceContext) -> PairLabel | None:
    """``_dose_read_out``'s reading of the target's level predicate around the adjunct."""
    lo, hi = adjunct.start, adjunct.end
    breaks = clause_breaks(text)
    clause_end = next((b for b in breaks if b >= hi + 1), len(text))
    for mention in (sp for sp in spans if sp.entity_id == target.entity_id):
        if mention.end <= lo and not any(mention.end <= b < lo for b in breaks):
            # "Y的表达量随着X浓度增加降低": the predicate after the adjunct is Y's
            cue = next((c for c in context.cues if hi <= c.start < clause_end and c.kind in ("up", "down")), None)
            if cue is not None and _LEVEL_WORD.search(text[mention.end:lo]) and _LEVEL_GAP.match(text[mention.end:lo]) \
                    and _LEVEL_GAP.match(text[hi:cue.start]):
                return _finish(PairLabel(effect_label(cue.sign * adjunct.sign, cue.kind, mention, text, context.cues),
                                         cue=cue, agent=agent.entity_id, hedged=context.hedged), text, lo)
        elif mention.start >= hi and not any(hi + 1 <= b < mention.start for b in breaks):
            # "X浓度为…时,Y的…表达量提高": the clause after the adjunct states Y's level
            cue = _level_predicate(text, mention, context.cues, breaks, spans)
            if cue is not None and cue.kind in ("up", "down"):
                return _finish(PairLabel(effect_label(cue.sign * adjunct.sign, cue.kind, mention, text, context.cues),
                                         cue=cue, agent=agent.entity_id, hedged=context.hedged), text, lo)
            own_end = next((b for b in breaks if b >= mention.end), len(text))
            denied = negation.non_effect(text, mention.end, own_end) or dose_conditions.no_difference(text, mention.end, own_end)
            if denied is not None:
                start, end_, words = denied
                return _finish(PairLabel("associated", negated=True, cue=Cue("negation", start, end_, words),
                                         agent=agent.entity_id, hedged=context.hedged), text, lo, stated=True)
    return None


def _readout_clause(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext,
                    result: PairLabel) -> PairLabel:
    """A herb/compound named in the adjunct of a passive or relative predicate after a gene's
    read-out ("… TNF-a …, which is characteristic of …, was attenuated by … atorvastatin",
    "SOD …, which were reversed on caraway supplementation") acts on it in that predicate's
    direction; the one named as the treated group of the read-out's own change ("diminished
    levels of SOD in DMH treated rats") acts in that change's (readout_clauses.py). Any of the
    pair's mentions may carry it. Asked for English pairs with no negation; it replaces a label
    whose cue stands before the target (the passive's by-phrase names its agent)."""
    if result.negated or not x.label or has_han(text):
        return result
    agent, target = (x, y) if x.label in AGENT_LABELS else (y, x)
    if agent.label not in AGENT_LABELS or target.label not in ("GENE", "PATHWAY"):
        return result
    if result.label != "associated" and result.cue is not None and result.cue.start > target.end:
        return result  # a cue after the target already states it
    agents = [sp for sp in spans if sp.entity_id == agent.entity_id]
    targets = [sp for sp in spans if sp.entity_id == target.entity_id]
    for t in targets:
        for a in agents:
            if a.start <= t.end:
                continue
            cue = readout_clauses.passive_predicate(text, spans, t, a, context.cues)
            sign = readout_clauses.passive_sign(text, spans, t, cue, context.cues) if cue is not None else 0
            if not sign:
                sign = readout_clauses.treated_group_change(text, spans, t, a, context.cues)
                cue = Cue("treated", a.start, a.end, text[a.start:a.end]) if sign else None
            if not sign:
                continue
            amount = readout_clauses.readout_is_amount(text, t, spans)
            if amount is None:
                label = effect_label(sign, cue.kind if cue.kind in EFFECT_CLASSES else "activate", t, text, context.cues)
            elif amount:
                label = "upregulates" if sign > 0 else "downregulates"
            else:
                label = "activates" if sign > 0 else "inhibits"
            return _finish(PairLabel(label, cue=cue, agent=agent.entity_id, hedged=context.hedged), text,
                           min(a.start, t.start))
    return result


def _loss_group(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """A gene named as a loss-of-function group ("in TAK1-deficient chondrocytes") acts, with the
    opposite sign, on each read-out whose own phrase states a change in that group
    (readout_clauses.loss_group_change). English; any mention of the target may carry it."""
    if has_han(text):
        return None
    for group, target in ((x, y), (y, x)):
        if group.label != "GENE" or target.label not in ("GENE", "PATHWAY"):
            continue
        for g in (sp for sp in spans if sp.entity_id == group.entity_id):
            for t in (sp for sp in spans if sp.entity_id == target.entity_id):
                sign = readout_clauses.loss_group_change(text, spans, g, t, context.cues)
                if not sign:
                    continue
                amount = readout_clauses.readout_is_amount(text, t, spans) if t.label == "GENE" else False
                if amount is None:
                    label = effect_label(sign, "activate" if sign > 0 else "inhibit", t, text, context.cues)
                elif amount:
                    label = "upregulates" if sign > 0 else "downregulates"
                else:
                    label = "activates" if sign > 0 else "inhibits"
                return _finish(PairLabel(label, cue=Cue("loss", g.start, g.end, text[g.start:g.end]), agent=g.entity_id,
                                         hedged=context.hedged), text, min(g.start, t.start))
    return None


_BY_BEFORE = lazy_re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _via_of_by_agent(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel:
    """"activation of Nrf2 by sulforaphane … depend upon Keap1": the herb/compound named as the
    by-agent between a gene and the via cue is what acts through the mediator (its own pair is
    ``via``); the gene it acts on is only associated with the mediator (GUIDELINES 2, chains
    through an undirected X)."""
    if result.label != "via" or result.cue is None or result.agent not in (x.entity_id, y.entity_id):
        return result
    agent = x if result.agent == x.entity_id else y
    if agent.label in AGENT_LABELS:
        return result
    if any(sp.label in AGENT_LABELS and agent.end <= sp.start and sp.end <= result.cue.start
           and _BY_BEFORE.search(text, max(0, sp.start - 12), sp.start) for sp in spans):
        return PairLabel("associated", weight=WEIGHTS["associated"] * (HEDGE_FACTOR if result.hedged else 1.0),
                         hedged=result.hedged)
    return result


def _pathway_regulating(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel:
    """"AKT信号通路能够通过调节MMP-9的表达…": a pathway regulating its object is ``associated`` with it, not
    acting ``via`` it (pathway_regulation.py); the weight stays, the sentence states the link."""
    if result.label != "via" or result.cue is None or result.cue.text != "通过" or result.agent not in (x.entity_id, y.entity_id):
        return result
    agent, target = (x, y) if result.agent == x.entity_id else (y, x)
    inside = any(sp.label == "PATHWAY" and sp.start <= agent.start and agent.end <= sp.end for sp in spans)
    if not (agent.label == "PATHWAY" or inside) or not (agent.end <= result.cue.start < target.start):
        return result  # (a gene inside the pathway's name speaks through it: "AKT信号通路" holds AKT)
    head = min((sp for sp in spans if sp.start >= result.cue.end), key=lambda sp: sp.start, default=None)
    if head is None or not pathway_regulation.regulated_object(text, result.cue.end, head.start) \
            or not (head.entity_id == target.entity_id or coordination.listed_after(text, spans, head, target)):
        return result
    return PairLabel("associated", hedged=result.hedged, cue=result.cue, weight=result.weight, agent=result.agent)


def _excluded_target(text: str, x: Span, y: Span, result: PairLabel) -> PairLabel:
    """A stated relation whose target a "but not" / "and not" excludes ("depend upon Keap1 and
    not p62") is negated for that target (excluded.py)."""
    if result.negated or result.label not in _DIRECTIONAL + ("via",) or result.agent not in (x.entity_id, y.entity_id):
        return result
    target = y if result.agent == x.entity_id else x
    if not excluded.excluded_conjunct(text, target.start):
        return result
    result.negated = True
    result.weight *= NEGATION_FACTOR
    return result


def _group_scope(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel:
    """A treatment group's stated effect that is not its own (relations/groups.py): a target read
    out in another group's segment, or a comparison with the normal control beside the model
    group. The pair stays a co-mention of one enumeration."""
    if result.label not in _DIRECTIONAL + ("via",) or result.agent not in (x.entity_id, y.entity_id):
        return result
    agent, target = (x, y) if result.agent == x.entity_id else (y, x)
    if agent.label not in AGENT_LABELS:
        return result
    if groups.baseline_alone(text, text[agent.start:agent.end]):  # "compared with X alone"
        return PairLabel("associated", weight=WEIGHTS["enumeration"], hedged=result.hedged)
    if not groups.is_group_label(text, agent):
        return result
    if groups.other_group_between(text, spans, agent, target) or groups.normal_baseline_beside_model(text, agent.start):
        return PairLabel("associated", weight=WEIGHTS["enumeration"], hedged=result.hedged)
    return result


_IN_A = lazy_re.compile(r"\bin\s+an?\s*$", re.IGNORECASE)
_DEPENDENT_MANNER = lazy_re.compile(r"^\s*-?\s*dependent\s+(?:manner|fashion|way)\b", re.IGNORECASE)


def _dependent_event(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel | None:
    """The only herb/compound of the sentence acts through the gene named as what a later event depends on
    ("following etoposide treatment … cells undergo a p53-dependent upregulation of OCT4A": ``via``,
    relations/dependent_events.py), replacing an unsigned row or a sign read from the event's own verb."""
    if result.negated or result.label not in _DIRECTIONAL + ("associated",):
        return None
    agent, gene = (x, y) if x.label in AGENT_LABELS else (y, x)
    if agent.label not in AGENT_LABELS or gene.label != "GENE" or result.agent not in ("", agent.entity_id):
        return None
    if len({sp.entity_id for sp in spans if sp.label in AGENT_LABELS}) != 1:
        return None
    if not (dependent_events.agent_before(text, agent.end, gene.start)
            and dependent_events.dependent_event(text, gene.start, gene.end)):
        return None
    return _finish(PairLabel("via", cue=Cue("via", gene.end, gene.end, "dependent"), agent=agent.entity_id,
                             hedged=result.hedged), text, agent.end)


def _dependent_manner(text: str, spans: list[Span], x: Span, y: Span, result: PairLabel) -> PairLabel:
    """"Arsenic … activating the Nrf2-Keap1 pathway in a p62-dependent manner": the agent acts
    through the gene named as what its effect depends on (``via``), whatever the verb before."""
    if "dependent" in text and (attributive := _dependent_event(text, spans, x, y, result)) is not None:
        return attributive  # "cells undergo a p53-dependent upregulation of OCT4A" after etoposide treatment
    if result.label not in _DIRECTIONAL or result.agent not in (x.entity_id, y.entity_id):
        return result
    agent, target = (x, y) if result.agent == x.entity_id else (y, x)
    if agent.label not in AGENT_LABELS or target.label != "GENE":
        return result
    if not (_IN_A.search(text[max(0, target.start - 8):target.start]) and _DEPENDENT_MANNER.match(text[target.end:target.end + 24])):
        return result
    return _finish(PairLabel("via", cue=Cue("via", target.end, target.end, "dependent"), agent=agent.entity_id,
                             hedged=result.hedged), text, agent.end)


def _conjunct_agent(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """An agent coordinated with another ("activation of Nrf2 by sulforaphane and
    tert-butylhydroquinone", "norepinephrine and/or epinephrine-induced increase of IL-6") gets
    the label its conjunct has with the same partner, when the sentence types that pair with the
    conjunct as agent (coordination.conjunct_before, conjunct_after). The standard of an equality comparison
    after the predicate ("Cotinine also increased the phosphorylation of ERK 1/2 in a similar fashion as
    nicotine") shares it likewise (comparators.py)."""
    for agent, other in ((x, y), (y, x)):
        if agent.label not in AGENT_LABELS or other.label in AGENT_LABELS:
            continue
        for sibling in (coordination.conjunct_before(text, spans, agent, AGENT_LABELS),
                        coordination.conjunct_after(text, spans, agent, AGENT_LABELS),
                        comparators.compared_subject(text, spans, agent, AGENT_LABELS)):
            if sibling is None or sibling.entity_id == other.entity_id:
                continue
            shared = label_pair(text, spans, sibling.entity_id, other.entity_id, context=context, conjuncts=False)
            if shared.label in _DIRECTIONAL and shared.agent == sibling.entity_id:
                return PairLabel(shared.label, negated=shared.negated, hedged=shared.hedged, cue=shared.cue,
                                 weight=shared.weight, agent=agent.entity_id, weight_factor=shared.weight_factor)
    return None


# a level noun as the cue or right after the caspase: the text reads its amount ("the up-regulation of …
# cleaved Caspase3", PMID23313376's gold ``upregulates``), whatever the cleavage
_LEVEL_NOUN = lazy_re.compile(r"\s*(?:蛋白)?(?:的)?\s*(?:[\w\-]*regulat\w*|express\w*|levels?|amount|表达|水平|含量|上调|下调)", re.IGNORECASE)


def _cleavage_readout(text: str, x: Span, y: Span, result: PairLabel) -> PairLabel:
    """A direction given to a cleaved substrate ("enhanced the cleavages of PARP") becomes a
    stated relation without one (cleavage.py): ``associated``, weighted as a stated effect."""
    if result.label not in _DIRECTIONAL or result.agent not in (x.entity_id, y.entity_id):
        return result
    target = y if result.agent == x.entity_id else x
    if target.label == "GENE" and result.label in ("upregulates", "downregulates") \
            and cleavage.cleaved_zymogen(text, target.start, target.end) \
            and not (result.cue is not None and _LEVEL_NOUN.search(result.cue.text)) \
            and not _LEVEL_NOUN.match(text, target.end, target.end + 16):
        result.label = "activates" if result.label == "upregulates" else "inhibits"  # "cleaved caspase-3 increased"
        return result
    agent = x if target is y else y
    if agent.label == "GENE" and ratio.ratio_denominator(text, agent.start, agent.end):
        # a ratio's second term read as the agent of the ratio's change ("The ratio of RANKL to OPG was significantly
        # increased in Col1a1-Cnn1 osteoblasts", validation40_en PMID23044709, gold CNN1–TNFRSF11B ``associated``):
        # it is a read-out the sentence gives no direction, and acts on nothing (ratio.py)
        result.weight *= WEIGHTS["effect"] / WEIGHTS[result.label]
        result.label, result.agent = "associated", ""
        return result
    if target.label != "GENE" or not (cleavage.cleaved_substrate(text, target.start, target.end)
                                      or ratio.undirected_term(text, target.start, target.end)):
        return result  # ("Bax-to-Bcl-2 ratio", "imbalance between MMP-2 and TIMP-2": ratio.py)
    result.weight *= WEIGHTS["effect"] / WEIGHTS[result.label]
    result.label = "associated"
    return result


def _process_effect(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """"X prevents the apoptosis effects of Y" (relations/role_of.py): Y ``activates`` the process;
    X acts on Y's effect, not on Y (antagonism, GUIDELINES 5.7). X–process is typed as usual."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    if first.label == "PATHWAY":
        sign = role_of.process_effect_of(text, first.start, first.end, second.start)
        if sign:
            cue = Cue("activate" if sign > 0 else "inhibit", first.end, second.start, text[first.end:second.start].strip())
            return PairLabel("activates" if sign > 0 else "inhibits", cue=cue, agent=second.entity_id, hedged=hedged,
                             weight=WEIGHTS["activates"] * (HEDGE_FACTOR if hedged else 1.0))
    if any(sp.label == "PATHWAY" and first.end <= sp.start and sp.entity_id not in (x.entity_id, y.entity_id)
           and role_of.process_effect_of(text, sp.start, sp.end, second.start) for sp in spans):
        return PairLabel("associated", weight=WEIGHTS["antagonism"], hedged=hedged)
    return None


def _synthesised_product(text: str, x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """The enzyme ``upregulates`` the compound it is stated to make: "tph1, the rate limiting enzyme for the
    production of serotonin", "PEMT catalyzes phosphatidylcholine synthesis", "the prostaglandins produced by COX-2"
    (relations/biosynthesis.py; GUIDELINES 5.15). The precursor of a conversion stays ``associated``."""
    if {x.label, y.label} != {"GENE", "COMPOUND"}:
        return None
    enzyme, product = (x, y) if x.label == "GENE" else (y, x)
    if not biosynthesis.product_of(text, enzyme.start, enzyme.end, product.start, product.end):
        return None
    lo, hi = min(enzyme.end, product.end), max(enzyme.start, product.start)  # the words between them
    return PairLabel("upregulates", cue=Cue("up", lo, hi, text[lo:hi].strip()),
                     weight=WEIGHTS["upregulates"] * (HEDGE_FACTOR if hedged else 1.0), agent=enzyme.entity_id,
                     hedged=hedged)


def _mediated(text: str, x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """X ``via`` Y for "role of Y in X-induced …" and its Chinese form (relations/role_of.py)."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    if cue_scope.is_aim(text, first.start):  # "目的 探讨Y在X改善…中的作用": an aim states nothing
        return None
    found = role_of.mediator_agent(text, first.start, first.end, second.start, second.end) or \
        mediated_events.mediator_agent(text, first.start, first.end, second.start, second.end)  # title forms
    if found is None:
        return None
    which, start, end = found
    agent = first if which == "first" else second
    return PairLabel("via", cue=Cue("via", start, end, text[start:end].strip()),
                     weight=WEIGHTS["via"] * (HEDGE_FACTOR if hedged else 1.0), agent=agent.entity_id, hedged=hedged)


def _zh_passive(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The agent of a Chinese 受(到) passive named with its own effect noun (zh_passive_agents.py): "Y的表达受到X的正调控"
    gives X upregulates Y; two agents of one passive are co-agents, ``associated``."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    if zh_passive_agents.co_agents(text, spans, first.start, first.end, second.start, second.end, context.cues):
        return PairLabel("associated", weight=WEIGHTS["enumeration"] * (HEDGE_FACTOR if context.hedged else 1.0),
                         hedged=context.hedged)
    found = zh_passive_agents.passive_agent(text, spans, first.start, first.end, second.start, second.end, context.cues)
    if found is None:
        return None
    cue, level = found
    kind = ("up" if cue.sign > 0 else "down") if level else cue.kind
    return _finish(PairLabel(effect_label(cue.sign, kind, first, text, context.cues), cue=cue, agent=second.entity_id,
                             hedged=context.hedged), text, first.start)


def _zh_passive_anywhere(text: str, spans: list[Span], x_id: str, y_id: str, context: SentenceContext) -> PairLabel | None:
    """``_zh_passive`` at any mentions of the two entities, target first: a review names its genes early and states the
    passive later ("可抑制瘦素和抵抗素的分泌…,而瘦素和抵抗素的基因表达都受到C/EBPα的正调控", validation44_zh
    ChinaXiv-201711.00914V1)."""
    for target in spans:
        if target.entity_id not in (x_id, y_id):
            continue
        other = y_id if target.entity_id == x_id else x_id
        for agent in spans:
            if agent.entity_id == other and agent.start >= target.end:
                found = _zh_passive(text, spans, target, agent, context)
                if found is not None and found.label != "associated":
                    return found
    return None


_MAX_RESTATED = 6
_DIRECTIONAL = ("upregulates", "downregulates", "activates", "inhibits")


def _restated(text: str, spans: list[Span], x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """The pair typed on a later mention of either entity, when the first mentions state
    nothing: "与Control组相比,Model组Frizzled-7的表达下降,相对Model组,KA组Frizzled-7的表达
    增加" — the finding about KA is made on the second Frizzled-7. Mention pairs are tried in
    text order; the first that a cue or a stated non-effect types wins."""
    if (x.label in AGENT_LABELS) == (y.label in AGENT_LABELS):
        return None  # a herb/compound's finding on a gene/pathway (between two genes the later
        # mention is as often another statement: "TNF-α介导…IL-6…,而抑制TNF-α的表达…")
    xs = [s for s in spans if s.entity_id == x.entity_id]
    ys = [s for s in spans if s.entity_id == y.entity_id]
    if len(xs) + len(ys) <= 2:
        return None
    free = lambda m: not roles.in_role_descriptor(text, m.start, m.end)  # "抗凋亡蛋白": a role, not a process
    breaks = clause_breaks(text)
    near = lambda a, b: sum(min(a.end, b.end) <= k < max(a.start, b.start) for k in breaks) <= 1  # one statement
    combos = sorted(((a, b) for a in xs for b in ys if (a, b) != (x, y) and free(a) and free(b) and near(a, b)),
                    key=lambda ab: (max(ab[0].start, ab[1].start), min(ab[0].start, ab[1].start)))
    for a, b in combos[:_MAX_RESTATED]:
        found = _label(text, spans, a, b, context.cues, context.hedged, context.owned,
                       _context_owned_starts(text, spans, context), context)
        if found.label in _DIRECTIONAL and found.cue is not None and ("while" in text or "whereas" in text):
            agent = a if found.agent == a.entity_id else b
            if passive_subjects.own_contrast_clause(text, agent.end, found.cue.start, found.cue.end):
                continue  # "BDNF was reduced in Dox-treated …, whereas BDNF … were up-regulated after BDNF administration"
        if found.label in _DIRECTIONAL or found.negated:
            return found
    return None


# the member may carry its symbol in brackets or be that symbol ("TGFbeta activated kinase 1 (TAK1), a
# member of the MAPKKK family", validation PMID19536134 gold: MAP3K7 member_of FPLX:MAP3K)
_MEMBER_BEFORE = lazy_re.compile(r"^\s*(?:蛋白|基因|家族)?\s*(?:作为|是|属于|为|[：:])\s*$|^\s*(?:\([^()]{1,20}\)|\))?\s*(?:is|was|as|,)\s+(?:a|one|an)\s+(?:\w+\s+)?(?:member|"
                                 r"component|subunit)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# English: the member noun itself states the part ("b-Catenin is a critical component of canonical Wnt signaling",
# validation39_en PMID24632946, gold ``member_of``): up to two adjectives before the noun, a variant word of the
# pathway after "of"; the whole is a pathway or a FamPlex family/complex, so no "family" word needs to follow it
_EN_MEMBER_BEFORE = lazy_re.compile(r"^\s*(?:\([^()]{1,20}\)|\))?\s*,?\s*(?:is|was|are|were|as|,)\s+(?:a|one|an|the)\s+"
                                    r"(?:(?!of\b)[\w\-]+\s+){0,2}(?:member|component|constituent|subunit)s?\s+of\s+(?:the\s+)?"
                                    r"(?:(?:canonical|non-?canonical|classical|classic|intracellular|cellular)\s+)?"
                                    # a process coordinated before the whole ("AMPK, a key component of metabolic stress
                                    # and autophagy regulation", validation_en PMID26102294, gold member_of Autophagy)
                                    r"(?:(?:(?!(?:and|or|of)\b)[a-z\-]+\s+){1,3}(?:and|or)\s+)?$", re.IGNORECASE)

_MEMBER_AFTER = lazy_re.compile(r"^\s*(?:蛋白|基因)?(?:超)?(?:家族|通路|信号通路|复合物)?的?(?:家族)?(?:成员|组分|亚基|一员)|^\s*(?:family|pathway|complex)\b"
                                # "BMP为TGF-β信号通路中上游的转化因子", "Smads蛋白是TGF-β信号通路的关键下游信号传导分子",
                                # "TGF-β1/Smads是TGF-β信号通路的一个分支": a part of the pathway, named by its place in it
                                r"|^\s*(?:信号)?(?:通路|途径)?(?:中|的)(?:(?!调控|调节|靶|抑制|激活|拮抗)[^，。；,;]){0,10}?"
                                r"(?:因子|分子|蛋白|成分|组分|分支|成员|组成部分)",
                                re.IGNORECASE)


def _acts_on_readout(text: str, cues: list[Cue], first: Span, second: Span) -> bool:
    """The second compound is a read-out the first changes: an effect cue stands between them and
    the compound is named as released, made or measured ("丁酸…通过增加肠道内5-HT水平", "TZDs
    inhibited estradiol production"), the cue in the read-out's own clause. Not a dose ("在有PM2.5干预细胞时,
    随着芍药苷浓度的增加": no cue governs it there)."""
    if second.label != "COMPOUND" or not roles.is_readout(text, second.start, second.end):
        return False
    lo = max(first.end, _clause_start(text, second.start))  # within the read-out's clause
    return any(c.kind in EFFECT_CLASSES and lo <= c.start < second.start for c in cues)


# "MAPKs家族由ERK、p38和JNK组成", "the MAPK family comprises ERK, JNK and p38": the family, then its
# members listed (GUIDELINES: a stated family membership is member_of, as "p38是MAPK的家族成员之一").
_FAMILY_LISTS = lazy_re.compile(r"^s?\s*(?:超|亚)?(?:家族|family|superfamily|subfamily)\s*(?:成员|members?)?\s*(?:主要)?"
                                r"(?:由|包括|包含|consists?\s+of|comprises?|includes?|(?:is|are)\s+composed\s+of"
                                # "NF-κB家族有5个相关的转录因子,分别是p50、p52、p65、RelB和c-Rel": counted, then listed
                                r"|(?:共|主要)?有\s*[\d一二三四五六七八九十]+\s*(?:个|种|类)[^，。；,;]{0,12}?[,，]?\s*(?:分别是|分别为|即|包括))",
                                re.IGNORECASE)
_LIST_BREAK = lazy_re.compile(r"[。；;:：]|(?<![A-Za-z])(?:which|that|而|但|可|能|通过)")


def _stated_member(text: str, spans: list[Span], part: Span, whole: Span, skip: frozenset[str] = frozenset()) -> bool:
    """A membership the sentence states: the member first ("p38是MAPK的家族成员之一", "X, a member of
    the Y family", the glossary line "p38：丝裂原活化蛋白激酶家族的一员") or the family first, listing its
    members ("MAPKs家族由ERK、p38和JNK组成", "MAPK（p38、ERK和JNK）"; counted after the family as topic,
    "FoxO是…,其…由4个基因编码组成:FoxO1、…": counted_members.py), or a process framing its parts
    ("在…凋亡途径中,caspase3/7是其主要的组成部分", frame_members.py). ``skip``: the sentence's ``_membership_skips``."""
    if part.label in AGENT_LABELS or whole.label in AGENT_LABELS:
        return False  # "黄芩素作为黄芩的重要活性成分": a constituent (contains), no member
    if part.end <= whole.start:
        gap = text[part.end:whole.start]
        return "member_after" not in skip and (bool(_MEMBER_BEFORE.search(gap) and _MEMBER_AFTER.match(text[whole.end:whole.end + 16]))
                                               or _english_member(text, gap, whole))
    return whole.end <= part.start and "member_lists" not in skip and part.label == "GENE" and whole.label in ("GENE", "PATHWAY") \
        and (_family_lists(text, whole.end, part.start, whole.entity_id.startswith("FPLX:"))
             or whole.entity_id.startswith("FPLX:") and _family_mention_states_part(text, spans, whole, part)
             or bracketed_member_pair(text, spans, whole.entity_id, part.entity_id)
             or whole.label == "PATHWAY" and "在" in text and _framed_part(text, spans, part, whole)
             or whole.entity_id.startswith("FPLX:") and whole.label == "GENE"
             and counted_members.counted_member(text, whole.start, whole.end, part.start, part.end))


def _member_label(part: Span, whole: Span, hedged: bool) -> PairLabel:
    """``member_of``, the part the agent, its cue at the whole's end (where the membership is stated)."""
    return PairLabel("member_of", cue=Cue("member", whole.end, whole.end, ""), weight=WEIGHTS["member_of"],
                     agent=part.entity_id, hedged=hedged)


def _membership_anywhere(text: str, spans: list[Span], x: Span, y: Span, skip: frozenset[str],
                         context: SentenceContext) -> tuple[Span, Span] | None:
    """(part, whole) mentions at which the sentence states a gene's membership of a family, complex or pathway, read
    at every pair of the two entities' mentions (the first pair is ``_stated_member``'s): the member-first rules
    of ``_stated_member`` and the wider copulas and lists of member_statements.py."""
    for pid, wid in ((x.entity_id, y.entity_id), (y.entity_id, x.entity_id)):
        parts = [sp for sp in spans if sp.entity_id == pid]
        wholes = [sp for sp in spans if sp.entity_id == wid]
        if not parts or not wholes or parts[0].label != "GENE" or \
                not (wholes[0].label == "PATHWAY" or wid.startswith("FPLX:")):
            continue
        for part in parts:
            if member_statements.named_apart(text, part.start, part.end):
                continue  # "Jun-氨基末端激酶": a word of JNK's name; "除了BMP-1": the exception
            for whole in wholes:
                if part.start < whole.end and whole.start < part.end:
                    continue  # one inside the other
                if (part is x or part is y) and (whole is x or whole is y):
                    pass  # the first mentions: ``_stated_member`` asked already; the wider rules are asked here
                elif _stated_member(text, spans, part, whole, skip):
                    return part, whole
                if part.end <= whole.start:
                    if whole.start - part.end <= 150 and member_statements.member_first(
                            _between(text, part, whole, spans, context), text[whole.end:whole.end + 100],
                            whole.label == "PATHWAY"):
                        return part, whole
                elif part.start - whole.end <= 200:
                    gap = _between(text, whole, part, spans, context)
                    if whole.label == "PATHWAY" and member_statements.pathway_part(text, whole.start, gap) or \
                            wid.startswith("FPLX:") and member_statements.counted_parts(gap):
                        return part, whole
    return None


def _enclosed(mention: Span, spans: list[Span]) -> bool:
    """Is ``mention`` inside a longer mention of another entity (a member inside its composed pathway)?"""
    return any(sp.entity_id != mention.entity_id and sp.start <= mention.start and mention.end <= sp.end
               and sp.end - sp.start > mention.end - mention.start for sp in spans)


def _role_premodifier(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """The pair named as "<Y>(的)<role noun><X>" (role_premodifiers.py): X, a gene or compound, acts on Y as the noun
    says. The noun is a descriptor, not the sentence's predicate: a negation of the sentence's verb does not reach it."""
    for target_id, agent_id in ((x.entity_id, y.entity_id), (y.entity_id, x.entity_id)):
        for target in (sp for sp in spans if sp.entity_id == target_id and sp.label in ("GENE", "PATHWAY")
                       and not _enclosed(sp, spans)):  # "Wnt/β catenin信号…": the axis is the object, not β-catenin
            for agent in (sp for sp in spans if sp.entity_id == agent_id and sp.label in ("GENE", "COMPOUND")
                          and target.end <= sp.start <= target.end + 80):
                found = role_premodifiers.role_before(text[target.end:agent.start])
                if found is None:
                    continue
                sign, start, end = found
                label = "activates" if sign > 0 else "inhibits"
                cue = Cue("activate" if sign > 0 else "inhibit", target.end + start, target.end + end,
                          text[target.end + start:target.end + end])
                return PairLabel(label, hedged=hedged, cue=cue, agent=agent_id,
                                 weight=WEIGHTS[label] * (HEDGE_FACTOR if hedged else 1.0))
    return None


def _english_member(text: str, gap: str, whole: Span) -> bool:
    """The English form of a stated membership with the member first, "X is a (key) component of (canonical) Y
    signaling", for a pathway or FamPlex whole (``_EN_MEMBER_BEFORE``)."""
    return (whole.label == "PATHWAY" or whole.entity_id.startswith("FPLX:")) and bool(_EN_MEMBER_BEFORE.match(gap))


def _framed_part(text: str, spans: list[Span], part: Span, whole: Span) -> bool:
    """Is a mention of ``part`` named as a part of the process ``whole`` inside the frame "在 <whole> 中"
    opened by one of its mentions ("在…凋亡途径中,caspase3/7是其主要的组成部分": frame_members.py)?"""
    return any(frame_members.framed_part(text, w.start, w.end, p.end, _between(text, w, p, spans))
               for w in spans if w.entity_id == whole.entity_id and "在" in text[max(0, w.start - 24):w.start]
               for p in spans if p.entity_id == part.entity_id and w.end <= p.start)


def _only_superfamily(text: str, spans: list[Span], entity_id: str) -> bool:
    """Does every mention of ``entity_id`` in the sentence only qualify a superfamily ("TGF-β超家族成员":
    frame_members.py, GUIDELINES 5.16)?"""
    own = [s for s in spans if s.entity_id == entity_id]
    return bool(own) and all(frame_members.names_superfamily(text, s.end) for s in own)


# "MAPK（p38、ERK和JNK）": a family, then its members listed in brackets right after it (an apposition
# of the members, as "the MAPKs (ERK, JNK and p38)"). The brackets hold names and separators only: "tissue
# inhibitors of MMP (TIMP-1 and -2)" (the phrase's head is inhibitors) and "LC3I(与actin的比值)" (a ratio)
# are no lists of the family's members
_BRACKET_LIST = lazy_re.compile(r"\s*[（(]([^()（）]{3,80})[)）]")
# (a list opener may lead: "MMPs (e.g., MMP-2 and MMP-9)", validation_en PMID26707750; "MAPK（如p38、ERK）")
_SEPARATORS_ONLY = lazy_re.compile(r"\s*(?:e\.\s?g\.|i\.\s?e\.|such\s+as|including|如|包括)?(?:[\s、,，/]|和|及|以及|与|或|and\b|or\b)*",
                                   re.IGNORECASE)


def bracketed_member_pair(text: str, spans: list[Span], a_id: str, b_id: str) -> bool:
    """Is one of the two entities a family whose members, the other among them, are listed in
    brackets right after it ("MAPK（p38、ERK和JNK）")? Such a pair is stated, though its names stand in
    one coordination with the other list items (pairs.py skips the items of one list otherwise)."""
    for whole_id, part_id in ((a_id, b_id), (b_id, a_id)):
        for whole in (sp for sp in spans if sp.entity_id == whole_id):
            for part in (sp for sp in spans if sp.entity_id == part_id):
                if _bracketed_members(text, spans, whole, part):
                    return True
    return False


def _bracketed_members(text: str, spans: list[Span], whole: Span, part: Span) -> bool:
    """Is ``part`` one of two or more gene names that alone (with separators) fill the brackets right
    after the family mention ``whole``?"""
    if not whole.entity_id.startswith("FPLX:") or part.label != "GENE":
        return False
    found = _BRACKET_LIST.match(text, whole.end)
    if found is None or not (found.start(1) <= part.start and part.end <= found.end(1)):
        return False
    inside = sorted((sp for sp in spans if found.start(1) <= sp.start and sp.end <= found.end(1)),
                    key=lambda sp: sp.start)
    if len(inside) < 2 or any(sp.label != "GENE" for sp in inside):
        return False
    rest, pos = [], found.start(1)
    for sp in inside:
        if sp.start >= pos:
            rest.append(text[pos:sp.start])
            pos = sp.end
    rest.append(text[pos:found.end(1)])
    return _SEPARATORS_ONLY.fullmatch("".join(rest)) is not None


# "TLRs家族中的TLR1、TLR2、TLR4、TLR5和TLR6表达定位与质膜上" (validation40_zh ChinaXiv-201712.01090V1), "NLR家族成员
# NLRP1、NLRP3和NLRC4可以组装…", "整合素家族成员 CD29" (GUIDELINES 5.15): the family noun with 中的 / 成员 names the
# genes right after it as its members, no verb between (GUIDELINES 5.15/5.16, stated membership). Not a superfamily
# (frame_members.py), not "家族成员之一" (the member named before: ``_MEMBER_AFTER``); the gap to the member holds
# names and separators only, so a verb ("MyoD家族成员结合形成复合体") or a clause ends the list.
_FAMILY_NAMES = lazy_re.compile(r"s?\s*(?<!超)(?<!亚)(?:家族|family)\s*(?:中的?|成员(?:中的?)?|members?)\s*(?:[,，]\s*)?"
                                r"(?:如|包括|例如|including|such\s+as)?\s*(?=[A-Za-z0-9αβγδκ])", re.IGNORECASE)
# English: the family (its genes or proteins), then a list opener and the members ("The expression of bone
# morphogenetic protein (Bmp) genes, such as Bmp4 and Bmp7, was also … induced", validation39_en PMID24632946, gold
# each ``member_of`` BMP; "among the BMPs, A, B and C", GUIDELINES 5.16). Between the opener and the member only
# one-word names and separators: English words are letters, so the Chinese rule's plain list would run on into the
# clause ("…, was also ectopically induced in … the b-catenin GOF mutants")
_EN_FAMILY_EXAMPLES = lazy_re.compile(r"s?\s*(?:\([^()]{1,15}\)\s*)?(?:(?:genes?|proteins?|isoforms?|family\s+members?)\s*)?,?\s*"
                                      r"(?:such\s+as|including|e\.\s?g\.\s*,?)\s*", re.IGNORECASE)
_EN_NAME_LIST = lazy_re.compile(r"(?:[\w\-/αβγδκ]+(?:\s*\([^()]{1,15}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*")
# "STAT主要包括 STAT1、2、3、4、5A、5B 和6 等成员" (ChinaXiv-201711.01377V1; validation45_zh gold: each member_of STAT):
# a FamPlex family, then "(主要)包括/包含" and a plain list of names that the list itself closes as "等成员" — the family
# word 家族 left out, the membership stated by 成员 (GUIDELINES: a stated family membership is member_of)
_MEMBERS_INCLUDED = lazy_re.compile(r"s?\s*(?:主要)?(?:包括|包含)\s*")


def _family_mention_states_part(text: str, spans: list[Span], whole: Span, part: Span) -> bool:
    """Does any mention of the family ``whole`` before ``part`` state it a member: "TSC1-TSC2 复合物中的 TSC2"
    (ChinaXiv-201711.01011V1, gold member_of: a part named inside its complex), or a list the family opens
    ("STATs主要包括 … 等成员") — from whichever mention of the family opens it, not always its first
    ("信号传导及转录激活因子（STAT）…，STATs主要包括…")?"""
    return any(_COMPLEX_PART.fullmatch(text, w.end, part.start) or _members_included(text, w.end, part.start)
               for w in spans if w.entity_id == whole.entity_id and w.end <= part.start)


def _members_included(text: str, whole_end: int, part_start: int) -> bool:
    """Does a family's mention ending at ``whole_end`` open a list "(主要)包括 …" holding the name at ``part_start``,
    closed as "等成员" ("STAT主要包括 STAT1、2、3、4、5A、5B 和6 等成员")?"""
    included = _MEMBERS_INCLUDED.match(text, whole_end, part_start)
    return included is not None and _MEMBER_RUN.fullmatch(text, included.end(), part_start) is not None \
        and _MEMBERS_CLOSED.match(text, part_start) is not None


_COMPLEX_PART = lazy_re.compile(r"\s*(?:复合物|复合体)\s*中的?\s*")
_MEMBER_RUN = lazy_re.compile(r"(?:[\s、,，/\-~～\\A-Za-z0-9αβγδκ]|和|及|与|或)*")  # names, numbers and ranges ("STAT1~4")
_MEMBERS_CLOSED = lazy_re.compile(r"[^。；;，,:：]{0,40}?等\s*(?:[\d一二三四五六七八九十]+\s*[个种])?(?:家族)?成员")
_PLAIN_LIST = lazy_re.compile(r"(?:[\s、,，/\-()（）A-Za-z0-9αβγδκ]|和|及|与|以及|或)*")


def _family_lists(text: str, whole_end: int, part_start: int, family: bool = True) -> bool:
    """A family name followed by a list-introducing verb, with the member inside that list (no
    clause of its own between them); or, when the name is read as a family (``family``: a FamPlex id), by 中的 /
    成员 and a plain list of names (``_FAMILY_NAMES``; "Bcl-2家族成员Bax和Bak" names the gene BCL2's family, not BCL2)."""
    if part_start - whole_end > 120:
        return False
    gap = text[whole_end:part_start]
    opening = _FAMILY_LISTS.match(gap)
    if opening is not None:
        return not _LIST_BREAK.search(text, whole_end + opening.end(), part_start)
    if not family:
        return False
    named = _FAMILY_NAMES.match(text, whole_end)  # (its lookahead reads the first name: past the gap for the first)
    if named is not None and named.end() <= part_start and _PLAIN_LIST.fullmatch(text, named.end(), part_start) is not None:
        return True
    examples = _EN_FAMILY_EXAMPLES.match(text, whole_end)
    return examples is not None and examples.end() <= part_start \
        and _EN_NAME_LIST.fullmatch(text, examples.end(), part_start) is not None


_APOPTOSIS_WORD = lazy_re.compile(r"凋亡|apopto", re.IGNORECASE)


def _process_member(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """A gene listed as one of a process's or pathway's "-related proteins" is its ``member_of``
    (process_members.py: "凋亡相关蛋白Bcl-2、Bax", and "Wnt信号通路相关基因β-catenin、E-cadherin" in the
    zh gold); the process named only as that noun's modifier is no one's target."""
    for gene, process in ((x, y), (y, x)):
        if gene.label != "GENE" or process.label != "PATHWAY" or process.members:
            continue
        for p in (s for s in spans if s.entity_id == process.entity_id):
            end = process_members.related_noun_end(text, p.end)
            if end is None:
                continue
            for g in (s for s in spans if s.entity_id == gene.entity_id and s.start >= end):
                gap = _between(text, Span(end, end, "", ""), g, spans) if g.start > end else ""
                if process_members.listed_member(text, p.end, g.start, gap):
                    return PairLabel("member_of", cue=Cue("member", p.start, end, text[p.start:end]),
                                     weight=WEIGHTS["member_of"], agent=gene.entity_id, hedged=hedged)
        for g in (s for s in spans if s.entity_id == gene.entity_id):  # "AMBRA1:自噬相关基因", "P62可作为自噬的标志物"
            for p in (s for s in spans if s.entity_id == process.entity_id and s.start >= g.end):
                if process_members.named_before(text, g.end, p.start, p.end, _between(text, g, p, spans)):
                    return PairLabel("member_of", cue=Cue("member", p.start, p.end, text[p.start:p.end]),
                                     weight=WEIGHTS["member_of"], agent=gene.entity_id, hedged=hedged)
    for process, other in ((x, y), (y, x)):
        if process.label == "PATHWAY" and not process.members and other.start < process.start and \
                all(process_members.related_noun_end(text, s.end) is not None
                    for s in spans if s.entity_id == process.entity_id):
            # "PTE … leading to the up-regulation of apoptosis pathway-related proteins": the
            # proteins are changed, the process is only their name
            return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    return None


# a gene followed by 相关 modifies a longer name: "促凋亡蛋白Bcl-2相关X蛋白（Bax）" (sample ChinaXiv-201711.00904V1, also
# its table row cut by numbers "促凋亡蛋白Bcl-2相关 1.03±0.04 …X蛋白Bax"), "前凋亡蛋白如Bcl-2相关死亡启动蛋白(Bad)"
# (validation_zh ChinaXiv-201712.00947V1): the descriptor before it is the named protein's role
_NAME_MODIFIER_AFTER = lazy_re.compile(r"\s*相关")


def _described_role(text: str, spans: list[Span], x: Span, y: Span, hedged: bool) -> PairLabel | None:
    """"抗凋亡蛋白Bcl-2", "促凋亡蛋白Bax": a gene introduced by its role in apoptosis inhibits /
    activates the apoptosis named in the sentence (roles.role_descriptor; GUIDELINES 5.11)."""
    for gene, process in ((x, y), (y, x)):
        if gene.label != "GENE" or process.label != "PATHWAY":
            continue
        named = [s for s in spans if s.entity_id == process.entity_id and _APOPTOSIS_WORD.search(text[s.start:s.end])]
        if not named:
            continue
        for mention in (s for s in spans if s.entity_id == gene.entity_id):
            if _NAME_MODIFIER_AFTER.match(text, mention.end):
                continue  # "促凋亡蛋白Bcl-2相关X蛋白": the role is the whole name's (BAX), not its modifier's
            lo = max(0, mention.start - 24)
            found = roles.role_descriptor_at(text[lo:mention.start])
            if found is not None:
                sign, start = found[0], lo + found[1]
                cue = Cue("activate" if sign > 0 else "inhibit", start, mention.start, text[start:mention.start].strip())
                return _finish(PairLabel("activates" if sign > 0 else "inhibits", cue=cue, agent=gene.entity_id,
                                         hedged=hedged), text, mention.start)
    return None


_BINDING_WORD = lazy_re.compile(r"结合|相互作用|互作|复合|二聚|binding|interaction|association", re.IGNORECASE)
_BINDING_WORDS = ("结合", "互作", "复合", "二聚", "binding", "interaction", "association")  # text/word_gate.py


def _blocked_binding(text: str, spans: list[Span], x: Span, y: Span, hedged: bool,
                     context: SentenceContext) -> PairLabel | None:
    """A blocked binding (binding.py): the agent before the verb ``inhibits`` the binder and states
    nothing about the partner; binder and partner are ``associated``. The sentence's bindings are
    read once, on its first pair."""
    if context.bindings is None:
        worded = may_hold(text, _BINDING_WORDS) and _BINDING_WORD.search(text)
        context.bindings = binding.blocked_bindings(text, spans) if worded else []
    found = context.bindings
    if not found:
        return None
    ids = {x.entity_id, y.entity_id}
    for verb, binder, partner in found:
        if ids == {binder, partner}:  # a stated binding, without a direction: weighed as a stated effect
            return PairLabel("associated", weight=WEIGHTS["effect"] * (HEDGE_FACTOR if hedged else 1.0), hedged=hedged)
    breaks = clause_breaks(text)
    for verb, binder, partner in found:
        for agent, other in ((x, y), (y, x)):
            if agent.start >= verb or agent.entity_id in (binder, partner) or other.entity_id not in (binder, partner):
                continue
            if _break_in(breaks, agent.end, verb):
                # an earlier clause's mention is no subject of the blocking verb: "下调…SIRT1会提高FXR的乙酰化作用,从而抑制
                # FXR与视黄醇类X受体α异二聚体化" (validation45_zh ChinaXiv-201711.01011V1) chains SIRT1's loss to the
                # blocking; the other rules read that pair
                continue
            if other.entity_id == binder:
                cue = Cue("inhibit", verb, verb + 2, text[verb:verb + 2])
                return _finish(PairLabel("inhibits", cue=cue, agent=agent.entity_id, hedged=hedged), text, agent.end)
            if not any(b == other.entity_id for _, b, _ in found):
                return PairLabel("associated", weight=WEIGHTS["antagonism"], hedged=hedged)
    return None


def _reagent_or_rescue(text: str, x: Span, y: Span, context: SentenceContext) -> PairLabel | None:
    """"PI3K inhibitor LY294002" → LY294002 inhibits PI3K; "LY294002 blocked the effect of
    Y" → Y via PI3K, and the reagent and Y are not related (inhibitor.py)."""
    if not context.reagents and not context.rescued:
        return None  # every test below reads one of the two (most sentences name no reagent)
    hedged = context.hedged
    for reagent, other in ((x, y), (y, x)):
        named = context.reagents.get(reagent.entity_id)
        if named and (named[0] == other.entity_id or other.entity_id in named[3] or any(
                c.entity_id == named[0] and other.entity_id in c.members for c in context.composites)):
            lo = min(reagent.start, other.start)
            noun = REAGENT_NOUN.search(text, lo) or REAGENT_NOUN.search(text)
            cue = Cue("inhibit" if named[1] < 0 else "activate", noun.start(), noun.end(), noun.group(0))
            label = "inhibits" if named[1] < 0 else "activates"
            return _finish(PairLabel(label, cue=cue, agent=reagent.entity_id, hedged=hedged), text, reagent.end)
        if named and (other.entity_id, named[0]) in context.rescued:
            return PairLabel("associated", weight=WEIGHTS["antagonism"], hedged=hedged)
    for agent, other in ((x, y), (y, x)):
        if (agent.entity_id, other.entity_id) in context.rescued:
            return PairLabel("via", cue=None, weight=WEIGHTS["via"], agent=agent.entity_id, hedged=hedged)
    for target, other in ((x, y), (y, x)):
        if target.label in ("GENE", "PATHWAY") and other.label == "GENE" and any(
                t == target.entity_id and blocked.start < other.start for blocked_id, t in context.rescued
                for blocked in (context.first.get(blocked_id),) if blocked is not None):
            # "PKC的特异性抑制剂…抑制了EGF下调NaPi-IIb": the target's link with EGF's object is not stated
            return PairLabel("associated", weight=WEIGHTS["antagonism"], hedged=hedged)
    for named, other in ((x, y), (y, x)):
        if _only_a_reagents_target(text, context, named, other):
            # "The TNF-α antagonist etanercept reverses … decreases in SERT expression": the
            # reagent acts on SERT; its target's link with SERT is not inferred (GUIDELINES 5.4)
            return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    return None


_BEFORE_REAGENT_NOUN = lazy_re.compile(r"[\s\-]*+(?:(?:信号)?(?:通路|途径)|(?:signal\w*\s*)?pathway|(?:tyrosine\s+)?kinases?)?[\s\-]*+的?[\s\-]*+"
                                       r"(?:" + REAGENT_NOUN.pattern + ")", re.IGNORECASE)


def _only_a_reagents_target(text: str, context: SentenceContext, named: Span, other: Span) -> bool:
    """Is ``named`` mentioned only as what a reagent of the sentence targets ("the TNF-α antagonist
    etanercept", "PI3K 抑制剂 LY294002"), and ``other`` neither that reagent nor a gene listed with
    the target? Then the sentence states nothing between the two."""
    reagents = [r for r, found in context.reagents.items() if found[0] == named.entity_id]
    if not reagents or other.entity_id in reagents or other.label in AGENT_LABELS:
        return False
    if any(other.entity_id in context.reagents[r][3] for r in reagents):
        return False
    # named once (a second mention may be stated about: "…抑制PI3K后,PI3K下游的Akt…")
    return _BEFORE_REAGENT_NOUN.match(text, named.end) is not None and text.count(text[named.start:named.end]) == 1


def _outside_composition(text: str, breaks: tuple[int, ...], cue: Cue, first: Span, second: Span) -> bool:
    """"F由A、B、C组成": the cue 组成 closes the list its 由 opens, so it puts in a composition
    relation only the whole named before 由 and an item of the list. A drug named after the list
    ("肾衰营养胶囊由党参、…、春砂仁组成(…),…○开同(…)") or two items of the list are outside it;
    other composition cues ("藁本内酯是…当归的主要活性成分") are left as they are."""
    if cue.text != "组成":
        return False
    opening = text.rfind("由", 0, cue.start)
    if opening < 0 or text.startswith("由于", opening) or any(opening < b < cue.start for b in breaks):
        return False
    return not (first.end <= opening < second.start and second.end <= cue.start)


def _model_stimulus(spans: list[Span], modifier: Span, other: Span) -> bool:
    """"Antrodia camphorata protects against lipopolysaccharide-induced acute lung injury by
    suppressing NF-kB": a herb/compound whose "-induced" names the disease model, in a sentence
    whose finding is another agent's, is the model's stimulus — not a partner of the targets the
    agent acts on (GUIDELINES 5.7). ``other`` is not what the modifier induces (the caller
    checked)."""
    return (modifier.label in AGENT_LABELS and other.label not in AGENT_LABELS
            and any(sp.label in AGENT_LABELS and sp.entity_id != modifier.entity_id for sp in spans))


def _owned_starts(text: str, spans: list[Span], cues: list[Cue], owned: dict[int, Span]) -> frozenset[int]:
    """Starts of the cues that modify a noun or belong to an agent ("X-induced", participles,
    nominals right after a mention): they govern no later mention."""
    return (frozenset(owned) | _participles(text, cues) | _nominals_after(text, spans, cues)
            | post_nominal.owned_changes(text, [s.end for s in spans], cues) | post_nominal.pronoun_changes(text, cues))


def _enclosures(spans: list[Span], context: SentenceContext) -> dict[str, tuple[frozenset[str], ...]]:
    """``axis_members.enclosures`` of the sentence, computed on its first pair."""
    if context.enclosed is None:
        context.enclosed = axis_members.enclosures(spans, context.pathways)
    return context.enclosed


def _context_owned_starts(text: str, spans: list[Span], context: SentenceContext) -> frozenset[int]:
    """``_owned_starts`` of the sentence, computed once: it depends on the sentence, not on the
    pair (it was recomputed for each of a sentence's pairs, ~3 % of a batch's time)."""
    if context.owned_starts is None:
        context.owned_starts = _owned_starts(text, spans, context.cues, context.owned)
    return context.owned_starts


def _passive_starts(text: str, spans: list[Span], cues: list[Cue],
                    context: SentenceContext | None = None) -> frozenset[int]:
    """Starts of the cues that are passive participles with a mention as their by-agent right
    after ("enhanced by PTH"): they govern no mention before them. A sentence's, so kept in its
    ``context`` (given: its ``cues``) after the first pair asks (it was recomputed per pair)."""
    if context is not None and context.passive is not None:
        return context.passive
    passive = frozenset(c.start for c in cues if _PASSIVE_PARTICIPLE.match(text, c.end)
                        and any(sp.start >= c.end and sp.start - c.end <= 8 for sp in spans))
    if context is not None:
        context.passive = passive
    return passive


def _label(text: str, spans: list[Span], x: Span, y: Span, cues: list[Cue], hedged: bool,
           owned: dict[int, Span], owned_starts: frozenset[int] | None = None,
           context: SentenceContext | None = None) -> PairLabel:
    """The pair's label from the rules; ``context`` (the sentence's, whose ``cues`` these are)
    keeps what depends on the sentence only."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    between = _between(text, first, second, spans, context)
    breaks = clause_breaks(text)
    same_clause = not _break_in(breaks, first.end, second.start)
    skip = context.skip if context is not None else frozenset()  # rules that cannot fire here (rule_gates.py)

    # herb/compound pairs: composition or combination; a compound named as a read-out ("丁酸…增加
    # 肠道内5-HT水平", "release of ACh") is what the first acts on, typed below as a gene target is
    if first.label in AGENT_LABELS and second.label in AGENT_LABELS and not _acts_on_readout(text, cues, first, second):
        clause_end = next((b for b in breaks if b >= second.end), len(text))
        opening = _COMBINATION_OF.search(text, max(0, first.start - 50), first.start)
        window = [c for c in cues if min(first.start - 12, opening.start() if opening else first.start) <= c.start < clause_end]
        contains = next((c for c in window if c.kind == "contains"), None)
        kinds = {first.label, second.label}
        if contains is not None and (_composition_in_reach(text, first, second, breaks)
                                     or _listed_constituent(text, first, second, contains, breaks)):
            herb = first if first.label == "HERB" else second
            other = second if herb is first else first
            if (kinds == {"HERB", "COMPOUND"} or (herb.entity_id.startswith("FML:") and other.label == "HERB")) \
                    and not _outside_composition(text, breaks, contains, first, second) \
                    and not roles.nearer_container(spans, herb, other, contains.start):
                return PairLabel("contains", cue=contains, weight=WEIGHTS["contains"], agent=herb.entity_id, hedged=hedged)
        source = compound_sources.stated_source(text, spans, first, second)
        if source is not None:  # "Coniine, an alkaloid from Conium maculatum" (relations/compound_sources.py)
            herb = first if first.label == "HERB" else second
            cue = Cue("contains", source[0], source[1], text[source[0]:source[1]])
            return PairLabel("contains", cue=cue, weight=WEIGHTS["contains"], agent=herb.entity_id, hedged=hedged)
        # (a cue reached only through the opening noun phrase joins the two drugs named right after it, not a later
        # one: "the synergistic protective effect of green tea and vitamin E during ISO induced myocardial
        # infarction", BioRED train PMID19058010 — ISO is the model's inducer)
        joined = _JOINED.fullmatch(text, first.end, second.start) is not None
        effect_opening = opening is not None and _EFFECT_OPENING.search(opening.group()) is not None
        combined = next((c for c in window if c.kind == "combined"
                         and (c.start >= first.start - 12 or joined or not effect_opening)
                         and group_designs.plus_joins(text, spans, first, second, c)), None)  # "A plus B, C plus B"
        if combined is None and opening is not None and joined:
            combined = Cue("combined", opening.start(), opening.end(), text[opening.start():opening.end()].strip())  # "additive effect of A and B"
        if combined is None and combination.added_to(text, first, second):  # "A supplementation of B therapy"
            combined = Cue("combined", first.end, second.start, text[first.end:second.start].strip())
        if combined is not None:
            return PairLabel("combined_with", cue=combined, weight=WEIGHTS["combined_with"], hedged=hedged)
        if roles.is_stimulus(text, second.start, second.end) or any(m.entity_id == second.entity_id for m in owned.values()):
            # "wogonin inhibited H2O2-induced …", "减轻棕榈酸盐诱导的…": antagonism, not a relation
            return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)
        compared = cue_scope.english_group_comparison(text, first.end, second.start, second.end) if same_clause else None
        if compared is not None:  # "ET-1 and PAF was markedly reduced in the EGb group than in the CCl4 group"
            sign, start, end = compared  # a compound read-out's level
            return _finish(PairLabel("upregulates" if sign > 0 else "downregulates", cue=Cue("up" if sign > 0 else "down",
                                     start, end, text[start:end]), agent=second.entity_id, hedged=hedged), text, first.end)
        if combination.stated_combination(text, first, second):  # "A加B", "interaction of A with B", "增强B的敏感性"
            cue = Cue("combined", first.end, second.start, text[first.end:second.start].strip())
            return PairLabel("combined_with", cue=cue, weight=WEIGHTS["combined_with"], hedged=hedged)
        # (two herbs/compounds: no signed row between them, GUIDELINES 3 "compound against compound")
        stated = _effect_on(text, first, second, clause_end, hedged, signed=False) \
            if same_clause and "effect_on" not in skip else None
        if stated is not None:
            return stated
        untyped = _associated(between, same_clause, hedged, text, first, second, breaks)
        container = ingredients.known_container(first, second)
        if container is not None:  # a herb and a known ingredient, nothing stated of them (relations/ingredients.py):
            untyped.label, untyped.agent = "contains", container  # the weight stays the co-mention's
        return untyped

    # "X-induced Y" / "X诱导的Y": X acts on the next entity only
    if owned_starts is None:
        owned_starts = _owned_starts(text, spans, cues, owned)
    for cue_start, modifier in _with_co_stimuli(text, spans, owned):
        if modifier.entity_id in (x.entity_id, y.entity_id) and _first_or_sole_statement(text, spans, modifier, x, y, breaks):
            other = y if modifier.entity_id == x.entity_id else x
            if any(cue_start < later < other.start and m.entity_id == modifier.entity_id for later, m in owned.items()):
                continue  # "TNBS-induced colonic inflammation … and TNBS-increased myeloperoxidase activity": the
                # agent's participle nearest before the other mention states the pair, not its first one
            cue = next(c for c in cues if c.start == cue_start)
            nxt = min((sp for sp in spans if sp.start >= cue.end), key=lambda sp: sp.start, default=None)
            headed_item = False  # a later item with a head noun of its own ("…, as well as NF-kB activation")
            first_item = nxt  # the list's first object: what the participle's noun phrase reaches directly
            if nxt is not None and nxt.entity_id != other.entity_id and nxt.label == other.label \
                    and han_count(text[cue.end:nxt.start]) <= 3 \
                    and not _participle_noun_between(text, cues, cue, nxt):
                if coordination.listed_after(text, spans, nxt, other):
                    nxt = other  # "anisomycin-induced phosphorylation of p38, cav-1": both objects
                elif coordination.listed_after_heads(text, spans, nxt, other):
                    nxt, headed_item = other, True  # "LPS-induced IL-1b … expression, as well as NF-kB activation"
            change = _change_after(text, cues, cue)  # "X-induced decrease in Y": X lowers Y
            # (a later item of the list is reached through its first: "the cisplatin-induced expression of iNOS,
            # caspase-3 and p53" names no noun of the participle's own before p53, however long the list; the
            # coordinated objects share the participle, Quirk et al. 1985, 13.60)
            if change is None and nxt is not None and nxt.entity_id == other.entity_id and cue.kind != "mediated":
                # "糖皮质激素诱导的LC3-II等自噬标志物的下调": the change noun after the participle's object (post_nominal.py)
                change = post_nominal.change_after(text, nxt.end, cues)
            if nxt is not None and nxt.entity_id == other.entity_id and (cue.kind != "mediated" or change is not None) \
                    and (headed_item or not _participle_noun_between(text, cues, cue, first_item)):
                sign = (1 if cue.kind == "mediated" else cue.sign) * (change.sign if change is not None else 1)
                label = effect_label(sign, change.kind if change is not None else cue.kind, other, text, cues)
                return _finish(PairLabel(label, cue=cue, agent=modifier.entity_id, hedged=hedged), text, modifier.end)
            if nxt is not None and nxt.entity_id == other.entity_id:
                return PairLabel("associated", cue=cue, weight=WEIGHTS["associated"], agent=modifier.entity_id, hedged=hedged)
            if other.label in AGENT_LABELS and other.start < modifier.start:
                # "wogonin inhibited H2O2-induced …": the modifier is the model's stimulus
                return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)
            if _model_stimulus(spans, modifier, other):
                return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)
            if modifier.label in AGENT_LABELS and other.start > cue.end \
                    and not text[_clause_start(text, modifier.start):modifier.start].strip():
                break  # "Dioscin-induced autophagy mitigates … through PI3K/Akt": the subject's modifier acts
            return _associated(between, same_clause, hedged, text, first, second, breaks)

    # agent and target
    if second.label in AGENT_LABELS and first.label not in AGENT_LABELS \
            and not (second.label == "COMPOUND" and roles.is_readout(text, second.start, second.end)):
        agent, target = second, first  # the herb/compound acts, even when named second (not
        # when it is a read-out: "SP…诱导释放5-HT", roles.is_readout)
    else:
        agent, target = first, second
    if agent.label in ("COMPOUND", "GENE") and target.label in ("GENE", "PATHWAY") and agent.start < target.start \
            and "role_noun" not in skip:
        # (a gene named by its role too: "RCAN1, an endogenous inhibitor of NFATc1 activation")
        sign = inhibitor_of(_between(text, agent, target, spans, context))
        if sign is None:
            sign = role_noun_zh(text, agent.end, target.start, target.end)  # "THB-S1是TGF-β的重要活化剂"
        if sign is None:  # "ketamine, an N-methyl d-aspartate receptor (NMDAR) antagonist", "an inhibitor on Y"
            sign = role_appositions.role_sign(_between(text, agent, target, spans, context), text[target.end:target.end + 40])
        if sign is not None:  # "imatinib mesylate, a kinase inhibitor that targets BCR-ABL"
            noun = REAGENT_NOUN.search(text, agent.end)
            cue = Cue("inhibit" if sign < 0 else "activate", noun.start(), noun.end(), noun.group(0)) if noun else None
            return _finish(PairLabel("inhibits" if sign < 0 else "activates", cue=cue, agent=agent.entity_id,
                                     hedged=hedged), text, agent.end)
    side = _side_role(text, spans, agent, target, hedged, context)
    if side is None and agent.start < target.start and "non_effect" not in skip:
        side = _restated_non_effect(text, spans, agent, target, breaks, hedged)
    if side is not None:
        return side
    if agent.label in AGENT_LABELS and target.end <= agent.start and \
            (compared := cue_scope.english_group_comparison(text, target.end, agent.start, agent.end)):
        sign, start, end = compared  # "ET-1 … was markedly reduced in the EGb group than in the CCl4 group"
        cue = Cue("up" if sign > 0 else "down", start, end, text[start:end])
        return _finish(PairLabel(effect_label(sign, cue.kind, target, text, cues), cue=cue, agent=agent.entity_id,
                                 hedged=hedged), text, target.end)
    caused = _caused_by_subject(text, spans, agent, target)
    if caused is not None:  # "AOPP-BSA能使细胞p38 MAPK磷酸化" (relations/causatives.py)
        sign, start, end, kind = caused
        cue = Cue(kind, start, end, text[start:end])
        return _finish(PairLabel(effect_label(sign, kind, target, text, cues) if kind in ("up", "down")
                                 else ("activates" if sign > 0 else "inhibits"), cue=cue, agent=agent.entity_id,
                                 hedged=hedged), text, agent.end)
    indicated = _indicated_state(text, cues, agent, target, owned_starts) \
        if agent.label == "GENE" and "indicated_state" not in skip else None
    if indicated is not None:  # "a reduction in mTOR activation as indicated by decreased 4E-BP1 … phosphorylation"
        sign, read = indicated
        return _finish(PairLabel(effect_label(sign, read.kind, target, text, cues), cue=read, agent=agent.entity_id,
                                 hedged=hedged), text, agent.end)
    agent_candidates = [s for s in spans if s.label in AGENT_LABELS and s.start < agent.start]
    if agent.label in AGENT_LABELS:  # a herb/compound that is the object of an earlier one
        agent_candidates = [s for s in agent_candidates if s.entity_id != agent.entity_id
                            and not any(s.end <= b < agent.start for b in breaks)]
    if agent_candidates:
        # both are genes/pathways under a herb/compound subject: co-targets or a chain
        # a stimulus named by its participle ("wogonin inhibited H2O2-induced phosphorylation of caveolin-1",
        # new_papers_en PMID23246481) modifies the object's noun: it is no subject of the genes after it
        subjects = [s for s in agent_candidates if not _is_object(text, spans, s)
                    and not _STIMULUS_PARTICIPLE.match(text, s.end)] or agent_candidates
        subject_end = subjects[-1].end
        role_a, cue_a = _role(text, agent, cues, subject_end, owned_starts)
        _, cue_t = _role(text, target, cues, agent.end, owned_starts)
        chained = bool(cue_t is not None and (_CHAIN.search(text[agent.end:cue_t.start]) or (
            # "通过激活Akt/mTOR信号通路防止…凋亡": the 通过 phrase is the means of the next verb
            cue_a is not None and _means_reaches(text, agent, cue_t, breaks)
            and not _COORDINATED.search(_past_co_items(_between(text, agent, Span(cue_t.start, cue_t.end, "", ""), spans, context))))))
        if role_a == "mediator" and cue_t is not None and cue_t.kind in EFFECT_CLASSES and chained:
            if cue_a is None:
                return PairLabel("associated", cue=cue_t, weight=WEIGHTS["associated"], agent=agent.entity_id, hedged=hedged)
            sign = cue_a.sign * cue_t.sign * _degraded_sign(text, agent)
            return _finish(PairLabel(effect_label(sign, cue_t.kind, target, text, cues), cue=cue_t,
                                     agent=agent.entity_id, hedged=hedged), text, agent.end)
        pivot = _pivot_chain(text, agent, target, cue_a, cue_t, breaks, cues, hedged) if role_a in ("target", "mediator") else None
        if pivot is not None:  # "CSE激活RAS/ERK信号通路诱导PLTP的表达" (relations/pivots.py)
            return pivot
        purpose = _purpose_chain(text, spans, cues, agent, cue_a, cue_t) if role_a == "target" else None
        if purpose is not None:  # "activated caspase-8 and caspase-3 to induce apoptosis"
            return _finish(PairLabel(effect_label(purpose, cue_t.kind, target, text, cues), cue=cue_t,
                                     agent=agent.entity_id, hedged=hedged), text, agent.end)
        means = _means_cue(text, cues, agent, target, spans) if role_a == "target" and cue_a is not None \
            and cue_a.kind in EFFECT_CLASSES else None
        if means is not None:
            return _means_label(text, cues, agent, target, cue_a, means, hedged)
        if role_a in ("target", "mediator"):  # co-targets of one subject ("降低X并增加Y")
            return PairLabel("associated", weight=WEIGHTS["associated-targets"] if same_clause else WEIGHTS["enumeration"],
                             hedged=hedged)
    elif agent.start < target.start and agent.label not in AGENT_LABELS:
        # no herb/compound named (or recognised) as the subject: "…可以通过降低JNK的磷酸化来
        # 抑制TNF-α的水平" is still the chain of a mediator
        role_a, cue_a = _role(text, agent, cues, _clause_start(text, agent.start), owned_starts)
        _, cue_t = _role(text, target, cues, agent.end, owned_starts)
        pivot = _pivot_chain(text, agent, target, cue_a, cue_t, breaks, cues, hedged) if role_a in ("target", "mediator") else None
        if pivot is not None:  # "运动通过激活FNDC5/…信号通路上调线粒体自噬" (relations/pivots.py)
            return pivot
        if role_a == "mediator" and cue_a is None and cue_t is not None and cue_t.kind in EFFECT_CLASSES \
                and _undirected_means(text, agent, cue_t, breaks):
            # "Ghrelin…通过调控…DKK-1的表达,激活了WNT/β-catenin信号通路" (validation_zh ChinaXiv-201712.01000V1):
            # the means names no direction for X, so X and the end are associated (GUIDELINES 2, mechanism chains)
            return PairLabel("associated", cue=cue_t, weight=WEIGHTS["associated"], agent=agent.entity_id, hedged=hedged)
        if role_a == "mediator" and cue_a is not None and cue_t is not None and cue_t.kind in EFFECT_CLASSES \
                and _CHAIN.search(text[agent.end:cue_t.start]) and not any(agent.end <= b < cue_t.start for b in breaks):
            return _finish(PairLabel(effect_label(cue_a.sign * cue_t.sign * _degraded_sign(text, agent), cue_t.kind, target,
                                                   text, cues), cue=cue_t, agent=agent.entity_id, hedged=hedged), text, agent.end)
        if role_a == "target" and cue_a is not None and cue_a.kind in EFFECT_CLASSES:
            # an unnamed or unrecognised subject ("FSREE induced apoptosis by downregulating Bcl-2"):
            # the means still acts on the end, and two objects of the subject's verbs are co-targets
            means = _means_cue(text, cues, agent, target, spans)
            if means is not None:
                return _means_label(text, cues, agent, target, cue_a, means, hedged)
            purpose = _purpose_chain(text, spans, cues, agent, cue_a, cue_t)
            if purpose is not None:
                return _finish(PairLabel(effect_label(purpose, cue_t.kind, target, text, cues), cue=cue_t,
                                         agent=agent.entity_id, hedged=hedged), text, agent.end)
            if cue_t is not None and cue_t is not cue_a and cue_t.kind in EFFECT_CLASSES and _VERB_FORM.search(cue_a.text) \
                    and _CO_OBJECT_GAP.match(_between(text, agent, Span(cue_t.start, cue_t.end, "", ""), spans, context)):
                return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
    if agent.start < target.start:
        lo, hi = agent.end, target.start
        passive = _passive_starts(text, spans, cues, context)
        if "的" in text:  # "X的激活可能对Y有…抑制作用": the subject's own event noun governs nothing after it
            passive = passive | {c.start for c in cues if agent.end < c.start < target.start
                                 and cue_scope.own_event_noun(text, agent.end, c.start, c.end)}
        cue = _governing_cue(cues, agent.end, target.start, owned_starts | passive)
        if cue is None:
            cue = _ba_object_cue(text, spans, cues, agent, target)  # "MEK再将ERK激活": the verb after 将 + object
        if cue is not None and cue.kind in EFFECT_CLASSES and any(agent.end <= b < cue.start for b in breaks) and \
                (cue_scope.has_own_subject(text, _clause_start(text, cue.start), cue.start)
                 or cue_scope.latin_subject(text, spans, _clause_start(text, cue.start), cue.start)) and \
                not cascade.opens_with_predicate(text, spans, _clause_start(text, cue.start), cue.start, agent) and \
                not any(sp.entity_id == agent.entity_id and _clause_start(text, cue.start) <= sp.start < cue.start
                        for sp in spans):
            cue = None  # "KT5720预处理ROBs,…,电磁场显著提高了Osx的表达": the field's cue
        if cue is not None and (cue.kind in EFFECT_CLASSES or cue.kind == "via") and "handed_on" not in skip and (
                cascade.handed_on(text, spans, cues, agent, cue, (agent.entity_id, target.entity_id))):
            cue = None  # a cascade: a later clause's own subject acts, or goes through (relations/cascade.py)
        if cue is not None and cue.kind in EFFECT_CLASSES and (
                cascade.skipped_link(text, spans, cues, agent, cue, (agent.entity_id, target.entity_id))):
            cue = None  # "通过抑制IKB…来降低NF-kB的活化,进而抑制IL-1β": IKB is linked to NF-kB, not past it
        if cue is not None and (cue.kind in EFFECT_CLASSES or cue.kind == "via") and \
                any(agent.end <= b < cue.start for b in breaks) and \
                cue_scope.copula_complement(text, spans, _clause_start(text, agent.start), agent):
            cue = None  # "AKT是PI3K下游的靶蛋白,可以通过磷酸化…mTOR": the topic AKT acts, not PI3K
        if cue is not None and (cue.kind in EFFECT_CLASSES or cue.kind == "via") and has_han(cue.text) and \
                cue_scope.in_reported_clause(text, cue.end, target.start, breaks):
            cue = None  # "…具有协同促进作用的同时,也说明溶酶体自噬…": the conclusion is a statement of its own
        if cue is not None and cue.kind == "via" and any(agent.end <= b < cue.start for b in breaks) and \
                cue_scope.subject_mention(text, spans, cues, _clause_start(text, cue.start), cue.start,
                                          (agent.entity_id, target.entity_id)):
            cue = None  # "…起重要作用,5-HT通过结合5-HT7R": 5-HT's via, not CD4's
        if cue is not None and cue.kind in EFFECT_CLASSES and cue_scope.in_appositive(text, cue.end, target.start):
            # "activation of AMPK, a key component of … autophagy regulation": the cue acts on the head, the target
            # is named in its description (one sentence, not one statement)
            return PairLabel("associated", weight=WEIGHTS["enumeration"], hedged=hedged)
        if cue is not None and cue.kind in EFFECT_CLASSES and not has_han(cue.text) and \
                undirected_objects.undirected_object(text, cue.end, target.start):
            # "an upstream activating kinase for Smad1/5/8 in addition to its known role in regulating MAP kinase
            # pathways", "mitigated alterations of hippocampal MAPK signaling": the target is the object of an undirected
            # verb or change noun, out of the cue's reach; a link stated without a direction (undirected_objects.py)
            # (the weight stays the cue's: the link is stated as firmly, only without a direction; "by promoting changes
            # in X" is the subject's means, ``via``)
            if undirected_objects.opens_means(text, cue.start):
                return _finish(PairLabel("via", cue=cue, agent=agent.entity_id, hedged=hedged), text, lo)
            return _undirected_with_cue_weight(text, cue, agent, hedged, lo)
        if cue is not None and cue.kind in EFFECT_CLASSES and agent.label in ("GENE", "PATHWAY") and \
                correlations.measured_subject(text, _clause_start(text, agent.start), agent.start, agent.end):
            # "The HHEX/IDE T2D locus is associated with decreased insulin secretion": two measures seen together
            # (correlations.measured_subject); the weight stays the cue's, as for an undirected object above
            return _undirected_with_cue_weight(text, cue, agent, hedged, lo)
        if cue is not None and cue.kind in EFFECT_CLASSES and agent.label == "PATHWAY" and \
                cue_scope.in_evidence_adjunct(text, agent.end, cue.start):
            # "autophagy was detected …, as indicated by an up-regulated expression of LC3-II": markers of the state
            return PairLabel("associated", weight=WEIGHTS["associated"], hedged=hedged)
        if cue is not None and cue.kind in EFFECT_CLASSES and agent.label not in AGENT_LABELS and \
                cue_scope.in_coordinated_predicate(text, agent.start, agent.end, cue.start, object_of_verb=any(
                    c.kind in EFFECT_CLASSES and _clause_start(text, agent.start) <= c.start and c.end <= agent.start
                    and _FINITE_VERB.search(c.text) for c in cues)):
            # "… by promoting degradation of NOXA, and co-operates with Kras … by activating NFkappaB": another predicate
            return PairLabel("associated", weight=WEIGHTS["associated-clause"], hedged=hedged)
        if cue is not None and cue.kind in EFFECT_CLASSES and agent.label not in AGENT_LABELS and has_han(cue.text) and \
                cue_scope.in_coordinated_predicate_zh(text, spans, agent.start, agent.end, cue.start, breaks):
            # "…可激活Gs/cAMP/PKA通路,而失去了激活PLC…的能力": the subject's second predicate, not the object's
            return PairLabel("associated", weight=WEIGHTS["associated-clause"], hedged=hedged)
        if cue is not None and cue.kind in EFFECT_CLASSES and has_han(cue.text) and \
                cue_scope.in_later_predicate_zh(text, cue.end, target.start, breaks):
            # "Survivin…表达上调,且与β-defensin-3表达呈正相关": the target is the object of a later predicate's own verb
            return PairLabel("associated", weight=WEIGHTS["associated-clause"], hedged=hedged)
        if cue is not None and cue.kind in EFFECT_CLASSES and agent.label not in AGENT_LABELS and \
                cue_scope.undirected_end(text, agent.start, agent.end, cue.start):
            # "regulates apoptosis … by promoting degradation of NOXA": apoptosis is the end
            return PairLabel("associated", weight=WEIGHTS["associated"], hedged=hedged)
        post = _own_predicate(text, target, cues, breaks, spans, bare=not zh_levels.names_group(text, agent.end),
                              glossed=agent.label in AGENT_LABELS)
        # a herb/compound, or a gene named by its loss ("敲低Beclin1后,LC3-II蛋白表达降低": GUIDELINES 5.5)
        if post is not None and (agent.label in AGENT_LABELS or _loss_before(text, agent)) and \
                (cue is None or any(cue.end <= b < target.start for b in breaks)):
            # "X组A、B的表达降低,C、D的表达升高": each list takes the predicate after it; a cue
            # before a clause break belongs to the list before it
            sign = post.sign * (-1 if _loss_before(text, agent) else 1)
            return _finish(PairLabel(effect_label(sign, post.kind, target, text, cues), cue=post,
                                     agent=agent.entity_id, hedged=hedged), text, lo)
        denied = negation.non_effect(text, cue.end if cue else lo, hi) if "non_effect" not in skip else None
        if denied is not None and (same_clause or not any(denied[0] <= b < target.start for b in breaks)):
            # "suppressed X without affecting Y"; "inhibit …, but was without effect on Y": the
            # non-effect in the target's own clause is what the sentence says of it
            start, end_, words = denied
            return _finish(PairLabel("associated", negated=True, cue=Cue("negation", start, end_, words),
                                     agent=agent.entity_id, hedged=hedged), text, lo, stated=True)
    elif cue_scope.passive_agent(text, target.end, agent.start) or _VIA_BEFORE.search(text[target.end:agent.start]):  # "GPX4 was upregulated by icariin"
        lo, hi = target.end, agent.start
        cue = _governing_cue(cues, target.end, agent.start, owned_starts)
        if cue is not None and _held_by_other(text, spans, cue, target):
            cue = None  # "regulate autophagy induced by leucine": the participle modifies autophagy
        if cue is not None and cue_scope.active_with_object(text, cue.start, cue.end, agent.start):
            cue = None  # "receptors promoting renal tubular injury by AOPPs": AOPPs causes the injury
        if cue is None and _WITH_AGENT.match(text[target.end:agent.start]):
            nominal = _governing_cue(cues, _clause_start(text, target.start), target.start, owned_starts)
            if nominal is not None and coordination.is_object_of(text, nominal.end, target.start):
                cue = nominal  # "inhibition of autophagy by bafilomycin A1"
    elif _WITH_AGENT.match(text[target.end:agent.start]):  # "Blockade of autophagy with bafilomycin A1"
        lo, hi = target.end, agent.start
        nominal = _governing_cue(cues, _clause_start(text, target.start), target.start, owned_starts)
        cue = nominal if nominal is not None and coordination.is_object_of(text, nominal.end, target.start) else None
    elif agent.label in AGENT_LABELS and (compared := cue_scope.group_comparison(text, target.end, agent.start, agent.end)):
        sign, start, end = compared  # "P62相对表达量BAF组(…)显著高于Control组"
        cue = Cue("up" if sign > 0 else "down", start, end, text[start:end])
        return _finish(PairLabel(effect_label(sign, cue.kind, target, text, cues), cue=cue, agent=agent.entity_id,
                                 hedged=hedged), text, target.end)
    else:
        lo, hi, cue = target.end, agent.start, None
    if cue is not None and cue.kind in EFFECT_CLASSES and agent.start < target.start and \
            coordination.is_predicate_of(_between(text, agent, Span(cue.start, cue.end, "", ""), spans, context),
                                         text[cue.end:target.start]) and \
            not coordination.object_right_after(text, spans, cue.end, target.start):
        # "Notch1、Jagged1升高,Notch3…降低", "X expression was decreased, and Y…": the cue says what
        # happened to the first entity, not what it did to the second
        return PairLabel("associated", weight=WEIGHTS["associated-targets"] if same_clause else WEIGHTS["enumeration"],
                         hedged=hedged)
    if cue is not None and cue.kind in EFFECT_CLASSES and agent.start < target.start:
        # "Activation of X and inhibition of Y": X and Y are objects of their own cues
        # (a gene inside a composed pathway is the object through the pathway's span)
        around = [sp for sp in spans if sp.members and sp.start <= agent.start < sp.end and sp.end <= cue.start]
        start, end = min([agent.start] + [sp.start for sp in around]), max([agent.end] + [sp.end for sp in around])
        own = _governing_cue(cues, _clause_start(text, start), start, owned_starts)
        if own is not None and coordination.is_object_of(text, own.end, start) and \
                coordination.coordinated_objects(text, end, own.end, cue.start, cue.end, target.start):
            return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
        if coordination.coordinated_readouts(text, spans, start, end, own.end if own is not None else None,
                                             cue.start, cue.end, target.start):
            # "down-regulation of Bcl-2 expression and proteolytic activation of caspase-3": read-outs side by side
            return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
        if own is not None and own.kind in EFFECT_CLASSES and coordination.zh_coordinated_objects(
                blank_spans(text, own.end, start, spans), blank_spans(text, end, cue.start, spans),
                blank_spans(text, cue.end, target.start, spans)):
            # "上调促凋亡蛋白Bax而下调抗凋亡蛋白Bcl-2的表达": two verbs of one subject, each with its object
            return PairLabel("associated", weight=WEIGHTS["associated-targets"] if same_clause else WEIGHTS["enumeration"],
                             hedged=hedged)
    if cue is None:
        clause_end = next((b for b in breaks if b >= max(agent.end, target.end)), len(text))
        stated = (negation.non_effect(text, lo, hi) or (
            negation.non_effect(text, target.end, clause_end) if agent.start < target.start else None)) \
            if "non_effect" not in skip else None
        if stated is not None and same_clause and coordination.COORDINATOR.match(between) and stated[0] >= second.end:
            # "SOX2 and NANOG expression did not change", "ABCA1、SR-BI mRNA表达量均没有显著变化": the non-effect is
            # said of each member of the coordination, not of one member on the other (GUIDELINES 1, mere listing)
            return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
        if stated is not None and same_clause:  # "did not affect", "并未改变", "对Y…无明显影响"
            start, end_, words = stated
            return _finish(PairLabel("associated", negated=True, cue=Cue("negation", start, end_, words),
                                     agent=agent.entity_id, hedged=hedged), text, lo, stated=True)
        effect = _effect_on(text, agent, target, clause_end, hedged) if same_clause and "effect_on" not in skip else None
        return effect or _associated(between, same_clause, hedged, text, first, second, breaks)
    if cue_scope.is_aim(text, min(agent.start, target.start)) or \
            cue_scope.in_aim_clause(text, _clause_start(text, cue.start), cue.start):  # "目的 探讨X对抑制Y的影响": no finding
        return PairLabel("associated", weight=WEIGHTS["associated"], agent=agent.entity_id, hedged=hedged)
    if cue.kind == "via" and agent.start < cue.start < target.start and _DISABLED_AFTER.match(text, target.end):
        # "arsenic causes … through autophagy dysfunction": the agent acts by disabling the mediator
        return _finish(PairLabel("inhibits", cue=cue, agent=agent.entity_id, hedged=hedged), text, lo)
    if cue.kind == "via" and agent.start < cue.start < target.start and agent.label not in AGENT_LABELS \
            and cue_scope.object_of_verb(text, _clause_start(text, agent.start), agent.start):
        # "…regulate osteoblast differentiation and apoptosis via their effect on IL-11": apoptosis is
        # what the subject changes through IL-11, no agent of it (GUIDELINES 2: through an undirected
        # X the end and X are associated)
        return PairLabel("associated", cue=cue, weight=WEIGHTS["associated"], hedged=hedged)
    means = _means_opening(text, cues, agent, cue)
    if means is not None and agent.start < means.start < target.start \
            and cue_scope.past_means(text, means.end if means is cue else cue.end, target.start, target.end):
        # "PTEN能够通过调节AKT信号通路进一步调节MMP-2", "AKT…可以通过磷酸化其下游mTOR、Bad等蛋白,从而调控细胞的增殖和
        # 凋亡": the target is the main verb's object, not the means' (whatever the means' own verb)
        return PairLabel("associated", cue=cue, weight=WEIGHTS["associated"], hedged=hedged)
    if cue.kind == "via":
        return _finish(PairLabel("via", cue=cue, weight=WEIGHTS["via"], agent=agent.entity_id, hedged=hedged), text, lo)
    if (cue.end <= target.start and _CONSEQUENCE.search(text[cue.end:target.start])) or \
            (lo <= cue.start and correlations.undirected_association(text[lo:cue.start])):
        # "through blockage of autophagic flux, resulting in … sequestration of p62, Keap1": the
        # cue's object came before; the target is a consequence the sentence names without a cue
        # stated without a direction, as "X对Y的影响" (weight "effect")
        return PairLabel("associated", cue=cue, weight=WEIGHTS["effect"] * (HEDGE_FACTOR if hedged else 1.0),
                         agent=agent.entity_id, hedged=hedged)
    sign = cue.sign * (-1 if _loss_before(text, agent) else 1)
    outer = _outer_cue(text, cues, cue, lo, owned_starts)
    kind = cue.kind
    # "induced the activation of p38-JNK1/2": an activity nominal under the verb, no level made (GUIDELINES 5.12)
    activity_nominal = outer is not None and cue.kind in ("activate", "inhibit") and cue.text.lower() not in _NOMINAL_CHANGE
    if outer is not None:  # "suppressed the activation of X": the outer verb decides
        # ... the sign; a level change it governs keeps its kind: "attenuated the increase of Bax" lowers
        # Bax's level (GUIDELINES 5.7: "X 抑制 Y 诱导的 Z 升高" → X downregulates Z)
        kind = cue.kind if cue.text.lower() in _NOMINAL_CHANGE else outer.kind
        sign, cue = sign * _undoing_sign(outer, cue), outer
    sign *= _changed_before(text, cues, cue, target)
    if agent.end <= cue.start < target.start and reversals.abolished_effect(text, agent.end, cue.start, target.end):
        sign = -sign  # "给予…Go6983后,其抑制凋亡现象消失": the reagent undoes the effect (reversals.py)
    # "诱导Bcl-2的下调", "prevented Bax upregulation": the change noun after the target (post_nominal.py)
    post = post_nominal.change_after(text, target.end, cues) if post_nominal.governs(text, cue, target.start) else None
    if post is not None:
        sign, kind = sign * post.sign, post.kind
    if roles.is_degraded(text, target.start, target.end):  # "enhances BMP-4 degradation"
        label = "downregulates" if sign > 0 else "upregulates"
    else:
        label = effect_label(sign, kind, target, text, cues)
        if label in ("activates", "inhibits") and target.label == "GENE" and _INDUCES.match(cue.text) and post is None \
                and not activity_nominal \
                and not _ACTIVITY_AFTER.search(text[target.end:target.end + 90]) \
                and not _activity_before(text, target.start):
            label = "upregulates" if sign > 0 else "downregulates"  # "诱导IL-6", "induces IL1β": made, not activated
            # (not "诱导…phospho-AuroraA 表达增加": a phosphorylated form is activity, GUIDELINES 5.12)
    return _finish(PairLabel(label, cue=cue, agent=agent.entity_id, hedged=hedged), text, lo)


def _degraded_sign(text: str, mediator: Span) -> int:
    """-1 when the means verb acts on the mediator's degradation, not on the mediator ("通过降低IKB的降解速率来抑制
    TLR-NF-kB信号通路", validation_zh ChinaXiv-201812.00711V1: less degradation, more IκB, gold IκB ``inhibits``
    the pathway): roles.is_degraded, which already turns the sign for a degraded target, read for the mediator."""
    return -1 if roles.is_degraded(text, mediator.start, mediator.end) else 1


def _pivot_chain(text: str, agent: Span, target: Span, cue_a: Cue | None, cue_t: Cue | None, breaks,
                 cues: list[Cue], hedged: bool) -> PairLabel | None:
    """A pathway that is the object of one verb and the subject of the next (pivots.py) acts on the
    second verb's object with the composed sign (GUIDELINES 2, mechanism chains)."""
    if cue_a is None or cue_t is None or cue_a is cue_t or cue_a.kind not in EFFECT_CLASSES \
            or cue_t.kind not in EFFECT_CLASSES or not (agent.end <= cue_t.start < target.start) \
            or any(cue_t.start <= b < target.start for b in breaks):
        return None
    if not pivots.is_pivot(text, cue_a.end, agent.start, agent.end, agent.label, cue_t.start):
        return None
    return _finish(PairLabel(effect_label(cue_a.sign * cue_t.sign, cue_t.kind, target, text, cues), cue=cue_t,
                             agent=agent.entity_id, hedged=hedged), text, agent.end)


# "Combination with Red ginseng and Polygoni Multiflori ameliorates …": the noun opens the pair; so does a joint
# effect's noun phrase, "A synergistic effect of etoposide and cyclosporin A was observed" (validation41_en
# PMID3865016, gold ``combined_with``): the cue word stands before the "of" that names both drugs
_COMBINATION_OF = lazy_re.compile(r"\b(?:combination|co-treatment|combined treatment|(?:synergistic|additive|combined|joint)\s+"
                                  r"(?:[\w\-]+\s+)?(?:effects?|actions?|activit(?:y|ies)|interactions?))\s+(?:of|with)\s+(?:the\s+)?$",
                                  re.IGNORECASE)


_EFFECT_OPENING = lazy_re.compile(r"(?:effects?|actions?|activit(?:y|ies)|interactions?)\s+(?:of|with)", re.IGNORECASE)
_JOINED = lazy_re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|plus\s+|with\s+)(?:the\s+)?", re.IGNORECASE)


# a non-restrictive apposition giving the subject's other name, between two commas: the subject's own verb follows
# ("INTRODUCTION: Colchicum autumnale, commonly known as the autumn crocus or meadow saffron, contains the antimitotic
# colchicine", validation41_en PMID15088997, gold ``contains``; Quirk et al. 1985, 17.65 on appositive naming phrases)
_NAMING_APPOSITION = lazy_re.compile(r"[,，]\s*(?:(?:commonly|also|popularly|locally|widely|generally)\s+)?"
                                     r"(?:known\s+as|called|referred\s+to\s+as|named)\s+[^,;，；。]{1,60}", re.IGNORECASE)


# a clause that names what the previous one isolated: "…番茄中分离到…两个…皂苷,命名为番茄皂苷A"
_NAMING_CLAUSE = lazy_re.compile(r"[,，;；]?\s*(?:并|分别)?(?:命名为|称为|名为|即|\bnamed\b|\bcalled\b)", re.IGNORECASE)


def _first_or_sole_statement(text: str, spans: list[Span], modifier: Span, x: Span, y: Span, breaks) -> bool:
    """May a participle owned by a later mention of the pair type the pair ("…通过两条途径激活PKC,
    …,此途径为PKC激活的经典途径": the later "PKC激活的" names a route, the first clause states what
    activates PKC)? Only when no earlier clause already holds both first mentions."""
    first = x if modifier.entity_id == x.entity_id else y
    if modifier.start == first.start or re.fullmatch(r"\s*[(（]\s*", text[first.end:modifier.start]):
        return True  # (the first mention, or its abbreviation right after it: "… factor (VEGF)-induced")
    lo, hi = min(x.start, y.start), max(x.end, y.end)
    return any(lo < b < hi for b in breaks) or hi > modifier.start


def _listed_constituent(text: str, first: Span, second: Span, cue: Cue, breaks) -> bool:
    """A herb before a composition cue in its own clause and a compound of the list the cue opens ("The
    phytochemical investigations showed the presence of cyclopeptid alkaloids, flavonoids (e.g., quercetin …),
    tannins": relations/constituent_lists.py ``listed_after_cue``)."""
    return (first.label == "HERB" and first.end <= cue.start
            and not any(first.end <= b < cue.start for b in breaks)
            and listed_after_cue(text, cue.end, second.start))


def _composition_in_reach(text: str, first: Span, second: Span, breaks) -> bool:
    """Can a composition cue join a herb and a compound: one clause, an apposition right after
    the first, or a clause that names what the first yielded? Across other clauses the herb and the compound
    are only neighbours ("我们提取了红毛五加多糖AHP-II,同时…用脂多糖(LPS)离体攻击…"; "番茄皂苷A是番茄中
    主要的皂苷成分,在原料中的含量为番茄红素的3倍")."""
    between = [b for b in breaks if first.end <= b < second.start]
    if not between:
        return True
    if len(between) == 2 and _NAMING_APPOSITION.match(text, between[0], between[1]) and between[1] == \
            _NAMING_APPOSITION.match(text, between[0], between[1]).end():
        return True  # "Colchicum autumnale, commonly known as the autumn crocus …, contains the antimitotic colchicine"
    if len(between) > 1:
        return False
    # "Wogonin, a … flavonoid extracted from …", "知母皂苷BII,一种从知母根茎中分离得到的…": an apposition
    # right after the first names its source
    return between[0] - first.end <= 1 or bool(_NAMING_CLAUSE.match(text, between[0]))


# 将/把 fronts the object before its verb (the disposal construction, 把字句): "MEK再将ERK激活",
# "Ras…将Raf从胞浆转移到胞膜并激活" (new_papers ChinaXiv-201707.00654V1). Between the agent and
# 将 only adverbs or modals (再, 可, 能够, 会); between the object and its verb no other entity and
# no clause break, at most _BA_GAP characters (a place or a manner: 从胞浆转移到胞膜并).
_BA_BEFORE = lazy_re.compile(r"^\s*[\u4e00-\u9fff]{0,4}?(?:将|把)\s*$")
_NOT_BA_ADVERB = lazy_re.compile(r"[的和与及或对在为是]")
_BA_GAP = 12


def _ba_object_cue(text: str, spans: list[Span], cues: list[Cue], agent: Span, target: Span) -> Cue | None:
    """The effect cue that follows the object of 将/把 (agent 将 target … verb), or None."""
    between = text[agent.end:target.start]
    if not _BA_BEFORE.match(between) or _NOT_BA_ADVERB.search(between):
        return None
    after = next((c for c in cues if c.start >= target.end), None)
    if after is None or after.kind not in EFFECT_CLASSES or after.start - target.end > _BA_GAP:
        return None
    gap = text[target.end:after.start]
    if CLAUSE_BREAK.search(gap) or any(target.end <= sp.start < after.start for sp in spans):
        return None
    return after


def _effect_on(text: str, agent: Span, target: Span, clause_end: int, hedged: bool, signed: bool = True) -> PairLabel | None:
    """"四神丸对…5-HT3R水平的影响", "痛泻安脾汤对…5-羟色胺…的影响", "Effect of TIEG1 on apoptosis":
    the first entity is stated to affect the second, without a direction (GUIDELINES 5.11,
    any entity type: a formula's effect on a compound read-out, a gene's on a process). With a signed head verb
    ("对…凋亡的诱导作用", cue_scope.signed_effect) the noun states the direction, unless ``signed`` is off (two agents)."""
    if agent.start > target.start:
        return None
    # the agent may open a list whose 对 follows the last item ("亮氨酸、酪氨酸、谷氨酸、甜菜碱以及支链氨基酸等对胰岛素的分泌
    # 也有刺激作用", validation47_zh ChinaXiv-201711.00393V1): conjuncts share the predicate (roles.list_tail_end)
    agent_end = roles.list_tail_end(text, agent.end)
    if agent_end > target.start:
        agent_end = agent.end
    effect = cue_scope.effect_on(text, agent.start, agent_end, target.start, target.end,
                                 _clause_start(text, agent.start), clause_end)
    if effect is None:  # "the inhibition of quercetin on xanthine oxidase" (signed_effects.py)
        head = signed_effects.nominal_of_on(text, agent.start, agent.end, target.start) \
            if signed and not cue_scope.is_aim(text, agent.start) else None
        if head is None:
            return None
    elif signed and effect[2] == "作用":
        head = cue_scope.signed_effect(text, target.end, effect[0])
    else:  # "the inhibitory effects of X on Y" (signed_effects.py)
        head = signed_effects.signed_head(text, effect[0]) if signed else None
    if head is not None:  # "芍药苷对…凋亡的诱导作用": the noun's head verb gives the direction (cue_scope.signed_effect)
        sign, kind, start, end = head
        return _finish(PairLabel(effect_label(sign, kind, target, text, []), cue=Cue(kind, start, end, text[start:end]),
                                 agent=agent.entity_id, hedged=hedged), text, agent.end)
    return PairLabel("associated", cue=Cue("effect", *effect), weight=WEIGHTS["effect"] * (HEDGE_FACTOR if hedged else 1.0),
                     agent=agent.entity_id, hedged=hedged)


_MEANS = lazy_re.compile(r"\b(?:through|via|by)\s+(?:the\s+)?$", re.IGNORECASE)
# a further means of one "by" list: "by downregulating Bcl-2 …, while upregulating Bax …"
# (the preposition may be repeated: "by upregulating Bax …, and by downregulating Bcl-2", coordinated
# prepositional phrases, Quirk et al. 1985 §13.61)
_MEANS_GO_ON = lazy_re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|as\s+well\s+as)\s+(?:(?:by|through|via)\s+)?$|,\s+$",
                               re.IGNORECASE)
# between an object of one verb and a coordinated verb of the same subject ("downregulating
# Bcl-2, Bcl-xL and Mcl-1, while upregulating Bax"): list words only, no verb or clause of its own
_CO_OBJECT_GAP = lazy_re.compile(r"^[^;.]{0,160}?(?:,\s*|\s+)(?:and|while|whereas|as\s+well\s+as)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_EVIDENCED_BY = lazy_re.compile(r"\b(?:indicated|evidenced|shown|demonstrated|assessed|measured|determined|detected|"
                                r"confirmed|reflected|judged|revealed)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_OF_OBJECT = lazy_re.compile(r"^\s*of\s+(?:the\s+)?", re.IGNORECASE)
_MEANS_LIST_GAP = lazy_re.compile(r"^[^;.]{0,160}$")
# a mediator named with its failure: "through autophagy dysfunction", "via impairment"
_DISABLED_AFTER = lazy_re.compile(r"\s*-?\s*(?:dysfunction|impairment|blockade|deficiency|inactivation)\b", re.IGNORECASE)
# a verb's form, not a nominal: "Inhibition of macroautophagy by bafilomycin A1 … induces apoptosis"
# names the subject, whose loss of function acts (its object is no co-target of the next verb)
_OWNS_PARTICIPLE = lazy_re.compile(r"\s*-?\s*(?:mediated|induced|dependent|triggered|caused)\b", re.IGNORECASE)
_VERB_FORM = lazy_re.compile(r"(?:ing|ed|es|s)$", re.IGNORECASE)
_NOT_A_LIST = lazy_re.compile(r"\b(?:by|through|via|which|that|to|in|on|of)\b|(?:mediat|induc|trigger|caus)ed\b", re.IGNORECASE)  # "by inhibiting FBXO9-mediated p53 ubiquitination"


# "activated caspase-8 and caspase-3 to induce apoptosis": list words, then "to" before the verb
_TO_PURPOSE = lazy_re.compile(r"^[^;.]{0,60}?\s(?:in\s+order\s+)?to\s+$", re.IGNORECASE)
_NOT_A_PURPOSE_GAP = lazy_re.compile(r"\b(?:which|that|was|were|is|are|by|through|via|compared|related|due|leading|led|"
                                     r"resulting|contributes?|contributed)\b|,\s*(?:and|but|while)\b", re.IGNORECASE)


def _purpose_chain(text: str, spans: list[Span], cues: list[Cue], mid: Span, cue_mid: Cue | None,
                   cue_end: Cue | None) -> int | None:
    """The composed sign of "<cue_mid> X (and Z) to <cue_end> Y" (GUIDELINES 2, mechanism chains,
    the English form of "通过激活X来抑制Y"): what was done to X serves the effect on Y, so X acts on Y
    with the product of the signs ("activated caspase-3 to induce apoptosis": caspase-3 activates
    apoptosis; "decreased Bcl-2 to induce apoptosis": Bcl-2 inhibits it). None unless X is the
    object (or a list item) of its cue and only list words stand between X and "to <cue_end>"."""
    if cue_mid is None or cue_end is None or cue_mid.kind not in EFFECT_CLASSES or cue_end.kind not in EFFECT_CLASSES:
        return None
    if not (coordination.is_object_of(text, cue_mid.end, mid.start) or _in_object_list(text, spans, cue_mid, mid)):
        return None
    gap = _between(text, mid, Span(cue_end.start, cue_end.end, "", ""), spans)
    if not _TO_PURPOSE.match(gap) or _NOT_A_PURPOSE_GAP.search(gap) \
            or any(mid.end <= c.start < cue_end.start and c.kind in EFFECT_CLASSES for c in cues):
        return None  # another verb between: X is its co-target, not the means of cue_end
    return cue_mid.sign * cue_end.sign


def _means_cue(text: str, cues: list[Cue], end: Span, means: Span, spans: list[Span]) -> Cue | None:
    """The effect cue of a means after its end: "<cue> Y through inhibition of X", "… via
    suppression of X", "by activating X", and each later means of one list ("by downregulating
    A and B, while upregulating C"). None unless X is that cue's object (or an item of the list
    it opens), the list opens with through/via/by, and no other mention stands between Y and it."""
    effect = [c for c in cues if end.end <= c.start and c.end <= means.start and c.kind in EFFECT_CLASSES]
    opening = next((c for c in effect if _MEANS.search(text[max(end.end, c.start - 14):c.start])), None)
    if opening is None or _EVIDENCED_BY.search(text, max(end.end, opening.start - 30), opening.start):
        return None  # "a reduction in mTOR activation as indicated by decreased 4E-BP1": a read-out, no means
    listed, last = set(), end  # "the levels of TNF-a and IL-6 … by inhibiting X": list items of the end
    for s in sorted((s for s in spans if end.end <= s.start and s.end <= opening.start), key=lambda s: s.start):
        if ENUMERATION.match(text[last.end:s.start]):
            listed.add(s)
            last = s
    if any(end.end <= s.start and s.end <= opening.start and s not in listed for s in spans):
        return None
    cue = effect[-1]
    outer = _outer_cue(text, effect[:-1], cue, opening.start, gerunds=True) if len(effect) > 1 else None
    if len(effect) > 1 and effect[-2] is opening and _means_event_noun(text, spans, opening, cue):
        # "by interfering with tyrosine phosphorylation of IRS1", "by inhibiting the phosphorylation of Akt": the
        # opening changes the event noun, whose of-object is the means (as "by inhibiting Akt phosphorylation")
        sign = _undoing_sign(opening, cue) * cue.sign
        cue = Cue("activate" if sign > 0 else "inhibit", cue.start, cue.end, cue.text)
    elif outer is not None and outer is not opening and _continues_means(text, effect[:-1], opening, outer):
        # "…, increasing the activation of caspase-9": the gerund of the list governs the nominal
        sign = _undoing_sign(outer, cue) * cue.sign
        cue = Cue("activate" if sign > 0 else "inhibit", cue.start, cue.end, cue.text)
    elif cue is not opening and not _continues_means(text, effect, opening, cue) \
            and not _nested_means(text, effect, opening, cue):
        return None
    if coordination.is_object_of(text, cue.end, means.start) or _EVENT_OF.match(text, cue.end, means.start):
        return cue  # "by inhibiting the phosphorylation of Akt": the gerund's event noun (no sign of its own) of X
    return cue if _in_object_list(text, spans, cue, means) else None


# between the opening of a means and the event noun it governs: "with" of a prepositional verb ("interfering
# with"), an article and one modifier ("tyrosine phosphorylation of", "the nuclear translocation of")
_NOUN_GAP = r"\s*(?:with\s+)?(?:the\s+)?(?:[a-z]+\s+)?"
_MEANS_NOUN_GAP = lazy_re.compile(rf"^{_NOUN_GAP}$", re.IGNORECASE)
# the same gap, then an event noun with no sign of its own and "of": "the phosphorylation of", "with tyrosine
# phosphorylation of", "the nuclear translocation of"
_EVENT_OF = lazy_re.compile(rf"{_NOUN_GAP}(?:phosphorylation|translocation|expression|production|"
                            r"secretion|release|levels?|activit(?:y|ies))\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _means_event_noun(text: str, spans: list[Span], opening: Cue, cue: Cue) -> bool:
    """Is ``cue`` an event noun ("phosphorylation", "activation") that the means' opening governs, with nothing but
    ``_MEANS_NOUN_GAP`` and no mention between them ("by interfering with tyrosine phosphorylation of …")?"""
    word = cue.text.lower()
    if not (word.endswith(("tion", "sion", "ment")) or word in _NOMINAL_CHANGE):
        return False
    if any(opening.end <= s.start and s.end <= cue.start for s in spans):
        return False
    return bool(_MEANS_NOUN_GAP.match(text[opening.end:cue.start]))


# between a gerund of the means list and the means it takes itself: its object phrase only ("enhancing Bim
# expression through inhibition of …"); a comma or a clause word ends the gerund's phrase
_NESTED_GAP = lazy_re.compile(r"^[^,;.]{1,60}$")
_NOT_NESTED = lazy_re.compile(r"\b(?:which|that|and|or|while|whereas|but)\b", re.IGNORECASE)


def _nested_means(text: str, effect: list[Cue], opening: Cue, cue: Cue) -> bool:
    """Is ``cue`` the means of the last gerund of the means list ``opening`` starts ("induce apoptosis by
    decreasing …, increasing …, and enhancing Bim expression through inhibition of the Ras/MEK/ERK pathway",
    new_papers_en PMID23085435; "by inhibiting the production of … through the downregulation of NF-kB and
    AP-1", new_papers_en PMID21251971)? A means of a means acts on the end with the end's sign times its own:
    the middle verb's sign counts twice (X→Bim, Bim→apoptosis) and cancels (GUIDELINES 2, mechanism chains)."""
    before = [c for c in effect if c.end <= cue.start]
    if not before or not _MEANS.search(text[max(before[-1].end, cue.start - 14):cue.start]):
        return False
    gerund = before[-1]
    # the list's items are its gerunds; a nominal one of them governs is none ("increasing the activation of …")
    verbs = [c for c in before if c is opening or c.text.lower().endswith("ing")]
    if gerund not in verbs or gerund is not opening and not _continues_means(text, verbs, opening, gerund):
        return False
    gap = text[gerund.end:cue.start]
    return bool(_NESTED_GAP.match(gap)) and not _NOT_NESTED.search(gap)


def _continues_means(text: str, effect: list[Cue], opening: Cue, cue: Cue) -> bool:
    """Is ``cue`` a later gerund of the means list ``opening`` starts ("by downregulating …,
    while upregulating …"), every cue in between a gerund joined the same way?"""
    chain = [c for c in effect if opening.start <= c.start and c.start <= cue.start]
    return all(c.text.lower().endswith("ing") and _MEANS_GO_ON.search(text[max(prev.end, c.start - 16):c.start])
               for prev, c in zip(chain, chain[1:]))


def _in_object_list(text: str, spans: list[Span], cue: Cue, means: Span) -> bool:
    """Is ``means`` in the object list of ``cue``: nothing but names, list words and parentheses
    between them ("downregulating B-cell lymphoma (Bcl)-2, Bcl-extra large and myeloid cell
    leukemia 1")? A preposition or a relative clause ends the list."""
    gap = _between(text, Span(cue.start, cue.end, "", ""), means, spans)
    if _NOMINAL_END.search(cue.text):  # "inhibition of the Ras/MEK/ERK and Ras/mTOR pathways": its object
        gap = _OF_OBJECT.sub("", gap, count=1)
    return bool(_MEANS_LIST_GAP.match(gap)) and not _NOT_A_LIST.search(gap) \
        and not _OWNS_PARTICIPLE.match(text, means.end)  # "Bim-mediated activation of …": Bim's own cue


def _means_label(text: str, cues: list[Cue], end: Span, means_target: Span, cue_end: Cue, means: Cue,
                 hedged: bool) -> PairLabel:
    """"enhancing Bim expression through inhibition of the Ras/MEK/ERK pathway": the means acts
    on the end, with the two signs multiplied (GUIDELINES 2, mechanism chains, the English order)."""
    sign = cue_end.sign * means.sign
    if roles.is_degraded(text, end.start, end.end):
        label = "downregulates" if sign > 0 else "upregulates"
    else:
        label = effect_label(sign, cue_end.kind, end, text, cues)
    return _finish(PairLabel(label, cue=means, agent=means_target.entity_id, hedged=hedged), text, end.end)


def _held_by_other(text: str, spans: list[Span], cue: Cue, target: Span) -> bool:
    """Is the cue a participle right after another mention than the target ("autophagy
    induced by …")? It then modifies that mention."""
    before = [s for s in spans if target.end <= s.start and s.end <= cue.start]
    if not before:
        return False
    holder = max(before, key=lambda s: s.end)
    if holder.entity_id == target.entity_id or text[holder.end:cue.start].strip(" -"):
        return False
    # "GSH, CAT and GPx decreased by the administration of CCl4": the participle is the predicate of the
    # whole list the target is an item of, not of its last item alone
    return not ENUMERATION.match(_between(text, target, holder, spans))


# between a listed gene and the predicate of its list: other list items, 的, a level word,
# degree adverbs ("Notch1、Jagged1、Jagged2及Treg的表达升高", "Bax蛋白表达水平明显降低")
# (one Latin character per step: "[A-Za-z0-9αβγδκ]+" inside the star split a run of Latin words in exponentially
# many ways before failing; the same strings match — bench/regex_backtracking.py)
_LEVEL_GAP = lazy_re.compile(r"^(?:[、,，及和与/\s\-]|的|较[^,，;；。]{0,12}?组|[A-Za-z0-9αβγδκ]|蛋白质?|基因(?=的?表达)|质(?=表达)|表达(?:量|丰度)?|水平|含量|浓度|mRNA|均|也|都|明显|显著|较"
                             r"|不同程度[的地]?|有所|均有|略有|进一步|逐渐|逐步|极|或|相对"
                             # its activity or phosphorylation, as its amount ("加入AHP-II后,JNK2蛋白的磷酸化水平呈剂量依赖性降低",
                             # new_papers_zh ChinaXiv-201810.00267V1; "注射leptin后,下丘脑mTOR的磷酸化水平增加", "…中GSH-Px活性显著提高"):
                             # effects.effect_label reads the word after the gene (_ACTIVITY_AFTER) as activates/inhibits
                             r"|磷酸化|活性|活力|程度|呈(?:剂量|时间|浓度)依赖性[的地]?)*$")  # "…的表达均不同程度的增加",
# "FoxO1的mRNA和蛋白质表达量显著或极显著提高" (sample ChinaXiv-201711.00904V1); the gene's head noun before its
# expression: "Caspase-3、Bax 基因的表达下调" (validation_zh ChinaXiv-201711.01073V1), "PLTP基因表达上调" (ChinaXiv-201712.00859V1)
# and its abundance ("Bcl-2基因的相对表达丰度极显著上调", validation38_zh ChinaXiv-201711.01073V1)
_LEVEL_WORD = lazy_re.compile(r"表达|水平|含量|浓度|磷酸化|活性|活力")
# "高于/低于…组" compare a treated group's read-out with another group's: the predicate of a
# level only (cues.py keeps them out of the effect classes, so they govern no object)
_COMPARED = {"more": "up", "less": "down", "pile": "up"}  # 堆积/聚集 (cues.py "pile"): a level that rises


def _level_predicate(text: str, target: Span, cues: list[Cue], breaks: list[int],
                     spans: list[Span] = (), bare: bool = False, glossed: bool = False) -> Cue | None:
    """The up/down cue that ends the target's own clause and states its level (Chinese: the
    predicate follows the list it belongs to), or None. Other mentions in between are list
    items ("肿瘤坏死因子-α和白细胞介素-6浓度升高"). ``bare``: a bare change word with no level word
    before it counts too ("LC3II降低(…)", zh_levels.bare_level_change). ``glossed`` (a treatment's
    read-outs): the list's items may be Chinese names glossed in brackets (zh_levels.without_glossed_items)."""
    clause_end = next((b for b in breaks if b >= target.end), len(text))
    cue = next((c for c in cues if target.end <= c.start < clause_end and c.kind in ("up", "down", *_COMPARED)), None)
    if cue is None:
        return None
    gap = _between(text, target, Span(cue.start, cue.end, "", ""), spans) if spans else text[target.end:cue.start]
    # a bare change word after the read-out is its predicate too ("LC3II降低(…)", relations/zh_levels.py)
    if cue.kind == "pile":  # "LC3I大量堆积", "β-catenin在胞浆中异常聚集": the word states the amount itself
        return cue if post_nominal.PILE_GAP.fullmatch(gap) else None
    stated = _LEVEL_WORD.search(gap) or (bare and zh_levels.bare_level_change(text, cue.start, cue.end))
    if glossed and stated and not _LEVEL_GAP.match(gap) and ("（" in gap or "(" in gap or "）" in gap or ")" in gap) \
            and not zh_levels.caused_by_other(text[_clause_start(text, target.start):target.start]):
        gap = zh_levels.without_glossed_items(gap)  # "脂蛋白酯酶（LPL）、肝脂酶（HTGL）的…表达量均显著升高"
    return cue if stated and _LEVEL_GAP.match(gap) else None


def _own_predicate(text: str, target: Span, cues: list[Cue], breaks: list[int], spans: list[Span],
                   bare: bool = False, glossed: bool = False) -> Cue | None:
    """The predicate the target's own clause states about it: a level ("Y的表达降低", with ``bare`` also
    "LC3II降低(…)", with ``glossed`` across glossed Chinese names) or a pathway's activity ("Akt/mTOR信号放大")."""
    level = _level_predicate(text, target, cues, breaks, spans, bare, glossed)
    if level is not None and level.kind in _COMPARED:  # "Bax表达显著高于Control组": a level, up or down
        level = Cue(_COMPARED[level.kind], level.start, level.end, level.text)
    if level is not None or target.label != "PATHWAY":
        return level
    clause_end = next((b for b in breaks if b >= target.end), len(text))
    found = cue_scope.pathway_predicate(text, target.end, clause_end)
    if found is None:
        return None
    sign, start, end, words = found
    return Cue("activate" if sign > 0 else "inhibit", start, end, words)


_NOMINAL_GAP = lazy_re.compile(r"^\s*(?:the\s+|了\s*)?$", re.IGNORECASE)


def _outer_cue(text: str, cues: list[Cue], cue: Cue, lo: int, skip: frozenset[int] = frozenset(),
               gerunds: bool = False) -> Cue | None:
    """An effect verb governing a nominal cue ("suppressed the activation of", "inhibited the
    induction of"): the two signs multiply. ``gerunds``: a gerund after a comma continues the list
    (a means list, "by decreasing …, increasing the activation of …, and enhancing …"); elsewhere it is a
    verb of its own ("include enhancing immunity, inhibiting proliferation of cells, promoting apoptosis")."""
    before = [c for c in cues if lo <= c.start and c.end <= cue.start and c.kind in EFFECT_CLASSES
              and c.start not in skip]  # a participle ("stress-induced") modifies, it does not govern
    if not before:
        return None
    gap = text[before[-1].end:cue.start]
    # (-sion and -ment nominalise effect verbs as -tion does: "counteracts the suppression of interleukin-11
    # expression", "inhibited the repression of", "blocked the enhancement of")
    # (a plural nominal too: "when it reversed activations of NF-kappaB, mTOR and p38 signalling cascades",
    # validation_en PMID27248656 — one activation per pathway)
    word = cue.text.lower()
    word = word[:-1] if word.endswith(("tions", "sions", "ments")) else word
    nominal = word.endswith(("tion", "sion", "ment", "ing")) or word in _NOMINAL_CHANGE
    if nominal and (_NOMINAL_GAP.match(gap) or (_INDUCED_GAP.match(gap) and cue.text.lower() in _NOMINAL_CHANGE)):
        return before[-1]
    if nominal and not word.endswith(("ing", "es")) and _VERB_FORM.search(before[-1].text) and not _NOMINAL_END.search(before[-1].text) \
            and listed_objects.governs_listed_nominal(text, before[-1].start, before[-1].end, cue.start):
        return before[-1]  # "inhibited IL-1b, IL-6 and TNF-a as well as the activation of NF-kB" (listed_objects.py)
    coordinated = _COORDINATED_NOMINAL.match(gap) if nominal else None
    if coordinated and not gerunds and "," in gap and (cue.text.lower().endswith("ing") or before[-1].text.lower().endswith("ing")):
        coordinated = None  # "inhibiting proliferation of cancer cells, promoting apoptosis": gerunds, each a verb
    if coordinated and coordinated.group("first"):
        # "inhibited the phosphorylation of JAK2 … and the downstream activation of STAT3": the
        # verb governing the first nominal governs the coordinated one
        return before[-1]
    if coordinated and (before[-1].text.lower().endswith("tion") or before[-1].text.lower() in _NOMINAL_CHANGE):
        # "attenuated the increase of Bax/Bcl2 ratio, activation of caspase 3 and release of cytochrome c":
        # the verb governing the list's first nominal governs every later one
        return _outer_cue(text, cues, before[-1], lo, skip, gerunds)
    return None


_COORDINATED_NOMINAL = lazy_re.compile(r"^\s*(?P<first>(?:the\s+)?[a-z]+(?:tion|sion|ing)\s+)?of\s+[^,;.]{1,40}?(?:\s+and\s+|\s*,\s*(?:and\s+)?)"
                                       r"(?:the\s+)?(?:[a-z\-]+\s+)?$", re.IGNORECASE)


def _means_opening(text: str, cues: list[Cue], agent: Span, cue: Cue) -> Cue | None:
    """The 通过 that opens the means phrase the governing ``cue`` belongs to: the cue itself, or, for an
    effect verb ("通过磷酸化其下游mTOR"), the last 通过 between the agent and it; None without one."""
    if cue.kind == "via":
        return cue if cue.text == "通过" else None
    if cue.kind not in EFFECT_CLASSES or "通过" not in text or cue.start <= agent.start:
        return None
    found = next((c for c in reversed(cues) if c.kind == "via" and agent.end <= c.start and c.end <= cue.start), None)
    return found if found is not None and found.text == "通过" else None


_CONSEQUENCE = lazy_re.compile(r"\b(?:resulting|results|resulted)\s+in\b", re.IGNORECASE)
# "… of ginseng saponins against the immobilization stress-induced increase of plasma IL-6"
_REVERSAL = lazy_re.compile(r"\b(?:revers\w*|restor\w*|counteract\w*|rescu\w*|against)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$|(?:逆转|恢复)了?\s*$",
                            re.IGNORECASE)


def _changed_before(text: str, cues: list[Cue], cue: Cue, target: Span) -> int:
    """-1 when what the cue acts on is a decrease of the target, else 1: "抑制AOPPs下调的
    E-cadherin" (a participle of decrease right before the target: preventing the fall raises
    it), "reverses age-related decreases in SERT expression" (a reversal verb before the
    change noun that governs the target)."""
    between = [c for c in cues if cue.end <= c.start and c.end <= target.start and c.kind in ("up", "down")]
    if between and text[between[-1].end:target.start].strip() == "的" and between[-1].kind == "down":
        return -1
    if cue.text.lower() in _NOMINAL_CHANGE and _REVERSAL.search(text[max(0, cue.start - 70):cue.start]):
        return -1
    return 1


# English verbs of bringing back what was lost ("rescue", "restore", "recover"): governing a change noun they
# undo the change, as "reverse" does, and are no activation of it
_UNDOING_EN = lazy_re.compile(r"(?:rescu|restor|recover)\w*$", re.IGNORECASE)


def _undoing_sign(outer: Cue, nominal: Cue) -> int:
    """The sign an outer verb gives the change noun it governs: its own, but -1 for a verb of bringing back
    ("Vitamin K2 can rescue the dexamethasone-induced downregulation of osteoblast autophagy", reviews
    jin2025_autophagy, gold ``activates``; "restores the anemia-induced reduction in cyclophosphamide
    cytotoxicity", BC5CDR): to restore a decrease is to raise the level again (GUIDELINES 5.7). English only:
    "恢复DKK-1对Wnt通路的抑制" (sample ChinaXiv-201801.00686V1) re-establishes the inhibition."""
    if outer.sign > 0 and nominal.text.lower() in _NOMINAL_CHANGE and _UNDOING_EN.match(outer.text):
        return -1
    return outer.sign


# "decreased norepinephrine-induced increase of IL-6", "attenuated the stress-induced increase in":
# the outer verb reverses a change that a stimulus caused (GUIDELINES 5.7)
_NOMINAL_CHANGE = frozenset({"increase", "increases", "decrease", "decreases", "elevation", "reduction",
                             "upregulation", "downregulation", "up-regulation", "down-regulation"})
_INDUCED_GAP = lazy_re.compile(r"^\s*(?:the\s+)?[^,;.]{0,60}?-?\s*(?:induced|mediated|caused|triggered)\s+$", re.IGNORECASE)


def _side_role(text: str, spans: list[Span], agent: Span, target: Span, hedged: bool,
               context: SentenceContext | None = None) -> PairLabel | None:
    """Pairs in one sentence but not in one statement (roles.py): the target is the model's
    stimulus ("IL-1β-treated"), or part of a phenotype ("胰岛素抵抗"); the herb is only the
    source of a compound that is the subject ("从知母根茎中分离得到的…"); either is named inside
    a larger noun ("proton pumps", "醛固酮受体拮抗剂").

    Every question but one (is the agent an object) is about one mention in one role: asked once
    per mention (``_agent_side``, ``_target_side``) and kept in ``context`` (the sentence's, built
    from these ``spans``), not again for each pair the mention is in."""
    memo = context.sides if context is not None and context.starts is not None else None
    starts = context.starts if memo is not None else None
    a = _side_answers(memo, ("agent", agent.start, agent.end, agent.label, agent.entity_id), _agent_side, text, spans, agent, starts)
    t = _side_answers(memo, ("target", target.start, target.end, target.label, target.entity_id), _target_side, text, spans,
                      target, starts)
    modifier, unnamed, stimulus, solvent, source = a
    named_in, unnamed_after, strain, independent, by_agent, stimulus_t, phenotype = t
    if modifier or named_in or unnamed or unnamed_after or strain or independent:
        # (named inside a larger noun, "in ApoE-Deficient mice", "Beclin 1-independent autophagy",
        # "抑制STAT信号通路的靶基因的蛋白表达": the targets, not the pathway)
        return PairLabel("associated", weight=WEIGHTS["modifier"], hedged=hedged)
    if agent.start < target.start and by_agent:
        return PairLabel("associated", weight=WEIGHTS["associated"], hedged=hedged)
    if agent.label in AGENT_LABELS and agent.start < target.start and \
            _side_answers(memo, ("object", agent.start, agent.entity_id), _is_object, text, spans, agent):
        # "芍药苷…增加抗氧化物谷胱甘肽…,同时激活…通路": the second compound is a target too
        return PairLabel("associated", weight=WEIGHTS["associated-targets"], hedged=hedged)
    if agent.label in AGENT_LABELS and stimulus_t and not stimulus:
        return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)
    if agent.start < target.start and _side_answers(memo, ("attenuated", target.start, target.end),
                                                    roles.is_attenuated_inducer, text, target.start, target.end):
        return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=hedged)  # "抑制BMP9诱导成骨分化"
    if solvent:
        return PairLabel("associated", weight=WEIGHTS["source"], hedged=hedged)
    if phenotype:
        return PairLabel("associated", weight=WEIGHTS["phenotype"], hedged=hedged)
    if target.label not in AGENT_LABELS and source:
        return PairLabel("associated", weight=WEIGHTS["source"], hedged=hedged)
    return None


def _next_start(spans: list[Span], starts: tuple[int, ...] | None, end: int) -> int | None:
    """Where the first mention starting at or after ``end`` starts (``starts``: the mentions'
    starts, sorted, when the sentence keeps them: a bisection)."""
    if starts is None:
        return min((sp.start for sp in spans if sp.start >= end), default=None)
    at = bisect_left(starts, end)
    return starts[at] if at < len(starts) else None


def _agent_side(text: str, spans: list[Span], agent: Span, starts) -> tuple[bool, ...]:
    """What ``_side_role`` asks of the agent alone: named inside a larger noun or after its class,
    followed by unnamed targets, a stimulus, an extract's solvent, a compound's source."""
    return (roles.is_name_modifier(text, agent.start, agent.end, agent.label, agent=True) or _classifier(text, spans, agent),
            roles.names_unnamed_targets(text, agent.end, _next_start(spans, starts, agent.end)),
            agent.label in AGENT_LABELS and roles.is_stimulus(text, agent.start, agent.end),
            agent.label == "COMPOUND" and roles.is_extract_solvent(text, agent.start, agent.end),
            agent.label == "HERB" and roles.is_source(text, agent.start, agent.end)
            and any(sp.label == "COMPOUND" for sp in spans))


def _target_side(text: str, spans: list[Span], target: Span, starts) -> tuple[bool, ...]:
    """What ``_side_role`` asks of the target alone: named inside a larger noun, followed by
    unnamed targets, a model's strain, named as not needed, a by-agent, a stimulus, a phenotype."""
    gene = target.label == "GENE"
    return (roles.is_name_modifier(text, target.start, target.end, target.label),
            roles.names_unnamed_targets(text, target.end, _next_start(spans, starts, target.end)),
            gene and roles.is_model_strain(text, target.start, target.end),
            gene and roles.is_independent(text, target.start, target.end),
            roles.is_by_agent(text, target.start),
            roles.is_stimulus(text, target.start, target.end),
            gene and roles.is_phenotype(text, target.start, target.end))


def _side_answers(memo: dict | None, key: tuple, question, *args):
    """``question(*args)``, remembered in the sentence's ``memo`` under ``key`` (what it depends on)."""
    if memo is None:
        return question(*args)
    found = memo.get(key)
    if found is None:
        found = memo[key] = question(*args)
    return found


def _caused_by_subject(text: str, spans: list[Span], agent: Span, target: Span) -> tuple[int, int, int, str] | None:
    """The change of state the causative 使 gives the target (causatives.py), when the agent is the subject
    that 使 continues: a herb/compound named before it, with no other herb/compound before 使; or a gene or
    pathway that is itself a subject (causatives.gene_subject: "IKK复合物使IkB磷酸化")."""
    if agent.start >= target.start or "使" not in text:  # every change caused_change finds follows a 使
        return None
    caused = causatives.caused_change(text, target.start, target.end)
    if caused is None:  # the causee restated after the subject's own verb: "Caspase-3 剪切PARP后，…，使PARP失去其酶活力"
        later = sorted((sp for sp in spans if sp.entity_id == target.entity_id and sp.start > target.start),
                       key=lambda sp: sp.start)
        for restated in later:
            if (caused := causatives.caused_change(text, restated.start, restated.end)) is not None:
                target = restated
                break
    if caused is None:
        return None
    at = causatives.causative_start(text, target.start)
    if at is None or at < agent.end:
        return None
    if agent.label not in AGENT_LABELS:
        # a gene before 使 is as often the object of the earlier clause ("抑制Mcl-1与Bak的结合,使Bim…"):
        # it acts only as the subject, with no herb/compound before it (one inside the same name does not
        # count: "cAMP/PKA…能使CyclinD1表达增多")
        # its mention nearest before 使 is the subject ("BMPs-Smad经典信号通路主要为BMPs和受体结合,使…")
        agent = max((sp for sp in spans if sp.entity_id == agent.entity_id and sp.end <= at), key=lambda sp: sp.start)
        names = [sp for sp in spans if sp.start <= agent.start and agent.end <= sp.end]
        if any(sp.label in AGENT_LABELS and sp.start < at and not any(n.start <= sp.start and sp.end <= n.end for n in names)
               for sp in spans):
            return None
        lo = _clause_start(text, agent.start)
        # the causee named earlier as the subject's own object is no other subject: "Caspase-3 剪切PARP后，…，使PARP失去其
        # 酶活力" (new_papers_zh ChinaXiv-201707.00654V1)
        between = [(sp.start, sp.end) for sp in spans if agent.end <= sp.start and sp.end <= at
                   and sp.entity_id != target.entity_id]
        if not causatives.gene_subject(text, lo, agent.start, agent.end, at, between):
            return None
    if any(sp.label in AGENT_LABELS and sp.entity_id != agent.entity_id and agent.end <= sp.start < at for sp in spans):
        return None
    return caused


def _classifier(text: str, spans: list[Span], agent: Span) -> bool:
    """"the Flavonoid Fisetin", "生物碱小檗碱": a class named right before its member; the member
    is the agent."""
    return agent.label in AGENT_LABELS and any(
        s.label in AGENT_LABELS and s.entity_id != agent.entity_id and s.start >= agent.end
        and not text[agent.end:s.start].strip() and s.start - agent.end <= 1 for s in spans)


def _restated_non_effect(text: str, spans: list[Span], agent: Span, target: Span, breaks, hedged: bool) -> PairLabel | None:
    """"…was lower in the PNS group, but PNS had no effect on … caspase-1": the agent named
    again in the target's clause states a non-effect there, whatever an earlier clause said."""
    clause = next((b for b in breaks if b >= agent.end), len(text))  # after the first mention's clause
    again = [s for s in spans if s.entity_id == agent.entity_id and clause < s.start and s.end <= target.start]
    if not again:
        return None
    stated = negation.non_effect(text, again[-1].end, target.start)
    if stated is None:
        return None
    start, end, words = stated
    return _finish(PairLabel("associated", negated=True, cue=Cue("negation", start, end, words),
                             agent=agent.entity_id, hedged=hedged), text, again[-1].end, stated=True)


def _is_object(text: str, spans: list[Span], span: Span) -> bool:
    """Is the mention the object of an effect cue opening its clause, with a herb/compound
    subject earlier in the sentence (so it is not a subject itself)?"""
    lo = _clause_start(text, span.start)
    if any(lo <= sp.start < span.start for sp in spans if sp.entity_id != span.entity_id):
        return False
    return _has_effect_cue(text[lo:span.start]) and any(sp.label in AGENT_LABELS and sp.end <= lo for sp in spans)


@lru_cache(maxsize=4096)
def _has_effect_cue(clause: str) -> bool:
    """Does ``clause`` hold an effect cue? Asked for the same clause opening by many pairs of a
    sentence (``_is_object``), so remembered."""
    return any(c.kind in EFFECT_CLASSES for c in find_cues(clause))


def _finish(result: PairLabel, text: str, lo: int = 0, stated: bool = False) -> PairLabel:
    """Weight the label; ``lo`` is where the pair's statement starts (negation scope)."""
    result.weight = WEIGHTS["upregulates" if stated else result.label] * result.weight_factor
    if stated or (result.cue is not None and negation.negates(text, result.cue.start, lo)):
        result.negated = True
        result.weight *= NEGATION_FACTOR
    if result.hedged:
        result.weight *= HEDGE_FACTOR
    return result


def _associated(between: str, same_clause: bool, hedged: bool, text: str = "", first: Span | None = None,
                second: Span | None = None, breaks: tuple[int, ...] = ()) -> PairLabel:
    listed = first is not None and second is not None and coordination.in_list(
        text, first.start, second.end, between, _clause_start(text, first.start),
        next((b for b in breaks if b >= second.end), len(text)))
    if listed or ENUMERATION.match(between) or ("、" in between and len(between.replace(" ", "")) <= 12):
        key = "enumeration"
    else:
        key = "associated" if same_clause else "associated-clause"
    return PairLabel("associated", weight=WEIGHTS[key] * (HEDGE_FACTOR if hedged else 1.0), hedged=hedged)

"""What a curator reads first: the tier of a relation and the factor its score gets.

Tiers (column ``tier`` of relations.csv; filter on it in Excel/WPS):

* ``finding`` — a herb or compound acting on a gene or pathway, stated with a cue (effect,
  via, or a stated non-effect): what users of a TCM text-mining tool come for.
* ``mechanism`` — a cue-stated link between genes/pathways, and herb–compound composition
  (``contains``) or combination (``combined_with``).
* ``structural`` — a gene ``member_of`` a pathway named in the same phrase ("EIF2S1 signaling
  pathway", "RANKL 通路", the members of "PI3K/AKT/mTOR"): true, but self-evident from the name.
* ``co-mention`` — named in one sentence, no cue: the weakest evidence.

The score of a row (``rank_score``; each document's own in ``doc_scores``, ``document_scores``)
is log-linear in what the row shows a curator: how clearly
its best sentence states the relation (the cue weight of effects.py, with ``score_factor``), the
kinds of entities and the label, how many sentences name the pair, where its best sentence is
and in how many documents. The weights are those of a logistic regression of "the (document,
pair) unit is in the gold" on these features over the three development gold sets (reviews,
new papers in Chinese, English abstracts; bench/rank_weights.py fits them and checks them by
fitting on half of the new papers and measuring on the other half), rounded to 0.1, except the
weights of ``member_of``, ``caption`` and ``no_cue`` (see RANK_WEIGHTS; bench/rank_calibration.py
refits on the new papers + validation and checks each set left out: a refit of these terms
carries over nothing — stop 28 —, so only changes that raise every set are made; bench/rank_units.py
and bench/rank_loso.py redo this over all thirteen development gold sets, stop 42, and added ``compound_pair``;
over fifteen, stop 45, ``gene_gene_sentences``). The
Jensen-lab co-occurrence score got a weight near 0 (-0.1 to -0.3) and is left out of the rank;
it stays in ``score_cooccurrence``. Structural rows are not lowered: both gold sets count a
gene's membership of a named axis as a relation (about 90 % of the structural rows are in
them), so curators separate them with ``tier``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from pipeline import lazy_re
from pipeline.relations.second_messengers import is_second_messenger
from pipeline.text.sections import FRONT_SECTIONS

AGENT_TYPES = frozenset({"HERB", "COMPOUND"})
EFFECT_LABELS = frozenset({"upregulates", "downregulates", "activates", "inhibits", "via"})
TIER_ORDER = ("finding", "mechanism", "structural", "co-mention")
FINDING_FACTOR = 2.0  # herb/compound -> gene/pathway stated with a cue
AGENTS_ONLY_ASSOCIATED_FACTOR = 0.5  # two herbs/compounds named together without a cue
# Two compounds (or two herbs) linked by nothing but "associated": GUIDELINES section 3 ("only
# ``combined_with`` is used between two HERB/COMPOUND entities") and 5.15-5.16 (a drug changing a
# hormone, a stimulus raising a metabolite stay unannotated) give such a pair no relation, while a
# herb and a compound named together are often ``contains``. In a default run over the non-held-out
# gold sets the COMPOUND–COMPOUND "associated" units were 7 gold (5 a combination the cue words missed,
# 2 a chain step) against 441 not; HERB–HERB 0 against 98 (stop 42). They stay in the co-mention tier
# (a curator who looks for a missed combination finds them) but rank as a disease map's rows: they do
# not compete with findings (issue 14).
SAME_AGENTS_ASSOCIATED_FACTOR = 0.1
# two genes: the background biology of a paper (Bax and Bcl-2, JAK2 and STAT3), rarely the
# finding a curator reads it for; on the development gold of new papers most gene–gene rows
# are not gold (English abstracts: 16 of 247 extracted), so they yield the top to herb/compound
# rows of equal evidence. Chosen with bench/relations_quality.py among 1, 0.5, 0.3 (P@|gold|:
# reviews 0.751 -> 0.756, English 0.510 -> 0.547, Chinese 0.361 -> 0.376 at 0.5).
GENE_GENE_FACTOR = 0.5
# A disease is not an entity of the gold sets (GUIDELINES 1: "a relation with a non-entity …
# diseases … does not count"), but the pathway dictionary holds KEGG's Human Diseases maps
# (hsa05xxx: "hepatocellular carcinoma", "asthma", "glioma"), so "induced apoptosis in HepG2
# hepatocellular carcinoma cells" pairs them with every agent. They rank below relations between
# entities: the factor of a table row (effects.py, 0.1), not a tuned value. On the development
# gold 0 of 30 such (document, pair) units are gold (16 of them stood in the top |gold|).
DISEASE_FACTOR = 0.1
DISEASE_NOTE = "KEGG Human Diseases"


def is_disease_map(note: str) -> bool:
    """Is a PATHWAY with this dictionary ``note`` one of KEGG's Human Diseases maps?"""
    return str(note or "").startswith(DISEASE_NOTE)


# Slash lists read as composite pathways that are no axis: a ratio to a loading control
# ("E-cadherin/GAPDH 灰度比值"; GUIDELINES 5.10: a loading control is no relation partner) or one
# gene under two names ("p62/SQSTM1"). Their rows take the disease factor too.
LOADING_CONTROLS = frozenset({"HGNC:4141", "HGNC:132", "HGNC:20778", "HGNC:12407"})  # GAPDH, ACTB, TUBB, TUBA4A


def is_false_axis(members) -> bool:
    """Is a composite pathway with these member ids a ratio to a loading control or a synonym pair?"""
    members = tuple(members or ())
    return len(members) > 1 and (len(set(members)) < len(members) or bool(LOADING_CONTROLS & set(members)))


def axis_members(entity_id: str) -> tuple[str, ...]:
    """The member ids of a composite pathway id ("AXIS:HGNC:1748/HGNC:4141"), else ()."""
    return tuple(entity_id[5:].split("/")) if str(entity_id).startswith("AXIS:") else ()


# Reactome and WikiPathways maps are recognised for breadth, but what they name in abstracts is a
# cell-cycle phase, a process or a disease ("S Phase", "G2 Phase", "Angiogenesis", "Adipogenesis",
# "Bladder Cancer", "DNA methylation"), and GUIDELINES 1.1-1.2 give a pathway a KEGG map or an
# axis id only: a process is an entity when a *KEGG* map names it. None of the 860 pathway sides
# of the five gold sets has such an id, while 28 rows of a run over them did (20 false (document, pair)
# units stood in validation_en's top |gold|). Their rows take the disease factor.
_FOREIGN_MAP = lazy_re.compile(r"^(?:R-HSA-\d+|WP\d+)$")


def is_foreign_map(entity_id: str) -> bool:
    """Is the pathway id a Reactome or WikiPathways map (no KEGG map, no axis)?"""
    return bool(_FOREIGN_MAP.match(str(entity_id or "")))


# A KEGG map named after an entity ("NF-kappa B signaling pathway" of NF-κB, "mTOR signaling pathway" of
# MTOR, "Wnt signaling pathway" of Wnt): a sentence naming "NF-kappaB, mTOR and p38 signalling cascades"
# (validation_en PMID27248656), "NF-kB and MAPK pathways" (new_papers_en PMID24849405) or "阻断Wnt信号转导"
# (validation_zh ChinaXiv-201803.00487V1) yields the gene and its own map from the same words. Their
# "associated" unit states nothing (issue 14: structural rows do not compete with findings): 0 of 29 such
# units of a default run over the development sets are gold, 5 stood in the top |gold|. They take the
# disease factor; a stated direction ("激活TGF-β信号通路", a gold row) keeps its factor.
_MAP_TAIL = lazy_re.compile(r"\s+(?:signal(?:l)?ing\s+)?pathway$|\s+signal(?:l)?ing$|\s+metabolism$", re.IGNORECASE)
_KEGG_MAP = lazy_re.compile(r"^hsa\d{5}$")


def _name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name or "").lower())


def named_after(a, b) -> bool:
    """Is one of the two entities (dictionary Entities) a KEGG map named after the other ("NF-kappa B
    signaling pathway" and NFkappaB; the map's name without "signaling pathway" equals the other's name)?"""
    for entity, pathway in ((a, b), (b, a)):
        if _KEGG_MAP.match(str(getattr(pathway, "id", ""))) and not _KEGG_MAP.match(str(getattr(entity, "id", ""))):
            head = _name_key(_MAP_TAIL.sub("", str(getattr(pathway, "name", ""))))
            if len(head) >= 3 and head == _name_key(getattr(entity, "name", "")):
                return True
    return False


# A FamPlex family and one of its own members named in one sentence: "PKC的特异性抑制剂并没有改变PKCα、PKCβ和PKCγ的
# 表达水平" (validation_zh ChinaXiv-201711.00762V1), "histone deacetylase (HDAC) activity … the class III HDAC sirtuin 1"
# (validation_en PMID23069328), "在Notch组中Notch1…升高,Notch3、Notch4…降低" (new_papers_zh ChinaXiv-201712.00769V1),
# "MAPK scaffold for the activation of JNK3" (validation_zh ChinaXiv-201712.01073V1): the cue belongs to another pair,
# and the one relation between a family and its member the gold counts is membership (GUIDELINES 5.11, 5.15,
# ``member_of``). In a default run 12 such units with another label stood in the four development sets' top |gold|,
# one of them gold (BMP9 "相对于其他BMP家族成员", a membership typed "upregulates"). They take the disease factor.
def family_member(a, b, entity_of) -> bool:
    """Is one of the two entities (dictionary Entities) a FamPlex family that the other belongs to, through its
    FamPlex parents (SIRT1 -> HDAC_III -> HDAC)? ``entity_of(id)``: the dictionary's Entity for an id, or None."""
    for member, family in ((a, b), (b, a)):
        family_id = str(getattr(family, "id", ""))
        if not family_id.startswith("FPLX:"):
            continue
        seen: set[str] = set()
        todo = list(getattr(member, "parents", None) or ())
        while todo:
            parent = todo.pop()
            if parent == family_id:
                return True
            if parent not in seen:
                seen.add(parent)
                todo.extend(getattr(entity_of(parent), "parents", None) or ())
    return False


# A gene and the one-member axis named after it ("the JNK pathway", "Nrf2 pathway", "BMP signalling", GUIDELINES 1.2):
# its ``member_of`` row restates the name. The gold counts it in Chinese papers (74 of 111 units of a default run over
# the development sets, and 20 of 37 in their English reference titles: GUIDELINES 1.2 "One-member axes get their
# member_of row, as in the reviews") but not in English abstracts, whose annotators give the pathway's statements to
# the gene (5 of 27 units, over six English sets; all 27 stood in their set's top |gold|, stop 48). An annotation
# convention split by language, measured, not a property of one text: in an English sentence outside the reference
# list the row ranks as a disease map's (leave-one-set-out, bench/rank_loso.py: P@|gold| up on 3 sets, down on 1 —
# validation40_en's one gold "JNK1 pathways" unit —, AP up on 6, down on none; default run: new_papers_en 0.866 ->
# 0.874, validation39_en 0.597 -> 0.605, validation_en 0.749 -> 0.755). It stays a row (structural tier).
_CJK = lazy_re.compile(r"[\u3400-\u9fff]")


def one_member_axis(a_id: str, b_id: str) -> bool:
    """Is one of the two ids a one-member axis ("AXIS:FPLX:JNK", no "/")?"""
    return any(len(axis_members(x)) == 1 for x in (a_id, b_id))


def bare_english_one_member(one_member: bool, label: str, section: str, text: str) -> bool:
    """Is a unit the ``member_of`` of a one-member axis (``one_member_axis``) read from an English sentence that is no
    reference title (see above)?"""
    return one_member and label == "member_of" and section != "references" and not _CJK.search(text or "")


def no_partner(entity) -> bool:
    """Is the entity (a dictionary Entity or composite) no relation partner for the ranking? A disease map, a
    false axis, a Reactome/WikiPathways map, or a second messenger (relations/second_messengers.py)."""
    entity_id = getattr(entity, "id", "")
    return is_disease_map(getattr(entity, "note", "")) or is_false_axis(axis_members(entity_id)) \
        or is_foreign_map(entity_id) or is_second_messenger(entity_id)


def _kind(a_type: str, b_type: str) -> str:
    types = {a_type, b_type}
    if types <= AGENT_TYPES:
        return "agents"
    return "agent-target" if types & AGENT_TYPES else "targets"


def tier_of(a_type: str, b_type: str, label: str, negated: bool = False) -> str:
    """The tier of a relation from its entity types and label (see the module docstring)."""
    if label == "member_of":
        return "structural"
    stated = label != "associated" or negated  # a stated non-effect is a statement
    if not stated:
        return "co-mention"
    return "finding" if _kind(a_type, b_type) == "agent-target" else "mechanism"


def score_factor(a_type: str, b_type: str, label: str, negated: bool = False, disease: bool = False,
                 cued: bool = True) -> float:
    """The factor applied to the co-occurrence score × evidence weight of a relation;
    ``disease``: one side is a disease map (``is_disease_map``); ``cued``: the best sentence states the pair
    with a cue word (a ``contains`` without one is typed from knowledge, relations/ingredients.py, and ranks as
    the co-mention it is)."""
    if disease:
        return DISEASE_FACTOR
    kind = _kind(a_type, b_type)
    if kind == "agent-target" and (label in EFFECT_LABELS - {"via"}):
        return FINDING_FACTOR
    if a_type == "GENE" and b_type == "GENE":
        return GENE_GENE_FACTOR
    if kind == "agents" and (label == "associated" or label == "contains" and not cued) and not negated:
        return SAME_AGENTS_ASSOCIATED_FACTOR if a_type == b_type else AGENTS_ONLY_ASSOCIATED_FACTOR
    return 1.0


def unit_factor(a_type: str, b_type: str, label: str, negated: bool, cued: bool, disease: bool = False,
                self_named: bool = False, family: bool = False, english_one_member: bool = False) -> float:
    """``score_factor`` of one unit (a row's best sentence, or a document's): ``disease``, a bare self-named map
    (``bare_self_named``), a bare family member (``bare_family_member``) and a one-member axis's membership read in
    English (``english_one_member``: ``bare_english_one_member`` of the unit) all rank as a disease map's. One place
    for what relations.csv's ``score``, its ``doc_scores`` and the rank benchmarks ask."""
    return score_factor(a_type, b_type, label, negated,
                        disease or bare_self_named(self_named, label, negated) or bare_family_member(family, label)
                        or english_one_member, cued)


# Log-linear rank weights (module docstring; bench/rank_weights.py). What each says, on the
# development gold: a pair whose best sentence is only in a title/abstract (lists of read-outs:
# "检测…E-cadherin、vimentin和GRP78") is rarely stated (a figure caption was thought so too, see
# "caption" below), nor is one whose best sentence has no cue word; a pair named in more sentences more often is; a row shared by many
# documents is gold in few of them (AKT–MTOR in 7 papers, stated in 2); "effect" labels weigh
# less here than their cue weight and factor already give them (the three are collinear).
# A fit on the rows' features gave the number of documents -1.2: the gold is per document while
# a row's score was shared by every document naming the pair, so a pair named in many papers met
# many (document, pair) units where it is only background. Fitted on each unit's own features
# (its document's best sentence, label and sentence count, relations.csv ``doc_scores``, what
# evaluation ranks), the weight is 0.0: an artefact of scoring rows, not a property of the
# relation. It stays 0 (on a batch of hundreds of papers -1.2 would bury consensus findings).
# The other weights are those fitted on the rows; a refit on the units (bench/rank_weights.py)
# moves them by <= 0.5 (member_of aside, set by hand below) and P@|gold| by <= 0.012 (reviews 0.817 = 0.817, Chinese 0.636 -> 0.648,
# English 0.733 -> 0.729), within what the half-split check varies, so they were not changed.
RANK_WEIGHTS = {
    "evidence_weight": 1.9,  # × ln(weight of the best sentence)
    "factor": 1.4,  # × ln(score_factor)
    "agent_target": 0.3,  # herb/compound with gene/pathway
    "agents": -0.7,  # two herbs/compounds
    "effect_label": -0.7,  # upregulates, downregulates, activates, inhibits
    "via": -0.5,
    # fitted +0.6; set to -0.5, which changes no P@|gold| figure (bench/rank_weights.py: the
    # three sets' figures are equal from +0.6 down to -0.5, lower at -1), so that structural
    # rows (a gene member_of the pathway named in the same phrase) do not crowd the findings
    # at the top of relations.csv (issue 14: "structural rows do not compete with findings")
    "member_of": -0.5,
    "sentences": 0.7,  # × ln(1 + sentences naming the pair)
    "front": -1.2,  # best sentence in a title, abstract or keywords
    "references": 0.2,  # best sentence in a reference title
    # best sentence in a figure or table caption: fitted -2.2 when the development papers had 3
    # caption units (none gold); GUIDELINES (section field) count a figure caption as body, and a
    # figure title states what the figure shows ("图6 MAPK/JNK信号通路对EGF调节NaPi-IIb表达的影响",
    # "SFRP5 inhibited BMP9 induced ALP activity"): on the validation papers 23 of 60 caption units
    # are gold, 12 of the 16 with a cue word, none of them in the top |gold| at -2.2. Set to 0
    # (a caption ranks as the body): validation_zh P@|gold| 0.594 -> 0.604, other sets unchanged
    # (bench/rank_calibration.py; the logistic fit on new papers + validation gives +0.3)
    "caption": 0.0,
    # the document's best sentence names the pair without a cue word (``DocumentBest.cued``): a
    # co-mention whose weight comes only from proximity and clause structure ("associated",
    # "associated-targets", an enumeration) states no relation a curator can quote; its gold rate
    # is 0.11-0.21 on the four development sets against 0.56-0.84 for cued units, and the
    # sentence-count term lifted the often-repeated ones (background pairs of a long paper) into the
    # top |gold|. -0.5 (bench/rank_calibration.py): P@|gold| reviews 0.897 -> 0.901, new papers
    # en 0.834 -> 0.842, zh 0.780 -> 0.783, validation en 0.642 -> 0.644, zh 0.604 -> 0.614 (with
    # the caption weight above); the logistic fit gives -0.7
    "no_cue": -0.5,
    "documents": 0.0,  # × ln(documents naming the pair); fitted -1.2, set to 0 (see above)
    # two compounds with any label but a combination (``compound_pair``): GUIDELINES 5 ("Compound against
    # compound": "Only combined_with is used between two HERB/COMPOUND entities"; a drug changing a hormone or
    # a stimulus raising a metabolite "stays unannotated"), so "TZDs inhibited estradiol production"
    # (new_papers_en PMID22878908) or a list of constituent classes ("flavonoids … tannins", validation41_en
    # PMID23042598) states no gold relation: 9 of 460 such units of the thirteen development gold sets are
    # gold, 40 stood in their top |gold| (5 of them gold). Fitted by bench/rank_loso.py on the current score (offset) over all
    # thirteen sets: -1.9; each set left out of the fit (weights fitted on the other twelve) P@|gold| rises on
    # 5 sets, falls on 1 (new_papers_zh, two gold "butyrate/acetylcholine upregulates serotonin" units of a
    # gut-microbiota paper), average precision rises on 12 of 13, falls on none
    "compound_pair": -1.9,
    # two genes named together in more sentences of the document (× ln(1 + sentences), as "sentences"): the
    # gene–gene factor (GENE_GENE_FACTOR) lowers a paper's background pairs (Bax and Bcl-2 named once in a
    # list), but a gene–gene pair the paper returns to sentence after sentence is its own mechanism (Wnt7a and
    # mTOR in 17 sentences of new_papers_zh ChinaXiv-201712.00816V1, gold, ranked below its set's top |gold|).
    # Pooled over the fifteen development gold sets (stop 45, bench/rank_units.py + bench/rank_loso.py), the
    # gold rate of gene–gene units rises with the sentences naming the pair in the document: 1 sentence 0.20
    # (457 of 2,282), 2: 0.28, 3-4: 0.42, 5-8: 0.56, more: 0.76 — faster than the "sentences" term gives
    # every pair (the gene–gene units in the top |gold| were 261 false, 446 gold; 271 gold below it). Fitted on the current score (offset) over all fifteen sets:
    # +0.5; each set left out of the fit, P@|gold| rises on 6 sets (new_papers_zh 0.823 -> 0.841,
    # validation38_en 0.679 -> 0.695, validation40_zh 0.632 -> 0.644, validation_zh 0.752 -> 0.760), falls
    # on 2 (validation44_zh 0.548 -> 0.542, validation_en 0.753 -> 0.749), AP rises on 12, falls on 2;
    # +14 gold units in the fifteen tops. A constant gene–gene term moved the sets both ways (stop 42: 5/5).
    "gene_gene_sentences": 0.5,
}
NON_EFFECT_AGENT_LABELS = frozenset({"combined_with", "contains"})  # what two agents can be (GUIDELINES 5)
_MIN_WEIGHT = 1e-4


def rank_features(weight: float, factor: float, a_type: str, b_type: str, label: str, n_sentences: int,
                  n_documents: int, section: str, cued: bool = True) -> dict[str, float]:
    """The terms of ``rank_score`` before weighting, by ``RANK_WEIGHTS`` key (bench/rank_weights.py
    and bench/rank_calibration.py fit the weights on them). Listed in the order they are summed."""
    kind = _kind(a_type, b_type)
    return {
        "evidence_weight": math.log(max(weight, _MIN_WEIGHT)), "factor": math.log(factor),
        "sentences": math.log1p(max(n_sentences, 1)), "documents": math.log(max(n_documents, 1)),
        "agent_target": float(kind == "agent-target"), "agents": float(kind == "agents"),
        "effect_label": float(label in EFFECT_LABELS - {"via"}), "via": float(label == "via"),
        "member_of": float(label == "member_of"),
        "front": float(section in FRONT_SECTIONS), "references": float(section == "references"),
        "caption": float(section == "caption"), "no_cue": float(not cued),
        "compound_pair": float(a_type == b_type == "COMPOUND" and label not in NON_EFFECT_AGENT_LABELS),
        "gene_gene_sentences": math.log1p(max(n_sentences, 1)) if a_type == b_type == "GENE" else 0.0,
    }


@lru_cache(maxsize=1 << 16)  # asked per (document, pair) unit (``document_scores``); few distinct inputs
def rank_score(weight: float, factor: float, a_type: str, b_type: str, label: str, n_sentences: int,
               n_documents: int, section: str, cued: bool = True) -> float:
    """The score of a row of relations.csv: exp of the weighted features (``RANK_WEIGHTS``).

    ``weight``: the best sentence's weight; ``factor``: ``score_factor`` of the row; ``section``:
    the best sentence's section; ``n_sentences`` and ``n_documents``: sentences and documents
    naming the pair; ``cued``: the best sentence states the pair with a cue word."""
    features = rank_features(weight, factor, a_type, b_type, label, n_sentences, n_documents, section, cued)
    x = 0.0
    for name, value in features.items():
        if value:
            x += RANK_WEIGHTS[name] * value
    return math.exp(x)


def document_scores(bests: dict, a_type: str, b_type: str, disease: bool, n_documents: int,
                    self_named: bool = False, family: bool = False, one_member: bool = False) -> dict[str, float]:
    """doc id -> the rank score of the pair in that document alone (relations.csv ``doc_scores``).

    ``bests``: doc id -> ``conflicts.DocumentBest``. The same ``rank_score`` as the row's, read
    from the document's own best sentence, label and sentence count: the row's score comes from
    the best sentence of any document, so a pair stated with a cue in one paper and merely listed
    in an abstract would rank the abstract's (document, pair) as a finding. ``n_documents`` stays
    the pair's (its weight is 0, see RANK_WEIGHTS). ``self_named``: one is a KEGG map named after the other
    (``named_after``), whose "associated" units rank as a disease map's; ``family``: one is a FamPlex family of the
    other (``family_member``), whose units other than ``member_of`` do too; ``one_member``: one is a one-member axis
    (``one_member_axis``), whose ``member_of`` read in English does too (``bare_english_one_member``). ``score_factor``
    is asked once per label, negation, cue and that test (nothing else it reads varies by document): relations.csv
    asks this for every (pair, document), on the serial tail of a batch after the last file is folded."""
    factors: dict[tuple[str, bool, bool, bool], float] = {}
    scores: dict[str, float] = {}
    for doc, b in bests.items():
        label, negated = b.label, b.negated
        english = bare_english_one_member(one_member, label, b.section, b.text)
        factor = factors.get((label, negated, b.cued, english))
        if factor is None:
            factor = factors[label, negated, b.cued, english] = unit_factor(a_type, b_type, label, negated, b.cued,
                                                                            disease, self_named, family, english)
        scores[doc] = round(rank_score(b.weight, factor, a_type, b_type, label, b.sentences, n_documents, b.section,
                                       b.cued), 6)
    return scores


def bare_self_named(self_named: bool, label: str, negated: bool) -> bool:
    """Does a unit of a gene and the map named after it (``named_after``) state no more than the name does?"""
    return self_named and label == "associated" and not negated


def bare_family_member(family: bool, label: str) -> bool:
    """Does a unit of a family and its own member (``family_member``) state anything but the membership?"""
    return family and label != "member_of"

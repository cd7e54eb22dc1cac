"""Every pair of distinct entities co-mentioned in a sentence, typed once, where the sentence is.

The pairs of a sentence and their labels (relations/effects.py) depend only on that sentence,
so they are computed when the document is annotated — in the batch worker, in parallel — and
stored with the document's facts. Aggregation over the corpus then only counts and scores;
a re-aggregation after an incremental run re-types nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import combinations

from pipeline import lazy_re
from pipeline._core import blank_spans
from pipeline.relations import cascade
from pipeline.relations.baseline_groups import is_baseline_group, may_name_baseline
from pipeline.relations.cell_cycle_phenotypes import is_cycle_phenotype
from pipeline.relations.cell_markers import is_cell_marker
from pipeline.relations.class_appositions import class_appositions
from pipeline.relations.class_nouns import class_nouns
from pipeline.relations.co_targets import co_targets, is_english, links_in_gap, states_nothing
from pipeline.relations.constituent_lists import listed_constituents
from pipeline.relations.coordination import coordinations, separately_changed
from pipeline.relations.cross_sentence import CAUSED_HOWS, COLLECTIVE, GROUP, bridged, bridged_label
from pipeline.relations.document_agents import finding as document_finding
from pipeline.relations.diets import names_a_diet
from pipeline.relations.driver_lines import construct_promoters, is_driver_promoter, is_recombinase_switch
from pipeline.relations.cues import Cue, clause_breaks
from pipeline.relations.excluded_elements import is_excluded, may_exclude
from pipeline.relations.group_designs import is_vehicle
from pipeline.relations.measured_readouts import measured_readouts
from pipeline.relations.model_inducers import is_model_inducer, may_name_inducer
from pipeline.relations.model_stimuli import may_name_stimulus, stimulus_before_treatment
from pipeline.relations.pathway_conjuncts import listed_with_pathway
from pipeline.relations.phenotype_genes import may_name_phenotype, names_phenotype
from pipeline.relations.model_subjects import contrasts_genotypes, is_model_genotype, is_model_stimulus, may_name_model_stimulus
from pipeline.relations.name_modifiers import name_modifiers
from pipeline.relations.product_nouns import product_compounds
from pipeline.relations.response_to import may_name_cause, opposes_response, response_label
from pipeline.relations.siblings import sibling_pairs
from pipeline.relations.strain_transgenes import strain_transgenes
from pipeline.relations.zh_consequences import MAX_GAP, consequence, may_chain
from pipeline.relations.effects import WEIGHTS, PairLabel, SentenceContext, Span, bracketed_member_pair, label_pair

LABEL_ORDER = {"HERB": 0, "COMPOUND": 1, "GENE": 2, "PATHWAY": 3}
# Proximity and crowding: a pair far apart in a long "sentence" (run-together reference lists,
# OCR text without sentence ends) or in a sentence naming many entities is rarely a stated
# relation. Distance-decayed co-occurrence as in Rinaldi et al. (OntoGene) and the sentence-size
# normalisation of Jensen-lab co-mention counting; the constants were set on the development
# gold of new papers (bench/relations_quality.py), checked on the reviews' gold.
NEAR_CHARS = 100  # no penalty up to this many characters between the two mentions
FEW_ENTITIES = 8  # no penalty up to this many distinct entities in the sentence
MIN_FACTOR = 0.15


def proximity_factor(distance: int, n_entities: int) -> float:
    """Weight factor in (MIN_FACTOR, 1] for a pair ``distance`` characters apart in a sentence
    naming ``n_entities`` distinct entities."""
    factor = min(1.0, NEAR_CHARS / max(distance, 1)) * min(1.0, FEW_ENTITIES / max(n_entities, 1))
    return max(MIN_FACTOR, factor)


def _canonical_key(entity: tuple[str, str]) -> tuple[int, str]:
    return LABEL_ORDER.get(entity[0], 9), entity[1]


def ordered(a: tuple[str, str], b: tuple[str, str]) -> tuple[tuple[str, str], tuple[str, str]]:
    """(label, id) pairs in canonical order: HERB, COMPOUND, GENE, PATHWAY, then by id."""
    return (a, b) if _canonical_key(a) <= _canonical_key(b) else (b, a)


def canonical_pairs(entities: set[tuple[str, str]]):
    """All pairs of ``entities``, each already in canonical order (sort once, not per pair)."""
    return combinations(sorted(entities, key=_canonical_key), 2)


class PairFacts:
    """A co-mentioned pair in one sentence and its label, kept as the stored row: aggregation
    reads the entities, distance, label and weight of every pair of the corpus, but the full
    ``PairLabel`` (with its cue) only of the few shown as evidence — built on first access."""

    __slots__ = ("_typed", "row")

    # row: a_label, a_id, b_label, b_id, distance, label, negated, hedged, weight, agent[, cue kind, start, end, text]
    def __init__(self, row: list, typed: PairLabel | None = None):
        self.row = row
        self._typed = typed

    @classmethod
    def of(cls, a: tuple[str, str], b: tuple[str, str], distance: int, typed: PairLabel) -> PairFacts:
        cue = typed.cue
        row = [*a, *b, distance, typed.label, typed.negated, typed.hedged, typed.weight, typed.agent,
               *((cue.kind, cue.start, cue.end, cue.text) if cue else ())]
        return cls(row, typed)

    @property
    def a(self) -> tuple[str, str]:  # (label, entity id), canonical order
        return self.row[0], self.row[1]

    @property
    def b(self) -> tuple[str, str]:
        return self.row[2], self.row[3]

    @property
    def distance(self) -> int:  # characters between the first mentions of the two
        return self.row[4]

    @property
    def label(self) -> str:
        return self.row[5]

    @property
    def weight(self) -> float:
        return self.row[8]

    def label_negated(self) -> tuple[str, bool]:
        """(label, negated), as ``typed`` has them, without building the ``PairLabel``: every
        pair of the corpus is asked this when folded (conflicts.DocumentLabels), and building
        its full label (cue and all) was a tenth of a batch's aggregation."""
        if self._typed is not None:
            return self._typed.label, bool(self._typed.negated)
        return self.row[5], bool(self.row[6])

    def has_cue(self) -> bool:
        """Does the sentence state the pair with a cue word (``typed.cue``), read from the stored
        row (its cue fields follow the ten label fields) without building the ``PairLabel``."""
        if self._typed is not None:
            return self._typed.cue is not None
        return len(self.row) > 10

    @property
    def typed(self) -> PairLabel:
        if self._typed is None:
            label, negated, hedged, weight, agent, *cue = self.row[5:]
            self._typed = PairLabel(label, negated, hedged, Cue(*cue) if cue else None, weight, agent)
        return self._typed


# Endogenous ions and metabolites (iron, ROS, ATP, GSH) are recognised as compounds but are no
# relation partners (corpus/gold/GUIDELINES.md, section 1): the annotator marks their mentions
# with this ``how``; the dictionary marks the entities with ENDOGENOUS_NOTE in ``note``.
ENDOGENOUS = "endogenous"
ENDOGENOUS_NOTE = "endogenous ion/metabolite: no relations"
# Assay reagents (stains, probes, assay enzymes, vehicles: FITC, PI, DAPI, TdT, DMSO) likewise:
# how a finding was measured, not the finding (pipeline/nlp/assay_reagents.py).
REAGENT = "reagent"
# Serum transaminases named as a liver-injury read-out (ALT/AST; pipeline/nlp/enzyme_names.py)
READOUT = "clinical-readout"
# A disease named as a disease, not as KEGG's map of it (pipeline/nlp/disease_maps.py), and a
# compound written as a step of an axis, "cAMP/PKA" (pipeline/nlp/chain_elements.py)
DISEASE = "disease"
CHAIN_ELEMENT = "chain-element"
# A member written as its designator alone, "caspase-3, -8, and -9" (pipeline/nlp/annotator.py)
ELIDED_MEMBER = "elided-member"
# A pathway named again in its sentence by a definite description, "…Wnt信号通路，此通路直接刺激…Runx2的表达"
# (pipeline/nlp/definite_descriptions.py ``resolve_pathways``): the pair is also read there (``_at_anaphor``)
PATHWAY_ANAPHOR = "pathway-anaphor"
NO_PARTNER = frozenset({ENDOGENOUS, REAGENT, READOUT, DISEASE, CHAIN_ELEMENT})
EFFECT_LABELS = frozenset({"upregulates", "downregulates", "activates", "inhibits"})


# A table row that reached the sentence splitter as text ("中药汤剂 | 四神丸:补骨脂、… | 口服 |
# 降低…"): corpus/gold/GUIDELINES.md 5.1, "tables are not sentences" — a cue in one cell says
# nothing about an entity in another. Rows whose cells are separated by at least two pipes.
_TABLE_ROW = lazy_re.compile(r"(?:^|\s)\|\s[^|]*\s\|(?:\s|$)")
TABLE_ROW_WEIGHT = 0.1


def is_table_row(text: str) -> bool:
    """Is the "sentence" a row of a pipe table (two cell separators or more)?"""
    return text.count("|") >= 2 and bool(_TABLE_ROW.search(text))


def _induces_model(text: str, m, starts: list[int]) -> bool:
    """Is ``m`` the inducer of a disease or model named after it (relations/model_inducers.py), or
    the stimulus of a cell or animal model whose treatment follows (relations/model_stimuli.py)?
    ``starts``: the sentence's mention starts, sorted (the next one after ``m`` bounds the
    induced noun phrase; a bisection, not a scan of every mention per mention)."""
    at = bisect_left(starts, m.sentence_end)
    following = starts[at] if at < len(starts) else None
    return is_model_inducer(text, m.sentence_start, m.sentence_end, following) or stimulus_before_treatment(
        text, m.sentence_start, m.sentence_end, following)  # "用脂多糖诱导巨噬细胞,…处理后" (relations/model_stimuli.py)


def _stimulates_model(text: str, m, starts: list[int]) -> bool:
    """Is ``m`` the stimulus of the cells or animals named after it, "in LPS-stimulated PBMCs"
    (relations/model_subjects.py)?"""
    return is_model_stimulus(text, m.sentence_start, m.sentence_end, starts)


def genotype_only(text: str, mentions) -> frozenset[str]:
    """The genes named in the sentence only as the genotype of the model, "HFD-fed ApoE (-/-) mice"
    (relations/model_subjects.py): no partners of a treatment (a herb or compound) in that sentence.
    They keep their pairs with genes and pathways: a knockout is the gene's loss of function
    (GUIDELINES 5.5, "TAK1-deficient chondrocytes … reduced phosphorylation of … Erk"), and all their
    pairs when the sentence contrasts genotypes or states what the mutant lost (``contrasts_genotypes``)."""
    if contrasts_genotypes(text):
        return frozenset()
    starts = sorted(m.sentence_start for m in mentions)
    genotype, other = set(), set()
    for m in mentions:
        if m.label != "GENE":
            continue
        if is_model_genotype(text, m.sentence_start, m.sentence_end, starts):
            genotype.add(m.entity_id)
        else:
            other.add(m.entity_id)
    return frozenset(genotype - other)


def _few_entities(mentions) -> bool:
    """Fewer than two distinct entities: no pair, whatever the rules below drop (they only drop)."""
    first = None
    for m in mentions:
        key = (m.label, m.entity_id)
        if first is None:
            first = key
        elif key != first:
            return False
    return True


def _names_cells_or_line(text: str, m) -> bool:
    """Is the gene mention ``m`` the marker of a cell population ("CD11c+ cells", relations/cell_markers.py)
    or the promoter of a Cre driver line ("Shh(CreERT2)", relations/driver_lines.py)?"""
    return is_cell_marker(text, m.sentence_start, m.sentence_end) or is_driver_promoter(text, m.sentence_end)


def partner_mentions(text: str, mentions) -> list:
    """The mentions of a sentence that may be relation partners: not marked as no partner
    (``NO_PARTNER``), not a baseline group, an excluded element, an arrested cycle, a diet's
    compound, a cell population's marker or a driver line's promoter and switch (relations/cell_markers.py,
    relations/driver_lines.py), a vehicle (relations/group_designs.py), a measured read-out, a class in apposition, a protein name's modifier
    (relations/name_modifiers.py), a transgenic strain's transgenes (relations/strain_transgenes.py), a model's
    inducer or the stimulus of its cells
    (relations/model_subjects.py), a gene named only as a phenotype (relations/phenotype_genes.py); none
    when fewer than two partner entities remain (the sentence has no pair).

    Half the sentences with mentions name fewer than two partner entities: they are answered
    before the per-mention rules (regular expressions around every mention, ~20 µs a
    mention), which can only drop mentions."""
    mentions = [m for m in mentions if m.how not in NO_PARTNER]
    if _few_entities(mentions):
        return []
    baseline, excluding = may_name_baseline(text), may_exclude(text)  # asked of the sentence once, not of each mention
    mentions = [m for m in mentions
                if not (baseline and is_baseline_group(text, m.sentence_start, m.sentence_end))  # "低于OXA组"
                and not (excluding and is_excluded(text, m.sentence_start, m.sentence_end))  # "非依赖PLC的PKC途径"
                and not (m.label == "PATHWAY" and is_cycle_phenotype(text, m.sentence_start, m.sentence_end))  # "cell cycle arrest"
                and not (m.label == "COMPOUND" and names_a_diet(text, m.sentence_end))  # "high-fructose diet"
                and not (m.label == "GENE" and _names_cells_or_line(text, m))  # "CD11c+ cells", "Shh(CreERT2)"
                and not (m.label == "COMPOUND" and is_recombinase_switch(text, m.sentence_end))]  # "tamoxifen-inducible Cre"
    vehicles = {m.entity_id for m in mentions if m.label == "COMPOUND" and is_vehicle(text, m.sentence_start, m.sentence_end)}
    if vehicles:  # "control (corn oil, gavage)": the vehicle, and every mention of it in the sentence
        mentions = [m for m in mentions if m.entity_id not in vehicles]
    measured = measured_readouts(text, mentions) | class_appositions(text, mentions)  # "serum total cholesterol (TC)", "Rg1, as a ginsenoside"
    measured |= name_modifiers(text, mentions)  # "肝素结合性EGF", "cAMP-dependent protein kinase"
    measured |= class_nouns(text, mentions)  # "the Th2 chemokine TARC", "cytokines, chemokines, and adhesion molecules"
    measured |= strain_transgenes(text, mentions)  # "APP/PS1 mice": the model strain's transgenes
    measured |= construct_promoters(text, mentions)  # "Col1a1-Cnn1 mice": the transgene's promoter
    mentions = [m for i, m in enumerate(mentions) if i not in measured]
    starts = sorted(m.sentence_start for m in mentions)
    # the model's inducer needs a participle, the stimulus a verb and a treatment word: most sentences
    # hold neither, answered once here instead of by the patterns around every mention (stop 38)
    inducing = may_name_inducer(text) or may_name_stimulus(text)
    stimulated = may_name_model_stimulus(text)
    phenotype = may_name_phenotype(text)
    mentions = [m for m in mentions if not (inducing and _induces_model(text, m, starts))  # "LPS诱导的肝损伤"
                and not (stimulated and _stimulates_model(text, m, starts))  # "in LPS-stimulated PBMCs"
                and not (phenotype and m.label == "GENE" and names_phenotype(text, m.sentence_end))]  # "胰岛素抵抗"
    return [] if _few_entities(mentions) else mentions


def document_agent_pairs(text: str, agent, mentions, own: list[PairFacts]) -> list[PairFacts]:
    """The pairs of the document's agent (``agent``: a zero-width mention at the opening of a sentence that does not
    name it, relations/document_agents.py) with the genes and pathways of the sentence (``mentions``) whose own phrase
    states a change (document_agents.finding) that is no cue of the sentence's own effect pairs (``own``: a change
    another entity makes, "… activation of AMPK represses … through inhibition of mTORC1 signaling", validation38_en
    PMID22972179)."""
    partners = [m for m in partner_mentions(text, [agent, *mentions])
                if m is not agent and m.label in ("GENE", "PATHWAY")]
    if not partners:
        return []
    taken = {(row[11], row[12]) for row in (p.row for p in own) if row[5] in EFFECT_LABELS and len(row) > 12}
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in partners]
    context = SentenceContext.of(text, spans)
    pairs, seen = [], set()
    for m in partners:
        if m.entity_id in seen:
            continue
        seen.add(m.entity_id)
        typed = document_finding(text, spans, agent.entity_id, m.entity_id, context, taken)
        if typed is not None:
            x, y = next(iter(canonical_pairs({(agent.label, agent.entity_id), (m.label, m.entity_id)})))
            pairs.append(PairFacts.of(x, y, m.sentence_start, typed))
    return pairs


def sentence_pairs(text: str, mentions) -> list[PairFacts]:
    """The typed pairs of one sentence; ``mentions`` carry ``sentence_start``/``sentence_end``
    (offsets in ``text``), ``label``, ``entity_id``, ``how`` and ``members``."""
    mentions = partner_mentions(text, mentions)
    # a pathway's definite description is read only where its first mentions state nothing (``_at_anaphor``)
    anaphors = {m.entity_id: Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members))
                for m in mentions if m.how == PATHWAY_ANAPHOR}
    if anaphors:
        mentions = [m for m in mentions if m.how != PATHWAY_ANAPHOR]
    entities = {(m.label, m.entity_id) for m in mentions}
    if len(entities) < 2:
        return []
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in mentions]
    context = SentenceContext.of(text, spans)
    first: dict[str, tuple[int, int]] = {}
    by_id: dict[str, list[Span]] = {}
    for m, sp in zip(mentions, spans):
        first.setdefault(m.entity_id, (m.sentence_start, m.sentence_end))
        by_id.setdefault(m.entity_id, []).append(sp)
    pairs = []
    table_row = is_table_row(text)
    crossing = bridged(mentions)  # the previous sentence's agent, named by an anaphor (cross_sentence.py)
    # items of one long or elliptic coordination are listed side by side: no partners
    listed = coordinations(text, spans, frozenset((m.sentence_start, m.sentence_end) for m in mentions
                                                  if m.how == ELIDED_MEMBER))
    listed += collective_sets(mentions)  # members of one class noun ("antioxidant enzyme activity")
    ranges = _list_ranges(mentions, listed)
    changed_apart = separately_changed(text, spans)  # "reduced Ihh expression, …, increased … Rankl"
    products = product_compounds(text, mentions)  # "PGE2 production": made, not acting
    genotypes = genotype_only(text, mentions)
    siblings = sibling_pairs(text, spans)  # "FUT4 and FUT7", "EPOR/Jak2/Stat5 response genes"
    causes = may_name_cause(text)  # a question about the sentence: asked once, not once per pair (issue 17, stop 45)
    chains = may_chain(text)  # "X…的降低,导致…Y…的降低" (relations/zh_consequences.py)
    for x, y in canonical_pairs(entities):
        if genotypes and _treats_genotype(x, y, genotypes):
            continue  # "atorvastatin counteracted … in HFD-fed ApoE (-/-) mice": the model's genotype
        if any(x[1] in items and y[1] in items for items in listed) and not bracketed_member_pair(
                text, spans, x[1], y[1]) or frozenset((x[1], y[1])) in changed_apart:
            continue  # "MAPK（p38、ERK和JNK）": the family and its bracketed members are a pair
        if crossing and _collective_only(crossing, x, y):
            continue  # a class noun's members are what the agent changed: no partners of other genes
        (s1, e1), (s2, e2) = first[x[1]], first[y[1]]
        typed = label_pair(text, spans, x[1], y[1], context=context)
        if anaphors and typed.label == "associated" and typed.cue is None and not typed.negated:
            typed = _at_anaphor(text, spans, x[1], y[1], anaphors) or typed  # "…来负调控此信号通路"
        if siblings and typed.label == "associated" and typed.cue is None and not typed.negated \
                and frozenset((x[1], y[1])) in siblings:
            continue  # items of one enumeration, nothing stated of the two (relations/siblings.py)
        if listed_constituents(x[0], y[0], typed.label, typed.cue, typed.negated, text):
            continue  # two constituents of what the sentence analyses (relations/constituent_lists.py)
        if chains and typed.label == "associated" and typed.cue is None and not typed.negated:
            typed = _consequence(text, spans, by_id[x[1]], by_id[y[1]]) or typed
        if causes and not typed.negated:
            typed = _in_response(text, spans, by_id[x[1]], by_id[y[1]], typed)  # "IL-6 … in response to LPS"
        if typed.agent in products and typed.label in EFFECT_LABELS:
            typed = PairLabel("associated", weight=WEIGHTS["associated"], hedged=typed.hedged)
        if table_row:  # cells of one row: named together, stated nowhere (GUIDELINES 5.1)
            typed = PairLabel("associated", weight=TABLE_ROW_WEIGHT, hedged=typed.hedged)
        distance = max(0, max(s1, s2) - min(e1, e2))
        near, crowd = _list_proximity(typed, x[1], y[1], listed, ranges, first, distance, len(entities))
        typed.weight *= proximity_factor(near, crowd) * cascade.chain_factor(
            text, by_id[x[1]], by_id[y[1]], x[0], y[0])  # links of a Chinese cascade pair with their neighbours
        if crossing:
            typed = bridged_label(typed, x[1], y[1], crossing)
        pairs.append(PairFacts.of(x, y, distance, typed))
    return _without_english_list_pairs(text, pairs, spans, by_id, len(entities)) if is_english(text) else pairs


def _without_english_list_pairs(text: str, pairs: list[PairFacts], spans: list[Span],
                                by_id: dict[str, list[Span]], n_entities: int) -> list[PairFacts]:
    """``pairs`` of an English sentence less the bare co-mentions its lists make and state nothing of: two read-outs
    of one agent ("X inhibited … IL-6 … as well as the activation of NF-kB", relations/co_targets.py) and a gene
    listed beside or inside a pathway's name ("PI3K/Akt and ERK and JNK signaling pathways",
    relations/pathway_conjuncts.py). English only: the Chinese list rules are coordination.py's."""
    if n_entities > 2:  # an agent and two of its read-outs
        pairs = _without_co_targets(text, pairs, spans, by_id)
    return [p for p in pairs if not (states_nothing(p.label, p.has_cue(), p.typed.negated) and listed_with_pathway(
        text, (p.a[0], p.b[0]), by_id[p.a[1]], by_id[p.b[1]], spans))]


def _without_co_targets(text: str, pairs: list[PairFacts], spans: list[Span],
                        by_id: dict[str, list[Span]]) -> list[PairFacts]:
    """``pairs`` less the bare co-mentions of two read-outs of one agent, unless the words between their nearest
    mentions (other mentions blanked: a name's own words, "target of rapamycin", link nothing) link them
    (relations/co_targets.py)."""
    shared = co_targets((p.a[1], p.b[1], p.label, p.typed.agent, p.typed.negated) for p in pairs)
    if not shared:
        return pairs
    kept = []
    for p in pairs:
        if frozenset((p.a[1], p.b[1])) in shared and states_nothing(p.label, p.has_cue(), p.typed.negated):
            lo, hi = min(((s, t) if s.start < t.start else (t, s) for s in by_id[p.a[1]] for t in by_id[p.b[1]]),
                         key=lambda st: st[1].start - st[0].end)
            if not links_in_gap(blank_spans(text, lo.end, max(lo.end, hi.start), spans)):
                continue
        kept.append(p)
    return kept


def _consequence(text: str, spans: list[Span], xs: list[Span], ys: list[Span]) -> PairLabel | None:
    """The pair as a cause's change and the change it brings about ("PPARα转录水平的降低,导致…柠檬酸合酶…基因表达水平的
    降低", validation44_zh ChinaXiv-201711.00914V1: PPARα upregulates the enzyme), either entity the cause
    (relations/zh_consequences.py)."""
    for causes, effects in ((xs, ys), (ys, xs)):
        for c in causes:
            for e in effects:
                if e.start <= c.end:
                    continue
                after = blank_spans(text, e.end, min(len(text), e.end + MAX_GAP), spans)
                found = consequence(text, c.end, e.start, after)
                if found is not None:
                    label, kind, start, end = found
                    return PairLabel(label, cue=Cue(kind, start, end, text[start:end]), weight=WEIGHTS[label],
                                     agent=c.entity_id)
    return None


def _at_anaphor(text: str, spans: list[Span], x_id: str, y_id: str, anaphors: dict[str, Span]) -> PairLabel | None:
    """The pair read where a definite description names one of them again ("TGF-β/Smads 通路中…Smad7)通过阻断…
    来负调控此信号通路", validation_zh ChinaXiv-201711.00749V1: SMAD7 inhibits the axis), when its first mentions
    state nothing: the description is there to be the verb's argument. The other mentions of the described
    pathway are left out, so the rules see it at the description only; kept when it states a direction, a
    mechanism or a non-effect (as ``effects._nearer_mentions``) by a cue in the description's own clause (not
    "Rag-Rheb参与调控mTOR信号通路是…mTORC1的活化所必需的，并且该通路与…并无联系", sample ChinaXiv-201711.01551V1:
    the activation is mTORC1's, a clause before)."""
    for entity_id in (x_id, y_id):
        anaphor = anaphors.get(entity_id)
        if anaphor is None:
            continue
        kept = sorted([anaphor, *(sp for sp in spans if sp.entity_id != entity_id)], key=lambda sp: sp.start)
        found = label_pair(text, kept, x_id, y_id)
        if found.label == "associated" and not found.negated or found.cue is None:
            continue
        lo, hi = min(found.cue.start, anaphor.start), max(found.cue.end, anaphor.end)
        if not any(lo <= b < hi for b in clause_breaks(text)):
            return found
    return None


_RESPONSE_CUE_KIND = {"upregulates": "up", "downregulates": "down", "activates": "activate", "inhibits": "inhibit"}


def _in_response(text: str, spans: list[Span], xs: list[Span], ys: list[Span], typed: PairLabel) -> PairLabel:
    """``typed`` or, when one of the pair changed "in response to" the other (relations/response_to.py),
    the cause's effect on it."""
    orders = ((xs, ys), (ys, xs))
    for cause_spans, target_spans in orders:
        for cause in cause_spans:
            for target in target_spans:
                found = response_label(text, spans, cause, target)
                if found:
                    label, start, end = found
                    cue = Cue(_RESPONSE_CUE_KIND[label], start, end, text[start:end])
                    return PairLabel(label, cue=cue, weight=WEIGHTS[label], agent=cause.entity_id, hedged=typed.hedged)
    if any(opposes_response(text, spans, cause, target) for causes, targets in orders for cause in causes for target in targets):
        return PairLabel("associated", weight=WEIGHTS["stimulus"], hedged=typed.hedged)  # "BMP-4 reduced … in response to GnRH"
    return typed


def _treats_genotype(x: tuple[str, str], y: tuple[str, str], genotypes: frozenset[str]) -> bool:
    """Is one of the pair a gene named only as the model's genotype and the other a treatment?"""
    return (x[1] in genotypes and y[0] in ("HERB", "COMPOUND")) or (y[1] in genotypes and x[0] in ("HERB", "COMPOUND"))


def _collective_only(crossing: dict[str, str], x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Is one of the pair a member read at a class noun only (``crossing``: cross_sentence.bridged) and
    the other no herb or compound? "Sal treatment significantly decreases the release of inflammatory
    cytokines and inhibits the TLR4/NF-kappaB … pathways" states what Sal did to the cytokines, not what
    the cytokines have to do with NF-κB."""
    for a, b in ((x, y), (y, x)):
        if crossing.get(a[1]) == COLLECTIVE and b[0] not in ("HERB", "COMPOUND"):
            return True
    return False


def collective_sets(mentions) -> list[frozenset[str]]:
    """The members read at one class noun (nlp/collective_anaphors.py) or at one plural anaphor of compounds
    named together (nlp/plural_anaphors.py), as one list each: listed side by side, no partners of each other."""
    sets: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        # the targets of one event read at its anaphor, the compounds read at a plural anaphor, too
        if m.how in (COLLECTIVE, GROUP) or m.how in CAUSED_HOWS:
            sets.setdefault((m.sentence_start, m.sentence_end), set()).add(m.entity_id)
    return [frozenset(v) for v in sets.values() if len(v) > 1]


def _list_ranges(mentions, listed: list[frozenset[str]]) -> list[tuple[int, int]]:
    """(start, end) in the sentence of each coordination of ``listed``: its first to its last item."""
    out = []
    for items in listed:
        at = [(m.sentence_start, m.sentence_end) for m in mentions if m.entity_id in items]
        out.append((min(s for s, _ in at), max(e for _, e in at)))
    return out


def _list_proximity(typed: PairLabel, a: str, b: str, listed, ranges, first, distance: int,
                    n_entities: int) -> tuple[int, int]:
    """(distance, entities) for ``proximity_factor``. An agent whose cue governs a long
    coordination ("CERP increased the levels of Bax, Bak, …, p21, and p27, but decreased the
    levels of Bcl-2, …, Cyclin A, and Cyclin E") states its effect on every item alike: the
    distance is the agent's to the list, not to the item, and the list counts as one entity of
    the sentence (its items are no partners of each other). Other pairs keep theirs."""
    if typed.agent not in (a, b) or typed.label not in EFFECT_LABELS:
        return distance, n_entities
    target = b if typed.agent == a else a
    for items, (lo, hi) in zip(listed, ranges):
        if target in items and typed.agent not in items:
            s, e = first[typed.agent]
            near = max(0, lo - e) if e <= lo else max(0, s - hi)
            return min(distance, near), max(2, n_entities - len(items) + 1)
    return distance, n_entities

"""The agents a paper studies, and the co-mentions of the others.

A paper studies a few herbs or compounds: the one its title names, the one it names most, any it
names again and again. Other agents turn up once or twice as background ("Recent studies indicate that Pin1
is an important molecular target for the chemopreventive effects of green tea polyphenols", PMID23231502), as
a comparator ("… interleukin (IL)-4 and IL-10 in splenocytes compared with dexamethasone", PMID23717095),
as a word of a method ("click chemistry conjugation with biotin", PMID23231502; "the binding of [(3)
H]-CGP 54626 to GABA(B)-receptors", PMID21089181), inside a process's name ("tyrosine phosphorylation of
insulin receptor substrate 1", PMID23639626) or in a list of drug classes (PMID17062721). When such an agent
is merely named in a sentence with a gene or pathway — no cue word, no stated non-effect — the sentence
states nothing a curator could quote as a finding (corpus/gold/GUIDELINES.md 1: "the link has to be
stated, not merely implied by the two names appearing together"): of the 26 such (document, pair) units
that stood in the top |gold| of the two English development sets, 24 are not gold. Their evidence weight
is lowered (``PERIPHERAL_WEIGHT``), as ``group_designs.demote_inducer_combinations`` lowers a model
inducer's "combination", so that they rank below co-mentions of the paper's own agents. A cued sentence is left as it is: a reagent that
"blocked" a read-out or a comparator that "improved" one states its own finding.

Reference titles are papers of their own (their agents are not this paper's) and are left alone. So are
Chinese sentences: there a full paper's introduction reviews other agents' findings in enumerations that the
Chinese cue rules leave untyped ("ENaC参与了雌激素、糖皮质激素、cGMP…对成骨细胞功能的调节",
ChinaXiv-201801.00630V1; "支链氨基酸…可影响大鼠体内Sirt1的表达水平", a validation paper), so a bare
co-mention of a once-named agent is still often a stated relation (measured: new_papers_zh lost one gold
unit of its top |gold| when they were lowered too).
"""

from __future__ import annotations

from collections import Counter

AGENT_TYPES = frozenset({"HERB", "COMPOUND"})
TARGET_TYPES = frozenset({"GENE", "PATHWAY"})
TITLE_SECTIONS = frozenset({"title_en", "title_zh"})
# an agent named this often outside the references is one the paper studies (several are)
STUDIED_MENTIONS = 3
# × the evidence weight of a peripheral agent's bare co-mention; the rank score goes with weight^1.9
# (ranking.RANK_WEIGHTS), so × 0.1. Measured (default run, P@|gold|): × 0.55 gave new_papers_en
# 0.850 -> 0.854 and validation_en 0.705 -> 0.708; × 0.35, 0.3 and 0.2 all give 0.854 and 0.717; the
# other three sets are unchanged at each value
PERIPHERAL_WEIGHT = 0.3


def title_sentences(sentences) -> list:
    """The title's sentences: those of a title section, else (a plain-text abstract, "Title.\\n\\nText")
    the document's first paragraph when it is one sentence long."""
    titled = [s for s in sentences if s.section in TITLE_SECTIONS]
    if titled or not sentences:
        return titled
    first = [s for s in sentences if s.paragraph == sentences[0].paragraph and s.section == sentences[0].section]
    return first if len(first) == 1 and first[0].section == "body" and first[0].paragraph == 0 else []


def studied_agents(sentences) -> frozenset[str]:
    """Entity ids of the herbs and compounds a document studies: named in its title, named most often
    outside its references, or named there at least ``STUDIED_MENTIONS`` times. ``sentences``: the
    document's ``SentenceFacts`` (``section``, ``paragraph``, ``mentions`` with ``label``, ``entity_id``)."""
    counts: Counter = Counter()
    for s in sentences:
        if s.section == "references":
            continue
        for m in s.mentions:
            if m.label in AGENT_TYPES:
                counts[m.entity_id] += 1
    studied = {m.entity_id for s in title_sentences(sentences) for m in s.mentions if m.label in AGENT_TYPES}
    if counts:
        most = max(counts.values())
        studied |= {e for e, n in counts.items() if n == most or n >= STUDIED_MENTIONS}
    return frozenset(studied)


def _bare_comention(row: list) -> bool:
    """Is a stored pair row (pairs.PairFacts.row) an untyped co-mention: ``associated``, not negated, no cue?"""
    return row[5] == "associated" and not row[6] and len(row) <= 10


def peripheral_agent(row: list, studied: frozenset[str]) -> bool:
    """Is the pair row a bare co-mention of an agent the document does not study with a gene or pathway?"""
    if not _bare_comention(row):
        return False
    (a_label, a_id, b_label, b_id) = row[:4]
    if a_label in AGENT_TYPES and b_label in TARGET_TYPES:
        return a_id not in studied
    if b_label in AGENT_TYPES and a_label in TARGET_TYPES:
        return b_id not in studied
    return False


def demote_peripheral_agents(sentences) -> int:
    """Lower the weight of the bare co-mentions of agents a document does not study (``studied_agents``)
    in its English sentences outside the references; returns how many pair rows changed."""
    studied = studied_agents(sentences)
    changed = 0
    for s in sentences:
        if s.section == "references" or s.lang != "en":
            continue
        for pair in s.typed_pairs():
            if peripheral_agent(pair.row, studied):
                row = pair.row
                pair.row = [*row[:8], row[8] * PERIPHERAL_WEIGHT, *row[9:]]
                pair._typed = None
                changed += 1
    return changed

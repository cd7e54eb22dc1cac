"""Findings whose agent is the abstract's one treatment, named in an earlier sentence only.

An abstract about one herb or compound names it in its aim or methods sentence and then reports what it did
without naming it again: "Western blot assay demonstrated that DICO decreased Bcl-2 level … . Subsequently,
caspase-9 and caspase-3 were activated." (validation_en PMID23567243), "It was also observed that the levels of
cytochrome c were elevated in the cytoplasm" (PMID25373392). No anaphor opens the later sentence, so
relations/cross_sentence.py (an anaphoric subject, adjacent sentences) does not read it. On the English development
sets "both recognised, never in one sentence" is the first cause of missed gold pairs; of its 46 TUNE pairs at stop 52
(new_papers_en, validation_en, validation38_en), 7 are of this class, and the rule below reads 3 of them (the others
name their agent once, or beside a class noun or a second agent named as often).

A document-level agent is a guess, so the rule is conservative:

* the document names ONE agent (``document_agent``): a herb or compound, no reagent, endogenous metabolite,
  disease or read-out mention, named in its title (the paper's treatment, not a tool compound of a paper about a
  gene: relations/document_focus.py reads the title the same way) but not as its model's inducer (``names_model``),
  and in at least ``MIN_SENTENCES`` sentences,
  while every other herb or compound is named in one sentence at most, or in ``DOMINANCE`` times fewer (a second
  treatment, a model's inducer named again and again, a comparator: no agent);
* the later sentence is English, of the same paragraph as an earlier sentence naming the agent (the abstract, not a
  full paper's next section), names no herb or compound itself (reagents, endogenous metabolites aside), names a gene
  or pathway, and names no other cause of its changes: no disease, model group, stimulus or other drugs
  (``_OTHER_CAUSE``); a mention of the agent at the sentence's opening (zero width, ``how`` =
  ``cross_sentence.DOCUMENT_AGENT``) is what relations/pairs.py ``document_agent_pairs`` pairs;
* the pair's label is the change the target's own phrase states ("caspase-9 … were activated", ``finding``: as
  effects.py reads a treated adjunct's read-out, treatment.own_change), unhedged, undenied and no cue of the
  sentence's own effect pairs; nothing else is paired with the agent, and the agent is no mention of the sentence
  (relations/facts.py adds its pairs only: no co-mention count, no mentions.csv row). The pair weighs
  ``cross_sentence.CROSS_SENTENCE_FACTOR`` × ``WEIGHT_FACTOR`` of the same statement in one sentence: a guess at
  the agent ranks below a stated pair and below an anaphor's reading.

The idea is the document-level relation annotation of BioRED (Luo et al., Briefings in Bioinformatics 2022), which
links a chemical and a gene of one abstract wherever the abstract states the link, not only within a sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline import lazy_re
from pipeline.relations import negation, roles, treatment
from pipeline.relations.cross_sentence import CROSS_SENTENCE_FACTOR
from pipeline.relations.document_focus import title_sentences  # the title, as the focus reads it
from pipeline.relations.effects import WEIGHTS, PairLabel, effect_label
from pipeline.relations.model_inducers import is_model_inducer

AGENT_LABELS = frozenset({"HERB", "COMPOUND"})
TARGET_LABELS = frozenset({"GENE", "PATHWAY"})
EFFECT_LABELS = frozenset({"upregulates", "downregulates", "activates", "inhibits"})
# an agent named in fewer sentences is no abstract's treatment
MIN_SENTENCES = 2
# another agent named in two sentences or more is a second treatment unless the first is named this many times as often
# ("DICO, a novel nonaromatic B-ring flavonoid": the class noun of the title and the next sentence, PMID23567243)
DOMINANCE = 3
# × the cross-sentence factor: the agent is not even referred to in the sentence
WEIGHT_FACTOR = 0.4


# the sentence gives its changes another cause than the treatment: the model ("T2D rats also exhibited an
# up-regulation of NF-kB", "in the model group", "in STZ rats"), a stimulus ("TGFβ-induced
# protein synthesis", "similar to TGFβ stimulation", "OCT4A induction following DNA damage"), other agents ("the
# clinical success of other drugs") or a genotype ("… was significantly attenuated in the -/- mice", BioRED train
# PMID19692487): validation_en PMID25591455, PMID23362262, PMID26102294, new_papers_en
# PMID23103563
_OTHER_CAUSE = lazy_re.compile(
    r"\b(?:model|vehicle|untreated|sham|control|diabetic|septic|infected|obese|[A-Z][A-Z0-9]{1,5})\s+"
    r"(?:groups?|mice|rats|animals|cells)\b"
    r"|[-\s](?:induced|stimulated|triggered|elicited|challenged)\b|\bstimulation\b|\bfollowing\b"
    r"|\bother\s+(?:drugs|compounds|agents|inhibitors|treatments)\b"
    r"|[-+]/[-+]|\b(?:knock-?out|knock-?down|deficient|transgenic|overexpressing|silencing)\b",
    re.IGNORECASE,
)
DISEASE = "disease"  # the ``how`` of a disease mention (relations/pairs.py NO_PARTNER)


def names_other_cause(text: str) -> bool:
    """Does the sentence name another cause of its changes than the treatment (``_OTHER_CAUSE``)?"""
    return bool(_OTHER_CAUSE.search(text))


def _partner_agents(mentions, skip: frozenset[str]) -> set[str]:
    return {m.entity_id for m in mentions if m.label in AGENT_LABELS and m.entity_id and m.how not in skip}


def document_agent(sentences, skip: frozenset[str]) -> tuple[str, str] | None:
    """(label, entity id) of the one herb or compound a document treats with, or None: named in its title, in at
    least ``MIN_SENTENCES`` sentences, every other one named in a single sentence or ``DOMINANCE`` times less often.
    ``sentences``: its ``SentenceFacts``; ``skip``: the ``how`` of mentions that are no agent (reagents, endogenous
    metabolites, cross-sentence readings)."""
    counts: Counter = Counter()
    labels: dict[str, str] = {}
    for s in sentences:
        if s.section == "references":
            continue
        for m in s.mentions:
            if m.label in AGENT_LABELS and m.entity_id and m.how not in skip:
                labels[m.entity_id] = m.label
        counts.update(_partner_agents(s.mentions, skip))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_SENTENCES:
        return None
    if len(ranked) > 1 and ranked[1][1] > 1 and ranked[1][1] * DOMINANCE > ranked[0][1]:
        return None
    agent = ranked[0][0]
    if not any(m.entity_id == agent and m.how not in skip and not names_model(s.text, m, s.mentions)
               for s in title_sentences(sentences) for m in s.mentions):
        return None  # a tool compound of a paper about a gene ("PP242" in PMID23362262, on TGFβ and mTOR), a model's
    return labels[agent], agent  # inducer ("… in puromycin aminonucleoside nephrosis", BioRED train PMID20588063)


# a disease noun right after the compound names the model it makes: "puromycin aminonucleoside nephrosis",
# "streptozotocin diabetes", "cisplatin nephrotoxicity" (BioRED train PMID20588063)
_MODEL_NOUN_AFTER = lazy_re.compile(r"^\s*-?\s*(?:[a-z]+(?:osis|itis|pathy|toxicity)|diabetes|nephrotic|syndrome)\b",
                                    re.IGNORECASE)


def names_model(text: str, mention, mentions) -> bool:
    """Is the title's mention the inducer of the paper's model ("… in puromycin aminonucleoside-induced nephrotic
    syndrome in rats", BioRED train PMID15075188: model_inducers.is_model_inducer) or the first word of the model's
    name ("puromycin aminonucleoside nephrosis")? Then the abstract's findings are the model's, not a treatment's."""
    following = min((m.sentence_start for m in mentions if m.sentence_start >= mention.sentence_end), default=None)
    return is_model_inducer(text, mention.sentence_start, mention.sentence_end, following) \
        or bool(_MODEL_NOUN_AFTER.match(text[mention.sentence_end:mention.sentence_end + 30]))


def eligible(sentences, agent_id: str, skip: frozenset[str]) -> list:
    """The English sentences that state a finding of the document's agent without naming any agent: a gene or
    pathway named, no herb or compound (``skip``: the ``how`` of mentions that are none; an agent read at an anaphor,
    "This was followed by …", relations/cross_sentence.py, is one), an earlier sentence of the same paragraph naming
    the agent."""
    out = []
    named_in: set[int] = set()  # paragraphs where the agent was named so far
    for s in sentences:
        agents = _partner_agents(s.mentions, skip)
        if agent_id in agents:
            named_in.add(s.paragraph)
            continue
        if (s.lang == "en" and s.section != "references" and s.paragraph in named_in and not agents
                and any(m.label in TARGET_LABELS and m.entity_id and m.how not in skip for m in s.mentions)
                and not any(m.how == DISEASE for m in s.mentions) and not names_other_cause(s.text)):
            out.append(s)
    return out


def finding(text: str, spans, agent_id: str, target_id: str, context,
            taken: set[tuple[int, int]] = frozenset()) -> PairLabel | None:
    """The document agent's label on the target as the change the target's own phrase states ("caspase-9 and
    caspase-3 were activated", "ALP activity was suppressed": treatment.own_change, typed by effects.py as a treated
    adjunct's read-out is), or None when no mention of the target states an undenied change. ``spans``: the
    sentence's mentions without the agent's; ``context``: their ``SentenceContext``; ``taken``: (start, end) of the
    cues the sentence's own pairs type (a change another entity makes: "… activation of AMPK represses … through
    inhibition of mTORC1 signaling", validation38_en PMID22972179)."""
    for t in (sp for sp in spans if sp.entity_id == target_id):
        change = treatment.own_change(text, t, context.cues, spans)
        if context.hedged or change is None or not change.sign or (change.start, change.end) in taken \
                or negation.negates(text, change.start, min(change.start, t.start)):
            continue  # a hedged or denied change, or one the sentence gives another entity
        if roles.is_degraded(text, t.start, t.end):
            label = "downregulates" if change.sign > 0 else "upregulates"
        else:
            label = effect_label(change.sign, change.kind, t, text, context.cues)
        if label not in EFFECT_LABELS:
            continue
        weight = WEIGHTS[label] * CROSS_SENTENCE_FACTOR * WEIGHT_FACTOR
        return PairLabel(label, cue=change, weight=weight, agent=agent_id)
    return None

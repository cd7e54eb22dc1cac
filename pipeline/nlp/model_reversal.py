"""A model's changes listed in one sentence and undone by the study agent in the next.

Pharmacology abstracts describe the disease model first and the treatment second: "Isoproterenol induced
myocardial infarcted rats showed a significant increase in … and a significant decrease in the
activities/levels of heart mitochondrial glutathione peroxidase, glutathione reductase … . (-) Epicatechin
pretreatment showed significant protective effects on all the biochemical parameters evaluated."
(validation_en PMID23261676), "Acute intoxication with Cd was also followed by significantly decreased
activity of the antioxidant defence system (superoxide dismutase (SOD), catalase (CAT) …). Treatment with
RUT and Se reversed Cd-induced alterations of antioxidant defence system …" (PMID23424207). The second
sentence's object ("all the biochemical parameters", "these changes", "Cd-induced alterations of …") is
an anaphor of the changes the first listed, and the gold reads one relation per listed gene, of the sign
opposite to the model's change (corpus/gold/GUIDELINES.md 5.7, reversal of a stimulus' change: the agent
that restores a lowered activity activates the enzyme). The anaphor is a *bridging* reference to an event
set (Clark 1975; Poesio & Vieira 1998: a definite description whose antecedent is the set introduced just
before), so the reading is weighed as a cross-sentence one.

Narrow on purpose (a wrong sign on a plausible sentence is worse than a miss):

* only ADJACENT sentences of one paragraph (the evidence shows both: relations/cross_sentence.py);
* the later sentence has a reversal predicate with an anaphoric object ("reversed/restored/normalised/
  prevented (all) these/the/such … changes/alterations/parameters", "protective effects on all the …
  parameters"), not negated or asked ("was unable to … reverse the metabolic changes", "whether X
  prevented the … changes"), and names no gene or pathway of its own (a class noun of the previous list read by
  nlp/collective_anaphors.py is no own gene);
* its agents are the one or two herbs/compounds it names that the previous sentence does not name (the
  model's inducer, "Cd-induced", is named in both and is no agent); none or three and more: no reading;
* each gene of the previous sentence gets the direction of the nearest change word before it in that
  sentence ("a significant decrease in the activities of …": down), and an activity word between them
  makes the relation one on activity (activates/inhibits) rather than amount (upregulates/downregulates);
  a gene with no change word before it gets nothing; a change word inside a name ("reduced glutathione")
  is none.

Each gene gets two mentions at the anaphor: one ``COLLECTIVE`` (the genes are listed side by side, no
partners of each other: relations/pairs.py collective_sets) and one of ``how`` = ``reversal-<label>``
(cross_sentence.REVERSAL_PREFIX), which gives its pair with the agent (marked by a ``REVERSAL_AGENT``
mention at its own) the label (cross_sentence.bridged_label); a pair with another entity of the sentence
(an inducer named there) gets no direction.
The reversal can also be stated in the passive, the anaphor of the changes its subject and the agent after
"by": "OxLDL increased … the amount of cytochrome c released into the cytosol, and increased the activation of
caspase 3. These detrimental effects were ameliorated dose-dependently by SLE" (validation38_en PMID19703745),
"… gentamicin treatment depleted respiratory components (cytochrome c, NADH) … . These injuries, partly mediated by
a rise in reactive oxygen species …, were significantly decreased by metformin" (validation39_en PMID20164825).
``passive_reversal`` reads it only when the anaphor names harm (injuries, damage, changes, abnormalities,
"detrimental/deleterious/toxic … effects"): "These effects were abolished by … inhibition of EP4" (BioRED train
PMID28428256), "Such effects of THP were reversed by RAMH" (BC5CDR train PMID16867021) block the previous AGENT's
effect, which the rule leaves to relations/cross_sentence.py. The agents are then only the herbs/compounds after
"by" ("mediated by a rise in reactive oxygen species" before it is the means). On the 136 abstracts of the stop-40
free pool, BioRED train and BC5CDR train the passive construction with a gene-listing sentence before it was
not found: a narrow rule for a construction seen in two development abstracts.
A change word reaches the genes after it up to the next coordinated verb phrase (", disturbed the balance of the
Bcl-2 protein family": PMID19703745), and "activation" is an activity word as "activity" is ("increased the
activation of caspase 3": the agent that undoes it inhibits CASP3).
English only: no such construction was found in the Chinese development papers.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import COLLECTIVE, CROSS_SENTENCE_HOWS, REVERSAL_AGENT, REVERSAL_PREFIX

AGENT_LABELS = frozenset({"HERB", "COMPOUND"})
MAX_AGENTS = 2

_DETERMINER = r"(?:(?:all|each|most|many)\s+(?:of\s+)?)?(?:these|this|the|such|those|all)?\s*"
_MODIFIERS = r"(?:[\w()+-]+\s+){0,3}?"
_REVERSAL_EN = lazy_re.compile(
    r"\b(?:revers|restor|normali[sz]|counteract|abolish|ameliorat|prevent|attenuat|correct|rescu|recover)\w*\s+"
    r"(?P<a>" + _DETERMINER + _MODIFIERS + r"(?:changes?|alterations?|parameters|abnormalities|disturbances|"
    r"derangements?|indices)\b(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:system|enzymes?|"
    r"markers|parameters))?)"
    r"|\bprotective\s+effects?\s+(?:on|against|in)\s+(?P<b>" + _DETERMINER + _MODIFIERS +
    r"(?:parameters|changes|alterations|abnormalities|indices)\b)",
    re.IGNORECASE,
)
# "Hypoxia was unable to … reverse the metabolic changes", "did not prevent", "failed to restore": no reading
_NEGATED_BEFORE = lazy_re.compile(r"\b(?:not|unable|failed|fail|fails|no|neither|nor|without|cannot|whether)\b[^,;.]{0,56}$",
                                  re.IGNORECASE)
_UP = r"increas\w*|elevat\w*|rais\w*|higher|enhanc\w*|up-?regulat\w*|augment\w*|accumulat\w*|rise|rose"
_DOWN = (r"decreas\w*|reduc\w*|lower\w*|diminish\w*|deplet\w*|declin\w*|down-?regulat\w*|suppress\w*|loss|"
         r"fall|fell|drop\w*|inhibit\w*|impair\w*")
_CHANGE_EN = lazy_re.compile(r"\b(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\b", re.IGNORECASE)
_ACTIVITY = lazy_re.compile(r"\bactivit(?:y|ies)\b|\bactivation\b", re.IGNORECASE)
# a coordinated verb phrase after a change word ends its reach: "increased the concentration of calcium, disturbed
# the balance of the Bcl-2 protein family" (the change word of a later phrase is found on its own)
_NEXT_VERB = lazy_re.compile(r"(?:,|\band\b)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:the|a|an)\b")
_INDUCER_AFTER = lazy_re.compile(r"^\s*-?\s*(?:induced|treated|exposed|intoxicat\w*|challenged)\b", re.IGNORECASE)

_RESTORING = {("up", True): "inhibits", ("down", True): "activates",
              ("up", False): "downregulates", ("down", False): "upregulates"}


def reversal_object(sentence: str, lang: str) -> tuple[int, int] | None:
    """Offsets of the anaphoric object of a reversal predicate ("all the biochemical parameters" of
    "showed significant protective effects on all the biochemical parameters", "Cd-induced alterations
    of antioxidant defence system" of "reversed …"), or None."""
    if lang != "en":
        return None
    m = _REVERSAL_EN.search(sentence)
    if m is None or _NEGATED_BEFORE.search(sentence[max(0, m.start() - 64):m.start()]):
        return None
    group = "a" if m.group("a") is not None else "b"
    start, end = m.span(group)
    while start < end and sentence[start].isspace():
        start += 1
    return start, end


# "These detrimental effects were ameliorated dose-dependently by SLE", "These injuries, partly mediated by …, were
# significantly decreased by metformin": the anaphor of the model's harm as the subject of a reversal passive
_HARM = (r"(?:(?:detrimental|deleterious|toxic|adverse|harmful|damaging|pathological|abnormal|injurious)\s+"
         r"(?:effects?|responses?|changes?)|changes?|alterations?|abnormalities|injur(?:y|ies)|damages?|"
         r"disturbances?|derangements?|impairments?|deficits?)")
_PASSIVE_EN = lazy_re.compile(
    r"^(?:(?:Moreover|Furthermore|In\s+addition|Additionally|However|Importantly|Notably|Interestingly|Also|"
    r"Indeed)\s*,?\s+)?"
    r"(?P<a>(?:[Aa]ll\s+(?:of\s+)?)?(?:[Tt]hese|[Tt]his|[Ss]uch|[Tt]hose)\s+(?:[\w()+-]+\s+){0,2}?" + _HARM + r")\b"
    r"(?:,[^,.;]{1,120},)?\s+(?:was|were|is|are|(?:could|can|may|might)\s+be)\s+"
    r"(?:(?:[a-z]+ly|also|all|further|partly|partially|largely|in\s+part)\s+){0,3}"
    r"(?:revers|restor|normali[sz]|counteract|abolish|ameliorat|prevent|attenuat|correct|rescu|decreas|reduc|"
    r"alleviat|mitigat|improv|diminish|suppress)\w*"
    r"(?:\s+(?:[a-z-]+ly|in\s+a\s+dose-dependent\s+manner))?\s+by\b"
)


def passive_reversal(sentence: str, lang: str) -> tuple[int, int, int] | None:
    """(start, end) of the anaphor of the model's harm that opens ``sentence`` as the subject of a reversal
    passive ("These detrimental effects were ameliorated dose-dependently by SLE") and the offset after its "by",
    where the agent is read; None otherwise. English only."""
    if lang != "en":
        return None
    m = _PASSIVE_EN.match(sentence)
    return (*m.span("a"), m.end()) if m else None


def changes(text: str, mentions, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Gene id -> the relation an agent undoing the change has on it ("activates" for an activity the
    model lowered …), for the genes of the model sentence ``text`` that follow a change word;
    ``mentions``: objects with ``start``, ``end`` (offsets into ``text``), ``label``, ``entity_id``, ``how``
    (a ``how`` in ``skip`` is no gene partner, but its name still hides a change word)."""
    named = [(m.start, m.end) for m in mentions]  # "reduced glutathione" is a name, not a change
    cues = [(c.start(), c.end(), "up" if c.group("up") else "down") for c in _CHANGE_EN.finditer(text)
            if not any(a <= c.start() < b for a, b in named)]
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "GENE" or not m.entity_id or m.entity_id in out or m.how in skip:
            continue
        before = [c for c in cues if c[1] <= m.start]
        if not before:
            continue
        start, end, way = before[-1]
        if _NEXT_VERB.search(text, end, m.start):
            continue
        out[m.entity_id] = _RESTORING[(way, bool(_ACTIVITY.search(text, end, m.start)))]
    return out


def agents(sentence: str, mentions, previous_ids: set[str]) -> list[str]:
    """The distinct herb/compound ids of the reversal sentence that the model sentence does not name and
    that are no inducer ("Cd-induced"); offsets of ``mentions`` into ``sentence``."""
    out: list[str] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if (m.label in AGENT_LABELS and m.entity_id and m.entity_id not in previous_ids and m.entity_id not in out
                and not _INDUCER_AFTER.match(sentence[m.end:m.end + 24])):
            out.append(m.entity_id)
    return out


def resolve(sentence_text: str, sentence_start: int, mentions: list[Mention], previous_text: str | None,
            previous_start: int, previous: list[Mention], lang: str,
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` of the sentence (paragraph offsets) with, at the anaphoric object of a reversal
    predicate, two mentions of each gene the previous sentence (``previous_text``, its ``previous``
    mentions, paragraph offsets, starting at ``previous_start``) lists as changed; unchanged when the rule
    does not apply. ``skip``: ``how`` values that are no partner (relations/pairs.py NO_PARTNER)."""
    if previous_text is None or not previous:
        return mentions
    span = reversal_object(sentence_text, lang)
    passive = passive_reversal(sentence_text, lang) if span is None else None
    if passive is not None:
        span = passive[:2]
    if span is None:
        return mentions
    own = [m for m in mentions if m.how not in skip and m.how not in CROSS_SENTENCE_HOWS]
    if any(m.label in ("GENE", "PATHWAY") for m in own):
        return mentions
    before = [m for m in previous if m.how not in skip and m.how not in CROSS_SENTENCE_HOWS]
    local = [Mention(m.start - sentence_start, m.end - sentence_start, m.entity_id, m.label, m.how, m.text)
             for m in own if passive is None or m.start - sentence_start >= passive[2]]  # a passive's agent: after by
    found = agents(sentence_text, local, {m.entity_id for m in before})
    if not found or len(found) > MAX_AGENTS:
        return mentions
    restored = changes(previous_text, [Mention(m.start - previous_start, m.end - previous_start, m.entity_id,
                                               m.label, m.how, m.text) for m in previous
                                       if m.how not in CROSS_SENTENCE_HOWS], skip)
    if not restored:
        return mentions
    start, end = sentence_start + span[0], sentence_start + span[1]
    text = sentence_text[span[0]:span[1]]
    if passive is not None:  # the anaphor names the model's changes, not the previous sentence's agent
        mentions = [m for m in mentions if not (m.how in CROSS_SENTENCE_HOWS and m.start < end and start < m.end)]
    collective = {m.entity_id for m in mentions if m.how == COLLECTIVE}
    added = [Mention(start, end, gene, "GENE", COLLECTIVE, text) for gene in restored if gene not in collective]
    added += [Mention(start, end, gene, "GENE", REVERSAL_PREFIX + label, text) for gene, label in restored.items()]
    added += [Mention(m.start, m.end, m.entity_id, m.label, REVERSAL_AGENT, m.text) for m in own
              if m.entity_id in found]  # only the agent's pairs with the genes take the reversal's sign
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

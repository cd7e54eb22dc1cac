"""Relations stated across two adjacent sentences, by reference to the previous sentence's agent.

Abstracts name the agent in one sentence and state what it did in the next, by an anaphoric
subject: "Rg1 restored the LTP … . This effect is NMDA receptor dependent.", "Unlike BMP-4,
BMP-2 protein enhanced the invasive properties … . Also, this effect was nullified by Noggin.",
"FSREE induced cancer cell apoptosis … . This led to the activation of PARP, caspase-3 …",
"… lack of neurofibromin … triggers a number of phenotypes … . Those include … constitutive
ERK1/2 activation, strongly reduced Ihh expression …", "…该方剂… 。该作用可能与抑制NF-κB有关",
"Cordyceps militaris extract remarkably suppressed tumor growth … . This was followed by mitigation of
Akt1 and GSK-3b activation" (a result reported as the sequel of the agent's effect: "was accompanied
by" and "was followed by" are one construction, the anaphor's event and the next one in time).
On the validation abstracts, "both recognised, never in one sentence" was the second cause of
missed pairs.

The rule is narrow on purpose (a wrong link is a false relation with a plausible sentence):

* only ADJACENT sentences of one paragraph, and only when the later one OPENS (after a
  discourse connective) with an anaphoric subject: this/these/such/that/those + a noun of
  effect (effect, action, restoration, increase, inhibition, change …), "This led to / resulted
  in / was mediated by / was accompanied or followed by …", "Those/These include", 该作用/此效应/这一作用/
  上述作用 … ;
* the antecedent is ONE entity of the previous sentence: a gene named by its genetic loss
  ("mice lacking Nf1", "Nf1(-/-)", "敲除X"), else the herb/compound that is the subject of an
  effect verb ("Rg1 restored", "FSREE induced"), else, when that sentence names no herb or
  compound, a gene that is the subject of an effect verb ("BMP-2 protein enhanced"). Two
  candidates of one kind: no link. A herb/compound that is no subject is no antecedent: "rats
  challenged with … LPS … showed a severe decrease …. This was accompanied by …" describes the
  model, not what LPS does to the next sentence's genes;
* the later sentence must not name the antecedent itself (then its own pairs say it) and must
  name another entity.

The annotator (nlp/annotator.py) adds a mention of the antecedent at the anaphor, ``how`` =
``CROSS_SENTENCE`` (``CROSS_SENTENCE_LOSS`` for a lost gene), so the later sentence's own cue
types the pair (relations/effects.py); ``bridged_label`` then lowers its weight (a curator must
see it is a cross-sentence reading, and an in-sentence statement of the same pair wins) and flips
the sign for a lost gene ("lack of Nf1 … Those include … reduced Ihh expression": NF1
upregulates IHH), or drops the direction when the sentence undoes the effect ("this effect was
nullified by Noggin", ``CROSS_SENTENCE_BLOCKED``). ``evidence_text`` gives both sentences as the
evidence. The model's changes listed in one sentence and undone by the study agent in the next ("…
decrease in the activities of glutathione peroxidase … . (-) Epicatechin pretreatment showed significant
protective effects on all the biochemical parameters") are read by nlp/model_reversal.py; their mentions
carry ``REVERSAL_HOWS`` (the sign each gene gets) and ``REVERSAL_AGENT``, read here by ``bridged_label``.

Compounds named together and then referred to by a plural anaphor ("… by quercetin, epigallocatechin gallate and
curcumin … . Moreover, they limited the release of … monocyte chemotactic protein-1", validation_en PMID23466460) are
read by nlp/plural_anaphors.py; each member's mention at the anaphor carries ``GROUP`` (a cross-sentence reading, the
members no partners of each other).

A herb said to contain classes of constituents and an anaphor listing them in the next sentence ("… (AGE) contain
antioxidant phytochemicals … . These include … allixin and selenium", validation_en PMID11238807) are read by
relations/constituent_anaphors.py: the herb's mention at the anaphor carries ``COMPOSITION`` and ``bridged`` marks the
sentence's compounds ``COMPOSITION_MEMBER``, so ``bridged_label`` types the herb–member pairs ``contains``.

The other way round, the anaphor names the previous sentence's EVENT and the sentence gives its cause: "TCDD
inhibited … AKT and ERK activation … . This inhibition was mediated by … IGFBP-4" (validation PMID23639626: IGFBP4
inhibits AKT and ERK), "… suggestive of induction of autophagy … . This could be induced by the increased … HDAC
activity" (PMID23069328: HDAC activates autophagy). ``caused_event`` adds the event's targets (the object of the
agent's effect verb, else the sentence's only entity) at the anaphor, ``how`` in ``CAUSED_HOWS``; the cause takes
the event's sign (the anaphor's noun, else the noun naming the event before its target) in ``bridged_label``, and
the targets are no partners of each other (relations/pairs.py ``collective_sets``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.effects import HEDGE_FACTOR, WEIGHTS

CROSS_SENTENCE = "cross-sentence"
CROSS_SENTENCE_LOSS = "cross-sentence-loss"  # the antecedent is a gene named by its loss
CROSS_SENTENCE_BLOCKED = "cross-sentence-blocked"  # "this effect was reversed by X": the effect is undone
COLLECTIVE = "collective"  # a member of a class noun defined by a list before (nlp/collective_anaphors.py)
GROUP = "cross-sentence-group"  # a member of compounds named together, read at a plural anaphor (nlp/plural_anaphors.py)
# a gene whose change by the model, listed in the previous sentence, the agent undoes (nlp/model_reversal.py):
# ``how`` is REVERSAL_PREFIX + the agent's label on it ("reversal-activates")
REVERSAL_PREFIX = "reversal-"
REVERSAL_HOWS = frozenset(REVERSAL_PREFIX + label for label in ("upregulates", "downregulates", "activates", "inhibits"))
REVERSAL_AGENT = "reversal-agent"  # marks the agent that undoes them, at its own mention: only its pairs are read so
# a target of the previous sentence's event, read at an anaphor naming that event's cause ("This inhibition was
# mediated by X", ``caused_event``): ``how`` is CAUSED, or CAUSED_PREFIX + the event's sign ("caused-inhibits")
CAUSED = "caused"
CAUSED_PREFIX = CAUSED + "-"
CAUSED_HOWS = frozenset({CAUSED, *(CAUSED_PREFIX + label for label in ("upregulates", "downregulates", "activates",
                                                                      "inhibits"))})
# the herb whose constituents the previous sentence reported, at an anaphor listing them ("… contain antioxidant
# phytochemicals. These include … allixin and selenium", relations/constituent_anaphors.py); its compounds are marked
# COMPOSITION_MEMBER by ``bridged`` (the pair of the two is ``contains``)
COMPOSITION = "cross-sentence-composition"
COMPOSITION_MEMBER = "composition-member"
CROSS_SENTENCE_HOWS = frozenset({CROSS_SENTENCE, CROSS_SENTENCE_LOSS, CROSS_SENTENCE_BLOCKED, COLLECTIVE, GROUP,
                                 *REVERSAL_HOWS, REVERSAL_AGENT, *CAUSED_HOWS, COMPOSITION})
# the document's one treatment, paired with the later sentences that state a change and name no agent
# (relations/document_agents.py): the ``how`` of its zero-width mention, which the pairing alone reads (relations/facts.py)
DOCUMENT_AGENT = "document-agent"
# A cross-sentence reading weighs half an in-sentence one of the same cue: below it in the
# ranking, above a bare co-mention of a clear statement.
CROSS_SENTENCE_FACTOR = 0.5

AGENT_LABELS = frozenset({"HERB", "COMPOUND"})
# mentions that are no relation partner (relations/pairs.py NO_PARTNER) and pronoun mentions
_NOT_ANTECEDENT = frozenset({"endogenous", "reagent", "clinical-readout", "disease", "chain-element",
                             *CROSS_SENTENCE_HOWS})

_CONNECTIVE_EN = (r"(?:(?:Also|Moreover|Furthermore|In addition|Additionally|However|Importantly|Notably|"
                  r"Interestingly|Thus|Therefore|Consequently|Further|Indeed|In turn)\s*,?\s+)?")
_EFFECT_NOUN = (r"(?:effects?|actions?|activit(?:y|ies)|restoration|increases?|decreases?|inhibition|suppression|"
                r"changes?|alterations?|induction|reductions?|improvements?|protection|enhancement|"
                r"up-?regulation|down-?regulation|activation|attenuation|amelioration|phenotypes?|responses?)")
_ADJECTIVE = r"(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"  # "this protective effect", "these anti-inflammatory effects"
_OPENING_EN = lazy_re.compile(
    r"^" + _CONNECTIVE_EN + r"(?P<anaphor>"
    r"(?:[Tt]his|[Tt]hese|[Ss]uch|[Tt]hat|[Tt]hose)\s+" + _ADJECTIVE + _EFFECT_NOUN + r"\b"
    r"|(?:[Tt]his|[Tt]hese|[Tt]hose)(?=\s+(?:(?:in\s+turn|also|further|then|probably|may|might|could)\s+)?"
    r"(?:(?:led\s+to|leads\s+to|resulted\s+in|results\s+in|include[sd]?)\b|(?:is|was|were|are|may\s+be|might\s+be|"
    r"could\s+be)\s+(?:(?:probably|partly|partially|largely|at\s+least\s+partly)\s+)?"
    r"(?:mediated|accompanied|followed|associated|abolished|blocked|reversed|prevented|nullified|"
    r"attenuated|inhibited|abrogated|dependent|caused)\b)))"
)
_CONNECTIVE_ZH = r"(?:(?:此外|另外|同时|而且|并且|进一步|然而|因此|而)\s*[,，]?\s*)?"
_OPENING_ZH = lazy_re.compile(
    r"^" + _CONNECTIVE_ZH +
    r"(?P<anaphor>(?:该|此|这一|这种|这些|上述|以上)(?:保护|抑制|促进|治疗|调节|改善|协同)?(?:作用|效应|效果|变化))"
)

# the anaphor is what a passive verb undoes: "this effect was nullified by Noggin", "这一保护作用可被X逆转"
_BLOCKED_EN = lazy_re.compile(
    r"^\s+(?:(?:was|were|is|are|could|can|may|might|be|been|also|further|completely|partially|partly|"
    r"significantly|largely|[a-z]+ly)\s+)*(?:abolished|blocked|reversed|inhibited|nullified|attenuated|prevented|"
    r"abrogated|antagonized|antagonised|eliminated|diminished|suppressed|counteracted|cancell?ed)\s+by\b",
    re.IGNORECASE,
)
_BLOCKED_ZH = lazy_re.compile(r"^[^，,。；;]{0,6}被[^，,。；;]{1,40}?(?:逆转|阻断|抑制|取消|减弱|拮抗|消除|抵消)")

# a gene named by its genetic loss, right before or after the mention
_LOST_BEFORE = lazy_re.compile(
    r"(?:\blacking|\black\s+of|\bloss\s+of|\bdeletion\s+of|\bdeficiency\s+of|\bdeficient\s+in|\bknock-?down\s+of|"
    r"\bknock-?out\s+of|\bsilencing(?:\s+of)?|\bablation\s+of|\bdepletion\s+of|\binactivation\s+of|"
    r"敲除|敲低|沉默|缺失)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_LOST_AFTER = lazy_re.compile(
    r"^(?:\s*\(?\s*-/-\s*\)?|\s*-?\s*(?:deficient|deficiency|null|knock-?out|knock-?down|KO|silencing|deletion)\b|"
    r"(?:基因)?(?:敲除|敲低|沉默|缺失))",
    re.IGNORECASE,
)
# the mention is the subject of an effect verb: "Rg1 restored", "FSREE induced", "BMP-2 protein
# enhanced", "Rg1 may significantly improve", "淫羊藿苷可显著提高"
_SUBJECT_OF_EN = lazy_re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:protein|extract|treatment|administration|supplementation)\s+)?"
    r"(?:(?:may|might|could|can|also|further|dose-dependently|not\s+only|both|[a-z]+ly)\s+)*"
    r"(?:restor|enhanc|increas|induc|promot|inhibit|suppress|reduc|decreas|attenuat|amelior|improv|prevent|"
    r"block|activat|stimulat|protect|alleviat|up-?regulat|down-?regulat|influenc|affect|trigger|rescu|revers|"
    r"abolish|impair|exert|elevat|lower|diminish|augment|potentiat|counteract|antagoniz|limit)\w*",
    re.IGNORECASE,
)
_SUBJECT_OF_ZH = lazy_re.compile(
    r"^(?:可|能|可以|能够|也|还|均|显著|明显|进一步|有效|通过)*"
    r"(?:增加|提高|降低|抑制|促进|诱导|改善|减轻|减少|上调|下调|激活|阻断|逆转|恢复|保护|缓解|增强|减弱|拮抗)"
)


def anaphor(sentence: str, lang: str) -> tuple[int, int] | None:
    """Offsets of an anaphoric subject opening ``sentence`` ("this effect", "Those" of "Those
    include", 该作用), or None."""
    m = (_OPENING_ZH if lang == "zh" else _OPENING_EN).match(sentence)
    return m.span("anaphor") if m else None


def is_blocked(sentence: str, anaphor_end: int, lang: str) -> bool:
    """Is the anaphor ending at ``anaphor_end`` the subject of a passive verb undoing it ("this
    effect was nullified by Noggin", "这一保护作用可被LY294002逆转")? Then the sentence's other
    findings are read against the effect ("… reversed by X, with lower AKT phosphorylation"):
    which way they go is not the antecedent's own direction."""
    return bool((_BLOCKED_ZH if lang == "zh" else _BLOCKED_EN).match(sentence[anaphor_end:anaphor_end + 80]))


def is_lost(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] named by its genetic loss ("lacking Nf1", "Nf1(-/-)", "敲除X")?"""
    return bool(_LOST_BEFORE.search(text[max(0, start - 24):start]) or _LOST_AFTER.match(text[end:end + 16]))


# "treatment with GL … dramatically reduced", "给予X后": the treatment is the subject
_TREATMENT_WITH = lazy_re.compile(r"\b(?:(?:pre-?)?treatment|administration|supplementation|co-?treatment)\s+(?:with|of)\s+$"
                                  r"|(?:给予|灌胃|加入)\s*$", re.IGNORECASE)


def is_subject(text: str, start: int, end: int, lang: str) -> bool:
    """Is the mention text[start:end] the subject of an effect verb right after it ("Rg1 may
    significantly improve", "Metformin treatment fully blocked"), or the agent of a treatment
    that opens the sentence's subject ("treatment with GL by … reduced")?"""
    if (_SUBJECT_OF_ZH if lang == "zh" else _SUBJECT_OF_EN).match(text[end:end + 60]):
        return True
    return bool(_TREATMENT_WITH.search(text[max(0, start - 32):start]))


def _only(mentions) -> object | None:
    """The first of ``mentions`` when they all name one entity, else None."""
    return mentions[0] if mentions and len({m.entity_id for m in mentions}) == 1 else None


def antecedent(text: str, mentions, lang: str) -> tuple[object, bool] | None:
    """The previous sentence's agent and whether it is a gene named by its loss, or None.

    ``text``: the previous sentence; ``mentions``: its mentions, offsets into ``text`` (objects
    with ``start``, ``end``, ``label``, ``entity_id``, ``how``)."""
    candidates = [m for m in mentions if m.how not in _NOT_ANTECEDENT and m.entity_id]
    genes = [m for m in candidates if m.label == "GENE"]
    lost = _only([m for m in genes if is_lost(text, m.start, m.end)])
    if lost is not None:
        return lost, True
    agents = [m for m in candidates if m.label in AGENT_LABELS]
    found = _only([m for m in agents if is_subject(text, m.start, m.end, lang)])
    if found is None and not agents:
        found = _only([m for m in genes if is_subject(text, m.start, m.end, lang)])
    return (found, False) if found is not None else None


def bridge(previous_text: str, previous, sentence: str, mentions, lang: str) -> tuple[int, int, object, str] | None:
    """(start, end, antecedent mention, how) of the mention to add at the anaphor of
    ``sentence``, offsets into ``sentence``; ``previous``/``mentions``: the two sentences'
    mentions, offsets into their own sentence. None when the rule does not apply."""
    span = anaphor(sentence, lang)
    if span is None:
        return None
    found = antecedent(previous_text, previous, lang)
    if found is None:
        return None
    agent, lost = found
    own = [m for m in mentions if m.how not in _NOT_ANTECEDENT]
    if any(m.entity_id == agent.entity_id for m in own) or not own:
        return None
    if any(m.start < span[1] and span[0] < m.end for m in mentions):
        return None
    how = CROSS_SENTENCE_LOSS if lost else CROSS_SENTENCE_BLOCKED if is_blocked(sentence, span[1], lang) \
        else CROSS_SENTENCE
    return span[0], span[1], agent, how


# "This inhibition was mediated by X", "This could be induced by the increased HDAC activity": the anaphor names
# the previous sentence's event (its noun gives the event's sign) and the passive's agent is what caused it
_EVENT_SIGNS = {"inhibition": "inhibits", "suppression": "inhibits", "blockade": "inhibits", "attenuation": "inhibits",
                "decrease": "downregulates", "reduction": "downregulates", "downregulation": "downregulates",
                "down-regulation": "downregulates", "activation": "activates", "induction": "activates",
                "stimulation": "activates", "increase": "upregulates", "elevation": "upregulates",
                "upregulation": "upregulates", "up-regulation": "upregulates"}
_EVENT_WORDS = "|".join(sorted(_EVENT_SIGNS, key=len, reverse=True))
_EVENT_NOUN = r"(?:effects?|changes?|alterations?|responses?|" + _EVENT_WORDS + r")"
_CAUSE_EN = lazy_re.compile(
    r"^" + _CONNECTIVE_EN + r"(?P<anaphor>(?:[Tt]his|[Tt]hese|[Tt]hat)"
    r"(?:\s+" + _ADJECTIVE + r"(?P<noun>" + _EVENT_NOUN + r"))?)\s+"
    r"(?:is|was|were|are|(?:may|might|could|can)\s+be|(?:seems?|appears?|seemed|appeared)\s+to\s+be)\s+"
    r"(?:(?:probably|partly|partially|largely|mainly|possibly|likely|also|at\s+least\s+partly|in\s+part)\s+)*"
    r"(?:mediated|induced|caused|triggered)\s+by\b"
)
# where the agent's object ends: its means ("by interfering with …"), a new clause
_OBJECT_END = lazy_re.compile(r"[;:]|,\s+(?:which|while|whereas|but|thereby)\b|\b(?:by|via|through|whereas|while)\b")
# a stimulus of the event, not its target: "IGF-I-induced AKT … activation"
_STIMULUS_AFTER = lazy_re.compile(r"^\s*-?\s*(?:induced|stimulated|mediated|dependent|treated)\b", re.IGNORECASE)
MAX_TARGETS = 4


def cause_anaphor(sentence: str, lang: str) -> tuple[tuple[int, int], str | None] | None:
    """((start, end) of the anaphor, the event's sign or None) when ``sentence`` opens with an anaphor of the
    previous sentence's event as the subject of a passive naming its cause ("This inhibition was mediated by",
    "This could be induced by"), else None. English only."""
    if lang == "zh":
        return None
    m = _CAUSE_EN.match(sentence)
    if m is None:
        return None
    noun = (m.group("noun") or "").lower()
    return m.span("anaphor"), _EVENT_SIGNS.get(noun) or _EVENT_SIGNS.get(noun[:-1])  # "these increases"


def event_targets(text: str, mentions, lang: str) -> list:
    """The genes/pathways the previous sentence's event changed: the object of its agent's effect verb ("TCDD
    inhibited endogenous and IGF-I-induced AKT and ERK activation by …": AKT, ERK; not the stimulus IGF-I nor the
    means), else the sentence's only entity ("… suggestive of induction of autophagy"). At most MAX_TARGETS."""
    candidates = [m for m in mentions if m.how not in _NOT_ANTECEDENT and m.entity_id]
    found = antecedent(text, mentions, lang)
    if found is not None and not found[1]:
        agent = found[0]
        verb = _SUBJECT_OF_EN.match(text[agent.end:agent.end + 60])
        start = agent.end + (verb.end() if verb else 0)
        stop = _OBJECT_END.search(text, start)
        end = stop.start() if stop else len(text)
        chosen = [m for m in candidates if m.label in ("GENE", "PATHWAY") and start <= m.start and m.end <= end
                  and m.entity_id != agent.entity_id and not _STIMULUS_AFTER.match(text[m.end:m.end + 16])]
    elif found is None and len({m.entity_id for m in candidates}) == 1 and candidates[0].label in ("GENE", "PATHWAY"):
        chosen = candidates[:1]
    else:
        return []
    out = []
    for m in chosen:
        if m.entity_id not in {o.entity_id for o in out}:
            out.append(m)
    return out if len(out) <= MAX_TARGETS else []


def caused_event(previous_text: str, previous, sentence: str, mentions,
                 lang: str) -> list[tuple[int, int, object, str]]:
    """(start, end, target mention, how) of the mentions to add at the anaphor of ``sentence`` that names the
    previous sentence's event and its cause ("This inhibition was mediated by … IGFBP-4", validation PMID23639626;
    "This could be induced by the increased … HDAC activity", PMID23069328): each target of that event
    (``event_targets``), ``how`` CAUSED_PREFIX + the sign of the anaphor's noun (CAUSED for a bare "This" or "this
    effect": the sentence's own cue types the pair). The cause takes the event's sign on the targets (the anaphor
    refers to the event, GUIDELINES 2, coreference). Offsets into ``sentence``; ``previous``/``mentions``: the two
    sentences' mentions, offsets into their own sentence. Empty when the rule does not apply: no such anaphor, no
    target, or the sentence names a target itself or names no other entity."""
    found = cause_anaphor(sentence, lang)
    if found is None:
        return []
    (start, end), sign = found
    if any(m.start < end and start < m.end and m.how not in CROSS_SENTENCE_HOWS for m in mentions):
        return []
    own = {m.entity_id for m in mentions if m.how not in _NOT_ANTECEDENT}
    targets = event_targets(previous_text, previous, lang)
    if not targets or any(t.entity_id in own for t in targets) or not own - {t.entity_id for t in targets}:
        return []
    if sign is None:  # "This could be induced by": the event as the previous sentence names it
        sign = event_sign(previous_text, targets)
    how = CAUSED_PREFIX + sign if sign else CAUSED
    return [(start, end, t, how) for t in targets]


_EVENT_OF = lazy_re.compile(r"\b(?P<noun>" + _EVENT_WORDS + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def event_sign(text: str, targets) -> str | None:
    """The sign of the previous sentence's event when one noun names it right before its first target ("…
    suggestive of induction of autophagy": activates), else None."""
    first = min(targets, key=lambda m: m.start)
    m = _EVENT_OF.search(text[max(0, first.start - 40):first.start])
    return _EVENT_SIGNS[m.group("noun").lower()] if m else None


def bridged(mentions) -> dict[str, str]:
    """Entity id -> the ``how`` of its cross-sentence mention, for the entities a sentence names
    only through one (its pairs are cross-sentence readings)."""
    own = {m.entity_id for m in mentions if m.how not in CROSS_SENTENCE_HOWS}
    out = {m.entity_id: m.how for m in mentions if m.how in CROSS_SENTENCE_HOWS and m.entity_id not in own}
    for m in mentions:  # a reversed gene is also a COLLECTIVE member (no partner of its co-members): its sign wins
        if m.how in REVERSAL_HOWS and m.entity_id in out or m.how == REVERSAL_AGENT:
            out[m.entity_id] = m.how  # the agent is named in the sentence: marked all the same
    if COMPOSITION in out.values():  # the listed constituents (constituent_anaphors.bridge: every compound is one)
        for m in mentions:
            if m.label == "COMPOUND" and m.entity_id not in out and m.how not in CROSS_SENTENCE_HOWS:
                out[m.entity_id] = COMPOSITION_MEMBER
    return out


_OPPOSITE = {"upregulates": "downregulates", "downregulates": "upregulates", "activates": "inhibits",
             "inhibits": "activates"}


def bridged_label(typed, x_id: str, y_id: str, crossing: dict[str, str]):
    """The pair's label as a cross-sentence reading: weight × CROSS_SENTENCE_FACTOR; the sign
    flipped when the antecedent is a gene named by its loss (what its absence did, its
    presence does the opposite of; GUIDELINES 5.5); no direction when the anaphor's effect is
    undone by another entity (``is_blocked``); the label the reversal gives when the agent undoes the
    model's change of the gene (``REVERSAL_HOWS``, GUIDELINES 5.7), whatever the sentence's own cue. ``typed``: a PairLabel, changed in place."""
    hows = [crossing[i] for i in (x_id, y_id) if i in crossing]
    if COMPOSITION_MEMBER in hows:  # a listed constituent: of the herb (contains), else read as the sentence says
        if COMPOSITION not in hows:
            return typed
        herb = x_id if crossing[x_id] == COMPOSITION else y_id
        typed.label, typed.cue, typed.negated, typed.agent = "contains", None, False, herb
        typed.weight = WEIGHTS["contains"] * CROSS_SENTENCE_FACTOR * (HEDGE_FACTOR if typed.hedged else 1.0)
        return typed
    if REVERSAL_AGENT in hows:  # the agent undoes the model's change of the other (nlp/model_reversal.py)
        agent = x_id if crossing.get(x_id) == REVERSAL_AGENT else y_id
        other = crossing.get(y_id if agent == x_id else x_id)
        if other in REVERSAL_HOWS:
            label = other[len(REVERSAL_PREFIX):]
            typed.label, typed.cue, typed.negated, typed.agent = label, None, False, agent
            typed.weight = WEIGHTS[label] * CROSS_SENTENCE_FACTOR * (HEDGE_FACTOR if typed.hedged else 1.0)
            return typed
        hows = [other] if other is not None else []  # the agent is named in the sentence: an ordinary partner
    if not hows:
        return typed
    if len(hows) == 1 and hows[0] in CAUSED_HOWS and hows[0] != CAUSED:  # "This inhibition was mediated by X"
        label = hows[0][len(CAUSED_PREFIX):]
        typed.label, typed.cue, typed.negated = label, None, False
        typed.agent = y_id if x_id in crossing else x_id
        typed.weight = WEIGHTS[label] * CROSS_SENTENCE_FACTOR * (HEDGE_FACTOR if typed.hedged else 1.0)
        return typed
    typed.weight *= CROSS_SENTENCE_FACTOR
    if hows[0] in REVERSAL_HOWS:  # a reversed gene and another than the agent (the model's inducer): no direction
        if typed.label in WEIGHTS and WEIGHTS[typed.label] > 0:
            typed.weight *= WEIGHTS["associated"] / WEIGHTS[typed.label]
        typed.label, typed.cue, typed.agent = "associated", None, ""
        return typed
    if hows[0] == CROSS_SENTENCE_LOSS and typed.label in _OPPOSITE:
        typed.label = _OPPOSITE[typed.label]
    elif hows[0] == CROSS_SENTENCE_BLOCKED and typed.label in _OPPOSITE:
        typed.weight *= WEIGHTS["associated"] / WEIGHTS[typed.label]
        typed.label, typed.cue, typed.agent = "associated", None, ""
    return typed


def evidence_text(previous_text: str | None, sentence_text: str, pair, crossing: dict[str, str]) -> str:
    """The evidence of a pair: both sentences when it is a cross-sentence reading (the
    antecedent is in the previous one), else the sentence."""
    if previous_text and crossing and any(crossing.get(i, COMPOSITION_MEMBER) != COMPOSITION_MEMBER
                                          for i in (pair.a[1], pair.b[1])):
        return previous_text + " " + sentence_text
    return sentence_text


def previous_text(previous, sentence) -> str | None:
    """The text of ``previous`` (a SentenceFacts) when it is the sentence right before
    ``sentence`` in its paragraph, else None: what ``evidence_text`` prefixes."""
    if previous is None or previous.paragraph != sentence.paragraph or previous.sentence_id != sentence.sentence_id - 1:
        return None
    return previous.text

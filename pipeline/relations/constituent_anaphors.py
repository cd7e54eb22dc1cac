"""The constituents a herb was just said to contain, listed in the next sentence under an anaphor: "These include …".

Herb abstracts report a plant's chemistry in two steps: a sentence says what the herb contains, as classes, and the
next one names the members under an anaphor of those classes. "Extracts of fresh garlic … (AGE) contain antioxidant
phytochemicals that prevent oxidant damage. These include unique water-soluble organosulfur compounds, … and
flavonoids, notably allixin and selenium." (validation_en PMID11238807: garlic contains allixin, selenium); "The
plant is rich in bioactive chemical constituents like cucurbitane type triterpenoids, … . Some of the isolated
compounds (Kuguacin J, Karaviloside XI, Kuguaglycoside C, …) … possess potent biological activity." (validation38_en
PMID26968675: bitter melon contains kuguacin J, kuguaglycoside C, …). The anaphor refers to the constituents of the
previous sentence (GUIDELINES 2, coreference), so each compound it lists is a constituent of that sentence's herb:
the herb ``contains`` it, as when one sentence says "Garlic contains … allixin and selenium". This is the
composition counterpart of relations/cross_sentence.py's effect anaphors ("This effect …"), whose antecedent must be
the subject of an effect verb and so never was the herb of "X contains …".

Narrow on purpose (a wrong antecedent is a false ``contains`` with a plausible sentence):

* only ADJACENT sentences of one paragraph, English;
* the previous sentence states composition (relations/constituent_lists.py ``states_composition``: contain, rich in,
  constituents, isolated, …) and names exactly ONE herb (the plant of a definite description, "The plant is rich
  in …", counts: nlp/definite_descriptions.py resolved it to its herb);
* the sentence OPENS (after a connective) with an anaphor of constituents: "These/They/Those include | comprise |
  consist of", "Among them/these", or a definite or partitive noun phrase headed by a constituent noun ("Some of
  the isolated compounds", "The major constituents", "These phytochemicals") that a list follows (a bracket, or
  "include/including/such as/namely/like");
* the sentence names no herb and every compound it names lies in that list (else the compounds may be what the
  constituents act on or are compared with: "These constituents are more potent than aspirin").

The mention added at the anaphor carries ``how`` = cross_sentence.COMPOSITION; cross_sentence.bridged_label types
its herb–compound pairs ``contains`` at the weight of a cross-sentence reading (half an in-sentence statement).
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations.constituent_lists import states_composition
from pipeline.relations.cross_sentence import (_CONNECTIVE_EN, COMPOSITION, CROSS_SENTENCE, CROSS_SENTENCE_HOWS)

_CONSTITUENT_NOUN = r"(?:compounds|constituents|components|phytochemicals|metabolites|principles|ingredients)"
_LIST_VERB = r"(?:include[sd]?|including|comprise[sd]?|consist(?:s|ed)?\s+of|such\s+as|namely|like|e\.\s?g\.)"
_OPENING = lazy_re.compile(
    r"^" + _CONNECTIVE_EN + r"(?:"
    r"(?P<pronoun>These|They|Those)(?=\s+(?:(?:mainly|mostly|chiefly|notably|also)\s+)?" + _LIST_VERB + r"\b)"
    r"|(?P<among>Among\s+(?:them|these|those))\b"
    r"|(?P<noun>(?:(?:Some|Many|Several|Most|All|Two|Three|Four|Five|Six|Each|One)\s+of\s+)?"
    r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?" + _CONSTITUENT_NOUN + r")\b)"
)
# the list that follows a noun anaphor: brackets ("compounds (A, B) and proteins (C)") or a listing word
_BRACKETS = lazy_re.compile(r"^\s*\((?:[^()]|\([^()]*\))*\)(?:\s*(?:,|and)\s*[a-z -]{0,30}\((?:[^()]|\([^()]*\))*\))*")
_LISTING = lazy_re.compile(r"^\s*,?\s*(?:(?:mainly|mostly|chiefly|notably)\s+)?" + _LIST_VERB + r"\b")
# mentions that say nothing of the herb's chemistry (relations/pairs.py NO_PARTNER kinds)
_NOT_HERB = frozenset({"endogenous", "reagent", "clinical-readout", "disease", "chain-element"})


def anaphor(sentence: str) -> tuple[int, int, int] | None:
    """(start, end) of the anaphor of constituents opening ``sentence`` (its first word when a bracket lists the
    constituents) and the end of the list it introduces (offsets into ``sentence``), or None."""
    m = _OPENING.match(sentence)
    if m is None:
        return None
    if m.group("noun") is None:
        start, end = m.span("pronoun") if m.group("pronoun") else m.span("among")
        return start, end, len(sentence)
    start, end = m.span("noun")
    listed = _BRACKETS.match(sentence[end:])
    if listed is not None:  # the mention takes the first word: a mention right before the bracket would read as the
        # class of its bracketed members (relations/coordination.py), no partner of them
        return start, start + len(sentence[start:end].split()[0]), end + listed.end()
    if _LISTING.match(sentence[end:]):
        return start, end, len(sentence)
    return None


def the_herb(previous_text: str, previous) -> object | None:
    """The one herb of the previous sentence when it states composition ("… (AGE) contain antioxidant
    phytochemicals", "The plant is rich in … constituents"), else None."""
    if not states_composition(previous_text):
        return None
    herbs = [m for m in previous if m.label == "HERB" and m.entity_id and m.how not in _NOT_HERB
             and (m.how not in CROSS_SENTENCE_HOWS or m.how == CROSS_SENTENCE)]
    return herbs[0] if herbs and len({m.entity_id for m in herbs}) == 1 else None


def bridge(previous_text: str, previous, sentence: str, mentions) -> tuple[int, int, object, str] | None:
    """(start, end, herb mention, COMPOSITION) of the mention to add at the anaphor opening ``sentence``, offsets
    into ``sentence``; ``previous``/``mentions``: the two sentences' mentions, offsets into their own sentence (objects
    with start, end, label, entity_id, how). None when the rule does not apply."""
    found = anaphor(sentence)
    if found is None:
        return None
    start, end, list_end = found
    after = _OPENING.match(sentence).end()  # the list starts after the whole noun phrase
    own = [m for m in mentions if m.how not in _NOT_HERB and m.how not in CROSS_SENTENCE_HOWS]
    compounds = [m for m in own if m.label == "COMPOUND"]
    if not compounds or any(m.label == "HERB" for m in own):
        return None
    if any(not (after <= m.start and m.end <= list_end) for m in compounds):
        return None
    if any(m.start < after and start < m.end for m in mentions):
        return None
    herb = the_herb(previous_text, previous)
    return (start, end, herb, COMPOSITION) if herb is not None else None

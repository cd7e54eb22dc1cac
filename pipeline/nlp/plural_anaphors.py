"""Plural anaphors of compounds named together: "they", "these polyphenols", "both compounds".

Abstracts that compare a few compounds list them once and then state findings of the set by a plural
anaphor: "… we assessed the effects exerted in vitro by quercetin, epigallocatechin gallate and curcumin on
membrane fluidity … . Results showed that the investigated polyphenols had beneficial effects on cell membranes
… . Moreover, they limited the release of pro-inflammatory factors, like monocyte chemotactic protein-1."
(validation_en PMID23466460: the gold has each of the three downregulating CCL2). A plural pronoun or definite
description whose antecedent is a coordination is a *split antecedent* (Eschenbach et al. 1989, "Remarks on
plural anaphora", EACL; Vala et al. 2016 count them among the plural mentions an annotator resolves to the
members); the gold counts the anaphor as each member (corpus/gold/GUIDELINES.md section 2, coreference).
:mod:`pipeline.nlp.compound_descriptions` reads the singular descriptions ("the lignan glycoside"),
:mod:`pipeline.nlp.coreference` the singular pronouns ("It", "This compound").

The rule (narrow on purpose: a wrong antecedent is a false relation with a plausible sentence):

* the sentence opens (after a discourse connective) with "They" or a plural description: these / both / the
  two, three, four / the investigated, tested, studied, examined, selected + a plural head, a general noun
  (compounds, drugs, agents, molecules, chemicals) or a class of natural products (polyphenols, flavonoids,
  alkaloids …: compound_descriptions.CLASS_WORDS); "all compounds" is left alone (papers say it of every
  compound tested, more than one coordination names);
* the anaphor is the subject of an effect verb (relations/cross_sentence.py ``is_subject``: "they limited",
  "both compounds significantly reduced"), not "they have not been tested against …";
* its antecedent is the one coordination of two to four specific compounds ("A, B and C") of the nearest
  earlier sentence of the paragraph, at most WINDOW sentences back, that names a specific compound; a general
  head also needs that sentence to name no other specific compound (then "these drugs" could be another set);
* a class head fits when each member fits it (``compound_descriptions.fits``: "-ine" for alkaloids …) or a
  sentence of the document names every member together with the class noun ("… by polyphenols - quercetin,
  epigallocatechin gallate and curcumin - …");
* "They", which has no head to check, only when the sentence right before names the coordination itself or a
  class noun that fits it ("the investigated polyphenols"): the pronoun continues the previous sentence's
  plural compound topic (centering: Grosz, Joshi & Weinstein 1995);
* the sentence names no specific compound itself and names a gene or pathway (else nothing is related).

Each member gets a mention at the anaphor with ``how`` = ``cross_sentence.GROUP``: a cross-sentence reading
(typed by the sentence's own cue, its weight halved by ``bridged_label``), and the members are one set, no
partners of each other (relations/pairs.py ``collective_sets``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline import lazy_re
from pipeline.nlp.compound_descriptions import CLASS_WORDS, Named, fits, is_class_noun, specific
from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import GROUP, is_subject

WINDOW = 2  # sentences back: "A, B and C … . Results showed that the investigated polyphenols … . Moreover, they …"
MAX_MEMBERS = 4
_GENERAL = ("compounds", "drugs", "agents", "molecules", "chemicals")
_CLASS_PLURALS = sorted({w + ("es" if w.endswith("s") else "s") for w in CLASS_WORDS if w.isascii()}, key=len,
                        reverse=True)
_HEAD = "|".join((*_GENERAL, *_CLASS_PLURALS))
_OPENING = lazy_re.compile(
    r"^(?:(?:Moreover|Furthermore|In addition|Additionally|Also|Importantly|Notably|Interestingly|Similarly|"
    r"Likewise|In contrast|However|Thus|Therefore|Further|Finally)\s*,?\s+)?"
    r"(?P<anaphor>(?P<pronoun>[Tt]hey)\b"
    r"|(?:[Tt]hese|[Bb]oth(?:\s+the)?|[Tt]he\s+(?:two|three|four|investigated|tested|studied|examined|selected))"
    r"\s+(?P<head>" + _HEAD + r")\b)"
)
# what joins the items of one coordination: "A, B and C", "A and B", "A or B"
_JOIN = lazy_re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")


@dataclass
class Seen:
    """An earlier sentence: its paragraph and index, its text (case-folded), the ids of its specific compounds,
    its coordination of compounds (or None) and the class nouns of its compound mentions."""

    paragraph: int
    index: int
    text: str
    compounds: frozenset[str]
    group: tuple[str, ...] | None
    class_nouns: frozenset[str]


def opening(sentence: str) -> tuple[int, int, str | None] | None:
    """(start, end, head) of a plural anaphor opening ``sentence`` ("Moreover, they", "These polyphenols"; head
    None for the pronoun), or None."""
    m = _OPENING.match(sentence)
    if m is None:
        return None
    return m.start("anaphor"), m.end("anaphor"), None if m.group("pronoun") else m.group("head").lower()


def coordination(sentence: str, compounds: list[Mention]) -> tuple[str, ...] | None:
    """The ids of the one coordination of two to MAX_MEMBERS specific compounds in ``sentence`` ("quercetin,
    epigallocatechin gallate and curcumin"), in order; None when there is none or more than one.
    ``compounds``: the sentence's specific compound mentions, sentence offsets."""
    ordered = sorted(compounds, key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in ordered:
        if runs and _JOIN.fullmatch(sentence[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    groups = [tuple(dict.fromkeys(m.entity_id for m in run)) for run in runs]
    groups = [g for g in groups if len(g) >= 2]
    if len(groups) != 1 or len(groups[0]) > MAX_MEMBERS:
        return None
    return groups[0]


def _said(word: str, group: tuple[str, ...], history: list[Seen]) -> bool:
    """Does a sentence of the document name every member of ``group`` with the class noun ``word``?"""
    pattern = re.compile(rf"(?<![a-z]){re.escape(word)}(?:s|es)?(?![a-z])")
    return any(set(group) <= s.compounds and pattern.search(s.text) for s in history)


def _singular(head: str) -> str:
    return head[:-2] if head.endswith("es") and head[:-2] in CLASS_WORDS else head[:-1]


def group_fits(head: str, group: tuple[str, ...], history: list[Seen], name_of: Callable[[str], str]) -> bool:
    """Does the plural head fit the compounds of ``group``: any set for a general noun; for a class, each member by
    its name (``compound_descriptions.fits``) or all of them by a sentence that calls them so."""
    if head in _GENERAL:
        return True
    word = _singular(head)
    if _said(word, group, history):
        return True
    return all(fits(Named(i), frozenset({word}), name_of(i)) for i in group)


def antecedent(found: tuple[int, int, str | None], paragraph: int, index: int, history: list[Seen],
               name_of: Callable[[str], str]) -> tuple[str, ...] | None:
    """The compounds the anaphor ``found`` (``opening``) of sentence ``index`` of ``paragraph`` refers to, or None."""
    _a, _b, head = found
    before = [s for s in history if s.paragraph == paragraph and index - WINDOW <= s.index < index]
    source = next((s for s in reversed(before) if s.compounds), None)
    if source is None or source.group is None:
        return None
    group = source.group
    if head is None:  # "they": the previous sentence's plural compound topic
        previous = before[-1] if before and before[-1].index == index - 1 else None
        if previous is None:
            return None
        if previous is not source and not any(group_fits(_plural(w), group, history, name_of)
                                              for w in previous.class_nouns):
            return None
        return group
    if head in _GENERAL and set(source.compounds) - set(group):
        return None
    return group if group_fits(head, group, history, name_of) else None


def _plural(word: str) -> str:
    return word + ("es" if word.endswith("s") else "s")


def remember(history: list[Seen], sentence: str, paragraph: int, index: int, mentions: list[Mention],
             sentence_start: int, name_of: Callable[[str], str], skip: frozenset[str]) -> None:
    """Add the sentence to ``history`` (in place): its specific compounds, their coordination, its class nouns.
    ``mentions``: paragraph offsets."""
    compounds = specific(mentions, name_of, skip)
    local = [Mention(m.start - sentence_start, m.end - sentence_start, m.entity_id, m.label, m.how, m.text)
             for m in compounds]
    nouns = set()
    for m in mentions:
        if m.label == "COMPOUND" and m.entity_id and m.how not in skip:
            low = m.text.casefold()
            word = low[:-2] if low.endswith("es") and low[:-2] in CLASS_WORDS else low[:-1] if low.endswith("s") \
                else low
            if word in CLASS_WORDS and is_class_noun(m.text, name_of(m.entity_id)):
                nouns.add(word)
    history.append(Seen(paragraph, index, sentence.casefold(), frozenset(m.entity_id for m in compounds),
                        coordination(sentence, local), frozenset(nouns)))


def resolve(sentence: str, sentence_start: int, mentions: list[Mention], paragraph: int, index: int,
            history: list[Seen], lang: str, name_of: Callable[[str], str],
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` (paragraph offsets) plus a ``GROUP`` mention of each member of the coordination a plural
    anaphor opening the sentence refers to; unchanged when the rule does not apply. English only."""
    if lang != "en":
        return mentions
    found = opening(sentence)
    if found is None or specific(mentions, name_of, skip):
        return mentions
    a, b, _head = found
    if not is_subject(sentence, a, b, lang):
        return mentions
    if not any(m.label in ("GENE", "PATHWAY") and m.how not in skip for m in mentions):
        return mentions
    start, end = sentence_start + a, sentence_start + b
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.label != "COMPOUND" or m.start < start or m.end > end for m in inside):
        return mentions  # the anaphor overlaps a gene or a longer name
    group = antecedent(found, paragraph, index, history, name_of)
    if group is None:
        return mentions
    # "these polyphenols": the class noun inside the description is the set, not the class in general
    added = [Mention(start, end, i, "COMPOUND", GROUP, sentence[a:b]) for i in group]
    return sorted([*added, *(m for m in mentions if m not in inside)], key=lambda m: (m.start, -m.end))

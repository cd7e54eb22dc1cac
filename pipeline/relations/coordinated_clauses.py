"""A read-out that is the subject of a coordinated finite clause is out of the earlier verb's reach.

"Dexamethasone suppressed IL-11 gene transcription …, and dexamethasone-GC receptor complex was bound to JunD"
(new_papers_en PMID23397032, gold dexamethasone–JunD ``associated``): the verb "suppressed" has its objects in its
own clause; after ", and" a new clause opens with its own subject ("… complex") and finite verb ("was bound").
Clauses joined by a coordinator are each complete (Quirk et al., *A Comprehensive Grammar of the English Language*,
1985, 13.7-13.16 on coordinated clauses; the second clause's subject is not an object of the first verb), so the
cue before the coordinator does not type a pair whose target stands in the later clause's subject.

What the later clause says instead is its own predicate: a passive change verb with no object ("…, and the level of
Bax was increased") states the change of its subject in the same experiment, as a whereas-clause does
(passive_subjects.contrast_readout, effects._contrast_readout); any other predicate ("was bound to") states no
effect of the first clause's agent, so the pair is only associated.

Pure functions over a sentence's text and offsets; English only.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the coordinator of two finite clauses: a comma or semicolon, then "and"/"but"/"yet" (a bare semicolon also
# joins two clauses); "…, and" before a list's last item is told apart by the finite verb after the target
_COORDINATOR = lazy_re.compile(r"(?:,\s*(?:and|but|yet)|;\s*(?:and\s+|but\s+)?)\s+(?:then\s+|also\s+)?", re.IGNORECASE)
# from the coordinator to the target: the later clause's subject noun phrase up to the mention (a determiner, a level
# noun with "of", up to five modifiers, a premodifying name joined by a hyphen: "dexamethasone-GC receptor complex")
_SUBJECT_BEFORE = lazy_re.compile(
    r"^(?:(?:the|a|an|its|their)\s+)?(?:(?:levels?|expressions?|activit(?:y|ies)|production|amounts?|concentrations?|"
    r"contents?|phosphorylation)\s+of\s+(?:the\s+)?)?"
    r"(?:(?!(?:was|were|is|are|has|have|had|by|in|after|with|that|which|to|of)\b)[\w()/+αβγδκ']+(?:\s+|-)){0,5}$",
    re.IGNORECASE)
# after the target, inside its subject noun phrase, up to the finite auxiliary of the clause: modifiers and a head
# noun ("receptor complex was", "expression was", "levels were significantly"), no comma and no other verb
_SUBJECT_TO_AUXILIARY = lazy_re.compile(
    r"^(?:\s*\([^()]{0,30}\))?(?:[\s\-]+(?!(?:was|were|is|are|has|have|had|by|in|after|with|that|which|to)\b)"
    r"[A-Za-z][\w\-/]*){0,3}\s+(?P<aux>was|were|is|are|(?:has|have|had)\s+been)\b", re.IGNORECASE)


def later_clause_subject(text: str, cue_end: int, target_start: int, target_end: int) -> int | None:
    """Where the finite auxiliary of the target's clause starts, when the target stands in a clause coordinated after
    the one whose cue ends at ``cue_end``: in its subject ("…, and the level of Bax was increased") or after its
    subject and auxiliary ("…, and dexamethasone-GC receptor complex was bound to JunD"); else None."""
    if target_start < cue_end:
        return None
    last = None
    for last in _COORDINATOR.finditer(text, cue_end, target_start):
        pass
    if last is None:
        return None
    opening = _CLAUSE_OPENING.match(text, last.end(), target_start)
    if opening is not None:  # the target after the later clause's subject and auxiliary
        return opening.start("aux")
    if not _SUBJECT_BEFORE.match(text[last.end():target_start]):
        return None
    found = _SUBJECT_TO_AUXILIARY.match(text[target_end:target_end + 80])
    return None if found is None else target_end + found.start("aux")


# a later clause's subject (up to six words, a hyphen may join a premodifying name) and its finite auxiliary
_CLAUSE_OPENING = lazy_re.compile(
    r"(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:was|were|is|are|has|have|had|by|after|with|that|which|to)\b)"
    r"[\w()/+αβγδκ']+(?:\s+|-)){1,6}?(?P<aux>was|were|is|are|(?:has|have|had)\s+been)\b", re.IGNORECASE)


def own_change_verb(text: str, auxiliary: int, verbs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The later clause's passive change verb right after its auxiliary ("was increased", "were significantly
    reduced"), with no object after it and no cause of its own ("… after BDNF administration"); ``verbs`` are the
    sentence's effect cues as (start, end). None when the clause's predicate is no such verb ("was bound to")."""
    from pipeline.relations.passive_subjects import _CHANGE_VERB, _NO_OBJECT_AFTER, _OWN_ADJUNCT

    for start, end in verbs:
        if start < auxiliary or start - auxiliary > 40:
            continue
        if _CHANGE_VERB.match(text[start:end]) and _AUXILIARY_TO_VERB.match(text[auxiliary:start]) \
                and _NO_OBJECT_AFTER.match(text[end:end + 60]) and not _OWN_ADJUNCT.match(text[end:end + 80]):
            return start, end
        return None
    return None


# the auxiliary, then adverbs, up to the verb ("was significantly", "were also markedly", "has been")
_AUXILIARY_TO_VERB = lazy_re.compile(r"^(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:\w+ly|also|further)\s+){0,2}$",
                                     re.IGNORECASE)

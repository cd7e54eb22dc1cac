"""The standard of an equality comparison after the predicate: "X increased Y in a similar fashion as Z".

Pharmacology and mechanism abstracts state a second agent's effect by comparing it with the first one's,
after the predicate and its object:

* "Cotinine also increased the phosphorylation of ERK 1/2 in a similar fashion as nicotine" (validation_en
  PMID23602986, gold nicotine ``activates`` ERK);
* "Nf-kB inhibition of chloroform extract of C. athoa was determined equivalent to positive control
  parthenolide" (validation40_en PMID24405079, gold parthenolide ``inhibits`` NF-kB).

A comparison of equality ("as … as", "similar(ly) to", "the same … as", "equivalent/comparable to") asserts that
the standard has the property the clause states of the compared item (Quirk et al., *A Comprehensive Grammar of
the English Language*, 1985, 15.63-15.67 on comparative clauses of equivalence; Huddleston & Pullum, *The
Cambridge Grammar of the English Language*, 2002, ch. 13 §2 on equality): what the sentence says of the subject
it says of the standard, with the same predicate — the standard shares the subject's governor as a conjunct
does (coordination.conjunct_before; Kilicoglu & Bergler 2009). The comparison is stated at the start of the
sentence ("Like nicotine, cotinine increased …", "Cotinine, similar to nicotine, …") is read already (the
standard is coordinated before the subject); this module reads it after the predicate, where nothing joins
the standard to the subject.

Not a comparison of equality, and refused: superiority or inferiority ("more potently than Z", "than Z": the
standard's effect is only implied, and some sentences deny it), the baseline of a group comparison ("compared
with Z", "relative to Z", "versus Z": treated_groups._BASELINE_BEFORE) and a negated similarity ("not similar
to", "unlike", "in contrast to").

Pure functions over the sentence's text and its mention spans.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_DEGREE = r"(?:similar|same|comparable|equal|identical|equivalent|like)"
# the equality marker that ends right before the standard (optionally "that/those of", "the positive control")
_EQUALITY_BEFORE = lazy_re.compile(
    r"(?:\b(?:in|with|by|through|via)\s+(?:an?\s+|the\s+)?" + _DEGREE + r"\s+(?:fashion|manner|way|mode|pattern|"
    r"mechanism|efficacy|potency|magnitude)\s+(?:as|to)"
    r"|\bto\s+(?:an?\s+|the\s+)?" + _DEGREE + r"\s+(?:extent|degree|level)\s+(?:as|to)"
    r"|\bas\s+(?:potently|effectively|efficiently|strongly|markedly|much|well|potent|effective|efficient|strong)\s+as"
    r"|\b(?:similar(?:ly)?|comparabl[ey]|equivalent(?:ly)?|equal(?:ly)?|identical)\s+to"
    r"|\b(?:determined|found|shown|proved|proven)\s+(?:to\s+be\s+)?(?:similar|comparable|equivalent|equal)\s+to"
    r"|\bas\s+(?:did|does|do))"
    r"\s+(?:(?:that|those)\s+(?:of|by|with)\s+)?(?:the\s+)?"
    r"(?:(?:positive|reference|standard)\s+(?:control|drug|compound|inhibitor|agonist)s?\s+|(?:known|classic(?:al)?)\s+"
    r"(?:inhibitor|activator|agonist|antagonist)s?\s+)?$", re.IGNORECASE)
# a comparison of inequality or a negated similarity in the same stretch: no shared effect is asserted
_NOT_EQUAL = lazy_re.compile(r"\b(?:than|unlike|not|no|in\s+contrast|contrary|compared|relative|versus|vs\.?|differ\w*)\b",
                             re.IGNORECASE)


def equality_marker(text: str, standard_start: int) -> int | None:
    """The start of an equality-comparison marker that ends right before the mention starting at
    ``standard_start`` ("… in a similar fashion as |nicotine", "… equivalent to positive control |parthenolide"),
    else None."""
    lo = max(0, standard_start - 90)
    found = _EQUALITY_BEFORE.search(text, lo, standard_start)
    if found is None or _NOT_EQUAL.search(found.group()):
        return None
    return found.start()


# where the compared clause starts: a semicolon, or a comma before a new clause's subordinator/coordinator
_CLAUSE_START = lazy_re.compile(r";|[,，]\s*(?:whereas|while|but|although|though|which|whose|and\s+(?:then|thus|therefore))\b"
                                r"|\b(?:whereas|while|but|although|though)\b", re.IGNORECASE)


def compared_subject(text: str, spans, standard, labels) -> object | None:
    """The mention of one of ``labels`` that ``standard`` (a mention) is compared with: the first such mention
    before the comparison in the standard's clause (the subject of the predicate the comparison modifies),
    else None. The standard must be the marker's own complement (``equality_marker``); the clause starts after
    the last semicolon or subordinate/contrastive clause opening before the marker (commas of an object list do
    not end it: "X decreased A, B and C to a similar extent as Z")."""
    if standard.label not in labels:
        return None
    marker = equality_marker(text, standard.start)
    if marker is None:
        return None
    lo = max((m.end() for m in _CLAUSE_START.finditer(text, 0, marker)), default=0)
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.end > marker:
            break
        if sp.start >= lo and sp.label in labels and sp.entity_id != standard.entity_id:
            return sp
    return None

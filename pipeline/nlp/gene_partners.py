"""Gene names written as partners of a gene mention: "SF2/ASF", "HGF/SF", "E2F/DP", "mu1 and mu2".

A symbol that no dictionary or list knows is still a gene name when the sentence pairs it with
one: two names of one protein joined by a slash ("NeuroD1/BETA2", "Sty1/Spc1", "HGF/SF"), the
two partners of a complex ("E2F/DP", "Cdc2/Cdc13", "U4/U6") or coordinated siblings
("cdc18 and cdc14", "Rac1 and RhoA", "gp20 and gp17"). The partner must itself look like a
symbol (a capital, and a digit or a second capital for the coordinated ones), so ordinary words,
units, sequence motifs, variants and cell lines next to a gene stay out.

Measured on BC2GM train with the learned lists learned on the first 60 % and scored on 60-80 %
(docs/ner_benchmarks.md, "Genes, stop 23"): slash partners 26 of 30 candidates gold, coordinated
siblings about half (which still raises F1: an added mention pays when it is right more often
than F1 / 2).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.gene_context import _CODE, _FORMULA, _MARKER, _NOT_GENE_WORD, _NOT_SYMBOL_WORDS, _VARIANT

# A partner: starts with a letter, has a capital, 2-12 characters, hyphens inside only
_PARTNER = lazy_re.compile(r"^(?=.*[A-Z])[A-Za-z][A-Za-z0-9\-]{1,11}$")
# A coordinated sibling needs more of a symbol's shape: a digit, two capitals or a capital after
# a lower-case letter (Rac1, DDB, hSIE); "However", "Thus" and other capitalised words have none
_SIBLING = lazy_re.compile(r"^(?=.*(?:\d|[A-Z].*[A-Z]|[a-z][A-Z]))")
# Sequence motifs and repeats (CCAAT, TATA, CAG), response elements (ARE, GRE, ERE) and ranges
# (T1-9, C1-7) are no names
_MOTIF_OR_RANGE = lazy_re.compile(r"^[ACGTUN]{3,}$|^[A-Z]{1,2}REs?\d?$|\d-\d+$")
# Written next to genes but no gene: wild type (WT), regulatory T cells (Treg, Th2/Treg)
_NOT_PARTNERS = frozenset(["WT", "Wt", "Treg", "Tregs"])
_TOKEN = r"[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]"
_AFTER_SLASH = lazy_re.compile(r"(?<=/)(" + _TOKEN + r")(?![\w\-])")
_BEFORE_SLASH = lazy_re.compile(r"(?<![\w\-/])(" + _TOKEN + r")(?=/)")
_COORDINATED = lazy_re.compile(r"(?<![\w\-/])(" + _TOKEN + r")(?=(?:,? (?:and|or)|,) (" + _TOKEN + r")(?![\w\-/]))")
# A symbol in parentheses right after a mention: the short form the paper gives the name
_IN_PARENTHESES = lazy_re.compile(r" \((" + _TOKEN + r")\)")
# What the pair names when the next word is one of these: cells, strains, animals, measures
_NOT_GENES_AFTER = lazy_re.compile(
    r"\s*(?:cells?|cell lines?|mice|mouse|rats?|strains?|patients|groups?|values?|indices|images?|"
    r"solutions?|signals?|sites?|elements?|boxes|motifs?|plasmids?|vectors?|scores?|scales?)\b",
    re.IGNORECASE,
)


def is_partner_shape(word: str, sibling: bool = False) -> bool:
    """Whether ``word`` can be a gene symbol paired with a gene mention (``sibling``: coordinated
    by and/or, which asks for a digit or a second capital)."""
    if not _PARTNER.match(word) or word.endswith("-") or _MOTIF_OR_RANGE.search(word):
        return False
    if (sibling and not _SIBLING.match(word)) or word in _NOT_PARTNERS:
        return False
    return not (_VARIANT.match(word) or _NOT_GENE_WORD.search(word) or _FORMULA.match(word)
                or _CODE.match(word) or _NOT_SYMBOL_WORDS.search(word) or _MARKER.match(word))


_LETTERS_THEN_NUMBER = lazy_re.compile(r"([A-Za-z]+)\d+[a-z]?$")


def is_shortened_sibling(known: str, partner: str) -> bool:
    """Whether ``partner`` repeats the last letters of ``known`` with another number: "DFNB7/B11"
    is DFNB7 and DFNB11 (loci written short), so "B11" alone names nothing."""
    mine, theirs = _LETTERS_THEN_NUMBER.search(known), _LETTERS_THEN_NUMBER.fullmatch(partner)
    return bool(mine and theirs and len(theirs.group(1)) < len(mine.group(1))
                and mine.group(1).endswith(theirs.group(1)))


def _free(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    return not any(s < b and a < e for s, e in taken)


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return text[start:end]


def slash_partner_spans(text: str, genes: list[tuple[int, int]], taken: list[tuple[int, int]],
                        excluded: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Symbols joined by a slash to a gene mention, on either side ("SF2/ASF", "Tcn1p/Crz1p"),
    that no mention covers. Chains ("PSD-95/Dlg/ZO-1") are followed from any known member."""
    ends = {b for _, b in genes}
    starts = {a for a, _ in genes}
    out: list[tuple[int, int]] = []
    changed = True
    while changed:
        changed = False
        sides = ((_AFTER_SLASH, lambda a, b: a - 1 in ends, True), (_BEFORE_SLASH, lambda a, b: b + 1 in starts, False))
        for pattern, joined, after_slash in sides:
            for m in pattern.finditer(text):
                a, b = m.span(1)
                if not joined(a, b) or not _free(a, b, [*taken, *out]) or m.group(1) in excluded:
                    continue
                if after_slash and is_shortened_sibling(_word_before(text, a - 1), m.group(1)):
                    continue
                if not is_partner_shape(m.group(1)) or _NOT_GENES_AFTER.match(text, b):
                    continue
                out.append((a, b))
                ends.add(b)
                starts.add(a)
                changed = True
    return sorted(out)


def coordinated_sibling_spans(text: str, genes: list[tuple[int, int]], taken: list[tuple[int, int]],
                              excluded: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """A symbol coordinated with a gene mention by "and"/"or" ("cdc18 and cdc14", "DDB and
    E2F1"), with a symbol's shape, no mention on it, and no cell/strain/measure word after the pair."""
    spans = set(genes)
    out: list[tuple[int, int]] = []
    for m in _COORDINATED.finditer(text):
        if _NOT_GENES_AFTER.match(text, m.end(2)):
            continue
        for known, other in ((1, 2), (2, 1)):
            a, b = m.span(other)
            word = m.group(other)
            if m.span(known) in spans and _free(a, b, [*taken, *out]) and word not in excluded \
                    and is_partner_shape(word, sibling=True):
                out.append((a, b))
    return sorted(out)


def short_form_partner_spans(text: str, genes: list[tuple[int, int]], taken: list[tuple[int, int]],
                             excluded: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """A symbol in parentheses right after a gene mention, which no mention covers: the short
    form the paper gives that gene ("RNA polymerase (RNAP)", "Type 2 deiodinase (D2)") when the
    abbreviation finder did not pair them (its long form is only partly the mention). Needs the
    coordinated siblings' shape, so a supplier ("(Pharmacia)") is left out."""
    ends = {b for _, b in genes}
    out: list[tuple[int, int]] = []
    for m in _IN_PARENTHESES.finditer(text):
        a, b = m.span(1)
        if m.start() in ends and _free(a, b, [*taken, *out]) and m.group(1) not in excluded \
                and is_partner_shape(m.group(1), sibling=True):
            out.append((a, b))
    return out


# Designators of one name given in a list: "factors 1 and 2", "alpha, beta, and delta", "II, V and VIII"
_GREEK = (r"(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|"
          r"sigma|tau|upsilon|phi|chi|psi|omega)")
_DESIGNATORS = {
    "number": lazy_re.compile(r"\d{1,2}[a-z]?"),
    "greek": lazy_re.compile(_GREEK, re.IGNORECASE),
    "roman": lazy_re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})"),
}
# "flap 1, 4, 7, 14 and 28 days": numbers of a measure, not designators
_UNIT = r"\s*(?:%|days?|weeks?|months?|years?|hours?|h|min|mg|ml|kDa|kb|bp)\b"
_LAST_WORD = lazy_re.compile(r"(?:^|[\s\-])(\S+)$")


def _designator_list(pattern: re.Pattern) -> re.Pattern:
    one = pattern.pattern
    return re.compile(r"(?:,\s*" + one + r")*,?\s+(?:and|or)\s+" + one + r"(?![\w\-])(?!" + _UNIT + ")",
                      pattern.flags)


_DESIGNATOR_LISTS = {kind: _designator_list(p) for kind, p in _DESIGNATORS.items()}


# "IRF-1 and -2", "GABPalpha and -beta", "DP-I and -II", "caspase-3, -8, and -9", "caspase-3、-8": further
# names written as their designator after a hyphen, the stem left out
_ELIDED_DESIGNATOR = "(?:" + "|".join(p.pattern for p in _DESIGNATORS.values()) + r"|[αβγδεκ]|[A-Z]\d?)"
_ELLIPSIS_SEPARATOR = r"(?:\s*[,，、]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*(?:和|及|与|或)\s*)"
_ELIDED_ITEM = lazy_re.compile(_ELLIPSIS_SEPARATOR + r"-(" + _ELIDED_DESIGNATOR + r")(?![A-Za-z0-9\-])(?!" + _UNIT + ")",
                               re.IGNORECASE)
_HYPHEN_ELLIPSIS = lazy_re.compile(r"(?:" + _ELIDED_ITEM.pattern + r")+", re.IGNORECASE)
# the designator a name ends in, after a hyphen or a space ("IRF-1", "collagen I") or glued to
# letters ("GABPalpha"); the stem is what comes before it
_NAME_DESIGNATOR = lazy_re.compile(r"(?<=[A-Za-z\-\s])" + _ELIDED_DESIGNATOR + r"$")


def hyphen_ellipsis_end(text: str, end: int) -> int:
    """Where a gene name ends when further names follow as hyphenated designators alone
    ("IRF-1 and -2", "interferon-alpha and -gamma", "SOCS-1 and -3", "FGF-2, -3, -4, -7, and -18"):
    BC2GM and BioRED annotate the coordination as one mention (BC2GM train: 8 of 8).
    ``end`` when none follows."""
    tail = _HYPHEN_ELLIPSIS.match(text, end)
    return tail.end() if tail else end


def elided_members(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each name written as its designator alone after the gene name
    ``text[start:end]``: "caspase-3, -8, and -9" gives (…, "caspase-8") and (…, "caspase-9") on
    "8" and "9"; "dickkopf-1 and -2", "caspase-3、-8", "receptor-alpha/beta", "caspase-3/7" the
    same. Each is a gene of its own (its entity: the dictionary's, for the full name), so the
    relations of the first reach every member. [] when the name ends in no designator."""
    own = _NAME_DESIGNATOR.search(text, start, end)
    if own is None:
        return lookalike_members(text, start, end)
    tail = _HYPHEN_ELLIPSIS.match(text, end)
    if tail is not None:
        items = list(_ELIDED_ITEM.finditer(text, end, tail.end()))
    else:
        items = slash_items(text, end)
    if items:
        own = _number_designator(own, items[0].group(1), text, start, end)
    stem = text[start:own.start()]
    return [(m.start(1), m.end(1), stem + m.group(1)) for m in items]


# the number a name ends in ("TORC1", "ERK1"), preferred to a capital + digit designator ("C1")
# when the items after it are numbers: "TORC1/2" is TORC1 and TORC2, not TORC1 and "TOR2"
_NUMBER_DESIGNATOR = lazy_re.compile(r"(?<=[A-Za-z\-\s])\d{1,2}[a-z]?$")


def _number_designator(own: re.Match, first_item: str, text: str, start: int, end: int) -> re.Match:
    """The designator of the name ``text[start:end]`` the items after it vary: its trailing
    number when they are numbers ("TORC1" + "/2", "ERK1" + "/2"), else ``own``."""
    if own.group(0)[:1].isdigit() or not first_item[:1].isdigit():
        return own
    return _NUMBER_DESIGNATOR.search(text, start, end) or own


# Greek letters typed as their Latin look-alikes after a hyphen, a slash between them: "Ikk-a/b" (IKK-α/β,
# validation_en PMID26174316), "GSK-3a/b", "IkB-a/b". keys.py folds α, β, γ, δ, κ to a, b, g, d, k, so the
# first name matches; the second is written as its letter alone.
_LOOKALIKE = {"a": "α", "b": "β", "g": "γ", "d": "δ", "k": "κ"}
_LOOKALIKE_OWN = lazy_re.compile(r"(?<=[A-Za-z0-9]-)[abgdk]$|(?<=[0-9])[abgdk]$")
_LOOKALIKE_SLASH = lazy_re.compile(r"/([abgdk])(?![A-Za-z0-9\-/])")


def lookalike_members(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``elided_members`` for a name ending in a Latin look-alike of a Greek letter followed by one
    more after a slash ("Ikk-a/b" gives (…, "Ikk-β") on "b"); the member is named with the Greek
    letter, which the dictionary's names use. [] otherwise."""
    own = _LOOKALIKE_OWN.search(text, start, end)
    slash = _LOOKALIKE_SLASH.match(text, end)
    if own is None or slash is None or slash.group(1) == own.group(0):
        return []
    return [(slash.start(1), slash.end(1), text[start:own.start()] + _LOOKALIKE[slash.group(1)])]


# one "/designator" after a name: "estrogen receptor-alpha/beta", "caspase-3/7", "caspase-3/-7", or a
# run of them ("Smad1/5/8": "/5", "/8"), the last followed by no name character. A suspended hyphen
# (one before a space) ends the run as a space does: "via Akt1/2- and JNK2- dependent pathways" (a
# reference title of ChinaXiv-201711.00488V1, validation46_zh; the gold has AKT2) is "Akt1/2-dependent
# and JNK2-dependent" with the shared word written once (Quirk et al. 1985, 13.98, ellipsis in compounds)
_SLASH_STEP = lazy_re.compile(r"/-?(" + _ELIDED_DESIGNATOR + r")(?![A-Za-z0-9]|-(?!\s))", re.IGNORECASE)


def slash_items(text: str, end: int) -> list[re.Match]:
    """The designators written after a name ending at ``end``, each after a slash: one
    ("caspase-3/7", "receptor-alpha/beta") or a run ("Smad1/5/8"). [] when the run goes on into a
    word ("/5-fold", "/8a1")."""
    items = []
    while (hit := _SLASH_STEP.match(text, end)) is not None:
        items.append(hit)
        end = hit.end()
    return items if items and not _SLASH_STEP_BLOCKED.match(text, end) else []


_SLASH_STEP_BLOCKED = lazy_re.compile(r"/[A-Za-z0-9\-]")


def slash_member_names(name: str, tail: str) -> list[str]:
    """The names a slash run after ``name`` gives ("Smad1" + "/5/8": Smad5, Smad8): the name's
    stem joined to each designator. [] when the name ends in no designator."""
    own = _NAME_DESIGNATOR.search(name)
    if own is None:
        return []
    items = [d.lstrip("-") for d in tail.split("/")[1:]]
    if items:
        own = _number_designator(own, items[0], name, 0, len(name))
    return [name[:own.start()] + d for d in items]


def coordinated_designators_end(text: str, start: int, end: int) -> int:
    """Where a gene name ending in a designator ends when further designators of the same kind
    follow it in a list: "heat shock transcription factors 1 and 2", "hGli2 alpha, beta, gamma,
    and delta", "coagulation factors II, V and VIII" are one mention in BC2GM (and "FGF receptors
    2 and 4", "uncoupling proteins 2 and 3" in BioRED), as does a hyphenated designator alone
    ("IRF-1 and -2": hyphen_ellipsis_end). ``end`` when no such list follows."""
    ellipsis = hyphen_ellipsis_end(text, end)
    if ellipsis > end:
        return ellipsis
    last = _LAST_WORD.search(text, start, end)
    if last is None:
        return end
    for kind, pattern in _DESIGNATORS.items():
        if pattern.fullmatch(last.group(1)):
            tail = _DESIGNATOR_LISTS[kind].match(text, end)
            return tail.end() if tail else end
    return end

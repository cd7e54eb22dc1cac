"""Names glued to a neighbouring word by PDF conversion, and Greek isoform prefixes.

The matcher takes a Latin match only between word edges, which keeps ``AKT`` out of
``Aktion``. PDF-converted Chinese papers lose spaces in their English parts, above all in the
reference titles: ``Wnt7a/Aktsignaling pathway``, ``PI3K/PTEN/Akt/mTORpathways``,
``cetuximabresistance``, ``matrineinduced``, ``activation ofp38MAPK``. And English text writes
isoforms with a Greek prefix glued to the symbol: ``ΔFosB`` (the key folds Δ to ``d``, so
``dfosb`` matches nothing).

This module matches the *piece* of such a run that a glue word cuts off, and only then:

* a run ending in a closed list of words that follow names in titles and results
  (signaling, pathway(s), induced, mediated, resistance, dependent, treated), or in the
  function words and/in/of after a symbol written in capitals or digits (``BAFand``);
* a run opening with a function word (of/the/in/and/by/with) glued to a symbol that has a
  capital or digit (``ofp38MAPK``), or closing with such a word glued to a capitalised symbol
  (``biogenesisandSIRT1``);
* a run right after Δ/δ (isoform prefix; the mention covers the prefix).

The piece must be a whole dictionary match (the index's own case rules apply); a lowercase
piece must be 6+ characters (``cetuximab``), a symbol 2+ with a capital or digit. Runs that
already hold a mention are left alone. Pure functions over one paragraph.

``case_glued_mentions`` reads runs where no glue word is known but the case still marks the
words: English words are lower case, so a capital after a lower-case word, or lower case after
a capital or digit, is a word edge the converter kept (``increasedAMPK``,
``dendriticcellTLR4activation``, ``AktandNFkappaBpathways``, ``PLK4mRNA``). It takes only gene and
pathway symbols, several per run, and guards the shapes that are no edge: Greek names and
isoform letters (``TNFalpha``, ``betaAPP``, ``Stat5a``), -ase, short prefixes (si, sh, p, non,
anti), camel-case brands and cell lines (``MyCycler``, ``HaCaT``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_RUN = lazy_re.compile(r"[A-Za-z][A-Za-z0-9]*")
TAIL_WORDS = lazy_re.compile(r"(?:signal(?:l)?ing|pathways?|induced|mediated|resistance|dependent|treated)")
HEAD_WORDS = lazy_re.compile(r"(?:of|the|in|and|by|with)$")
_HEAD = lazy_re.compile(r"^(?:of|the|in|and|by|with)(?=[A-Za-z0-9])")
# a capitalised symbol closing a run after a glued function word, with more words glued before it:
# "mitochondrialbiogenesisandSIRT1/PGC-1α/PI3K/Aktsignaling" (ChinaXiv-202207.00209V1 reference 9;
# validation gold AXIS:HGNC:14929/HGNC:9237/FPLX:PI3K/FPLX:AKT)
_GLUED_SYMBOL_END = lazy_re.compile(r"(?:and|of|in|by|with)([A-Z][A-Za-z0-9]*)$")
# a lower-case name closing a run after a glued preposition, a word of 3+ letters before it:
# "cytotoxicityofobatoclax", "predictresponsivenesstoondansetron", "regulationofautophagy"
# (ChinaXiv reference titles); not "au|to|phagosome" (two letters before the glue word)
_GLUED_WORD_END = lazy_re.compile(r"(?<=[a-z]{3})(?=(?:of|to|with|by|from)([a-z]{8,})$)")  # every place: "effec|to|f…"
_ISOFORM = "Δδ"
MIN_LOWER = 6


def _symbolish(piece: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in piece)


def _piece_ok(piece: str) -> bool:
    return len(piece) >= MIN_LOWER if not _symbolish(piece) else len(piece) >= 2


# The shortest run a rule of ``_rule_cuts`` cuts: a 2-character piece and a 2-letter glue word
# ("ABin" -> "AB", "ofAB" -> "AB"; a tail word has 7+ letters). Shorter runs ("the", "of", "p53"), about
# half the words of English text, skip the five pattern tests (tests/test_speed_glued_overlaps.py
# tries every shorter run).
MIN_CUT_RUN = 4


def _cuts(run: str, locant: bool = False) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets inside ``run`` of the pieces worth matching. ``locant``: the run
    follows a locant ("S-allylmercaptocysteine"), a systematic chemical name whose parts
    ("mercap|to|cysteine") are no words."""
    return _remembered_cuts(run, locant) if len(run) >= MIN_CUT_RUN else ()


@lru_cache(maxsize=65536)
def _remembered_cuts(run: str, locant: bool) -> tuple[tuple[int, int], ...]:
    """``_rule_cuts`` remembered per run (issue 17, stop 49): the cuts depend on the run alone, and the
    same words recur in every paragraph and paper (five pattern tests a run, ~1 % of a real paper's time)."""
    return tuple(_rule_cuts(run, locant))


def _rule_cuts(run: str, locant: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for tail in TAIL_WORDS.finditer(run):
        if tail.start() >= 2 and _piece_ok(run[: tail.start()]):
            out.append((0, tail.start()))
    for word in ("and", "in", "of"):
        piece = run[: -len(word)]
        if run.endswith(word) and len(piece) >= 2 and (piece[-1].isupper() or piece[-1].isdigit()):
            out.append((0, len(piece)))
    head = _HEAD.match(run)
    if head and _symbolish(run[head.end():]) and len(run) - head.end() >= 2:
        out.append((head.end(), len(run)))
    glued = _GLUED_SYMBOL_END.search(run)
    if glued and glued.start() > 0 and len(glued.group(1)) >= 2:
        out.append((glued.start(1), len(run)))
    if not locant:
        out += [(word.start(1), len(run)) for word in _GLUED_WORD_END.finditer(run)]
    return out


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``overlaps(start, end)``: whether [start, end) overlaps one of ``spans`` (start, end), asked
    for spans in text order (starts and ends never decreasing), as runs of a paragraph are. A span
    overlaps it when it starts before ``end`` and ends after ``start``, so the furthest end among
    the spans starting before ``end`` decides: one pass over the spans for all the runs, where
    testing each run against every mention cost runs x mentions per paragraph (stop 46)."""
    ordered = sorted(spans)
    at, reach = 0, -1

    def overlaps(start: int, end: int) -> bool:
        nonlocal at, reach
        while at < len(ordered) and ordered[at][0] < end:
            reach = max(reach, ordered[at][1])
            at += 1
        return reach > start

    return overlaps


def glued_mentions(text: str, mentions: list[Mention], match: Callable[[str], list[Mention]]) -> list[Mention]:
    """``mentions`` plus the names found inside glued runs and after isoform prefixes.

    ``match(piece)`` returns the dictionary mentions of a string with every position an edge
    (``TermIndex.match`` with all edges allowed).
    """
    added: list[Mention] = []
    overlaps = overlap_test((m.start, m.end) for m in mentions)
    for run in _RUN.finditer(text):
        start, end = run.span()
        if overlaps(start, end):
            continue
        isoform = start > 0 and text[start - 1] in _ISOFORM and (start < 2 or not text[start - 2].isalnum())
        locant = start >= 2 and text[start - 1] == "-" and (text[start - 2].isupper() or text[start - 2].isdigit())
        cuts = [(0, end - start)] if isoform else _cuts(run.group(), locant)
        for a, b in cuts:
            piece = run.group()[a:b]
            whole = [m for m in match(piece) if m.start == 0 and m.end == len(piece)]
            if not whole:
                continue
            m = whole[0]
            s, e = start + a - (1 if isoform else 0), start + b
            added.append(Mention(s, e, m.entity_id, m.label, "glued", text[s:e]))
            break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# --- symbols bounded by a case change inside a glued run -----------------------------------------
# English words are written in lower case; a capital (or a capital/digit run giving way to lower
# case) inside a run of letters is where a symbol starts or ends when the converter dropped the
# spaces: "increasedAMPK", "dendriticcellTLR4activation", "AktandNFkappaBpathways", "PLK4mRNA",
# "Runx2shortens", "angiogenesisviaDIP2A" (ChinaXiv reference titles and abstracts).
CASE_LABELS = frozenset({"GENE", "PATHWAY"})
MIN_WORD = 3  # a lower-case word glued to a symbol has more letters ("cell"), unless a known short word
# words glued after a symbol that ends in lower case ("Akt|and"): the whole rest of the run must be
# such words, up to its end or to the next capital/digit ("Aktand|NFkappaB")
_GLUE = r"(?:and|or|to|in|of|on|by|via|with|from|for|is|are|was|were|as|at|the|" \
        r"signal(?:l)?ing|pathways?|mRNA|proteins?|genes?|expression|activation|activity|" \
        r"inhibition|phosphorylation|induced|mediated|dependent|levels?|axis)"
_GLUE_REST = lazy_re.compile(rf"{_GLUE}+(?=[A-Z0-9]|$)")
_GLUE_HEAD = lazy_re.compile(_GLUE)
_FUNCTION_WORD = lazy_re.compile(r"(?:and|or|to|in|of|on|by|via|with|from|for|is|are|was|were|as|at|the)+")
# lower case after a capital/digit that still belongs to the symbol or makes a word of it:
# Greek names (AMPKalpha, NFkappaB), the plural, -ase (ATPase, GTPases), an isoform letter
_SYMBOL_TAIL = lazy_re.compile(r"(?:alpha|beta|gamma|delta|epsilon|kappa|zeta|eta|theta|lambda|sigma|omega|ase|s$|s[A-Z0-9]|"
                               r"[a-z](?:alpha|beta|gamma|delta|[A-Z0-9]|$))")  # Stat5a|delta749: the isoform letter


def _lower_before(run: str, a: int) -> int:
    """Number of lower-case letters right before offset ``a``."""
    n = 0
    while a - n > 0 and run[a - n - 1].islower():
        n += 1
    return n


# lower case before a capital that is no word of its own: a negating prefix ("nonPLC/PKC": the
# pathway *without* PLC; "antiTNF": the antibody) or a Greek letter written out ("betaAPP",
# "deltaCREB", "CDPDeltaCR1": an isoform's or a variant's name, BC2GM)
_NOT_WORDS = ("non", "anti", "alpha", "beta", "gamma", "delta", "kappa", "epsilon")
# three-letter words that may stand glued before a symbol; other lower-case runs must be 4+
# letters to be read as a word ("rep|CRS2", "syn|CF6" are a construct's parts, BC2GM)
_SHORT_WORDS = frozenset({"and", "the", "via", "for", "with", "from", "its", "was", "are", "has", "not"})


def case_start_ok(run: str, a: int) -> bool:
    """A symbol may start at ``a``: the run's start, or a capital after a lower-case word
    (``increased|AMPK``, ``cell|TLR4``, ``via|DIP2A``, ``and|NFkappaB``; not ``si|RNA``,
    ``Ha|CaT``, ``Na|Cl``, ``rep|CRS2``, nor after ``non``/``anti`` or a Greek letter's name)."""
    if a == 0:
        return True
    if not (run[a].isupper() and run[a - 1].islower()):
        return False
    n = _lower_before(run, a)
    word = run[max(0, a - n - 1):a].lower()
    if word.endswith(_NOT_WORDS):
        return False
    return n > MIN_WORD or run[a - n:a] in _SHORT_WORDS or run[a - 2:a] in ("of", "in", "to", "by")


def case_end_ok(run: str, b: int) -> bool:
    """A symbol may end at ``b``: the run's end; lower case after a capital/digit that opens a
    word (``AMPK|and``, ``TLR4|activation``, ``PLK4|mRNA``, ``Runx2|shortens``; not ``TNF|alpha``,
    ``ATP|ase``, ``AMPK|alpha``); or, after a lower-case letter, glue words only, up to the next
    capital/digit or a content word at the run's end (``Akt|and|NF…``, ``Akt|signaling``; not
    ``Alca|in``, ``Park|inson``)."""
    if b == len(run):
        return True
    rest = run[b:]
    if run[b - 1].isupper() or run[b - 1].isdigit():
        if not rest[0].islower():
            return False
        if rest.startswith("mRNA"):
            return True
        if _SYMBOL_TAIL.match(rest):
            return False
        if _GLUE_HEAD.match(rest):
            return True
        return len(rest) - len(rest.lstrip("abcdefghijklmnopqrstuvwxyz")) > MIN_WORD
    glue = _GLUE_REST.match(rest)
    return bool(glue) and (glue.end() < len(rest) or not _FUNCTION_WORD.fullmatch(rest))


# a capitalised word glued to the next word's capital ("TheA|nti-Inflammatory", "MyC|yclerTM"):
# the last capital opens the next word unless a Greek name precedes it (NFkappaB, IkappaB)
_WORD_THEN_CAPITAL = lazy_re.compile(r"[a-z][A-Z]$")
_GREEK_THEN_CAPITAL = lazy_re.compile(r"(?:alpha|beta|gamma|delta|kappa)[A-Z]$")
_TWO_TITLE_WORDS = lazy_re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")  # "EnergyMetabolism": a spaced name


def _case_symbol(piece: str, label: str) -> bool:
    """Symbol-shaped: 3+ characters opening with a capital, and two capitals/digits (AMPK, Atg8,
    NFkappaB) or a gene written as a capitalised word (Akt); no two capitalised words glued."""
    if len(piece) < 3 or not piece[0].isupper() or _TWO_TITLE_WORDS.search(piece):
        return False
    return sum(c.isupper() or c.isdigit() for c in piece) >= 2 or label == "GENE"


_HYPHEN_TAIL = lazy_re.compile(r"-[A-Za-z0-9]+")
# the start of a hyphenated name before the run: "4E-|BP2mRNA", "SR-|BImRNA" (a symbol-like head: a capital or digit)
_HYPHEN_HEAD = lazy_re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*-$")


def _whole(match: Callable[[str], list[Mention]], piece: str) -> Mention | None:
    return next((m for m in match(piece) if m.start == 0 and m.end == len(piece)), None)


def case_glued_mentions(text: str, mentions: list[Mention], match: Callable[[str], list[Mention]]) -> list[Mention]:
    """``mentions`` plus genes and pathways inside a glued run whose both edges are a case
    change (``case_start_ok``, ``case_end_ok``): the converter dropped the spaces, the case
    still marks the words. Longest pieces first; a piece never overlaps a mention.

    ``match(piece)`` returns the dictionary mentions of a string; only a match of the whole
    piece counts (the index's own case rules apply).
    """
    added: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for run in _RUN.finditer(text):
        word = run.group()
        if len(word) < 5 or word.islower() or word.isupper():
            continue
        start = run.start()
        ends = [b for b in range(3, len(word) + 1) if case_end_ok(word, b)]
        found = []
        for a in (a for a in range(len(word) - 2) if case_start_ok(word, a)):
            head = _HYPHEN_HEAD.search(text, max(0, start - 12), start) if a == 0 else None
            # a head that names nothing itself ("4E-", "SR-") starts the name; "PI3K-|Aktpathway" joins two names
            own_head = head is not None and _whole(match, head.group()[:-1]) is None
            for b in ends if head is None else [b for b in range(1, len(word)) if case_end_ok(word, b)]:
                if head is not None and b < len(word) and (word.startswith("mRNA", b) or TAIL_WORDS.match(word, b)):
                    # "4E-BP2mRNA", "SR-BImRNA": the name began before the hyphen (not "5-HT3receptor…": the
                    # name goes on past the run's case change)
                    longer = head.group() + word[:b]
                    m = _whole(match, longer)
                    if m is not None and m.label in CASE_LABELS:
                        found.append(Mention(head.start() - start, b, m.entity_id, m.label, "glued", longer))
                        continue
                    if own_head:
                        continue  # not "BP2" of 4E-BP2: a piece of a hyphenated name is no name of its own
                if b - a < 3 or (a, b) == (0, len(word)) or not _case_symbol(word[a:b], "GENE"):
                    continue
                piece = word[a:b]
                if b < len(word) and _WORD_THEN_CAPITAL.search(piece) and not _GREEK_THEN_CAPITAL.search(piece):
                    continue
                if b < len(word) and piece[-1].isupper() and any(
                        m.start == 0 for m in match(word[b - 1:] + text[run.end():run.end() + 12])):
                    continue  # "TA|Frizzled-7": the last capital opens a name of its own, not "TAF"
                if b == len(word):  # "ResultsCCK-8", "expreionofMMP-2": the name goes on after a hyphen
                    more = _HYPHEN_TAIL.match(text, run.end())
                    if more:
                        longer = piece + more.group()
                        m = _whole(match, longer)
                        if m is not None:
                            if m.label in CASE_LABELS:
                                found.append(Mention(a, b + len(more.group()), m.entity_id, m.label, "glued", longer))
                            continue
                        if more.group()[1].isdigit():
                            continue
                m = _whole(match, piece)
                if m is not None and m.label in CASE_LABELS and _case_symbol(piece, m.label):
                    found.append(Mention(a, b, m.entity_id, m.label, "glued", piece))
        for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            s, e = start + m.start, start + m.end
            if any(x < e and s < y for x, y in taken):
                continue
            taken.append((s, e))
            added.append(Mention(s, e, m.entity_id, m.label, "glued", text[s:e]))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


_RECEPTOR_R = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z0-9][A-Za-z0-9\-]*[0-9][A-Za-z]?)R(?![A-Za-z0-9])")


def receptor_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``5-HT4R``, ``5-HT7R``, ``5-HT3R``: a numbered ligand or subtype with a capital R glued
    to it is the receptor. ``gene_of(X)`` gives the receptor's gene/family (the dictionary's
    ``<X> receptor``, or X itself when X names a receptor), or None."""
    if "R" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _RECEPTOR_R.finditer(text):
        start, end = hit.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        entity = gene_of(hit.group(1))
        if entity:
            added.append(Mention(start, end, entity, "GENE", "glued", hit.group()))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

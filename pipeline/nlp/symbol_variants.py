"""Written variants of a gene's name that the dictionary holds only in another spelling.

Three construction classes, each read only where the dictionary then names exactly one gene:

1. **A member designator after a name that the dictionary spells otherwise.** Papers write a
   family's member or a gene's isoform as the family's or gene's *common* name with the member's
   Greek letter or number glued on: ``Hsp90beta`` (HSP90AB1), ``PKCzeta`` (PRKCZ), ``PKCeta``
   (PRKCH), ``frizzled3`` (FZD3), ``CaMKIIdelta``. The dictionary often holds the member under
   another name of the same family: HGNC and FamPlex write ``protein kinase C zeta``, ``FZD3``, the
   Chinese names ``热休克蛋白90β``. The designator is transferred: the stem is looked up (a gene or
   family E), and each of E's names (English and Chinese) with the designator appended is looked up
   in turn; the variant is read when those lookups agree on one gene (``member_of_stem``). HGNC's
   symbol guidelines write member designators as a suffix (Greek letters spelled out or as their
   Latin letter, numbers) on the root, which is what makes the suffix transferable (Bruford et al.,
   "Guidelines for human gene nomenclature", Nat Genet 2020; BioCreative II GM gold spans such
   forms whole: "PKCzeta", "p73beta").

   When no name of a *gene* (not a family) takes the designator, a Greek letter, a capital A/B
   after a numbered symbol or a splice variant's "v" + number names an isoform of that gene's
   product: ``OCT4A``/``OCT4B`` (POU5F1 isoforms), ``CD44v6``, ``FLNBv4``, ``p53β``, ``p73beta``
   (UniProt isoform names; validation PMID26102294 "increases in OCT4A and p21Cip1"). The
   mention is the gene. A family stem never falls back (``HSP90`` + beta could be several genes).
   A name word the dictionary does not know alone ("interleukin") takes its number through the
   symbol root HGNC's numbered series give it (``name_roots``: interleukin N / ILN).

2. **"X type N" and "type N X" for the dictionary's "X N".** Numbered members are named with the
   word *type* before the number, in Arabic or Roman figures, in either order: ``cyclooxygenase
   type 1`` (PTGS1, "cyclooxygenase 1"), ``interleukin-1 receptor type I`` (IL1R1, "interleukin 1
   receptor type 1"), ``scavenger receptor class B type I`` (SCARB1, "... member 1", HGNC's word for
   a numbered member), ``melanocortin receptor type 4`` (MC4R), ``type 1 insulin-like growth factor
   receptor`` (IGF1R). The words before (or after) "type N", longest first, are looked up with the
   number in the dictionary's forms (``type_number_forms``); a class noun followed by "type N"
   ("type 2 diabetes", "type I interferon") names no gene so and is left alone, and a symbol next
   to "type N" is never given the number ("Type 1 DM", "type 1 HRS": DM1, HRS1 are other genes).

3. **Capitals without meaning written in lower case** around a "-terminal" word: the terminus
   locants N-/C- and the letter after an oncogene's c-/v- prefix ("c-Jun n-terminal kinase",
   ``terminus_case_mentions``).

PubMed's bracketed subscripts ("beta(2)-adrenergic receptor", "5-HT(6)") are no variant read here:
text/subscripts.py writes them inline before matching ("beta2-adrenergic receptor"), and the
dictionary reads that.

Pure functions over one paragraph; ``gene_of(surface)`` gives the gene/family id a surface names
(or None) and ``entity_of(id)`` the dictionary entity (for its names and type).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.text.lookbehind import body_of, finditer_from_body

SYMBOL_VARIANT = "symbol-variant"
ISOFORM = "isoform"
TYPE_NUMBER = "type-number"

# Greek letters spelled out, longest first so "epsilon" is not read as "psi" + ...; "eta" after
# "b"/"z"/"th" is part of beta/zeta/theta (the lookbehind in _DESIGNATED keeps those whole).
_GREEK_WORDS = ("epsilon", "upsilon", "omicron", "lambda", "alpha", "gamma", "delta", "kappa", "sigma",
                "omega", "theta", "beta", "zeta", "iota", "eta", "tau", "rho", "phi", "chi", "psi")
_GREEK_CHARS = "αβγδεζηθικλμνξπρστυφχψω"
_GREEK = "(?:" + "|".join(_GREEK_WORDS) + f"|[{_GREEK_CHARS}])"

# stem + Greek designator: the stem a symbol (a capital or a digit in it), the letter glued, after
# a hyphen, or after a space (a spaced letter only when it is the token's end)
_GREEK_DESIGNATED = lazy_re.compile(
    r"(?<![A-Za-z0-9\-/])(?P<stem>[A-Za-z0-9](?:[A-Za-z0-9\-/]*?[A-Za-z0-9])??)(?P<sep>[\- ]?)"
    rf"(?P<suffix>{_GREEK})(?![A-Za-z0-9])"
)
# a lower-case name word (4+ letters, capitalised or not) + a member number: "frizzled3", "Frizzled-7"
_NUMBER_DESIGNATED = lazy_re.compile(
    r"(?<![A-Za-z0-9\-/])(?P<stem>[A-Za-z][a-z]{3,})(?P<sep>-?)(?P<suffix>[0-9]{1,2})(?![A-Za-z0-9])"
)
# a numbered symbol + an isoform capital: "OCT4A", "OCT4B" (not "E1A": the stem needs 3+ characters)
_LETTER_DESIGNATED = lazy_re.compile(
    r"(?<![A-Za-z0-9\-/])(?P<stem>[A-Za-z][A-Za-z0-9]*?[A-Za-z][0-9]{1,2})(?P<sep>)(?P<suffix>[AB])(?![A-Za-z0-9])"
)
# a symbol + a splice variant's number: "CD44v6", "FLNBv4" (BioRED train 7x, gold FLNB)
_VARIANT_DESIGNATED = lazy_re.compile(
    r"(?<![A-Za-z0-9\-/])(?P<stem>[A-Z][A-Za-z0-9]*[A-Z0-9])(?P<sep>)(?P<suffix>v[0-9]{1,2})(?![A-Za-z0-9])"
)

# What every match of the pattern holds, searched before the pattern is tried at every letter of the
# paragraph (4 patterns with a lazy stem were ~2 % of a document's time on the 16x benchmark): a Greek
# designator, a digit before an isoform's A/B, a splice variant's "v" and digit. Same tokens.
# The Greek designator ends its token, as in the pattern (stop 51: "eta", "chi", "rho" and "tau" inside
# English words — "metabolism", "machine" — let ~20 % of the dev papers' paragraphs through to a pattern
# that found nothing in them; at a token's end, half as many, for half the time).
_ANY_GREEK = lazy_re.compile(_GREEK + r"(?![A-Za-z0-9])")
_ANY_ISOFORM = lazy_re.compile(r"[0-9][AB]")
_ANY_VARIANT = lazy_re.compile(r"v[0-9]")
# (kind, pattern, the pattern without its opening look-behind, searched first (text/lookbehind.py),
# what every match holds or None)
_DESIGNATED = (("greek", _GREEK_DESIGNATED, body_of(_GREEK_DESIGNATED), _ANY_GREEK),
               ("number", _NUMBER_DESIGNATED, body_of(_NUMBER_DESIGNATED), None),
               ("letter", _LETTER_DESIGNATED, body_of(_LETTER_DESIGNATED), _ANY_ISOFORM),
               ("letter", _VARIANT_DESIGNATED, body_of(_VARIANT_DESIGNATED), _ANY_VARIANT))


def _crosses(mentions: list[Mention], s: int, e: int) -> bool:
    """Does a mention overlap [s, e) without lying inside it (a reading that would cut it)?"""
    return any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)


def _with_added(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """``mentions`` with ``added``, the mentions inside an added one giving way to it."""
    if not added:
        return mentions
    kept = [m for m in mentions if not any(x.start <= m.start and m.end <= x.end for x in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


def _is_symbol(stem: str) -> bool:
    return len(stem) >= 2 and any(c.isupper() or c.isdigit() for c in stem)


@dataclass(frozen=True)
class Designated:
    """A stem with a member designator: ``text[start:end]`` = stem + sep + suffix."""

    start: int
    end: int
    stem: str
    sep: str
    suffix: str
    kind: str  # "greek" | "number" | "letter"


def designated_tokens(text: str) -> list[Designated]:
    """Every stem + designator in ``text`` (module docstring, class 1), left to right. A Greek
    letter follows a symbol (a capital or digit in it), glued only after a capital or digit
    ("Hsp90beta", "PKCzeta"; not "Abeta"); a spaced letter must end the word ("PKC zeta", not the
    "β" of "p53 β-catenin")."""
    out: list[Designated] = []
    for kind, pattern, body, needed in _DESIGNATED:
        if needed is not None and not needed.search(text):
            continue
        for m in finditer_from_body(pattern, body, text):
            stem, sep, suffix = m.group("stem"), m.group("sep"), m.group("suffix")
            if kind == "greek":
                if not _is_symbol(stem) or (sep == "" and not (stem[-1].isupper() or stem[-1].isdigit())):
                    continue
                if sep == " " and text[m.end():m.end() + 1] == "-":
                    continue
            out.append(Designated(m.start(), m.end(), stem, sep, suffix, kind))
    return sorted(out, key=lambda d: (d.start, -d.end))


def member_of_stem(stem: str, suffix: str, kind: str, gene_of: Callable[[str], str | None],
                   entity_of: Callable[[str], object | None], isoform: bool = True) -> tuple[str, str] | None:
    """(gene id, how) that ``stem`` + ``suffix`` names, or None: the suffix transferred to each of
    the stem's entity's names must name one gene (how ``symbol-variant``); failing that, a gene
    stem (not a family) with a Greek letter or isoform capital names that gene (how ``isoform``)."""
    stem_id = gene_of(stem)
    if stem_id is None:
        return None
    entity = entity_of(stem_id)
    if entity is None:
        return None
    if kind == "letter":  # "POU5F1" + "B" is the pseudogene POU5F1B: a capital transfers to no name
        return (stem_id, ISOFORM) if isoform and entity.type == "gene" else None
    names = [n for n in (entity.name, entity.name_zh, *entity.synonyms, *entity.synonyms_zh) if n]
    found: set[str] = set()
    for name in names:
        joins = (" ", "-") if kind == "number" and name[-1:].isdigit() else ("", " ")
        for join in joins:
            other = gene_of(name + join + suffix)
            if other is not None:
                found.add(other)
    if len(found) > 1:
        found.discard(stem_id)  # the stem's own names may take the letter too ("HSP90" + "A")
    if len(found) == 1:
        return next(iter(found)), SYMBOL_VARIANT
    if not found and isoform and kind == "greek" and entity.type == "gene":
        return stem_id, ISOFORM
    return None


_NUMBERED_NAME = lazy_re.compile(r"([a-z][a-z\-]{3,}) ([0-9]{1,2})")
_ROOTS: dict[int, dict[str, str]] = {}


def name_roots(entities: Mapping[str, object]) -> dict[str, str]:
    """Name word -> symbol root, learned from the dictionary's genes named "<word> <N>" with the
    symbol "<ROOT><N>" (interleukin 6 / IL6, caspase 3 / CASP3, sirtuin 1 / SIRT1: HGNC builds a
    numbered series' symbols from one root): kept where 2+ genes agree and no gene disagrees.
    Cached per dictionary."""
    key = id(entities)
    if key not in _ROOTS:
        votes: dict[str, Counter] = {}
        for entity in entities.values():
            if getattr(entity, "type", "") != "gene":
                continue
            for synonym in entity.synonyms:
                m = _NUMBERED_NAME.fullmatch(synonym)
                if m and entity.name.endswith(m.group(2)) and not entity.name[:-len(m.group(2))][-1:].isdigit():
                    votes.setdefault(m.group(1), Counter())[entity.name[:-len(m.group(2))]] += 1
        _ROOTS[key] = {w: next(iter(c)) for w, c in votes.items() if len(c) == 1 and sum(c.values()) >= 2}
    return _ROOTS[key]


def designated_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None],
                        entity_of: Callable[[str], object | None],
                        roots: Mapping[str, str] | None = None) -> list[Mention]:
    """``mentions`` plus a GENE mention for each stem + designator the dictionary does not know
    as written and ``member_of_stem`` reads; a mention of the stem alone gives way to it. A name
    word the dictionary does not know alone ("interleukin") takes its number through its symbol
    root (``roots``, ``name_roots``): "interleukin-1" is IL-1, the family FamPlex names IL1."""
    added: list[Mention] = []
    replaced: set[int] = set()
    for d in designated_tokens(text):
        stem_end = d.start + len(d.stem)
        inside = [m for m in mentions if m.start < d.end and d.start < m.end]
        if any((m.start, m.end) != (d.start, stem_end) for m in inside):
            continue  # the dictionary read the token otherwise, or a longer name holds it
        if any(a.start < d.end and d.start < a.end for a in added):
            continue
        surface = text[d.start:d.end]
        if gene_of(surface) is not None:
            continue  # the dictionary knows it: another rule decided against it
        # a spaced letter is read only as another name's member ("PKC zeta"), never as an isoform
        read = member_of_stem(d.stem, d.suffix, d.kind, gene_of, entity_of, isoform=d.sep != " ")
        if read is None and d.kind == "number" and roots and d.stem.lower() in roots:
            root = roots[d.stem.lower()]
            gene = gene_of(root + d.suffix) or gene_of(f"{root}-{d.suffix}")
            read = (gene, SYMBOL_VARIANT) if gene else None
        if read is None:
            continue
        added.append(Mention(d.start, d.end, read[0], "GENE", read[1], surface))
        replaced.update(id(m) for m in inside)
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


# --- "X type N", "type N X" ---------------------------------------------------------------------

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_TYPE_NUMBER = lazy_re.compile(r"(?<![A-Za-z0-9\-])[Tt]ype[ \-](?P<n>[0-9]{1,2}|I{1,3}|IV|VI{0,3}|IX|X)(?![A-Za-z0-9])")
_WORD = lazy_re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/(),+]*[A-Za-z0-9)+]|[A-Za-z0-9]")
MAX_WORDS = 6
# words a gene name does not open, nor hold around "type N" ("diabetes and type 2", "in type I")
_FUNCTION_WORDS = frozenset(
    "a an the and or nor of in on at by for to from with without via as is are was were be been "
    "that which than between versus vs not no both either each all its their this these those "
    "patients women men mice rats cells".split())


def type_number_forms(name: str, number: str, after: bool) -> list[str]:
    """The dictionary's spellings of a member "``name`` type ``number``": "name N", "name type N"
    with the number in Arabic figures too, and "name member N" (HGNC's word); for "type N name"
    (``after``), also "name N" with N before the name's last word ("type 1 insulin-like growth
    factor receptor" = "insulin-like growth factor 1 receptor")."""
    arabic = str(_ROMAN.get(number, number))
    numbers = dict.fromkeys([number, arabic])
    forms = [f"{name} {n}" for n in numbers] + [f"{name} type {arabic}", f"{name} member {arabic}"]
    if after and " " in name:
        head, last = name.rsplit(" ", 1)
        forms += [f"{head} {n} {last}" for n in numbers]
    return list(dict.fromkeys(forms))


_NAME_WORD = lazy_re.compile(r"[a-z]{4,}")


def _name_edge(word: str, before: str = "") -> bool:
    """Can ``word`` end (or open) the name around "type N"? A word with 4+ lower-case letters
    ("cyclooxygenase", "receptor", "insulin-like"), or a class letter after such a word ("class B
    type I"); not a symbol, which would make a new symbol of the number ("DM type 1", "HRS",
    "CaM": DM1, HRS1 and CALM2 are other genes) nor a short word ("s type II")."""
    if _NAME_WORD.search(word) and not any(c.isupper() for c in word[1:]):
        return True
    return len(word) == 1 and word.isupper() and bool(_NAME_WORD.fullmatch(before))


def type_number_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` plus a GENE mention for each "X type N" / "type N X" whose name with the number
    (``type_number_forms``) the dictionary names as a gene or family; mentions inside the span give
    way to it, a span crossing another mention is not read."""
    if "ype" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _TYPE_NUMBER.finditer(text):
        number = hit.group("n")
        # words before, nearest last; words after, nearest first (one clause: no punctuation between)
        before = [w for w in _WORD.finditer(text[max(0, hit.start() - 120):hit.start()])]
        offset = max(0, hit.start() - 120)
        before = [(offset + w.start(), offset + w.end()) for w in before]
        chain_before: list[tuple[int, int]] = []
        edge = hit.start()
        for a, b in reversed(before):
            if text[b:edge].strip() or len(chain_before) == MAX_WORDS or text[a:b].lower() in _FUNCTION_WORDS:
                break
            chain_before.insert(0, (a, b))
            edge = a
        after = [(hit.end() + w.start(), hit.end() + w.end()) for w in _WORD.finditer(text[hit.end():hit.end() + 120])]
        chain_after: list[tuple[int, int]] = []
        edge = hit.end()
        for a, b in after:
            if text[edge:a].strip() or len(chain_after) == MAX_WORDS or text[a:b].lower() in _FUNCTION_WORDS:
                break
            chain_after.append((a, b))
            edge = b
        found = None
        last_ok = bool(chain_before) and _name_edge(
            text[chain_before[-1][0]:chain_before[-1][1]],
            text[chain_before[-2][0]:chain_before[-2][1]] if len(chain_before) > 1 else "")
        for k in range(len(chain_before) if last_ok else 0, 0, -1):  # "X type N": longest name first
            start = chain_before[-k][0]
            name = text[start:hit.start()].strip()
            gene = next((g for g in map(gene_of, type_number_forms(name, number, False)) if g), None)
            if gene:
                found = (start, hit.end(), gene)
                break
        if found is None and chain_after and _name_edge(text[chain_after[0][0]:chain_after[0][1]]):
            for k in range(len(chain_after), 0, -1):  # "type N X"
                end = chain_after[k - 1][1]
                name = text[hit.end():end].strip()
                gene = next((g for g in map(gene_of, type_number_forms(name, number, True)) if g), None)
                if gene:
                    found = (hit.start(), end, gene)
                    break
        if found is None:
            continue
        start, end, gene = found
        if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
            continue
        if any(a.start < end and start < a.end for a in added):
            continue
        added.append(Mention(start, end, gene, "GENE", TYPE_NUMBER, text[start:end]))
    return _with_added(mentions, added)


def symbol_variant_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None],
                            entities: Mapping[str, object],
                            match: Callable[[str], list[Mention]]) -> list[Mention]:
    """Every class of this module over one paragraph (the annotator's one call); ``entities``: the
    dictionary's entities by id."""
    mentions = designated_mentions(text, mentions, gene_of, entities.get, name_roots(entities))
    mentions = type_number_mentions(text, mentions, gene_of)
    return terminus_case_mentions(text, mentions, match)


# --- terminus locants and proto-oncogene prefixes written in lower case --------------------------
# Multiword names that hold a capital after a lower-case letter keep it (the matcher's NAME_CAPS
# rule: "protein S" is no "proteins"), so "c-Jun n-terminal kinase" (validation ChinaXiv-
# 201711.00762V1, -201712.01000V1) and "c-jun N-terminal kinase" (BC2GM) miss the dictionary's
# "c-Jun N-terminal kinase" (JNK). Two of those capitals carry no meaning of their own: the
# terminus locants N- and C- (amino and carboxyl terminus; "n-terminal" is a typing variant, no
# other word) and the letter after the cellular/viral prefix c-/v- of an oncogene's name (c-Jun,
# c-jun, c-JUN are one gene). Around a "-terminal" word, the text is looked up again with those
# letters in capitals, and a name covering the locant word is read.
_LOCANT_WORD = lazy_re.compile(r"(?<![A-Za-z0-9])[NnCc]-terminal(?![A-Za-z0-9])")
_LOWER_LOCANT = lazy_re.compile(r"(?<![A-Za-z0-9])([nc])(?=-terminal)")
_ONCOGENE_PREFIX = lazy_re.compile(r"(?<![A-Za-z0-9])([cv]-)([a-z])(?=[a-z]{1,4}(?![A-Za-z0-9]))")
_WINDOW_WORDS = 3


def recased(piece: str) -> str:
    """``piece`` with lower-case terminus locants and the letter after c-/v- in capitals (same
    length: offsets carry over)."""
    piece = _LOWER_LOCANT.sub(lambda m: m.group(1).upper(), piece)
    return _ONCOGENE_PREFIX.sub(lambda m: m.group(1) + m.group(2).upper(),
                                piece) if "terminal" in piece else piece


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """Up to three words each side of ``text[start:end]`` within one clause (spaces and hyphens
    only between them)."""
    a = start
    for _ in range(_WINDOW_WORDS):
        m = re.search(r"[A-Za-z0-9\-]+[ ]$", text[max(0, a - 40):a])
        if not m:
            break
        a = max(0, a - 40) + m.start()
    b = end
    for _ in range(_WINDOW_WORDS):
        m = re.match(r"[ ][A-Za-z0-9\-]+", text[b:b + 40])
        if not m:
            break
        b += m.end()
    return a, b


def terminus_case_mentions(text: str, mentions: list[Mention], match: Callable[[str], list[Mention]]) -> list[Mention]:
    """``mentions`` plus the GENE names read around a "-terminal" word once its locant and an
    oncogene prefix's letter are capitalised (``recased``); mentions inside give way.
    ``match(piece)`` returns the dictionary mentions of a string, every position an edge."""
    if "-terminal" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _LOCANT_WORD.finditer(text):
        a, b = _window(text, hit.start(), hit.end())
        piece = text[a:b]
        fixed = recased(piece)
        if fixed == piece:
            continue  # written as the dictionary writes it: the matcher has read it already
        best = None
        for m in match(fixed):
            s, e = a + m.start, a + m.end
            if m.label != "GENE" or not (s <= hit.start() and hit.end() <= e):
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            if best is None or e - s > best[1] - best[0]:
                best = (s, e, m.entity_id)
        if best is None:
            continue
        s, e, entity = best
        if _crosses(mentions, s, e):
            continue
        added.append(Mention(s, e, entity, "GENE", "recased", text[s:e]))
    return _with_added(mentions, added)


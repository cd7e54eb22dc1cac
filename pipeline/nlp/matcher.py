"""Dictionary matching: Aho-Corasick over folded keys, then boundary and case rules.

Why not spaCy's PhraseMatcher: it matches whole tokens, and the tokenisers disagree with
biomedical names — scispacy keeps ``SLC7A11/GPX4`` as one token, jieba splits
``溶质载体家族7成员11`` into six. We match on characters (an Aho-Corasick automaton:
pipeline._core.Automaton, compiled flat arrays; pyahocorasick without the compiled core)
and then decide boundaries:

* Latin/Greek/digit edge: the neighbouring character must not be a letter or digit, so
  symbols inside slash/hyphen compounds are found (SLC7A11/GPX4, NSUN5-FTH1/FTL, ASK1-p38)
  but not inside words; a plural "s" after a symbol is absorbed (MAPKs).
* CJK edge next to another CJK character: the edge must be a jieba token boundary, so
  当归 is not found in 应当归于, while 黄芩素 (a longer dictionary term) wins over 黄芩; a
  token that only adds one function character (三七等) does not hide the name.
* Case: gene symbols are case-sensitive where case is what separates them from words
  (``CAT``/``MET`` need upper case); names and symbols with digits are not (``Gpx4``).
* Overlaps: leftmost-longest among the candidates that pass these rules.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from pipeline import lazy_re
from pipeline import _core
from pipeline._core import Automaton, edge_candidates
from pipeline.dictionaries.loader import (
    Dictionary,
    default_cache_dir,
    gc_paused,
    read_cache,
    source_fingerprint,
    write_cache,
)
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.keys import fold_fast, fold_with_map
from pipeline.text.normalize import normalize_text

_HAS_CJK = lazy_re.compile(r"[\u3400-\u9fff]")
_SOURCE_RANK = {"hsa": 0, "R-H": 1, "WP": 2}
_TYPE_RANK = {"gene": 0, "family": 1, "pathway": 2, "compound": 3, "herb": 4, "formula": 5}

# Single characters that jieba sometimes glues to a neighbouring name (三七等, 归于); the
# prescription verbs 加/合/配/佐/去 (加大黄: jieba reads 加大 + 黄) belong with them.
FUNCTION_CHARS = frozenset("等和与及或的中在为对是也都并而其从以于被把将向由之加合配佐去")
# After a name only: 组 names the treatment group (开同组, jieba reads 开 + 同组).
TRAILING_CHARS = FUNCTION_CHARS | frozenset("组")

# Case rules (see module docstring).
ANY_CASE = 0  # names, CJK, symbols containing a digit
SYMBOL_SHORT = 1  # letters-only symbol of <= 5 letters: exact, or a variant with >= 2 capitals
SYMBOL_LONG = 2  # letters-only symbol longer than 5: anything but all lower case
NAME_CAPS = 3  # a multi-word name whose capital after a lower-case letter must stay capital
EXACT_CASE = 4  # a compound written as element symbols with a lower-case letter (CdS, NaCl): as written only

# Closed-class English words: a span that folds across a space into a short symbol is no
# symbol when one side is one of these ("and 1" -> AND-1, "at 2" -> AT2, "genes is" -> GENESIS).
FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "nor", "but", "of", "at", "in", "on", "to", "by", "as",
        "is", "are", "was", "were", "be", "been", "for", "from", "with", "per", "than", "that",
        "this", "these", "those", "its", "it", "via", "into", "onto", "not", "no", "all", "any",
        "each", "both",
    ]
)
# key length up to which a space-crossing match must not hold a function word
FOLDED_SYMBOL_MAX = 10


class Term(NamedTuple):
    """One dictionary surface form (a NamedTuple: the disk cache stores it as a plain tuple)."""

    entity_id: str
    case_form: str
    case_rule: int
    rank: tuple


@dataclass
class Mention:
    """An entity found in a paragraph; offsets are into the paragraph's normalised text."""

    start: int
    end: int
    entity_id: str
    label: str
    how: str  # dictionary | abbreviation | pathway-composition
    text: str
    members: tuple[str, ...] = ()

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


_WORDISH_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    + "".join(chr(c) for c in range(0x3B1, 0x3CA)) + "".join(chr(c) for c in range(0x391, 0x3AA))
)


def is_wordish(ch: str) -> bool:
    """A Latin letter, digit or Greek letter: characters that glue a symbol to a word."""
    return ch in _WORDISH_CHARS


_MICRO = frozenset("μµ")


def letter_spaced_fragment(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` single characters spelled apart ("m o l", "G A P D H") that are
    no symbol: in lower case, or part of a longer run of such characters?

    PDF converters write LaTeX math letter by letter (``\\mathrm { m m o l / L }``,
    ``\\mathrm { G A P D H }``); where the math is not rendered, key folding joins the letters
    across the spaces. A run read as a whole (GAPDH, Osx, Akt) is the symbol it spells; a piece
    of a run is not ("m o l" of "m m o l", "D D" of "D D A"), and a run starting in lower case
    is a unit or a variable (mol, min, mg: the gene symbols spelled so start with a capital).
    """
    surface = text[start:end]
    if len(surface) < 3 or surface[1] != " " or any(
        len(chunk) != 1 for chunk in surface.split(" ")
    ):
        return False
    if surface[0].islower():
        return True
    before = start >= 2 and text[start - 1] == " " and is_wordish(text[start - 2]) and (
        start < 3 or not is_wordish(text[start - 3]))
    after = end + 1 < len(text) and text[end] == " " and is_wordish(text[end + 1]) and (
        end + 2 >= len(text) or not is_wordish(text[end + 2]))
    return before or after


# the upper-case Greek letters LaTeX names by a capitalised command ("\Delta"), which a name may match
_LATEX_CAPITALS = ("Delta", "Gamma", "Lambda", "Omega", "Phi", "Pi", "Psi", "Sigma", "Theta", "Upsilon", "Xi")


def joins_alternatives(text: str, start: int) -> bool:
    """Is the backslash before ``text[start]`` no LaTeX command but a join between two alternatives of a
    chain link, as "/" is ("运动-CaN\\CaMKIV-MEF2\\ATF2", validation46_zh ChinaXiv-201711.00488V1)? Glued
    to a letter, digit, Chinese character or closing bracket before it, and followed by a capital that
    opens no LaTeX command name; a command left by the converter follows a space, "$", "{" or "("."""
    if start < 2 or not text[start].isupper() or text.startswith(_LATEX_CAPITALS, start):
        return False
    return glued_backslash(text, start - 1)


def glued_backslash(text: str, backslash: int) -> bool:
    """Is the backslash at ``text[backslash]`` glued to a letter, digit, Chinese character or closing bracket
    before it, as a join between alternatives of a chain link is ("MEF2\\ATF2")? A LaTeX command the converter
    left unrendered follows a space, "$", "{" or "("."""
    return backslash >= 1 and (text[backslash - 1].isalnum() or text[backslash - 1] in ")）")


def is_micro_unit(surface: str) -> bool:
    """"μol", "µg", "μm": the micro prefix glued to a unit of at most three lower-case letters."""
    return 2 <= len(surface) <= 4 and surface[0] in _MICRO and surface[1:].isalpha() and surface[1:].islower()


def case_rule_for(term: str, case_form: str) -> int:
    if _HAS_CJK.search(term):
        return ANY_CASE
    if " " in term.strip():
        # "protein S", "factor B": the capital is the name ("proteins" is no PROS1)
        return NAME_CAPS if _LOWER_UPPER.search(case_form) else ANY_CASE
    letters = [c for c in case_form if c.isalpha()]
    if any(c.isdigit() for c in case_form) or not letters:
        return ANY_CASE
    if sum(c.isupper() for c in letters) <= 1 and not letters[0].islower() and len(letters) > 5:
        return ANY_CASE  # a capitalised word: a name (Dexamethasone), not a symbol
    if all(c.islower() for c in letters):
        return ANY_CASE
    if len(case_form) <= 5:
        return SYMBOL_SHORT
    return SYMBOL_LONG


_LOWER_UPPER = lazy_re.compile(r"(?<=[a-z])[A-Z]")


# Lower-case forms of capitalised 4-5-letter compound names that are English words, word parts
# or generic chemical class nouns in running text ("gold standard", "sand", "pred", "metal
# ions", "ethyl acetate"), or that open protein names ("zinc finger"): only their own written
# form (or >= 2 capitals) stays a mention.
_LOWER_WORD_NAMES = frozenset(
    [
        "acids", "agar", "alloy", "amide", "amine", "anion", "azide", "azole", "beam", "calx",
        "chalk", "chlor", "chrom", "cloro", "cromo", "decon", "dekan", "diop", "epoxy", "ester",
        "ether", "ethyl", "foxy", "gases", "ghee", "ghees", "gold", "imide", "imine", "indo",
        "ions", "kudos", "latex", "lena", "metal", "nylon", "oils", "oxide", "oxime", "pred",
        "salts", "sand", "steam", "thiol", "titan", "tris", "waxes", "eisen", "selen", "fenol",
        "pyran", "inden", "lipid",
        # lower case, these mostly open protein names: "zinc finger protein", "haem lyase" (BC2GM)
        "zinc", "haem",
    ]
)


# The chemical elements' symbols (IUPAC): a compound name made only of them, with a lower-case letter, is a formula
_ELEMENTS = frozenset("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
    Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf
    Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr""".split())
_ELEMENT_TOKEN = lazy_re.compile(r"[A-Z][a-z]?")


def is_element_formula(case_form: str) -> bool:
    """Is ``case_form`` a formula of element symbols with a lower-case letter ("CdS", "NaCl", "ZnO", "Co")? Its case
    is what it means: "CdS" is cadmium sulfide, "CDS" a gene's coding sequence (5 ChinaXiv papers of the dev pool
    read "CDS区" as the compound), "NA" no sodium; "Co" is cobalt, "CO" carbon monoxide."""
    if not case_form.isascii() or not case_form.isalpha() or case_form.isupper() or not case_form[:1].isupper():
        return False
    tokens = _ELEMENT_TOKEN.findall(case_form)
    return "".join(tokens) == case_form and all(t in _ELEMENTS for t in tokens)


def compound_name_case_rule(case_form: str, entity_type: str, rule: int) -> int:
    """A capitalised 4-5-letter compound name (Taxol, Zinc, Mesna, Urea: MeSH and brand names
    are written in sentence case) is a name, not a symbol: it matches in lower case too
    ("anti-cancer drugs, such as doxorubicin (DOX), taxol, vinblastine"; "detoxification with
    mesna"), as 6+-letter capitalised names already do. Gene symbols of that shape (Akt, Nrf2)
    stay SYMBOL_SHORT, as do names whose lower-case form is an English word or a class noun
    (:data:`_LOWER_WORD_NAMES`); a compound name that shares its key with a gene or family
    term keeps the symbol rule too (:func:`compile_terms`). A formula of element symbols (CdS) matches
    only as written (:func:`is_element_formula`)."""
    if rule == SYMBOL_SHORT and entity_type == "compound" and is_element_formula(case_form):
        return EXACT_CASE
    if (
        rule == SYMBOL_SHORT and entity_type == "compound" and 4 <= len(case_form) <= 5
        and case_form.isascii() and case_form.isalpha() and case_form[0].isupper()
        and case_form[1:].islower() and case_form.lower() not in _LOWER_WORD_NAMES
    ):
        return ANY_CASE
    return rule


# Capitalised words that are no gene even inside a sentence: amino-acid residues (Tyr, Thr)
# and words that open a name or label (Type II, Cell, Role).
TITLE_WORDS = frozenset(
    [
        "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys",
        "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl", "Type", "Cell",
        "Role", "Gene", "Data", "Time", "Dose", "Days", "Mean", "Test", "Area", "Rate", "Case",
        "Cox",
    ]
)


def _is_title_word(surface: str) -> bool:
    return (3 <= len(surface) <= 5 and surface.isalpha() and surface[0].isupper()
            and surface[1:].islower())


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip()
    return not before or before[-1] in ".!?:;\"'(["


def case_ok(term: Term, surface: str) -> bool:
    if term.case_rule == ANY_CASE or surface == term.case_form:
        return True
    if term.case_rule == EXACT_CASE:
        return False
    if term.case_rule == NAME_CAPS:
        return all(surface[m.start()].isupper() for m in _LOWER_UPPER.finditer(term.case_form))
    if term.case_rule == SYMBOL_SHORT:
        return sum(c.isupper() for c in surface) >= 2 and surface.upper() == term.case_form.upper()
    return not surface.islower()


def _terms_of(entity: Entity) -> list[tuple[str, int]]:
    """(surface, name_rank): canonical names first, then synonyms."""
    # A curated stoplist can bar an approved symbol itself (MSC: musculin vs "MSCs").
    name = "" if "stoplisted-name" in entity.note else entity.name
    out = [(name, 0), (entity.name_zh, 0)]
    synonym_rank = 2 if entity.type == "gene" else 1
    out += [(s, synonym_rank) for s in entity.synonyms]
    out += [(s, synonym_rank) for s in entity.synonyms_zh]
    return [(s, r) for s, r in out if s]


_PLAIN_WORD = lazy_re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")
_GREEK_NAMES = frozenset({"alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "sigma", "omega",
                          "theta", "zeta"})


def spaces_a_plain_word(surface: str) -> bool:
    """Does a spaced surface hold an ordinary lower-case word (not a Greek letter's name)? "G1/S cell
    cycle" spaces the letter S from the word "cell", and "S cell" is no written form of the symbol
    SCELL (ZNF185; PMID25500894), while "F beta alpha" and "G beta gamma" spell symbols with Greek
    letters (BC2GM gold)."""
    return any(w not in _GREEK_NAMES for w in _PLAIN_WORD.findall(surface))


_WORD_SPACE_NUMBER = lazy_re.compile(r"[a-z]{3,}\s+\d+")
_POSSESSIVE_S = lazy_re.compile(r"s\s")


def word_and_number_not_symbol(text: str, start: int, end: int, case_form: str) -> bool:
    """Is a spaced surface that folds to a symbol (``case_form``: capitals and digits) an ordinary word and a
    number, or a possessive's "s" and the next token? "during the past 4 weeks" folds to PAST4 (EHD4's alias)
    and "Rosen's T5 or T10 protocol" to ST5 (DENND2B's); a symbol written with a space keeps its capitals
    ("GATA 4", "Nrf 2"), so a lower-case word of three letters or more before the number is the word
    (PMID16837801, PMID8600333: unannotated pool abstracts, stop 45)."""
    if not case_form.isupper():
        return False
    surface = text[start:end]
    if _WORD_SPACE_NUMBER.fullmatch(surface):
        return True
    return start > 0 and text[start - 1] in "'’′" and _POSSESSIVE_S.match(surface) is not None


_LOWER_GLUED_NUMBER = lazy_re.compile(r"([a-z]+)\d+")


def glued_function_word(surface: str) -> bool:
    """Is a lower-case surface a function word glued to a number by a PDF conversion that lost the space ("sacrificed
    at1 and 2 months", ChinaXiv-201712.00940V1: AT1 is SLC33A1's alias)? Symbols written in lower case keep
    their own letters ("gpx4", "sirt1"); "at", "in", "to" + digits are the word and the number."""
    hit = _LOWER_GLUED_NUMBER.fullmatch(surface)
    return hit is not None and hit.group(1) in FUNCTION_WORDS


def spelled_by_folding(norm: str, case_form: str) -> int:
    """1 when a surface reaches its key only by folding punctuation or spaces away, else 0. Of two
    otherwise equal terms the one spelled as the key wins: "TRAP" is ACP5's own synonym
    (tartrate-resistant acid phosphatase), while TRRAP's "TR-AP" only folds to it; the entity id's
    string order decided before (PMID23578644, PMID22865292)."""
    return int(norm != case_form and norm.lower() != case_form.lower())


def prefer_as_written(terms, written: str, case_form: str):
    """``terms`` (best rank first) with, when ``written`` (the text's own spelling) reaches its key
    by folding punctuation or spaces away, the terms spelled so too put first among those of equal
    rank: "SP-D" is SFTPD's synonym, HOXD13's "SPD" only folds to it (BioRED PMID17083016; also
    "SP-A1" SFTPA1, not SIPA1's "SPA1"), cardiac "MLC-2" MYL2's, not MYL9's "MLC2" (BC2GM
    P01545792A0000). ``spelled_by_folding`` decides the static order for a text written unfolded
    ("TRAP", ACP5's); a text written with the punctuation takes the synonym written with it."""
    if len(terms) < 2 or not spelled_by_folding(written, case_form):
        return terms
    first = terms[0]
    if len(first.rank) < 5 or first.rank[4]:
        return terms
    for t in terms[1:]:
        if t.rank[:4] != first.rank[:4]:
            return terms
        if t.rank[4] and t.case_form == first.case_form:
            return [t, *(u for u in terms if u is not t)]
    return terms


STOP = "STOP"  # entity id of stop phrases: they win the longest match and emit nothing


def compile_terms(dictionary: Dictionary, stop_phrases: list[str]) -> dict[str, tuple[Term, ...]]:
    """Fold every name and synonym; group the terms by key, best rank first."""
    table: dict[str, list[Term]] = {}
    relaxed: set[tuple[str, str]] = set()  # (entity id, case form) read as a name by compound_name_case_rule
    for entity in dictionary.entities.values():
        source_rank = _SOURCE_RANK.get(entity.id[:3], _SOURCE_RANK.get(entity.id[:2], 3))
        for surface, name_rank in _terms_of(entity):
            norm = normalize_text(surface)
            key, case_form = fold_fast(norm)
            if len(key) < 2 or (len(key) < 3 and not _HAS_CJK.search(key) and name_rank):
                continue
            # pathways: the source decides first (KEGG's "autophagy" synonym beats Reactome's name)
            first_rank = 0 if entity.type == "pathway" else name_rank
            rank = (first_rank, _TYPE_RANK.get(entity.type, 9), source_rank, name_rank,
                    spelled_by_folding(norm, case_form), entity.id)
            case_rule = case_rule_for(norm, case_form)
            named = compound_name_case_rule(case_form, entity.type, case_rule)
            if named == ANY_CASE != case_rule:
                relaxed.add((entity.id, case_form))
            term = Term(entity.id, case_form, named, rank)
            bucket = table.setdefault(key, [])
            if all(t.entity_id != entity.id or t.case_form != case_form for t in bucket):
                bucket.append(term)
    # a compound name relaxed above keeps the symbol rule where a gene or family shares its key
    for key, bucket in table.items():
        if any((t.entity_id, t.case_form) in relaxed for t in bucket) and any(
            dictionary.entities[t.entity_id].type in ("gene", "family") for t in bucket
        ):
            table[key] = [t._replace(case_rule=SYMBOL_SHORT) if (t.entity_id, t.case_form) in relaxed else t
                          for t in bucket]
    for phrase in stop_phrases:
        key, case_form = fold_fast(normalize_text(phrase))
        table[key] = [Term(STOP, case_form, ANY_CASE, (-1,))]
    return {key: tuple(sorted(terms, key=lambda t: t.rank)) for key, terms in table.items()}


def chinese_surfaces(dictionary: Dictionary) -> list[str]:
    """Chinese surface forms (normalised), for jieba's user dictionary."""
    words = []
    for entity in dictionary.entities.values():
        for surface in [entity.name_zh, *entity.synonyms_zh]:
            if surface:
                words.append(normalize_text(surface))
    return words


class TermTable(dict):
    """Entry number (the automaton's value) -> (key length, terms of that key).

    The 330k entries are kept packed (stop 32, issue 17): each entry's term tuples marshalled
    into one byte string (``blob``), found by an offset table (``offsets``, an ``array``). An
    entry becomes ``Term`` tuples the first time a match touches it, then stays converted — a
    plain dict lookup on the matching path. Held as ~1.9 million tuples and strings (one object
    per term, rank and name), the same entries took 124 MiB of the heap and every full
    collection walked them; packed they are three objects of ~28 MB, and a document touches a
    few thousand entries at most.

    ``raw[number]`` is the one-tuple ``(key length,)`` that the compiled core's candidate pass
    reads (``pipeline._core.edge_candidates`` takes ``raw[number][0]``): one shared tuple per
    length, so the list costs a pointer per entry.
    """

    def __init__(self, key_lengths: array, offsets: array, blob: bytes):
        super().__init__()
        shared = [(n,) for n in range(max(key_lengths, default=0) + 1)]
        self.raw = [shared[n] for n in key_lengths]
        self.offsets = offsets
        self.blob = blob

    def __missing__(self, number: int) -> tuple[int, tuple[Term, ...]]:
        terms = marshal.loads(self.blob[self.offsets[number]:self.offsets[number + 1]])
        entry = self[number] = (self.raw[number][0], tuple(map(Term._make, terms)))
        return entry

    def terms_of(self, number: int) -> tuple[tuple, ...]:
        """The plain term tuples of an entry, without keeping them (tests, tools)."""
        return marshal.loads(self.blob[self.offsets[number]:self.offsets[number + 1]])


def pack_entries(entries: list[tuple[str, tuple[Term, ...]]]) -> tuple[array, array, bytes]:
    """(key lengths, offsets, blob) of ``TermTable`` for (key, terms) entries in entry order:
    entry ``i``'s term tuples are ``marshal.loads(blob[offsets[i]:offsets[i + 1]])``."""
    lengths, offsets, parts, at = array("H"), array("Q", [0]), [], 0
    for key, terms in entries:
        part = marshal.dumps(tuple(tuple(t) for t in terms))
        lengths.append(len(key))
        parts.append(part)
        at += len(part)
        offsets.append(at)
    return lengths, offsets, b"".join(parts)


class Compiled(NamedTuple):
    """What the matcher needs, in the form its disk cache stores: a few flat buffers, no
    object per key or term (``TermTable``)."""

    automaton: Automaton  # pipeline._core: folded key -> entry number, and every key in a text
    key_lengths: array  # entry number -> length of its key ("H")
    offsets: array  # entry number -> start of its terms in ``blob`` ("Q", one more than entries)
    blob: bytes  # the entries' term tuples, each marshalled
    chinese: str  # chinese_surfaces(dictionary), one per line

    @classmethod
    def build(cls, dictionary: Dictionary, stop_phrases: list[str]) -> Compiled:
        with gc_paused():
            table = compile_terms(dictionary, stop_phrases)
            automaton = Automaton.build([(key, number) for number, key in enumerate(table)])
            lengths, offsets, blob = pack_entries(list(table.items()))
            return cls(automaton, lengths, offsets, blob, "\n".join(chinese_surfaces(dictionary)))

    def dumps(self) -> bytes:
        # the automaton as its own bytes (flat arrays, or pyahocorasick's pickled trie); the
        # rest is flat buffers and one string, which marshal reads without building objects
        return marshal.dumps((self.automaton.dumps(), self.key_lengths.tobytes(), self.offsets.tobytes(),
                              self.blob, self.chinese))

    @classmethod
    def loads(cls, data: bytes | None) -> Compiled | None:
        if data is None:
            return None
        try:
            stored, lengths, offsets, blob, chinese = marshal.loads(data)
            key_lengths, starts = array("H"), array("Q")
            key_lengths.frombytes(lengths)
            starts.frombytes(offsets)
            automaton = Automaton.loads(stored)
            if not len(automaton) == len(key_lengths) == len(starts) - 1 or starts[-1] != len(blob):
                return None
        except Exception:  # noqa: BLE001 — a corrupt or foreign cache is rebuilt, never trusted
            return None
        return cls(automaton, key_lengths, starts, blob, chinese)


def _code_fingerprint() -> str:
    """The source of the modules that shape the compiled terms, the Python version, the
    automaton's module (compiled core or pure) and pyahocorasick's binary (the pure automaton's
    pickle format): a change to any misses the cache."""
    from pipeline.nlp import keys
    from pipeline.text import normalize, subscripts

    return source_fingerprint(sys.modules[__name__], keys, normalize, subscripts, ahocorasick, _core.impl)


def drop_hyphen_modifiers(text: str, candidates: list, is_modifier: Callable[[Term], bool],
                          is_head: Callable[[Term], bool]) -> list:
    """Candidates (sorted by start) without a chemical that ends where a hyphen glues it to a
    longer gene or family name starting inside it: in "5' AMP-activated protein kinase" the
    compound "5' AMP" starts first, and leftmost-longest selection kept it and lost the kinase
    (PMID22532505, gold FPLX:AMPK). The chemical is the modifier of the enzyme's name ("AMP-
    activated", "cAMP-dependent", "NAD(P)H-quinone"), so the name wins. A chemical before a
    hyphenated word that no name covers (LPS-induced) stays."""
    dropped: set[int] = set()
    for i, (start, end, term, *_rest) in enumerate(candidates):
        if end >= len(text) or text[end] != "-" or not is_modifier(term):
            continue
        for later in candidates[i + 1:]:
            if later[0] >= end:
                break
            if later[0] > start and later[1] > end + 1 and is_head(later[2]):
                dropped.add(i)
                break
    return [c for i, c in enumerate(candidates) if i not in dropped] if dropped else candidates


class TermIndex:
    """The compiled matcher: folded key -> the dictionary terms that fold to it.

    Compiling takes seconds for the full dictionaries, so it is cached on disk
    (``Compiled.dumps``) under a name keyed by the dictionaries' content hash, the stop
    phrases and the source of the matching code; a change to any misses the cache. The
    cache is optional: unreadable or read-only means compiling in memory.
    """

    CACHE_VERSION = "6"

    def __init__(self, dictionary: Dictionary, stop_phrases: list[str] | None = None,
                 cache_dir: Path | None | bool = None):
        self.dictionary = dictionary
        stop_phrases = stop_phrases if stop_phrases is not None else dictionary.stop_phrases
        digest = hashlib.sha256(
            (dictionary.content_hash + self.CACHE_VERSION + _code_fingerprint() + "\n".join(stop_phrases)).encode()
        ).hexdigest()[:16]
        path = None
        if cache_dir is not False:
            path = Path(cache_dir or default_cache_dir()) / f"matcher-{digest}.pickle"
        compiled = Compiled.loads(read_cache(path))
        self.from_cache = compiled is not None
        if compiled is None:
            compiled = Compiled.build(dictionary, stop_phrases)
            write_cache(path, compiled.dumps())  # read-only cache folder: run without
        self.automaton = compiled.automaton
        self.entries = TermTable(compiled.key_lengths, compiled.offsets, compiled.blob)
        self.n_keys = len(compiled.key_lengths)
        self._chinese = compiled.chinese

    def chinese_terms(self) -> list[str]:
        """Chinese surface forms, for jieba's user dictionary (kept as one string: a list of
        14k strings lives only while a caller holds it)."""
        return self._chinese.split("\n") if self._chinese else []

    def lookup(self, surface: str) -> list[Term]:
        """Terms whose key equals the folded ``surface`` (exact lookup, no boundaries)."""
        norm = normalize_text(surface)
        key, case_form = fold_fast(norm)
        number = self.automaton.get(key, None)
        if number is None:
            return []
        terms = [t for t in self.entries[number][1] if t.entity_id != STOP and case_ok(t, case_form)]
        return prefer_as_written(terms, norm.strip(), case_form)

    def match(
        self, text: str, cjk_boundaries: Callable[[int], frozenset[int]]
    ) -> list[Mention]:
        """Mentions in ``text`` (a normalised paragraph).

        ``cjk_boundaries(pos)`` returns jieba token edges (paragraph offsets) for the sentence
        around ``pos``; it is only called when a CJK edge must be decided.
        """
        key, case_form, index, index_end = fold_with_map(text)
        candidates: list[tuple[int, int, Term, bool, bool]] = []
        entries = self.entries
        # Latin/digit edges (a word edge on each side; a plural "s" after a symbol absorbed:
        # MAPKs, IGF2BPs) and which edges lie inside a CJK run: pipeline._core, compiled
        for start, end, ks, key_end, number, spaced, cjk_start, cjk_end in edge_candidates(
            text, self.automaton.iter(key), entries.raw, index, index_end
        ):
            terms = entries[number][1]
            surface_case = case_form[ks:key_end + 1]
            if spaced and key_end - ks < FOLDED_SYMBOL_MAX and any(
                w in FUNCTION_WORDS for w in text[start:end].split()  # "cyclin A" stays
            ):
                continue
            if spaced and letter_spaced_fragment(text, start, end):
                continue  # "m o l" of "\mathrm { m m o l / L }": a unit spelled letter by letter
            if start and text[start - 1] == "\\" and not joins_alternatives(text, start):
                continue  # "\pm 1", "\mu": a LaTeX command the converter left unrendered
            if text[start] in _MICRO and is_micro_unit(text[start:end]):
                continue  # "μol", "μg": μ folds to m, the key of a symbol (mol = DUOXA1)
            best = next((t for t in terms if t.case_form == surface_case), None) or next(
                (t for t in terms if case_ok(t, surface_case)), None
            )
            if best is not None and spaced and word_and_number_not_symbol(text, start, end, best.case_form):
                continue  # "the past 4 weeks" is no PAST4 (EHD4), "Rosen's T5" no ST5 (DENND2B)
            if best is not None and not spaced and best.case_form.isupper() and glued_function_word(text[start:end]):
                continue  # "sacrificed at1 and 2 months": no AT1 (SLC33A1)
            if best is not None and best is terms[0] and len(terms) > 1:  # "SP-D": SFTPD's, not HOXD13's "SPD"
                best = prefer_as_written(terms, text[start:end], surface_case)[0]
            if best is None and _is_title_word(surface_case) and surface_case not in TITLE_WORDS \
                    and not _sentence_initial(text, start) and not (spaced and spaces_a_plain_word(text[start:end])):
                # Src, Jun, Rho: a capitalised symbol inside a sentence is the gene (papers on
                # non-human and viral genes write them so); at a sentence start it may be a word
                best = next((t for t in terms if t.case_rule == SYMBOL_SHORT and t.case_form.isupper()), None)
            if best is not None:
                # CJK edges inside a run of CJK are decided later, only for a candidate the
                # selection would take (most candidates lie inside a longer one)
                candidates.append((start, end, best, cjk_start, cjk_end))
        return self._select(text, candidates, cjk_boundaries)

    def _is_chemical(self, term: Term) -> bool:
        return term.entity_id != STOP and self.dictionary.entities[term.entity_id].type == "compound"

    def _is_gene(self, term: Term) -> bool:
        return term.entity_id != STOP and self.dictionary.entities[term.entity_id].type in ("gene", "family")

    @staticmethod
    def _cjk_edges_ok(text: str, start: int, end: int, cjk_start: bool, cjk_end: bool,
                      cjk_boundaries: Callable[[int], frozenset[int]]) -> bool:
        """A jieba token edge at each CJK edge, or a token that only adds one function
        character (jieba's dictionary has words like 三七等 that glue 等 to a herb name)."""
        if cjk_start:
            edges = cjk_boundaries(start)
            if start not in edges and not (start - 1 in edges and text[start - 1] in FUNCTION_CHARS):
                return False
        if cjk_end:
            edges = cjk_boundaries(end - 1)
            if end not in edges and not (end + 1 in edges and text[end] in TRAILING_CHARS):
                return False
        return True

    def _select(self, text: str, candidates: list[tuple[int, int, Term, bool, bool]],
                cjk_boundaries: Callable[[int], frozenset[int]]) -> list[Mention]:
        """Leftmost-longest, non-overlapping. A candidate failing its CJK edge test is dropped
        before it can block others: the same result as filtering every candidate first."""
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2].rank))
        if len(candidates) > 1:
            candidates = drop_hyphen_modifiers(text, candidates, self._is_chemical, self._is_gene)
        mentions: list[Mention] = []
        last_end = -1
        for start, end, term, cjk_start, cjk_end in candidates:
            if start < last_end:
                continue
            if (cjk_start or cjk_end) and not self._cjk_edges_ok(text, start, end, cjk_start, cjk_end, cjk_boundaries):
                continue
            last_end = end
            if term.entity_id == STOP:
                continue
            entity = self.dictionary.entities[term.entity_id]
            mentions.append(Mention(start, end, entity.id, entity.label, "dictionary", text[start:end]))
        return mentions

"""The core primitives in plain Python: the reference implementation of ``_speedups.pyx``.

Used when the compiled extension is not built (or ``PIPELINE_PURE_PYTHON=1``); the compiled
module must give exactly these results (tests/test_core_compiled.py compares them on the
reviews, development-paper excerpts and the synthetic corpus). Each function is one small,
rule-free step of a hot loop; the rules that call them stay in their own modules.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

COMPILED = False

# Latin letters, digits and Greek letters (matcher.is_wordish): characters that glue a symbol
# to a word. The Greek ranges are U+03B1-U+03C9 and U+0391-U+03A9 (U+03A2 included: unassigned).
_WORDISH = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    + "".join(chr(c) for c in range(0x3B1, 0x3CA)) + "".join(chr(c) for c in range(0x391, 0x3AA))
)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def edge_candidates(text: str, hits, raw_entries: list, starts: array, ends: array) -> list:
    """The automaton hits over the folded key of ``text`` whose Latin/Greek/digit edges are
    word edges (see nlp/matcher.py): ``(start, end, ks, ke, number, spaced, cjk_start, cjk_end)``
    per kept hit, in hit order.

    ``hits``: ``(key_end, number)`` pairs (``Automaton.iter``); ``raw_entries[number][0]`` is
    the key length; ``starts``/``ends`` (``array("q")``) map key positions to text offsets (keys.fold_with_map).
    ``end`` absorbs a plural "s" after a capital or digit (MAPKs); ``spaced``: the span holds a
    space; ``cjk_start``/``cjk_end``: the edge lies inside a run of CJK characters.
    """
    out = []
    n = len(text)
    wordish = _WORDISH
    for key_end, number in hits:
        ks = key_end - raw_entries[number][0] + 1
        start, end = starts[ks], ends[key_end]
        first, last = text[start], text[end - 1]
        if first in wordish and start > 0 and text[start - 1] in wordish:
            continue
        if last in wordish and end < n and text[end] in wordish:
            if text[end] == "s" and (end + 1 == n or text[end + 1] not in wordish) and (
                last.isupper() or last.isdigit()
            ):
                end += 1
            else:
                continue
        cjk_start = _is_cjk(first) and start > 0 and _is_cjk(text[start - 1])
        cjk_end = _is_cjk(text[end - 1]) and end < n and _is_cjk(text[end])
        out.append((start, end, ks, key_end, number, " " in text[start:end], cjk_start, cjk_end))
    return out


def crossed(text: str, p: int, freq: dict, max_word: int) -> bool:
    """Does a word of ``freq`` with frequency > 0 start before ``p`` (at most ``max_word``
    characters before) and end after it, inside ``text``? ``freq`` holds every prefix of its
    words (frequency 0 when the prefix is no word: jieba's FREQ), so a word from ``i`` can
    cross ``p`` only if ``text[i:p + 1]`` is in it: one lookup rules most starts out.

    (A per-sentence index of the farthest word end from each start was tried: on the 4x
    corpus's 9,825 questions it made 255k lookups against these 204k.)"""
    n = len(text)
    for i in range(max(0, p - max_word), p):
        j = p + 1
        frag = text[i:j]
        while frag in freq:
            if freq[frag]:
                return True
            if j >= n:
                break
            j += 1
            frag = text[i:j]
    return False


def cjk_latin_counts(text: str) -> tuple[int, int]:
    """(CJK ideographs in U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF; ASCII letters) of ``text``."""
    cjk = latin = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff":
            cjk += 1
        elif "a" <= ch <= "z" or "A" <= ch <= "Z":
            latin += 1
    return cjk, latin


def apply_edits(text: str, starts: array, ends: array, edits: list) -> tuple[str, array, array]:
    """Rewrite ``text`` by non-overlapping, ordered ``(ms, me, new)`` edits, keeping offsets
    (text/offsets.py ``OffsetText.sub``): a replacement of the same length maps character to
    character, any other maps each new character to the whole original span of the match."""
    pieces: list[str] = []
    new_starts, new_ends = array("q"), array("q")
    last = 0
    for ms, me, new in edits:
        pieces.append(text[last:ms])
        new_starts.extend(starts[last:ms])
        new_ends.extend(ends[last:ms])
        if new:
            if len(new) == me - ms:
                new_starts.extend(starts[ms:me])
                new_ends.extend(ends[ms:me])
            else:
                span_start = starts[ms] if me > ms else (ends[ms - 1] if ms else 0)
                span_end = ends[me - 1] if me > ms else span_start
                new_starts.extend([span_start] * len(new))
                new_ends.extend([span_end] * len(new))
            pieces.append(new)
        last = me
    pieces.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


def blank_spans(text: str, lo: int, hi: int, spans: list) -> str:
    """``text[lo:hi]`` with every character inside one of ``spans`` (objects with ``start``
    and ``end``) replaced by a space (relations/effects.py: the text between two mentions)."""
    chars = list(text[lo:hi])
    for s in spans:
        for i in range(max(s.start, lo), min(s.end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def offset_range(start: int, stop: int) -> array:
    """``array("q", range(start, stop))`` (text/offsets.py: the offsets of an unchanged text)."""
    return array("q", range(start, stop))


def cue_hits(text: str, pattern, starts: list | None = None) -> list:
    """``(start, end)`` of the matches ``pattern.finditer(text)`` gives, tried only at ``starts``
    (sorted; None: everywhere) — the positions where a match can begin, so the result is the
    same — that do not start inside an English word: a match whose first character is ASCII is
    dropped when an ASCII letter comes right before it ("via" is not in "alleviates";
    relations/cues.py ``find_cues``). As ``finditer``, the next match starts after the last one,
    kept or not."""
    out = []
    if starts is None:
        spans = [m.span() for m in pattern.finditer(text)]
    else:
        spans, pos = [], 0
        for p in starts:
            if p < pos:
                continue
            m = pattern.match(text, p)
            if m is not None:
                spans.append(m.span())
                pos = m.end() if m.end() > p else p + 1
    for start, end in spans:
        if start > 0 and text[start].isascii() and text[start - 1].isascii() and text[start - 1].isalpha():
            continue
        out.append((start, end))
    return out


# keys.SEPARATORS: removed from a matching key (GATA-1 = GATA1, NF kappa B = NF-kB)
_SEPARATORS = frozenset(" \t\n-\u2010\u2011\u2012\u2013\u2014_\u00b7\u30fb")


def fold_map(text: str, words: list) -> tuple[str, array, array]:
    """``text`` without separator characters and with each ``(start, end, letter)`` of ``words``
    (sorted, non-overlapping spans holding no separator: the spelled Greek words) replaced by its
    letter, and for each character of the result the ``[start, end)`` of ``text`` it comes from
    (nlp/keys.py ``fold_with_map``)."""
    out: list[str] = []
    starts, ends = array("q"), array("q")
    k, i, n = 0, 0, len(text)
    while i < n:
        if k < len(words) and words[k][0] == i:
            start, end, letter = words[k]
            out.append(letter)
            starts.append(start)
            ends.append(end)
            i, k = end, k + 1
            continue
        if text[i] not in _SEPARATORS:
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return "".join(out), starts, ends


def fold_map_letters(text: str, words: list, src: str, dst: str) -> tuple[str, array, array]:
    """``fold_map`` with each character of the result found in ``src`` replaced by the character at
    the same place in ``dst`` (nlp/keys.py: Greek letters to Latin ones, ``str.translate`` of a
    one-character-for-one table, so the offsets stay as they are). Each word's letter is one
    character (one offset per word)."""
    if len(src) != len(dst):
        raise ValueError("src and dst differ in length")
    if any(len(word[2]) != 1 for word in words):
        raise ValueError("a word's letter must be one character")
    folded, starts, ends = fold_map(text, words)
    return (folded.translate(str.maketrans(src, dst)) if src else folded), starts, ends


class Automaton:
    """Folded key -> entry number, and every key occurrence in a text (nlp/matcher.py): the
    reference for the compiled ``_speedups.Automaton`` is pyahocorasick's ``Automaton``
    (STORE_INTS), which the matcher used before; this wraps it behind the same interface.
    ``iter(text)``: ``(end, number)`` per occurrence (``end``: the index of its last
    character), by end, longest key first at each end."""

    __slots__ = ("_ac",)

    def __init__(self, ac):
        self._ac = ac

    @staticmethod
    def build(items: list) -> Automaton:
        """The automaton of ``(key, number)`` pairs (distinct non-empty keys)."""
        import ahocorasick

        ac = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, number in items:
            if not key:
                raise ValueError("empty key")
            ac.add_word(key, number)
        ac.make_automaton()
        return Automaton(ac)

    def dumps(self) -> bytes:
        import pickle

        return pickle.dumps(self._ac, protocol=pickle.HIGHEST_PROTOCOL)  # its trie as one buffer

    @staticmethod
    def loads(data: bytes) -> Automaton:
        import pickle

        import ahocorasick

        ac = pickle.loads(data)
        if not isinstance(ac, ahocorasick.Automaton) or ac.store != ahocorasick.STORE_INTS:
            raise ValueError("not an automaton of this format")
        return Automaton(ac)

    def __len__(self) -> int:
        return len(self._ac)

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def get(self, key: str, default=None):
        return self._ac.get(key, default) if key else default

    def iter(self, text: str) -> list:
        return list(self._ac.iter(text))


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def needs_segmenting(text: str, p: int, freq: dict, keys: array, reach: bytes, max_word: int) -> bool:
    """Must jieba segment ``text`` to say whether position ``p`` (``0 < p < len(text)``) is a
    token edge (nlp/boundaries.py ``SentenceEdges``)? Yes when two ASCII letters/digits meet
    there (jieba buffers such runs) or when a word of ``freq`` crosses ``p``; the words that
    can cross start at most ``reach`` of the pair ``text[p - 1:p + 1]`` before ``p`` (``keys``:
    sorted pair codes ``ord(a) << 21 | ord(b)``, nlp/segmenter.py ``crossing_reach``; no
    code: no word holds the pair), and at most ``max_word`` before it."""
    a, b = text[p - 1], text[p]
    if a in _ASCII_ALNUM and b in _ASCII_ALNUM:
        return True
    code = ord(a) << 21 | ord(b)
    i = bisect_left(keys, code)
    far = reach[i] if i < len(keys) and keys[i] == code else 0
    return far > 0 and crossed(text, p, freq, min(far, max_word))


class EdgeTable:
    """The token edges known so far of one sentence, asked as ``pos in table`` (offsets of the
    text holding the sentence: ``offset`` is the sentence's start there): nlp/boundaries.py's
    ``SentenceEdges`` is this table plus how to segment. A sentence's ends are edges; a position
    no dictionary word crosses (``needs_segmenting`` says no) is one and is remembered; any other
    position is decided by the subclass's ``_segmented(p)``, which records what it segmented
    with ``_block`` (jieba's run ``lo..hi`` and its edges, run offsets) or ``_whole`` (the whole
    sentence's edges, absolute offsets), and ``_crossing_tables()`` gives ``needs_segmenting``
    its tables ``(freq, keys, reach, max_word)``. The compiled table keeps one byte per position
    (unknown / edge / no edge) instead of a set and the runs' sets: the same answers
    (tests/test_speed_stop41.py)."""

    __slots__ = ("_blocks", "_free", "_full", "offset", "text")

    def __init__(self, text: str, offset: int = 0):
        self.text = text
        self.offset = offset
        self._full: frozenset[int] | None = None
        self._free: set[int] = set()  # positions no word crosses
        self._blocks: dict[int, tuple[int, frozenset[int]]] | None = None  # run start -> (end, edges)

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        if self._full is not None:
            return pos in self._full
        p = pos - self.offset
        text = self.text
        if p <= 0 or p >= len(text):
            return p == 0 or p == len(text)
        if p in self._free:
            return True
        freq, keys, reach, max_word = self._crossing_tables()
        if self._blocks is not None:
            for start, (end, edges) in self._blocks.items():
                if start < p < end:
                    return p - start in edges
        if needs_segmenting(text, p, freq, keys, reach, max_word):
            return self._segmented(p)
        self._free.add(p)
        return True

    def _block(self, lo: int, hi: int, edges: frozenset[int]) -> None:
        if self._blocks is None:
            self._blocks = {}
        self._blocks[lo] = (hi, edges)

    def _whole(self, edges: frozenset[int]) -> None:
        self._full = edges

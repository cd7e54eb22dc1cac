# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""The core primitives compiled with C types (Cython): same functions, same results as
``pipeline/_core/pure.py`` (its docstrings say what each returns; tests/test_core_compiled.py
compares the two). Why Cython: the loops are over ``str`` characters and Python dicts, which
Cython reads directly (PyUnicode_READ, PyDict_GetItem) with C integers for positions, and it
builds with the gcc and Python headers a machine already has; the rules stay in Python.
"""

from cpython.array cimport array, clone, resize
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.dict cimport PyDict_GetItem
from cpython.object cimport PyObject
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.unicode cimport PyUnicode_4BYTE_KIND, PyUnicode_FromKindAndData

COMPILED = True

cdef array _Q = array("q")


cdef inline bint _wordish(Py_UCS4 c) noexcept:
    return (
        (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or (c >= 48 and c <= 57)
        or (c >= 0x3B1 and c <= 0x3C9) or (c >= 0x391 and c <= 0x3A9)
    )


cdef inline bint _cjk(Py_UCS4 c) noexcept:
    return (c >= 0x3400 and c <= 0x9FFF) or (c >= 0xF900 and c <= 0xFAFF)


def edge_candidates(str text, hits, list raw_entries, const long long[:] starts, const long long[:] ends):
    cdef Py_ssize_t n = len(text)
    cdef Py_ssize_t key_end, number, ks, start, end, k
    cdef Py_UCS4 first, last, nxt
    cdef bint spaced, cjk_start, cjk_end
    cdef list out = []
    for key_end, number in hits:
        ks = key_end - <Py_ssize_t>((<tuple>raw_entries[number])[0]) + 1
        start = starts[ks]
        end = ends[key_end]
        first = text[start]
        last = text[end - 1]
        if _wordish(first) and start > 0 and _wordish(text[start - 1]):
            continue
        if _wordish(last) and end < n and _wordish(text[end]):
            nxt = text[end]
            if nxt == u"s" and (end + 1 == n or not _wordish(text[end + 1])) and (
                last.isupper() or last.isdigit()
            ):
                end += 1
            else:
                continue
        cjk_start = _cjk(first) and start > 0 and _cjk(text[start - 1])
        cjk_end = _cjk(text[end - 1]) and end < n and _cjk(text[end])
        spaced = False
        for k in range(start, end):
            if text[k] == u" ":
                spaced = True
                break
        out.append((start, end, ks, key_end, number, spaced, cjk_start, cjk_end))
    return out


cdef bint _crossed(str text, Py_ssize_t p, dict freq, Py_ssize_t max_word) except -1:
    cdef Py_ssize_t n = len(text)
    cdef Py_ssize_t i, j
    cdef PyObject* value
    i = p - max_word
    if i < 0:
        i = 0
    while i < p:
        j = p + 1
        while True:
            value = PyDict_GetItem(freq, text[i:j])
            if value is NULL:
                break
            if <object>value:
                return True
            if j >= n:
                break
            j += 1
        i += 1
    return False


def crossed(str text, Py_ssize_t p, dict freq, Py_ssize_t max_word):
    return _crossed(text, p, freq, max_word)


def cjk_latin_counts(str text):
    cdef Py_ssize_t cjk = 0, latin = 0
    cdef Py_UCS4 c
    for c in text:
        if (c >= 0x4E00 and c <= 0x9FFF) or (c >= 0x3400 and c <= 0x4DBF) or (c >= 0xF900 and c <= 0xFAFF):
            cjk += 1
        elif (c >= 97 and c <= 122) or (c >= 65 and c <= 90):
            latin += 1
    return cjk, latin


def apply_edits(str text, array starts, array ends, list edits):
    cdef long long[:] s = starts
    cdef long long[:] e = ends
    cdef Py_ssize_t total = len(text), last = 0, ms, me, k, m, pos = 0
    cdef long long span_start, span_end
    cdef str new
    cdef list pieces = []
    for ms, me, new in edits:
        total += len(new) - (me - ms)
    cdef array out_s = clone(_Q, total, False)
    cdef array out_e = clone(_Q, total, False)
    cdef long long[:] os_ = out_s
    cdef long long[:] oe = out_e
    for ms, me, new in edits:
        pieces.append(text[last:ms])
        for k in range(last, ms):
            os_[pos] = s[k]
            oe[pos] = e[k]
            pos += 1
        m = len(new)
        if m:
            if m == me - ms:
                for k in range(ms, me):
                    os_[pos] = s[k]
                    oe[pos] = e[k]
                    pos += 1
            else:
                if me > ms:
                    span_start = s[ms]
                    span_end = e[me - 1]
                else:
                    span_start = e[ms - 1] if ms else 0
                    span_end = span_start
                for k in range(m):
                    os_[pos] = span_start
                    oe[pos] = span_end
                    pos += 1
            pieces.append(new)
        last = me
    pieces.append(text[last:])
    for k in range(last, len(text)):
        os_[pos] = s[k]
        oe[pos] = e[k]
        pos += 1
    return "".join(pieces), out_s, out_e


def blank_spans(str text, Py_ssize_t lo, Py_ssize_t hi, list spans):
    cdef Py_ssize_t a, b, k, run, n
    cdef list marks = []
    for s in spans:
        a = s.start
        b = s.end
        if a < lo:
            a = lo
        if b > hi:
            b = hi
        if a < b:
            marks.append((a, b))
    if not marks:
        return text[lo:hi]
    n = hi - lo if hi > lo else 0
    cdef bytearray mask = bytearray(n)
    cdef unsigned char[:] m = mask
    for a, b in marks:
        for k in range(a - lo, b - lo):
            m[k] = 1
    cdef list pieces = []
    k = 0
    while k < n:
        run = k
        if m[k]:
            while k < n and m[k]:
                k += 1
            pieces.append(u" " * (k - run))
        else:
            while k < n and not m[k]:
                k += 1
            pieces.append(text[lo + run:lo + k])
    return u"".join(pieces)


def offset_range(long long start, long long stop):
    cdef Py_ssize_t n = stop - start if stop > start else 0, k
    cdef array out = clone(_Q, n, False)
    cdef long long[:] o = out
    for k in range(n):
        o[k] = start + k
    return out


cdef inline bint _inside_word(str text, Py_ssize_t start):
    cdef Py_UCS4 before
    if start <= 0 or start >= len(text) or text[start] >= 128:
        return False
    before = text[start - 1]
    return (before >= 65 and before <= 90) or (before >= 97 and before <= 122)


def cue_hits(str text, pattern, list starts=None):
    cdef list out = []
    cdef Py_ssize_t s, e, p, pos = 0
    if starts is None:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not _inside_word(text, s):
                out.append((s, e))
        return out
    match = pattern.match
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            s, e = m.span()
            pos = e if e > p else p + 1
            if not _inside_word(text, s):
                out.append((s, e))
    return out


cdef inline bint _separator(Py_UCS4 c) noexcept:
    return (c == 0x20 or c == 0x09 or c == 0x0A or c == 0x2D or (c >= 0x2010 and c <= 0x2014) or c == 0x5F
            or c == 0xB7 or c == 0x30FB)


def fold_map(str text, list words):
    cdef Py_ssize_t n = len(text), i = 0, k = 0, run, m = 0, nw = len(words), next_word, start, end
    cdef array out_s = clone(_Q, n, False)
    cdef array out_e = clone(_Q, n, False)
    cdef long long[:] os_ = out_s
    cdef long long[:] oe = out_e
    cdef list pieces = []
    cdef tuple word
    next_word = (<tuple>words[0])[0] if nw else n
    while i < n:
        if i == next_word:
            word = <tuple>words[k]
            start = word[0]
            end = word[1]
            pieces.append(word[2])
            os_[m] = start
            oe[m] = end
            m += 1
            i = end
            k += 1
            next_word = (<tuple>words[k])[0] if k < nw else n
            continue
        if _separator(text[i]):
            i += 1
            continue
        run = i
        while i < n and i != next_word and not _separator(text[i]):
            os_[m] = i
            oe[m] = i + 1
            m += 1
            i += 1
        pieces.append(text[run:i])
    resize(out_s, m)
    resize(out_e, m)
    return u"".join(pieces), out_s, out_e


cdef inline Py_UCS4 _letter(Py_UCS4 c, Py_UCS4* src, Py_UCS4* dst, Py_ssize_t n_letters, Py_UCS4 lo,
                            Py_UCS4 hi) noexcept:
    cdef Py_ssize_t j
    if c < lo or c > hi:  # ASCII and CJK: outside the table's range, one comparison
        return c
    for j in range(n_letters):
        if src[j] == c:
            return dst[j]
    return c


def fold_map_letters(str text, list words, str src, str dst):
    """``fold_map`` with each kept character found in ``src`` replaced by the character at the same
    place in ``dst``, in the same pass: the folded text is written into a buffer of C characters
    (``str.translate`` with a dict looked every character of a Chinese paragraph up in the dict:
    ~0.1 us a character, most of key folding's time)."""
    cdef Py_ssize_t n = len(text), i = 0, k = 0, m = 0, nw = len(words), next_word, start, end, j, bound
    cdef Py_ssize_t n_letters = len(src)
    cdef Py_UCS4 c, lo = 0x10FFFF, hi = 0
    cdef tuple word
    if len(dst) != n_letters:
        raise ValueError("src and dst differ in length")
    for word in words:
        if len(<str> word[2]) != 1:
            raise ValueError("a word's letter must be one character")
    bound = n
    cdef Py_UCS4* table = <Py_UCS4*> PyMem_Malloc((2 * n_letters + 1) * sizeof(Py_UCS4))
    cdef Py_UCS4* buf = <Py_UCS4*> PyMem_Malloc((bound + 1) * sizeof(Py_UCS4))
    if table is NULL or buf is NULL:
        PyMem_Free(table)
        PyMem_Free(buf)
        raise MemoryError()
    cdef array out_s = clone(_Q, bound, False)
    cdef array out_e = clone(_Q, bound, False)
    cdef long long[:] os_ = out_s
    cdef long long[:] oe = out_e
    try:
        for j in range(n_letters):
            table[j] = src[j]
            table[n_letters + j] = dst[j]
            if table[j] < lo:
                lo = table[j]
            if table[j] > hi:
                hi = table[j]
        next_word = (<tuple>words[0])[0] if nw else n
        while i < n:
            if i == next_word:
                word = <tuple>words[k]
                start = word[0]
                end = word[1]
                c = (<str> word[2])[0]
                buf[m] = _letter(c, table, table + n_letters, n_letters, lo, hi)
                os_[m] = start
                oe[m] = end
                m += 1
                i = end
                k += 1
                next_word = (<tuple>words[k])[0] if k < nw else n
                continue
            c = text[i]
            if not _separator(c):
                buf[m] = _letter(c, table, table + n_letters, n_letters, lo, hi)
                os_[m] = i
                oe[m] = i + 1
                m += 1
            i += 1
        folded = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m)
    finally:
        PyMem_Free(table)
        PyMem_Free(buf)
    resize(out_s, m)
    resize(out_e, m)
    return folded, out_s, out_e


# ---------------------------------------------------------------------------------------------
# Aho-Corasick automaton over the matcher's folded keys (nlp/matcher.py), in flat C arrays.
# pyahocorasick (the reference, pure.Automaton) finds a node's child by a linear scan of its
# (letter, child) pairs: the root of the dictionary's 243k keys has thousands of children, and
# the automaton is back at the root at most characters of a paragraph, so its pass cost ~0.2 us
# a character. Here nodes are numbered in breadth-first order with the children of a node
# consecutive and sorted by letter (a trie laid out as in Aho & Corasick 1975's goto function,
# stored in compressed-sparse-row form): a child is found by a direct table at the root and by
# a binary search elsewhere. Same hits, same order (per end position, longest key first).

from libc.stdint cimport int32_t, uint32_t
import marshal as _marshal

cdef str _AC_FORMAT = u"ac1"
cdef Py_ssize_t _ROOT_TABLE = 65536


cdef class Automaton:
    """Folded key -> entry number; ``iter(text)``: ``(end, number)`` of every key occurrence.

    The interface the matcher uses of ``ahocorasick.Automaton`` (STORE_INTS): ``get``,
    ``iter``, ``len``; ``build``/``dumps``/``loads`` for the matcher's disk cache."""

    cdef readonly Py_ssize_t n_nodes, n_keys
    cdef array _first, _label, _fail, _out, _dlink, _root
    cdef int32_t* first
    cdef uint32_t* label
    cdef int32_t* fail
    cdef int32_t* out
    cdef int32_t* dlink
    cdef int32_t* root

    def __len__(self):
        return self.n_keys

    cdef void _bind(self):
        self.first = <int32_t*> self._first.data.as_ints
        self.label = <uint32_t*> self._label.data.as_uints
        self.fail = <int32_t*> self._fail.data.as_ints
        self.out = <int32_t*> self._out.data.as_ints
        self.dlink = <int32_t*> self._dlink.data.as_ints
        cdef array root = clone(array("i"), _ROOT_TABLE, False)
        cdef int32_t* r = <int32_t*> root.data.as_ints
        cdef Py_ssize_t k
        for k in range(_ROOT_TABLE):
            r[k] = -1
        for k in range(self.first[0], self.first[1]):
            if self.label[k] < _ROOT_TABLE:
                r[self.label[k]] = <int32_t> k
        self._root = root
        self.root = r

    cdef inline int32_t _goto(self, int32_t v, uint32_t a) noexcept:
        cdef int32_t lo, hi, mid
        if v == 0 and a < _ROOT_TABLE:
            return self.root[a]
        lo = self.first[v]
        hi = self.first[v + 1]
        while hi - lo > 8:
            mid = (lo + hi) >> 1
            if self.label[mid] <= a:
                lo = mid
            else:
                hi = mid
        while lo < hi:
            if self.label[lo] == a:
                return lo
            lo += 1
        return -1

    @staticmethod
    def build(list items):
        """The automaton of ``(key, number)`` pairs (distinct non-empty keys)."""
        cdef list pairs = sorted(items)
        cdef Py_ssize_t n = len(pairs), i, d, total = 0, n_nodes = 1, n_active, m, k, c, v
        cdef list keys = [p[0] for p in pairs]
        cdef str key, prev
        cdef array klen_a = clone(array("i"), n, False), lcp_a = clone(array("i"), n, False)
        cdef array num_a = clone(array("i"), n, False), cur_a = clone(array("i"), n, False)
        cdef array act_a = clone(array("i"), n, False)
        cdef int32_t* klen = <int32_t*> klen_a.data.as_ints
        cdef int32_t* lcp = <int32_t*> lcp_a.data.as_ints
        cdef int32_t* num = <int32_t*> num_a.data.as_ints
        cdef int32_t* cur = <int32_t*> cur_a.data.as_ints
        cdef int32_t* act = <int32_t*> act_a.data.as_ints
        for i in range(n):
            key = <str> keys[i]
            if not key:
                raise ValueError("empty key")
            klen[i] = <int32_t> len(key)
            num[i] = <int32_t> pairs[i][1]
            cur[i] = 0
            act[i] = <int32_t> i
            total += klen[i]
            lcp[i] = 0
            if i:
                prev = <str> keys[i - 1]
                if prev == key:
                    raise ValueError(f"duplicate key {key!r}")
                m = min(len(prev), len(key))
                k = 0
                while k < m and prev[k] == key[k]:
                    k += 1
                lcp[i] = <int32_t> k
        # nodes depth by depth, each depth in key order: breadth-first numbering in which the
        # children of a node are consecutive and sorted by letter
        cdef array parent_a = clone(array("i"), total + 1, False), label_a = clone(array("I"), total + 1, False)
        cdef array out_a = clone(array("i"), total + 1, False)
        cdef int32_t* parent = <int32_t*> parent_a.data.as_ints
        cdef uint32_t* label = <uint32_t*> label_a.data.as_uints
        cdef int32_t* out = <int32_t*> out_a.data.as_ints
        parent[0] = 0
        label[0] = 0
        out[0] = -1
        n_active = n
        d = 0
        v = 0
        while n_active:
            d += 1
            m = 0
            for k in range(n_active):
                i = act[k]
                if i == 0 or lcp[i] < d:
                    v = n_nodes
                    n_nodes += 1
                    parent[v] = cur[i]
                    label[v] = (<str> keys[i])[d - 1]
                    out[v] = -1
                cur[i] = <int32_t> v
                if klen[i] == d:
                    out[v] = num[i]
                else:
                    act[m] = <int32_t> i
                    m += 1
            n_active = m
        cdef Automaton self = Automaton.__new__(Automaton)
        self.n_nodes = n_nodes
        self.n_keys = n
        cdef array first_a = clone(array("i"), n_nodes + 1, True)
        cdef int32_t* first = <int32_t*> first_a.data.as_ints
        for c in range(n_nodes + 1):
            first[c] = 0
        for c in range(1, n_nodes):
            first[parent[c] + 1] += 1
        first[0] = 1
        for c in range(1, n_nodes + 1):
            first[c] += first[c - 1]
        resize(label_a, n_nodes)
        resize(out_a, n_nodes)
        self._first = first_a
        self._label = label_a
        self._out = out_a
        self._fail = clone(array("i"), n_nodes, False)
        self._dlink = clone(array("i"), n_nodes, False)
        self._bind()
        self._links()
        return self

    cdef void _links(self):
        """Failure links (longest proper suffix that is a trie node) and dictionary links
        (nearest key end along them), in breadth-first order."""
        cdef int32_t v, c, f, g
        cdef uint32_t a
        self.fail[0] = 0
        self.dlink[0] = -1
        for v in range(self.n_nodes):
            for c in range(self.first[v], self.first[v + 1]):
                a = self.label[c]
                f = 0
                if v:
                    f = self.fail[v]
                    while True:
                        g = self._goto(f, a)
                        if g >= 0:
                            f = g
                            break
                        if f == 0:
                            break
                        f = self.fail[f]
                self.fail[c] = f
                self.dlink[c] = f if self.out[f] >= 0 else self.dlink[f]

    def dumps(self):
        return _marshal.dumps((_AC_FORMAT, self.n_keys, self.n_nodes, self._first.tobytes(), self._label.tobytes(),
                               self._fail.tobytes(), self._out.tobytes(), self._dlink.tobytes()))

    @staticmethod
    def loads(bytes data):
        fmt, n_keys, n_nodes, first, label, fail, out, dlink = _marshal.loads(data)
        if fmt != _AC_FORMAT:
            raise ValueError("not an automaton of this format")
        cdef Automaton self = Automaton.__new__(Automaton)
        self.n_keys = n_keys
        self.n_nodes = n_nodes
        self._first, self._label, self._fail, self._out, self._dlink = (
            array("i"), array("I"), array("i"), array("i"), array("i"))
        for arr, raw in ((self._first, first), (self._label, label), (self._fail, fail), (self._out, out),
                         (self._dlink, dlink)):
            arr.frombytes(raw)
        if (n_nodes < 1 or len(self._first) != n_nodes + 1 or len(self._label) != n_nodes
                or len(self._fail) != n_nodes or len(self._out) != n_nodes or len(self._dlink) != n_nodes):
            raise ValueError("truncated automaton")
        self._bind()
        if not self._valid():
            raise ValueError("corrupt automaton")
        return self

    cdef bint _valid(self) noexcept:
        """Every index inside its array (a damaged cache must not make the search read
        outside them or loop): children ranges ascending from 1 to the node count, links and
        key numbers in range."""
        cdef Py_ssize_t v, n = self.n_nodes
        if self.first[0] != 1 or self.first[n] != n:
            return False
        for v in range(n):
            if self.first[v + 1] < self.first[v] or self.first[v] <= v and self.first[v + 1] > self.first[v]:
                return False
            # links go to shorter suffixes, so to smaller numbers: every walk along them ends
            if self.fail[v] < 0 or (v and self.fail[v] >= v) or self.dlink[v] < -1 or (v and self.dlink[v] >= v):
                return False
            if self.out[v] < -1 or self.out[v] >= self.n_keys:
                return False
        return True

    def __reduce__(self):
        return (Automaton.loads, (self.dumps(),))

    def get(self, str key, default=None):
        """The number of ``key`` (exact), or ``default``."""
        cdef int32_t v = 0
        cdef Py_UCS4 ch
        if self.first is NULL:
            raise ValueError("an empty automaton: Automaton.build or Automaton.loads make one")
        for ch in key:
            v = self._goto(v, ch)
            if v < 0:
                return default
        if v == 0 or self.out[v] < 0:
            return default
        return self.out[v]

    def __contains__(self, key):
        return isinstance(key, str) and self.get(key) is not None

    def iter(self, str text):
        """``(end, number)`` of every key occurring in ``text`` (``end``: index of its last
        character), by end, longest key first at each end: ``ahocorasick.Automaton.iter``."""
        cdef list hits = []
        cdef Py_ssize_t i, n = len(text)
        cdef int32_t state = 0, g, v
        cdef uint32_t a
        if self.first is NULL:
            raise ValueError("an empty automaton: Automaton.build or Automaton.loads make one")
        for i in range(n):
            a = text[i]
            while True:
                g = self._goto(state, a)
                if g >= 0:
                    state = g
                    break
                if state == 0:
                    break
                state = self.fail[state]
            v = state if self.out[state] >= 0 else self.dlink[state]
            while v >= 0:
                hits.append((i, self.out[v]))
                v = self.dlink[v]
        return hits


cdef inline bint _ascii_alnum(Py_UCS4 c) noexcept:
    return (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or (c >= 48 and c <= 57)


def needs_segmenting(str text, Py_ssize_t p, dict freq, const unsigned long long[:] keys, const unsigned char[:] reach,
                     Py_ssize_t max_word):
    return _needs_segmenting(text, p, freq, keys, reach, max_word)


cdef bint _needs_segmenting(str text, Py_ssize_t p, dict freq, const unsigned long long[:] keys,
                            const unsigned char[:] reach, Py_ssize_t max_word) except -1:
    cdef Py_UCS4 a = text[p - 1], b = text[p]
    cdef unsigned long long code
    cdef Py_ssize_t lo = 0, hi = keys.shape[0], mid, far = 0
    if _ascii_alnum(a) and _ascii_alnum(b):
        return True
    code = (<unsigned long long> a) << 21 | (<unsigned long long> b)
    while lo < hi:  # bisect_left
        mid = (lo + hi) >> 1
        if keys[mid] < code:
            lo = mid + 1
        else:
            hi = mid
    if lo < keys.shape[0] and keys[lo] == code:
        far = reach[lo]
    if far == 0:
        return False
    if far > max_word:
        far = max_word
    return _crossed(text, p, freq, far)


cdef class EdgeTable:
    """pure.EdgeTable with one byte per sentence position (0 unknown, 1 an edge: no word crosses it
    or its run's segmentation says so, 2 no edge) instead of a set of free positions and a loop
    over the segmented runs; the tables of ``needs_segmenting`` fetched once per sentence."""

    cdef readonly str text
    cdef readonly Py_ssize_t offset
    cdef public object _full, _blocks
    cdef Py_ssize_t _n
    cdef bytearray _known_buf
    cdef unsigned char* _known
    cdef bint _ready
    cdef dict _freq
    cdef const unsigned long long[:] _keys
    cdef const unsigned char[:] _reach
    cdef Py_ssize_t _max_word

    def __cinit__(self, str text, Py_ssize_t offset=0, *args, **kwargs):
        self.text = text
        self.offset = offset
        self._n = len(text)
        self._full = None
        self._blocks = None
        self._known_buf = bytearray(self._n + 1)
        self._known = <unsigned char*> PyByteArray_AS_STRING(self._known_buf)
        self._ready = False

    def __contains__(self, pos):
        cdef Py_ssize_t p
        cdef unsigned char k
        if not isinstance(pos, int):
            return False
        if self._full is not None:
            return pos in self._full
        p = <Py_ssize_t> pos - self.offset
        if p <= 0 or p >= self._n:
            return p == 0 or p == self._n
        k = self._known[p]
        if k != 0:
            return k == 1
        if not self._ready:
            freq, keys, reach, max_word = self._crossing_tables()
            self._freq = freq
            self._keys = keys
            self._reach = reach
            self._max_word = max_word
            self._ready = True
        if _needs_segmenting(self.text, p, self._freq, self._keys, self._reach, self._max_word):
            return self._segmented(p)
        self._known[p] = 1
        return True

    def _block(self, Py_ssize_t lo, Py_ssize_t hi, edges):
        cdef Py_ssize_t q
        if self._blocks is None:
            self._blocks = {}
        self._blocks[lo] = (hi, edges)
        for q in range(max(lo + 1, 1), min(hi, self._n)):
            if self._known[q] == 0:  # a free position stays an edge, an earlier run keeps its answer
                self._known[q] = 1 if (q - lo) in edges else 2

    def _whole(self, edges):
        self._full = edges

# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""The core primitives compiled with C types (Cython): same functions, same results as
``pipeline/_core/pure.py`` (its docstrings say what each returns; tests/test_core_compiled.py
compares the two). Why Cython: the loops are over ``str`` characters and Python dicts, which
Cython reads directly (PyUnicode_READ, PyDict_GetItem) with C integers for positions, and it
builds with the gcc and Python headers a machine already has; the rules stay in Python.
"""

from cpython.array cimport array, clone, resize
from cpython.dict cimport PyDict_GetItem
from cpython.object cimport PyObject

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


def crossed(str text, Py_ssize_t p, dict freq, Py_ssize_t max_word):
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

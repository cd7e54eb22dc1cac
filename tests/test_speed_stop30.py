"""Stop 30 (issue 17): the matcher's Aho-Corasick pass and the Chinese edge test in the compiled core.

``pipeline._core.Automaton`` (compiled: flat arrays) must answer exactly what pyahocorasick —
the implementation it replaces, wrapped as ``pure.Automaton`` — answers: the same hits, in the
same order, over the folded key of every paragraph of the reviews, corpus/new_papers,
corpus/validation and a synthetic corpus, with the dictionary's 243k keys; the same exact
lookups. ``needs_segmenting`` must give the pure answer and the old definition (two ASCII
letters/digits, or ``boundaries.crossed``) at every position of the Chinese sentences.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import re

import pytest
from nlp_helpers import corpus_paragraphs

from pipeline import _core
from pipeline._core import pure

BUILT = importlib.util.find_spec("pipeline._core._speedups") is not None
FORCED_PURE = os.environ.get("PIPELINE_PURE_PYTHON", "") not in ("", "0")
needs_compiled = pytest.mark.skipif(not BUILT or FORCED_PURE,
                                    reason="compiled core not built (pip install -e .) or forced off")


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    """The normalised paragraphs the matcher reads, of every document of the four sources."""
    return corpus_paragraphs(tmp_path_factory.mktemp("synthetic30"), seed=30)


@pytest.fixture(scope="module")
def keys():
    from pipeline.api import annotator_for
    from pipeline.config import Config
    from pipeline.nlp.matcher import compile_terms

    dictionary = annotator_for(Config(make_docs=False)).dictionary
    return [(key, n) for n, key in enumerate(compile_terms(dictionary, dictionary.stop_phrases))]


def test_small_automaton_finds_every_overlapping_key_longest_first():
    """Aho & Corasick's example (he, she, his, hers) with CJK, a key inside another and a
    character outside the BMP: every occurrence, by end, the longest first at each end."""
    words = ["he", "she", "his", "hers", "h", "黄芩", "黄芩素", "芩素", "\U0001d6c2b", "\U0001d6c2"]
    for impl in {pure, _core.impl}:
        automaton = impl.Automaton.build([(w, n) for n, w in enumerate(words)])
        assert len(automaton) == len(words)
        assert automaton.iter("ushers") == [(2, 4), (3, 1), (3, 0), (5, 3)]
        assert automaton.iter("用黄芩素") == [(2, 5), (3, 6), (3, 7)]
        assert automaton.iter("\U0001d6c2\U0001d6c2b") == [(0, 9), (1, 9), (2, 8)]
        assert automaton.iter("") == [] and automaton.iter("xyz") == []
        assert [automaton.get(w) for w in words] == list(range(len(words)))
        assert automaton.get("her") is None and automaton.get("芩", -1) == -1 and automaton.get("") is None
        assert "she" in automaton and "sh" not in automaton
        again = impl.Automaton.loads(automaton.dumps())
        assert again.iter("ushers黄芩素") == automaton.iter("ushers黄芩素")
        assert pickle.loads(pickle.dumps(automaton)).iter("ushers") == automaton.iter("ushers")
        with pytest.raises(ValueError):
            impl.Automaton.build([("", 0)])


@needs_compiled
def test_compiled_automaton_rejects_a_foreign_or_truncated_blob():
    import marshal

    from pipeline._core import _speedups

    from array import array

    automaton = _speedups.Automaton.build([("ab", 0), ("b", 1)])
    fmt, n_keys, n_nodes, first, label, fail, out, dlink = marshal.loads(automaton.dumps())
    looping = array("i", fail)
    looping[-1] = n_nodes - 1  # a failure link to itself: the search would never end
    far = array("i", out)
    far[-1] = n_keys  # a key number past the table
    for bad in [marshal.dumps(("other", n_keys, n_nodes, first, label, fail, out, dlink)),
                marshal.dumps((fmt, n_keys, n_nodes + 1, first, label, fail, out, dlink)),
                marshal.dumps((fmt, n_keys, n_nodes, first, label, looping.tobytes(), out, dlink)),
                marshal.dumps((fmt, n_keys, n_nodes, first, label, fail, far.tobytes(), dlink))]:
        with pytest.raises(ValueError):
            _speedups.Automaton.loads(bad)
    assert _speedups.Automaton.loads(automaton.dumps()).iter("xab") == [(2, 0), (2, 1)]
    with pytest.raises(ValueError):
        _speedups.Automaton.__new__(_speedups.Automaton).iter("ab")  # never built: no arrays to read


@needs_compiled
def test_compiled_automaton_gives_pyahocorasicks_hits_on_every_paragraph(keys, paragraphs):
    from pipeline._core import _speedups
    from pipeline.nlp.keys import fold_with_map

    compiled = _speedups.Automaton.build(keys)
    reference = pure.Automaton.build(keys)
    assert len(compiled) == len(reference) == len(keys) > 100_000
    hits = 0
    for text in paragraphs:
        key = fold_with_map(text)[0]
        expected = reference.iter(key)
        assert compiled.iter(key) == expected, text[:60]
        hits += len(expected)
    assert len(paragraphs) > 3000 and hits > 20_000
    for key, n in keys[::7]:
        assert compiled.get(key) == n
        assert compiled.get(key + "\u0000") is reference.get(key + "\u0000") is None
        assert compiled.get(key[:-1]) == reference.get(key[:-1])


@needs_compiled
def test_the_matcher_uses_the_compiled_automaton():
    from pipeline._core import _speedups
    from pipeline.api import annotator_for
    from pipeline.config import Config
    from pipeline.nlp.boundaries import SentenceEdges

    index = annotator_for(Config(make_docs=False)).index
    assert isinstance(index.automaton, _speedups.Automaton)
    assert _core.needs_segmenting is _speedups.needs_segmenting
    # 当归 is no herb inside 应当归于 (jieba: 应当 / 归于), and is one at a word edge
    found = index.match("此药应当归于补益类。", lambda pos: SentenceEdges("此药应当归于补益类。"))
    assert not any(m.text == "当归" for m in found)
    found = index.match("方中当归补血。", lambda pos: SentenceEdges("方中当归补血。"))
    assert any(m.text == "当归" for m in found)


_CJK = re.compile(r"[\u3400-\u9fff]")


def test_needs_segmenting_is_the_old_test_at_every_position(paragraphs):
    import jieba

    from pipeline.nlp import segmenter
    from pipeline.nlp.boundaries import MAX_WORD, crossed

    jieba.dt.check_initialized()
    keys, reach = segmenter.crossing_reach()
    freq = jieba.dt.FREQ
    sentences = [s for p in paragraphs for s in re.split(r"[。！？]", p) if len(_CJK.findall(s)) > 10][:400]
    ascii_alnum = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    answers = []
    for s in sentences:
        for p in range(1, len(s)):
            old = (s[p - 1] in ascii_alnum and s[p] in ascii_alnum) or crossed(s, p)
            assert pure.needs_segmenting(s, p, freq, keys, reach, MAX_WORD) == old, (s, p)
            assert _core.needs_segmenting(s, p, freq, keys, reach, MAX_WORD) == old, (s, p)
            answers.append(old)
    assert len(sentences) > 200 and 0 < sum(answers) < len(answers)

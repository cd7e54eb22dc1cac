"""Stop 41 (issue 17): the matcher's jieba-edge questions answered by the compiled core.

``SentenceEdges`` (nlp/boundaries.py) is ``pipeline._core.EdgeTable`` (what is known of one
sentence's token edges) plus the segmenting (``_Segmenting``). The compiled table keeps one byte
per position instead of a set of free positions and a loop over the segmented runs; it must
answer as the pure table (pipeline/_core/pure.py, the stop-40 code) at every position of every
sentence of real text, in any order of questions, and remember the same runs.
"""

from __future__ import annotations

import random

import pytest
from bench_helpers import bench_module
from conftest import JIN, LI, REPO

from pipeline import _core

compiled_only = pytest.mark.skipif(not _core.COMPILED, reason="the compiled core is not built")

ZH_PAPERS = sorted((REPO / "corpus" / "new_papers" / "zh").glob("*.md"))


@pytest.fixture(scope="module")
def sentences(annotator) -> list[str]:
    """Every sentence with a CJK character of the two reviews and the Chinese new_papers."""
    from pipeline.text.sections import split_sections
    from pipeline.text.sentences import split_sentences

    out = []
    for path in (LI, JIN, *ZH_PAPERS):
        for s in split_sentences(split_sections(path.stem, path.read_text(encoding="utf-8"))):
            if any("\u4e00" <= c <= "\u9fd5" for c in s.text):
                out.append(s.text)
    return out


def _pure_class():
    from pipeline.nlp.boundaries import _Segmenting

    return type("PureSentenceEdges", (_Segmenting, _core.pure.EdgeTable), {"__slots__": ()})


def _orders(text: str, rng: random.Random) -> list[list[int]]:
    """Questions in text order, in reverse, and shuffled (runs segmented before or after the free
    positions inside them are asked), each from -1 to len + 1, paragraph offsets (``offset`` 7)."""
    forward = [p + 7 for p in range(-1, len(text) + 2)]
    shuffled = forward[:]
    rng.shuffle(shuffled)
    return [forward, forward[::-1], shuffled]


@compiled_only
def test_compiled_edges_answer_as_the_pure_ones_on_real_sentences(sentences):
    from pipeline.nlp.boundaries import SentenceEdges

    assert isinstance(SentenceEdges("当归", 0), _core._speedups.EdgeTable)
    pure = _pure_class()
    rng = random.Random(41)
    runs = asked = 0
    assert len(sentences) > 1500
    for text in sentences:
        for order in _orders(text, rng):
            fast, slow = SentenceEdges(text, 7), pure(text, 7)
            assert [p in fast for p in order] == [p in slow for p in order], text
            assert fast._blocks == slow._blocks and fast._full == slow._full, text
            runs += fast._blocks is not None
            asked += len(order)
    assert runs > 500 and asked > 100_000  # the run path was taken (the whole-sentence one: next test)


@compiled_only
def test_compiled_edges_of_a_crossed_herb_name_and_odd_questions():
    # nlp/boundaries.py's own example: 应当 crosses the start of 当归, so 当归 is no token here
    from pipeline.nlp.boundaries import SentenceEdges

    text = "这种作用应当归于补肾中药"
    fast, slow = SentenceEdges(text, 3), _pure_class()(text, 3)
    for edges in (fast, slow):
        assert 3 + 5 not in edges and 3 + 4 in edges and 3 + 6 in edges  # 应当|归于
        assert "7" not in edges and None not in edges and 2.0 not in edges  # only ints are positions
        assert 3 in edges and 3 + len(text) in edges  # the sentence's ends
        assert 2 not in edges and 4 + len(text) not in edges  # outside the sentence
    assert fast._blocks == slow._blocks == {0: (len(text), frozenset({0, 2, 4, 6, 8, 10, 12}))}


@compiled_only
def test_compiled_edges_when_the_whole_sentence_is_segmented():
    # a word of jieba's holding a character outside its runs (γ射线; written for this path, which the
    # real sentences above never take): the position after γ is decided by the whole sentence
    from pipeline.nlp.boundaries import SentenceEdges

    text = "经γ射线照射后，细胞凋亡增加。"
    fast, slow = SentenceEdges(text, 5), _pure_class()(text, 5)
    order = [5 + 2, *range(4, len(text) + 7)]  # the crossed position first, then every one
    assert [p in fast for p in order] == [p in slow for p in order]
    assert fast._full is not None and fast._full == slow._full


@compiled_only
def test_benchmark_names_the_core_it_runs():
    """bench/benchmark.py says which core ran: stop 40's base worktree had no built extension, and its
    Aho-Corasick baseline read 10-20x slower than main's."""
    assert bench_module("benchmark").core_line().startswith("Core: compiled, pipeline/_core/_speedups")


def test_benchmark_refuses_the_pure_core_unless_asked(monkeypatch, capsys):
    """Without the extension the benchmark stops before measuring anything (exit 2), naming the fallback."""
    benchmark = bench_module("benchmark")
    monkeypatch.setattr(_core, "COMPILED", False)
    monkeypatch.setattr(_core, "impl", _core.pure)
    assert benchmark.core_line().startswith("Core: PURE PYTHON")
    assert benchmark.main(["--startup-only"]) == 2
    assert "pipeline/_core/pure.py" in capsys.readouterr().err

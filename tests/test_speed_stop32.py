"""Stop 32 (issue 17): per-document work of the annotator done once, or only where asked.

``_WordInteriors`` (nlp/annotator.py) answered "is this offset inside an ordinary dosage-form
word (散落, 方差)?" by segmenting the whole paragraph with jieba on the first question; it now
segments only jieba's block (a run of ``jieba.re_han_default``) that holds the offset. The
answers must be the old definition's (``word_interiors`` of the whole paragraph's
``jieba.tokenize``) at every offset of every paragraph of the reviews, corpus/new_papers,
corpus/validation and a synthetic corpus, and the text handed to jieba must be the clause,
not the paragraph.
"""

from __future__ import annotations

import pytest
from nlp_helpers import corpus_paragraphs

# a real sentence (corpus/validation, a Chinese paper's methods): 方差 is an ordinary word starting
# with the dosage-form character 方, so no formula name may end inside it
METHODS = "标准差表示，多组间比较采用单因素方差分析。方差齐时，组间两两比较比较采用LSD法；方差不齐时，组间两两比较采用Dunnett'T3法。"


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    """The normalised paragraphs the annotator reads, of every document of the four sources."""
    return corpus_paragraphs(tmp_path_factory.mktemp("synthetic32"), seed=32)


def _form_words():
    from pipeline.nlp import annotator

    annotator._WordInteriors("散落在地").__contains__(1)  # loads the word list on the first segmentation
    assert annotator._FORM_WORDS
    return annotator._FORM_WORDS


def _old_interiors(text: str) -> frozenset[int]:
    """The stop-31 definition: the whole paragraph segmented."""
    from pipeline.nlp._jieba import jieba
    from pipeline.nlp.formulas import word_interiors

    return word_interiors(jieba.tokenize(text, HMM=False), _form_words())


def test_interiors_of_the_methods_sentence():
    from pipeline.nlp.annotator import _WordInteriors

    inside = _WordInteriors(METHODS)
    at = METHODS.index("方差分析")
    assert {at + 1, at + 2, at + 3} <= {p for p in range(len(METHODS)) if p in inside}  # jieba's word 方差分析
    assert at not in inside and at + 4 not in inside  # its edges are no interior
    assert [p in inside for p in range(-2, len(METHODS) + 3)] == [
        p in _old_interiors(METHODS) for p in range(-2, len(METHODS) + 3)]


def test_only_the_block_holding_the_offset_is_segmented(monkeypatch):
    """Before stop 32 the first question segmented the whole paragraph (fails then)."""
    from pipeline.nlp._jieba import jieba
    from pipeline.nlp.annotator import _WordInteriors

    _form_words()
    seen: list[str] = []
    tokenize = jieba.tokenize
    monkeypatch.setattr(jieba, "tokenize", lambda text, **kw: seen.append(text) or tokenize(text, **kw))
    inside = _WordInteriors(METHODS)
    second = METHODS.index("方差齐时") + 1
    assert second in inside
    assert seen == ["方差齐时"]  # the clause between "。" and "，"
    assert second + 1 not in inside and seen == ["方差齐时"]  # the same block: segmented once
    assert METHODS.index("，") not in inside and len(seen) == 1  # punctuation: no block, no segmentation


def test_same_answers_as_the_whole_paragraph_everywhere(paragraphs):
    from pipeline.nlp.annotator import _WordInteriors

    assert len(paragraphs) > 1000
    checked = interiors = 0
    for text in paragraphs:
        inside = _WordInteriors(text)
        got = [p in inside for p in range(-1, len(text) + 2)]
        old = _old_interiors(text)
        assert got == [p in old for p in range(-1, len(text) + 2)], text[:80]
        checked += len(got)
        interiors += len(old)
    assert interiors > 100  # the corpora do hold dosage-form words (方差, 散在, 丸子 ...)


def test_non_integer_offsets_are_never_inside():
    from pipeline.nlp.annotator import _WordInteriors

    assert "差" not in _WordInteriors(METHODS)
    assert None not in _WordInteriors(METHODS)


# --- the matcher's jieba edges (nlp/boundaries.SentenceEdges): only the run around a crossed position

def test_edges_segment_the_clause_not_the_sentence(monkeypatch, annotator):
    """Before stop 32 a crossed position segmented the whole sentence (fails then)."""
    from pipeline.nlp import segmenter
    from pipeline.nlp.boundaries import SentenceEdges

    real = segmenter.token_boundaries(METHODS)
    seen: list[str] = []
    cached = segmenter.cached_boundaries
    monkeypatch.setattr(segmenter, "cached_boundaries", lambda text: seen.append(text) or cached(text))
    edges = SentenceEdges(METHODS, 3)
    assert [p + 3 in edges for p in range(-1, len(METHODS) + 2)] == [p in real for p in range(-1, len(METHODS) + 2)]
    assert seen and all(t in METHODS and not set(t) & set("，。；'") for t in seen), seen
    assert len(seen) == len(set(seen))  # each run segmented once


def test_edges_equal_the_real_segmentation_in_any_order(paragraphs, annotator):
    """At every position of every Chinese sentence, asked in order (one object per sentence:
    the runs already segmented answer) and one question per fresh object (the first-question
    path), as ``segmenter.token_boundaries`` of the whole sentence (our user words loaded)."""
    from pipeline.nlp.boundaries import SentenceEdges
    from pipeline.nlp.segmenter import token_boundaries

    sentences = [t for text in paragraphs for t in re_sentences(text)]
    assert len(sentences) > 2000
    segmented = 0
    for n, text in enumerate(sentences):
        real = token_boundaries(text)
        expected = [p in real for p in range(-1, len(text) + 2)]
        edges = SentenceEdges(text, 7)
        assert [p + 7 in edges for p in range(-1, len(text) + 2)] == expected, text
        segmented += edges._blocks is not None
        if n % 4 == 0:
            assert [p + 7 in SentenceEdges(text, 7) for p in range(-1, len(text) + 2)] == expected, text
    assert segmented > 500  # the run path was taken


def re_sentences(text: str) -> list[str]:
    """Chinese sentences of a paragraph (split at 。！？；), the unit the matcher asks about."""
    import re

    return [s for s in re.split(r"(?<=[。！？；])", text) if any("\u4e00" <= c <= "\u9fd5" for c in s)]

"""A glued run is tested against the paragraph's mentions in one pass (nlp/glued.py
``overlap_test``, issue 17, stop 46), not against every mention for every run: the same answer as
that test for every run, and the same glued mentions, on the two bundled reviews and two
PDF-converted ChinaXiv papers of the dev sample (their English reference titles lose spaces)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import JIN, LI

from pipeline.nlp import glued

SAMPLE = Path("/work/shared/data/dev/chinaxiv/sample")
PAPERS = [LI, JIN, SAMPLE / "ChinaXiv-201707.00654V1.md", SAMPLE / "ChinaXiv-201711.00904V1.md"]


def _brute(spans):
    spans = list(spans)
    return lambda start, end: any(a < end and start < b for a, b in spans)


@pytest.fixture(scope="module")
def paragraphs(annotator):
    """(paragraph text, its mentions) of every paragraph with a mention, from the annotator.

    Paragraphs are keyed per document: an ``id()`` outlives its object only while the document is
    alive, so a key of ``id(para)`` alone let a later paper's paragraph fall into an earlier one's
    entry (CI, stop 47: 4,759 runs asked instead of 5,320)."""
    out = []
    for path in PAPERS:
        if not path.exists():
            continue
        doc = annotator.annotate(path.stem, path.read_text(encoding="utf-8"))
        by_paragraph = {}
        for s in doc.sentences:
            para = s.sentence.paragraph
            by_paragraph.setdefault(id(para), (para.text.text, []))[1].extend(s.mentions)
        out.extend(by_paragraph.values())
    return out


def test_the_one_pass_test_answers_as_testing_every_mention(paragraphs):
    asked = overlapping = 0
    for text, mentions in paragraphs:
        spans = [(m.start, m.end) for m in mentions]
        fast, slow = glued.overlap_test(spans), _brute(spans)
        for run in glued._RUN.finditer(text):
            got = fast(*run.span())
            assert got == slow(*run.span()), (text[run.start():run.end()], text[:60])
            asked += 1
            overlapping += got
    # the two reviews alone ask 2,177 runs; the two dev-sample papers (absent from a clone without
    # ../shared) 3,143 more
    assert asked > 2000 and 0 < overlapping < asked


def test_glued_mentions_are_the_same_with_the_one_pass_test(paragraphs, annotator, monkeypatch):
    fast = [glued.glued_mentions(text, mentions, annotator._whole_match) for text, mentions in paragraphs]
    monkeypatch.setattr(glued, "overlap_test", _brute)
    slow = [glued.glued_mentions(text, mentions, annotator._whole_match) for text, mentions in paragraphs]
    assert fast == slow
    assert sum(m.how == "glued" for ms in fast for m in ms) > 0


def test_no_rule_cuts_a_run_shorter_than_min_cut_run():
    """Every run ``_RUN`` can yield below MIN_CUT_RUN characters (a letter, then letters or
    digits), with and without a locant: the rules cut none, so skipping them changes nothing."""
    import itertools
    import string

    letters, rest = string.ascii_letters, string.ascii_letters + string.digits
    tried = 0
    for n in range(1, glued.MIN_CUT_RUN):
        for tail in itertools.product(rest, repeat=n - 1):
            for first in letters:
                run = first + "".join(tail)
                assert glued._rule_cuts(run, False) == [] and glued._rule_cuts(run, True) == [], run
                tried += 1
    assert tried == 52 * (1 + 62 + 62 * 62)
    assert glued._rule_cuts("BAFin", False) == [(0, 3)]  # four characters do get cut: "ABin" -> "AB"
    assert glued._rule_cuts("ABin", False) == [(0, 2)]

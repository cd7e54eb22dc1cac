"""Stop 47 (s47-speed, issue 17): pysbd's sentences located without a pattern per sentence must be
the spans pysbd's own ``segment`` gives (pipeline/text/sentence_spans.py), on every English
paragraph of the repository's papers and of the ChinaXiv dev sample that goes to pysbd, and on
constructed cases of pysbd's matching rule (repeats, overlaps, a sentence not found, an empty one)."""

from __future__ import annotations

from pathlib import Path

import pysbd
import pytest

from pipeline.text import sentences as S
from pipeline.text.sections import split_sections
from pipeline.text.sentence_spans import located_spans

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent.parent / "shared" / "data" / "dev" / "chinaxiv" / "sample"
PAPERS = [REPO / "corpus" / "jin2025_autophagy_osteoporosis.md", REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md",
          *sorted((REPO / "corpus" / "new_papers").glob("*/*.*")), *sorted((REPO / "corpus" / "validation").glob("*/*.*"))]


def _pysbd_paragraphs() -> list[str]:
    """The English paragraphs ``split_sentences`` hands to pysbd (``_spans_en``'s test)."""
    docs = [(path.stem, path.read_text(encoding="utf-8", errors="replace")) for path in PAPERS]
    if SAMPLE.is_dir():
        docs += [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE.glob("*.md"))]
    out = []
    for doc_id, text in docs:
        for para in split_sections(doc_id, text):
            body = para.text.text
            if para.is_content and para.lang != "zh" and not para.is_heading and para.section not in (
                    "references", "title_zh", "title_en", "table") \
                    and len(body) <= S._PYSBD_MAX and S._TRICKY.search(body):
                out.append(body)
    return out


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    texts = _pysbd_paragraphs()
    assert len(texts) > 150
    return texts


def test_english_sentences_are_the_spans_pysbd_segment_gives(paragraphs):
    """``_spans_en`` (pysbd's sentences, located by ``located_spans``) equals the spans of
    ``pysbd.Segmenter(char_span=True).segment``, trimmed, on every paragraph that goes to pysbd."""
    reference = pysbd.Segmenter(language="en", clean=False, char_span=True)
    for text in paragraphs:
        expected = S._trimmed(text, ((p.start, p.end) for p in reference.segment(text)))
        assert S._spans_en(text) == expected, text[:120]
    assert sum(len(S._spans_en(t)) > 1 for t in paragraphs) > 100  # real splits, not whole paragraphs


def test_located_spans_follow_pysbd_matching_rule():
    """The first non-overlapping occurrence (from the text's start) ending after the previous span,
    whitespace after it included; a sentence not found is dropped; an empty one matches whitespace."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    cases = [
        (["aa", "aa"], "aaa aa"),  # "aa" at 1 overlaps the first: finditer resumes after it
        (["a", "aa"], "aaa"),  # searched from the text's start, not from the previous end: (0, 2)
        (["A b.", "A b.", "C."], "A b.  A b.\n C."),  # repeats: the second starts after the first
        (["Not here.", "X y."], "X y. Z."),
        (["", "X."], "  X. "),
        (["X.", ""], "X.   "),
        (["x", "x", "x"], "x"),  # found once; the later ones end no further: dropped
        (["In 2020 (n = 3).", "Then."], "In 2020 (n = 3).\u00a0\u2003Then."),  # Unicode spaces
    ]
    for sentences, text in cases:
        segmenter.original_text = text
        expected = [(p.start, p.end) for p in segmenter.sentences_with_char_spans(sentences)]
        assert located_spans(sentences, text) == expected, (sentences, text)


def test_papers_split_again_compile_no_pattern(paragraphs):
    """pysbd's rules over the papers' paragraphs are more patterns than ``re`` kept (512, oldest
    dropped first), so every paragraph compiled most of its rules again (pipeline/re_cache.py):
    with the cache raised when pysbd is first used, the paragraphs split a second time compile
    nothing."""
    import re._compiler as compiler

    for text in paragraphs:
        S._spans_en(text)
    calls = []
    original = compiler.compile
    compiler.compile = lambda *args: calls.append(args) or original(*args)
    try:
        for text in paragraphs:
            S._spans_en(text)
    finally:
        compiler.compile = original
    assert calls == []


_WORKERS_FIND = """
import multiprocessing, sys, tempfile, warnings
from pathlib import Path
warnings.filterwarnings("ignore")
from pipeline.batch import runner
from pipeline.config import Config
from pipeline.nlp.abbreviations import _abbreviation_nlp
found = multiprocessing.get_context("fork").SimpleQueue()
initialise = runner.init_worker
def init_worker(*args):
    found.put(_abbreviation_nlp.cache_info().currsize)  # built before this worker's first task?
    initialise(*args)
runner.init_worker = init_worker
out = Path(tempfile.mkdtemp())
runner.run_batch([Path(p) for p in sys.argv[1:]], Config(output_dir=out, make_docs=False), workers=2, full=True,
                 store=out / "store.sqlite", progress=False)
print(sorted(found.get() for _ in range(2)))
"""


def test_forked_workers_inherit_the_abbreviation_pipeline():
    """A pool of forked workers is given scispacy's abbreviation pipeline built by the process that
    forks them (``worker.share_before_fork``), instead of each building it on its first English
    paragraph with a short form in brackets (1.2 CPU-s each)."""
    import subprocess
    import sys

    papers = sorted((REPO / "corpus" / "new_papers" / "en").glob("*.txt"))[:2]
    out = subprocess.run([sys.executable, "-c", _WORKERS_FIND, *map(str, papers)], cwd=REPO, capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(REPO), "PATH": ""}).stdout
    assert out.strip().splitlines()[-1] == "[1, 1]"

"""Speed (issue 17, stop 37): the same answers from fewer tries.

- nlp/gene_context.py ``disease_parens``: ``_DISEASE_PAREN.finditer`` tried only in the regions
  where a match can start (before a short form "(X;"), with the same matches in the same order as
  the full scan, on every paragraph of the corpus and on made-up texts that put two short forms,
  a parenthetical and "type 3" next to each other (finditer's preference between overlapping
  matches is what the emulation must keep).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.nlp import gene_context

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path("/work/shared/data/dev/chinaxiv/sample")


def _full_scan(text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in gene_context._DISEASE_PAREN.finditer(text)]


def _regions(text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in gene_context.disease_parens(text)]


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    """Every paragraph and whole document of the reviews, corpus/new_papers, corpus/validation and
    (when present) the 20 ChinaXiv sample papers."""
    from pipeline.io.readers import read_file
    from pipeline.text.sections import split_sections

    corpus = REPO / "corpus"
    files = sorted(corpus.glob("*.md"))
    for folder in ("new_papers", "validation"):
        files += sorted(p for p in (corpus / folder).rglob("*") if p.suffix in (".md", ".txt"))
    if SAMPLE.is_dir():
        files += sorted(SAMPLE.glob("*.md"))
    out = []
    for path in files:
        for doc in read_file(str(path), path.read_bytes(), path.stem):
            out.append(doc.text)
            out += [p.text.text for p in split_sections(doc.doc_id, doc.text)]
    assert len(out) > 1000
    return out


CASES = [
    "X-linked hypophosphatemic rickets (XLH; OMIM 307800) is caused by mutations of PHEX.",
    "familial partial lipodystrophy (Dunnigan) type 3 (FPLD3; OMIM 604367) and fibrosis (CF, see)",
    # the parenthetical holds a short form itself: finditer takes the longer match (XYZ), not CF
    "cystic fibrosis (CF; see below) (XYZ; OMIM 1) and Alport syndrome type 2 (ATS2, 301050)",
    "中文中文纤维化fibrosis (AB; x) 综合征 syndrome (SY-1; 1) tumours (T1, a) (T2; b) nephropathy 3 (NP,",
    "deficiency deficiency (DD; 1) deficiency (ee; 2) ataxia ataxia(AT;",
]


@pytest.mark.parametrize("text", CASES)
def test_disease_parens_equal_the_full_scan_on_made_up_texts(text):
    assert _full_scan(text), text  # each case has a match: the comparison is not empty
    assert _regions(text) == _full_scan(text)


def test_disease_parens_keep_finditers_choice_of_the_longer_match():
    found = [m.group(m.lastindex) for m in gene_context.disease_parens(CASES[2])]
    assert found == ["XYZ", "ATS2"]


def test_disease_parens_equal_the_full_scan_on_random_texts():
    pieces = ["fibrosis", "syndrome", "nephropathy", "tumour", "type", " 3", "3", " ", "  ", "(", ")", "(", "CF",
              "XY-1", ";", ",", "中文", "纤维化", "-", ".", "a", "IV", "\n",
              " (CF;", "(XY-1,", " (see)", "fibrosis (", "syndrome type 2 (AB;"]
    rng = random.Random(37)
    tried = matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        expected = _full_scan(text)
        assert _regions(text) == expected, text
        tried += 1
        matched += bool(expected)
    assert matched > 1000, (tried, matched)


def test_disease_parens_equal_the_full_scan_on_the_corpus(corpus_texts):
    for text in corpus_texts:
        assert _regions(text) == _full_scan(text)


def test_disease_parens_try_no_position_outside_the_regions():
    # a long Chinese paragraph with one "(X;" at its end: only the word run before it is tried
    # (finditer tries every one of its positions, each to the end of the CJK run)
    text = "中" * 3000 + "。纤维化fibrosis (CF; 1)"
    tried = []
    real = gene_context._DISEASE_PAREN

    class Counting:
        def match(self, text, pos):
            tried.append(pos)
            return real.match(text, pos)

    gene_context._DISEASE_PAREN = Counting()
    try:
        found = [m.group(1) for m in gene_context.disease_parens(text)]
    finally:
        gene_context._DISEASE_PAREN = real
    assert found == ["CF"]
    assert min(tried) == 3001 and len(tried) == 1

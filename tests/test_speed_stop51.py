"""Stop 51 (s51-speed, issue 17): two word gates must leave every answer as it was, compared with the
patterns they gate on the paragraphs the annotator reads of the reviews, corpus/new_papers, corpus/validation,
the ChinaXiv dev sample (when present) and a synthetic corpus (``nlp_helpers.corpus_paragraphs``):

- relations/member_statements.py: ``member_first`` answers a gap without a copula (是, 属于, 作为) without
  ``_MEMBER_GAP``, none of whose matches lacks one;
- nlp/symbol_variants.py: ``_ANY_GREEK`` asks for a Greek designator at a token's end, where every match of
  ``_GREEK_DESIGNATED`` has it ("beta" of "TGF-beta"), not inside a word ("metabolism").
"""

from __future__ import annotations

import re

import pytest
from nlp_helpers import SAMPLE_PAPERS, corpus_paragraphs

from pipeline.nlp import symbol_variants as SV
from pipeline.relations import member_statements as M


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    out = corpus_paragraphs(tmp_path_factory.mktemp("synthetic51"), seed=51)
    if SAMPLE_PAPERS.is_dir():
        from pipeline.text.sections import split_sections

        for path in sorted(SAMPLE_PAPERS.glob("*.md")):
            out += [p.text.text for p in split_sections(path.stem, path.read_text(encoding="utf-8"))]
    return out


class _Untried:
    """A pattern that must not be asked."""

    pattern = M._MEMBER_GAP.pattern

    def match(self, *_args):
        raise AssertionError("_MEMBER_GAP tried on a gap without a copula")


# ChinaXiv-201812.00297V1 (member_statements docstring): the member, co-members blanked to spaces, the copula
NOX = ("NOX1和双氧化酶2(Duox2)是NADPH氧化酶家族成员", "NOX1", "NADPH氧化酶")
# corpus/validation/en/16806112.txt (PMID16806112): an English gap between two mentions, no copula
LIG_GAP = " treatment significantly decreased the level of malondialdehyde (MDA) and increased the activities of the "


def test_member_first_of_a_real_statement_and_a_real_english_gap(monkeypatch):
    text, member, whole = NOX
    gap = text[text.index(member) + len(member):text.index(whole)].replace("Duox2", "     ")
    after = text[text.index(whole) + len(whole):]
    assert M.member_first(gap, after, False)
    assert not M.member_first(LIG_GAP, "antioxidant enzyme", False)
    monkeypatch.setattr(M, "_MEMBER_GAP", _Untried())
    assert not M.member_first(LIG_GAP, "antioxidant enzyme", False)  # answered by the gate alone
    with pytest.raises(AssertionError):
        M.member_first(gap, after, False)  # a copula: the pattern decides


def test_member_gap_never_matches_without_a_copula(paragraphs):
    """Windows of every paragraph, of the lengths ``_membership_anywhere`` reads (up to 150 characters)."""
    tried = matched = 0
    for text in paragraphs:
        for start in range(0, len(text), 23):
            for size in (6, 20, 60, 150):
                gap = text[start:start + size]
                found = M._MEMBER_GAP.match(gap)
                if "是" not in gap and "属于" not in gap and "作为" not in gap:
                    assert found is None, gap
                    tried += 1
                matched += found is not None
    assert tried > 50_000 and matched > 0


def test_greek_designators_end_their_token():
    assert SV._ANY_GREEK.search("TGF-beta and IL-1β") is not None
    assert SV._ANY_GREEK.search("lipid metabolism in the machine") is None  # "eta", "chi" inside words
    assert [(d.stem, d.suffix) for d in SV.designated_tokens("Hsp90beta and PKC zeta")] == [
        ("Hsp90", "beta"), ("PKC", "zeta")]


def test_greek_gate_keeps_every_designated_token(paragraphs):
    """A paragraph the old gate (any Greek word or letter) let through and the new one stops holds no match."""
    old = re.compile(SV._GREEK)
    stopped = 0
    for text in paragraphs:
        if old.search(text) and not SV._ANY_GREEK.search(text):
            assert next(SV._GREEK_DESIGNATED.finditer(text), None) is None, text[:120]
            stopped += 1
    assert stopped > 100

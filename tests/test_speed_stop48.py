"""Stop 48 (s48-speed, issue 17): key folding's Greek-to-Latin step moved into the compiled folding
pass (``pipeline._core.fold_map_letters``) must give what the pure core gives — ``fold_map`` then
``str.translate`` — on every paragraph the annotator reads of the reviews, corpus/new_papers,
corpus/validation, the ChinaXiv dev sample (when present) and a synthetic corpus, and on constructed
cases (Greek letters, spelled Greek words, separators, characters outside the Basic Multilingual
Plane). Skipped cleanly when the compiled core is not built."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from nlp_helpers import SAMPLE_PAPERS, corpus_paragraphs

from pipeline._core import pure
from pipeline.nlp import keys

BUILT = importlib.util.find_spec("pipeline._core._speedups") is not None
FORCED_PURE = os.environ.get("PIPELINE_PURE_PYTHON", "") not in ("", "0")
needs_compiled = pytest.mark.skipif(not BUILT or FORCED_PURE,
                                    reason="compiled core not built (python setup.py build_ext --inplace) or forced off")

CONSTRUCTED = [
    "", " - ", "α", "TNF-α、IL-1β和NF-κB p65", "PPARγ_2 · Wnt/β-catenin", "NF-kappaB, IkappaB-alpha and TNF‐α",
    "ΑΒΓΔΚΩ µg μg ϑ ς", "alpha-beta gammaDelta epsilon", "İL-1β — PPARgamma_2 · x", "𠀀α𝛂 beta\t\n",
]


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), keys._GREEK_WORDS[m.group(1).lower()]) for m in keys._GREEK_WORD_RE.finditer(text)]


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    out = corpus_paragraphs(tmp_path_factory.mktemp("synthetic48"), seed=48)
    if SAMPLE_PAPERS.is_dir():
        from pipeline.text.sections import split_sections

        for path in sorted(SAMPLE_PAPERS.glob("*.md")):
            out += [p.text.text for p in split_sections(path.stem, path.read_text(encoding="utf-8"))]
    return out + CONSTRUCTED


def test_the_pure_letters_fold_is_fold_map_then_the_greek_table():
    text = "TNF-α、IL-1β和NF-κB p65 beta"
    words = _words(text)
    folded, starts, ends = pure.fold_map(text, words)
    got = pure.fold_map_letters(text, words, keys._GREEK_FROM, keys._GREEK_TO)
    assert got[0] == folded.translate(keys._GREEK_TABLE) == "TNFa、IL1b和NFkBp65b"
    assert list(got[1]) == list(starts) and list(got[2]) == list(ends)
    with pytest.raises(ValueError):
        pure.fold_map_letters(text, words, "ab", "a")


@needs_compiled
def test_compiled_letters_fold_equals_the_pure_one_on_every_paragraph(paragraphs):
    from pipeline._core import _speedups

    assert len(paragraphs) > 3000
    greek = 0
    for text in paragraphs:
        words = _words(text)
        got = _speedups.fold_map_letters(text, words, keys._GREEK_FROM, keys._GREEK_TO)
        want = pure.fold_map_letters(text, words, keys._GREEK_FROM, keys._GREEK_TO)
        assert (got[0], list(got[1]), list(got[2])) == (want[0], list(want[1]), list(want[2])), text
        assert got[1].typecode == got[2].typecode == "q"
        greek += any(c in keys._GREEK_FROM for c in text)
    assert greek > 100  # the Greek-letter path is exercised, not only the copy
    with pytest.raises(ValueError):
        _speedups.fold_map_letters("α", [], "ab", "a")


@needs_compiled
def test_compiled_letters_fold_maps_a_word_letter_a_wide_character_and_an_empty_table():
    from pipeline._core import _speedups

    text = "a αβ-x 𝛂 γ"
    words = [(2, 4, "Ω")]  # a word's letter, itself in the table
    for src, dst in (("", ""), (keys._GREEK_FROM, keys._GREEK_TO), ("𝛂x", "yz")):
        got = _speedups.fold_map_letters(text, words, src, dst)
        want = pure.fold_map_letters(text, words, src, dst)
        assert (got[0], list(got[1]), list(got[2])) == (want[0], list(want[1]), list(want[2])), src
    assert _speedups.fold_map_letters(text, words, keys._GREEK_FROM, keys._GREEK_TO)[0] == "aWx𝛂g"
    assert _speedups.fold_map_letters(text, words, "𝛂x", "yz")[0] == "aΩzyγ"
    for fold in (_speedups.fold_map_letters, pure.fold_map_letters):
        with pytest.raises(ValueError):  # one offset per word: a longer letter has no place in the map
            fold(text, [(2, 4, "ωΩ")], "", "")


def test_fold_with_map_uses_the_one_pass_fold():
    """nlp/keys.py folds through ``fold_map_letters`` (no ``str.translate`` of the whole paragraph)."""
    source = Path(keys.__file__).read_text(encoding="utf-8")
    body = source[source.index("def fold_with_map"):source.index("def fold_fast")]
    assert "fold_map_letters" in body and ".translate(" not in body
    key, case_form, starts, ends = keys.fold_with_map("TNF-α和β-catenin")
    assert (key, case_form, list(starts)) == ("tnfa和bcatenin", "TNFa和bcatenin", [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14])


def test_the_benchmark_corpus_with_english_abstracts_reaches_pysbd_and_the_abbreviation_detector(tmp_path):
    """bench/make_corpus.py ``english``: that share of documents opens with an English abstract from the
    development abstracts, the rest of each document as without it (its own random stream), and the
    abstracts reach the two English paths the reviews' text never reaches: pysbd (``_TRICKY``) and the
    English abbreviation detector's filter (a short form in parentheses)."""
    import re
    import sys

    from pipeline.nlp import abbreviations
    from pipeline.text import sentences

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from make_corpus import make_corpus

    plain = [p.read_text(encoding="utf-8") for p in make_corpus(tmp_path / "plain", n=40, seed=16)]
    mixed = [p.read_text(encoding="utf-8") for p in make_corpus(tmp_path / "mixed", n=40, seed=16, english=0.5)]
    abstract = re.compile(r"\n\n## Abstract\n\n([^\n]+)")
    found = [abstract.search(text) for text in mixed]
    assert 10 <= sum(f is not None for f in found) <= 30
    for before, after, f in zip(plain, mixed, found):
        assert (after if f is None else after[:f.start()] + after[f.end():]) == before
    english = [f.group(1) for f in found if f is not None]
    assert all(sum(c.isascii() for c in text) > 0.95 * len(text) for text in english)
    assert sum(sentences._TRICKY.search(text) is not None for text in english) >= 3
    assert sum(abbreviations._SHORT_IN_PARENS.search(text) is not None for text in english) >= 5


def test_the_role_noun_gate_answers_as_the_role_patterns_do(paragraphs):
    """relations/role_premodifiers.py ``may_name_role`` (asked once per sentence by effects._skipped) drops the
    optional co- prefix: it must find a role noun exactly where the full patterns (the gate of stop 47) find one."""
    import re

    from pipeline.relations import role_premodifiers as R

    full = re.compile(R._POSITIVE + "|" + R._NEGATIVE)
    texts = paragraphs + ["SREBP-1c的协同激活剂PGC-1β", "ATGL及其共激活剂CGI-58", "负性调控物", "辅助", "共激活", "正调节"]
    answers = [R.may_name_role(t) for t in texts]
    assert answers == [full.search(t) is not None for t in texts]
    assert sum(answers) > 20

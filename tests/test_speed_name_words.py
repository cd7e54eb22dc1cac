"""An extract's name before its code is searched for among the paragraph's last words only
(nlp/extract_abbreviations.py ``last_words_start``, issue 17, stop 46): the same match as a search
of the whole paragraph before the parenthesis, at every parenthesis of the reviews and the dev
papers."""

from __future__ import annotations

import re

from conftest import CORPUS, JIN, LI

from pipeline.nlp.extract_abbreviations import _NAME_WORDS, NAME_WORDS, following_herb, last_words_start

# corpus/validation/en/27444692.txt (validation PMID 27444692): the name is four words, after a long sentence
TFAE = ("ETHNOPHARMACOLOGICAL RELEVANCE: Radix Scutellariae (Scutellaria baicalensis Georgi, RS), a traditional "
        "herbal medicine commonly used to treat inflammation, hypertension, cardiovascular disease, bacterial and "
        "viral infections, is reported to treat lung cancer by supplements of modern medicine. The total flavonoid "
        "aglycones extract (TFAE) from RS is the most important composition for the pharmacodynamic")


def _befores() -> list[str]:
    paths = [LI, JIN, *sorted((CORPUS / "new_papers").glob("*/*.*")), CORPUS / "validation/en/27444692.txt"]
    out = []
    for path in paths:
        for para in path.read_text(encoding="utf-8").split("\n"):
            out += [para[:m.start()] for m in re.finditer(r"[(（]", para)]
    return out


def test_the_last_words_hold_every_match_a_whole_paragraph_search_finds():
    """Same span and text as ``_NAME_WORDS.search(before)`` at every parenthesis; with one word
    fewer the search would miss names that fill all six words, so the window is the tightest."""
    befores = _befores()
    assert len(befores) > 1000
    whole = re.compile(_NAME_WORDS.pattern)
    found = 0
    for before in befores:
        expected = whole.search(before)
        got = _NAME_WORDS.search(before, last_words_start(before, NAME_WORDS))
        assert (got and got.span()) == (expected and expected.span()), before[-80:]
        found += expected is not None
    assert found > 100
    six = "x " * 10 + "one two three four five six"
    assert _NAME_WORDS.search(six, last_words_start(six, NAME_WORDS)).group() == "one two three four five six"
    assert last_words_start(six, NAME_WORDS - 1) > six.index("one")


def test_last_words_start_counts_whitespace_runs_as_str_split_does():
    assert last_words_start("a  b\tc\u3000d ", 2) == len("a  b")
    assert last_words_start("a b", 5) == 0
    assert last_words_start("", 6) == 0


def test_the_extract_of_a_code_named_before_its_herb_is_still_found():
    """validation PMID 27444692: TFAE is the extract of RS, read after a long sentence."""
    at = TFAE.index("(TFAE)")
    after = at + len("(TFAE)")
    assert following_herb("TFAE", TFAE[:at], TFAE, after, [], {"RS": "HERB:RS"}) == "HERB:RS"

"""Stop 51 (s51-speed, issue 17): pysbd's abbreviation pass answered without a pattern scan per
abbreviation (pipeline/text/pysbd_abbreviations.py) must give pysbd's own answers: the per-line pass,
the whole ``process``, on every English paragraph of the repository's papers and of the ChinaXiv dev
sample that goes to pysbd, and the code-point facts the ``str.find`` search rests on."""

from __future__ import annotations

import re
import string
import sys

import pysbd
import pytest
from pysbd.lang.english import English as PysbdEnglish

from pipeline.text import sentences as S
from pipeline.text import pysbd_abbreviations as P
from tests.test_speed_stop47 import _pysbd_paragraphs

# corpus/validation/en/16806112.txt (PMID16806112): " P" and " p…" words hold the abbreviation "p",
# "vs." is one that ends no sentence
LIG = ("LIG treatment significantly decreased the level of malondialdehyde (MDA) and increased the activities of the "
       "antioxidant enzyme glutathione peroxidase (GSH-PX) and superoxide dismutase (SOD) in the ischemic brain tissues "
       "(P < 0.05 or P < 0.01 vs. FCI group). In addition, LIG provided a great increase in Bcl-2 expression as well as a "
       "significant decrease in Bax and caspase-3 immunoreactivities in the ischemic cortex.")


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    texts = _pysbd_paragraphs()
    assert len(texts) > 150
    return texts


def _reference(text: str) -> str:
    return PysbdEnglish.AbbreviationReplacer(text, PysbdEnglish).search_for_abbreviations_in_string(text)


def _fast(text: str) -> str:
    return P.English.AbbreviationReplacer(text, P.English).search_for_abbreviations_in_string(text)


def test_the_sentence_splitter_uses_the_faster_replacer():
    """``_spans_en``'s segmenter reads pysbd's English rules with this module's replacer."""
    assert S._pysbd().language_module is P.English
    assert issubclass(P.English, PysbdEnglish)
    assert P.English.AbbreviationReplacer.SENTENCE_STARTERS == PysbdEnglish.AbbreviationReplacer.SENTENCE_STARTERS


def test_a_real_sentence_gets_pysbd_marks():
    """The full stop of "vs." is marked (∯), the sentence's other full stops are not, as pysbd marks them;
    "p" opens a word after a space 3 times (" peroxidase", " P < 0.01", " provided"; "(P" is no word start),
    found by ``str.find`` as pysbd's ``findall`` finds them."""
    marked = _fast(LIG)
    assert marked == _reference(LIG)
    assert "vs∯ FCI" in marked and marked.count("∯") == 1
    assert P.occurrences(LIG, LIG.lower(), "p") == [" p", " P", " p"] == re.findall(r"(?:^|\s|\r|\n)p", LIG, re.I)
    assert [s.strip() for s in S._pysbd().processor(LIG).process()] == [
        LIG[:LIG.index(" In addition")], LIG[LIG.index("In addition"):]]


def test_lines_with_letters_lower_does_not_fold_as_ignorecase_go_to_the_pattern():
    """İ (two characters once lower-cased), ı and ſ (IGNORECASE's "i" and "s", not ``lower``'s): the
    pattern decides, and the answer is still pysbd's."""
    for odd in P._FOLDS:
        text = LIG.replace("the level", f"the {odd}level").replace("tissues", f"ti{odd}sues")
        assert P.occurrences(text, text.lower(), "is") is None
        assert _fast(text) == _reference(text)


@pytest.mark.parametrize("abbreviation", ["e.g", "Fig", "p2", ""])
def test_only_lower_case_letters_are_found_by_str_find(abbreviation):
    assert P.occurrences(LIG, LIG.lower(), abbreviation) is None


def test_occurrences_are_pysbd_findall_on_every_paragraph(paragraphs):
    """For every abbreviation of letters and every line: what pysbd's ``re.findall`` returns."""
    used = 0
    for text in paragraphs:
        for line in text.splitlines(True):
            lowered = line.lower()
            for abbr in PysbdEnglish.Abbreviation.ABBREVIATIONS:
                found = P.occurrences(line, lowered, abbr)
                if found is None:
                    continue
                assert found == re.findall(r"(?:^|\s|\r|\n){}".format(abbr), line, flags=re.IGNORECASE), (abbr, line[:80])
                used += bool(found)
    assert used > 1000


def test_the_pass_and_the_sentences_are_pysbd_on_every_paragraph(paragraphs):
    """The abbreviation pass per line and pysbd's whole ``process`` (sentences) are pysbd's own."""
    reference = pysbd.Segmenter(language="en", clean=False, char_span=True)
    fast = S._pysbd()
    marked = 0
    for text in paragraphs:
        line = text.replace("\n", "\r")
        assert _fast(line) == _reference(line), text[:80]
        marked += "∯" in _fast(line)
        assert fast.processor(text).process() == reference.processor(text).process(), text[:80]
    assert marked >= 10  # paragraphs with an abbreviation pysbd marks: 10 in the repository's papers, 13 with the dev sample


def test_whitespace_lower_case_and_ignorecase_facts_hold_for_every_code_point():
    """``str.isspace`` is ``\\s``; ``str.lower`` keeps one character but for İ; and an ASCII letter
    matches a character under IGNORECASE exactly when ``lower`` gives that letter, but for the three
    characters of ``_FOLDS`` (read from ``re`` itself)."""
    space = re.compile(r"\s")
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = set()
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert (space.match(ch) is not None) == ch.isspace(), hex(code)
        lowered = ch.lower()
        assert len(lowered) == 1 or ch == "\u0130", hex(code)
        if letters.match(ch) or lowered in string.ascii_lowercase:
            for letter in string.ascii_lowercase:
                if (re.fullmatch(letter, ch, re.IGNORECASE) is not None) != (lowered == letter):
                    odd.add(ch)
    assert odd == set(P._FOLDS)

"""Stop 52 (s52-speed, issue 17): fast paths that must leave every answer as it was.

- nlp/transposed_symbols.py: ``transposition_links`` builds the set of the other spellings' genes (a scan of every
  gene mention) for a numbered mention only once one of its transpositions names a gene, not for every one;
- nlp/extract_abbreviations.py: ``extract_phrase`` reads the word before its position by stepping back
  (``_last_word``), not by ``re.search(r"\S+$", before[:pos])`` over the whole text before it;
- nlp/latin_names.py: ``case_variant_mentions`` tries ``_PART_IN_TEXT`` (a look-behind and a case-insensitive
  alternation, tried at every character) only on a paragraph whose lower-cased text holds a part word;
- text/references.py: ``_author_year_starts`` tries ``_AUTHOR_YEAR`` and ``_ET_AL_YEAR`` at an entry start only
  where a year opens at the first character no author list holds (``_year_follows_names``); compared with the
  two patterns on every line of the default run's papers (and the ChinaXiv dev sample when present).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from nlp_helpers import corpus_files

import re

from pipeline.nlp import latin_names as L
from pipeline.nlp.extract_abbreviations import _last_word
from pipeline.nlp.matcher import Mention
from pipeline.nlp.transposed_symbols import transposition_links
from pipeline.text import references as R

# corpus/new_papers/zh/ChinaXiv-201810.00267V1.md, line 116: two author-year entries (the English one and its
# bracketed Chinese translation) ...
AUTHOR_YEAR_ENTRY = ("GAO Y,ZHENG P,YANL,et al,2013.Effects and preliminary mechanism of matrine onchronic alcoholic "
                     "liver injury in rats [J].Chin Psychopharm Bul,29(7):1012-1016.[高艳，郑萍，闫琳，等,2013．苦参碱对大鼠"
                     "慢性 酒精性肝损伤的作用及初步机制研究[J]．中国药理学通报,29(7):1012-1016.]")
# ... line 122: the OCR's "2O12" for 2012, and the next entry run on after the translation's "]"
OCR_YEAR_ENTRY = ("SUN YJ,2O12.Extraction of totalflavonoids from acanthopanax senticosus stems and leaves and their "
                  "antioxidant effects [D].Changchun: Jilin Agriculture University.[孙永杰，2012．刺五加茎叶中总黄酮的提取及其"
                  "抗氧化 功效研究[D]．长春：吉林农业大学.] SULTAN M, BEN-ARI Z, MASOUD R, et al, 2017. Interleukin-1")


def _reference_starts(text: str) -> list[int]:
    """``_author_year_starts`` as it was before stop 52: both patterns tried at every entry start."""
    starts = []
    for m in R._ENTRY_END.finditer(text):
        pos = m.end()
        if text[pos:pos + 1] == "[":
            continue
        if (R._AUTHOR_YEAR.match(text, pos) or R._ET_AL_YEAR.match(text, pos)) and (not starts or pos - starts[-1] > 20):
            starts.append(pos)
    return starts


class _Untried:
    """A pattern that must not be asked."""

    def __init__(self, name: str):
        self.name = name

    def match(self, *_args):
        raise AssertionError(f"{self.name} tried where no year follows the names")


# corpus/new_papers/zh/ChinaXiv-201707.00654V1.md, line 121: a numbered entry; after each of its entry starts
# ("Cheng", "The", "Journal") the names run into a ":" before any year
NUMBERED_ENTRY = ("[1] Cheng T Y, Cramb S M, Baade P D, et al. The International Epidemiology of Lung Cancer: Latest "
                  "Trends，Disparities，and Tumor Characteristics. Journal of thoracic oncology : official publication of "
                  "the International Association for the Study of Lung Cancer, 2016,11(10):1653-1671.")


def test_author_year_entries_found_and_numbered_entries_not_tried(monkeypatch):
    assert R._author_year_starts(AUTHOR_YEAR_ENTRY) == [0]
    assert R._author_year_starts(OCR_YEAR_ENTRY) == [0, OCR_YEAR_ENTRY.index("SULTAN")]
    assert len(list(R._ENTRY_END.finditer(NUMBERED_ENTRY))) == 3
    monkeypatch.setattr(R, "_AUTHOR_YEAR", _Untried("_AUTHOR_YEAR"))
    monkeypatch.setattr(R, "_ET_AL_YEAR", _Untried("_ET_AL_YEAR"))
    assert R._author_year_starts(NUMBERED_ENTRY) == []  # answered without the patterns
    with pytest.raises(AssertionError):
        R._author_year_starts(AUTHOR_YEAR_ENTRY)  # a year after the names: the patterns decide


def test_same_starts_on_every_line_of_the_papers():
    lines = [line for path in corpus_files(Path(__file__).resolve().parents[1])
             for line in path.read_text(encoding="utf-8", errors="ignore").splitlines() if line.strip()]
    assert len(lines) > 1000
    found = 0
    for line in lines:
        expected = _reference_starts(line)
        assert R._author_year_starts(line) == expected, line[:120]
        found += bool(expected)
    assert found >= 5  # the papers' author-year reference lists were read


def test_same_starts_on_random_author_lists():
    pieces = ["GAO Y", "ZHENG P", "et al", "et al.", "等", "高艳", ",", "，", ", ", "、", "&", ".", "．", " ", "\n",
              "2013", "2O12", "1O99", "19", "20", "[J]", "(2)", "[", "]", ":", "Smith", "O'Neil", "Ben-Ari", "’", "-",
              "1", "a", "．", "Effects of X"]
    rng = random.Random(52)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert R._author_year_starts(text) == _reference_starts(text), text


class _CountedText(str):
    """A mention's text that counts its ``casefold`` calls."""

    calls = 0

    def casefold(self):
        _CountedText.calls += 1
        return super().casefold()


def test_transpositions_scan_the_other_mentions_only_for_a_named_transposition():
    # corpus/validation/zh/ChinaXiv-201711.00749V1.md (test_relations_zh_precision_s28): "…等均可诱导Samd7产生" in a
    # review that writes Smad2, Smad3, Smad4 and Smad7; its other numbered genes (here 40 "Cyp" spellings) are
    # transpositions of nothing the paper writes
    ids = {"smad2": "HGNC:6768", "smad3": "HGNC:6769", "smad4": "HGNC:6770", "smad7": "HGNC:6773", "samd7": "HGNC:25394"}
    texts = ["Smad2", "Smad3", "Smad4", "Smad4", "Smad7", "Samd7"] + [f"Cyp{n}" for n in range(1, 41)]
    mentions = [Mention(0, len(t), ids.get(t.casefold(), f"HGNC:CYP{i}"), "GENE", "dictionary", _CountedText(t))
                for i, t in enumerate(texts)]
    smads = frozenset({"FPLX:SMAD"})

    def parents_of(entity_id):
        return smads if entity_id in ("HGNC:6768", "HGNC:6769", "HGNC:6770", "HGNC:6773") else frozenset()

    _CountedText.calls = 0
    links = transposition_links(mentions, lambda surface: ids.get(surface.casefold()), parents_of)
    assert links == {("samd7", "HGNC:25394"): "HGNC:6773"}
    assert _CountedText.calls < 10 * len(mentions)  # no scan of all 46 mentions for each of them (3,774 before)


def _last_word_by_pattern(text: str, end: int) -> tuple[int, int] | None:
    hit = re.search(r"\S+$", text[:end])
    return None if hit is None else hit.span()


def test_last_word_is_the_pattern_answer_at_every_position_of_the_papers():
    # every position of every line of the default run's papers, and a final newline or spaces
    lines = [line for path in corpus_files(Path(__file__).resolve().parents[1], with_sample=False)
             for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()[:40]]
    checked = 0
    for line in lines[:1200]:
        line = line[:300]  # the pattern's own time grows with the square of the length
        for text in (line, line + "\n", line + " \n", "\u3000" + line):
            for end in range(0, len(text) + 1, 5):
                assert _last_word(text, end) == _last_word_by_pattern(text, end), (text[:60], end)
                checked += 1
    assert checked > 10000
    # test_nlp_herb_extract_codes_en's phrase ("…of the ethanolic extract of Forsythia suspensa root (EFS)"): read back
    before = "the anti-tumor activity of the ethanolic extract of Forsythia suspensa root "
    assert before[slice(*_last_word(before, len(before.rstrip())))] == "root"
    assert _last_word("\n\n", 2) is None and _last_word("ab\n", 3) == (0, 2) and _last_word("ab\n\n", 4) is None


class _UntriedSearch:
    """A pattern that must not be asked."""

    pattern = L._PART_IN_TEXT.pattern

    def finditer(self, *_args):
        raise AssertionError("_PART_IN_TEXT tried on a paragraph without a part word")


def test_latin_part_words_gate_the_pattern(monkeypatch):
    # corpus/validation/en/24312343.txt (PMID24312343): the title names 玉竹 in a title's case; the next sentence of a
    # paper (corpus/validation/en/16806112.txt, LIG_GAP of test_speed_stop51) no part word
    title = "Extracts of Rhizoma polygonati odorati prevent high-fat diet-induced metabolic disorders in C57BL/6 mice."
    plain = " treatment significantly decreased the level of malondialdehyde (MDA) and increased the activities of the "
    table = {"rhizoma polygonati odorati": "HERB006754"}
    found = L.case_variant_mentions(title, [], table)
    assert [(m.text, m.entity_id) for m in found] == [("Rhizoma polygonati odorati", "HERB006754")]
    for word in ("RADİX", "radıx", "ſemen", "Fructus", "SEMEN"):  # IGNORECASE's letters str.lower() does not fold
        assert L._PART_IN_TEXT.search(f"the {word} of") and L.may_name_part(f"the {word} of"), word
    monkeypatch.setattr(L, "_PART_IN_TEXT", _UntriedSearch())
    assert L.case_variant_mentions(plain, [], table) == []  # answered by the gate alone
    with pytest.raises(AssertionError):
        L.case_variant_mentions(title, [], table)


def test_part_gate_lets_every_match_through_on_the_papers():
    lines = [line for path in corpus_files(Path(__file__).resolve().parents[1])
             for line in path.read_text(encoding="utf-8", errors="ignore").splitlines() if line.strip()]
    matched = [line for line in lines if L._PART_IN_TEXT.search(line)]
    assert len(matched) >= 5
    assert all(L.may_name_part(line) for line in matched)
    assert sum(L.may_name_part(line) for line in lines) < len(lines) / 5  # and shuts most of them

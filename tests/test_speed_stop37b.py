"""Speed (issue 17, stop 37, second wave): relation typing remembers per sentence what its rules
asked of the same two mentions again.

- effects.py ``_between`` (the text between two mentions, the other mentions blanked): asked
  30,456 times over 200 files of the 16x benchmark corpus for 13,645 distinct (sentence, lo.end,
  hi.start); with the sentence's ``SentenceContext`` it is remembered there by the two offsets it
  depends on, and only for the span list the context was built from (another list: computed).
- ``_side_role``'s "attenuated inducer" question (roles.is_attenuated_inducer) is about the target
  mention alone: remembered in the context's ``sides`` like the other per-mention answers
  (9,436 calls, 1,722 distinct).

With the memories off (the context without ``spans``/``betweens``/``sides``: the old path) every
pair of every sentence of the default run's corpus and the sample papers gets the same
``PairLabel``.

- nlp/herb_context.py ``contractions``: the scans for two table characters in a row (and for the
  fixed pairs) opened with a look-ahead, tried at every character of every paragraph (an
  ``lru_cache``d pattern, which bench/pattern_times.py does not see); they now consume the first
  character and look ahead at the rest: the same starts as the stop-36 patterns (kept here) on
  every paragraph and on random texts of table characters.
- text/word_gate.py ``may_hold``: a case-insensitive pattern with no first character to skip ahead
  by is tried only on a text that holds one of the words its every match holds, or a character
  IGNORECASE matches to an ASCII letter that ``str.lower`` does not give (İ ı ſ K): effects.py
  ``_activity_before`` (``_ACTIVITY_BEFORE``) gives the pattern's answer before every mention of every
  sentence and on random windows; ``_BINDING_WORD``, model_subjects ``_GENOTYPE_CONTRAST`` and
  cue_scope ``_MEDIUM`` and ``_AIM_OPENER`` never match a sentence (or a prefix of one) their gate
  turns away, and match in made-up texts written with the odd characters.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest
from nlp_helpers import corpus_files, entity_pairs

from pipeline._core import blank_spans
from pipeline.nlp import herb_context
from pipeline.relations import cue_scope, effects, model_subjects
from pipeline.text import word_gate
from pipeline.relations.effects import SentenceContext, Span, label_pair

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sentences(pair_sentences):
    return pair_sentences


def _old_path(context: SentenceContext) -> SentenceContext:
    """The context without the per-sentence memories of ``_between`` and ``_side_role``."""
    return dataclasses.replace(context, spans=None, betweens=None, sides=None, starts=None)


def test_every_pair_gets_the_label_of_the_old_path(sentences):
    """Every pair of every sentence: the same PairLabel (label, agent, cue, weight, negation,
    hedging) with the memories as without; the memory is used (it holds answers) and every answer
    it holds is ``blank_spans`` of its two offsets."""
    pairs = remembered = 0
    for text, spans in sentences:
        context = SentenceContext.of(text, spans)
        old = _old_path(SentenceContext.of(text, spans))
        for a, b in entity_pairs(spans):
            assert label_pair(text, spans, a, b, context=context) == label_pair(text, spans, a, b, context=old), (text, a, b)
            pairs += 1
        for (lo, hi), between in context.betweens.items():
            assert between == blank_spans(text, lo, hi, spans)
            remembered += 1
        assert not old.betweens
    assert pairs > 10000 and remembered > 5000


def test_between_uses_the_memory_only_for_the_contexts_own_spans():
    """Sample ChinaXiv-201711.00904V1's construction, shortened: with the context's span list the
    answer is remembered; with another list (a mention left out, as ``_at_anaphor`` does) it is
    computed from that list, not taken from the memory."""
    text = "使SIRT1的位点可被AMPK所磷酸化,这造成SIRT1失活,从而促进p53的乙酰化"
    sirt1, ampk, sirt1_again, p53 = (Span(text.index(w, at), text.index(w, at) + len(w), "GENE", w)
                                     for w, at in (("SIRT1", 0), ("AMPK", 0), ("SIRT1", 20), ("p53", 0)))
    spans = [sirt1, ampk, sirt1_again, p53]
    context = SentenceContext.of(text, spans)
    assert context.spans is spans and context.betweens == {}
    full = effects._between(text, sirt1, p53, spans, context)
    assert "SIRT1" not in full and "AMPK" not in full and full.startswith("的位点")
    assert context.betweens == {(sirt1.end, p53.start): full}
    fewer = [sirt1, ampk, p53]
    assert "SIRT1失活" in effects._between(text, sirt1, p53, fewer, context)
    assert effects._between(text, p53, sirt1, spans, context) is full  # either order: the same two offsets
    assert len(context.betweens) == 1


def _old_pair_starts(text: str, table, pairs) -> list[int]:
    """The stop-36 scans of ``herb_context.contractions``: look-aheads only."""
    starts = [m.start() for m in re.compile(f"(?=[{re.escape(''.join(table))}]{{2}})").finditer(text)]
    if pairs:
        fixed = re.compile("(?=" + "|".join(map(re.escape, sorted(pairs))) + ")")
        starts = sorted({*starts, *(m.start() for m in fixed.finditer(text))})
    return starts


def _new_pair_starts(text: str, table, pairs) -> list[int]:
    starts = [m.start() for m in herb_context._pair_pattern("".join(table)).finditer(text)]
    if pairs:
        fixed = herb_context._fixed_pair_pattern(tuple(sorted(pairs)))
        starts = sorted({*starts, *(m.start() for m in fixed.finditer(text))})
    return starts


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    """Every paragraph of the reviews, corpus/new_papers, corpus/validation and the sample papers."""
    from pipeline.io.readers import read_file
    from pipeline.text.sections import split_sections

    files = corpus_files(REPO)
    out = []
    for path in files:
        for doc in read_file(str(path), path.read_bytes(), path.stem):
            out += [p.text.text for p in split_sections(doc.doc_id, doc.text)]
    assert len(out) > 1000
    return out


def test_contraction_scans_find_the_starts_of_the_look_ahead_scans(annotator, paragraphs):
    """The dictionary's contraction table and fixed pairs: the same starts (overlapping pairs
    included) on every paragraph and on 3,000 random texts of table characters, pair characters
    and others; the new patterns open with a character (``re`` skips ahead by it), the old none."""
    from re import _compiler, _parser

    table, pairs = annotator.contraction_table(), annotator.contraction_pairs()
    assert len(table) > 20 and pairs
    found = 0
    for text in paragraphs:
        new = _new_pair_starts(text, table, pairs)
        assert new == _old_pair_starts(text, table, pairs), text[:80]
        found += len(new)
    rng = random.Random(37)
    alphabet = "".join(table) + "".join(pairs) + "汤散之加以, a1"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        new = _new_pair_starts(text, table, pairs)
        assert new == _old_pair_starts(text, table, pairs), text
        found += len(new)
    assert found > 10000

    def prefix(pattern: re.Pattern):
        return _compiler._get_charset_prefix(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)

    assert prefix(herb_context._pair_pattern("".join(table)))
    assert prefix(herb_context._fixed_pair_pattern(tuple(sorted(pairs))))
    assert not prefix(re.compile(f"(?=[{re.escape(''.join(table))}]{{2}})"))


def test_activity_gate_gives_the_patterns_answer(sentences):
    """Before every mention of every sentence (and at every 7th offset), and on 5,000 random
    windows of the pattern's pieces, the odd case-folding characters among them: the gated answer
    is the pattern's; the gate's words and folds are what IGNORECASE needs."""
    checked = matched = 0
    for text, spans in sentences:
        for start in sorted({sp.start for sp in spans} | set(range(0, len(text), 7))):
            expected = effects._ACTIVITY_BEFORE.search(text[max(0, start - 90):start]) is not None
            assert effects._activity_before(text, start) == expected, (text, start)
            checked += 1
            matched += expected
    rng = random.Random(17)
    pieces = ["phosphorylation", "activity", "activation", "nuclear translocation", " of ", "the ", "serum ",
              "Akt", " and ", ", ", "p-", "phospho", "PHOSPHO-", "磷酸化", "的", "actıvity", "phoſpho", "İ", "K",
              "ACTIVATION OF ", "levels", "x", " "]
    for _ in range(5000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = effects._ACTIVITY_BEFORE.search(window[-90:]) is not None
        assert effects._activity_before(window, len(window)) == expected, window
        matched += expected
    assert checked > 50000 and matched > 1000
    assert effects._ACTIVITY_BEFORE.search("actıvity of ") and not any(w in "actıvity of " for w in effects._ACTIVITY_WORDS)


def test_the_odd_folds_are_res_own():
    """Every character outside ASCII that IGNORECASE matches to an ASCII letter, read from ``re``."""
    folds = {c for c in map(chr, range(128, 0x110000)) if re.fullmatch("[a-z]", c, re.IGNORECASE)}
    assert folds == set(word_gate.ASCII_FOLDS)
    assert not word_gate.may_hold("Ganoderma acid", ("whether",))
    assert word_gate.may_hold("WHETHER", ("whether",)) and word_gate.may_hold("aſſociation", ("binding",))


_GATED = [(effects._BINDING_WORD, effects._BINDING_WORDS), (model_subjects._GENOTYPE_CONTRAST, model_subjects._GENOTYPE_WORDS),
          (cue_scope._MEDIUM, cue_scope._MEDIUM_WORDS), (cue_scope._AIM_OPENER, cue_scope._AIM_WORDS)]


@pytest.mark.parametrize("pattern, words", _GATED, ids=["binding", "genotype", "medium", "aim"])
def test_a_gated_pattern_never_matches_where_its_gate_says_no(sentences, pattern, words):
    """Every sentence and its prefixes at every 5th offset (``is_aim`` reads the words before the
    agent, ``in_aim_clause`` a clause): no match where ``may_hold`` says no; the gate lets through
    every text with a match; on made-up texts of the pattern's words, some with ſ/ı/K in them, too."""
    texts = [text[:end] for text, _ in sentences for end in range(0, len(text) + 5, 5)]
    turned = matched = 0
    for text in texts:
        if not word_gate.may_hold(text, words):
            assert pattern.search(text) is None, text
            turned += 1
        else:
            matched += pattern.search(text) is not None
    assert turned > 1000 and matched > 50
    rng = random.Random(5)
    pieces = [*words, *(w.upper() for w in words), *(w.replace("s", "ſ").replace("i", "ı") for w in words),
              " ", "to ", "we ", "诱导", "液", "medium", "KO", "Ｋ", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if pattern.search(text):
            assert word_gate.may_hold(text, words), text

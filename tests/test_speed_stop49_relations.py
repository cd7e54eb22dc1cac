"""Stop 49 (s49-speed-rel, issue 17): answers remembered per sentence (relations/sentence_memo.py) or found
by a shorter scan must be the answers of the code they replace.

The remembered functions are compared with their own undecorated code (``__wrapped__``) on every sentence of
the repository's papers (the two reviews, corpus/new_papers and corpus/validation) and of the ChinaXiv dev
sample, asked in the order the pairs of a sentence ask (the same arguments again, other sentences between),
and the rewritten scans with the formulations they replace."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.relations import (
    anti_process,
    baseline_groups,
    cascade,
    causatives,
    coordination,
    cue_scope,
    dose_conditions,
    effects,
    excluded,
    excluded_elements,
    groups,
    member_statements,
    model_subjects,
    negation,
    ratio,
    roles,
    treated_groups,
    treatment,
)
from pipeline.relations.cues import clause_breaks, find_cues
from pipeline.relations.sentence_memo import per_sentence
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent.parent / "shared" / "data" / "dev" / "chinaxiv" / "sample"
PAPERS = [REPO / "corpus" / "jin2025_autophagy_osteoporosis.md", REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md",
          *sorted((REPO / "corpus" / "new_papers").glob("*/*.md")), *sorted((REPO / "corpus" / "validation").glob("*/*.md"))]

# (function, how many integer offsets it takes after the text); the remembered functions of this stop
REMEMBERED = [(causatives.caused_change, 2), (member_statements.may_state, 0), (anti_process.may_apply, 0),
              (roles.list_tail_end, 1), (roles._listed_loss, 1), (roles.is_deprived, 2), (roles.in_role_descriptor, 2),
              (roles.is_readout, 2), (dose_conditions.may_name_a_dose, 0), (dose_conditions.dose_adjunct, 2),
              (dose_conditions.named_by_dose, 2), (negation.negates, 2), (cascade._clause_spans, 2),
              (excluded.excluded_conjunct, 1), (treatment.treated_with, 2), (cue_scope.in_aim_clause, 2),
              (cue_scope.has_own_subject, 2), (treated_groups.treated_group, 2), (ratio.ratio_denominator, 2)]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    docs = [(path.stem, path.read_text(encoding="utf-8")) for path in PAPERS]
    if SAMPLE.is_dir():
        docs += [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE.glob("*.md"))[:8]]
    out = [s.text for doc_id, text in docs for s in split_sentences(split_sections(doc_id, text))]
    assert len(out) > 2000
    return out


def _offsets(text: str, rng: random.Random, n: int) -> list[tuple[int, ...]]:
    """``n`` argument tuples of 0-2 offsets in ``text``, each asked twice (as two pairs of a sentence ask)."""
    out = []
    for _ in range(3):
        a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        out.append((a, b)[:n])
    return out + out[::-1]


def test_remembered_answers_are_the_functions_own(sentences):
    """Every remembered function answers as its undecorated code, for every sentence, with repeated
    arguments and with the sentences interleaved (the memo is dropped when the text changes)."""
    rng = random.Random(49)
    asked = 0
    for i in range(0, len(sentences), 8):  # every eighth sentence: the test's time
        text, other = sentences[i], sentences[i - 1] or "x"
        if not text:
            continue
        for function, n in REMEMBERED:
            for args in _offsets(text, rng, n):
                expected = function.__wrapped__(text, *args)
                assert function(text, *args) == expected, (function.__name__, text[:80], args)
                function(other, *_offsets(other, rng, n)[0])  # another sentence in between
                assert function(text, *args) == expected, (function.__name__, text[:80], args)
                asked += 1
    assert asked > 15_000


def test_baseline_alone_and_group_questions_with_their_mentions(sentences):
    """``groups.baseline_alone`` (text, agent's words) as its own code, for every word of each sentence."""
    for text in sentences[:3000]:
        for word in set(text.split()[:12]):
            assert groups.baseline_alone(text, word) == groups.baseline_alone.__wrapped__(text, word), (text[:80], word)


def test_in_reported_clause_and_loss_before_on_real_breaks_and_mentions(sentences):
    """The remembered questions that take the sentence's breaks or a mention span."""
    rng = random.Random(7)
    for text in sentences[:4000]:
        breaks = clause_breaks(text)
        for _ in range(4):
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            assert cue_scope.in_reported_clause(text, a, b, breaks) == cue_scope.in_reported_clause.__wrapped__(text, a, b, breaks)
            span = effects.Span(a, b, rng.choice(["GENE", "HERB", "COMPOUND", "PATHWAY"]), "X")
            assert effects._loss_before(text, span) == effects._loss_before.__wrapped__(text, span), (text[:80], span)


def test_memo_holds_one_sentence_and_passes_keyword_calls_on():
    """The memo is keyed by the text object: a new text object is asked again, an equal one too; keyword calls
    are not remembered."""
    calls = []

    @per_sentence
    def question(text: str, at: int, wide: int = 0) -> bool:
        calls.append((text, at, wide))
        return text[at:at + 1 + wide] == "X"

    one, two = "aXb", "".join(["a", "X", "b"])
    assert one == two and one is not two
    assert question(one, 1) and question(one, 1) and len(calls) == 1
    assert not question(one, 0) and len(calls) == 2
    assert question(two, 1) and len(calls) == 3  # another sentence object: computed again
    assert question(one, 1) and len(calls) == 4  # the memo held ``two`` only
    assert not question(one, 1, wide=1) and not question(one, 1, wide=1) and len(calls) == 6


def test_governing_cue_is_the_last_matching_cue(sentences):
    """``_governing_cue``'s scan from the end finds what the former list of every matching cue ended with."""
    rng = random.Random(3)
    found = 0
    for text in sentences[:3000]:
        cues = find_cues(text)
        if not cues:
            continue
        starts = [c.start for c in cues]
        for _ in range(6):
            lo, hi = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            owned = frozenset(rng.sample(starts, rng.randrange(len(starts) + 1)))
            inside = [c for c in cues if lo <= c.start and c.end <= hi and c.start not in owned
                      and (c.kind in effects.EFFECT_CLASSES or c.kind == "via")]
            expected = inside[-1] if inside else None
            assert effects._governing_cue(cues, lo, hi, owned) is expected
            found += expected is not None
    assert found > 500


def test_break_in_is_any_break_in_the_range(sentences):
    rng = random.Random(5)
    for text in sentences[:3000]:
        breaks = clause_breaks(text)
        for _ in range(6):
            lo, hi = sorted(rng.randrange(len(text) + 2) for _ in range(2))
            assert effects._break_in(breaks, lo, hi) == any(lo <= b < hi for b in breaks)
            assert effects._break_in(breaks, hi, lo) == any(hi <= b < lo for b in breaks)


def test_item_gap_remembered_is_the_pattern_answer():
    gaps = [", ", " and ", "、", "和", ", and ", " (", " were ", " such as ", ", protease-1 (", "", " increased "]
    for gap in gaps * 2:
        assert coordination.is_item_gap(gap) == coordination.is_item_gap.__wrapped__(gap)
    assert coordination.is_item_gap(", ") and not coordination.is_item_gap(" were ")


def test_sentence_gates_of_the_partner_rules_never_hide_a_mention_they_would_drop(sentences):
    """``may_name_baseline``, ``may_exclude`` and ``may_name_model_stimulus`` answer False only for sentences
    where their rule drops no mention, at any offsets; each is True for some sentences and False for others."""
    rng = random.Random(11)
    gates = [(baseline_groups.may_name_baseline, baseline_groups.is_baseline_group),
             (excluded_elements.may_exclude, excluded_elements.is_excluded),
             (model_subjects.may_name_model_stimulus, lambda t, s, e: model_subjects.is_model_stimulus(t, s, e, ()))]
    constructed = ["a non-PLC-dependent PKC pathway", "a PLC-\u0130ndependent pathway", "低于OXA组", "in LPS-ſtimulated PBMCs",
                   "compared with the LPS group", "PLC-independent", "NON-PLC/PKC"]
    for gate, rule in gates:
        answers = []
        for text in sentences + constructed:
            open_ = gate(text)
            answers.append(open_)
            if open_:
                continue
            for start in range(0, len(text) + 1, 3):
                end = min(len(text), start + rng.randrange(1, 8))
                assert not rule(text, start, end), (gate.__name__, text[:80], start, end)
        assert 0 < sum(answers) < len(answers), gate.__name__
    assert all(excluded_elements.may_exclude(t) for t in constructed[:2] + constructed[5:])
    assert model_subjects.may_name_model_stimulus(constructed[3])  # ſ (U+017F) reads as "s" to the pattern

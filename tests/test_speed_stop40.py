"""Speed (issue 17, stop 40): ``word_gate.may_hold`` without a generator and without a per-character set test.

``may_hold`` gates eight case-insensitive patterns (~41,000 calls over the 16x benchmark corpus, 2.5 % of
``process_file``). It answered "no" — its common answer — after ``ASCII_FOLDS.isdisjoint(text)``, which walks the
text one character object at a time, and its ``any(word in lowered for word in words)`` ran a generator. Four
``in`` tests (C substring scans) and a plain loop give the same answer ~2.3x faster. The stop-37 implementation is
kept here and compared on the reviews' lines and their windows, for every word tuple the package gates with, and on
texts holding each of the four characters that IGNORECASE folds onto an ASCII letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relations import cue_scope, effects, model_inducers, model_subjects
from pipeline.text import word_gate

REPO = Path(__file__).resolve().parents[1]
WORD_TUPLES = (cue_scope._MEDIUM_WORDS, cue_scope._AIM_WORDS, model_inducers._INDUCING_WORDS_EN,
               effects._ACTIVITY_WORDS, effects._BINDING_WORDS, model_subjects._GENOTYPE_WORDS)


def stop37_may_hold(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words) or not word_gate.ASCII_FOLDS.isdisjoint(text)


def _texts() -> list[str]:
    lines = [line for path in sorted(REPO.glob("corpus/*.md")) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    windows = [line[i:i + 40] for line in lines[:400] for i in range(0, len(line), 17)]
    folds = [f"{a}{c}{b}" for c in sorted(word_gate.ASCII_FOLDS) for a, b in (("", ""), ("the ", " cells"), ("见", "组"))]
    return [*lines, *windows, *folds, "", "ASSESS", "Whether", "whEther", "ı", "aſſociation"]


@pytest.mark.parametrize("words", WORD_TUPLES, ids=lambda w: w[0])
def test_may_hold_answers_as_the_stop37_gate(words):
    texts = _texts()
    assert len(texts) > 2000
    answers = [word_gate.may_hold(t, words) for t in texts]
    assert answers == [stop37_may_hold(t, words) for t in texts]
    assert any(answers) and not all(answers)  # both answers occur on the texts


def test_a_folding_character_alone_lets_the_pattern_decide():
    for c in word_gate.ASCII_FOLDS:
        assert word_gate.may_hold(f"no gate word here {c}", ("whether",))
    assert not word_gate.may_hold("no gate word here", ("whether",))

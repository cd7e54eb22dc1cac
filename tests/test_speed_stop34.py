"""Speed (issue 17, stop 34): the cue scan (relations/cues.py ``find_cues``) tries fewer places
and folds less, with the same cues on every sentence of the default run's corpus and the sample
batch.

- ``_anchors`` splits a class's pattern at its top-level ``|`` only: the split at every ``|``
  made "s", "ed", "ing" anchors of the down/activate/inhibit classes (pieces of groups such as
  "clear(?:ing|s|ed|ance)"), so those classes were tried in nearly every English sentence.
- The "contains" class's "(?:active|bioactive|main|major) (?:compound|…)" had no anchor, so the
  class was scanned over every sentence; its group's words are its anchors now.
- ``_cue_starts`` translates the four letters ``re.IGNORECASE`` matches with ASCII letters (İ ı ſ K)
  only when one of them is in the sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relations import cues
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path("/work/shared/data/dev/chinaxiv/sample")


@pytest.fixture(scope="module")
def corpus_sentences() -> list[str]:
    """Every sentence of the reviews, corpus/new_papers, corpus/validation and (when present) the
    20 ChinaXiv sample papers."""
    from pipeline.io.readers import read_file

    corpus = REPO / "corpus"
    files = sorted(corpus.glob("*.md"))
    for folder in ("new_papers", "validation"):
        files += sorted(p for p in (corpus / folder).rglob("*") if p.suffix in (".md", ".txt"))
    if SAMPLE.is_dir():
        files += sorted(SAMPLE.glob("*.md"))
    out = []
    for path in files:
        for doc in read_file(str(path), path.read_bytes(), path.stem):
            out += [s.text for s in split_sentences(split_sections(doc.doc_id, doc.text))]
    assert len(out) > 5000
    return out


def test_cues_tried_at_the_anchors_equal_a_scan_of_every_class_everywhere(corpus_sentences, monkeypatch):
    variants = ["Icariin UP-REGULATED GPX4 and Did Not change ACSL4.", "Baicalein ınhibits İNDUCED ſuppression",
                "the MAIN COMPONENTS of the extract; Bioactive principles", "clearance of Aβ, clears and cleared"]
    texts = corpus_sentences + variants
    fast = [cues.find_cues(t) for t in texts]
    monkeypatch.setattr(cues, "_cue_starts", lambda text: dict.fromkeys(cues.CUE_PATTERNS))  # scan everywhere
    full = [cues.find_cues(t) for t in texts]
    assert fast == full
    assert sum(map(len, full)) > 10000  # 14,194 cues: not vacuous
    assert {c.kind for c in fast[-2]} == {"contains"} and {c.kind for c in fast[-1]} == {"down"}


def test_every_alternative_of_every_class_has_an_anchor():
    # "(?:active|bioactive|main|major) (?:compound|component|principle)s?" had none: the class was
    # scanned over every sentence
    assert not cues._ALWAYS
    assert {"active", "bioactive", "main", "major"} <= set(cues._ANCHORS["contains"])


def test_pieces_of_groups_are_no_anchors():
    # "clear(?:ing|s|ed|ance)\b", "evok(?:e|es|ed|ing)\b": "s", "ed", "ing" are inside groups
    assert not {"s", "ed", "es", "ing", "ance"} & {a for anchors in cues._ANCHORS.values() for a in anchors}
    assert cues._alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]


def test_a_sentence_without_their_words_opens_neither_class():
    # li2025_ferroptosis_osteoporosis (reviews): no word of "contains" or "down"; its "s" and "ed"
    # opened "down" and "contains" was opened everywhere
    text = "The development of OP is closely related to iron-induced cell death."
    present = cues._cue_starts(text)
    assert "contains" not in present and "down" not in present
    assert present["activate"] == [text.index("induced")]

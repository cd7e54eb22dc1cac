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
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline._core import blank_spans
from pipeline.relations import effects
from pipeline.relations.effects import SentenceContext, Span, label_pair
from pipeline.relations.facts import facts_of

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path("/work/shared/data/dev/chinaxiv/sample")


@pytest.fixture(scope="module")
def sentences(annotator):
    """(text, spans) of every sentence with two entities or more of the reviews, corpus/new_papers,
    corpus/validation and (when present) the 20 ChinaXiv sample papers."""
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
            for s in facts_of(annotator.annotate(doc.doc_id, doc.text)).sentences:
                spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members))
                         for m in s.mentions]
                if len({sp.entity_id for sp in spans}) >= 2:
                    out.append((s.text, spans))
    assert len(out) > 2000
    return out


def _pairs(spans):
    ids = list(dict.fromkeys(sp.entity_id for sp in spans))
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]


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
        for a, b in _pairs(spans):
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

"""Shared fixtures: the committed dictionaries, one annotator, one run over the bundled corpus."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
LI = CORPUS / "li2025_ferroptosis_osteoporosis.md"
JIN = CORPUS / "jin2025_autophagy_osteoporosis.md"

warnings.filterwarnings("ignore", category=FutureWarning)


@pytest.fixture(scope="session")
def annotator():
    from pipeline.api import annotator_for
    from pipeline.config import Config

    return annotator_for(Config(dictionaries=REPO / "dictionaries"))


@pytest.fixture(scope="session")
def corpus_run():
    """The two bundled reviews (corpus/new_papers/ is run in tests/test_evaluation_gold_sets.py):
    co-mention scores are relative to the documents of a run, so the reviews' floors are pinned
    on a run of the reviews alone."""
    from pipeline.api import run
    from pipeline.config import Config

    return run([LI, JIN], Config(dictionaries=REPO / "dictionaries"))


@pytest.fixture(scope="session")
def corpus_sentences(annotator):
    """(text, spans) of every sentence with a mention of the default run's corpus and the sample papers
    (tests/nlp_helpers.corpus_sentences), annotated once for the speed tests that compare rewrites on them."""
    from tests.nlp_helpers import corpus_sentences as sentences_of

    return sentences_of(annotator, REPO)


@pytest.fixture(scope="session")
def pair_sentences(corpus_sentences):
    """The ``corpus_sentences`` with two entities or more: the sentences whose pairs the relation rules type, for the
    tests that compare a speed rewrite (memo, skip, gate) with asking every rule."""
    out = [(text, spans) for text, spans in corpus_sentences if len({sp.entity_id for sp in spans}) >= 2]
    assert len(out) > 2000
    return out


def annotate_sentence(annotator, text: str, doc_id: str = "test"):
    """Mentions of a one-paragraph document, as (surface, entity_id) pairs."""
    adoc = annotator.annotate(doc_id, text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions]


@pytest.fixture(scope="session")
def mentions_of(annotator):
    return lambda text: annotate_sentence(annotator, text)


@pytest.fixture(scope="session")
def pairs_of(annotator):
    """text -> {(entity id, entity id): PairLabel} for every pair of the sentence (tests/nlp_helpers.typed_pairs)."""
    from tests.nlp_helpers import typed_pairs
    return lambda text: typed_pairs(annotator, text)


@pytest.fixture(scope="session")
def facts(annotator):
    """text -> the document facts (relations/facts.py) of the text annotated as one document."""
    from pipeline.relations.facts import facts_of
    return lambda text: facts_of(annotator.annotate("t", text))


@pytest.fixture(scope="session")
def gene_id(annotator):
    """HGNC id of an approved symbol, read from the committed dictionary (no guessed numbers)."""
    by_symbol = {e.name: e.id for e in annotator.dictionary.entities.values() if e.type == "gene"}
    return by_symbol.__getitem__

"""An opening "It" that is the dummy subject of an extraposed clause ("It was also observed that …",
"It is reported in several studies that …") refers to nothing, so it is not resolved to the previous
sentence's herb (pipeline/nlp/coreference.py ``is_expletive_it``); a referential "It" ("It is the
herbal medicine widely used …") still is. Sentences from corpus/validation/en."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS

from pipeline.nlp.coreference import opening_pronoun


def _sentence(pmid: str, opening: str) -> str:
    text = (CORPUS / "validation" / "en" / f"{pmid}.txt").read_text(encoding="utf-8")
    start = text.index(opening)
    return text[start:text.index(".", start) + 1]


@pytest.mark.parametrize("pmid, opening", [
    ("25373392", "It was also observed that the levels of cytochrome"),  # the extract is named at the end
    ("26697674", "It is reported in several studies that the mechanism"),
    ("26697674", "It is generally accepted that"),
    ("15207385", "It has been reported that adlay"),
])
def test_an_extraposition_it_is_not_resolved(pmid, opening):
    assert opening_pronoun(_sentence(pmid, opening)) is None


def test_a_referential_it_is_still_resolved():
    # PMID 24282433: the sentence after "Cortex Moutan …" describes the herb itself
    sentence = _sentence("24282433", "It is the herbal medicine")
    assert opening_pronoun(sentence) == (0, 2)


@pytest.mark.parametrize("sentence", [
    "It was found to inhibit the expression of COX-2 in a dose-dependent manner.",  # raising: It is the agent
    "It significantly increased Bax and decreased Bcl-2.",
])
def test_it_as_the_agent_of_a_finding_is_resolved(sentence):
    assert opening_pronoun(sentence) == (0, 2)


def test_the_document_keeps_no_herb_at_the_dummy_subject(annotator):
    """In the whole abstract the expletive sentence gets no coreference mention (it had the herb)."""
    text = (CORPUS / "validation" / "en" / "25373392.txt").read_text(encoding="utf-8")
    doc = annotator.annotate("PMID25373392", text)
    sentence = next(s for s in doc.sentences if "It was also observed that" in s.sentence.text)
    assert [m.entity_id for m in sentence.mentions if m.how == "coreference"] == []
    assert "HGNC:19986" in {m.entity_id for m in sentence.mentions}  # cytochrome c is still found

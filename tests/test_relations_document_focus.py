"""Bare co-mentions of agents a paper does not study rank below its own agents' (relations/document_focus.py).

Real abstracts of corpus/validation/en: PMID23717095 (dexamethasone only as a comparator of Korean red
ginseng), PMID23231502 (biotin as a word of a method, green tea polyphenols as background of a 4-HNE paper);
none of their pairs with a gene is in the gold, and each stood among validation_en's top |gold| rows."""

from pathlib import Path

import pytest

from pipeline.relations.document_focus import PERIPHERAL_WEIGHT, peripheral_agent, studied_agents
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import sentence_pairs

VALIDATION = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"
DEXAMETHASONE, RED_GINSENG, IL4, IL10 = "CPD:dexamethasone", "HERB002319", "HGNC:6014", "HGNC:5962"
BIOTIN, POLYPHENOLS, HNE, PIN1 = "CPD:biotin", "MESH:D059808", "MESH:C027576", "HGNC:8988"


@pytest.fixture(scope="module")
def doc_facts(annotator):
    return lambda pmid: facts_of(annotator.annotate(f"PMID{pmid}", (VALIDATION / f"{pmid}.txt").read_text()))


def _weights(doc, x: str, y: str) -> list[tuple[float, float]]:
    """(stored weight, weight as the sentence alone types it) of the pair in each sentence naming it."""
    out = []
    for s in doc.sentences:
        fresh = {frozenset((p.a[1], p.b[1])): p.weight for p in sentence_pairs(s.text, s.mentions)}
        for p in s.typed_pairs():
            if {p.a[1], p.b[1]} == {x, y}:
                out.append((p.weight, fresh[frozenset((x, y))]))
    return out


def test_a_comparator_named_once_is_no_studied_agent(doc_facts):
    doc = doc_facts("23717095")
    studied = studied_agents(doc.sentences)
    assert RED_GINSENG in studied and DEXAMETHASONE not in studied  # ginseng: the title's, named throughout
    # "examined … interleukin (IL)-4 and IL-10 in splenocytes compared with dexamethasone": no cue, lowered
    for gene in (IL4, IL10):
        weights = _weights(doc, DEXAMETHASONE, gene)
        assert weights and all(stored == pytest.approx(alone * PERIPHERAL_WEIGHT) for stored, alone in weights)
    # "RG decreased not only the mRNA expression of IL-4 and IL-10": the paper's own finding is untouched
    assert all(stored == alone for stored, alone in _weights(doc, RED_GINSENG, IL4))


def test_method_and_background_agents_of_another_paper(doc_facts):
    doc = doc_facts("23231502")
    studied = studied_agents(doc.sentences)
    assert HNE in studied and not {BIOTIN, POLYPHENOLS} & studied
    for agent in (BIOTIN, POLYPHENOLS):  # "click chemistry conjugation with biotin", "green tea polyphenols"
        weights = _weights(doc, agent, PIN1)
        assert weights and all(stored < alone for stored, alone in weights)


def test_cued_or_negated_rows_and_agent_pairs_are_kept():
    studied = frozenset({"CPD:a"})
    bare = ["COMPOUND", "CPD:b", "GENE", "HGNC:1", 10, "associated", False, False, 0.5, ""]
    assert peripheral_agent(bare, studied)
    assert not peripheral_agent(["COMPOUND", "CPD:a", *bare[2:]], studied)  # the studied agent
    assert not peripheral_agent([*bare[:6], True, *bare[7:]], studied)  # a stated non-effect
    assert not peripheral_agent([*bare[:5], "downregulates", *bare[6:]], studied)
    assert not peripheral_agent([*bare, "effect", 3, 8, "blocked"], studied)  # a cue word states it
    assert not peripheral_agent(["COMPOUND", "CPD:b", "COMPOUND", "CPD:c", *bare[4:]], studied)

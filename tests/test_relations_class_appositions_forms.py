"""More forms of a compound class describing the compound named beside it (relations/class_appositions.py,
stop 39): no partner.

* a title's capitals, "by the Flavonoid Fisetin" (new_papers_en PMID23618921: Fisetin–Flavonoids and
  Flavonoids–NFE2L2/ATF4 were extracted, none gold);
* a definite appositive after the name, "naringenin, the flavonoid with cytoprotective action" (free pool
  PMID15613745, checked there, not copied);
* a head noun between class and name, "its major flavonoid constituent, astragalin" (free pool PMID11903231);
* an open modifier and a two-word class, "glycyrrhizin, a sweet-tasting triterpene saponin" (free pool
  PMID25779384).

The sentences below are from new_papers_en; the free-pool forms are rebuilt on its fisetin (the pool is not
copied into tests).
"""

from __future__ import annotations

from pipeline.relations.facts import facts_of

FISETIN, FLAVONOIDS, NRF2, ATF4 = "CPD:fisetin", "MESH:D005419", "HGNC:7782", "HGNC:786"
SAPONIN, TRITERPENE = "CPD:saponin", "CPD:triterpene"


def _pairs(annotator, text: str) -> set[frozenset[str]]:
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}


def test_a_title_case_class_before_the_name(annotator):
    title = ("Concurrent Regulation of the Transcription Factors Nrf2 and ATF4 Mediates the Enhancement of "
             "Glutathione Levels by the Flavonoid Fisetin.")  # new_papers_en PMID23618921
    found = _pairs(annotator, title)
    assert not any(FLAVONOIDS in pair for pair in found)
    assert frozenset((FISETIN, NRF2)) in found and frozenset((FISETIN, ATF4)) in found


def test_a_definite_appositive_after_the_name(annotator):
    text = "It acts through Nrf2, possibly due to fisetin, the flavonoid with cytoprotective action on neurons."
    found = _pairs(annotator, text)
    assert not any(FLAVONOIDS in pair for pair in found)
    assert frozenset((FISETIN, NRF2)) in found


def test_a_head_noun_between_the_class_and_the_name(annotator):
    text = "Its major flavonoid constituent, fisetin, increased Nrf2 levels."
    found = _pairs(annotator, text)
    assert not any(FLAVONOIDS in pair for pair in found)
    assert frozenset((FISETIN, NRF2)) in found


def test_an_open_modifier_and_a_two_word_class(annotator):
    text = "While fisetin, a sweet-tasting triterpene saponin, is the principal compound, it increased Nrf2 levels."
    found = _pairs(annotator, text)
    assert not any(SAPONIN in pair or TRITERPENE in pair for pair in found)
    assert frozenset((FISETIN, NRF2)) in found


def test_a_definite_list_item_after_a_name_stays(annotator):
    # "X, the Y and Z": no article after the comma opens no appositive; a plain list keeps its classes
    text = "The extract contained fisetin, flavonoids and tannins, which increased Nrf2 levels."
    found = _pairs(annotator, text)
    assert any(FLAVONOIDS in pair for pair in found)

"""A compound class written before the compound's name ("the flavonoid calycopterin") is no partner
(relations/class_appositions.py, the mirror of "Rg1, as a ginsenoside").

Real sentences: validation_en PMID23639191 (three: "the flavonoid calycopterin", "a natural neuroprotective
flavonoid, calycopterin", "a natural flavone, calycopterin"; Flavonoids–CREB, Flavone–Nrf2 pathway and
Dracocephalum contains Flavonoids stood in the top |gold|, none gold), PMID15843826 ("a novel synthetic retinoid
Am80"), new_papers_en PMID23618921 ("the flavonoid fisetin")."""

from pipeline.relations.class_appositions import class_appositions
from pipeline.relations.facts import facts_of

CREB, FLAVONOIDS, FLAVONE, CALYCOPTERIN = "FPLX:CREB", "MESH:D005419", "CPD:flavone", "MESH:C533734"


def _pairs(annotator, text: str) -> set[frozenset[str]]:
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}


def _ids(annotator, text: str) -> set[str]:
    return {m.entity_id for item in annotator.annotate("t", text).sentences for m in item.mentions}


def test_the_class_before_a_named_compound_is_no_partner(annotator):
    text = ("Herein, we investigated the effect of a natural neuroprotective flavonoid, calycopterin, on H2O2-induced "
            "disruption of phase II detoxifying enzyme system and cAMP response element binding protein (CREB) "
            "phosphorylation.")
    assert FLAVONOIDS in _ids(annotator, text)  # still found (mentions.csv)
    found = _pairs(annotator, text)
    assert frozenset((CALYCOPTERIN, CREB)) in found
    assert not any(FLAVONOIDS in pair for pair in found)


def test_the_class_with_a_determiner_and_no_comma(annotator):
    text = ("Involvement of p-CREB and phase II detoxifying enzyme system in neuroprotection mediated by the flavonoid "
            "calycopterin isolated from Dracocephalum kotschyi.")
    found = _pairs(annotator, text)
    assert not any(FLAVONOIDS in pair for pair in found)
    assert any(CALYCOPTERIN in pair and CREB in pair for pair in found)
    text = ("CONCLUSION: We provided documentation of neuroprotective effect of a natural flavone, calycopterin, against "
            "H2O2-induced oxidative stress in differentiated PC12 cells by modulating the level of CREB phosphorylation "
            "and Nrf2 pathway.")
    assert not any(FLAVONE in pair for pair in _pairs(annotator, text))


def test_a_list_of_classes_keeps_its_classes(annotator):
    # PMID23411259: coordinated classes with no determiner name kinds of compounds, not one named compound
    text = ("Epidemiological studies suggest that citrus fruits and compounds such as flavonoids, limonoids and pectins "
            "have health promoting effects.")
    s = facts_of(annotator.annotate("t", text)).sentences[0]
    assert FLAVONOIDS in {m.entity_id for m in s.mentions}
    assert not any(s.mentions[i].entity_id == FLAVONOIDS for i in class_appositions(s.text, s.mentions))

"""Stop 34: the by-agent of an event noun with coordinated objects (relations/by_agents.py): "Dual inhibition of
PI3K/Akt and mTOR by the dietary antioxidant,delphinidin", "Inhibition of ERK1/2 or PI3K/AKT signaling axis by
pertussis toxin". Every coordinated object shares the head noun and its agent; a class noun in apposition
("the dietary antioxidant,") may stand before the agent. Before, only an object right before "by" was read
(the later one) or none."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation_zh ChinaXiv-201801.00619V1, a reference title
DELPHINIDIN = "Dual inhibition of PI3K/Akt and mTOR by the dietary antioxidant,delphinidin, ameliorates psoriatic features"
# validation_en PMID26027517 (OCR as in the file: "ERK1    '2")
PERTUSSIS = ("Inhibition of ERK1    '2 or PI3K/AKT signaling axis by pertussis toxin or the C311A/C314A/L351A mutation in the "
             "C-terminus of LPA2 abrogated the effect of LPA on DNA repair.")


def test_each_coordinated_object_of_the_event_noun_takes_the_by_agent(annotator, gene_id):
    typed = typed_pairs(annotator, DELPHINIDIN)
    for target in ("AXIS:FPLX:PI3K/FPLX:AKT", gene_id("MTOR")):
        pair = typed[("CPD:delphinidin", target)]
        assert (pair.label, pair.agent) == ("inhibits", "CPD:delphinidin")


def test_the_first_of_two_objects_before_by_takes_the_agent(annotator):
    pair = typed_pairs(annotator, PERTUSSIS)[("FPLX:Pertussis_toxin", "AXIS:FPLX:PI3K/FPLX:AKT")]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:Pertussis_toxin")

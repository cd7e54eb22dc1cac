"""Stop 34: "<agent> protects <cells> from <Y>" gives the agent ``inhibits`` Y (relations/agent_nouns.protected_from):
what the cells are kept from is what the agent inhibits, as "protects against Y" already reads. Only the object of
"from" is read: a later mention of the clause ("… t hrough the SIRT1-FoxO1 pathway", a broken "through") is not
governed by it. Both pairs were left ``associated`` before."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation_zh ChinaXiv-201712.01000V1, a reference title (OCR glue as in the file)
PARKIN = "Parkin protectsdopaminergic neurons from excessive Wnt/beta-catenin signaling"
# sample ChinaXiv-202010.00047V1, a reference title (OCR break as in the file)
RESVERATROL = "Resveratrol protects cardiomyocytes from hypoxia-induced apoptosis t hrough the SIRT1-FoxO1 pathway"


def test_what_the_cells_are_protected_from_is_inhibited(annotator, gene_id):
    pair = typed_pairs(annotator, PARKIN)[(gene_id("PRKN"), "AXIS:FPLX:Wnt/HGNC:2514")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("PRKN"))


def test_only_the_object_of_from_is_inhibited(annotator, gene_id):
    typed = typed_pairs(annotator, RESVERATROL)
    pair = typed[("CPD:resveratrol", "hsa04210")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:resveratrol")
    assert typed[("CPD:resveratrol", "AXIS:HGNC:14929/HGNC:3819")].label == "associated"

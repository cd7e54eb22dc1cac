"""Stop 39: a genetic loss gerund opening its clause names the gene's loss (roles._LOSS_GERUND, GUIDELINES 5.5:
the sign is that of the gene itself). "Silencing OCT4A suppresses p21Cip1" (validation_en PMID26102294) says
OCT4A raises p21Cip1; the means "by silencing Bcl-2" is the agent's action and keeps its reading."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import roles

OCT4A = ("Silencing OCT4A suppresses p21Cip1, changes cell cycle regulation and subsequently suppresses terminal "
         "senescence; p21Cip1-silencing did not affect OCT4A expression or cellular phenotype.")  # validation_en PMID26102294


def test_silencing_a_gene_at_the_clause_opening_turns_its_sign(annotator, gene_id):
    pair = typed_pairs(annotator, OCT4A)[(gene_id("POU5F1"), gene_id("CDKN1A"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("POU5F1"))


def test_only_a_clause_opening_gerund_is_a_loss():
    text = "Curcumin induced apoptosis by silencing Bcl-2 in HepG2 cells."
    start = text.index("Bcl-2")
    assert not roles.is_loss_of_function(text, start, start + 5)
    text = "We found that knocking down SIRT1 increased p53 acetylation."
    start = text.index("SIRT1")
    assert roles.is_loss_of_function(text, start, start + 5)

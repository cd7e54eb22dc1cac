"""Stop 28, English relation typing of read-out clauses (issue 14): what an effect on a secreted
mediator means, passive and relative clauses whose agent is a treatment. Real sentences in
tests/data/readout_clause_sentences.tsv, with their source."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

SENTENCES = sentences_tsv("readout_clause_sentences.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


# --- an effect verb on a cytokine or chemokine is a change of its amount (mediators.py) -------

def test_an_inhibit_verb_on_serum_cytokines_and_chemokines_downregulates(typed, gene_id):
    pairs = typed("coe_serum_cytokines_en")
    for gene in ("IL4", "IL5", "IL13", "IL1B", "IL6", "TNF", "CCL17", "TSLP"):
        assert pairs[("HERB007151", gene_id(gene))].label == "downregulates", gene


def test_a_stimulate_verb_on_a_cytokine_upregulates(typed, gene_id):
    pairs = typed("pge2_stimulated_il1b_en")
    assert pairs[("MESH:D015232", gene_id("IL1B"))].label == "upregulates"


def test_mediators_are_ligands_not_receptors(gene_id):
    from pipeline.relations.mediators import is_mediator
    for gene in ("IL6", "IL1B", "TNF", "CCL2", "CXCL8", "IFNG", "TSLP"):
        assert is_mediator(gene_id(gene)), gene
    for gene in ("IL6R", "IL1RN", "TNFRSF11B", "TNFSF11", "IL4I1", "STAT3"):
        assert not is_mediator(gene_id(gene)), gene
    assert is_mediator("FPLX:IL1") and not is_mediator("FPLX:TNFRSF")

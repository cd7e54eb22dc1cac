"""Stop 27, label accuracy: composition and combination words of unseen abstracts — "the main
component of", "its active compound", "rich in", "所含" (contains); "plus", "synergy",
"Combination with X and Y" (combined_with). Real sentences of corpus/validation and
corpus/new_papers (tests/data/composition_sentences.tsv)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

SENTENCES = sentences_tsv("composition_sentences.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


@pytest.mark.parametrize("key, herb, compound", [
    ("ligustilide_component_en", "HERB001210", "CPD:ligustilide"),
    ("antrodia_active_compound_en", "HERB004186", "MESH:C545357"),
    ("tomato_contained_zh", "HERB001616", "CPD:esculeogenin-a"),
])
def test_a_herb_contains_its_named_constituent(typed, key, herb, compound):
    pair = typed(key)[(herb, compound)]
    assert (pair.label, pair.agent) == ("contains", herb)


@pytest.mark.parametrize("key, first, second", [
    ("leuprolide_plus_flutamide_en", "CHEBI:63597", "MESH:D005485"),
    ("vitamin_k_sorafenib_synergy_en", "CPD:vitamin-k", "CPD:sorafenib"),
    ("red_ginseng_combination_en", "HERB002319", "HERB002185"),
])
def test_drugs_given_together_are_combined(typed, key, first, second):
    assert typed(key)[(first, second)].label == "combined_with"


# --- effect words of unseen abstracts --------------------------------------------------------

def test_augmented_the_expression_raises_each_listed_gene(typed, gene_id):
    pairs = typed("pa_augmented_inhibitors_en")
    for gene in ("TIMP1", "TIMP2", "SERPINE1", "SERPINB2"):
        assert pairs[("HERB003181", gene_id(gene))].label == "upregulates", gene


def test_the_activities_of_the_antioxidant_enzymes_are_activated(typed):
    pairs = typed("lig_enzyme_activities_en")
    assert pairs[("CPD:ligustilide", "FPLX:GPX")].label == "activates"
    assert pairs[("CPD:ligustilide", "FPLX:SOD")].label == "activates"


def test_by_mediating_x_is_the_means_without_a_direction(typed, gene_id):
    # GUIDELINES 2: "A … via/through/by regulating X" with no direction for X -> via
    pairs = typed("dendrobium_by_mediating_en")
    assert pairs[("HERB005051", gene_id("RELA"))].label == "via"
    assert pairs[("HERB005051", "FPLX:p38")].label == "via"

"""Stop 25, English relation typing: label errors on found pairs and false positives ranked in
the top |gold| of corpus/gold/new_papers_en.csv and validation_en.csv, pinned on real sentences
(tests/data/en_typing_sentences.tsv, with their source; where the pipeline cannot yet resolve
an extract's code, the sentence names the herb the gold annotates, GUIDELINES 5.2)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

SENTENCES = sentences_tsv("en_typing_sentences.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


LPS = "MESH:D008070"


# --- a level word after a list: every item's level ---------------------------------------

def test_a_level_word_after_a_list_types_every_item(typed, gene_id):
    pairs = typed("lps_list_expression_en")
    for gene in ("IL1B", "IL6", "TNF"):
        assert pairs[(LPS, gene_id(gene))].label == "upregulates", gene


# --- a coordinated verb ends the level phrase before it ------------------------------------

def test_a_coordinated_verb_after_a_level_phrase_activates(typed, gene_id):
    pairs = typed("tea_ratio_caspases_en")
    for gene in ("CASP8", "CASP3"):
        assert pairs[("HERB000632", gene_id(gene))].label == "activates", gene

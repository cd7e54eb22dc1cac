"""Ordinary English words that HGNC writes in lower case as a gene's alias (CACFD1 "flower",
TBATA "spatial") are the word in running text: a lower-case gene mention on the learned plain-word
list (dictionaries/curated/plain_words_learned.tsv, bench/learn_gene_lists.py --plain-words) is
dropped without a gene cue (gene_context.refine)."""

import sys
from pathlib import Path

from nlp_helpers import genes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from learn_gene_lists import singular_of  # noqa: E402


def test_spatial_learning_is_no_tbata(annotator):
    # corpus/validation/en/18308784 (abstract)
    text = ("We conclude that Rg1 may significantly improve the spatial learning capacity impaired by chonic "
            "morphine administration and restore the morphine-inhibited LTP.")
    assert "spatial" not in genes(annotator, text)


def test_a_lower_case_gene_name_that_is_no_plain_word_stays(annotator):
    # corpus/validation/en/25859299: "quinone reductase" is NQO1's enzyme name (gene_synonyms.tsv)
    text = ("increasing the activity of quinone reductase, catalase, superoxide dismutase and glutathione "
            "transferase")
    assert "quinone reductase" in genes(annotator, text)


def test_the_singular_of_a_learned_plural_is_learned_too():
    assert singular_of("flowers") == "flower"
    assert singular_of("analysis") is None and singular_of("bodies") is None and singular_of("process") is None

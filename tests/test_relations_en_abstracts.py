"""Issue 14, English abstracts: entity and relation rules found reading the false positives
ranked in the top |gold| of corpus/gold/new_papers_en.csv, pinned on real sentences.

The sentences are in tests/data/en_abstract_sentences.tsv with their source.
"""

from __future__ import annotations

from nlp_helpers import sentences_tsv, typed_pairs

SENTENCES = sentences_tsv("en_abstract_sentences.tsv")


def _ids(annotator, key: str) -> list[str]:
    adoc = annotator.annotate("test", SENTENCES[key])
    return [m.entity_id for item in adoc.sentences for m in item.mentions]


# --- slash lists of one family are enumerations, not signalling axes ----------------------

def test_paralogs_joined_by_a_slash_are_no_axis(annotator, gene_id):
    ids = _ids(annotator, "mmp_slash_list_en")
    assert gene_id("MMP1") in ids and gene_id("MMP3") in ids
    assert not any(i.startswith("AXIS:") for i in ids)


def test_genes_of_different_families_joined_by_a_slash_stay_an_axis(annotator, gene_id):
    ids = _ids(annotator, "jak_stat_slash_en")
    assert f"AXIS:{gene_id('JAK2')}/{gene_id('STAT3')}" in ids


def test_a_reagent_named_by_paralogs_targets_each_of_them(annotator, gene_id):
    pairs = typed_pairs(annotator, SENTENCES["notch_antagonist_ref"])
    for gene in ("NOTCH2", "NOTCH3"):
        assert pairs[("DRUGBANK:DB12104", gene_id(gene))].label == "inhibits"

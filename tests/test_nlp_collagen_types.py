"""A collagen named by its type is that type's genes, not every collagen (nor the fuzzy
linker's MMP13 for "collagen III"): gene_context.collagen_type."""


def _genes(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]


def test_collagen_i_and_iii_are_col1_and_col3a1(annotator):
    # validation PMID23583903: gold COL1 (FamPlex) and COL3A1; ours were Collagen and MMP13
    genes = _genes(annotator, "The results show that the contents of collagen I, collagen III and TIMP-1 were "
                              "significantly inhibited.")
    assert ("collagen I", "FPLX:COL1") in genes
    assert ("collagen III", "HGNC:2201") in genes


def test_type_ii_collagen_at_a_sentence_start(annotator):
    genes = _genes(annotator, "Type II collagen and aggrecan were expressed by chondrocytes.")
    assert ("Type II collagen", "HGNC:2200") in genes  # COL2A1


def test_collagen_without_a_type_stays_the_family(annotator):
    genes = _genes(annotator, "Collagen deposition was reduced.")
    assert [e for _, e in genes] == ["FPLX:Collagen"]

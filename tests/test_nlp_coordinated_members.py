"""A gene name coordinating two numbers ("extracellular signal-regulated protein kinases 1 and 2")
names two members of a family, not the first one alone (nlp/family_sense.coordinated_family,
abbreviations: a short form of such a name is the family its dictionary entry names)."""


def _genes(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]


def test_kinases_1_and_2_and_their_short_form_are_the_erk_family(annotator):
    # validation PMID23571107: every ERK1/2 of the abstract was read as MAPK3 alone
    text = ("The severe defects in growth plate development caused by chondrocyte extracellular "
            "signal-regulated protein kinases 1 and 2 (ERK1/2) gain or loss-of-function suggest that tight "
            "spatial and temporal regulation of mitogen-activated protein kinase signaling is necessary to "
            "achieve harmonious growth plate elongation and structure. Those include dwarfism, constitutive "
            "ERK1/2 activation, strongly reduced Ihh expression and decreased chondrocyte proliferation.")
    genes = _genes(annotator, text)
    assert [e for t, e in genes if t == "ERK1/2"] == ["FPLX:ERK", "FPLX:ERK"]
    assert not any(e == "HGNC:6877" for _, e in genes)  # MAPK3 alone is never meant


def test_one_numbered_kinase_stays_that_gene(annotator):
    genes = _genes(annotator, "Extracellular signal-regulated kinase 1 (ERK1) was phosphorylated.")
    assert ("ERK1", "HGNC:6877") in genes

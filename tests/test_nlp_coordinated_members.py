"""A gene name coordinating two numbers ("extracellular signal-regulated protein kinases 1 and 2")
names two members of a family, not the first one alone (nlp/family_sense.coordinated_family,
abbreviations: a short form of such a name is the family its dictionary entry names)."""

from bench_helpers import bench_module


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


def test_slash_glued_members_that_list_a_family_are_the_family(annotator):
    """"Smad1/5/8" names SMAD1, SMAD5 and SMAD9 (Smad8 is SMAD9's alias), exactly the members of
    FamPlex SMAD1_5_9, so it is that family (GUIDELINES 5.14; nlp/slash_families.py), in English
    (BioRED train PMID 24632946) and in Chinese (validation ChinaXiv-201803.00487V1); "Smad2/3"
    stays the dictionary's SMAD2_3 family. Before stop 31 each member was a mention of its own."""
    text = ("The expression of the Msx2 gene and phosphorylated-Smad1/5/8, possible readouts of Bmp "
            "signaling, was also increased in the mutants. Smad2/3 was not.")
    genes = _genes(annotator, text)
    assert {e for _, e in genes} >= {"FPLX:SMAD1_5_9", "FPLX:SMAD2_3"}
    assert not {e for _, e in genes} & {"HGNC:6767", "HGNC:6771", "HGNC:6774"}
    genes = _genes(annotator, "SFRP2能够通过抑制间充质干细胞中Smad1/5/8的磷酸化水平，而抑制间充质干细胞的成骨分化。")
    assert ("Smad1/5/8", "FPLX:SMAD1_5_9") in genes


def test_slash_glued_members_stay_one_span_for_the_benchmarks(annotator):
    """BioRED and BC2GM annotate "Smad1/5/8" as one mention: bench/ner_eval joins the members
    back to the name (joined_coordinations)."""
    ne = bench_module("ner_eval")
    text = "BMP-2 induced phosphorylation of Smad1/5/8 in cells."
    spans = {(a, b) for a, b, _ in ne.predict(annotator, ne.Sample("t", text, []))}
    a = text.index("Smad1/5/8")
    assert (a, a + len("Smad1/5/8")) in spans

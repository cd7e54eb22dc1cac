"""Entities the Chinese validation gold needs and the annotator missed (issue 14, stop 28).

Each sentence is an excerpt of a Chinese validation paper, kept in
tests/data/recall_sentences_s28_zh.tsv with its source.
"""

from nlp_helpers import sentences_tsv

from pipeline.nlp.pathways import TRIGGER

SENTENCES = sentences_tsv("recall_sentences_s28_zh.tsv")


def mentions(annotator, key):
    adoc = annotator.annotate("t", SENTENCES[key])
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions]


def test_a_gene_dependent_pathway_is_the_genes_one_member_axis(annotator):
    # "MyD88依赖(性)途径" is the MyD88-dependent pathway: gold AXIS:HGNC:7562
    for key in ("myd88_dependent", "myd88_dependent_2"):
        assert "AXIS:HGNC:7562" in [e for _, e in mentions(annotator, key)], key


def test_a_gene_independent_pathway_is_no_axis_of_the_gene(annotator):
    found = mentions(annotator, "myd88_independent")
    assert [t for t, e in found if e == "AXIS:HGNC:7562"] == ["MyD88依赖性途径"]


def test_xinhao_tujing_is_a_pathway_word(annotator):
    # "NF-kB信号途径": the NF-κB map, as "NF-kB信号通路" is
    assert "hsa04064" in [e for _, e in mentions(annotator, "myd88_dependent")]


def test_xinhao_alone_after_a_gene_names_its_signalling(annotator):
    # "PKA信号也可以反过来影响…", "WNT信号在高糖诱导的血管钙化中的作用": the PKA axis, the Wnt map
    assert "AXIS:FPLX:PKA" in [e for _, e in mentions(annotator, "pka_signal")]
    assert "hsa04310" in [e for _, e in mentions(annotator, "wnt_signal")]


def test_xinhao_before_a_noun_of_its_own_is_no_pathway_word():
    # 信号分子 (signal molecule), 信号肽 (signal peptide): the gene itself, not its pathway
    for text in ("PKC信号分子", "EGF信号肽", "LC3信号强度"):
        assert TRIGGER.match(text, text.index("信号")) is None, text

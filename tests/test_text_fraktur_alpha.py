"""Stop 34: the PDF converter of the ChinaXiv papers writes the Greek alpha as a Fraktur a ("TNF- $\\mathfrak { a }$
-induced", "$\\mathfrak { a }$ -SMA"): 47 fragments in 19 validation, new and sample papers, and no other Fraktur
letter. Rendered as a plain "a" the alpha is lost ("tumor necrosis factor-a-induced": the participle no longer
follows the mention, so TNF's effect on IL-8 was left undirected); rendered as "α" it reads as written."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.text.normalize import normalize_text

# validation_zh ChinaXiv-201812.00711V1, a reference title
LGG = ("Alive and dead Lactobacilus rhamnosus GG decrease tumor necrosis factor- $\\mathfrak { a }$ -induced "
       "interleukin-8 production in Caco-2 cells")


def test_a_fraktur_a_is_the_greek_alpha():
    assert normalize_text("tumor necrosis factor- $\\mathfrak { a }$ -induced") == "tumor necrosis factor-α-induced"
    assert normalize_text("$\\mathfrak { a }$ -SMA阳性表达") == "α-SMA阳性表达"  # validation_zh ChinaXiv-201812.00642V1


def test_the_stimulus_with_its_alpha_raises_the_product(annotator, gene_id):
    pair = typed_pairs(annotator, normalize_text(LGG))[(gene_id("TNF"), gene_id("CXCL8"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("TNF"))

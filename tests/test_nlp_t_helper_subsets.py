"""Th1 (T helper 1 cells) is a cell subset, never a gene: HGNC's alias TH1 of NELFCD made "Th1/Th2平衡" a gene
with rows to every cytokine of the sentence (GUIDELINES 3: cell types are not genes, as OB/OC; curated
stoplist_terms.tsv drops the alias, like THP1)."""

# verbatim
ZH = ("既往研究表明，Th1或 Th2介导炎症细胞因子如 TNF- $\\mathbf { \\sigma } \\cdot \\mathbf { a }$ 和IL-10的水平在Th1/Th2平衡和 "
      "$\\mathrm { C D _ { 4 } ^ { + } T }$ 细胞扩增中起重要作用")  # new_papers ChinaXiv-202207.00046V1
EN = ("Airway resistance (RI) and lung compliance (Cdyn) were measured, histological studies were evaluated by the "
      "hematoxylin and eosin staining, Th1/Th2, OVA-specific serum, and BALF IgE levels and Th17 cytokines were "
      "evaluated by enzyme-linked immunosorbent assay")  # new_papers PMID23580257


def test_th1_is_no_gene(mentions_of):
    for text in (ZH, EN):
        assert not [m for m in mentions_of(text) if m[1] == "HGNC:15934"], text
    assert ("IL-10", "HGNC:5962") in mentions_of(ZH)

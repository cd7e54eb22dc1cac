"""A construct label after a gene symbol (a Cre driver line, a reporter fusion, a knockout genotype) is
not part of the gene mention (pipeline/nlp/gene_context.py ``_CONSTRUCT_TAG``), while a short tag that
is part of a name stays (CBF-A, PC-1). Real sentences of BioRED train (PMID given)."""

from nlp_helpers import genes


def test_a_cre_driver_line_names_the_gene_before_the_hyphen(annotator):
    # BioRED 26516699: gold "Pdx1"
    text = ("In this study, we investigated the global miRNA expression profile and their processing "
            "machinery during PC progression using the KrasG12D;Pdx1-Cre (KC) mouse model.")
    found = genes(annotator, text)
    assert "Pdx1" in found
    assert "Pdx1-Cre" not in found


def test_a_knockout_genotype_names_the_gene_before_the_hyphen(annotator):
    # BioRED 26027517: gold "LPA2"
    text = ("Furthermore, after irradiation higher residual gamma-H2AX levels were detected in the bone "
            "marrow or jejunum of irradiated LPA2-KO mice compared to WT mice.")
    found = genes(annotator, text)
    assert "LPA2" in found
    assert "LPA2-KO" not in found


def test_a_reporter_fusion_names_the_gene_before_the_hyphen(annotator):
    # BioRED 27630165: gold "IL-10"
    text = ("In this study, utilizing IFN-g-yellow fluorescent protein (YFP) and IL-10-GFP dual reporter "
            "mice, we show that primary malaria infection-induced CD4(+)YFP(+)GFP(+) T cells have "
            "limited memory potential.")
    found = genes(annotator, text)
    assert "IL-10" in found
    assert "IL-10-GFP" not in found

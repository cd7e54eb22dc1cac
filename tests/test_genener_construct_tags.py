"""A construct label after a gene symbol (a Cre driver line, a reporter fusion, a knockout genotype) is
not part of the gene mention (pipeline/nlp/gene_context.py ``_CONSTRUCT_TAG``), while a short tag that
is part of a name stays (CBF-A, PC-1). Real sentences of BioRED train (PMID given)."""

import pytest
from nlp_helpers import genes


@pytest.mark.parametrize("text, gene, construct", [
    # BioRED 26516699: gold "Pdx1" (a Cre driver line)
    ("In this study, we investigated the global miRNA expression profile and their processing "
     "machinery during PC progression using the KrasG12D;Pdx1-Cre (KC) mouse model.", "Pdx1", "Pdx1-Cre"),
    # BioRED 26027517: gold "LPA2" (a knockout genotype)
    ("Furthermore, after irradiation higher residual gamma-H2AX levels were detected in the bone "
     "marrow or jejunum of irradiated LPA2-KO mice compared to WT mice.", "LPA2", "LPA2-KO"),
    # BioRED 27630165: gold "IL-10" (a reporter fusion)
    ("In this study, utilizing IFN-g-yellow fluorescent protein (YFP) and IL-10-GFP dual reporter "
     "mice, we show that primary malaria infection-induced CD4(+)YFP(+)GFP(+) T cells have "
     "limited memory potential.", "IL-10", "IL-10-GFP"),
])
def test_a_construct_label_is_not_part_of_the_gene_mention(annotator, text, gene, construct):
    found = genes(annotator, text)
    assert gene in found
    assert construct not in found

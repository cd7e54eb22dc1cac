"""Stop 46 (s46-en-labels): a reduced relative after a list gives its by-agent to every item ("13 genes (CLDN2, …,
CD24 and JAG1) activated by TCF-4J isoform": TCF-4J activates each, not only the last); relations/by_agents.py
``_listed_participle``. Sentences copied from the documents named."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# BioRED dev PMID23651211 (BioRED: each gene Positive_Correlation with TCF7L2)
TCF4 = ("It was observed that 13 genes (CLDN2, STK17B, SPP1, AXIN2, WISP2, MMP7, IRS1, ANXA1, CAMK2N1, ASPH, GPR56, CD24 "
        "and JAG1) activated by TCF-4J isoform in HCC cells, were also upregulated in HCC tumours compared with adjacent "
        "peritumour tissue; more importantly, 10 genes exhibited a significant correlation with the TCF-4J expression "
        "level in tumour.")
# validation_en PMID15261763: a clause after the list ("and AE-AS-induced apoptosis could be inhibited by") is no item
AE_AS = ("A549 cells treated with AE-AS caused activation of caspase-9 and -3, and AE-AS-induced apoptosis could be "
         "inhibited by the broad-spectrum caspase inhibitor, z-VAD-fmk.")
# sample ChinaXiv-201711.01551V1 (a reference title): a verb phrase after the first names, not a list of mentions
MIR = ("MiR-20a and miR-106b negatively regulate autophagy induced by leucine deprivation via suppression of ULKl "
       "expression in C2C12 myoblasts")


def test_every_item_of_a_list_before_a_participle_takes_its_by_agent(annotator, gene_id):
    typed = typed_pairs(annotator, TCF4)
    for symbol in ("CLDN2", "AXIN2", "MMP7", "JAG1"):
        pair = typed[("FPLX:TCF_LEF", gene_id(symbol))]  # "TCF-4J" is read as the TCF/LEF family
        assert (pair.label, pair.agent) == ("activates", "FPLX:TCF_LEF"), symbol


def test_a_later_clause_is_not_read_as_more_items_of_the_list(annotator, gene_id):
    typed = typed_pairs(annotator, AE_AS)
    pair = typed[(gene_id("CASP9"), "MESH:C096713")]
    assert pair.label == "associated"


def test_a_verb_phrase_between_the_names_and_the_participle_is_no_list(annotator):
    typed = typed_pairs(annotator, MIR)
    for mir in ("HGNC:31577", "HGNC:31495"):  # MIR20A, MIR106B
        assert typed[("CPD:leucine", mir)].label == "associated", mir

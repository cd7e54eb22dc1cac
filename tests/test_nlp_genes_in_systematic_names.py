"""A gene symbol matched inside a systematic chemical name is no gene (nlp/name_fragments.py
``is_gene_in_systematic_name``); genes glued to ordinary words by a hyphen stay."""

from __future__ import annotations

from nlp_helpers import named


def test_no_genes_inside_an_enone_name(annotator):
    # validation38_en PMID23536521: "oct-2" was read as OCT2 (POU2F2), "en-1" as EN1
    text = ("This study was aimed to compare the in vitro effects of 3-methyl-1-phenyl-2-(phenylseleno)oct-2-en-1-one "
            "(C21H2HOSe; organoselenium) and sodium selenate (inorganic Se) on adenosine deaminase (ADA) activity, cell "
            "viability, lipid peroxidation, scavenger of nitric oxide (NO) and nonprotein thiols (NP-SH) content in the "
            "cerebral cortex slices of the young rats.")
    ids = {i for _, i in named(annotator, text)}
    assert "HGNC:3342" not in ids  # EN1
    assert not any(s in ("oct-2", "en-1") for s, _ in named(annotator, text))
    assert "adenosine deaminase" in [s for s, _ in named(annotator, text)]  # the enzyme stays


def test_genes_glued_to_ordinary_words_stay(annotator):
    text = "IL-6-induced STAT3 and TNF-α-mediated NF-κB-dependent COX-2-derived PGE2 in p38-MAPK signalling."
    surfaces = [s for s, _ in named(annotator, text)]
    for s in ("IL-6", "TNF-α", "NF-κB", "COX-2"):
        assert s in surfaces


def test_a_phosphorylated_protein_is_no_systematic_name(annotator):
    # validation_zh ChinaXiv-201712.00999V1 (figure legend, "H3and" glued as in the file)
    text = "A: Protein bands of phospho-histone H3and phospho-Aurora A/B/C in Western blot."
    assert "histone" in [s for s, _ in named(annotator, text)]

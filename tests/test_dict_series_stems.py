"""An alias that is the stem of a numbered series of other genes names the series, not the one gene
HGNC lists it under (pipeline/dictionaries/build_genes.series_stems, is_series_stem_alias).

"IRF" was TRIM63's alias, "MT-1" ALG1's, "SOCS" CISH's, "RGS" PITX2's, "HSF" IL6's: every paper writing
"the IRF family" or "metallothionein-1 (MT1)" got a wrong gene. Sentences verbatim from BioRED train
18408250 and validation_en 27184800."""

from __future__ import annotations

from pipeline.dictionaries.build_genes import is_series_stem_alias, series_stems

# BioRED train 18408250
IRF = ("OBJECTIVES: Interferon regulatory factor 5 (IRF5) is a member of the IRF family of transcription factors, "
       "which regulate the production of proinflammatory cytokines.")
# validation_en 27184800
MT1 = ("RESULTS: We observed that genes of the metallothionein-1 (MT1) family are induced in the HCC cell line Huh7 "
       "exposed to sorafenib.")


def test_a_stem_of_three_numbered_symbols_is_a_series_stem():
    stems = series_stems(["IRF1", "IRF2", "IRF9", "MT1A", "MT1B", "MT1X", "ANP32A", "ANP32B", "ANP32E",
                          "SLC7A11", "SLC2A1", "SLC40A1", "PKD1", "PKD2", "PKD1L1"])
    assert {"IRF", "MT1", "SLC"} <= stems
    assert "ANP" not in stems  # one series number (32): "ANP" stays the natriuretic peptide
    assert "PKD" not in stems  # two numbers only


def test_an_alias_of_another_gene_is_dropped_but_not_the_series_own_symbol():
    stems = frozenset({"IRF", "MT1", "CPT1"})
    assert is_series_stem_alias("IRF", "TRIM63", stems)
    assert is_series_stem_alias("MT-1", "ALG1", stems)
    assert not is_series_stem_alias("CPT1", "CPT1A", stems)
    assert not is_series_stem_alias("Mast", "SPACA9", stems)


def test_the_committed_dictionary_has_no_series_stem_on_one_gene(annotator, gene_id):
    d = annotator.dictionary
    assert "IRF" not in d[gene_id("TRIM63")].synonyms
    assert "MT-1" not in d[gene_id("ALG1")].synonyms
    assert "SOCS" not in d[gene_id("CISH")].synonyms and "RGS" not in d[gene_id("PITX2")].synonyms
    # curated over the rule: the names papers use for one gene
    assert "ODF" in d[gene_id("TNFSF11")].synonyms and "PSMA" in d[gene_id("FOLH1")].synonyms
    assert "OPN" in d[gene_id("SPP1")].synonyms


def test_annotator_links_no_series_to_an_unrelated_gene(mentions_of, gene_id):
    irf = mentions_of(IRF)
    assert ("IRF5", gene_id("IRF5")) in irf
    assert gene_id("TRIM63") not in {eid for _, eid in irf}
    assert gene_id("ALG1") not in {eid for _, eid in mentions_of(MT1)}


def test_a_defined_protein_name_is_no_paper_compound(annotator):
    """With MT1 no longer ALG1's, "metallothionein-1 (MT1)" resolved to nothing and the systematic-name
    rule (nlp/systematic_names.py: "thio" and "-in") made it a paper compound; the family mention on the
    long form says it is a protein (validation_en 27184800)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "27184800.txt").read_text(encoding="utf-8")
    annotated = annotator.annotate("27184800", text)
    ids = {m.entity_id for item in annotated.sentences for m in item.mentions}
    assert "PCPD:metallothionein-1" not in ids and "HGNC:18294" not in ids  # no compound, no ALG1

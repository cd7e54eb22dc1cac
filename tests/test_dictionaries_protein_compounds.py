"""Proteins and peptides listed as herb ingredients by the TCM tables (TCMSP's "cytochrome C" of
黑芝麻, HerbiV's "GASTRIN") are genes in papers, not compounds
(pipeline/dictionaries/protein_compounds.py)."""

from __future__ import annotations

from nlp_helpers import named

from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.protein_compounds import drop_gene_named_compound_terms, gene_term_key
from pipeline.dictionaries.schema import Entity


def _entity(eid: str, etype: str, name: str, synonyms: list[str], source: str) -> Entity:
    e = Entity(id=eid, type=etype, name=name)
    e.synonyms = list(synonyms)
    e.source = source
    return e


def test_gene_term_key_ignores_case_spaces_and_hyphens():
    assert gene_term_key("CytochromeC") == gene_term_key("cytochrome C") == gene_term_key("Cytochrome-c")
    assert gene_term_key("SCG-2") == gene_term_key("SCG2")


def test_a_tcm_row_named_like_a_gene_loses_the_name_and_a_chemical_database_row_keeps_it():
    cycs = _entity("HGNC:19986", "gene", "CYCS", ["cytochrome C", "Cytochrome c"], "HGNC")
    fgfr3 = _entity("HGNC:3690", "gene", "FGFR3", ["ACH"], "HGNC")
    protein = _entity("CPD:cytochrome-c", "compound", "cytochrome C", [], "TCMSP")
    small = _entity("CPD:acetylcholine", "compound", "acetylcholine", ["ACh"], "HerbiV+TCMSP+MeSH+ChEBI")
    stats = RuleStats()
    drop_gene_named_compound_terms([protein, small], [cycs, fgfr3], stats)
    assert "stoplisted-name" in protein.note and "CYCS" in protein.note
    assert small.synonyms == ["ACh"] and "stoplisted-name" not in small.note
    assert stats.counts["compound-gene-name"] == 1


def test_a_tcm_synonym_naming_a_gene_is_dropped_and_its_own_name_kept():
    gast = _entity("HGNC:4164", "gene", "GAST", ["gastrin"], "HGNC")
    row = _entity("CPD:x", "compound", "Xanthoside", ["Gastrin", "xanthosid"], "HerbiV")
    drop_gene_named_compound_terms([row], [gast], RuleStats())
    assert row.synonyms == ["xanthosid"] and "stoplisted-name" not in row.note


def test_cytochrome_c_released_from_mitochondria_is_the_gene(annotator):
    # validation PMID23639191 (gold: calycopterin inhibits CYCS)
    text = ("In H2O2-treated cells, calycopterin also suppressed cytochrome C release to cytosol that is "
            "necessary for maintaining mitochondrial homeostasis in survived cells.")
    assert ("cytochrome C", "HGNC:19986") in named(annotator, text)
    # new_papers ChinaXiv-201707.00654V1 (gold: BAX activates CYCS)
    text = ("同时，Bax形成同源二聚体可引起线粒体内、外膜之间的通透性转换孔开放，线粒体体膜电位下降，"
            "释放CytochromeC，导致下游Caspase 家族级联活化反应，引起内源性细胞调亡")
    assert ("CytochromeC", "HGNC:19986") in named(annotator, text)

"""bench/biored_relations.py reads a gold entity by the mention, not only by the id (stop 48).

Id mapping alone under-counted our units: BioRED train PMID17042910 ("Effects of atorvastatin on
dexamethasone-induced hypertension …") keys atorvastatin by the old MeSH supplementary record C065179
while MeSH, and so our dictionary, now has it as descriptor D000069059; and the mouse "TNF-a" of
PMID28416580 (NCBI Gene 21926) was read through HGNC's withdrawn symbol TNFA (HGNC:11893), a record no
dictionary of ours carries, instead of TNF (HGNC:11892)."""

import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import biored_relations as br  # noqa: E402

TRAIN = br.DEFAULT_DATA / br.SPLITS["train"]


@pytest.mark.skipif(not br.DEFAULT_HGNC.exists(), reason="HGNC table not on this machine")
def test_a_withdrawn_symbol_reads_as_the_gene_it_was_merged_into():
    tables = br.hgnc_tables(br.DEFAULT_HGNC)
    assert br.gene_hgnc("21926", {"TNF-a"}, tables) == "HGNC:11892"  # mouse Tnf, written TNF-a
    assert br.gene_hgnc("7124", {"TNF-alpha"}, tables) == "HGNC:11892"  # human: by NCBI id, unchanged


@pytest.mark.skipif(not TRAIN.exists(), reason="BioRED train not on this machine")
def test_our_mention_spelling_a_gold_mention_counts_for_that_gold_entity():
    tables = br.hgnc_tables(br.DEFAULT_HGNC)
    surfaces = br.gold_surfaces(TRAIN, frozenset(), tables)
    assert "C065179" in surfaces[("17042910", "atorvastatin")]
    assert "HGNC:11892" in surfaces[("28416580", "tnf-a")]
    mentions = pd.DataFrame([
        {"doc_id": "PMID17042910", "text": "Atorvastatin", "entity_id": "MESH:D000069059"},
        {"doc_id": "PMID17042910", "text": "eNOS", "entity_id": "HGNC:7876"},
        {"doc_id": "PMID99", "text": "atorvastatin", "entity_id": "MESH:D000069059"},  # no such abstract
    ])
    aligned = br.surface_alignment(mentions, surfaces)
    assert aligned[("17042910", "MESH:D000069059")] == {"C065179"}
    assert ("99", "MESH:D000069059") not in aligned
    rows = pd.DataFrame([{"a_type": "COMPOUND", "a_id": "MESH:D000069059", "b_type": "GENE", "b_id": "HGNC:7876",
                          "doc_labels": "PMID17042910:upregulates"}])
    units, _ = br.our_units(rows, {}, {}, aligned)
    assert units[("17042910", "C065179", "HGNC:7876")] == "upregulates"
    assert ("17042910", "C065179", "HGNC:7876") not in br.our_units(rows, {}, {})[0]  # not by the id alone

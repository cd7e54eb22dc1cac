"""bench/biored_relations.py --gene-gene (stop 41): BioRED's gene–gene relations keyed as our gene–gene rows are.

A Negative_Correlation between two genes of BioRED train PMID20105280 ("Spry 1 and Spry 2, negative regulators of
Ras-Raf-Erk signaling") is read as an unordered pair of HGNC ids, and a row of ours naming a family counts for its
members."""

import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import biored_relations  # noqa: E402

TRAIN = biored_relations.DEFAULT_DATA / biored_relations.SPLITS["train"]


@pytest.mark.skipif(not TRAIN.exists(), reason="BioRED train not on this machine")
def test_gene_gene_relations_are_unordered_hgnc_pairs():
    tables = biored_relations.hgnc_tables(biored_relations.DEFAULT_HGNC)
    pairs = biored_relations.gene_pairs(TRAIN, frozenset(), tables)
    assert pairs[("20105280", frozenset(("HGNC:11270", "HGNC:5173")))] == "Negative_Correlation"  # SPRY2 – HRAS


def test_our_family_row_counts_for_its_members_with_the_signed_label_kept():
    members = biored_relations.members_of(REPO / "dictionaries")
    rows = pd.DataFrame([
        {"a_type": "GENE", "a_id": "HGNC:11270", "b_type": "GENE", "b_id": "FPLX:AKT",
         "doc_labels": "PMID1:associated"},
        {"a_type": "GENE", "a_id": "HGNC:11270", "b_type": "GENE", "b_id": "HGNC:391",
         "doc_labels": "PMID1:inhibits"},
    ])
    units = biored_relations.our_gene_units(rows, members)
    assert units[("1", frozenset(("HGNC:11270", "HGNC:391")))] == "inhibits"
    assert units[("1", frozenset(("HGNC:11270", "HGNC:392")))] == "associated"

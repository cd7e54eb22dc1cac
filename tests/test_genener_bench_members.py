"""bench/biored_relations.py counts a family mention for its members: families.tsv lists members by
approved symbol, BioRED's gold keys are HGNC ids, so ``members_of`` must give HGNC ids."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import biored_relations  # noqa: E402


def test_family_members_are_hgnc_ids():
    members = biored_relations.members_of(REPO / "dictionaries")
    # AKT1, AKT2, AKT3
    assert {"HGNC:391", "HGNC:392", "HGNC:393"} <= biored_relations.gene_ids("FPLX:AKT", members)
    assert all(m.startswith(("HGNC:", "FPLX:")) for m in members["FPLX:NFkappaB"])

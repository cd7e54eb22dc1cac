"""Stop 42 (s42-chem): a nucleotide row named by its IUPAC-IUB abbreviation gets the MeSH record of its
written-out name (dictionaries/nucleotide_xrefs.py). Real sentence of BioRED train PMID28204828
(dev/annotated): BioRED normalises "dUTP" to MeSH C027078 "deoxyuridine triphosphate"; our row is
ChEBI's dUTP (CHEBI:17625), which carried no MeSH id (bench/biored_chemical_misses.py: "id without
MeSH"). The mention's id is unchanged."""

from __future__ import annotations

from pipeline.dictionaries.nucleotide_xrefs import nucleotide_names, nucleotide_record

SENTENCE = ("Proliferation, angiogenesis and infarct zone assessments were performed using terminal "
            "deoxynucleotidyltransferase-mediated dUTP nick-end labelling (TUNEL) staining, BrdU immunostaining.")


def test_dutp_keeps_its_chebi_id_and_carries_the_mesh_record_of_its_name(annotator):
    adoc = annotator.annotate("PMID28204828", SENTENCE)
    ids = {m.entity_id for s in adoc.sentences for m in s.mentions if m.text == "dUTP"}
    assert ids == {"CHEBI:17625"}
    assert "MESH:C027078" in annotator.dictionary["CHEBI:17625"].note


def test_nucleotide_names_and_record():
    assert "deoxyuridine triphosphate" in nucleotide_names("dUTP")
    assert "2'-deoxyadenosine 5'-diphosphate" in nucleotide_names("dADP")
    assert "thymidine triphosphate" in nucleotide_names("dTTP")  # thymidine is already deoxy
    assert nucleotide_names("ATPase") == [] and nucleotide_names("dNTP") == []
    index = {"deoxyuridine triphosphate": {"MESH:C027078"}, "thymidine triphosphate": {"MESH:C024157"},
             "ttp": {"MESH:C000628028"}}
    assert nucleotide_record("dUTP", index) == "MESH:C027078"
    assert nucleotide_record("TTP", index) is None  # the abbreviation names another record
    assert nucleotide_record("dGTP", index) is None  # MeSH lacks the name

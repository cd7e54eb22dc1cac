"""Compounds only a MeSH supplementary concept record knows (natural products, research compounds)
are admitted by the tree MeSH maps them to and the shape of their names
(pipeline/dictionaries/build_chemicals.py: scr_names, scr_tree_ok). Sentences from corpus/validation
(PMID23639191, calycopterin from Dracocephalum kotschyi) and BioRED train (PMID17600377, maltolyl
p-coumarate); PMID17391279 (validation) for a drug that must keep its DrugBank row."""

import pytest
from conftest import annotate_sentence

from pipeline.dictionaries.build_chemicals import scr_names, scr_tree_ok


@pytest.mark.parametrize("text, surface, compound", [
    ("Herein, we investigated the effect of a natural neuroprotective flavonoid, calycopterin, on H2O2-induced "
     "disruption of phase II detoxifying enzyme system.", "calycopterin", "MESH:C533734"),
    ("We also examined the neuroprotective effects of maltolyl p-coumarate in vitro using SH-SY5Y cells.",
     "maltolyl p-coumarate", "MESH:C524754"),
])
def test_a_compound_only_a_supplementary_record_names_is_found(annotator, text, surface, compound):
    assert dict(annotate_sentence(annotator, text)).get(surface) == compound


def test_a_drug_keeps_its_row_when_only_its_synonym_names_a_supplementary_record(annotator):
    text = "In contrast, amtolmetin guacyl treatment was without effects in gastric and colon mucosa."
    assert "MESH:C058077" not in dict(annotate_sentence(annotator, text)).values()  # tolmetin glycinamide


def test_names_written_like_a_chemical_name_are_kept():
    assert scr_names(["calycopterin"]) == ["calycopterin"]
    assert scr_names(["maltolyl p-coumarate"]) == ["maltolyl p-coumarate"]
    assert scr_names(["arbolide C", "vitisinol G"]) == ["arbolide C", "vitisinol G"]


def test_codes_acronyms_brands_proteins_and_blocked_names_are_not():
    assert scr_names(["NAMPEA", "OSU 6162", "Prostamax", "FLAG peptide", "EPPP cpd", "BGBTSBX"]) == []
    assert scr_names(["ADAM22 protein, human"]) == []
    assert scr_names(["antral"]) == []  # -al is an English adjective ending: "antral mucosa"
    assert scr_names(["colchicine"], blocked=frozenset({"colchicine"})) == []
    assert scr_names(["ocaphane"]) == ["ocaphane"] and scr_names(["ocaph"]) == []  # 6 characters at least


def test_only_records_mapped_to_small_molecule_trees():
    trees = {"D047309": "D03.383.663.283.446.520.306", "D009419": "D12.776.543", "D004365": "D20.215.784|D26.660"}
    assert scr_tree_ok("D047309", trees)  # flavones: calycopterin
    assert not scr_tree_ok("D009419", trees)  # a protein
    assert not scr_tree_ok("*D004365", trees)  # herbal drugs (Fructus Akebiae)
    assert not scr_tree_ok("D047309,D999999", trees)  # mapped outside the chemical descriptors
    assert not scr_tree_ok("", trees)

"""Codes only MeSH lists (dictionaries/build_codes.py) give a code the paper names an agent MeSH's id (stop 48).

Rows are MeSH's own supplementary records (shared/data/chemicals/mesh_chemical_supplementary.tsv): BioRED train
PMID25983002 and PMID27014915 key FX11 and BV6 by these records, and our gold keys such compounds by MeSH too, so a
paper-only id (PCPD:FX11) could never match them."""

from pipeline.dictionaries.build_codes import code_key, code_table
from pipeline.nlp import drug_codes

FX11 = {"mesh_scr_id": "C547455", "name": "3-dihydroxy-6-methyl-7-(phenylmethyl)-4-propylnaphthalene-1-carboxylic acid",
        "synonyms": "FX11 cpd"}
BV6 = {"mesh_scr_id": "C582180", "name": "BV6 peptide", "synonyms": ""}


def test_a_records_code_with_mesh_suffix_word_is_read_as_the_code():
    table = code_table([FX11, BV6], known_terms=set())
    assert table["FX11"] == ("MESH:C547455", FX11["name"])
    assert table["BV6"] == ("MESH:C582180", "BV6 peptide")
    assert code_key("sr-48692") == code_key("SR 48692") == "SR48692"


def test_a_code_of_two_records_or_one_the_dictionary_reads_is_left_out():
    other = dict(FX11, mesh_scr_id="C000001")
    assert "FX11" not in code_table([FX11, other], known_terms=set())
    assert "BV6" not in code_table([BV6], known_terms={"bv6"})


def test_a_code_the_paper_names_an_agent_takes_the_mesh_id_when_mesh_lists_it():
    # the generated table of the repository's dictionaries/
    assert drug_codes.code_compound_id("FX11") == "MESH:C547455"
    assert drug_codes.code_compound_id("EPZ015666") == "PCPD:EPZ015666"  # not in MeSH's table
    entity = drug_codes.code_entity("MESH:C547455")
    assert entity is not None and entity.type == "compound"
    assert drug_codes.code_entity("PCPD:EPZ015666") is None

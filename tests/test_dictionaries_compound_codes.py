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


# --- letter-only acronyms MeSH marks as a compound's code ("DICO cpd", stop 51) ---------------------------

DICO = {"mesh_scr_id": "C585838", "name": "5,7-dihydroxy-2-(1,2-isopropyldioxy-4-oxo-cyclohex-5-enyl)-chromen-4-one",
        "synonyms": "DICO cpd"}
# validation_en PMID23567243 (corpus/validation/en/23567243.txt): its title and the abstract's first sentence
DICO_TITLE = ("DICO, a novel nonaromatic B-ring flavonoid, induces G2/M cell cycle arrest and apoptosis in human "
              "hepatoma cells.")
DICO_ABSTRACT = ("DICO was a novel nonaromatic B-ring flavonoid obtained from Macrothelypteris torresiana. Western blot "
                 "assay demonstrated that DICO decreased Bcl-2 level and induced Bax translocation to cause cytochrome c "
                 "release.")


def test_a_letter_only_acronym_is_a_code_only_with_meshs_cpd_marker():
    table = code_table([DICO, {"mesh_scr_id": "C000002", "name": "MICA", "synonyms": "TPA"}], known_terms=set())
    assert table["DICO"] == ("MESH:C585838", DICO["name"])
    assert "MICA" not in table and "TPA" not in table  # an acronym without the marker is any abbreviation


def test_an_acronym_the_paper_names_a_chemical_of_a_class_takes_meshs_record():
    assert drug_codes.class_codes(DICO_TITLE, []) == {"DICO": "MESH:C585838"}
    assert drug_codes.class_codes(DICO_ABSTRACT, []) == {"DICO": "MESH:C585838"}
    # no class noun, or an acronym MeSH does not list: nothing
    assert drug_codes.class_codes("DICO, a novel protein of hepatoma cells, induces apoptosis.", []) == {}
    assert drug_codes.class_codes("XQZW, a novel nonaromatic B-ring flavonoid, induces apoptosis.", []) == {}


def test_the_acronym_is_the_compound_in_the_whole_paper(annotator):
    adoc = annotator.annotate("t", DICO_TITLE + "\n\n" + DICO_ABSTRACT)
    found = {(m.text, m.entity_id) for s in adoc.sentences for m in s.mentions if m.text == "DICO"}
    assert found == {("DICO", "MESH:C585838")}

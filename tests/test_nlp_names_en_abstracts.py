"""Gene and chemical names of English PubMed abstracts that the pipeline missed (stop 25): the
validation abstracts (corpus/validation/en, PMID given) and the development abstracts of
../shared/data/dev/pubmed. Each test names the gold entity of corpus/gold/validation_en.csv or
what a reader of the sentence would annotate."""

from conftest import annotate_sentence


def test_a_chemical_glued_by_a_hyphen_to_an_enzyme_name_is_part_of_it(annotator):
    # PMID22532505: gold FPLX:AMPK; "5' AMP" (a compound) started first and hid the kinase
    found = annotate_sentence(annotator, "In the livers of db/db mice, SBE promoted 5' AMP-activated protein "
                              "kinase activity and restored metabolic process and insulin signaling pathways.")
    assert ("AMP-activated protein kinase", "FPLX:AMPK") in found
    assert not any(eid.startswith(("MESH:", "CPD:", "CHEBI:")) for _s, eid in found)


def test_a_chemical_before_a_hyphenated_word_that_is_no_name_stays(annotator):
    # dev abstracts: "LPS-induced", "H2O2-induced": no longer name starts inside the chemical
    found = annotate_sentence(annotator, "KP BuOH fraction inhibited LPS-induced IL-1b expression and "
                              "H2O2-induced toxicity.")
    assert ("LPS", "MESH:D008070") in found
    assert any(s == "H2O2" for s, _e in found)

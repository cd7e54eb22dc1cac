"""Stop 42 (s42-chem): a drug that MeSH files only under its salt (Imatinib Mesylate D000068877) gets the
salt's MeSH record as a cross-reference in its row's note (dictionaries/mesh_salt_xrefs.py). Real sentence
of BioRED train PMID24768818 (dev/annotated): BioRED normalises "imatinib" to D000068877; our row is
ChEBI's imatinib (CHEBI:45783, the gold's id, GUIDELINES 5.3), which carried no MeSH id, so its three
units with DDR1/DDR2/ABL1 read as "chemical not recognised" (bench/biored_chemical_misses.py). The salt's
own row and the mention's id are unchanged."""

from __future__ import annotations

from pipeline.dictionaries.mesh_salt_xrefs import salt_record_of

SENTENCE = ("We report the inhibition of these unusual receptor tyrosine kinases by the multi-targeted cancer "
            "drugs imatinib and ponatinib, as well as the selective type II inhibitor DDR1-IN-1.")


def test_imatinib_keeps_its_chebi_id_and_carries_the_mesylate_descriptor(annotator):
    adoc = annotator.annotate("PMID24768818", SENTENCE)
    ids = {m.entity_id for s in adoc.sentences for m in s.mentions if m.text == "imatinib"}
    assert ids == {"CHEBI:45783"}
    assert "MESH:D000068877" in annotator.dictionary["CHEBI:45783"].note.split()
    assert "MESH:D000068877" in annotator.dictionary  # the salt's own row stays


def test_salt_record_of_needs_one_salt_and_no_record_of_the_drug():
    descriptors = {"imatinib": {"MESH:D000068877"}, "erlotinib": {"MESH:D000069347"}}
    supplementary = {"otilonium": {"MESH:C1"}, "twosalts": {"MESH:C2", "MESH:C3"}, "imatinib": {"MESH:C9"}}
    assert salt_record_of("imatinib", descriptors, supplementary, set()) == "MESH:D000068877"  # descriptor first
    assert salt_record_of("Erlotinib", descriptors, supplementary, set()) == "MESH:D000069347"
    assert salt_record_of("otilonium", descriptors, supplementary, set()) == "MESH:C1"
    assert salt_record_of("twosalts", descriptors, supplementary, set()) is None  # two salt records
    # MeSH has a record named by the drug itself: that one is the drug's, no salt link
    assert salt_record_of("erlotinib", descriptors, supplementary, {"erlotinib"}) is None
    assert salt_record_of("ponatinib", descriptors, supplementary, set()) is None


def test_a_hydroxylated_metabolites_sulfate_is_its_conjugate_not_a_salt():
    """MeSH C000593863 "12-hydroxynevirapine sulfate" is the sulfate ester of a nevirapine metabolite:
    ChEBI's 12-hydroxynevirapine (CHEBI:145206) got it as a salt record before the guard."""
    from pipeline.dictionaries.mesh_salt_xrefs import is_conjugate

    assert is_conjugate("12-hydroxynevirapine sulfate", "12-hydroxynevirapine")
    assert not is_conjugate("Atazanavir Sulfate", "Atazanavir")  # a salt of a base
    assert not is_conjugate("hydroxyzine hydrochloride", "hydroxyzine")  # no ester-forming acid

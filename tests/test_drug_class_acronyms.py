"""A MeSH drug class named by its acronym and its spelled-out form (build_chemicals.drug_class_names):
"nonsteroidal anti-inflammatory drugs (NSAIDs)" is a COMPOUND (GUIDELINES 1: a drug class). Real sentences."""

from __future__ import annotations

from pipeline.dictionaries.build_chemicals import drug_class_names

NSAIDS = "MESH:D000894"


def test_defined_nsaids_are_the_drug_class(mentions_of):
    # BC5CDR development 11694026 (the long form names the class, so its defined short form keeps it)
    text = ("Previous studies evaluated the tolerance of nimesulide and paracetamol in subjects with cutaneous, "
            "respiratory and anaphylactoid reactions induced by nonsteroidal anti-inflammatory drugs (NSAIDs).")
    found = mentions_of(text)
    assert ("nonsteroidal anti-inflammatory drugs", NSAIDS) in found
    assert ("NSAIDs", NSAIDS) in found


def test_class_acronym_and_its_expansions_are_kept_but_not_coordinations():
    names = ["Serotonin and Noradrenaline Reuptake Inhibitors", "SNRIs", "SNRI", "SSRIs and NRIs"]
    kept = drug_class_names("D27.505.954.427.700.875", names)
    assert "SNRIs" in kept and "SNRI" in kept
    assert "Serotonin and Noradrenaline Reuptake Inhibitors" in kept
    assert "SSRIs and NRIs" not in kept  # two classes coordinated: no name of either
    # a class with no acronym keeps only its one-word plural names, as before
    assert drug_class_names("D27.505.519.389", ["Enzyme Inhibitors", "Inhibitors, Enzyme"]) == []

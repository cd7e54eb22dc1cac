"""Brackets that define no short form (pipeline/nlp/abbreviations.py): a plant family after a
herb's Latin name, and a list of two names."""

from __future__ import annotations

from pipeline.nlp.abbreviations import is_plant_family
from tests.nlp_helpers import named


def test_a_plant_family_in_the_bracket_is_no_short_form_of_the_herb(annotator):
    """validation PMID23643542: "Licorice (Glycyrrhiza uralensis Fisch., Leguminosae)" read "Leguminosae" as
    the short form of the name before the bracket; the family is the botanical classification."""
    text = ("Licorice (Glycyrrhiza uralensis Fisch., Leguminosae) has been used in herbal medicine and food "
            "supplement worldwide for centuries. Leguminosae plants are rich in flavonoids.")
    assert "Leguminosae" not in [s for s, _ in named(annotator, text)]


def test_plant_family_names():
    """-aceae families and the eight classical names with no -aceae ending (ICN Art. 18.5); the families
    written in the free pool's brackets ("(Malvaceae)", "(Zingiberaceae)", "(Cruciferae)")."""
    for name in ("Leguminosae", "Compositae", "Labiatae", "Umbelliferae", "Cruciferae", "Gramineae", "Palmae",
                 "Guttiferae", "Fabaceae", "Lamiaceae", "Asteraceae", "Malvaceae", "Rutaceae", "Zingiberaceae"):
        assert is_plant_family(name), name
    for short in ("GPX4", "ACE", "Nrf2", "SOD", "HO-1", "Caspase", "palmae", "BMSCs"):
        assert not is_plant_family(short), short


def test_a_list_of_two_names_in_a_bracket_defines_nothing(annotator):
    """validation39 PMID20164825: "respiratory components (cytochrome c, NADH)" lists two examples; read as
    "(long form, SHORT)" it linked NADH to cytochrome c's gene CYCS wherever NADH stood."""
    text = ("We found that gentamicin treatment depleted respiratory components (cytochrome c, NADH), probably "
            "due to the opening of mitochondrial transition pores. NADH levels were restored by metformin.")
    found = named(annotator, text)
    assert [eid for s, eid in found if s == "cytochrome c"] == ["HGNC:19986"]
    assert "HGNC:19986" not in [eid for s, eid in found if s == "NADH"]

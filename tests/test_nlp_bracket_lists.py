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


def test_a_long_form_naming_the_short_forms_own_entity_still_defines_it(annotator):
    """validation ChinaXiv-201812.00642V1: "骨形态发生蛋白（bonemorphogenetic protein，BMPs）" — the letters of
    BMPs do not follow in order in the glued long form (no "s"), but the long form names BMPs' own
    entity: a definition, not a list of two."""
    text = ("骨形态发生蛋白（bonemorphogenetic protein，BMPs）是转化生长因子-β(TGF-β)超家族中的一员。"
            "BMPs能诱导骨形成。")
    found = named(annotator, text)
    assert {eid for s, eid in found if s == "BMPs"} == {"FPLX:BMP"}


def test_names_two_reads_a_list_only_across_kinds(annotator):
    """The check itself, on the brackets above: a gene's whole name before a compound's short form is a list
    (validation39 PMID20164825); a name of the short form's own entity is not (ChinaXiv-201812.00642V1),
    nor is a long form that spells the short form's letters ("(vimentin, VIM)")."""
    from pipeline.nlp.abbreviations import _names_two
    assert _names_two("cytochrome c", "NADH", annotator.index)
    assert not _names_two("bonemorphogenetic protein", "BMPs", annotator.index)
    assert not _names_two("vimentin", "VIM", annotator.index)

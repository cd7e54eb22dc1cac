"""One herb row per English or Latin name (build_herbs._one_owner_per_name).

HERB gives a binomial with its authority to a by-product row (甘草节 "Glycyrrhiza uralensis Fisch")
and a pharmacopoeia drug name to aliases and regional forms (Rhizoma Coptidis: 川黄连 and 黄连). The
matcher took the longer spelling or the lowest id, so "Licorice (Glycyrrhiza uralensis Fisch.,
Leguminosae)" (validation PMID23643542) linked to 甘草节 and every "licorice" of that abstract with it.
The same cell "Glycyrrhiza uralensis Fisch" of a herb table in the sample paper ChinaXiv-202107.00008V2
went to 甘草节 as well. Sentences are real, each with its source; the unit tests pin the owner ranking
on toy rows.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.build_herbs import _one_owner_per_name, name_key, plain_binomials
from pipeline.dictionaries.schema import Entity
from tests.nlp_helpers import herb_uses

REPO = Path(__file__).resolve().parents[1]


def _herb(hid: str, name: str, zh: str = "", synonyms: tuple[str, ...] = ()) -> Entity:
    e = Entity(id=hid, type="herb", name=name, name_zh=zh, pinyin="")
    e.synonyms = list(synonyms)
    return e


def _own(herbs: dict[str, Entity], pharm: set[str], rank=lambda h: (h,)) -> RuleStats:
    stats = RuleStats()
    _one_owner_per_name(herbs, pharm, rank, stats)
    return stats


def test_binomial_with_authority_is_one_name_with_the_binomial():
    assert name_key("Glycyrrhiza uralensis Fisch") == name_key("Glycyrrhiza uralensis")
    assert name_key("Magnolia officinalis Rehd. Et Wils") == "magnolia officinalis"
    # HERB's capital epithet, read as one when the genus is a binomial's; a title-case English name is not
    held = {"selaginella doederleinii", "japanese apricot"}
    assert name_key("Selaginella Doederleinii Hieron", held) == "selaginella doederleinii"
    assert name_key("Japanese Apricot Flower", held) != name_key("Japanese Apricot Kernel", held)
    # drug names stay whole: two drugs of one plant
    assert name_key("Radix Paeoniae Alba") != name_key("Radix Paeoniae Rubra")
    assert name_key("Gardenia jasminoides var. grandiflora") != name_key("Gardenia jasminoides")


def test_pharmacopoeia_drug_keeps_the_binomial_its_by_product_spelled_with_authority():
    herbs = {"HERB001779": _herb("HERB001779", "Radix Glycyrrhizae", "甘草", ("Glycyrrhiza uralensis",)),
             "HERB001780": _herb("HERB001780", "Glycyrrhiza uralensis Fisch", "甘草节")}
    _own(herbs, {"甘草"})
    assert herbs["HERB001780"].name == "Glycyrrhiza uralensis Fisch (甘草节)"  # shown, never matched
    assert "Glycyrrhiza uralensis Fisch" in herbs["HERB001779"].synonyms


def test_shared_drug_name_goes_to_the_pharmacopoeia_herb_not_the_lowest_id():
    herbs = {"HERB000862": _herb("HERB000862", "Rhizoma Coptidis", "川黄连"),
             "HERB002540": _herb("HERB002540", "Rhizoma Coptidis", "黄连")}
    _own(herbs, {"黄连"})
    assert herbs["HERB002540"].name == "Rhizoma Coptidis"
    assert herbs["HERB000862"].name == "Rhizoma Coptidis (川黄连)"


def test_row_spelling_the_bare_binomial_over_the_product_spelling_it_with_authority():
    # HERB: 杨梅 "Myrica rubra", 杨梅根 (the root) "Myrica rubra Sieb. Et Zucc"; the ranking alone prefers the root
    herbs = {"HERB006389": _herb("HERB006389", "Myrica rubra", "杨梅"),
             "HERB006391": _herb("HERB006391", "Myrica rubra Sieb. Et Zucc", "杨梅根")}
    _own(herbs, set(), rank=lambda h: (h != "HERB006391",))
    assert herbs["HERB006389"].name == "Myrica rubra"
    assert "Myrica rubra Sieb. Et Zucc" in herbs["HERB006389"].synonyms
    assert herbs["HERB006391"].name == "Myrica rubra Sieb. Et Zucc (杨梅根)"


def test_plant_before_its_part_when_both_spell_the_name_alike():
    herbs = {"HERB000645": _herb("HERB000645", "Bufo bufo gargarizans", "蟾蜍"),
             "HERB000646": _herb("HERB000646", "Bufo bufo gargarizans", "蟾蜍胆")}
    _own(herbs, set(), rank=lambda h: (h != "HERB000646",))
    assert herbs["HERB000645"].name == "Bufo bufo gargarizans"
    assert herbs["HERB000646"].name == "Bufo bufo gargarizans (蟾蜍胆)"


def test_owner_takes_the_bare_spelling_only_the_loser_had():
    herbs = {"HERB000001": _herb("HERB000001", "Radix Glycyrrhizae", "甘草", ("Glycyrrhiza uralensis Fisch",)),
             "HERB000002": _herb("HERB000002", "Glycyrrhiza uralensis", "甘草节")}
    _own(herbs, {"甘草"})
    assert "Glycyrrhiza uralensis" in herbs["HERB000001"].synonyms
    assert herbs["HERB000002"].name == "Glycyrrhiza uralensis (甘草节)"


def test_built_dictionary_has_one_row_per_matchable_binomial_or_drug_name():
    with (REPO / "dictionaries" / "herbs.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader([ln for ln in fh if not ln.startswith("#")], delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    binomials = plain_binomials(s for r in rows if r["type"] == "herb" for s in [r["name"], *r["synonyms"].split("|")])
    holders: dict[str, set[str]] = {}
    for r in rows:
        if r["type"] != "herb":
            continue
        for s in [r["name"], *r["synonyms"].split("|")]:
            if s and "(" not in s:
                holders.setdefault(name_key(s, binomials), set()).add(r["id"])
    shared = {k: v for k, v in holders.items() if len(v) > 1}
    assert not shared, sorted(shared.items())[:5]


def _built_rows() -> dict[str, dict[str, str]]:
    with (REPO / "dictionaries" / "herbs.tsv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader([ln for ln in fh if not ln.startswith("#")], delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        return {r["id"]: r for r in rows}


def test_curated_override_herb_keeps_the_drug_name():
    # herb_overrides.tsv: 狗脊 -> HERB002932 金毛狗脊 (not in the TCMNP list); HERB002901 金狗脊 also has it
    rows = _built_rows()
    assert rows["HERB002932"]["name"] == "Rhizoma Cibotii"
    assert rows["HERB002901"]["name"] == "Rhizoma Cibotii (金狗脊)"


@pytest.mark.parametrize(("text", "surface", "herb"), [
    # validation PMID23643542 (development since stop 39): the by-product row 甘草节 held the authority form
    ("Licorice (Glycyrrhiza uralensis Fisch., Leguminosae) has been used in herbal medicine and food "
     "supplement worldwide for centuries.", "Glycyrrhiza uralensis Fisch", "HERB001779"),
    ("Licorice (Glycyrrhiza uralensis Fisch., Leguminosae) has been used in herbal medicine and food "
     "supplement worldwide for centuries.", "Licorice", "HERB001779"),
])
def test_herb_named_with_authority_links_to_the_drug(annotator, text, surface, herb):
    assert herb_uses(annotator, text).get(surface) == {herb}

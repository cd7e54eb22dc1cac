"""A binomial HERB holds only in the genitive of its pharmaceutical Latin drug name (stop 39).

HERB names 白毛藤 only "Herba Solani Lyrati" and 绞股蓝 only "Gynostemmae Pentaphylli Herba"; English
papers name the plant: "Solanum lyratum extract (SLE)" (validation38_en PMID19703745, corpus/gold/README.md:
six findings lost their agent) and "Gynostemma pentaphyllum" (four ChinaXiv papers of the stop-39 free
pool). The epithets end in -i, whose nominative the build cannot tell (lyratum/lyratus), so no binomial
was derived; the genitive and the nominative share the binomial key (dictionaries/latin.py), which
latin_names.variant_table now also reads from a drug name's two plant words.
"""

from __future__ import annotations

from nlp_helpers import herb_uses

from pipeline.nlp.latin_names import drug_plant_key, variant_table


def test_a_drug_names_plant_words_give_the_binomial_key():
    assert drug_plant_key("Herba Solani Lyrati") == "solan lyrat"
    assert drug_plant_key("Gynostemmae Pentaphylli Herba") == "gynostemm pentaphyll"
    assert drug_plant_key("Radix Astragali") is None  # one plant word: no species
    assert drug_plant_key("Solanum lyratum") is None  # no part word: a binomial, keyed as one
    assert drug_plant_key("Caulis Aristolochiae seu Clematis") is None  # two plants


def test_the_variant_table_links_the_nominative_binomial_to_the_drug():
    table = variant_table([("HERB000246", "Herba Solani Lyrati"), ("HERB002856", "Gynostemmae Pentaphylli Herba")])
    assert table["solan lyrat"] == "HERB000246"
    assert table["gynostemm pentaphyll"] == "HERB002856"


def test_a_binomial_row_keeps_its_key_and_parts_sharing_one_plant_give_none():
    table = variant_table([
        ("HERB003483", "Radix Solani nigri"), ("HERB003484", "Semen Solani nigri"),  # 龙葵根, 龙葵子
        ("HERB001", "Solanum nigrum"), ("HERB003518", "Flos Vignae radiatae"), ("HERB003520", "Cortex Vignae radiatae"),
    ])
    assert table["solan nigr"] == "HERB001"
    assert "vign radiat" not in table


def test_solanum_lyratum_names_its_herb(annotator):
    # the herb as corpus/gold/README.md quotes PMID19703745's abstract
    uses = herb_uses(annotator, "Solanum lyratum extract (SLE) attenuated the level of oxLDL-induced ROS generation.")
    assert uses.get("Solanum lyratum extract") == {"HERB000246"}  # 白毛藤
    assert uses.get("SLE") == {"HERB000246"}  # its code: the agent of the paper's findings

"""Herbs English abstracts name that the pipeline did not recognise (issue 14, stop 26).

On the 37 validation abstracts the first cause of missed pairs was a herb never recognised:
a binomial HERB lacks or spells otherwise (Physalis angulata for 苦蘵, Antrodia cinnamomea,
Coix lachryma-jobi), pharmaceutical Latin without its organ word (Polygoni Multiflori), an
English name in another case than HERB's (Red ginseng for Red Ginseng), a herb's code inside
a parenthesis with an extract word ("(PA extracts)"), and an
extract code whose herb follows the code ("extract (TFAE) from RS"). Sentences with their
sources: tests/data/herb_extract_sentences_en.tsv. Build rules: pipeline/dictionaries/build_herbs.py;
matcher-side rules: pipeline/nlp/latin_names.py, common_names.py, extract_abbreviations.py.
"""

from __future__ import annotations

import pytest
from nlp_helpers import herb_uses, sentences_tsv, typed_pairs

SENTENCES = sentences_tsv("herb_extract_sentences_en.tsv")


def _herb_uses(annotator, key: str) -> dict[str, set[str]]:
    return herb_uses(annotator, SENTENCES[key])


# --- binomials the build gives the herb papers mean -------------------------------------------

@pytest.mark.parametrize("name, herb", [
    ("Gentiana scabra", "HERB003478"),      # 龙胆: HERB has only Gentiana scabra var. buesgeri, on a row that lost 龙胆
    ("Dioscorea batatas", "HERB004938"),    # 山药: curated pharmacopoeia source plant
    ("Taxillus chinensis", "HERB004829"),   # 桑寄生: curated pharmacopoeia source plant
])
def test_binomials_of_pharmacopoeia_drugs_are_their_drug(annotator, name, herb):
    assert _herb_uses(annotator, "sars")[name] == {herb}


def test_a_binomial_herb_misnames_is_corrected_and_its_code_follows(annotator):
    uses = _herb_uses(annotator, "pa")
    assert uses["Physalis angulata"] == {"HERB003181"}  # 苦蘵 (HERB: Physalis pubescens)
    assert uses["PA"] == {"HERB003181"}  # "(PA extracts)" defines PA; "PA extracts significantly decreased"
    assert ("HERB003181", "HGNC:7166") in typed_pairs(annotator, SENTENCES["pa"])  # PA extracts … MMP-2


def test_a_current_name_of_a_herb_herb_lists_under_an_older_one(annotator):
    uses = _herb_uses(annotator, "emac")
    assert uses["Antrodia cinnamomea"] == {"HERB004186"}  # HERB: Antrodia camphorata
    assert uses["EMAC"] == {"HERB004186"}
    assert ("HERB004186", "HGNC:5013") in typed_pairs(annotator, SENTENCES["emac"])  # EMAC … HO-1


def test_a_common_name_the_paper_defines_beside_the_binomial_is_that_herb_in_any_case(annotator):
    uses = _herb_uses(annotator, "adlay")
    assert uses["Coix lachryma-jobi"] == {"HERB006568"}  # 薏苡仁, the pharmacopoeia drug
    assert uses["adlay"] == {"HERB006568"}  # the title's and the findings' lower case
    assert ("HERB006568", "HGNC:9605") in typed_pairs(annotator, SENTENCES["adlay"])  # adlay … COX-2


# --- pharmaceutical Latin and English names in another form than HERB's ----------------------

def test_genitive_latin_without_the_organ_word_and_english_names_in_sentence_case(annotator):
    uses = _herb_uses(annotator, "rgpm")
    assert uses["Polygoni Multiflori"] == {"HERB002185"}  # 何首乌 (HERB: Polygonum multiflorum)
    assert uses["Red ginseng"] == {"HERB002319"}  # 红参 (HERB: Red Ginseng)
    assert uses["Polygoni Multiflori Radix"] == {"HERB002185"}


# --- codes ------------------------------------------------------------------------------------

def test_an_extract_code_whose_herb_follows_it(annotator):
    uses = _herb_uses(annotator, "tfae")
    assert uses["TFAE"] == {"HERB002563"}  # "The total flavonoid aglycones extract (TFAE) from RS": 黄芩
    assert ("HERB002563", "HGNC:1582") in typed_pairs(annotator, SENTENCES["tfae"])  # TFAE … Cyclin D1

"""The constituents a herb was just said to contain, listed under an anaphor in the next sentence
(relations/constituent_anaphors.py).

Real sentences of the validation abstracts: corpus/validation/en PMID11238807 (validation_en, aged garlic extract) and
PMID26968675 (validation38_en, bitter melon), where the rule was developed."""

import pytest
from nlp_helpers import best_evidence

from pipeline.relations import constituent_anaphors

GARLIC = ("Extracts of fresh garlic that are aged over a prolonged period to produce aged garlic extract (AGE) contain "
          "antioxidant phytochemicals that prevent oxidant damage. These include unique water-soluble organosulfur "
          "compounds, lipid-soluble organosulfur components and flavonoids, notably allixin and selenium.")
GARLIC_BACKGROUND = ("Oxidative modification of DNA, proteins and lipids by reactive oxygen species (ROS) plays a role in "
                     "aging and disease, including cardiovascular, neurodegenerative and inflammatory diseases and "
                     "cancer. ")
BITTER_MELON = ("Momordica charantia, commonly known as bitter melon or bitter gourd, is one of such plants known for its "
                "biological activities used in traditional system of medicines. The plant is rich in bioactive "
                "chemical constituents like cucurbitane type triterpenoids, triterpene glycosides, phenolic acids, "
                "flavonoids, essential oils, saponins, fatty acids, and proteins. Some of the isolated compounds "
                "(Kuguacin J, Karaviloside XI, Kuguaglycoside C, Momordicoside Q-U, Charantin, a-eleostearic acid) and "
                "proteins (a-Momorcharin, RNase MC2, MAP30) possess potent biological activity.")
GARLIC_ID, BITTER_MELON_ID = "HERB001104", "HERB003144"


_pairs = best_evidence  # tests/nlp_helpers.py


def test_these_include_lists_what_the_herb_contains(facts):
    pairs = _pairs(facts(GARLIC))
    for compound in ("CPD:allixin", "CPD:selenium"):
        label, weight, evidence = pairs[(GARLIC_ID, compound)]
        assert label == "contains"
        assert evidence.startswith("Extracts of fresh garlic") and "These include" in evidence  # both sentences


def test_a_cross_sentence_contains_weighs_less_than_one_stated_in_the_sentence(facts):
    crossed = _pairs(facts(GARLIC))[(GARLIC_ID, "CPD:allixin")]
    within = _pairs(facts("Garlic contains unique water-soluble organosulfur compounds, lipid-soluble organosulfur "
                          "components and flavonoids, notably allixin and selenium."))[(GARLIC_ID, "CPD:allixin")]
    assert crossed[0] == within[0] == "contains"
    assert crossed[1] < within[1]


def test_the_isolated_compounds_of_the_plant_named_by_a_description(facts):
    pairs = _pairs(facts(BITTER_MELON))  # "The plant" is bitter melon (nlp/definite_descriptions.py)
    for compound in ("MESH:C572783", "MESH:C578463"):  # kuguacin J, kuguaglycoside C
        assert pairs[(BITTER_MELON_ID, compound)][0] == "contains"


def test_no_herb_when_the_previous_sentence_states_no_composition(facts):
    doc = facts(GARLIC_BACKGROUND + GARLIC.split(". ", 1)[1])
    assert not [m for s in doc.sentences for m in s.mentions if m.how == "cross-sentence-composition"]


@pytest.mark.parametrize("sentence, anaphor", [
    ("These include unique water-soluble organosulfur compounds, lipid-soluble organosulfur components and flavonoids, "
     "notably allixin and selenium.", "These"),  # PMID11238807
    ("Some of the isolated compounds (Kuguacin J, Karaviloside XI, Kuguaglycoside C, Momordicoside Q-U, Charantin, "
     "a-eleostearic acid) and proteins (a-Momorcharin, RNase MC2, MAP30) possess potent biological activity.",
     "Some"),  # PMID26968675: its first word (a bracket follows)
    # no list follows: what the ingredients may do, not which they are (validation_en PMID23069328)
    ("The active ingredients in Illawarra plum may provide an alternative chemoprevention strategy to conventional "
     "chemotherapy.", None),
    ("These results indicated that Silibinin is a cell-cycle regulator and apoptosis inducer.", None),  # PMID22619007
])
def test_anaphor(sentence, anaphor):
    found = constituent_anaphors.anaphor(sentence)
    assert (sentence[found[0]:found[1]] if found else None) == anaphor


def test_the_bracketed_lists_end_the_constituents():
    # PMID26968675: the list is the two bracketed groups; what follows is what they do
    sentence = BITTER_MELON.rsplit(". ", 1)[1]
    found = constituent_anaphors.anaphor(sentence)
    assert sentence[:found[2]].endswith("MAP30)")

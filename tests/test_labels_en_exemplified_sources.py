"""Stop 36: a herb's compound given as an example of a class of its constituents ("…of garlic … organosulfur
compounds, such as S-allylcysteine") is ``contains`` (relations/compound_sources.py ``exemplified_class``).

Pinned on the two validation documents with the construction (gold ``contains``, typed ``associated`` before), and
on a sentence where the class noun is coordinated with the plant ("citrus fruits and compounds such as
flavonoids"): the compounds there are named beside the fruit, not as its constituents.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import compound_sources

# validation_en PMID11238807
GARLIC = ("Long-term extraction of garlic (up to 20 mo) ages the extract, creating antioxidant properties by modifying "
          "unstable molecules with antioxidant activity, such as allicin, and increasing stable and highly bioavailable "
          "water-soluble organosulfur compounds, such as S-allylcysteine and S-allylmercaptocysteine.")
OLIVE = ("Olea europaea L. leaves are an agricultural waste product with a high concentration of phenolic compounds; "
         "especially oleuropein.")  # validation_en PMID26193251
GARLIC_ID = "HERB001104"
# Olea europaea: HERB has two rows for the plant (齐墩果 HERB004427, 油橄榄 HERB006677); which one owns the binomial is the
# dictionary builder's choice (build_herbs._one_owner_per_name, stop 40: 油橄榄), not what this test is about
OLIVE_IDS = {"HERB004427", "HERB006677"}


def test_compounds_given_as_examples_of_the_herbs_constituents_are_contained(annotator):
    typed = typed_pairs(annotator, GARLIC)
    for compound in ("CPD:allicin", "CPD:s-allylcysteine", "MESH:C086300"):
        pair = typed[(GARLIC_ID, compound)]
        assert (pair.label, pair.agent) == ("contains", GARLIC_ID)


def test_especially_after_a_class_noun_names_the_herbs_constituent(annotator):
    typed = typed_pairs(annotator, OLIVE)
    olive = [herb for herb in OLIVE_IDS if (herb, "CPD:oleuropein") in typed]
    assert len(olive) == 1
    pair = typed[(olive[0], "CPD:oleuropein")]
    assert (pair.label, pair.agent) == ("contains", olive[0])


class _S:
    def __init__(self, text, word, label):
        self.start = text.index(word)
        self.end = self.start + len(word)
        self.label = label


def test_a_class_noun_coordinated_with_the_plant_names_no_constituent():
    text = "Studies suggest that citrus fruits and compounds such as hesperidin have health promoting effects."
    herb, compound = _S(text, "citrus", "HERB"), _S(text, "hesperidin", "COMPOUND")
    assert compound_sources.exemplified_class(text, [herb, compound], compound, herb) is None
    text = "Extracts of citrus are rich in flavonoid compounds such as hesperidin."
    herb, compound = _S(text, "citrus", "HERB"), _S(text, "hesperidin", "COMPOUND")
    assert compound_sources.exemplified_class(text, [herb, compound], compound, herb) is not None


def test_another_herb_between_takes_the_example():
    text = "Unlike ginseng, garlic contains organosulfur compounds such as allicin."
    ginseng, garlic, allicin = _S(text, "ginseng", "HERB"), _S(text, "garlic", "HERB"), _S(text, "allicin", "COMPOUND")
    spans = [ginseng, garlic, allicin]
    assert compound_sources.exemplified_class(text, spans, allicin, ginseng) is None
    assert compound_sources.exemplified_class(text, spans, allicin, garlic) is not None

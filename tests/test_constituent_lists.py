"""Constituents named together (relations/constituent_lists.py): a composition sentence pairs a herb with each
compound it names, never two of the compounds. Sentences are real, each with its source."""

from __future__ import annotations

import pytest

from pipeline.relations.constituent_lists import listed_after_cue, listed_constituents, states_composition
from tests.nlp_helpers import facts_of, sentence_rows

# validation44_en PMID23608240 (development since stop 45): Waltheria indica review
WALTHERIA = ("The phytochemical investigations showed the presence of cyclopeptid alkaloids, flavonoids (e.g., "
             "(-)-epicatechin, quercetin, kaempferol, kaempferol-3-O-b-d-(6   -E-p-coumaryl)-glucopyranoside), tannins, "
             "sterols, terpenes, saponins, anthraquinones.")
# validation44_en PMID26851499: Symplocos racemosa review
SYMPLOCOS = ("Phytochemical studies indicated presence of many phenolic glycosides like symplocoside, triterpenoids like "
             "betulinic acid, acetyloleanolic acid and oleanolic acid and flavonoids like quercetin which might have "
             "contributed to the observed protective effects.")
# validation44_en PMID23194511: litchi pulp
LITCHI = ("Six individual phenolics (gallic acid, chlorogenic acid, (+)-catechin, caffeic acid, (-)-epicatechin, and "
          "rutin) were detected in litchi pulp by HPLC.")
# validation41_zh (title of a cited paper): a stated combination, no composition word
COMBINED = "Chlorogenic acid and caffeine in combination inhibit fat accumulation by regulating hepatic lipid metabolism-related enzymes in mice"


@pytest.mark.parametrize(("text", "a", "b"), [
    (WALTHERIA, "CPD:quercetin", "CPD:tannin"),
    (WALTHERIA, "CPD:epicatechin", "MESH:D005419"),  # a class beside its example
    (SYMPLOCOS, "CPD:oleanolic-acid", "CPD:quercetin"),
    (SYMPLOCOS, "CPD:betulinic-acid", "CPD:triterpene"),
])
def test_two_constituents_of_a_composition_sentence_are_no_pair(annotator, text, a, b):
    ids = {m.entity_id for s in facts_of(annotator.annotate("t", text)).sentences for m in s.mentions}
    assert {a, b} <= ids  # both compounds are still recognised
    assert (a, b) not in sentence_rows(annotator, text)


def test_the_herb_keeps_contains_with_each_constituent(annotator):
    rows = sentence_rows(annotator, LITCHI)
    assert rows[("HERB003344", "CPD:rutin")].label == "contains"
    assert rows[("HERB003344", "CPD:gallic-acid")].label == "contains"


def test_a_stated_combination_outside_composition_is_kept(annotator):
    rows = sentence_rows(annotator, COMBINED)
    assert rows[("CPD:chlorogenic-acid", "CPD:caffeine")].label == "combined_with"


def test_composition_words():
    assert states_composition(WALTHERIA) and states_composition(LITCHI)
    assert states_composition("Chemical analysis of ethanol and aqueous extracts of meadowsweet has shown high "
                              "content of biologically active flavonoids and tannins.")  # PMID27838807
    assert states_composition("丹参中含有丹参酮IIA和丹酚酸B")
    assert not states_composition(COMBINED)


def test_only_uncued_compound_pairs_are_dropped():
    assert listed_constituents("COMPOUND", "COMPOUND", "associated", None, False, LITCHI)
    assert not listed_constituents("HERB", "COMPOUND", "associated", None, False, LITCHI)
    assert not listed_constituents("COMPOUND", "COMPOUND", "combined_with", object(), False, LITCHI)
    assert not listed_constituents("COMPOUND", "COMPOUND", "associated", None, True, LITCHI)


# --- the herb of a composition sentence: a list after the cue, an implicit plant, a plant anaphor -----------------

WALTHERIA_TWO = ("RESULTS: Crude extracts and isolated compounds from Waltheria indica were investigated and showed "
                 "analgesic, anti-inflammatory, antibacterial, antifungal, antimalarial, anti-anemic, anti-oxidant, sedative and "
                 "anticonvulsant activities. " + WALTHERIA)  # validation44_en PMID23608240, two adjacent sentences
CYPERUS_TWO = ("RESULTS: Phytochemical and pharmacological studies revealed the significance of C. rotundus as an "
               "antiandrogenic, antibacterial, anticancerous, anticonvulsant, antidiabetic, antidiarrheal, antigenotoxic, "
               "anti-inflammatory, antilipidemic, antimalarial, antimutagenic, antiobesity, antioxidant, anti-uropathogenic, "
               "hepatoprotective, cardioprotective, neuroprotective, and nootropic agent. This is the most investigated plant "
               "worldwide due to the higher concentration of active ingredients in the form of essential oils, phenolic acids, "
               "ascorbic acids, and flavonoids in the tuber and rhizomes.")  # validation44_en PMID26297840
MEADOWSWEET = ("Chemical analysis of ethanol and aqueous extracts of meadowsweet has shown high content of biologically "
               "active flavonoids and tannins.")  # validation44_en PMID27838807
CITRUS = ("Our previous studies demonstrated that oral administration of Gold Lotion (GL), an extract of multiple varieties "
          "of citrus peels containing abundant flavonoids, including a large percentage of polymethoxyflavones (PMFs), "
          "effectively suppressed azoxymethane (AOM)-induced colonic tumorigenesis.")  # validation39_en PMID23673480


@pytest.mark.parametrize(("text", "herb", "compound"), [
    (WALTHERIA_TWO, "HERB002187", "MESH:D000470"),  # the first item after "presence of"
    (WALTHERIA_TWO, "HERB002187", "CPD:quercetin"),  # an example in brackets, commas away from the cue
    (WALTHERIA_TWO, "HERB002187", "CPD:anthraquinone"),  # the last item
    (CYPERUS_TWO, "HERB006019", "MESH:D005419"),  # "the most investigated plant": C. rotundus
    (MEADOWSWEET, "HERB006273", "CPD:tannin"),  # "high content of"
])
def test_the_herb_contains_each_listed_constituent(annotator, text, herb, compound):
    assert sentence_rows(annotator, text)[(herb, compound)].label == "contains"


def test_a_list_ends_at_a_new_clause():
    start = CITRUS.index("containing") + len("containing")
    assert listed_after_cue(CITRUS, start, CITRUS.index("flavonoids"))
    assert not listed_after_cue(CITRUS, start, CITRUS.index("azoxymethane"))  # "effectively suppressed" ends it
    zh = "其中番茄皂苷A是番茄中主要的皂苷成分,在原料中的含量为番茄红素的3倍"  # new_papers_zh ChinaXiv-202105.00091V1
    assert not listed_after_cue(zh, zh.index("成分") + 2, zh.index("番茄红素"))  # a Chinese comma is a clause break


def test_a_coordinated_extract_solvent_is_no_constituent(annotator):
    # "ethanol and aqueous extracts of meadowsweet": ethanol made the extract (nlp/extract_abbreviations.py), it is no
    # constituent the analysis found
    rows = sentence_rows(annotator, MEADOWSWEET)
    assert ("HERB006273", "CPD:ethanol") not in rows
    assert rows[("HERB006273", "MESH:D005419")].label == "contains"

"""Constituents named together (relations/constituent_lists.py): a composition sentence pairs a herb with each
compound it names, never two of the compounds. Sentences are real, each with its source."""

from __future__ import annotations

import pytest

from pipeline.relations.constituent_lists import listed_constituents, states_composition
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

"""Stop 33 (s33-chemner): a chemical class MeSH names in the plural (Penicillins, Barbiturates) is
matched in the singular too (build_chemicals.singular_class_name). Real sentences of BC5CDR
development (PMID 18657397) and BC2GM train, dev/annotated."""

from __future__ import annotations

import pytest

from pipeline.dictionaries.build_chemicals import singular_class_name

PENICILLIN = ("In the present study we aimed to portray a detailed spectral analysis of penicillin-induced "
              "epileptiform activity in comparison with basal brain activity in anesthetized Wistar rats.")
BARBITURATE = ("2 in animals studied under barbiturate and halothane anesthesia, respectively.")


@pytest.mark.parametrize("text, word, entity", [
    (PENICILLIN, "penicillin", "MESH:D010406"),
    (BARBITURATE, "barbiturate", "MESH:D001463"),
])
def test_the_singular_of_a_plural_class_heading_is_the_class(annotator, text, word, entity):
    adoc = annotator.annotate("t", text)
    found = {(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions}
    assert (word, entity) in found


@pytest.mark.parametrize("plural, singular", [
    ("Penicillins", "Penicillin"), ("Barbiturates", "Barbiturate"), ("Mineralocorticoids", "Mineralocorticoid"),
    ("Sugars", None), ("Acids", None), ("Antidepressants", None), ("Hormones", None), ("Temefos", None),
    ("Waxes", None), ("Tropomyosins", None), ("Maleates", None),
])
def test_singular_class_names(plural, singular):
    assert singular_class_name(plural) == singular

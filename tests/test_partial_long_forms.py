"""A Chinese name matched only in its last part, before a short form that is an approved symbol.

"磷酸甘油醛脱氢酶（GAPDH）": the dictionary knows only "醛脱氢酶" (the ALDH family) at the end of the
name, and the short form used to inherit that family; GAPDH's own Chinese name (甘油醛-3-磷酸脱氢酶)
holds the characters glued before the match, so the short form is GAPDH (abbreviations.
symbol_over_partial_zh). Sentences from two validation papers.
"""

from __future__ import annotations

from tests.nlp_helpers import named


def test_glyceraldehyde_phosphate_dehydrogenase_is_gapdh_not_the_aldh_family(annotator):
    # validation ChinaXiv-201711.01148V1 (methods, primers)
    text = ("以GeneBank中猪 SOD、CATDNA序列作为模板，以磷酸甘油醛脱氢酶（GAPDH）作为内参基因，"
            "运用Primer5.0设计引物")
    found = named(annotator, text)
    assert ("GAPDH", "HGNC:4141") in found
    assert not any(eid == "FPLX:ALDH" for _, eid in found)


def test_antibody_list_gapdh_is_gapdh(annotator):
    # validation ChinaXiv-201711.00762V1 (methods, antibodies)
    found = named(annotator, "磷酸甘油醛脱氢酶（GAPDH）一抗(ab8245，Abcam，英国)")
    assert ("GAPDH", "HGNC:4141") in found
    assert not any(eid == "FPLX:ALDH" for _, eid in found)


def test_a_name_matched_whole_keeps_its_entity(annotator):
    # validation ChinaXiv-201711.00864V1: the whole Chinese name is the dictionary's, nothing changes
    found = named(annotator, "根据GenBank大鼠甘油醛-3-磷酸脱氢酶(GAPDH)、ABCA1、SR-BI DNA序列")
    assert ("甘油醛-3-磷酸脱氢酶", "HGNC:4141") in found
    assert ("GAPDH", "HGNC:4141") in found

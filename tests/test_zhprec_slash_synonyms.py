"""A protein's two names joined by "/" (yeast and mammalian, Atg8/LC3) compose no axis
(pipeline/nlp/slash_synonyms.py, hooked into nlp/pathways.py ``_slash_chains``)."""

import pytest

from pipeline.nlp.slash_synonyms import alias_forms, fold_name, names_one_protein


def _ids(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.entity_id for item in adoc.sentences for m in item.mentions]


@pytest.mark.parametrize("text", [
    # validation_zh ChinaXiv-201712.00999V1, discussion
    "而在自噬发生的过程中,p62/SQSTM1通过与Atg8/LC3的结合促进泛素的降解。",
    # new_papers_zh ChinaXiv-201712.00767V1, a reference title
    "p62/SQSTM1 binds directly to Atg8/LC3 to facilitate degradation of ubiquitinated protein aggregates by autophagy",
])
def test_yeast_and_mammalian_name_of_one_protein_is_no_axis(annotator, text):
    ids = _ids(annotator, text)
    assert not any(i.startswith("AXIS:") for i in ids)
    assert "FPLX:MAP1LC3" in ids  # LC3 keeps its own mention


def test_two_different_proteins_still_compose_an_axis(annotator):
    # new_papers_zh ChinaXiv-201806.00141V1, discussion: NRF2 and HO-1 are two proteins
    text = ("芍药苷可以通过降低细胞内ROS的生成,同时激活抗氧化通路核因子E2相关因子2/血红素氧合酶1,"
            "诱导血红素氧合酶1基因的表达来保护内皮细胞的氧化损伤,抑制细胞凋亡[21-23]。")
    assert "AXIS:HGNC:7782/HGNC:5013" in _ids(annotator, text)
    # Atg5 and Atg7 are two proteins: no alias of one names the other
    assert "AXIS:HGNC:589/HGNC:16935" in _ids(annotator, "敲低Atg5/Atg7后自噬减弱。")


def test_paralog_lettered_aliases_give_their_root():
    forms = alias_forms(["ATG8F", "LC3A", "MAP1LC3B"])
    assert {"ATG8F", "ATG8", "LC3A", "LC3"} <= forms
    assert fold_name("Atg 8") == "ATG8"
    assert names_one_protein(["Atg8", "LC3"], ["HGNC:13291", "FPLX:MAP1LC3"],
                             lambda i: forms if i == "FPLX:MAP1LC3" else frozenset())
    assert not names_one_protein(["Atg8", "LC3"], ["X", "X"], lambda i: forms)

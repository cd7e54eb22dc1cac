"""A supplier's name in the parenthesis after a reagent is no short form of the reagent
(pipeline/nlp/abbreviations.py, ``is_supplier``)."""

from __future__ import annotations

from pipeline.nlp.abbreviations import is_supplier


def test_a_supplier_after_a_reagent_defines_nothing(mentions_of):
    """new_papers ChinaXiv-201801.00630V1's reagent list: "醛固酮(Sigma)" defined Sigma as aldosterone,
    and each later "(Sigma)" (after 甘油磷酸钠, 维生素C, 地塞米松, I型胶原酶) became an aldosterone mention."""
    text = ('醛固酮(Sigma)， $\\beta \\mathrm { . }$ -甘油磷酸钠(Sigma),L-维生素C(Sigma），地塞米松(Sigma)；DMEM高糖'
            '培养基（Gibco），胎牛血清（Gibco）， $0 . 2 5 \\%$ 胰酶-EDTA（Gibco），I型胶原酶（Sigma），')
    found = mentions_of(text)
    assert [s for s, eid in found if eid == "CPD:aldosterone"] == ["醛固酮"]
    assert "Sigma" not in [s for s, _ in found]


def test_supplier_names_are_read_case_blind_and_with_their_suffixes():
    """Other papers' reagent lists: "化学发光试剂盒(Thermo)", "活性氧检测试剂盒（Beyotime）" (new_papers
    ChinaXiv-201810.00267V1), "抗体(Abcam)" (validation ChinaXiv-201712.01073V1), "1640培养基(Gibco)"
    (validation ChinaXiv-201801.00619V1)."""
    for name in ("Sigma", "SIGMA", "Sigma-Aldrich", "Thermo", "Beyotime", "Abcam", "Gibco", "GIBCO"):
        assert is_supplier(name), name
    for short in ("SOD", "GPX4", "OG", "BMSCs", "TNF-α"):
        assert not is_supplier(short), short

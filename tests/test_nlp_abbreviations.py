"""Abbreviations defined in the paper win over the dictionary — and only where they apply."""


def mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id, m.how) for item in adoc.sentences for m in item.mentions]


def test_a_defined_short_form_does_not_swallow_longer_symbols(annotator):
    # jin2025: "哺乳动物雷帕霉素蛋白(mTOR)" defines mTOR; mTOR1/mTOR2 (its complexes) stay themselves
    found = mentions(annotator, "哺乳动物雷帕霉素蛋白(mTOR)是一种丝氨酸/苏氨酸蛋白激酶,有两个不同的蛋白复合物的催化亚基"
                                "即mTOR1和mTOR2,是细胞生长、增殖和自噬的主要参与者。")
    assert ("mTOR1", "FPLX:mTORC1", "dictionary") in found
    assert ("mTOR2", "FPLX:mTORC2", "dictionary") in found


def test_plural_of_a_defined_short_form_follows_the_definition(annotator):
    found = mentions(annotator, "骨髓间充质干细胞(bone marrow mesenchymal stem cells, BMSCs)是一种多能干细胞。"
                                "研究表明MSCs和BMSC可以分化为成骨细胞。")
    assert not any(text in ("BMSCs", "BMSC") for text, _, _ in found)


def test_orcinol_glucoside_abbreviation_links_the_compound(annotator):
    found = mentions(annotator, "苔黑酚葡萄糖苷(Orcinol Glucoside, OG)通过激活mTOR和Nrf2/Keap1信号通路,减轻氧化应激和"
                                "破骨细胞自噬。OG还可以预防老年性骨质疏松症。")
    assert ("OG", "CPD:orcinol-glucoside", "abbreviation") in found

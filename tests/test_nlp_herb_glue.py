"""A Chinese herb name glued inside a longer word that names something else (stop 39, s39-herbglue).

Sentences copied verbatim from the development texts (document ids in each test)."""

from __future__ import annotations

from pipeline.nlp.herb_senses import is_chemical_morpheme


def _at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_more_class_morphemes_after_a_herb_name_make_a_compound_name():
    """CNCCS class morphemes missing from the list: 糖 (a sugar: 葡萄糖 glucose, 鼠李糖 rhamnose),
    氨 of 氨酸 / 氨酰 / 氨基 (天门冬氨酸, aspartic acid), 碱 (an alkaloid: 喜树碱, camptothecin),
    内酯 (a lactone: 藁本内酯, ligustilide), 醌 (a quinone)."""
    cases = [
        # jin2025_autophagy_osteoporosis (review): orcinol glucoside, not the grape
        ("路参与破骨细胞自噬过程影响破骨细胞分化。苔黑酚葡萄糖苷(Orcinol G", "葡萄"),
        # ChinaXiv-202010.00047V1 (sample): α-L-rhamnosidase, not the buckthorn 鼠李
        ("）使用 $\\mathfrak { a }$ -L-鼠李糖苷酶提取铁皮石斛(D.catena", "鼠李"),
        # ChinaXiv-201810.00267V1 (new_papers_zh): aspartate aminotransferase, not 天门冬
        ("基转移酶(ALT)、天门冬氨酸氨基转移酶(AST)和肿瘤坏死", "天门冬"),
        # ChinaXiv-202107.00008V2 (sample): camptothecin, not the tree 喜树
        ("亲和力高，但抑制效力较差（图2D-E）。喜树碱的亲和力极差（", "喜树"),
        # ChinaXiv-201712.00816V1 (sample): ligustilide, not 藁本
        ("OR信号通路防止骨骼肌细胞凋亡[16]。藁本内酯是肾衰营养胶囊中当归", "藁本"),
    ]
    for text, name in cases:
        assert is_chemical_morpheme(text, *_at(text, name)), (name, text)


def test_fractions_and_other_words_after_a_herb_name_keep_the_herb():
    """A fraction (总皂苷, 多糖, 黄酮: GUIDELINES 5.2), a syrup (糖浆), 碱性 (alkaline) and 甾体
    (steroidal, a fraction's class) after a herb name are no compound named after it."""
    # ChinaXiv-202105.00091V1 (new_papers_zh): tomato total saponins, the herb 番茄
    text = "型小鼠，考察番茄总皂苷对正常小鼠及高"
    assert not is_chemical_morpheme(text, *_at(text, "番茄"))
    assert not is_chemical_morpheme("黄芪多糖可提高", 0, 2)
    assert not is_chemical_morpheme("川贝枇杷糖浆", 2, 4)
    assert not is_chemical_morpheme("知母甾体皂苷", 0, 2)
    assert not is_chemical_morpheme("黄芪碱性提取", 0, 2)
    assert not is_chemical_morpheme("甘草苷类成分", 0, 2)


# --- a herb name inside another species' name, told by its Latin binomial --------------------------

def _herb_mention(text: str, name: str, eid: str, nth: int = 0):
    from pipeline.nlp.matcher import Mention

    start, end = _at(text, name, nth)
    return Mention(start, end, eid, "HERB", "dictionary", name)


def test_a_binomial_of_another_genus_after_a_glued_herb_name_names_another_species(annotator):
    """ChinaXiv-202107.00008V2 (sample): 核桃枝（Juglans regia L.） is a walnut twig; 桃枝 (Prunus
    persica) read inside it is no herb, while 桑枝（Morus australis） (Ramulus Mori), 十大功劳
    (Mahonia) and 降香 (Dalbergia) in the same list are the herbs their binomials name."""
    from pipeline.nlp.herb_species import drop_other_species, other_species

    text = ("大量抗癌疗效见证的一剂抗癌中药。这些树是桑枝（Morus australis）、核桃枝（Juglans regia L.）、"
            "十大功劳（Mahonia oiwakensis）和降香（Dalbergia odorifera）")
    ids = {"桑枝": "HERB004837", "桃枝": "HERB005415", "十大功劳": "HERB003249", "降香": "HERB002846"}
    mentions = [_herb_mention(text, name, eid) for name, eid in ids.items()]
    found = other_species(text, mentions, annotator.herb_latin_stems)
    assert found == [("HERB005415", "核桃枝")]
    # the paper keeps the sense: the same surface later, without its binomial
    later = "核桃枝提取物和桑枝提取物"
    kept = drop_other_species(later, [_herb_mention(later, "桃枝", "HERB005415"),
                                      _herb_mention(later, "桑枝", "HERB004837")], found)
    assert [m.text for m in kept] == ["桑枝"]


def test_a_binomial_matching_the_herb_keeps_it(annotator):
    """ChinaXiv-202107.00008V2 (sample): "拍摄的甘草（Glycyrhiza uralensis，" (the genus misspelt) is
    the herb 甘草; a herb without Latin names is not judged."""
    from pipeline.nlp.herb_species import other_species, same_stem

    text = "edersteinbach 的Michael Wolf拍摄的甘草（Glycyrhiza uralensis，图 5B）。"
    assert other_species(text, [_herb_mention(text, "甘草", "HERB001779")], annotator.herb_latin_stems) == []
    assert other_species(text, [_herb_mention(text, "甘草", "HERB001779")], lambda eid: frozenset()) == []
    assert same_stem("Morus", "mori") and same_stem("Lycopus", "lycopi") and not same_stem("Juglans", "prunus")

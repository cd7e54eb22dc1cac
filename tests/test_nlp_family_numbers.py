"""A family's written-out name with a member number right after it names the member (nlp/family_sense.py
``grow_numbered_members``): "骨形态发生蛋白9" is BMP9 (GDF2), not the BMP family."""

from __future__ import annotations

from pipeline.nlp.family_sense import member_number_after


def test_a_chinese_family_name_with_a_number_names_the_member(mentions_of, gene_id):
    # validation_zh ChinaXiv-201803.00487V1 (gold GDF2 for BMP9; the dictionary has no "骨形态发生蛋白9")
    found = mentions_of("摘要目的：探讨脂肪因子分泌型卷曲相关蛋白(Secreted frizzled-related protein5,SFRP5)对骨形态发生蛋白9"
                        "（bone morphogenetic protein9，BMP9）诱导人脐带间充质干细胞（humanumbilical cord-derived "
                        "mesenchymal stem cells，hUC-MSCs)成骨分化的影响。")
    assert ("骨形态发生蛋白9", gene_id("GDF2")) in found
    assert not [m for m in found if m[1] == "FPLX:BMP"]


def test_a_number_that_continues_the_name_is_no_member_number(mentions_of, gene_id):
    # validation_zh ChinaXiv-201711.00361V1: "沉默信息调节因子2同源蛋白1" is the homologue 1 of yeast Sir2 (SIRT1), not SIRT2
    found = mentions_of("以及信号通路蛋白基因[沉默信息调节因子2同源蛋白1(Sirt1)、叉头转录因子1（Fox01）和叉头转录因子 "
                        "$4 ( F o x O 4 ) ]$ 引物通过PrimerPremier 6.0 软件设计，由北京三博志远生物技术有限公司合成。")
    assert gene_id("SIRT2") not in {i for _, i in found}
    assert ("Sirt1", gene_id("SIRT1")) in found


def test_only_the_family_symbol_is_a_stem(mentions_of, gene_id):
    # dev sample ChinaXiv-201711.00904V1: yeast Sir2, whose family SIRT1 belongs to; "sirtuin" + 2 would say SIRT2
    found = mentions_of("SIRT1是依赖于烟酰胺腺嘌呤二核苷酸（nicotinamide adenine dinucleotide，NAD+）的组蛋白去乙酰化酶，"
                        "为沉默信息调节因子2(silentinformation regulator2，Sir2)家族成员之一[5]，与细胞增殖、分化、衰老、"
                        "凋亡和代谢密切相关，已成为生命科学领域研究的热点之一。")
    assert gene_id("SIRT2") not in {i for _, i in found}


def test_member_number_after_reads_a_designator_not_a_count_or_unit():
    assert member_number_after("骨形态发生蛋白9（", 7) == ("9", 8)
    assert member_number_after("成纤维细胞生长因子-8的", 9) == ("8", 11)
    assert member_number_after("基质金属蛋白酶 13B 和", 7) == ("13B", 11)
    assert member_number_after("成纤维细胞生长因子2种", 9) is None   # a count: two kinds of FGF
    assert member_number_after("成纤维细胞生长因子165", 9) is None   # VEGF165-like isoform length, no member
    assert member_number_after("转化生长因子βI", 6) is None          # Greek/roman: the dictionary's job
    assert member_number_after("固醇调节元件结合蛋白-1c", 10) is None  # lower-case isoform letter
    assert member_number_after("干扰素 2 h", 3) is None               # a time
    assert member_number_after("沉默信息调节因子2同源蛋白1", 8) is None  # the name goes on: Sir2's homologue
    assert member_number_after("白细胞介素6受体", 5) is None           # IL-6's receptor
    assert member_number_after("激酶 1/2,and", 2) is None             # two members: the family
    assert member_number_after("骨形态发生蛋白9,诱导", 7) == ("9", 8)
    assert member_number_after("因子2.5倍", 2) is None

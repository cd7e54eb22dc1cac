"""组蛋白 after a group label is the group's 组 and 蛋白 (protein), not histone (nlp/group_labels.py
``is_group_protein``)."""

# verbatim
EACH_GROUP = "经RIPA蛋白抽提试剂提取总蛋白，按BCA蛋白定量试剂盒方法测定各组蛋白浓度。"  # sample ChinaXiv-201801.00630V1
EACH_GROUP_2 = "将样本标准化，取各组蛋白经聚丙烯酰胺凝胶电泳后转膜。"  # validation ChinaXiv-201712.00990V1
LABEL_GROUP = "丝胶蛋白组可见LC3-2表达上调，p62表达逐渐下调，Beclin表达增加（图6)，而Sericin $+ 3$ -MA组蛋白表达介于两组之间。"  # sample ChinaXiv-201806.00153V1
HISTONE = "Bcr/Abl的H4组蛋白乙酰化，从而促进K562细胞增殖"  # validation ChinaXiv-201712.01073V1 (simplified TeX)
HISTONE_2 = "SIRT1作为一种NAD+依赖的组蛋白去乙酰化酶，通过细胞内氧化还原状态的改变而调控细胞"  # sample ChinaXiv-201711.00904V1


def _histone(mentions_of, text):
    return [m for m in mentions_of(text) if m[0].startswith("组蛋白")]


def test_a_groups_protein_is_no_histone(mentions_of):
    for text in (EACH_GROUP, EACH_GROUP_2, LABEL_GROUP):
        assert not _histone(mentions_of, text), text


def test_histone_stays(mentions_of):
    assert _histone(mentions_of, HISTONE)
    assert _histone(mentions_of, HISTONE_2)

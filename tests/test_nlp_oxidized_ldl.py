"""Oxidized LDL is a stimulus (a COMPOUND, MeSH C099252), in Chinese and English (dictionaries/curated/
chemical_terms.tsv, drugs_zh.tsv)."""

# verbatim
ZH_OX = "我们的既往研究发现，氧化性低密度脂蛋白可通过RAS/ERK信号通路诱导PLTP表达上调,并进一步促进TGF-β1的合成[18]。"  # validation ChinaXiv-201712.00859V1
ZH_SHORT = ("采用氧化低密度脂蛋白（ox-LDL）作用于ANA-1细胞48h，构建荷脂模型，将ANA-1细胞分为正常对照组（正常细胞）、"
            "苜蓿皂苷组（正常细胞）、荷脂模型组（荷脂细胞）和荷脂皂苷组（荷脂细胞)")  # validation ChinaXiv-201711.00864V1
OX_LDL = "MESH:C099252"


def test_oxidized_ldl_is_a_compound(mentions_of):
    assert OX_LDL in {eid for _, eid in mentions_of(ZH_OX)}
    found = [t for t, eid in mentions_of(ZH_SHORT) if eid == OX_LDL]
    assert "氧化低密度脂蛋白" in found and "ox-LDL" in found


def test_the_english_long_form_too(mentions_of):
    text = ("ANA-1 cells were incubated with oxidized low density lipoprotein for $4 8 \\mathrm { ~ h ~ }$ to "
            "constitute lipid-loaded model.")  # validation ChinaXiv-201711.00864V1 abstract_en
    assert OX_LDL in {eid for _, eid in mentions_of(text)}

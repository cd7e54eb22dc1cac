"""A supplier's name in a methods sentence is no entity: "购自BD公司" is Becton Dickinson, not the compound fragment
"beta-D"; "Bio-Rad公司" is no RRAD (nlp/non_gene_names.py ``names_a_supplier``)."""

from pipeline.nlp.non_gene_names import names_a_supplier

# verbatim
BOUGHT_FROM = "检测凋亡的试剂盒购买于美国BD。其他试剂均购买于美国Sigma。"  # validation ChinaXiv-201712.00999V1
COMPANY = ("胎牛血清、DMEM/F12 培养基购自Gibco 公司；茜素红S、油红0等均购自Sigma 公司；ALP 化学发光检测试剂盒和ALP染色"
           "试剂盒购自BD公司")  # validation ChinaXiv-201803.00487V1
BIO_RAD = ("甘油醛-3-磷酸脱氢酶（glyceraldehyde-3-phosphatedehydrogenase，GAPDH）为总蛋白内参，利用美国Bio-Rad公司GelDoc "
           "XR+凝胶成像系统检测蛋白质条带亮度")  # sample ChinaXiv-201711.00904V1
BIO_RAD_2 = "完成实验的96孔板用 Bio-Rad 公司的蛋白质测定染料试剂染色，以评估平板上结合的GT198蛋白是否脱落。"  # sample ChinaXiv-202107.00008V2
CATALOGUE = "液体硫乙醇酸盐培养基（7017946，BD）、LPS（L2880，Sigma）"  # sample ChinaXiv-201812.00846V1


def test_a_supplier_is_no_entity(mentions_of):
    for text, name in ((BOUGHT_FROM, "BD"), (COMPANY, "BD"), (BIO_RAD, "Rad"), (BIO_RAD_2, "Rad"), (CATALOGUE, "BD")):
        assert not [m for m in mentions_of(text) if m[0] == name], text


def test_what_was_bought_stays(mentions_of):
    assert ("GAPDH", "HGNC:4141") in mentions_of(BIO_RAD)
    assert [m for m in mentions_of(CATALOGUE) if m[0] == "LPS"]


def test_only_the_supplier_slot():
    text = "ALP染色试剂盒购自BD公司"
    i = text.index("ALP")
    assert not names_a_supplier(text, i, i + 3)
    i = text.index("BD")
    assert names_a_supplier(text, i, i + 2)


def test_a_gene_list_in_brackets_is_no_catalogue_entry():
    text = "steroid synthesis genes (CYP11B2, CYP11B1) and"
    i = text.index("CYP11B1")
    assert not names_a_supplier(text, i, i + 7)

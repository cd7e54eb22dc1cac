"""高糖 (high glucose) given to cells is the compound glucose (GUIDELINES 1.3: "用高糖和高棕榈酸处理…", "高糖诱导的…
凋亡" -> CPD:glucose); the medium named after it (高糖DMEM, DMEM高糖培养基) and a high-sugar diet (高糖高脂喂养) are no
treatment (nlp/culture_conditions.py)."""

from pipeline.nlp.culture_conditions import high_glucose_spans

GLUCOSE = "CPD:glucose"

# verbatim
JIN = ("知母皂苷 BII,一种从知母根茎中分离得到的甾体皂苷,通过抑制成骨细胞中 mTOR/NF $\\kappa$ B 信号传导,激活自噬,"
       "从而减轻高糖诱导的氧化应激和凋亡,促进成骨细胞的分化<sup>[17]</sup>。")  # corpus/jin2025 (review body)
LI = "在 OB 模型中,用高糖和高棕榈酸处理小鼠颅骨前成骨细胞不仅抑制 OB 分化和矿化,还会引发与铁死亡相关的 OB 铁死亡。"  # corpus/li2025
VSMC = ("此外，我们还发现：高糖激活血管平滑肌细胞Wnt信号通路，而使用Wnt信号通路Dkk1抑制剂明显减弱高糖诱导的血管平滑肌"
        "细胞钙化和成骨样分化，提示Wnt信号通路参与了高糖诱导的血管平滑肌细胞钙化。")  # validation ChinaXiv-201712.01205V1
MEDIUM = "高糖DMEM培养基、胎牛血清、胰蛋白酶均购自美国GIBICO;Hoechst染色试剂盒"  # validation ChinaXiv-201712.00859V1
MEDIUM_AFTER = "以含 $10 \\%$ 胎牛血清的DMEM高糖培养基重悬细胞并转移至培养皿中"  # new_papers ChinaXiv-201801.00630V1
DIET = "研究表明利用高糖高脂喂养建立的糖尿病大鼠模型,与正常组相比,高糖高脂喂养的大鼠血清铁蛋白水平"  # corpus/li2025


def test_high_glucose_given_to_cells_is_glucose(mentions_of):
    for text in (JIN, LI, VSMC):
        assert ("高糖", GLUCOSE) in mentions_of(text), text


def test_high_glucose_pairs_with_what_it_induces_and_activates(pairs_of):
    assert (GLUCOSE, "hsa04210") in pairs_of(JIN)  # the label of "X诱导的…凋亡" is the relation stage's
    assert pairs_of(VSMC)[(GLUCOSE, "hsa04310")].label == "activates"


def test_the_medium_and_the_diet_are_no_treatment():
    for text in (MEDIUM, MEDIUM_AFTER, DIET):
        assert high_glucose_spans(text) == [], text
    assert len(high_glucose_spans(VSMC)) == 3

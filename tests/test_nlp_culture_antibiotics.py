"""Penicillin and streptomycin of a culture medium are how the cells were kept, not what was studied: recognised,
no relation partner (nlp/assay_reagents.py ``mark_culture_antibiotics``); an antibiotic given alone keeps its
ordinary mention."""

from pipeline.nlp.assay_reagents import mark_culture_antibiotics
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import REAGENT

# verbatim
IPEC = ("IPEC-J2细胞培养于DMEM/F12完全培养基（含 $10 \\%$ 胎牛血清和 $1 \\%$ 青霉素/链霉素双抗）中，每 $2 4 \\mathrm { h }$ "
        "换1次液，当细胞 $80 \\%$ 融合时用 $0 . 2 5 \\%$ 胰蛋白酶-EDTA 消化传代。")  # validation ChinaXiv-201711.00762V1
CAES = ("CaES-17细胞培养于MEM培养基（含体积分数为 $10 \\%$ 胎牛血清， $1 0 0 ~ \\mathrm { U / m L }$ 青霉素和$1 0 0 ~ "
        "\\mathrm { U / m L }$ 链霉素），置于湿度饱和")  # validation ChinaXiv-201712.00999V1 (clipped at a comma)
PURCHASED = "MEM培养基、胎牛血清、胰酶、青霉素、链霉素购买于美国Gibco"  # validation ChinaXiv-201712.00999V1
ALONE = "将不锈钢套管(带内芯)垂直置入侧脑室，牙脱粉固定;术后大鼠分笼饲养并予青霉素抗炎。"  # validation ChinaXiv-201712.01000V1


def _antibiotics(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m for item in adoc.sentences for m in item.mentions if m.label == "COMPOUND"
            and any(w in m.text for w in ("青霉素", "链霉素"))]


def test_the_antibiotics_of_a_medium_are_reagents(annotator):
    for text in (IPEC, CAES, PURCHASED):
        found = _antibiotics(annotator, text)
        assert found and all(m.how == REAGENT for m in found), (text, found)


def test_an_antibiotic_given_alone_is_no_reagent():
    m = Mention(ALONE.index("青霉素"), ALONE.index("青霉素") + 3, "MESH:D010400", "COMPOUND", "dictionary", "青霉素")
    mark_culture_antibiotics(ALONE, [m])
    assert m.how == "dictionary"

"""Stop 34: a signalling pathway acting "通过调节 Y" regulates Y — ``associated`` (relations/pathway_regulation.py),
where a drug or an upstream gene acting "通过调节 X" acts ``via`` X. Real sentences (the document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

AKT_MMP9 = "AKT信号通路能够通过调节MMP-9的表达发挥调节HCC侵袭转移的作用[1]。"  # validation_zh ChinaXiv-201712.00248V1
WNT = ("大量研究表明 $\\mathrm { { W N T / \\beta } }$ -catenin信号通路通过调控神经元的凋亡参与多种神经退行性疾病如阿尔茨海默病、"
       "帕金森病以及脑中风、脑外伤等的发病过程[17-20]。")  # validation_zh ChinaXiv-201712.01000V1
ESTROGEN = "本研究拟观察雌激素是否通过调节AKT信号通路活性抑制肝癌细胞侵袭转移能力。"  # validation_zh ChinaXiv-201712.00248V1


def test_pathway_regulating_its_object_is_associated(annotator, gene_id):
    pair = typed_pairs(annotator, AKT_MMP9)[("AXIS:FPLX:AKT", gene_id("MMP9"))]
    assert (pair.label, pair.cue.text) == ("associated", "通过")  # was via (gold associated)
    wnt = next(v for (a, b), v in typed_pairs(annotator, WNT).items() if a.startswith("AXIS:FPLX:Wnt") and b == "hsa04210")
    assert wnt.label == "associated"


def test_compound_through_regulating_a_pathway_stays_via(annotator):
    pair = typed_pairs(annotator, ESTROGEN)[("CPD:estrogens", "AXIS:FPLX:AKT")]
    assert (pair.label, pair.agent) == ("via", "CPD:estrogens")

"""Stop 32: signed regulation "负调控 / 正向调控" (relations/cues.py, the inhibit and activate cues) is an inhibition / activation,
where the bare "调控" states no direction. Real sentences (the document named at each); the role noun
"负调节因子" (a negative regulator) is no verb and gets no cue.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues

MTOR = ("mTOR 信号通路负调控细胞自噬,而研究发现自噬在破骨细胞的生成过程中被激活,因此 mTOR 信号通路的增强可以抑制自噬从而"
        "抑制破骨细胞生成,进而降低骨吸收能力。")  # review jin2025_autophagy (gold mTOR inhibits autophagy)
TENASCIN = ("我们的结果显示,Tenascin-C可与DKK-1相互结合并负调控DKK-1的蛋白表达,从而降低DKK-1对Wnt通路转录活性的抑制"
            "作用。")  # sample ChinaXiv-201712.00940V1
AKT = "提示KCs中AKT可以正向调控其Survivin的表达。"  # ChinaXiv-201801.00619V1 (the clause)
RUBCN = "RUBCN 是一种自噬负调节因子,在成骨细胞中该因子的缺乏将导致成骨细胞分化和矿化增加。"  # review jin2025_autophagy


def test_negative_regulation_inhibits(annotator):
    typed = typed_pairs(annotator, MTOR)
    pair = typed[("hsa04150", "hsa04140")]
    assert (pair.label, pair.agent) == ("inhibits", "hsa04150")  # was associated (bare 调控)


def test_signed_regulation_cues():
    def kinds(text):
        return [(c.kind, c.text) for c in find_cues(text) if "调" in c.text]
    assert kinds(TENASCIN) == [("inhibit", "负调控")]
    assert kinds(AKT) == [("activate", "正向调控")]
    assert kinds(RUBCN) == []  # "负调节因子": a role noun


def test_positive_regulation_of_expression_upregulates(annotator, gene_id):
    typed = typed_pairs(annotator, AKT)
    pair = typed[("FPLX:AKT", gene_id("BIRC5"))]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:AKT")

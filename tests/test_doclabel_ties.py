"""Which sentence gives a pair its document label (conflicts.DocumentLabels): guards measured in stop 32.

The document label is its best sentence's (comention.best_key: weight, then section, distance,
length). s32b-doclabel simulated, on every development gold pair (reviews, new papers,
validation), the alternatives proposed for ties and near-ties: a directional sentence preferred
over ``associated``/``member_of`` within a weight margin, a vote of the label most of the
document's (near-)best sentences share, shorter sentence or earlier place first. None beat the
current order beyond noise (each +1..+9 / -1..-13 labels, the gains from one or two documents),
and a directional-over-associated margin of 0.7 lowered label accuracy on the reviews and
validation_en and left BioRED dev and train unchanged (an ``associated`` document label almost
never has an unnegated directional sentence behind it: 13 of 2282 BioRED train units). These
tests pin the two behaviours a vote or a direction preference would break, on real sentences
whose gold label the current choice gives.
"""

from __future__ import annotations


def _document_best(annotator, text: str, a_id: str, b_id: str):
    """The ``conflicts.DocumentBest`` of a pair in a document made of ``text``, as aggregation builds it."""
    from pipeline.api import _aggregated
    from pipeline.config import Config
    from pipeline.relations.facts import facts_of

    agg, _ = _aggregated([facts_of(annotator.annotate("d", text))], Config())
    stats = next(st for ((_, x), (_, y)), st in agg.stats.items() if {x, y} == {a_id, b_id})
    return stats.doc_bests()["d"]


def test_a_stated_direction_is_not_outvoted_by_weaker_effect_headings(annotator, gene_id):
    # new_papers_zh ChinaXiv-201801.00630V1 (gold: aldosterone upregulates SCNN1A): one result
    # sentence states the direction, two section headings ("醛固酮对…α-ENaC基因…表达的影响") name
    # the pair without one; a vote among near-best sentences would give the headings' label
    text = ("与对照组相比,醛固酮浓度为1×10-2~1~μmol/L时均能上调成骨细胞中成骨细胞骨形成活性相关标志物"
            "I型胶原蛋白(Coll-Ia)、碱性磷酸酶(ALP)、骨桥蛋白(OPN)和α-ENaC基因的mRNA和蛋白的表达水平(P<0.05)。\n\n"
            "2.2醛固酮对成骨细胞骨形成活性相关标志物和a-ENaC基因mRNA表达的影响\n\n"
            "2.3醛固酮对成骨细胞骨形成活性相关标志物和αENaC基因蛋白表达的影响")
    best = _document_best(annotator, text, "CPD:aldosterone", gene_id("SCNN1A"))
    assert best.label == "upregulates" and not best.negated
    assert best.sentences == 3 and "上调" in best.text


def test_a_component_reading_is_not_replaced_by_an_equal_weight_read_out(annotator):
    # new_papers_zh ChinaXiv-201712.00767V1 (gold: LC3 member_of autophagy): "自噬相关蛋白LC3II"
    # names LC3 as a component, at the weight of a later read-out sentence ("LC3I大量堆积,Beclin1相对
    # 表达量减少…自噬水平显著降低", typed downregulates); preferring a direction over the tie would
    # give the read-out's label
    text = ("本课题组前期实验发现自噬相关蛋白LC3II及Beclin1相对表达量越高提示胃癌恶性度越高3,说明高自噬水平与胃癌侵袭转移能力有关。"
            "本实验发现BAF组与Control组相比自噬溶酶体显著减少,自噬体大量堆积,LC3I大量堆积,Beclin1相对表达量减少而P62相对表达量增多,"
            "综合分析说明自噬水平显著降低,此时细胞同时细胞增殖活力及克隆形成能力降低,核小体表达量升高,Bcl-2表达量降低,"
            "Bax表达量升高,说明细胞增殖抑制,凋亡水平升高。")
    best = _document_best(annotator, text, "FPLX:MAP1LC3", "hsa04140")
    assert best.label == "member_of"
    assert "自噬相关蛋白LC3II" in best.text

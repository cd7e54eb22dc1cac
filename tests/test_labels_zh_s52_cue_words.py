"""Stop 52: two Chinese word classes the typed readings missed (relations/cues.py, relations/drug_classes.py). Real
sentences (the document named at each); before the change each pair was ``associated``.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cues import find_cues

# validation44_zh ChinaXiv-201711.00914V1 (gold resistin and leptin inhibit insulin signalling): 抵抗 a verb after a modal
RESIST = "抵抗素和瘦素在白色脂肪组织内具有旁分泌作用,能抵抗胰岛素信号,促进脂肪脂肪组织内的脂肪合成[37]。"
# validation45_zh ChinaXiv-201711.01377V1: "胰岛素抵抗" is insulin resistance, a noun
RESISTANCE = "此外,瘦素可增强胰岛素诱导的信号通路IR/PI3K/Akt,改善大鼠胰岛素抵抗。"
# validation45_zh ChinaXiv-201711.01011V1 (gold lovastatin inhibits HMGCR): a determiner with an adjective of strength
MONACOLIN = "Endo等[60]研究得出,莫纳可林K的化学结构与HMGR类似,是一个强有力的HMGR的竞争性抑制剂。"


def test_resist_after_a_modal_inhibits(annotator, gene_id):
    typed = typed_pairs(annotator, RESIST)
    for agent in ("RETN", "LEP"):
        pair = typed[(gene_id(agent), "hsa04910")]
        assert (pair.label, pair.agent) == ("inhibits", gene_id(agent))


def test_insulin_resistance_is_no_cue():
    assert [c.text for c in find_cues(RESISTANCE) if "抵抗" in c.text] == []
    assert [(c.kind, c.text) for c in find_cues(RESIST) if "抵抗" in c.text] == [("inhibit", "抵抗")]


def test_copula_class_noun_with_an_adjective_of_strength(annotator, gene_id):
    pair = typed_pairs(annotator, MONACOLIN)[("CPD:lovastatin", gene_id("HMGCR"))]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:lovastatin")

# new_papers_zh ChinaXiv-201707.00654V1 (gold caspases inhibit PARP): a protease cutting its substrate
CLEAVES = "活化的Caspase还可以切割PARP,加速细胞的不稳定,共同促进细胞凋亡[21]。"


def test_protease_cutting_its_substrate_inhibits(annotator):
    pair = typed_pairs(annotator, CLEAVES)[("FPLX:Caspase", "FPLX:PARP")]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:Caspase")


def test_cleavage_noun_is_no_verb_cue():
    # validation_zh ChinaXiv-201712.00999V1, the fragments cleavage.py cites: the cleaved protein as the noun's subject
    for fragment in ("PARP及caspase-9发生剪切", "PARP蛋白及Caspase-9蛋白剪切的增加"):
        assert [c.text for c in find_cues(fragment) if "剪切" in c.text] == []

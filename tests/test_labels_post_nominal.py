"""Lead, stop 33: a change noun right after its protein ("诱导Bcl-2的下调及Bax的上调", "诱导Wnt/β-catenin通路的
抑制") gives the effect together with the verb before it, and governs no later protein
(relations/post_nominal.py); 引起 ("cause") is a cue verb like "cause". Read from the sample batch, where
the herb "upregulated" Bcl-2 and "downregulated" Bax from the first sentence below."""

from __future__ import annotations

from nlp_helpers import typed_pairs

HERB = "HERB005502"  # 铁皮石斛 (Dendrobium officinale)
# ChinaXiv sample 202010.00047V1 (a review of Dendrobium), two sentences of one paragraph
BCL2_BAX = ("铁皮石斛(D.catenatum)多糖可通过诱导Bcl-2的下调及Bax 的上调，改变线粒体的功能、ROS 的产生及与凋亡相关蛋白表达来"
            "诱导人肝癌细胞HepG2的凋亡(Xing etal.,2018b)。")
WNT = ("铁皮石斛(D.catenatum)提取物可通过激活线粒体凋亡途径和诱导Wnt/β-catenin通路的抑制来抑制肝癌SMMC-7721、BEL-7404细胞"
       "和原发性肝癌细胞的增殖(Guo et al.,2019)。")
# validation_zh ChinaXiv-201712.00947V1: activating PTHR1 causes the activation of three pathways
PTHR1 = ("激活PTHR1可以引起cAMP/PKA、PLC/PKC及最新发现的不依赖PLC的PKC激活途径(nonPLC/PKC)这3条通路的激活,诱导成骨细胞增殖、分化,"
         "降低成骨细胞凋亡和减少过氧物酶体增殖激活受体(PPAR)对成骨分化的不良影响。")
# validation_zh ChinaXiv-201803.00487V1, a reference title: "SFRP2 suppression of …" names SFRP2 as the agent
SFRP2 = ("SFRP2 suppression of bone morphogenic protein (BMP)and Wnt signaling mediates mesenchymal stem cel (MSC) "
         "self-renewal promoting engraftment and myocardial repair")


def test_induced_fall_and_rise_after_each_protein(annotator, gene_id):
    typed = typed_pairs(annotator, BCL2_BAX)
    assert typed[(HERB, gene_id("BCL2"))].label == "downregulates"
    assert typed[(HERB, gene_id("BAX"))].label == "upregulates"


def test_induced_inhibition_of_a_pathway_inhibits_it(annotator, gene_id):
    typed = typed_pairs(annotator, WNT)
    assert typed[(HERB, "AXIS:FPLX:Wnt/HGNC:2514")].label == "inhibits"
    assert typed[(HERB, gene_id("CTNNB1"))].label == "inhibits"


def test_caused_activation_of_pathways_activates_them(annotator, gene_id):
    typed = typed_pairs(annotator, PTHR1)
    pair = typed[(gene_id("PTH1R"), "AXIS:FPLX:PKA")]
    assert (pair.label, pair.agent) == ("activates", gene_id("PTH1R"))


def test_an_english_action_noun_with_of_keeps_its_agent(annotator, gene_id):
    typed = typed_pairs(annotator, SFRP2)
    pair = typed[(gene_id("SFRP2"), "hsa04310")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("SFRP2"))

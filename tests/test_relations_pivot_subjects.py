"""Stop 37: a Chinese cue whose own subject is the mention right before it is not an earlier clause's agent's.

"…,使得EGF激活ERK1/2、JNK和PI3K" (validation_zh ChinaXiv-201711.00762V1), "…,当PAMPs刺激TLR的TIR区域"
(validation_zh ChinaXiv-201812.00711V1), "…,并可减轻AOPPs诱导vimentin的表达上调" (new_papers_zh
ChinaXiv-201712.00938V1): in a later clause a mention stands right before the verb as its subject (a pivot after
使得, a subject after 当, the pivot of an outer verb), so the verb's object is acted on by that mention, not by an
entity of an earlier clause (cascade.handed_on). The earlier entity and the object were typed with the verb.
A subject that is no entity, with a modal, takes the means it opens too ("…,说明鼠李糖乳杆菌GR-1能够通过衰减MyD88依赖性…",
validation_zh ChinaXiv-201812.00711V1): the read-outs of the clause before are not its agents.
"""

from __future__ import annotations

TYPED = {"upregulates", "downregulates", "activates", "inhibits"}

CDC42 = "进一步的研究发现Cdc42绑定γCOP后诱导EGF受体的累积,使得EGF激活ERK1/2、JNK和PI3K,进而促进细胞分裂[22]。"  # validation_zh ChinaXiv-201711.00762V1
PAMPS = ("在细胞中,NF-KB的RHD一般与其抑制因子IKB结合而处于休眠状态,当PAMPs刺激TLR的TIR区域,TLR产生反应并将信号传递到"
         "NF-kB通路,NF-kb与IKB迅速分开,NF-KB进入细胞核,在细胞核内与相关DNA序列结合,进而对下游细胞因子或靶基因进行调节。")  # validation_zh ChinaXiv-201812.00711V1
AOPPS = ("而牛蒡子苷可减轻AOPPs诱导的HK-2细胞的E-cadherin的表达下调,并可减轻AOPPs诱导vimentin的表达上调,"
         "提示牛蒡子苷可能减轻AOPPs诱导的HK-2细胞EMT的发生(图1)。")  # new_papers_zh ChinaXiv-201712.00938V1

GR1 = ("刘明超[26研究发现用大肠杆菌感染奶牛子宫内膜上皮细胞会上调NF-κB2和p65的总蛋白表达,而通过鼠李糖乳杆菌GR-1预处理细胞抑制了这两类"
       "蛋白的表达,说明鼠李糖乳杆菌GR-1能够通过衰减MyD88依赖性和非依赖性信号传递途径的信号传导,加强NOD样受体(NLR)和TLR之间的相互作用,"
       "进而减少炎症细胞因子IL-1、IL-18、TNF-a和IL-6等的释放,从而抑制大肠杆菌诱导的奶牛子宫内膜上皮细胞炎症反应。")  # validation_zh ChinaXiv-201812.00711V1


def test_pivot_after_causative_is_the_verbs_subject(pairs_of, gene_id):
    typed = pairs_of(CDC42)
    for target in ("FPLX:ERK", "FPLX:JNK", "FPLX:PI3K"):
        assert typed[(gene_id("CDC42"), target)].label not in TYPED
        assert typed[(gene_id("EGFR"), target)].label not in TYPED
        assert typed[(gene_id("EGF"), target)].label == "activates"  # EGF's own verb: kept


def test_subject_of_a_when_clause_acts_not_the_earlier_clause(pairs_of):
    typed = pairs_of(PAMPS)
    assert typed[("FPLX:IKB", "FPLX:TLR")].label not in TYPED
    assert typed[("FPLX:NFkappaB", "FPLX:TLR")].label not in TYPED


def test_pivot_of_an_outer_verb_acts_on_the_next_object(pairs_of, gene_id):
    typed = pairs_of(AOPPS)
    assert typed[(gene_id("CDH1"), gene_id("VIM"))].label not in TYPED


def test_a_named_subject_with_a_modal_takes_its_means_and_later_verbs(pairs_of, gene_id):
    typed = pairs_of(GR1)
    assert typed[(gene_id("RELA"), gene_id("MYD88"))].label == "associated"  # was p65 ``via`` MyD88
    assert typed[("FPLX:NFkappaB_2", gene_id("MYD88"))].label == "associated"
    for cytokine in ("FPLX:IL1", gene_id("IL18"), gene_id("TNF"), gene_id("IL6")):
        assert typed[(gene_id("RELA"), cytokine)].label not in TYPED  # was p65 ``downregulates`` each

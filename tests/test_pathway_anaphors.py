"""Chinese definite descriptions of a pathway, "此信号通路", "该通路", read as the pathway named just before
(nlp/definite_descriptions.py ``resolve_pathways``; relations/pairs.py ``_at_anaphor``).

Real sentences: validation_zh ChinaXiv-201711.00749V1 (gold SMAD7 inhibits TGFB/SMAD), the sample papers
ChinaXiv-201801.00686V1 and ChinaXiv-201711.01551V1 (/work/shared/data/dev/chinaxiv/sample) and the review
jin2025_autophagy (corpus/jin2025_autophagy_osteoporosis.md)."""

from pipeline.nlp.definite_descriptions import pathway_descriptions
from pipeline.relations.cross_sentence import CROSS_SENTENCE
from pipeline.relations.pairs import PATHWAY_ANAPHOR

SMAD7 = ("TGF-β/Smads 通路中抑制型 Smads（inhibitory Smads,I-Smads,Smad7)通过阻断R-Smad和Co-Smad的激活以及与活化的"
         "受体或受体激活的 Smads竞争性结合形成无活性复合物来负调控此信号通路[10]（图1）。")
WNT = ("目前对于成骨细胞分化调控研究较为透彻的是Wnt信号通路，此通路直接刺激成骨分化关键因子Runx2的表达从而促进成骨"
       "细胞的分化和成熟[4.10-11]。")
RHEB = ("最近研究表明，Rag-Rheb参与调控mTOR信号通路是氨基酸诱导下mTORC1的活化所必需的，并且该通路与经典的TSC1/TSC2-Rheb"
        "介导的mTORC1的调控途径并无联系[25]。")
# two sentences: the description opens the second, the pathway is named in the first
MTOR = ("在成骨细胞中,mTOR 信号通路的异常活化抑制自噬,导致成骨细胞功能受损。因此,可以通过抑制该通路在一定程度上恢复"
        "成骨细胞自噬能力,促进成骨能力,改善骨质疏松症。")
# the nearest pathway before "此通路" is autophagy (自噬), a process with no pathway head: the axis is meant
SERICIN = ("PI3K/AKT/mTOR信号通路为抑制肿瘤自噬的常见信号通路[29-30],我们推测丝胶蛋白可能通过阻断此通路从而增加肿瘤"
           "细胞自噬。")
# validation_zh ChinaXiv-201712.00947V1: "此途径" is the PLC route the second sentence describes ("两条途径…其一"),
# not the pathway of the first
PKC_ROUTE = ("在本研究当中，我们应用了具有信号选择特性的模拟肽G1R19(1-28）、G1R19(1-34)以及PKC的抑制剂Go6983来研究PTH的"
             "非PLC/PKC通路对于MC3T3-E1细胞数量及凋亡的影响。目前认为，PTHR1受体至少通过两条途径激活PKC,其一为激活PLC,PLC"
             "催化磷脂酰肌醇4,5-二磷酸(PIP2)分子水解成磷酸肌醇(IP)和二酰基甘油(DAG)，引起胞内钙离子的释放，进而激活PKC，"
             "此途径为PKC激活的经典途径。")
TGF_SMAD, SMAD7_ID, WNT_ID, RUNX2, RHEB_ID, MTOR_MAP = ("AXIS:FPLX:TGFB/FPLX:SMAD", "HGNC:6773", "hsa04310",
                                                        "HGNC:10472", "HGNC:10011", "hsa04150")
AUTOPHAGY, PI3K_AKT_MTOR = "hsa04140", "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942"


def _mentions(doc):
    return [(m.text, m.entity_id, m.how) for s in doc.sentences for m in s.mentions]


def _pairs(doc):
    out = {}
    for s in doc.sentences:
        for p in s.typed_pairs():
            out[(p.a[1], p.b[1])] = out[(p.b[1], p.a[1])] = p.typed
    return out


def test_descriptions_are_found_but_not_after_a_connective():
    assert [SMAD7[a:b] for a, b, _ in pathway_descriptions(SMAD7)] == ["此信号通路"]
    assert pathway_descriptions("因此通路的激活被阻断") == []  # 因此: therefore
    assert pathway_descriptions("上述通路")[0][2]  # "the above": may be several


def test_description_is_the_pathway_named_before_in_the_sentence(facts):
    assert ("此信号通路", TGF_SMAD, PATHWAY_ANAPHOR) in _mentions(facts(SMAD7))
    assert ("此通路", WNT_ID, PATHWAY_ANAPHOR) in _mentions(facts(WNT))


def test_verb_on_the_description_types_the_pair(facts):
    typed = _pairs(facts(SMAD7))[(SMAD7_ID, TGF_SMAD)]
    assert (typed.label, typed.agent) == ("inhibits", SMAD7_ID)  # gold: SMAD7 inhibits TGFB/SMAD
    typed = _pairs(facts(WNT))[(RUNX2, WNT_ID)]
    assert (typed.label, typed.agent) == ("upregulates", WNT_ID)


def test_a_cue_of_another_clause_does_not_type_the_description(facts):
    assert _pairs(facts(RHEB))[(RHEB_ID, MTOR_MAP)].label == "associated"  # 活化 is mTORC1's, a clause before


def test_antecedent_has_a_pathway_head(facts):
    assert ("此通路", PI3K_AKT_MTOR, PATHWAY_ANAPHOR) in _mentions(facts(SERICIN))


def test_description_opening_the_next_sentence_is_a_cross_sentence_mention(facts):
    doc = facts(MTOR)
    assert ("该通路", MTOR_MAP, CROSS_SENTENCE) in _mentions(doc)
    second = doc.sentences[-1]
    assert {p.a[1] for p in second.typed_pairs()} | {p.b[1] for p in second.typed_pairs()} >= {MTOR_MAP, AUTOPHAGY}


def test_no_description_across_a_paragraph(facts):
    text = MTOR.replace("受损。因此", "受损。\n\n因此")
    assert not any(how == CROSS_SENTENCE for _, _, how in _mentions(facts(text)))


def test_a_head_noun_of_its_own_sentence_comes_before_the_previous_sentence(facts):
    assert not any(text == "此途径" for text, _, _ in _mentions(facts(PKC_ROUTE)))

"""Stop 31: stated relations the typer left ``associated``, by construction class.

* the agent of a passive or of an event noun, named after its target (relations/by_agents.py):
  "Y was induced by X", "activation of Y by X", "Y被X激活";
* a pathway as the pivot of two Chinese verbs (relations/pivots.py): "A激活X信号通路诱导Y";
* membership stated by a noun of the pathway or process (relations/process_members.py): "X信号通路中的
  转录因子Y,包括…", "自噬标志物(LC3II、p62)", "AMBRA1:自噬相关基因", and family lists ("蛋白家族成员",
  "MMPs (e.g., MMP-2 and MMP-9)").

Each class is pinned on real sentences of the validation and development texts (the document named at each
sentence) and on one sentence where it must not fire.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import by_agents, pivots, process_members
from pipeline.relations.cues import find_cues

FOXO1 = ("CCL4 expression at the mRNA and proteins levels was induced by FOXO1 over-expression and reduced by FOXO1 "
         "knockdown.")  # validation_en PMID23262028
GUCY = ("Activation of guanylate cyclase by superoxide dismutase and hydroxyl radical: a physiological regulator of "
        "guanosine 3',5'-monophosphate formation")  # validation_zh ChinaXiv-201711.01148V1, reference title
SMAD3 = ("Induction of apoptosis by Smad3 and down-regulation of Smad3 expression in response to TGF-beta in human "
         "normal lung epithelial cells")  # validation_zh ChinaXiv-201712.00859V1, reference title
IL11 = ("Parathyroid hormone (1-34) counteracts the suppression of interleukin-11 expression by glucocorticoid in "
        "murine osteoblasts.")  # new_papers_en PMID23397032, title
SAG = ("Our recent study showed that SAG/RBX2 E3 ubiquitin ligase regulates apoptosis and vasculogenesis by promoting "
       "degradation of NOXA and NF1.")  # validation_en PMID25622904: a by-phrase of means, no by-agent
PLTP = ("其可能的分子信号机制为CSE激活RAS/ERK信号通路诱导PLTP的表达,并通过促进TGF-β1的合成,进而诱导大鼠肺泡上皮细胞"
        "凋亡。")  # validation_zh ChinaXiv-201712.00859V1
MITOPHAGY = ("运动通过激活FNDC5/Irisin-PINK1/Parkin-LC3II/L-P62信号通路上调线粒体自噬,增强抗氧化能力,抑制氧化应激,"
             "改善心功能。")  # validation_zh ChinaXiv-202207.00209V1
SMADS = ("BMP7生物学效应主要是通过与I型受体结合,使I型受体发生磷酸化,该信号转导过程还涉及TGF-β信号通路中的转录因子Smads,"
         "包括受体调节性Smads(Smad1,Smad5),共同作用性Smad(Smad4)和抑制性Smad(Smad6)。")  # validation_zh ChinaXiv-201812.00642V1
MARKERS = ("通过检测自噬标志物(LC3II、p62)表达水平的改变可观察干扰PKM2对白血病细胞自噬活性的影响。")  # validation_zh ChinaXiv-201811.00118V1
COMPONENTS = ("其中FOXO是通过Akt/AMPK介导调节运动应答中自噬成分的转录,包括LC3和BNIP3等。")  # validation_zh ChinaXiv-202207.00209V1
GLOSSARY = "AMBRA1:自噬相关基因;"  # validation_zh ChinaXiv-202207.00209V1, a figure's glossary
CASPASE = "发现PLTP敲除后,能逆转烟草提取物对caspase-3凋亡相关蛋白的激活(图5)。"  # validation_zh ChinaXiv-201712.00859V1
FAMILY = "TGF-β1作为TGF-β蛋白家族成员之一,也参与细胞凋亡的调控。"  # validation_zh ChinaXiv-201712.00859V1
MMPS = ("Ginseng treatment also decreased blood vessel density, MMP activity, and mRNA levels of angiogenic factors "
        "(e.g., VEGF-A and FGF-2) and MMPs (e.g., MMP-2 and MMP-9) in adipose tissues of OVX mice.")  # validation_en PMID26707750


def _typed(annotator, text):
    return typed_pairs(annotator, text)


# --- by-agents ----------------------------------------------------------------------------------------
def test_a_passive_by_agent_acts_on_the_earlier_gene(annotator, gene_id):
    typed = _typed(annotator, FOXO1)[(gene_id("CCL4"), gene_id("FOXO1"))]
    assert (typed.label, typed.agent) == ("upregulates", gene_id("FOXO1"))


def test_the_by_agent_of_an_event_noun_activates_its_of_object(annotator):
    typed = _typed(annotator, GUCY)[("FPLX:GUCY", "FPLX:SOD")]
    assert (typed.label, typed.agent) == ("activates", "FPLX:SOD")


def test_the_by_agent_of_an_induction_of_a_process(annotator, gene_id):
    typed = _typed(annotator, SMAD3)[("hsa04210", gene_id("SMAD3"))]
    assert (typed.label, typed.agent) == ("activates", gene_id("SMAD3"))


def test_the_by_agent_of_a_suppressed_level_lowers_it(annotator, gene_id):
    pairs = _typed(annotator, IL11)
    agent = "CPD:glucocorticoids"  # the by-agent; PTH, the subject, counteracts the suppression (gold upregulates,
    # stop 33: it was typed downregulates too, and the first compound of the sentence was the one asserted on)
    typed = pairs[(gene_id("IL11"), agent)]
    assert (typed.label, typed.agent) == ("downregulates", agent)


def test_by_agent_cue_reads_the_loss_of_the_agent():
    text = "CCL4 expression was reduced by FOXO1 knockdown."  # FOXO1's second clause, its subject restored
    agent = text.index("FOXO1")
    found = by_agents.by_agent_cue(text, 0, 4, agent, agent + 5, find_cues(text))
    assert found is not None and found[1] == +1  # lowered by the loss: FOXO1 raises CCL4


def test_a_by_phrase_of_means_names_no_agent():
    text = SAG
    start = text.index("apoptosis")
    noxa = text.index("NOXA")
    assert by_agents.by_agent_cue(text, start, start + 9, noxa, noxa + 4, find_cues(text)) is None


def test_chinese_bei_names_the_agent_before_its_verb():
    text = "结果显示Akt被胰岛素激活。"  # the bei construction (Li & Thompson 1981, ch. 16)
    found = by_agents.by_agent_cue(text, 4, 7, 8, 11, find_cues(text))
    assert found is not None and found[1] == +1


# --- pivots ---------------------------------------------------------------------------------------------
def test_a_pathway_between_two_verbs_acts_on_the_second_verbs_object(annotator, gene_id):
    pairs = _typed(annotator, PLTP)
    axis = next(a for (a, b) in pairs if a.startswith("AXIS:") and b == gene_id("PLTP"))
    typed = pairs[(axis, gene_id("PLTP"))]
    assert (typed.label, typed.agent) == ("upregulates", axis)


def test_a_means_pathway_between_two_verbs_acts_on_the_process(annotator):
    pairs = _typed(annotator, MITOPHAGY)
    axis = next(a for (a, b) in pairs if a.startswith("AXIS:") and b == "hsa04137")
    assert pairs[(axis, "hsa04137")].label == "activates"


def test_a_conjunction_or_a_gene_is_no_pivot():
    text = "黄芪甲苷激活AMPK信号通路并诱导自噬"
    assert not pivots.is_pivot(text, 6, 6, 14, "PATHWAY", 15)  # "并" coordinates the two verbs
    text = "黄芪甲苷抑制Bcl-2表达上调Bax表达"
    assert not pivots.is_pivot(text, 6, 6, 11, "GENE", 13)  # two targets of one subject


# --- membership -------------------------------------------------------------------------------------------
def test_the_transcription_factors_in_a_pathway_are_its_members(annotator, gene_id):
    pairs = _typed(annotator, SMADS)
    for gene in ("SMAD4", "SMAD5", "SMAD6"):
        typed = pairs[(gene_id(gene), "hsa04350")]
        assert (typed.label, typed.agent) == ("member_of", gene_id(gene))


def test_a_process_markers_and_components_listed_are_its_members(annotator, gene_id):
    assert _typed(annotator, MARKERS)[(gene_id("SQSTM1"), "hsa04140")].label == "member_of"
    assert _typed(annotator, COMPONENTS)[(gene_id("BNIP3"), "hsa04140")].label == "member_of"


def test_a_gene_then_its_process_related_noun_is_a_member(annotator, gene_id):
    assert _typed(annotator, GLOSSARY)[(gene_id("AMBRA1"), "hsa04140")].label == "member_of"
    assert _typed(annotator, CASPASE)[(gene_id("CASP3"), "hsa04210")].label == "member_of"


def test_a_verb_between_gene_and_process_noun_is_no_apposition():
    text = "Bcl-2抑制细胞凋亡相关蛋白Bax的表达"
    assert not process_members.named_before(text, 5, 7, 11)
    assert process_members.named_before("AMBRA1:自噬相关基因;", 6, 7, 9)


def test_a_protein_family_member_and_a_bracket_list_led_by_eg(annotator, gene_id):
    assert _typed(annotator, FAMILY)[(gene_id("TGFB1"), "FPLX:TGFB")].label == "member_of"
    pairs = _typed(annotator, MMPS)
    assert pairs[(gene_id("MMP2"), "FPLX:MMP")].label == "member_of"
    assert pairs[(gene_id("VEGFA"), "FPLX:MMP")].label != "member_of"  # the other bracket's factors


# --- a participle over a list whose items carry their own head nouns ------------------------------------------
LPS = ("Of KP extracts, KP BuOH-soluble fraction most potently inhibited LPS-induced IL-1b, IL-6 and TNF-a expression, "
       "as well as NF-kB activation.")  # validation_en PMID24009834
DNCB = ("We also evaluated the DNCB-induced mitogen-activated protein kinases (MAPKs), NF-kB, and Ikaros activities "
        "after RG treatment using reverse transcriptase-polymerase chain reaction, Western blotting, and ELISA.")  # PMID23717095


def test_a_participle_governs_every_headed_item_of_its_list(annotator, gene_id):
    lps = next(b for (a, b) in _typed(annotator, LPS) if a == "FPLX:NFkappaB" and b.startswith("MESH:"))
    assert _typed(annotator, LPS)[(lps, "FPLX:NFkappaB")].label == "activates"
    pairs = _typed(annotator, DNCB)
    dncb = next(b for (a, b) in pairs if a == gene_id("IKZF1") and b.startswith("MESH:"))
    assert pairs[(dncb, gene_id("IKZF1"))].label == "activates"


def test_a_verb_ends_the_participles_list():
    from pipeline.relations.coordination import listed_after_heads
    from pipeline.relations.effects import Span

    text = "LPS-induced IL-6 expression was inhibited, and NF-kB activation was reduced."
    il6, nfkb = Span(12, 16, "GENE", "IL6"), Span(47, 52, "GENE", "NFKB")
    assert text[nfkb.start:nfkb.end] == "NF-kB"
    assert not listed_after_heads(text, [il6, nfkb], il6, nfkb)
    assert listed_after_heads(LPS, [], Span(LPS.index("TNF-a"), LPS.index("TNF-a") + 5, "GENE", "T"),
                              Span(LPS.index("NF-kB"), LPS.index("NF-kB") + 5, "GENE", "N"))


# --- English predicates of mediation: "Y mediates X-induced Z", "X signaling requires Y", "X … is Y-dependent" --
NIACIN = "GPR109A (PUMA-G/HM74A) mediates nicotinic acid-induced flushing."  # validation_en PMID16322797
BMP2 = "In addition, BMP-2 mediates TNF-alpha-induced invasion of C4-2B cells in a NF-kappaB-dependent fashion."  # PMID19811499
CREB = ("cAMP response element-binding protein (CREB) is required for epidermal growth factor (EGF)-induced cell "
        "proliferation and serum response element activation in neural stem cells")  # ChinaXiv-201711.00762V1, reference
GDF9 = "Growth differentiation factor 9 signaling requires ERK1/2 activity in mouse granulosa and cumulus cells"  # ChinaXiv-201711.00749V1
KOR = "Kappa opioid receptor activation of p38 MAPK is GRK3-and arrestin-dependent in neurons and astrocytes"  # ChinaXiv-201712.01073V1


def test_the_mediator_named_first_gives_the_agent_inside_the_event_via(annotator, gene_id):
    typed = _typed(annotator, NIACIN)[("CPD:niacin", gene_id("HCAR2"))]
    assert (typed.label, typed.agent) == ("via", "CPD:niacin")
    typed = _typed(annotator, BMP2)[(gene_id("TNF"), gene_id("BMP2"))]
    assert (typed.label, typed.agent) == ("via", gene_id("TNF"))
    typed = _typed(annotator, CREB)[(gene_id("EGF"), "FPLX:CREB")]
    assert (typed.label, typed.agent) == ("via", gene_id("EGF"))


def test_an_agent_that_requires_or_depends_on_the_mediator(annotator, gene_id):
    typed = _typed(annotator, GDF9)[(gene_id("GDF9"), "FPLX:ERK")]
    assert (typed.label, typed.agent) == ("via", gene_id("GDF9"))
    pairs = _typed(annotator, KOR)
    assert (pairs[(gene_id("OPRK1"), gene_id("GRK3"))].label, pairs[(gene_id("OPRK1"), gene_id("GRK3"))].agent) == \
        ("via", gene_id("OPRK1"))
    assert pairs[("FPLX:p38", gene_id("GRK3"))].label != "via"  # the object of "activation of" depends on nothing


def test_mediation_predicates_need_the_agents_participle():
    from pipeline.relations.role_of import mediator_agent

    text = "BMP-2 mediates invasion of TNF-alpha treated cells."  # no "-induced" after the agent
    assert mediator_agent(text, 0, 5, text.index("TNF"), text.index("TNF") + 9) is None

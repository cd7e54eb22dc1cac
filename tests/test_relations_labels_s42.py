"""Stop 42: label classes of the Chinese validation sets, each pinned on real sentences (the document named at each).

* A class noun's members are the items before the next class noun (relations/process_members.py).
* The of-object of an event noun with a by-agent may carry its own adjectives, and the event's instrument ("with X")
  is its agent (relations/by_agents.py).
* "H…,其中的C": 其 refers back to the herb topic, which contains C (relations/compound_sources.py).

List scope:

"自噬相关基因Atg5和Beclin1和调亡相关因子Bcl-2和Bax" names Atg5 and Beclin1 as autophagy genes and Bcl-2 and Bax as
apoptosis factors ("调亡" is an OCR slip of 凋亡): the apoptosis noun opens a list of its own, so Bcl-2 and Bax are
no members of autophagy (validation38_zh ChinaXiv-201712.00232V1: BAX and BCL2 member_of Autophagy were false
positives in the top |gold|). The genes before the second noun stay members.
"""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_pairs, typed_sentence

from pipeline.relations import process_members

AUTOPHAGY = "hsa04140"
REPO = Path(__file__).resolve().parents[1]
# validation38_zh ChinaXiv-201712.00232V1, discussion
TWO_NOUNS = "单纯I/R组自噬相关基因Atg5和Beclin1和调亡相关因子Bcl-2和BaxmRNA均有表达,提示自噬和凋亡均参与心肌I/R损伤;"


def test_genes_after_the_next_class_noun_are_not_members(annotator, gene_id):
    pairs = typed_pairs(annotator, TWO_NOUNS)
    for symbol in ("BAX", "BCL2"):
        assert pairs[(gene_id(symbol), AUTOPHAGY)].label != "member_of", symbol


def test_genes_before_the_next_class_noun_stay_members(annotator, gene_id):
    pairs = typed_pairs(annotator, TWO_NOUNS)
    assert pairs[(gene_id("ATG5"), AUTOPHAGY)].label == "member_of"


# free ChinaXiv pool ChinaXiv-201711.01383V1: the second noun is UVRAG's own name, glossed in brackets
GLOSSED = ("当敲除自噬相关基因如Beclin1、抗紫外线相关基因(ultraviolet irradiation resistance-associated gene,UVRAG)、Atg5和Atg7"
           "将导致DNA损伤累积[3-35]。")


def test_a_glossed_name_with_the_noun_is_no_new_list(annotator, gene_id):
    pairs = typed_pairs(annotator, GLOSSED)
    # (Atg5 and Atg7, past the bracket's long gloss, were no members before this stop either)
    assert pairs[(gene_id("UVRAG"), AUTOPHAGY)].label == "member_of"


def test_listed_member_stops_at_a_role_noun():
    text = "自噬相关蛋白LC3和抗凋亡蛋白Bcl-2"
    end = text.index("相关")  # the process "自噬" ends here
    assert process_members.listed_member(text, end, text.index("LC3"))
    assert not process_members.listed_member(text, end, text.index("Bcl-2"))


# --- by-agents: the of-object's own adjectives (relations/by_agents.py) -----------------------------------
# validation40_zh ChinaXiv-201812.00641V1, reference title (shortened: the gold sentence's "reactive oxygen
# species-stimulated" is a participle, another event, and stays unread)
CHELERYTHRINE = "Induction of distinctive autophagy by chelerythrine in non-small cell lung cancer cells"


def test_an_adjective_before_the_of_object_keeps_the_by_agent(annotator):
    typed = typed_pairs(annotator, CHELERYTHRINE)[("CPD:chelerythrine", AUTOPHAGY)]
    assert (typed.label, typed.agent) == ("activates", "CPD:chelerythrine")


def test_an_adjective_before_a_process_of_a_herb_extract(annotator):
    text = (REPO / "corpus/validation/en/26751692.txt").read_text(encoding="utf-8")
    sentence, type_pair = typed_sentence(annotator, "PMID26751692", text, "inhibition of b-cell apoptosis by BGE")
    ginseng = "HERB004609"  # 人参: BGE, black ginseng extract (the gold's id)
    typed = type_pair(ginseng, "hsa04210")
    assert (typed.label, typed.agent) == ("inhibits", ginseng)


def test_a_gerund_before_the_of_object_is_another_event():
    from pipeline.relations import by_agents
    assert by_agents._NOUN_OF.match(" of distinctive ")
    assert not by_agents._NOUN_OF.match(" of targeting ")
    assert not by_agents._NOUN_OF.match(" of impaired ")


# --- constituent anaphora: "H…,其中的C" (relations/compound_sources.py) -------------------------------------
# validation41_zh ChinaXiv-201711.00776V1, discussion (gold 杜仲 contains chlorogenic acid)
EUCOMMIA = ("3讨论中兽医学理论认为,杜仲入肾经,补益气,保胎,其中的绿原酸具有抗氧化、抗菌和调节机体脂代谢和糖代谢的作用[12],"
            "人参皂苷和绞股蓝皂苷可清除体内自由基、抑制机体过氧化损伤和抗炎[13-14],熟地黄多糖能够抗氧化、增强免疫和调节血脂等[15]。")


def test_its_constituent_refers_back_to_the_herb_topic(annotator):
    pairs = typed_pairs(annotator, EUCOMMIA)
    typed = pairs[("HERB001409", "CPD:chlorogenic-acid")]  # 杜仲
    assert (typed.label, typed.agent) == ("contains", "HERB001409")
    # a compound of a later clause, with no 其 before it, is no constituent of 杜仲
    assert pairs[("HERB001409", "CPD:ginsenosides")].label != "contains"


def test_its_constituent_needs_the_herb_as_the_last_mention_before_it():
    from types import SimpleNamespace as S

    from pipeline.relations.compound_sources import constituent_of_topic_zh
    text = "杜仲与黄芪合用,其中的绿原酸"
    herb, other, compound = S(start=0, end=2, label="HERB"), S(start=3, end=5, label="HERB"), S(start=11, end=14, label="COMPOUND")
    assert constituent_of_topic_zh(text, [herb, other, compound], compound, other) is not None
    assert constituent_of_topic_zh(text, [herb, other, compound], compound, herb) is None


# --- by-agents: the instrument of an event noun ("Activation of Y with X", relations/by_agents.py) ---------------
# validation38_zh ChinaXiv-201712.00232V1, a reference title (gold ethanol activates ALDH2). ("Blockade of autophagy with
# bafilomycin A1 or 3-methyladenine", new_papers_en PMID23552851, and "inhibition of ATM/ATR kinases with CGK-733",
# validation_en PMID26027517, were typed inhibits already, by the drug-class and cue rules.)
ALDH2 = ("Activation of ALDH2 with Low Concentration of Ethanol AttenuatesMyocardial Ischemia/ Reperfusion Injury in "
         "Diabetes Rat Model")


def test_the_instrument_of_an_activation_with_its_dose(annotator, gene_id):
    typed = typed_pairs(annotator, ALDH2)[("CPD:ethanol", gene_id("ALDH2"))]
    assert (typed.label, typed.agent) == ("activates", "CPD:ethanol")


def test_with_before_a_participle_is_no_instrument():
    from pipeline.relations import by_agents
    assert by_agents._WITH_AGENT.match(" with Low Concentration of ")
    assert not by_agents._WITH_AGENT.match(" with increased ")


# --- 联用 of an analytical instrument is no combination (relations/cues.py) -----------------------------------
# validation38_zh ChinaXiv-201712.01190V1: "首先建立了皂苷Rgl·Rbl的液相色谱质谱联用(LC-MS)含量检定方法,采用平衡透析法揭示了
# 氯吡格雷对Rg1、Rb1血清蛋白结合率影响" gave the top false positive Rb1 combined_with Rg1 (3.9)


def test_hyphenated_chromatography_is_no_combination(annotator):
    # in the paper's context (its ginsenoside names: "Rgl·Rbl" alone is no mention)
    text = (REPO / "corpus/validation/zh/ChinaXiv-201712.01190V1.md").read_text(encoding="utf-8")
    sentence, type_pair = typed_sentence(annotator, "ChinaXiv-201712.01190V1", text, "液相色谱质谱联用(LC-MS)含量检定方法")
    ids = list(dict.fromkeys(m.entity_id for m in sentence.mentions))
    assert "CPD:ginsenoside-rg1" in ids
    labels = {type_pair(a, b).label for i, a in enumerate(ids) for b in ids[i + 1:]}
    assert "combined_with" not in labels


def test_a_drug_combination_keeps_its_cue():
    from pipeline.relations.cues import find_cues
    # the same paper's last clause: "为相关药物的联用提供理论支持"
    assert [c.kind for c in find_cues("为相关药物的联用提供理论支持") if c.text == "联用"] == ["combined"]
    assert not [c for c in find_cues("液相色谱质谱联用(LC-MS)") if c.kind == "combined"]
    assert not [c for c in find_cues("采用气质联用技术") if c.kind == "combined"]

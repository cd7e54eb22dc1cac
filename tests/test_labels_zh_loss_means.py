"""Stop 36 (s36-labelszh): three Chinese sign / direction constructions read from the associated residue.

* an agent's bracketed gloss before the copula of "X是Y的抑制剂" (relations/inhibitor.py ``role_noun_zh``);
* "通过调控/调节/影响 X …, V Y": the means has no direction for X, so X–Y is ``associated``
  (GUIDELINES 2, mechanism chains; relations/effects.py ``_undirected_means``);
* "X失活,从而促进Y": X's inactivation is its loss, so X ``inhibits`` Y (GUIDELINES 5.5; relations/roles.py
  ``_LOSS_AFTER``, and effects.py ``_inactivated_mention`` for a later mention of X).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import inhibitor

APOPTOSIS = "hsa04210"
WNT_PATHWAY = "hsa04310"
WNT_CATENIN = "AXIS:FPLX:Wnt/HGNC:2514"

# validation_zh ChinaXiv-201712.01000V1 (gold DKK1 inhibits WNT/β-catenin)
DKK1_INHIBITOR = ("DKK1(Dikkopf-1)是WNT/β-catenin信号通路的经典抑制剂,它通过与跨膜受体结合，诱导LRP5的内吞，抑制WNT/β-catenin"
                  "信号通路的传导21， β-catenin发生核转位，整体表达水平下降,神经元细胞增殖减少、变性凋亡增多")
# validation_zh ChinaXiv-201712.01000V1: DKK-1 is regulated (no direction), the pathway activated
GHRELIN_MEANS = ("综上所述,Ghrelin结合受体GHSR-1a后,通过调控糖尿病大鼠海马组织及血清中DKK-1的表达,激活了WNT/β-catenin信号通路,"
                 "从而改善糖尿病大鼠的认知功能障碍。")
# validation_zh ChinaXiv-201712.00248V1
PTEN_MEANS = "研究还发现PTEN能够通过调节AKT信号通路进一步调节MMP-2和MMP-9的表达,抑制HCC的侵袭转移[23]"
# sample ChinaXiv-201711.00904V1 (curator: SIRT1's inactivation promotes apoptosis, so SIRT1 inhibits it)
SIRT1_LOST = ("p53去乙酰化使SIRT1的苏氨酸(Thr)-344位点可被AMPK所磷酸化,这造成SIRT1失活,从而促进p53的乙酰化和肝癌细胞的"
              "凋亡[24]。")


def test_glossed_agent_of_a_copula_role_noun(annotator, gene_id):
    typed = typed_pairs(annotator, DKK1_INHIBITOR)
    pair = typed[(gene_id("DKK1"), WNT_CATENIN)]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("DKK1"))  # was associated (the gloss hid the copula)


def test_gloss_before_the_copula():
    text = "DKK1(Dikkopf-1)是WNT信号通路的经典抑制剂"
    assert inhibitor.role_noun_zh(text, 4, text.index("WNT"), text.index("WNT") + 7) == -1
    text = "DKK1(Dikkopf-1)与WNT信号通路的抑制剂"  # no copula: no role
    assert inhibitor.role_noun_zh(text, 4, text.index("WNT"), text.index("WNT") + 7) is None


def test_undirected_means_gives_no_sign_to_its_object(annotator, gene_id):
    typed = typed_pairs(annotator, GHRELIN_MEANS)
    assert typed[(gene_id("DKK1"), WNT_CATENIN)].label == "associated"  # was activates
    assert typed[(gene_id("GHRL"), WNT_CATENIN)].label == "activates"  # the subject keeps its verb


def test_undirected_means_without_a_comma(annotator, gene_id):
    typed = typed_pairs(annotator, "Ghrelin通过调节DKK-1激活WNT信号通路。")
    assert typed[(gene_id("DKK1"), WNT_PATHWAY)].label == "associated"  # was activates
    typed = typed_pairs(annotator, "Ghrelin通过抑制DKK-1的表达激活WNT信号通路。")  # a directed means is not this rule
    assert typed[(gene_id("GHRL"), gene_id("DKK1"))].label == "downregulates"


def test_undirected_means_keeps_the_main_object_associated(annotator, gene_id):
    typed = typed_pairs(annotator, PTEN_MEANS)
    assert typed[(gene_id("MMP9"), "FPLX:AKT")].label == "associated"


def test_inactivation_is_a_loss_at_a_later_mention(annotator, gene_id):
    pair = typed_pairs(annotator, SIRT1_LOST)[(gene_id("SIRT1"), APOPTOSIS)]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("SIRT1"))  # was activates


def test_inactivation_is_a_loss_at_the_only_mention(annotator, gene_id):
    pair = typed_pairs(annotator, "这造成SIRT1失活,从而促进肝癌细胞的凋亡。")[(gene_id("SIRT1"), APOPTOSIS)]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("SIRT1"))


# sample ChinaXiv-201711.00904V1: a table row cut by its numbers; the role word is Bax's (Bcl-2相关X蛋白), not Bcl-2's
BCL2_TABLE_ROW = ("'-2 Bcl-2促凋亡蛋白Bcl-2相关1.03±0.04 2.03±0.09\\* 3.99±0.25\\\\ 5.74±0.27\\\\X蛋白Bax同行数据肩标\\表示与对照组比较"
                  "差异显著(P<0.05)。")


def test_role_descriptor_is_not_the_modifier_of_a_longer_name(annotator, gene_id):
    assert typed_pairs(annotator, BCL2_TABLE_ROW)[(gene_id("BCL2"), APOPTOSIS)].label != "activates"  # was activates
    pair = typed_pairs(annotator, "促凋亡蛋白Bcl-2相关X蛋白的表达升高。")[(gene_id("BAX"), APOPTOSIS)]
    assert (pair.label, pair.agent) == ("activates", gene_id("BAX"))  # the whole name keeps the role


# --- a protein piling up (cues.py "pile"): 堆积/聚集 state that its amount rises ---------------------------------

def test_piling_up_is_the_level_of_the_read_out(annotator):
    from pathlib import Path

    from nlp_helpers import typed_sentence

    doc = Path(__file__).resolve().parents[1] / "corpus/new_papers/zh/ChinaXiv-201712.00767V1.md"
    sentence, typed = typed_sentence(annotator, "ChinaXiv-201712.00767V1", doc.read_text(encoding="utf-8"), "LC3I大量堆积")
    agents = {m.entity_id for m in sentence.mentions if m.text == "BAF"}  # Bafilomycin A1, resolved in the document
    assert len(agents) == 1
    pair = typed(agents.pop(), "FPLX:MAP1LC3")
    assert (pair.label, pair.cue.text) == ("upregulates", "堆积")  # was downregulates (减少 of an earlier clause)


def test_inhibiting_the_accumulation_lowers_the_level(annotator, gene_id):
    # new_papers_zh ChinaXiv-201712.00524V1 ("…的同时抑制其β-catenin在胞核、胞浆的聚集"), with its agent named
    pair = typed_pairs(annotator, "黄芪注射液可抑制β-catenin在胞核、胞浆的聚集。")[("HERB002560", gene_id("CTNNB1"))]
    assert pair.label == "downregulates"  # was inhibits


def test_platelet_aggregation_is_no_piling_up():
    from pipeline.relations.cues import find_cues

    assert not [c for c in find_cues("新疆赤芍抗血小板聚集作用及其不同组分分析") if c.kind == "pile"]
    assert [c.text for c in find_cues("LC3I大量堆积") if c.kind == "pile"] == ["堆积"]


# --- a 通过 means whose object list and later clause reach the main verb (effects._means_reaches, _past_co_items) --

# validation_zh ChinaXiv-201712.00999V1 (gold CTSB, CTSD and CTSL activate autophagy: lowering them inhibits it)
OBATOCLAX = ("同时obatoclax通过在溶酶体中蓄积并减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的表达影响溶酶体的功能，抑制自噬而导致细胞增殖"
             "受到抑制")
AUTOPHAGY = "hsa04140"


def test_each_item_of_the_means_list_composes_with_the_main_verb(annotator, gene_id):
    typed = typed_pairs(annotator, OBATOCLAX)
    for symbol in ("CTSB", "CTSD", "CTSL"):
        pair = typed[(gene_id(symbol), AUTOPHAGY)]
        assert (pair.label, pair.agent) == ("activates", gene_id(symbol)), symbol  # were associated


def test_list_items_alone(annotator, gene_id):
    typed = typed_pairs(annotator, "obatoclax通过减少CTSB、CTSD及CTSL的表达抑制自噬。")
    assert typed[(gene_id("CTSB"), AUTOPHAGY)].label == "activates"  # was associated (only the last item composed)


def test_co_targets_of_two_verbs_stay_associated(annotator, gene_id):
    # "上调X并下调Y": two objects of one subject, no chain (the list rule needs a mention after the separator)
    typed = typed_pairs(annotator, "黄芪注射液可上调E-cadherin的表达并下调β-catenin的表达。")
    assert typed[(gene_id("CDH1"), gene_id("CTNNB1"))].label == "associated"


def test_bare_means_gives_no_sign_to_its_object(annotator, gene_id):
    # validation_zh ChinaXiv-202207.00209V1: "机体通过MTOR和ER应激通路激活自噬" names no direction for MTOR
    text = "随着心血管疾病进展至心衰阶段时,机体通过MTOR和ER应激通路激活自噬,减少细胞凋亡与坏死,抑制心室重塑,改善心功能。"
    assert typed_pairs(annotator, text)[(gene_id("MTOR"), AUTOPHAGY)].label == "associated"  # was activates

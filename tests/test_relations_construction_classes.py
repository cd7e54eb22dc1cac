"""Issue 14, stop 29: relation labels by construction class, both languages.

Each class is pinned on real sentences from at least two documents: validation_en (PMID23404093,
PMID23424207, PMID16372366), validation_zh (ChinaXiv-201712.00999V1, ChinaXiv-201712.00990V1),
new_papers (PMID23313376, ChinaXiv-201707.00654V1, ChinaXiv-201801.00630V1, PMID16806112 from
validation_en) and one BioRED sentence (PMID9539746). The classes: a drug described by its class
noun (drug_classes.py), the read-out noun over a list (readout_nouns.py), cleavage as caspase
activation (cleavage.py), and a blocked binding (binding.py).
"""

from __future__ import annotations

from nlp_helpers import typed_sentence

from pipeline.relations import anti_process, binding, cleavage, combination, drug_classes, readout_nouns
from pipeline.relations.effects import Span

# --- class 1: a drug described by its class noun --------------------------------------------
NK1_COPULA = ("Rolapitant and netupitant are other NK1 receptor antagonists that are currently in phase III "
              "clinical trials.")  # validation_en PMID23404093
NK1_APPOSITIVE = ("Aprepitant, the first and only agent clinically available in the NK1 receptor antagonist drug "
                  "class has been used effectively as an additive agent to the 5-HT3 receptor antagonists and "
                  "dexamethasone to control CINV.")  # validation_en PMID23404093
BCL2_LIST = ("ABT-737、ABT-263、棉酚及obatoclax等Bcl-2蛋白的小分子抑制剂是近年来抗肿瘤药物的研发热点,临床试验表明该类药物"
             "单用对某些肿瘤有很好的抗肿瘤效果,与放化疗药物联用有明显的协同作用。")  # validation_zh ChinaXiv-201712.00999V1
PROTEASOME = ("MG-132因其体内活性低并尚未进入临床应用,目前常用作科研工具药,但该类蛋白酶体抑制剂已有3个药物被批准用于临床"
              "治疗多发性骨髓瘤患者,其中硼替佐米已于2003年批准上市,ixazomib则于2015年被批准上市,为首款口服蛋白酶体抑制剂。")


def _spans(annotator, text: str):
    from pipeline.relations.facts import facts_of

    sentence = facts_of(annotator.annotate("t", text)).sentences[0]
    return sentence.text, [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id) for m in sentence.mentions]


def test_a_coordinated_subject_of_a_class_noun_inhibits_its_target(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", NK1_COPULA, "Rolapitant")
    for drug in ("MESH:C578834", "MESH:C508854"):  # rolapitant, netupitant
        typed = label(drug, gene_id("TACR1"))
        assert (typed.label, typed.agent) == ("inhibits", drug)


def test_an_appositive_class_membership_inhibits_the_target(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", NK1_APPOSITIVE, "Aprepitant")
    assert label("MESH:D000077608", gene_id("TACR1")).label == "inhibits"
    # the other class named in the sentence has no drug before it: dexamethasone is no antagonist
    assert label("CPD:dexamethasone", gene_id("TACR1")).label != "inhibits"


def test_every_drug_of_a_list_closed_by_deng_gets_the_class_target(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", BCL2_LIST, "ABT-737")
    for drug in ("MESH:C501332", "MESH:C528561", "MESH:C520962"):  # ABT-737, ABT-263 (past 棉酚), obatoclax
        assert label(drug, gene_id("BCL2")).label == "inhibits", drug


def test_a_target_and_its_antagonist_named_after_it(annotator, gene_id):
    # validation47_zh ChinaXiv-201711.00393V1 reference title (gold proglumide inhibits CCK): "its" is the target's
    text = "Role of cholecystokinin and its antagonist proglumide on macronutrient selection in European sea bass"
    _, label = typed_sentence(annotator, "t", text, "Role")
    found = label(gene_id("CCK"), "MESH:D011377")
    assert (found.label, found.agent) == ("inhibits", "MESH:D011377")


def test_a_zero_subject_clause_and_a_partitive_name_members_of_the_class(annotator):
    text, spans = _spans(annotator, PROTEASOME)
    found = drug_classes.class_members(text, spans)
    assert found["MESH:C548400"][:2] == ("FPLX:Proteasome", -1)  # ixazomib …,为首款口服蛋白酶体抑制剂
    assert found["MESH:D000069286"][:2] == ("FPLX:Proteasome", -1)  # …蛋白酶体抑制剂…,其中硼替佐米
    assert "MESH:C072553" not in found  # MG-132 is only the antecedent of 该类: not read here


GARTANIN = ("Notably, gartanin-mediated anti-viability was significantly abrogated by autophagy inhibitors including "
            "3-methyladenine (3-MA) and chloroquine (CQ).")  # BioRED (dev/annotated) PMID27491646
PI3K_EXAMPLES = ("It was partially reduced by PKC- or Src-inhibition, but not with PI3K-inhibitors (wortmannin, LY294002) "
                 "or thapsigargin.")  # BioRED (dev/annotated) PMID25979836


def test_examples_after_a_plural_class_noun_are_its_members(annotator):
    text, spans = _spans(annotator, GARTANIN)
    found = drug_classes.class_members(text, spans)
    assert found["CPD:chloroquine"][:2] == ("hsa04140", -1)  # past the short form "(3-MA)" of the first example
    text, spans = _spans(annotator, PI3K_EXAMPLES)
    found = drug_classes.class_members(text, spans)
    assert found["CPD:ly294002"][:2] == ("FPLX:PI3K", -1)
    assert "CPD:thapsigargin" not in found  # after the closing bracket: no longer an example


def test_a_copula_followed_by_a_preposition_names_no_class():
    text = "Dexamethasone is given with the NK1 receptor antagonist."
    spans = [Span(0, 13, "COMPOUND", "CPD:dexamethasone"), Span(text.index("NK1"), text.index(" antagonist"), "GENE", "T")]
    assert drug_classes.class_members(text, spans) == {}


# --- class 2: the read-out noun over a list --------------------------------------------------
CADMIUM = ("Cadmium (Cd) is known to cause oxidative damage in the testes of rats. Acute intoxication with Cd was also followed by significantly decreased activity of the antioxidant "
           "defence system (superoxide dismutase (SOD), catalase (CAT), glutathione peroxidase (GSH-Px), glutathione "
           "reductase (GR), glutathione (GSH), and glutathione-S-transferase (GST)).")  # validation_en PMID23424207
GINSENG = ("In contrast, the administration of ginseng, before and concurrent with adriamycin, significantly "
           "attenuated the myocardial effects, lowered the mortality as well as the amount of ascites, increased in "
           "myocardial glutathione peroxidase, macromolecular biosynthesis and superoxide dismutase activities, "
           "and reduced lipid peroxidation.")  # validation_en PMID16372366 (clause end shortened)
ET1 = "研究表明ET-1可以增加AcE及AngII的活性[1-17],而ACE也是强烈的缩血管物质,二者协同可使内耳缺血更加严重;"  # ChinaXiv-201712.00990V1
ALDOSTERONE = ("PCR方法检测,证实醛固酮能显著上调Coll-·α ALP和OPN等成骨细胞骨形成活性相关标志物的mRNA表达水平。")  # ChinaXiv-201801.00630V1
CD = "MESH:D002104"  # cadmium
LIGUSTILIDE = ("In addition, LIG provided a great increase in Bcl-2 expression as well as a significant decrease in Bax "
               "and caspase-3 immunoreactivities in the ischemic cortex.")  # PMID16806112


def test_activity_of_a_bracketed_list_reads_every_enzyme_by_its_activity(annotator):
    for name in ("superoxide dismutase", "catalase", "GSH-Px", "glutathione-S-transferase"):
        at = CADMIUM.index(name)
        assert readout_nouns.activity_readout(CADMIUM, at, at + len(name)), name
    _, label = typed_sentence(annotator, "t", CADMIUM, "antioxidant defence")
    assert label(CD, "FPLX:SOD").label == "inhibits"


def test_an_activity_noun_after_a_list_heads_every_item(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", GINSENG, "macromolecular")
    assert label(_herb(annotator, GINSENG), "FPLX:GPX").label == "activates"
    _, label = typed_sentence(annotator, "t", ET1, "AcE")
    assert label(gene_id("EDN1"), gene_id("ACE")).label == "activates"


def _herb(annotator, text: str) -> str:
    _, spans = _spans(annotator, text)
    return next(s.entity_id for s in spans if s.label == "HERB")


def test_an_activity_word_inside_a_longer_head_or_word_is_no_read_out():
    at = ALDOSTERONE.index("ALP")
    assert not readout_nouns.activity_readout(ALDOSTERONE, at, at + 3)  # 活性相关标志物的mRNA表达: a marker's level
    at = LIGUSTILIDE.index("Bax")
    assert not readout_nouns.activity_readout(LIGUSTILIDE, at, at + 3)  # "immunoreactivities" is no activity
    text = ("The Ras-GTPase activity of neurofibromin restrains ERK-dependent FGFR signaling during endochondral bone "
            "formation.")  # validation_en PMID23571107: the verb ends the phrase "activity of neurofibromin"
    for name in ("ERK", "FGFR"):
        at = text.index(name)
        assert not readout_nouns.activity_readout(text, at, at + len(name)), name
    text = "targeting tenascin-C,alkaline phosphatase activity and Dickkopf-1 expression"
    at = text.index("tenascin-C")
    assert not readout_nouns.activity_readout(text, at, at + 10)  # a bare comma joins phrases, not items


# --- class 4: cleavage of a caspase is its activation ----------------------------------------
CLEAVED_ZH = "单用obatoclax或MG-132均能诱导ubiquitin表达增加、PARP及caspase-9发生剪切，且联用组与单用组相比有统计学差异。"
CLEAVED_TITLE_ZH = "Obatoclax与MG-132联用诱导PARP蛋白及Caspase-9蛋白剪切的增加。"  # both ChinaXiv-201712.00999V1
CUTS = "Caspase-3剪切PARP后,破坏了其结构的完整性,使PARP失去其酶活力,加速细胞的不稳定,从而促进细胞凋亡。"  # ChinaXiv-201707.00654V1
PTE = ("PTE also down-regulated the expression of STAT3 target genes, leading to the up-regulation of mitochondrial "
       "apoptosis pathway-related proteins (Bax, Bak, cytosolic Cytochrome c, and cleaved Caspase3).")  # PMID23313376


def test_a_drug_inducing_caspase_cleavage_activates_it_and_is_associated_with_parp(annotator, gene_id):
    for text in (CLEAVED_ZH, CLEAVED_TITLE_ZH):
        _, label = typed_sentence(annotator, "t", text, "MG-132")
        assert label("MESH:C520962", gene_id("CASP9")).label == "activates"
        assert label("MESH:C520962", "FPLX:PARP").label == "associated"


def test_a_caspase_cutting_its_object_and_a_level_noun_keep_their_labels():
    at = CUTS.index("Caspase-3")
    assert not cleavage.cleaved_zymogen(CUTS, at, at + 9)  # "Caspase-3剪切PARP": the caspase is the agent
    at = CUTS.index("PARP")
    assert not cleavage.cleaved_substrate(CUTS, at, at + 4)
    at = PTE.index("Caspase3")
    assert cleavage.cleaved_zymogen(PTE, at, at + 8)  # named as cleaved, but the cue is a level noun:


def test_a_level_noun_over_a_cleaved_caspase_keeps_upregulates(annotator, gene_id):
    text = PTE.replace("PTE", "Pterostilbene")
    _, label = typed_sentence(annotator, "t", text, "Caspase3")
    assert label("CPD:pterostilbene", gene_id("CASP3")).label == "upregulates"


# --- class 5: a blocked binding ------------------------------------------------------------
OBATOCLAX = "Obatoclax可同时抑制Bcl-2与Bax、Mcl-1与Bak的结合，使促凋亡蛋白Bim发生磷酸化,诱导凋亡。"  # ChinaXiv-201712.00999V1
APAF1 = "Expression of Bcl-XL inhibited the association of Apaf-1 with caspase-9 in mammalian cells."  # BioRED PMID9539746


def test_blocking_a_binding_inhibits_the_binder_not_its_partner(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", OBATOCLAX, "Obatoclax")
    for binder, partner in (("BCL2", "BAX"), ("MCL1", "BAK1")):
        assert label("MESH:C520962", gene_id(binder)).label == "inhibits"
        assert label("MESH:C520962", gene_id(partner)).label == "associated"
    _, label = typed_sentence(annotator, "t", APAF1, "Apaf-1")
    assert label(gene_id("BCL2L1"), gene_id("APAF1")).label == "inhibits"
    assert label(gene_id("BCL2L1"), gene_id("CASP9")).label == "associated"


def test_blocked_bindings_pair_binder_and_partner(annotator, gene_id):
    text, spans = _spans(annotator, OBATOCLAX)
    found = {(a, b) for _, a, b in binding.blocked_bindings(text, spans)}
    assert found == {(gene_id("BCL2"), gene_id("BAX")), (gene_id("MCL1"), gene_id("BAK1"))}


# --- class 3: two drugs used together without a combination cue word ---------------------
PUERARIN = "葛根素注射液加地塞米松预防鼻咽癌放化疗所致感音性听力损害临床观察"  # validation_zh ChinaXiv-201712.00990V1 (reference)
CRANBERRY = ("Fatal haemopericardium and gastrointestinal haemorrhage due to possible interaction of cranberry juice "
             "with warfarin.")  # validation_en PMID19058474
BAFILOMYCIN = "巴弗洛霉素A1抑制胃癌MGC-803细胞增殖及增强奥沙利铂的敏感性"  # new_papers_zh ChinaXiv-201712.00767V1 (title)
LICORICE = ("Licorice often accompany T. wilfordii in clinical application which can significantly reduce the liver "
            "injury induced by T. wilfordii.")  # validation_en PMID26697674
# validation44_zh ChinaXiv-201711.00871V1 (reference title): a cell line named with "/" in the potentiation phrase
CHRYSIN = "Chrysin enhances sensitivity of BEL-7402/ADM cells to doxorubicin by suppressing PI3K/Akt/Nrf2 and ERK/Nrf2 pathway"


def test_adding_interacting_and_potentiating_drugs_are_combined(annotator):
    for text, a, b in ((PUERARIN, "CPD:puerarin", "CPD:dexamethasone"), (CRANBERRY, "HERB003893", "MESH:D014859"),
                       (BAFILOMYCIN, "CPD:bafilomycin-a1", "MESH:D000077150"), (LICORICE, "CPD:licorice", "HERB003288"),
                       (CHRYSIN, "CPD:chrysin", "MESH:D004317")):
        _, label = typed_sentence(annotator, "t", text, text[:6])
        assert label(a, b).label == "combined_with", text[:20]


def test_an_add_on_to_a_list_is_combined_but_an_antagonist_is_not(annotator):
    _, label = typed_sentence(annotator, "t", NK1_APPOSITIVE, "Aprepitant")
    assert label("MESH:D000077608", "CPD:dexamethasone").label == "combined_with"
    text = "Wogonin inhibited the H2O2-induced apoptosis of osteoblasts."
    spans = [Span(0, 7, "COMPOUND", "W"), Span(text.index("H2O2"), text.index("H2O2") + 4, "COMPOUND", "H")]
    assert not combination.stated_combination(text, *spans)


def test_a_protection_given_concurrently_with_a_toxin_is_no_combination(annotator):
    _, label = typed_sentence(annotator, "t", GINSENG, "adriamycin")
    assert label(_herb(annotator, GINSENG), "MESH:D004317").label != "combined_with"  # adriamycin = doxorubicin


# --- 抗 + process: an effect against the process -------------------------------------------
ANTAGONISE = "蛋白酶体抑制剂MG-132抑制蛋白酶体后会引起Bcl-2的剪切[24]，而obatoclax会拮抗Bcl-2抗凋亡作用[6]。"  # ChinaXiv-201712.00999V1
W40 = ("在我们的研究中，W40抑制了STAT3的磷酸化，导致 STAT3的下游靶基因的转录产物Bcl-2、Mcl-1 等表达降低，Bcl-2不能与Bax "
       "结合，促进了Bax释放形成同源二聚体，抑制Bcl-2的抗凋亡作用。")  # new_papers_zh ChinaXiv-201707.00654V1


def test_antagonising_an_anti_apoptotic_effect_promotes_apoptosis(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", ANTAGONISE, "obatoclax")
    assert label("MESH:C520962", "hsa04210").label == "activates"
    assert (label(gene_id("BCL2"), "hsa04210").label, label(gene_id("BCL2"), "hsa04210").agent) == ("inhibits", gene_id("BCL2"))
    _, label = typed_sentence(annotator, "t", W40, "W40")
    assert label(gene_id("BCL2"), "hsa04210").label == "inhibits"


def test_a_possessor_framed_by_a_locative_owns_the_anti_effect(annotator, gene_id):
    # validation38_zh ChinaXiv-201712.00232V1 reference title (gold ALDH2 inhibits Apoptosis): "X在…中的抗凋亡作用"
    text = "乙醛脱氢酶2在糖尿病大鼠心肌缺血/再灌注损伤中的抗凋亡作用"
    _, label = typed_sentence(annotator, "t", text, "乙醛")
    found = label(gene_id("ALDH2"), "hsa04210")
    assert (found.label, found.agent) == ("inhibits", gene_id("ALDH2"))


def test_antagonise_is_a_verb_not_the_anti_prefix():
    text = "X拮抗凋亡作用"
    assert not anti_process.anti_process_at(text, text.index("凋亡"), text.index("凋亡") + 2)
    text = "抗凋亡蛋白Bcl-2"  # a protein named by its role: roles.py reads it
    assert not anti_process.anti_process_at(text, 1, 3)

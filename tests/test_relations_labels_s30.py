"""Issue 14, stop 30: relation labels by construction class, and group designs that are no combinations.

Each class is pinned on real sentences of the validation and development texts (documents named at each
sentence): an outer verb reversing a list of nominal changes (effects._outer_cue), the activity word after a
coordinated list of multi-word enzyme names and "activities/levels of" (effects._ACTIVITY_AFTER/_BEFORE), a
phospho- prefix as activity (GUIDELINES 5.12), a passive by-phrase naming its agents through their
administration and the participle of a whole list (cue_scope.passive_agent, effects._held_by_other), and the
group-design rules of relations/group_designs.py (GUIDELINES 5.3, 5.4, 5.7).
"""

from __future__ import annotations

from nlp_helpers import typed_sentence

from conftest import CORPUS
from pipeline.relations import group_designs
from pipeline.relations.cues import Cue
from pipeline.relations.effects import Span
from pipeline.relations.facts import facts_of

CROCIN = ("Crocin (25 and 50mg/kg) or vitamin E improved histopathological damages, decreased MDA and CK-MB, increased "
          "GSH content and attenuated the increase of Bax/Bcl2 ratio, activation of caspase 3 and release of cytochrome "
          "c to the cytosol induced by DZN.")  # validation_en PMID23523949
GINSENOSIDES = ("Ginsenosides Rb2, Rd and Rg1 significantly decreased norepinephrine and/or epinephrine-induced "
                "increase of IL-6 level in macrophage cell line.")  # validation_en PMID14642426
N_BPS = ("Nitrogen-containing bisphosphonates (N-BPs) induce apoptosis in tumor cells by inhibiting the prenylation "
         "of small G-proteins. The present results indicated that N-BPs induce apoptosis by decreasing the mitochondrial transmembrane "
         "potential, increasing the activation of caspase-9 and caspase-3, and enhancing Bim expression through "
         "inhibition of the Ras/MEK/ERK and Ras/mTOR pathways.")  # new_papers_en PMID23085435
INDOMETHACIN = ("Indomethacin treatment led to an increase in lipid peroxidation, glutathione peroxidase and "
                "glucose-6-phosphate dehydrogenase activities and to a decrease in catalase activity and glutathione "
                "levels in gastric mucosa.")  # validation_en PMID17391279
ISOPROTERENOL = ("Isoproterenol induced myocardial infarcted rats showed a significant increase in the levels of "
                 "cardiac diagnostic markers, heart mitochondrial lipid peroxidation, calcium, and a significant "
                 "decrease in the activities/levels of heart mitochondrial glutathione peroxidase, glutathione "
                 "reductase, reduced glutathione.")  # validation_en PMID23261676
LIGUSTILIDE = ("Modern phytochemical studies showed that Z-ligustilide (LIG) is the main lipophilic component of "
               "Danggui. In addition, LIG provided a great increase in Bcl-2 expression as well as a significant decrease in "
               "Bax and caspase-3 immunoreactivities in the ischemic cortex.")  # validation_en PMID16806112
ACANTHOPANAX = ("The dried roots of the plant Acanthopanax senticosus (AS) are used in traditional Oriental medicine. "
                "We found that AS decreased the level of NF-kB and the DNA-binding activity of NF-kB.")  # new_papers_en PMID25511038
PHOSPHO_ZH = "2.6Obatoclax与MG-132联用诱导细胞phosphoHistoneH3蛋白及phospho-AuroraA/B/C蛋白表达增加"  # ChinaXiv-201712.00999V1
PHOSPHO_EN = ("The combined treatment of the cels also resulted in significantly increased expression of "
              "phospho-AuroraA compared with obatoclax treatment alone.")  # ChinaXiv-201712.00999V1, English abstract
CCL4 = ("Aim of present study was to investigate the effect of NAC on experimental chronic hepatotoxicity models "
        "induced by carbon tetrachloride (CCl4) and thioacetamide (TAA). LPO was increased while as GSH, CAT and GPx decreased by the administration of CCl4 and TAA (p<0.001); "
        "co-administration of NAC restored these liver markers to normal levels (p<0.001).")  # validation_en PMID23578993
DESIGN = ("This study was designed to evaluate the effectiveness of crocin against subchronic diazinon (DZN) "
          "induced cardiotoxicity in rats. METHODS: Rats were divided into 7 groups; control (corn oil, gavage), DZN (15mg/kg/day, gavage,), crocin "
          "(12.5, 25 or 50mg/kg/day, i.p) plus DZN, vitamin E (200IU/kg, i.p, three times per week) plus DZN and crocin "
          "(50mg/kg/day, i.p) groups.")  # validation_en PMID23523949
CAB = ("All patients received CAB [leuprolide acetate (LHRH-A) 3.75 mg, intramuscularly, every 28 days plus 250 mg "
       "flutamide, tid, per Os] and were evaluated for anemia.")  # validation_en PMID12820454


# --- an outer verb over a list of nominal changes -------------------------------------------------
def test_an_attenuated_increase_reverses_every_nominal_of_its_list(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", CROCIN, "Crocin")
    for agent in ("CPD:crocin", "CPD:tocopherol"):
        assert label(agent, gene_id("CASP3")).label == "inhibits"  # "activation of caspase 3"
        assert label(agent, gene_id("CYCS")).label == "inhibits"  # "release of cytochrome c"
        assert label(agent, gene_id("BAX")).label == "downregulates"  # the increase is a level: 5.7


def test_a_decreased_induced_increase_lowers_the_level(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", GINSENOSIDES, "Ginsenosides")
    assert label("CPD:ginsenoside-rb2", gene_id("IL6")).label == "downregulates"
    assert label("CPD:norepinephrine", gene_id("IL6")).label == "upregulates"  # the stimulus keeps the change's sign


def test_a_gerund_after_a_comma_is_a_verb_of_its_own_not_a_coordinated_nominal(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", N_BPS, "enhancing Bim")
    agent = next(m.entity_id for m in sentence.mentions if m.label == "COMPOUND")
    typed = label(agent, gene_id("BCL2L11"))
    assert (typed.label, typed.cue.text) == ("upregulates", "enhancing")  # not governed by "increasing"
    apoptosis = next(m.entity_id for m in sentence.mentions if m.label == "PATHWAY" and m.text == "apoptosis")
    assert label(gene_id("BCL2L11"), apoptosis).label == "activates"  # a means list's gerunds stay one list


# --- activity over a list of enzyme names ---------------------------------------------------------
def test_the_activity_word_after_a_list_of_two_word_enzymes_covers_each(annotator):
    sentence, label = typed_sentence(annotator, "t", INDOMETHACIN, "Indomethacin")
    gpx = next(m.entity_id for m in sentence.mentions if m.text == "glutathione peroxidase")
    assert label("CPD:indomethacin", gpx).label == "activates"


def test_activities_slash_levels_of_reads_as_activity(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", ISOPROTERENOL, "Isoproterenol")
    agent = next(m.entity_id for m in sentence.mentions if m.text == "Isoproterenol")
    assert label(agent, gene_id("GSR")).label == "inhibits"


def test_immunoreactivity_and_a_determiner_phrase_are_no_activity_of_the_list(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", LIGUSTILIDE, "immunoreactivities")
    agent = next(m.entity_id for m in sentence.mentions if m.text == "LIG")
    assert label(agent, gene_id("BAX")).label == "downregulates"
    sentence, label = typed_sentence(annotator, "t", ACANTHOPANAX, "DNA-binding")
    agent = next(m.entity_id for m in sentence.mentions if m.text == "AS")
    nfkb = next(m.entity_id for m in sentence.mentions if m.text == "NF-kB")
    assert label(agent, nfkb).label == "downregulates"  # "the level of NF-kB" is named first


def test_a_phospho_prefix_is_activity(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", PHOSPHO_ZH, "phospho")
    drug = next(m.entity_id for m in sentence.mentions if m.text == "Obatoclax")
    assert label(drug, gene_id("AURKA")).label == "activates"
    sentence, label = typed_sentence(annotator, "t", PHOSPHO_EN, "phospho")
    drug = next(m.entity_id for m in sentence.mentions if m.text == "obatoclax")
    assert label(drug, gene_id("AURKA")).label != "upregulates"


# --- passive by-phrases ------------------------------------------------------------------------------
def test_a_by_phrase_of_administration_names_each_coordinated_agent_of_the_whole_list(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", CCL4, "GPx decreased")
    agents = {m.text: m.entity_id for m in sentence.mentions if m.label == "COMPOUND"}
    for agent in (agents["CCl4"], agents["TAA"]):
        assert label(agent, gene_id("CAT")).label == "downregulates"  # first item of "GSH, CAT and GPx decreased"
        assert label(agent, next(m.entity_id for m in sentence.mentions if m.text == "GPx")).label == "downregulates"


# --- group designs (relations/group_designs.py) ----------------------------------------------------
def test_plus_joins_the_two_names_on_either_side_only(annotator):
    sentence, label = typed_sentence(annotator, "t", DESIGN, "plus")
    assert any(m.text == "DZN" for m in sentence.mentions)
    assert label("CPD:crocin", "CPD:tocopherol").label != "combined_with"
    sentence, label = typed_sentence(annotator, "t", CAB, "flutamide")
    ids = [m.entity_id for m in sentence.mentions if m.label == "COMPOUND"]
    assert label(ids[0], ids[-1]).label == "combined_with"  # a gene's name in the dose bracket does not part them


def test_plus_joins_unit():
    text = "crocin plus DZN, vitamin E plus DZN"
    crocin, dzn, vit = Span(0, 6, "COMPOUND", "c"), Span(12, 15, "COMPOUND", "d"), Span(17, 26, "COMPOUND", "v")
    plus = Cue("combined", 7, 11, "plus")
    spans = [crocin, dzn, vit, Span(32, 35, "COMPOUND", "d")]
    assert group_designs.plus_joins(text, spans, crocin, dzn, plus)
    assert not group_designs.plus_joins(text, spans, crocin, vit, plus)


def test_a_control_group_vehicle_is_no_partner(annotator):
    facts = facts_of(annotator.annotate("t", DESIGN))
    sentence = next(s for s in facts.sentences if "corn oil" in s.text)
    corn = next(m.entity_id for m in sentence.mentions if m.text == "corn oil")
    assert not any(corn in (p.a[1], p.b[1]) for p in sentence.typed_pairs())
    text = "Male db/db mice were orally administrated vehicle (DMSO), SBE 10, and 100 mg/kg body weight/day."
    at = text.index("DMSO")
    assert group_designs.is_vehicle(text, at, at + 4)
    text = "黄芩苷溶于DMSO后加入培养基"
    at = text.index("DMSO")
    assert group_designs.is_vehicle(text, at, at + 4)
    assert not group_designs.is_vehicle(DESIGN, DESIGN.index("crocin"), DESIGN.index("crocin") + 6)


def _pairs(annotator, path):
    facts = facts_of(annotator.annotate(path.stem, path.read_text(encoding="utf-8")))
    labels: dict[frozenset, set[str]] = {}
    for s in facts.sentences:
        for p in s.typed_pairs():
            labels.setdefault(frozenset((p.a[1], p.b[1])), set()).add(p.label)
    return labels, facts


def test_the_model_inducer_of_a_paper_is_nobody_s_combination_partner(annotator):
    pairs, facts = _pairs(annotator, CORPUS / "validation" / "en" / "23424207.txt")  # rutin, selenium, cadmium
    assert "MESH:D002104" in group_designs.inducers(facts.sentences)  # "cadmium-induced testicular pathophysiology"
    ids = {m.text.lower(): m.entity_id for s in facts.sentences for m in s.mentions}
    rutin, selenium = ids["rutin"], ids["selenium"]
    assert pairs[frozenset((rutin, "MESH:D002104"))] and "combined_with" not in pairs[frozenset((rutin, "MESH:D002104"))]
    assert "combined_with" in pairs[frozenset((rutin, selenium))]  # the protectors' own combination stays
    pairs, facts = _pairs(annotator, CORPUS / "validation" / "en" / "19058010.txt")  # green tea, vitamin E, ISO
    ids = {m.text.lower(): m.entity_id for s in facts.sentences for m in s.mentions}
    assert "combined_with" not in pairs[frozenset((ids["vitamin e"], ids["isoproterenol"]))]
    assert "combined_with" in pairs[frozenset((ids["vitamin e"], ids["green tea"]))]


# --- a pathway's key molecules (process_members._RELATED_NOUN) -------------------------------------
WNT_KEY = ("另外,高糖能明显地促进血管平滑肌细胞WNT信号通路关键分子β-catenin的磷酸化,激活WNT信号通路,"
           "而甘露醇并不能刺激β-catenin的磷酸化(图2B)。")  # validation_zh ChinaXiv-201712.01205V1, results
WNT_LIST = ("与非糖尿病患者组比较,糖尿病患者的动脉WNT信号通路分子包括Wnt3a,Wnt7a,Fzd4,Wisp1的mRNA表达明显增加"
            "(图1B)。")  # validation_zh ChinaXiv-201712.01205V1, another paragraph


def test_a_pathway_s_key_molecule_is_its_member(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", WNT_KEY, "关键分子")
    wnt = next(m.entity_id for m in sentence.mentions if m.label == "PATHWAY")
    assert label(gene_id("CTNNB1"), wnt).label == "member_of"
    sentence, label = typed_sentence(annotator, "t", WNT_LIST, "通路分子")
    wnt = next(m.entity_id for m in sentence.mentions if m.label == "PATHWAY")
    for gene in ("WNT3A", "WNT7A", "FZD4"):
        assert label(gene_id(gene), wnt).label == "member_of", gene


def test_a_pathway_s_inhibitor_or_downstream_protein_is_no_member():
    from pipeline.relations import process_members

    assert process_members.related_noun_end("WNT信号通路抑制剂DKK-1表达显著增高", 3) is None
    assert process_members.related_noun_end("STAT3信号通路下游蛋白Bcl-2", 5) is None
    assert process_members.related_noun_end("WNT信号通路关键分子β-catenin", 3) == 11


# --- the Chinese causative 使 with a change of state (relations/causatives.py) -----------------------
OBATOCLAX = "Obatoclax可同时抑制Bcl-2与Bax、Mcl-1与Bak的结合,使促凋亡蛋白Bim发生磷酸化,诱导凋亡[1]。"  # validation_zh ChinaXiv-201712.00999V1
AOPP = ("结果 AOPP-BSA能使细胞p38 MAPK磷酸化;用SB203580抑制p38 MAPK磷酸化可显著抑制AOPP-BSA下调的E-cadherin和上调的"
        "vimentin和GRP78的表达。")  # new_papers_zh ChinaXiv-201801.00669V1
CDC42 = "进一步的研究发现Cdc42绑定γCOP后诱导EGF受体的累积,使得EGF激活ERK1/2、JNK和PI3K,进而促进细胞分裂[22]。"  # validation_zh ChinaXiv-201711.00762V1


def test_a_compound_that_makes_a_protein_phosphorylated_activates_it(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", OBATOCLAX, "Obatoclax")
    drug = next(m.entity_id for m in sentence.mentions if m.text == "Obatoclax")
    assert label(drug, gene_id("BCL2L11")).label == "activates"
    assert label(drug, gene_id("BCL2")).label == "inhibits"  # the earlier clause keeps its verb
    sentence, label = typed_sentence(annotator, "t", AOPP, "AOPP-BSA")
    stimulus = next(m.entity_id for m in sentence.mentions if m.text.startswith("AOPP"))
    p38 = next(m.entity_id for m in sentence.mentions if m.text.startswith("p38"))
    assert label(stimulus, p38).label == "activates"


def test_a_transitive_verb_after_the_causative_object_is_no_change_of_state():
    from pipeline.relations import causatives

    at = CDC42.index("EGF激活")
    assert causatives.caused_change(CDC42, at, at + 3) is None  # "使得EGF激活ERK1/2": EGF acts
    at = OBATOCLAX.index("Bim")
    assert causatives.caused_change(OBATOCLAX, at, at + 3)[0] == 1


# --- an English group comparison (cue_scope.english_group_comparison) ---------------------------------
EGB = ("The effect of Ginkgo biloba extract (EGb 761) on hepatic sinusoidal endothelial cells and hepatic "
       "microcirculation in CCl4 rats. The amount of malondialdehyde (MDA), endothelin (ET-1), platelet-activating "
       "factor (PAF) and nitric oxide (NO) in liver tissue was determined by spectrophotometry and radioimmunoassay, "
       "respectively. The amount of MDA, ET-1 and PAF was markedly reduced in the EGb group than in "
       "the CCl4 group, while no significant difference in the amount of NO was observed between the two "
       "groups.")  # validation_en PMID15154282
PNS = ("OBJECTIVE: To investigate the effects of Panax notoginseng saponins (PNS) on mRNA expressions of "
       "interleukin-1 receptor type I (IL-1RI) after cerebral ischemia-reperfusion in rats. The mRNA expression "
       "levels of IL-1 beta, IL-1RI, IL-1ra in brain tissue in the PNS group were lower than those in the untreated "
       "group, but higher than those in the sham-operation group.")  # new_papers_en PMID17498496


def test_a_treated_group_compared_with_the_model_group_states_the_agent_s_effect(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", EGB, "markedly reduced")
    herb = next(m.entity_id for m in sentence.mentions if m.text == "EGb")
    assert label(herb, gene_id("EDN1")).label == "downregulates"
    paf = next(m.entity_id for m in sentence.mentions if m.text == "PAF")  # a compound read-out: its level
    assert label(herb, paf).label == "downregulates"
    sentence, label = typed_sentence(annotator, "t", PNS, "were lower than")
    herb = next(m.entity_id for m in sentence.mentions if m.text == "PNS")
    assert label(herb, gene_id("IL1R1")).label == "downregulates"


def test_a_comparison_with_the_normal_group_is_no_effect():
    from pipeline.relations import cue_scope

    text = "The level of IL-6 was higher in the model group than in the normal group."
    at = text.index("model")
    assert cue_scope.english_group_comparison(text, text.index(" was"), at, at + 5) is None
    at = PNS.index("PNS group")
    assert cue_scope.english_group_comparison(PNS, PNS.index(" in brain"), at, at + 3)[0] == -1

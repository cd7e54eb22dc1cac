"""Relation typing defects found by a curator reading the top 30 rows of a batch on the
ChinaXiv sample (shared/data/dev/chinaxiv/sample), each pinned on its real sentence
(tests/data/relation_sentences_curator.tsv gives the source of each).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_helpers import sentences_tsv, typed_by_key, typed_sentence

from pipeline.relations import roles
from pipeline.relations.effects import Span, label_pair
from pipeline.relations.facts import facts_of

SENTENCES = sentences_tsv("relation_sentences_curator.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    """key -> {(entity id, entity id): PairLabel} for every pair of the sentence (both orders)."""
    return typed_by_key(annotator, SENTENCES)


def test_an_entity_inside_a_compound_noun_is_no_agent(typed, gene_id):
    # "proton pumps": the pump acts (and only through its inhibitors), not protons
    pairs = typed("proton_pump_en")
    proton = next(a for a, _ in pairs if a.startswith("MESH:") and a != gene_id("KLK3"))
    assert pairs[(proton, gene_id("KLK3"))].label == "associated"
    assert roles.is_name_modifier(SENTENCES["proton_pump_en"], *_span(SENTENCES["proton_pump_en"], "proton"))


def test_a_system_named_after_its_members_is_no_agent(typed, gene_id):
    # "impaired renin-angiotensin-aldosterone system and suppressed parathyroid hormone-…axis"
    pairs = typed("system_en")
    assert pairs[("CPD:aldosterone", gene_id("PTH"))].label == "associated"
    assert pairs[(gene_id("REN"), gene_id("PTH"))].label == "associated"


def test_degradation_of_the_object_flips_the_sign(typed, gene_id):
    # "enhances cathepsin H expression and BMP-4 degradation": less BMP-4, more cathepsin H
    pairs = typed("degradation_en")
    licl = next(a for a, _ in pairs if a.startswith("MESH:"))
    assert pairs[(licl, gene_id("BMP4"))].label == "downregulates"
    assert pairs[(licl, gene_id("CTSH"))].label == "upregulates"


def test_treatment_marker_is_no_inhibition_cue():
    # "采用肾衰营养胶囊和开同干预后,Akt/mTOR信号放大": 干预后 marks the treatment, it inhibits nothing
    # (the formula is found from its name elsewhere in the paper; its span is given here)
    text = SENTENCES["treatment_zh"]
    formula = Span(*_span(text, "肾衰营养胶囊"), "HERB", "FML:肾衰营养胶囊")
    axis = Span(*_span(text, "Akt/mTOR"), "PATHWAY", "AXIS:FPLX:AKT/HGNC:3942", ("FPLX:AKT", "HGNC:3942"))
    pair = label_pair(text, [formula, axis], formula.entity_id, axis.entity_id)
    assert pair.label != "inhibits"
    # the pathway's own predicate after it says what the treatment did (corpus/gold/new_papers_zh.csv)
    assert (pair.label, pair.cue.text) == ("activates", "放大")


def test_deprivation_of_the_agent_flips_the_sign_and_a_participle_owns_its_noun(typed, gene_id):
    # "autophagy induced by leucine deprivation": leucine (its presence) inhibits autophagy;
    # "induced" modifies autophagy, so leucine does nothing to miR-20a / miR-106b
    pairs = typed("deprivation_en")
    autophagy = next(a for a, _ in pairs if a.startswith("hsa"))
    assert pairs[("CPD:leucine", autophagy)].label == "inhibits"
    assert pairs[("CPD:leucine", gene_id("MIR20A"))].label == "associated"
    assert pairs[("CPD:leucine", gene_id("MIR106B"))].label == "associated"


def test_a_cue_in_a_later_clause_with_its_own_subject_is_not_the_agents(typed, gene_id):
    # "PKA特异性抑制剂KT5720预处理ROBs,…,低频脉冲电磁场显著提高了成骨性基因Osx、…Bmp-2的表达":
    # the field raises the genes, not the probe; the probe still inhibits PKA
    pairs = typed("probe_zh")
    kt5720 = next(a for a, _ in pairs if a.startswith("MESH:C057416"))
    assert pairs[(kt5720, "FPLX:PKA")].label == "inhibits"
    for gene in ("SP7", "BMP2"):
        assert pairs[(kt5720, gene_id(gene))].label not in ("upregulates", "activates")
        assert pairs[("FPLX:PKA", gene_id(gene))].label not in ("upregulates", "activates")
    # "由低频脉冲电磁场引起的" far after PKA makes no passive: cAMP does not inhibit PKA
    assert pairs[("FPLX:PKA", "MESH:D000242")].label != "inhibits"


def test_an_antagonist_of_x_is_not_x(typed, gene_id):
    # "应用醛固酮受体拮抗剂螺内酯": the receptor is named as the antagonist's target; and
    # 减少 of "骨量减少" in the clause before says nothing about the receptor
    pairs = typed("antagonist_zh")
    assert pairs[("CPD:aldosterone", gene_id("NR3C2"))].label == "associated"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_cue_describing_the_model_is_no_statement_and_a_title_states_an_effect(typed):
    # "雷公藤甲素对佐剂关节炎肺功能降低大鼠Notch通路…基因表达的影响": 降低 describes the rats;
    # the title says triptolide affects the Notch pathway (GUIDELINES 5.11: associated)
    pair = typed("model_title_zh")[("CPD:triptolide", "hsa04330")]
    assert (pair.label, pair.cue.text) == ("associated", "影响")
    assert pair.weight > 0.4  # stated: above a bare co-mention


def test_an_aim_states_nothing():
    from pipeline.relations import cue_scope

    text = SENTENCES["aim_zh"]
    assert cue_scope.effect_on("目的 探讨X对Y的影响", 5, 6, 7, 8, 0, 12) is None
    assert cue_scope.effect_on("X对Y的影响", 0, 1, 2, 3, 0, 7) == (4, 6, "影响")
    assert cue_scope.effect_on(text, 0, 1, 2, 3, 0, len(text)) is None


def test_a_list_item_compared_with_a_group_takes_its_own_predicate(typed, gene_id):
    # "E-cadherin的…表达水平较AOPPs组明显升高,而vimentin的…表达水平较AOPPs组明显下降"
    pairs = typed("group_level_zh")
    arctiin = "CPD:arctiin"  # 牛蒡子苷, the compound (not the herb 牛蒡子)
    assert pairs[(arctiin, gene_id("VIM"))].label == "downregulates"
    assert pairs[(arctiin, gene_id("CDH1"))].label == "upregulates"


def test_gene_gene_rows_yield_to_herb_and_compound_rows():
    from pipeline.relations import ranking

    gene_gene = ranking.score_factor("GENE", "GENE", "activates")
    assert gene_gene < ranking.score_factor("GENE", "PATHWAY", "activates") == 1.0
    assert gene_gene < ranking.score_factor("COMPOUND", "GENE", "associated")
    assert ranking.score_factor("GENE", "PATHWAY", "member_of") == 1.0


def test_the_means_after_its_end_acts_on_it(typed):
    # "induce apoptosis … via inhibition of Ras signaling pathways": inhibiting Ras induces
    # apoptosis, so Ras inhibits apoptosis (the chain of GUIDELINES 2 in the English order)
    pair = typed("means_en")[("hsa04210", "hsa04014")]
    assert (pair.label, pair.agent) == ("inhibits", "hsa04014")


def test_a_means_phrase_chains_without_a_connective(typed, gene_id):
    # "通过激活Akt/mTOR信号通路防止骨骼肌细胞凋亡": activating the pathway prevents apoptosis
    pairs = typed("chain_no_connective_zh")
    apoptosis = "hsa04210"
    assert pairs[("AXIS:FPLX:AKT/HGNC:3942", apoptosis)].label == "inhibits"
    herb = next(a for a, _ in pairs if a.startswith("HERB"))
    assert pairs[(herb, apoptosis)].label == "inhibits"


def test_a_mediator_chain_without_a_recognised_subject(typed, gene_id):
    # "可以通过降低JNK的磷酸化蛋白含量来抑制炎症因子TNF-α": less JNK, less TNF-α
    pair = typed("chain_no_subject_zh")[("FPLX:JNK", gene_id("TNF"))]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:JNK")


def test_coordinated_targets_of_one_means_are_no_chain(typed, gene_id):
    # "通过上调GPX4水平并下调铁蛋白转运蛋白1来抑制…": two targets of icariin, not GPX4 -> SLC40A1
    pairs = typed("cotargets_zh")
    assert pairs[(gene_id("GPX4"), gene_id("SLC40A1"))].label == "associated"
    assert pairs[("CPD:icariin", gene_id("SLC40A1"))].label == "downregulates"


def test_inducing_a_gene_product_is_upregulation(annotator, gene_id):
    # corpus/new_papers/zh/ChinaXiv-201810.00267V1.md: "TNF-α…还可诱导TNF-α本身,IL-8,IL-6等细胞因子
    # 的大量分泌": induction makes the cytokines (corpus/gold/new_papers_zh.csv: upregulates)
    path = Path(__file__).resolve().parents[1] / "corpus" / "new_papers" / "zh" / "ChinaXiv-201810.00267V1.md"
    _, typed_pair = typed_sentence(annotator, "ChinaXiv-201810.00267V1", path.read_text(encoding="utf-8"), "还可诱导")
    assert typed_pair(gene_id("TNF"), gene_id("IL6")).label == "upregulates"


def test_reversing_an_induced_increase_lowers_the_level(typed, gene_id):
    # "decreased norepinephrine and/or epinephrine-induced increase of IL-6 level": the outer
    # verb reverses the increase; the stimulus' participle governs nothing of the agent's
    pairs = typed("reversed_increase_en")
    assert pairs[("CPD:ginsenoside-rg1", gene_id("IL6"))].label == "downregulates"
    assert pairs[("CPD:epinephrine", gene_id("IL6"))].label == "upregulates"


def test_a_non_effect_restated_with_the_agent_in_a_later_clause(annotator, gene_id):
    # corpus/new_papers/en/PMID17498496: "…caspase-3 … in the PNS group was significantly lower …,
    # but PNS had no effect on the mRNA expression levels of ICAM-1, caspase-1 and caspase-8"
    path = Path(__file__).resolve().parents[1] / "corpus" / "new_papers" / "en" / "17498496.txt"
    sentence, typed_pair = typed_sentence(annotator, "PMID17498496", path.read_text(encoding="utf-8"),
                                          "but PNS had no effect")
    pns = next(m.entity_id for m in sentence.mentions if m.text == "PNS")
    for gene in ("ICAM1", "CASP1", "CASP8"):
        pair = typed_pair(pns, gene_id(gene))
        assert (pair.label, pair.negated) == ("associated", True), gene
    assert not typed_pair(pns, gene_id("CASP3")).negated  # its clause states an effect


def test_an_aim_with_a_cue_states_no_finding(typed):
    # "目的探讨巴弗洛霉素A1对抑制胃癌细胞自噬、…、凋亡…的影响" (GUIDELINES 5.11: an aim gives no row)
    pairs = typed("aim_cue_zh")
    bafilomycin = next(a for a, _ in pairs if a != "hsa04210" and not a.startswith("hsa"))
    assert pairs[(bafilomycin, "hsa04210")].label == "associated"


def test_every_item_of_a_means_list_chains_to_the_end(annotator, gene_id):
    # "芍药苷可以通过降低…ROS的生成,增加…超氧化物歧化酶的产生,同时激活…核因子E2相关因子2/血红素氧合酶1,
    # …来保护…,抑制细胞凋亡": each means inhibits apoptosis (corpus/gold/new_papers_zh.csv)
    from pipeline.relations.pairs import sentence_pairs

    facts = facts_of(annotator.annotate("t", SENTENCES["means_list_zh"]))
    sentence = facts.sentences[0]
    pairs = {(p.a[1], p.b[1]): p.label for p in sentence_pairs(sentence.text, sentence.mentions)}
    assert pairs[("FPLX:SOD", "hsa04210")] == "inhibits"
    assert pairs[("AXIS:HGNC:7782/HGNC:5013", "hsa04210")] == "inhibits"
    assert pairs[("CPD:paeoniflorin", "hsa04210")] == "inhibits"


def test_a_table_row_states_nothing(annotator):
    # an HTML table row of ChinaXiv-202207.00046V1 as text ("中药汤剂 | 四神丸:补骨脂、… | 口服 | 降低…"):
    # the cue of one cell does not type the herbs of another (GUIDELINES 5.1)
    from pipeline.relations.pairs import TABLE_ROW_WEIGHT, is_table_row, sentence_pairs

    text = SENTENCES["table_row_zh"]
    assert is_table_row(text) and not is_table_row("PI3K/AKT/mTOR信号通路")
    facts = facts_of(annotator.annotate("t", text))
    typed = [p for s in facts.sentences for p in sentence_pairs(s.text, s.mentions)]
    assert typed and all(p.label == "associated" and p.weight <= TABLE_ROW_WEIGHT for p in typed)


def test_a_compound_inside_an_enzyme_or_class_name_is_no_agent(typed, gene_id):
    # "Src tyrosine kinase inhibitors … reduced COX-2 mRNA levels": tyrosine names the kinase, so it is no
    # compound mention at all (nlp/protein_descriptions; before, a compound paired "associated" with COX-2)
    pairs = typed("enzyme_name_en")
    assert ("CPD:tyrosine", gene_id("PTGS2")) not in pairs and (gene_id("PTGS2"), "CPD:tyrosine") not in pairs
    assert any(gene_id("PTGS2") in k for k in pairs)
    assert roles.is_name_modifier("Nitrogen-containing bisphosphonates induce apoptosis", 0, 8)


def test_a_nominal_cue_after_a_mention_is_that_mentions(typed, gene_id):
    # "MG132 suppressed AMPK activation, GSK3β phosphorylation, …": "activation" is AMPK's;
    # the verb before governs GSK3β too
    pairs = typed("nominal_after_en")
    mg132 = next(a for a, _ in pairs if a not in ("FPLX:AMPK", "CPD:ursolic-acid") and not a.startswith("HGNC"))
    assert pairs[(mg132, "FPLX:AMPK")].label == "inhibits"
    assert pairs[(mg132, gene_id("GSK3B"))].label == "inhibits"


def test_a_participle_acts_on_its_own_noun_not_the_next_mention(typed):
    # "protects against lipopolysaccharide-induced acute lung injury by suppressing NF-kB":
    # LPS induced the injury; NF-kB is what the extract suppressed
    pairs = typed("participle_noun_en")
    lps = next(a for a, _ in pairs if a.startswith("MESH:"))
    assert pairs[(lps, "FPLX:NFkappaB")].label == "associated"
    herb = next(a for a, _ in pairs if a.startswith("HERB"))
    assert pairs[(herb, "FPLX:NFkappaB")].label == "inhibits"


def test_a_class_named_before_its_member_is_no_agent(typed, gene_id):
    # "… by the Flavonoid Fisetin": fisetin acts, "Flavonoid" only classifies it
    pairs = typed("classifier_en")
    flavonoid = next(a for a, _ in pairs if a.startswith("MESH:"))
    for gene in ("NFE2L2", "ATF4"):
        assert pairs[(flavonoid, gene_id(gene))].weight < pairs[("CPD:fisetin", gene_id(gene))].weight


def test_a_reagent_named_as_an_inhibitor_of_its_targets(typed):
    # "imatinib mesylate, a kinase inhibitor that targets the intracellular tyrosine kinase
    # BCR-ABL and the platelet derived growth factor (PDGF) receptor, …" (GUIDELINES 5.4)
    pairs = typed("inhibitor_of_en")
    imatinib = next(a for a, _ in pairs if a.startswith("MESH:"))
    assert pairs[(imatinib, "HGNC:1014")].label == "inhibits"
    assert pairs[(imatinib, "FPLX:PDGFR")].label == "inhibits"
    from pipeline.relations.inhibitor import inhibitor_of

    assert inhibitor_of(", a selective antagonist of the ") == -1
    assert inhibitor_of(" inhibited the ") is None


def test_members_named_in_a_complex_do_not_take_the_complex_s_predicate():
    # ChinaXiv dev sample (氯化锂/LiCl paper): LiCl prevents the *complex* from forming; neither
    # Axin nor APC is inhibited (curator reading of the sample batch's top 30)
    import pipeline

    text = ("氯化锂(LiCI)是目前广泛应用的GSK-3β无机离子抑制剂,可通过与GSK-3β结合,"
            "阻止Axin-APC-GSK-3β降解复合体的形成,促使β-catenin在细胞质内大量聚集。")
    doc = pipeline.annotate(text, lang="zh")
    by_pair = {(r.a.text, r.b.text): r.label for r in doc._.relations}
    assert by_pair.get(("氯化锂", "Axin"), "associated") == "associated", by_pair
    assert by_pair.get(("氯化锂", "APC"), "associated") == "associated", by_pair
    assert ("氯化锂", "GSK-3β") in by_pair  # the drug's own target stays


def test_a_compound_naming_an_enzyme_by_its_substrate_is_no_agent():
    # ChinaXiv dev sample (小G蛋白 review): "GTP酶激活蛋白(GAP)" is GTPase-activating protein;
    # GTP names the enzyme (GTP酶 = GTPase), it does not activate GAP
    import pipeline

    text = ("小G蛋白分子量仅有20~30ku,与G蛋白一样具有GTP酶活性,但其自身的GTP酶活性不强,"
            "需要GTP酶激活蛋白(GTPase-activating protein,GAP)增强其酶活性。")  # ChinaXiv-201711.01551V1
    doc = pipeline.annotate(text, lang="zh")
    labels = {(r.a.text, r.b.text): r.label for r in doc._.relations}
    assert all(label == "associated" for (a, b), label in labels.items() if "GTP" in (a, b)), labels

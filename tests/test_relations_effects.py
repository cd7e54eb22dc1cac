"""Typed relations on real sentences from both reviews (Chinese body, English reference titles)."""

import pytest

from pipeline.relations.effects import Span, label_pair
from pipeline.relations.facts import facts_of


@pytest.fixture(scope="module")
def typed(annotator):
    """text -> {(surface_a, surface_b): PairLabel} over every pair in every sentence."""

    def run(text):
        facts = facts_of(annotator.annotate("t", text))
        out = {}
        for s in facts.sentences:
            spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions]
            first = {}
            for m in s.mentions:
                first.setdefault(m.entity_id, m.text)
            for a, a_text in first.items():
                for b, b_text in first.items():
                    if a < b:
                        result = label_pair(s.text, spans, a, b)
                        out[(a_text, b_text)] = out[(b_text, a_text)] = result
        return out

    return run


ICARIIN = ("研究表明淫羊藿苷通过降低铁蛋白转运蛋白 1 的表达并增加谷胱甘肽过氧化物酶 4 "
           "(glutathione peroxidase 4, GPX4) 的表达,缓解胱氨酸代谢的抑制,从而抑制脂质过氧化和铁代谢,"
           "最终减少活性氧的生成,并抑制 OB 的死亡。")


def test_one_subject_two_directions(typed):
    pairs = typed(ICARIIN)
    assert pairs[("淫羊藿苷", "铁蛋白转运蛋白1")].label == "downregulates"
    assert pairs[("淫羊藿苷", "谷胱甘肽过氧化物酶4")].label == "upregulates"
    assert pairs[("淫羊藿苷", "谷胱甘肽过氧化物酶4")].cue.text == "增加"
    # the two targets of one subject are not related to each other by the cue
    assert pairs[("铁蛋白转运蛋白1", "谷胱甘肽过氧化物酶4")].label == "associated"


def test_compound_acts_via_the_axis_and_inhibits_ferroptosis(typed):
    pairs = typed("研究表明黄芩素能够有效地预防糖尿病引发的OP,这主要归功于它通过上调溶质载体家族7成员11/GPX4轴"
                  "来阻止BMSCs的铁死亡,同时促进OB的增殖与分化。")
    assert pairs[("黄芩素", "溶质载体家族7成员11/GPX4轴")].label == "activates"
    assert pairs[("黄芩素", "铁死亡")].label == "inhibits"
    assert pairs[("溶质载体家族7成员11", "溶质载体家族7成员11/GPX4轴")].label == "member_of"


def test_formula_contains_its_herbs_and_herb_contains_its_active_compound(typed):
    formula = typed("补骨生髓方剂包含了骨碎补、补骨脂、狗脊、人参和三七等多种中药材,主要用于补益肝肾和活血化瘀。")
    assert formula[("补骨生髓方剂", "骨碎补")].label == "contains"
    assert formula[("补骨生髓方剂", "三七")].label == "contains"
    # two items of the composition list are only enumerated together: lower weight
    assert formula[("骨碎补", "补骨脂")].label == "associated"
    assert formula[("骨碎补", "补骨脂")].weight < formula[("补骨生髓方剂", "骨碎补")].weight
    herb = typed("黄芩素作为黄芩的重要活性成分之一,拥有包括抗氧化、抗炎、提高代谢以及神经保护等多种药理效应。")
    assert herb[("黄芩", "黄芩素")].label == "contains"


def test_herbs_used_in_combination(typed):
    pairs = typed("李新春等研究显示将杜仲与续断组合使用于去卵巢导致骨质疏松的大鼠模型中,能够显著抑制烟酰胺嘌呤二核苷酸磷酸氧化酶1"
                  "和p53蛋白的表达,同时提升GPX4和铁蛋白重链的水平。")
    assert pairs[("杜仲", "续断")].label == "combined_with"
    assert pairs[("续断", "GPX4")].label == "upregulates"
    assert pairs[("杜仲", "烟酰胺嘌呤二核苷酸磷酸氧化酶1")].label == "downregulates"


def test_english_reference_titles(typed):
    mel = typed("Melatonin inhibits the ferroptosis pathway in rat bone marrow mesenchymal stem cells by activating "
                "the PI3K/AKT/mTOR signaling axis to attenuate steroid-induced osteoporosis")
    assert mel[("Melatonin", "ferroptosis pathway")].label == "inhibits"
    assert mel[("Melatonin", "PI3K/AKT/mTOR signaling axis")].label == "activates"
    met = typed("Metformin alleviates dexamethasone-induced apoptosis by regulating autophagy via AMPK/mTOR/p70S6K in osteoblasts")
    assert met[("Metformin", "apoptosis")].label == "inhibits"
    assert met[("dexamethasone", "apoptosis")].label == "activates"
    assert met[("Metformin", "AMPK/mTOR/p70S6K")].label == "via"


def test_pronoun_subject_continues_the_previous_compound(annotator):
    text = ("淫羊藿苷通过上调GPX4水平并下调铁蛋白转运蛋白1来抑制脂质过氧化和铁代谢异常,减少活性氧的产生,防止OB的死亡。"
            "除此之外,它还能通过增加OB中的Runt相关转录因子2和碱性磷酸酶的表达,促进OB的增殖和分化,以延缓OP的发展。")
    adoc = annotator.annotate("t", text)
    second = adoc.sentences[1].mentions
    assert ("它", "CPD:icariin", "coreference") in [(m.text, m.entity_id, m.how) for m in second]


def test_hedged_statement_keeps_the_pair_with_a_lower_weight(typed):
    pairs = typed("一些中草药如熊果苷可以通过自噬激活可促进成骨细胞的分化和矿化,从而抵御糖皮质激素诱导的骨质疏松症,"
                  "但尚未明确其具体通路,仍需要进一步的研究。")
    arbutin = pairs[("熊果苷", "自噬")]
    assert arbutin.hedged and not arbutin.negated
    assert arbutin.weight < 1.0


def test_negation_sets_the_flag_and_keeps_the_label(typed):
    # constructed: the two reviews state no relation as negated (checked by reading them)
    zh = typed("二甲双胍未能增加GPX4的表达。")
    assert zh[("二甲双胍", "GPX4")].label == "upregulates" and zh[("二甲双胍", "GPX4")].negated
    en = typed("Metformin did not inhibit ferroptosis in osteoblasts.")
    assert en[("Metformin", "ferroptosis")].label == "inhibits" and en[("Metformin", "ferroptosis")].negated


def test_relations_csv_carries_label_cue_and_counts(corpus_run):
    rel = corpus_run.relations
    row = rel[(rel.a_id == "CPD:icariin") & (rel.b_id == "HGNC:4556")].iloc[0]
    assert row.label == "upregulates" and row.direction == "a>b"
    assert row.evidence[int(row.cue_start):int(row.cue_end)] == row.cue
    assert "upregulates" in row.label_counts


def test_typing_improves_the_ranking(corpus_run, tmp_path):
    from pipeline.api import evaluate

    ev = evaluate(corpus_run.relations, corpus_run.mentions, None, tmp_path)
    assert ev.average_precision > ev.average_precision_cooccurrence + 0.1
    assert ev.label_accuracy >= 0.65


def test_cue_anchor_prefilter_finds_exactly_what_scanning_every_class_finds(monkeypatch):
    """find_cues skips a cue class when none of its anchors is in the sentence; on every
    sentence of both reviews (and on case/letter variants) the cues equal a full scan."""
    from conftest import JIN, LI

    from pipeline.relations import cues
    from pipeline.text.sections import split_sections
    from pipeline.text.sentences import split_sentences

    sentences = [s.text for path in (LI, JIN)
                 for s in split_sentences(split_sections(path.stem, path.read_text(encoding="utf-8")))]
    sentences += ["Icariin UP-REGULATED GPX4 and Did Not change ACSL4.",
                  "Baicalein ınhibits ferroptosis",  # dotless i: re.IGNORECASE matches it with i
                  "NCOA4-mediated ferritinophagy was Mediated By NCOA4 and knockdown of SLC7A11"]
    fast = [cues.find_cues(t) for t in sentences]
    monkeypatch.setattr(cues, "_cue_starts", lambda text: dict.fromkeys(cues.CUE_PATTERNS))  # scan everywhere
    full = [cues.find_cues(t) for t in sentences]
    assert fast == full
    assert sum(map(len, full)) > 400  # the reviews are full of cues: the comparison is not vacuous
    assert any(c.kind == "inhibit" for c in fast[-2])


def test_a_context_shared_by_a_sentences_pairs_types_them_as_a_fresh_one_does(annotator):
    # relation typing keeps per-sentence work (cues, owned cue starts) in the SentenceContext
    # it shares across the sentence's pairs: every pair of the review's sentences must get the
    # label a fresh context gives it
    from conftest import REPO

    from pipeline.relations.effects import SentenceContext

    text = (REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md").read_text(encoding="utf-8")[:30000]
    checked = 0
    for s in facts_of(annotator.annotate("li", text)).sentences:
        spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions]
        ids = sorted({m.entity_id for m in s.mentions})
        shared = SentenceContext.of(s.text, spans)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                assert label_pair(s.text, spans, a, b, context=shared) == label_pair(s.text, spans, a, b)
                checked += 1
    assert checked > 100


def test_clause_start_is_the_position_after_the_last_break_before(annotator):
    from conftest import REPO

    from pipeline.relations.cues import clause_breaks
    from pipeline.relations.effects import _clause_start

    text = (REPO / "corpus" / "jin2025_autophagy_osteoporosis.md").read_text(encoding="utf-8")[:20000]
    for sentence in (s for s in text.replace("\n", "。").split("。") if s):
        breaks = clause_breaks(sentence)
        for at in range(len(sentence) + 1):
            assert _clause_start(sentence, at) == max((b + 1 for b in breaks if b < at), default=0)


def test_herbs_listed_as_a_formulas_composition_do_not_contain_a_drug_named_after_the_list(typed):
    # corpus/new_papers/zh/ChinaXiv-201712.00816V1 (CC BY 4.0), methods: the herbs make up the capsule;
    # 开同 (Ketosteril), the positive-control drug, follows the composition cue
    pairs = typed("关键词：慢性肾衰竭；营养不良；骨骼肌萎缩；Wnt7a；肾衰营养胶囊\n\n"
                  "1.1.2受试药品肾衰营养胶囊由党参、白术、茯苓、甘草、黄芪、当归、杜仲、大黄、春砂仁组成(广东省药材公司提供),"
                  "经本校中药制剂室鉴定,由本校中药新药实验室按处方比例提取制成胶囊,每克成药含生药5.67g成人用量每日成药15g,"
                  "换算成大鼠用量8~g/(kg·d)○开同(北京费森尤斯卡比医药有限公司,批号:U1430)规格0.63g/片,"
                  "成人用量7.56~15.12~g/d,换算成大鼠用量1g/(kg·d)。")
    assert pairs[("肾衰营养胶囊", "党参")].label == "contains"
    assert pairs[("党参", "开同")].label != "contains"
    assert pairs[("茯苓", "开同")].label != "contains"
    assert pairs[("肾衰营养胶囊", "开同")].label != "contains"
    # the same paper's discussion: a herb named alone in the formula keeps its compound
    pairs = typed("关键词：慢性肾衰竭；营养不良；骨骼肌萎缩；Wnt7a；肾衰营养胶囊\n\n"
                  "藁本内酯是肾衰营养胶囊中当归的主要活性成分,也被证明其能抗骨骼肌凋亡,其机制与上调磷酸化Akt有关[17]。")
    assert pairs[("当归", "藁本内酯")].label == "contains"

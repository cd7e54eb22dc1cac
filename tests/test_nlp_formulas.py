"""Formula names the dictionary lacks, read from their dosage-form suffix (pipeline/nlp/formulas.py).

Text from corpus/new_papers/zh/ChinaXiv-201712.00816V1 (肾衰营养胶囊), ChinaXiv-201712.00524V1
(黄芪注射液) and ChinaXiv-202207.00046V1 (a table of formulas); ids as the gold cites them.
"""

from __future__ import annotations

from pipeline.nlp.formulas import candidate_names

HEADING = "# 2.1肾衰营养胶囊对CRF大鼠TA湿重、干重及干重体质量比的影响"
BODY = ("上述结果提示肾衰营养胶囊能增加CRF大鼠TA湿重、干重及干重体质量比，效果优于开同，"
        "因而对CRF肌萎缩有较好的防治作用(表1)。")


def test_a_name_after_a_heading_number_is_read_with_its_suffix():
    assert candidate_names(HEADING) == {"肾衰营养胶囊"}
    # "受试药品" (test drug) before the name: the shorter name found elsewhere is the name
    assert candidate_names(HEADING + "\n1.1.2受试药品肾衰营养胶囊由党参、白术组成") == {"肾衰营养胶囊"}
    assert candidate_names("汤剂</td><td>益气固肠方</td><td>安肠汤") == {"益气固肠方", "安肠汤"}


def test_words_ending_like_a_dosage_form_are_not_formulas():
    # ChinaXiv-201712.00816V1 (methods): "长方体" (cuboid); 颗粒物 is particulate matter
    assert candidate_names("(肌组织修切成长方体，其长轴与肌纤维的纵轴一致)") == set()
    assert candidate_names("，可吸入颗粒物") == set()
    assert candidate_names("而结合析因方差分析") == set()


def test_the_name_is_a_mention_everywhere_in_the_paper(mentions_of):
    found = mentions_of(HEADING + "\n\n" + BODY)
    assert [m for m in found if m[1] == "FML:肾衰营养胶囊"] == [("肾衰营养胶囊", "FML:肾衰营养胶囊")] * 2


def test_a_preparation_of_one_herb_stays_the_herb(mentions_of):
    found = dict(mentions_of("，黄芪注射液浓度越高E-cadherin表达更高。"))
    assert not any(eid.startswith("FML:") for eid in found.values())


# --- classical prescriptions (cshan TCM NER train split, github.com/cshan-github/TCM_NER_datasets;
# a development split, docs/ner_benchmarks.md) ------------------------------------------------

def _formulas(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.text for item in adoc.sentences for m in item.mentions if m.entity_id.startswith("FML:")]


def test_san_before_its_object_is_the_verb_not_a_formula(annotator):
    # cshan-1080: "解表散寒，温肺化饮。" (release the exterior, disperse cold) names no formula
    assert _formulas(annotator, "加桃仁，红花，丹参，当归以活血化瘀。解表散寒，温肺化饮。") == []
    # cshan-1190: "加干姜，桂枝以温胃散寒" (温胃散 is also a formula name)
    assert "温胃散" not in _formulas(annotator, "胃寒，去连翘，加干姜，桂枝以温胃散寒胃热，加知母。")
    # the formula itself stays: cshan "用逍遥散加减。"
    assert _formulas(annotator, "肝郁者，用逍遥散加减。") == ["逍遥散"]


def _herbs(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.text for item in adoc.sentences for m in item.mentions
            if m.label == "HERB" and not m.entity_id.startswith("FML:")]


def test_formula_named_after_its_herb_is_the_formula_not_the_herb(annotator):
    # cshan-1078: 桑白皮汤 is a formula; only the 桑白皮 of the list after it is the herb
    text = "越婢加半夏汤或桑白皮汤加减。麻黄，石膏先煎，桑白皮，"
    assert "桑白皮汤" in _formulas(annotator, text)
    assert _herbs(annotator, text).count("桑白皮") == 1
    # cshan-1388: 地黄饮子 (a formula whose dosage form is 饮子)
    assert "地黄饮子" in _formulas(annotator, "左归丸合地黄饮子加减。滋养肝肾")
    # cshan-1114: 黄连温胆汤 is 温胆汤 with 黄连, one formula; 黄连 of the list is the herb
    text = "黄连温胆汤加减。黄连，陈皮，法半夏，茯苓"
    assert "黄连温胆汤" in _formulas(annotator, text) and _herbs(annotator, text).count("黄连") == 1


def test_a_herb_list_ending_in_a_formula_stays_a_list(annotator):
    # cshan-2404: 六一散 is one item of the list, the herbs before it are not part of its name
    text = "银翘散温病条辨合六一散古今医鉴加减。金银花连翘牛蒡子薄荷蝉蜕桔梗车前子六一散。"
    found = _herbs(annotator, text)
    assert {"金银花", "连翘", "车前子"} <= set(found)
    assert _formulas(annotator, text).count("六一散") == 2


def test_commentary_clauses_ending_like_a_dosage_form_are_not_formulas():
    # TCM formula NER train split (a development split, docs/ner_benchmarks.md), ids 1141960,
    # 1142077, 1142550: a clause after a comma is read as a name from its first character
    assert candidate_names("，若纯以辛温发散，则因阳虚而无力作汗") == set()
    assert candidate_names("又以细针穿一窍，令服三丸，盖以蜡匮者") == set()
    assert candidate_names("使肝脉气机不畅，故见睾丸冷痛，或少腹疼痛") == set()
    assert candidate_names("，为清热解毒之基础方。") == set()
    # a formula name in the same position is still read: cshan-2573 "驱风上清散加减。"
    assert candidate_names("。驱风上清散加减。") == {"驱风上清散"}


def test_classical_dosage_forms_dan_and_yinzi_end_a_name():
    # cshan-1414 "…急加安宫牛黄丸或紫雪丹以清心开窍。", here after a comma as the rule reads it;
    # TCM formula NER train 1143146 names 五磨饮子 and 六磨饮子 (饮子 is a dosage form)
    assert candidate_names("神昏谵语，紫雪丹以清心开窍。") == {"紫雪丹"}
    assert candidate_names("，五磨饮子主之。") == {"五磨饮子"}
    assert candidate_names("，丹皮，丹参") == set()  # 丹 starting a herb name is no dosage form


def test_no_formula_name_across_a_gap_of_the_original():
    # corpus/new_papers/zh/ChinaXiv-202207.00046V1 (a table): "金荞麦、蝉蜕 痛泻安脾汤：党参" — the
    # herb list of one cell and the formula of the next, glued when the space is normalised away
    from pipeline.nlp.formulas import join_herb_formulas
    from pipeline.nlp.matcher import Mention
    from pipeline.text.offsets import OffsetText

    original = "金荞麦、蝉蜕 痛泻安脾汤：党参"
    text = original.replace(" ", "")
    starts = [i for i, ch in enumerate(original) if ch != " "]
    norm = OffsetText(text, starts, [i + 1 for i in starts])
    mentions = [Mention(4, 6, "HERB000651", "HERB", "dictionary", "蝉蜕"),
                Mention(6, 11, "FML:痛泻安脾汤", "HERB", "dictionary", "痛泻安脾汤")]

    def contiguous(i):
        return norm.starts[i] == norm.ends[i - 1]

    joined = join_herb_formulas(text, mentions, contiguous=contiguous)
    assert [m.text for m in joined] == ["蝉蜕", "痛泻安脾汤"]
    # the same characters written together are one name (cshan-1114: 黄连温胆汤)
    assert [m.text for m in join_herb_formulas(text, mentions)] == ["蝉蜕痛泻安脾汤"]


def test_a_herb_and_its_action_before_a_dosage_form_name_one_formula(annotator):
    """join_herb_formulas rule (3): chief herb + two- or three-character action + form."""
    def mentions(text):
        adoc = annotator.annotate("t", text)
        return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}

    # cshan-1304 "柴胡疏肝汤加减。柴胡，赤芍，陈皮": the formula, then its herbs
    found = mentions("柴胡疏肝汤加减。柴胡，赤芍，陈皮，枳壳，川芎，香附，郁金。")
    assert found.get("柴胡疏肝汤", "").startswith("FML:") and "柴胡" in found
    # cshan-2298 "宜黄芪固真汤。"; cshan-1323 "即葛花解酲汤加茵陈也"
    assert "黄芪固真汤" in mentions("宜黄芪固真汤。黄芪固真汤。")
    found = mentions("注用茵陈解酲汤，即葛花解酲汤加茵陈也。")
    assert "葛花解酲汤" in found and "葛花" not in found
    # a preparation step is no name: cshan-2259 "炒神曲生姜煎汤调服醒脾散"
    found = mentions("犀丸及三解散，炒神曲生姜煎汤调服醒脾散。")
    assert "生姜" in found and not any(k.startswith("生姜") and k != "生姜" for k in found)
    # cshan-2214 "宜六一散，煨生姜煎汤调服": 生姜煎 (a HerbiV formula) is 生姜 + the verb 煎
    found = mentions("宜六一散，煨生姜煎汤调服。")
    assert "生姜" in found and "生姜煎" not in found and "六一散" in found
    # a herb's flavour is no name (formula NER 1143142 "沉香味辛走散，下气降逆")
    assert "沉香" in mentions("用为君药。沉香味辛走散，下气降逆。")


def test_a_herb_before_the_verb_san_stays_a_herb(annotator):
    """drop_verb_san: herb + 散 + its object is the herb and the verb 'disperse', not a
    formula and not nothing (HerbiV names formulas 肉桂散 and 干姜散)."""
    # cshan-1652 "…故以干姜肉桂散寒和胃，杏仁甘草和气调脾。"
    found = _herbs(annotator, "不得伸越，故以干姜肉桂散寒和胃，杏仁甘草和气调脾。")
    assert {"干姜", "肉桂"} <= set(found)
    # cshan-2630 "…宗小青龙汤意加麻黄桂枝细辛干姜散寒化饮。"
    text = "见表寒里饮证者，宗小青龙汤意加麻黄桂枝细辛干姜散寒化饮。"
    assert "干姜" in _herbs(annotator, text) and "干姜散" not in _formulas(annotator, text)


def test_a_test_drug_label_before_a_dictionary_name_is_no_formula_name():
    # ChinaXiv-201712.00816V1 methods: "1.1.2受试药品肾衰营养胶囊由党参、白术、茯苓…组成"; the
    # shorter name is found by the dictionary elsewhere, never after a non-Chinese character
    assert candidate_names("1.1.2受试药品肾衰营养胶囊由党参、白术组成") == set()


# --- a dosage-form character that begins the next word (stop 31) ---------------------------------

def test_a_dosage_form_character_beginning_the_next_word_ends_no_name(mentions_of):
    """ChinaXiv-201806.00158V1 results: "支架散落区域" is 支架 + 散落 (scattered): a heading-start
    "支架散" was read as a formula in every later 支架散落; ChinaXiv-201711.00361V1 "单因子方差分析"
    (one-way ANOVA) and ChinaXiv-201712.01073V1 "四个大方格" (a counting-chamber square) likewise."""
    for text in ("2.4支架散落区域可见红色结节。\n\n生物活性玻璃支架组可见支架散落区域红色结节密集。",
                 "e，Gary，美国）单因子方差分析（one-way ANOVA）比较组间差异。",
                 "分别计数四个大方格内的活细胞及死细胞。"):
        assert not [eid for _, eid in mentions_of(text) if eid.startswith("FML:")]


def test_a_formula_before_a_proper_name_word_of_the_segmenter_stays(annotator):
    """jieba reads "桑白皮汤加减" as 桑白皮/汤加减 (汤加减, 汤加 'Tonga' are names of its news
    lexicon): only ordinary words cut a name (cshan-1078)."""
    assert "桑白皮汤" in _formulas(annotator, "越婢加半夏汤或桑白皮汤加减。")


def test_word_interiors_are_the_inside_of_ordinary_words_only():
    from pipeline.nlp.formulas import ordinary_words, word_interiors

    words = ordinary_words(["散落 217 v", "汤加 189 nr", "汤加减 3 nz", "方差 84 n", "苹果 10 n"], "散汤方")
    assert words == {"散落", "方差"}
    assert word_interiors([("支架", 0, 2), ("散落", 2, 4)], words) == {3}


def test_how_a_formula_is_taken_does_not_cut_its_name(annotator):
    """cshan-2107: jieba reads "佛手散水酒合煎" as 佛手/散水/酒 (散水, a word of its lexicon); the
    formula 佛手散 is decocted in water and wine (_USE_AFTER)."""
    assert "佛手散" in _formulas(annotator, "大法当以佛手散水酒合煎，探之。")


def test_a_structured_abstract_label_is_no_part_of_a_name():
    """ChinaXiv-201712.00816V1 abstract: "。结论 肾衰营养胶囊具有改善…" — the label 结论 (like 结果)
    glued to the name made a formula 结论肾衰营养胶囊 with the paper's findings."""
    assert candidate_names("。结论肾衰营养胶囊具有改善CRF模型大鼠骨骼肌萎缩的作用") == set()
    assert candidate_names("2.1肾衰营养胶囊") == {"肾衰营养胶囊"}

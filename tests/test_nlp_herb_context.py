"""Herb mentions in classical and modern Chinese prescriptions (pipeline/nlp/herb_context.py):
run-on herb lists, form prefixes, contractions. Sentences from the cshan TCM NER train split
(github.com/cshan-github/TCM_NER_datasets, train.txt; a development split, see
docs/ner_benchmarks.md), one per rule."""

from pipeline.nlp.herb_context import resegment_runs
from pipeline.nlp.matcher import Mention


def herbs(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.text for item in adoc.sentences for m in item.mentions if m.label == "HERB"]


def test_run_on_herb_list_takes_the_common_reading(annotator):
    # cshan-1557: 熟地黄山药 is 熟地黄 + 山药, not 熟地 + 黄山药 (Dioscorea panthaica)
    text = ("金匮肾气丸金匮要略和补中益气丸脾胃论加减。炮附子肉桂熟地黄山药山萸肉丹皮泽泻炙黄芪"
            "党参白术炒当归升麻柴胡陈皮益智仁炙甘草等。温补脾肾。")
    found = herbs(annotator, text)
    assert "熟地黄" in found and "山药" in found
    assert "黄山药" not in found and "熟地" not in found
    # cshan-2606: 黄芩大黄甘草 is not 黄芩 + 大 + 黄甘草
    text = "注人参泻肺汤，即凉膈散，栀子连翘薄荷黄芩大黄甘草枳壳桔梗杏仁人参桑皮也。"
    found = herbs(annotator, text)
    assert {"黄芩", "大黄", "甘草"} <= set(found) and "黄甘草" not in found


def test_run_widened_to_a_herb_the_matcher_cut(annotator):
    # cshan-1915: the matcher reads 草芍药 (another herb) and leaves 甘 alone
    text = "丹栀逍遥散加减。牡丹皮栀子白术黑芝麻柴胡当归茯苓甘草芍药忍冬藤等。清肝泻火，消肿止痛。"
    found = herbs(annotator, text)
    assert "甘草" in found and "芍药" in found and "草芍药" not in found


def test_resegmentation_never_uncovers_a_herb_character():
    # cshan-1351: 山栀子 stays 山栀 (+ 子), not 山 + 栀子, although 栀子 is the commoner word
    text = "天麻钩藤生石决明牛膝益母草山栀子黄芩茯神夜交藤桑寄生。"
    a = text.index("山栀")
    mention = Mention(a, a + 2, "H1", "HERB", "dictionary", "山栀")
    names = {"山栀": "H1", "栀子": "H1", "黄芩": "H2"}
    counts = {"栀子": 500, "山栀": 3}
    out = resegment_runs(text, [mention], names.get, lambda w: counts.get(w, 0))
    assert [m.text for m in out] == ["山栀"]


def test_herb_after_a_form_prefix_is_found(annotator):
    # cshan-1544 (生甘草), cshan-1650 (鲜荷叶, 鲜冬瓜皮): the prefix stays outside the mention
    text = ("指迷茯苓丸合活络效灵丹加减。茯苓姜半夏枳壳生薏仁当归丹参制乳香制没药苍术川芎陈皮"
            "生甘草等。化痰活血宣痹通络。")
    assert "甘草" in herbs(annotator, text)
    text = "淡竹叶三十片鲜荷叶半张鲜冬瓜皮一两。"
    found = herbs(annotator, text)
    assert "荷叶" in found and "冬瓜皮" in found

"""其 opening 其次 / 其中 / 其他 is part of a word, not the subject pronoun 其 (nlp/coreference.py
``_QI_WORD``): no coreference mention is made for it."""

from pipeline.nlp.coreference import opening_pronoun


def test_qici_secondly_is_no_pronoun(annotator):
    # sample ChinaXiv-201806.00141V1: 其次 ("secondly") was resolved to a compound of the sentence before
    text = ("而结合析因方差分析及多重比较发现，在有PM2.5干预细胞时，随着芍药苷浓度的增加，细胞存活率显著升高，"
            "说明芍药苷对BEAS-2B细胞具有一定保护作用。其次，实验结果显示了不同浓度的芍药苷对不同浓度PM2.5诱导的"
            "BEAS-2B细胞损伤的保护作用。")
    adoc = annotator.annotate("t", text)
    assert not [m for s in adoc.sentences for m in s.mentions if m.how == "coreference"]


def test_qici_after_a_semicolon_is_no_pronoun():
    # sample ChinaXiv-201801.00669V1: "…的过程;其次，ERS的阻断剂salubrinal可部分抑制…"
    assert opening_pronoun("其次，ERS的阻断剂salubrinal可部分抑制AOPPs激活的p38MAPK信号途径") is None
    assert opening_pronoun("其中，介导自噬参与 DNA 损伤修复的分子有") is None
    assert opening_pronoun("其他抗氧化剂及合成药物也可作为") is None


def test_the_pronoun_qi_is_still_resolved():
    assert opening_pronoun("其机制可能与芍药苷明显减轻了氧化应激损伤有关") == (0, 1)
    assert opening_pronoun("此外，它还能通过增加OB中的Runt相关转录因子2") is not None

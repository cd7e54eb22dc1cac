"""Abstracts and introductions that the section splitter left in the unread front matter (stop 39).

On the ChinaXiv dev pool, 39,000 characters of 429 papers were classed ``front`` (never read): abstracts whose
label is bracketed ("【摘要】", "# [Abstract]"), carries a stray line number ("1摘要："), runs on after the English
affiliations ("…China Abstract: …"), or is missing with bracketed parts ("[0bjective]"); the English abstract's
second paragraph; a Chinese introduction after the keywords. Excerpts in tests/data_structure (README: sources).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.text.sections import Paragraph, split_sections

DATA = Path(__file__).parent / "data_structure"


def sections(name: str) -> list[Paragraph]:
    return split_sections(name, (DATA / name).read_text(encoding="utf-8"))


def text_of(paragraphs: list[Paragraph], section: str) -> str:
    return " ".join(p.text.text for p in paragraphs if p.section == section and not p.is_heading)


def unread(paragraphs: list[Paragraph]) -> int:
    return sum(len(p.text.text) for p in paragraphs if p.section == "front" and not p.is_heading)


def test_bracketed_labels_open_both_abstracts_and_the_keywords():
    paras = sections("ChinaXiv-202208.00087V1.bracketed-labels.md")
    assert text_of(paras, "abstract_zh").startswith("背景骨质疏松症作为慢性老年性疾患")
    english = text_of(paras, "abstract_en")
    assert english.startswith("Background Osteoporosis")
    assert "Osteoporotic group was statistically significant" in english  # its second paragraph
    assert text_of(paras, "keywords_en").startswith("Osteoporosis")
    assert "骨质疏松症(osteoporosis,OP)作为常见的骨骼疾病" in text_of(paras, "body")
    assert unread(paras) < 500  # the English author line only


def test_line_numbers_on_the_labels_do_not_hide_the_paper():
    paras = sections("ChinaXiv-201711.01697V1.numbered-labels.md")
    assert text_of(paras, "abstract_zh").startswith("机体内生理活动程序化的有序运行")
    assert "子宫是哺乳类动物胚胎形成和发育的场所" in text_of(paras, "body")
    assert "雌性动物生产力的高低通过繁殖性能来体现" in text_of(paras, "body")
    assert unread(paras) == 0


def test_english_abstract_run_on_after_the_affiliation():
    paras = sections("ChinaXiv-201811.00094V1.inline-abstract-en.md")
    assert text_of(paras, "abstract_en").startswith("Autophagy is an evolutionarily highly conserved")
    assert "ColegeofAnimal" not in text_of(paras, "abstract_en")  # the affiliation stays front matter
    assert unread(paras) == 0


def test_structured_abstract_with_bracketed_parts():
    paras = sections("ChinaXiv-202207.00211V2.structured-abstract.md")
    zh, en = text_of(paras, "abstract_zh"), text_of(paras, "abstract_en")
    assert "方法:检索中国知网" in zh and "结论:不同中医生命质量评估工具" in zh
    assert en.startswith("[0bjective]To collate") and "[Conclusion]The dimensions" in en
    assert "生活质量这一最早在20世纪初创造的术语" in text_of(paras, "body")


def test_label_heading_and_an_abstract_split_by_footnotes():
    paras = sections("ChinaXiv-201712.00359V1.label-heading.md")
    english = text_of(paras, "abstract_en")
    assert english.startswith("Nervous system diseases occur")
    assert "in convenience,controllability and functional diversity" in english  # after the footnotes
    assert "基金项目" not in english
    assert text_of(paras, "keywords_en").startswith("Small molecule compound")
    assert [p.text.text for p in paras if p.section == "title_en"] == [
        "Research progress of small molecule compounds in neural differentiation of stem cells"]


def test_introduction_after_the_chinese_keywords_is_body():
    paras = sections("ChinaXiv-201711.01754V1.intro-after-keywords.md")
    assert text_of(paras, "body").startswith("固有免疫(innate immunity)是指机体出生就具有")
    assert not [p for p in paras if p.section == "title_en"]  # "# 1 PRRs" is a numbered section
    assert unread(paras) == 0


def test_a_column_heading_is_not_the_title():
    text = "# 基础研究\n\n# 低频脉冲电磁场通过cAMP/PKA信号通路促进成骨细胞分化的研究\n\n摘要：目的 研究低频脉冲电磁场。\n"
    paras = split_sections("column", text)
    assert [p.text.text for p in paras if p.section == "title_zh"] == ["低频脉冲电磁场通过cAMP/PKA信号通路促进成骨细胞分化的研究"]

"""Sections, page-break rejoining and footers, on the two real reviews."""

import pytest
from conftest import JIN, LI

from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences


@pytest.fixture(scope="module")
def li():
    return split_sections("li", LI.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def jin():
    return split_sections("jin", JIN.read_text(encoding="utf-8"))


def body_text(paragraphs):
    return "\n".join(p.text.text for p in paragraphs if p.section == "body")


def test_word_split_by_a_page_break_is_rejoined(li, jin):
    assert "提供新靶点和治疗方向。" in body_text(li)
    assert "磷脂酰肌醇-3激酶/苏氨酸蛋白激酶/雷帕霉素靶蛋白信号通路" in body_text(li)
    assert "对维持正常的骨稳定性" in body_text(jin) and "以及分泌一系列因子" in body_text(jin)


def test_word_split_around_interleaved_footers_is_rejoined(li):
    body = body_text(li)
    assert "相应的, BMSCs源自受精卵" in body
    assert "作者简介" not in body and "通讯作者" not in body


def test_footer_blocks_are_marked_non_body(li, jin):
    footers = [p.text.text for p in li + jin if p.section == "front_matter"]
    assert any(t.startswith("作者简介") for t in footers)
    assert any(t.startswith("引用格式") for t in footers)
    assert any(t.startswith("[基金项目]") for t in footers)
    assert any(t.startswith("[通信作者]") for t in footers)


def test_front_matter_sections(li, jin):
    for paragraphs in (li, jin):
        sections = {p.section for p in paragraphs}
        assert {"title_zh", "abstract_zh", "keywords_zh", "title_en", "abstract_en", "keywords_en", "body", "references"} <= sections
    assert next(p for p in li if p.section == "abstract_en").text.text.startswith("Osteoporosis (OP) is")


def test_each_reference_is_one_unit_and_page_split_references_are_joined(li, jin):
    li_refs = [p for p in li if p.section == "references" and not p.is_heading]
    jin_refs = [p for p in jin if p.section == "references" and not p.is_heading]
    assert len(li_refs) == 49 and len(jin_refs) == 30
    ref14 = next(p.text.text for p in li_refs if p.text.text.startswith("[14]"))
    assert ref14.endswith("中华中医药学刊,2013,31(7):1553-1554.")


def test_english_sentences_do_not_split_at_et_al_or_p_values():
    from pipeline.text.offsets import OffsetText
    from pipeline.text.sections import Paragraph

    text = ("Yue C et al. showed that aucubin enhances autophagy via AMPK activation (p < 0.05). "
            "Metformin alleviates dexamethasone-induced apoptosis.")
    para = Paragraph("t", 0, "abstract_en", "", OffsetText.from_original(text), "en")
    sentences = [s.text for s in split_sentences([para])]
    assert sentences == [
        "Yue C et al. showed that aucubin enhances autophagy via AMPK activation (p < 0.05).",
        "Metformin alleviates dexamethasone-induced apoptosis.",
    ]


def test_chinese_sentences_end_at_full_stop_and_semicolon(li):
    sentences = [s.text for s in split_sentences(li)]
    assert "黄芩素作为黄芩的重要活性成分之一,拥有包括抗氧化、抗炎、提高代谢以及神经保护等多种药理效应。" in sentences
    assert all("。" not in s[:-1] for s in sentences if s and s[-1] == "。")


def test_only_the_title_of_a_reference_is_read(li):
    from pipeline.text.sections import reference_title_span

    ref = next(p.text.text for p in li if p.text.text.startswith("[28]"))
    s, e = reference_title_span(ref)
    assert ref[s:e] == "The NSUN5-FTH1/FTL pathway mediates ferroptosis in bone marrow-derived mesenchymal stem cells"
    zh = next(p.text.text for p in li if p.text.text.startswith("[40]"))
    s, e = reference_title_span(zh)
    assert zh[s:e] == "铁超载通过ASK1-p38通路介导的铁死亡途径抑制成骨细胞功能"


def test_author_names_in_references_are_not_genes(corpus_run):
    # "LIU J, REN Z, YANG L" — REN is also the renin gene symbol
    refs = corpus_run.mentions.query("section == 'references'")
    assert "REN" not in set(refs.text)


def test_body_is_found_without_english_front_matter():
    # a Chinese paper with only Chinese abstract and keywords, then the body (constructed)
    text = ("# 淫羊藿苷对成骨细胞的作用\n\n**摘要:** 本文综述了淫羊藿苷的作用。\n\n**关键词:** 淫羊藿苷;成骨细胞\n\n"
            "## 1 引言\n\n淫羊藿苷通过上调GPX4水平抑制铁死亡。\n\n研究表明黄芩素能够预防糖尿病引发的OP。\n")
    sections = {p.text.text: p.section for p in split_sections("t", text)}
    assert sections["淫羊藿苷通过上调GPX4水平抑制铁死亡。"] == "body"
    assert sections["研究表明黄芩素能够预防糖尿病引发的OP。"] == "body"


def test_body_is_found_after_an_english_abstract_without_keywords():
    text = ("# Icariin and osteoblasts\n\nAbstract: Icariin protects osteoblasts.\n\n## Introduction\n\n"
            "Icariin upregulates GPX4 in osteoblasts.\n")
    sections = {p.text.text: p.section for p in split_sections("t", text)}
    assert sections["Icariin upregulates GPX4 in osteoblasts."] == "body"
    assert sections["Icariin protects osteoblasts."] == "abstract_en"


def test_a_bare_heading_mark_on_its_own_line_is_an_empty_heading_not_a_crash():
    # corpus/new_papers/zh/ChinaXiv-201712.00767V1.md, lines 65-69: an OCR'd "#" alone on a line
    # between two result paragraphs crashed the section splitter (the whole document failed).
    text = ("药物处理 $2 4 \\mathrm { ~ h ~ }$ 后，迁移实验中BAF组迁移细胞数显著减少。\n\n#\n\n"
            "药物处理 $2 4 \\mathrm { h }$ 后，核小体表达量BAF组升高。\n")
    paragraphs = split_sections("ChinaXiv-201712.00767V1", text)
    joined = "\n".join(p.text.text for p in paragraphs)
    assert "迁移实验中BAF组" in joined and "核小体表达量BAF组" in joined


def test_a_numbered_heading_on_its_own_line_is_not_joined_to_the_next_paragraph():
    # ChinaXiv-201801.00669V1 (corpus/new_papers/zh): the heading "2.2p38MAPK对AOPPs诱导…的影响" has
    # no full stop, so it was joined to the paragraph after it and its 诱导 typed "AOPPs
    # upregulates cadherin" from that paragraph (a sample batch's top 30, stop 19)
    text = ("关键词：AOPPs；EMT\n\n"
            "2.2p38MAPK对AOPPs诱导肾小管上皮细胞发生 EMT的影响\n\n"
            "肾小管上皮细胞EMT是指肾小管上皮细胞在多种致病因素的作用下失去黏附性，并丢失标志性蛋白，"
            "如上皮型钙黏蛋白(E-cadherin)。\n")
    paragraphs = [p.text.text for p in split_sections("d", text) if p.section == "body"]
    assert any(p.startswith("2.2p38MAPK") and p.endswith("的影响") for p in paragraphs)
    assert any(p.startswith("肾小管上皮细胞EMT") for p in paragraphs)

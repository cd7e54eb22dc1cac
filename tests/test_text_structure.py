"""Document structure of PDF-converted papers (issue 12), on excerpts of real ChinaXiv papers.

tests/data_structure/README.md lists each excerpt's source id and line range.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.text.normalize import normalize_block, normalize_text
from pipeline.text.offsets import OffsetText
from pipeline.text.references import reference_title_span, split_entries
from pipeline.text.sections import MAX_PARAGRAPH, Paragraph, split_sections
from pipeline.text.sentences import MAX_EN, MAX_ZH, max_length, split_sentences

DATA = Path(__file__).parent / "data_structure"  # outside tests/data: that folder is a batch corpus for test_batch_*


def excerpt(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def sections_of(name: str) -> list[Paragraph]:
    return split_sections(name, excerpt(name))


def entries(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text.text for p in paragraphs if p.section == "references" and not p.is_heading]


def titles(paragraphs: list[Paragraph]) -> list[str]:
    out = []
    for text in entries(paragraphs):
        s, e = reference_title_span(text)
        out.append(text[s:e])
    return out


def numbers(texts: list[str]) -> list[int]:
    return [int(m.group(1)) for t in texts if (m := re.match(r"\[\s*(\d+)", t))]


# --- the _blocks crash ----------------------------------------------------------------------------

def test_an_empty_markdown_heading_does_not_crash_the_text_layer():
    # ChinaXiv-201712.00767V1 has a line "#" alone: `_HEADING.match(body.text)` returned None
    paragraphs = sections_of("ChinaXiv-201712.00767V1.empty-heading.md")
    # the numbered heading "2.3BAF-A1抑制…能力" is a paragraph of its own (sections._NUMBERED_HEADING)
    assert [p.section for p in paragraphs] == ["body", "body"]
    assert paragraphs[0].text.text.endswith("侵袭能力")
    assert "核小体表达量BAF组(588.19" in paragraphs[1].text.text  # the paragraph after "#" is read


# --- reference lists ------------------------------------------------------------------------------

def test_chinese_reference_list_is_split_per_entry_even_when_entries_run_together():
    # "[2]冷桂华.黄芩及其…[J].…2928,2935.[3]黄亚非,…" is one line in the paper
    paragraphs = sections_of("ChinaXiv-201711.01532V1.references-zh.md")
    refs = entries(paragraphs)
    assert numbers(refs) == list(range(1, 31))
    assert refs[1] == "[2]冷桂华.黄芩及其提取药渣黄芩苷含量的比较[J].安徽农业科学,2007,35(10):2928,2935."
    assert titles(paragraphs)[23] == "利用香菇发酵中药废渣提高利用价值的研究"
    assert titles(paragraphs)[4].startswith("Effects of Chinese herbal medicinal ingredients")


def test_twenty_four_entries_on_one_line_become_twenty_four_references():
    paragraphs = sections_of("ChinaXiv-202207.00046V1.references-runon.md")
    refs = entries(paragraphs)
    found = numbers(refs)
    # [44] was OCR'd as "[4]" and stays inside [43]; every other number is its own entry
    assert found == [n for n in range(1, 53) if n != 44]
    assert max(len(t) for t in refs) < 300
    assert "5-羟色胺与胃肠动力障碍的关系" in titles(paragraphs)


def test_inline_references_heading_after_body_text():
    paragraphs = sections_of("ChinaXiv-202209.00032V1.references-inline.md")
    assert paragraphs[0].section == "body" and paragraphs[0].text.text.endswith("质量较差的文献等。")
    assert paragraphs[1].is_heading and paragraphs[1].text.text == "参考文献"
    assert numbers(entries(paragraphs)) == [1, 2, 3, 4, 5, 6]
    assert titles(paragraphs)[0] == "卒中后认知障碍管理专家共识"
    assert titles(paragraphs)[5] == "Theroleof inflammasomes invascularcognitiveimpairment"


def test_references_heading_closing_a_body_paragraph():
    paragraphs = sections_of("ChinaXiv-201711.00904V1.references-closing-heading.md")
    assert paragraphs[0].section == "body" and paragraphs[0].text.text.endswith("脂肪细胞的凋亡。")
    assert titles(paragraphs) == ["Regulation of adipose cell number in man",
                                  "Apoptosis of Human Adipocytes in vitro"]


def test_author_year_list_run_together_is_split_and_only_titles_are_read():
    paragraphs = sections_of("ChinaXiv-202012.00009V1.references-author-year.md")
    got = titles(paragraphs)
    assert got[:3] == [
        "Wide hybridization among Fagopyrum (Polygonaceae) species native to China",
        "Plant sciences on genus Fagopyrum",
        "The status of buckwheat production and recent progresses of breedingon new type of cultivated buckwheat",
    ]
    assert all("CHEN QF" not in t and "2012" not in t for t in got)
    assert len(got) == 7 and got[-1] == "Research progress on buckwheat protein"


def test_reference_numbers_inside_a_title_or_doi_do_not_start_entries():
    text = ("[8] Klionsky DJ, et al. Autophagy in major human diseases [J]. EMBO J, 2021, 40(19): e108863. "
            "DOI: 10. 15252/embj. 2021108863.[9] Guo YF, et al. The role of autophagy in bone homeostasis [J]. "
            "J Cell Physiol, 2021, 236 (6): 4152-4173.")
    spans, last, first_is_entry = split_entries(text, 7)
    assert [text[s:s + 3] for s, _ in spans] == ["[8]", "[9]"] and last == 9 and first_is_entry


def test_author_names_are_not_mentions_in_split_references(annotator):
    adoc = annotator.annotate("t", excerpt("ChinaXiv-201711.01532V1.references-zh.md"))
    mentions = [(m.text, item.sentence.paragraph.section) for item in adoc.sentences for m in item.mentions]
    assert ("黄芪", "references") in mentions and ("黄芩", "references") in mentions
    # a reference is read only in its title: one entry's herbs are never co-mentioned with another's
    for item in adoc.sentences:
        if item.sentence.paragraph.section == "references":
            assert len(item.sentence.text) < 200


# --- tables, captions, front matter, line numbers ------------------------------------------------

def test_html_table_rows_are_table_paragraphs_and_the_caption_is_a_caption():
    paragraphs = sections_of("ChinaXiv-202107.00008V2.table-caption.md")
    rows = [p.text.text for p in paragraphs if p.section == "table"]
    assert rows[0] == "药名 | 亲和力IC50 | 效力% | 以前抑制机制"
    assert "Doxorubicin多柔比星 | 307 nM | 61% | 拓扑异构酶" in rows
    assert [p.text.text for p in paragraphs if p.section == "caption"] == ["表1.抑制GT198的临床抗癌化疗药物"]
    body = [p.text.text for p in paragraphs if p.section == "body"]
    assert not any("拓扑异构酶" in t for t in body)


def test_table_mentions_are_kept_but_make_no_relation_by_default(annotator):
    from pipeline.config import ScoringConfig
    from pipeline.relations.comention import aggregate
    from pipeline.relations.facts import facts_of

    facts = facts_of(annotator.annotate("t", excerpt("ChinaXiv-202107.00008V2.table-caption.md")))
    table = [s for s in facts.sentences if s.section == "table"]
    assert {"CPD:rapamycin", "HGNC:3942"} <= {m.entity_id for s in table for m in s.mentions}  # …| mTOR
    pairs = aggregate([facts], ScoringConfig()).stats
    included = aggregate([facts], ScoringConfig(comention_exclude_sections=())).stats
    table_pairs = {(p.a, p.b) for s in table for p in s.typed_pairs()}
    assert table_pairs and not (table_pairs & set(pairs)) and table_pairs <= set(included)


def test_markdown_table_rows():
    text = "# 结果\n\n| 组别 | GPX4 | SLC7A11 |\n|---|---|---|\n| 黄芩苷组 | 1.2 | 0.8 |\n\n黄芩苷上调GPX4。\n"
    paragraphs = split_sections("t", text)
    assert [p.text.text for p in paragraphs if p.section == "table"] == ["组别 | GPX4 | SLC7A11", "黄芩苷组 | 1.2 | 0.8"]


def test_affiliation_line_is_front_matter_and_ocr_joined_abstract_is_read(annotator):
    paragraphs = sections_of("ChinaXiv-202207.00046V1.ocr-joined-abstract.md")
    assert paragraphs[0].section == "front_matter"
    assert paragraphs[0].text.text.startswith("2.Department of Affiliated Hospital")
    assert [p.section for p in paragraphs[1:]] == ["abstract_en", "keywords_en"]
    # OCR ran the words together: a gene symbol must not be cut out of a longer word, except by
    # nlp/glued.py's closed list of glued words (5-hydroxytryptophansignaling, ofp38MAPK,
    # predictresponsivenesstoondansetron) or at the case change that marks a word edge there
    # (MechanosensitiveionchannelPiezo2isimportant)
    import re

    from pipeline.nlp.glued import HEAD_WORDS, TAIL_WORDS, case_end_ok, case_start_ok

    def run_of(text, m):
        run = next(r for r in re.finditer(r"[A-Za-z][A-Za-z0-9]*", text) if r.start() <= m.start < r.end())
        return run.group(), run.start()

    adoc = annotator.annotate("t", excerpt("ChinaXiv-202207.00046V1.references-runon.md"))
    for item in adoc.sentences:
        text = item.sentence.paragraph.text.text
        for m in item.mentions:
            before = text[m.start - 1:m.start]
            after = text[m.end:m.end + 1]
            run, at = run_of(text, m) if m.how == "glued" else ("", 0)
            glued_before = m.how == "glued" and (HEAD_WORDS.search(text, 0, m.start)
                                                 or re.search(r"[a-z]{3}(?:of|to|with|by|from)$", run[:m.start - at])
                                                 or case_start_ok(run, m.start - at))
            glued_after = m.how == "glued" and (TAIL_WORDS.match(text, m.end)
                                                or m.end - at <= len(run) and case_end_ok(run, m.end - at))
            assert glued_before or not (before.isascii() and before.isalpha() and m.text[:1].isalpha()), \
                (m.text, text[m.start - 10:m.end + 10])
            assert glued_after or not (after.isascii() and after.isalpha() and m.text[-1:].isalpha()), \
                (m.text, text[m.start - 10:m.end + 10])


def test_line_numbers_of_a_manuscript_are_removed_with_offsets_kept():
    text = excerpt("ChinaXiv-201812.00846V1.line-numbers.md")
    paragraphs = split_sections("t", text)
    abstract = next(p for p in paragraphs if p.section == "abstract_zh")
    assert abstract.text.text.startswith("本试验以脂多糖(LPS)诱导的小鼠腹腔巨噬细胞为炎症模型,旨在研究沙葱总黄酮的抗炎作用。")
    i = abstract.text.text.index("沙葱总黄酮的抗炎作用")
    s, e = abstract.text.original_span(i, i + 10)
    assert text[s:e].replace(" ", "").replace("\n", "").replace("5", "") == "沙葱总黄酮的抗炎作用"
    assert paragraphs[0].section == "front_matter"  # authors and affiliation


def test_front_matter_lines_are_named_sections():
    text = ("# 黄芩苷对成骨细胞的作用\n\n张三1 李四2\n\n(1.北京中医药大学,北京 100029; 2.中国中医科学院,北京 100700)\n\n"
            "摘要:黄芩苷上调GPX4。\n\n关键词:黄芩苷\n\nDOI: 10.1234/abc\n\n收稿日期:2021-01-01\n\n"
            "E-mail: zhangsan@bucm.edu.cn\n\n## 1 引言\n\n黄芩苷上调GPX4。\n\n12\n\n黄芩苷抑制铁死亡。\n")
    sections = {p.text.text: p.section for p in split_sections("t", text)}
    assert sections["(1.北京中医药大学,北京100029; 2.中国中医科学院,北京100700)"] == "front_matter"
    assert sections["DOI: 10.1234/abc"] == "front_matter"
    assert sections["收稿日期:2021-01-01"] == "front_matter"
    assert sections["E-mail: zhangsan@bucm.edu.cn"] == "front_matter"
    assert sections["12"] == "page_furniture"
    assert sections["黄芩苷抑制铁死亡。"] == "body"


def test_running_header_repeated_on_pages_is_page_furniture():
    page = "ChinaXiv合作期刊"
    text = f"# 1 引言\n\n黄芩苷上调GPX4。\n\n{page}\n\n黄芩苷抑制铁死亡。\n\n{page}\n\n结论。\n\n{page}\n"
    sections = [(p.text.text, p.section) for p in split_sections("t", text)]
    assert sections.count((page, "page_furniture")) == 3


# --- sentences -----------------------------------------------------------------------------------

def para(text: str, lang: str, section: str = "body") -> Paragraph:
    return Paragraph("t", 0, section, "", OffsetText.from_original(text), lang)


def test_run_on_sentences_split_without_spaces_in_both_scripts():
    text = ("Then the expression levels were tested using real-time quantitative PCR.From results,we found "
            "that TLR4 increased in rats.本研究发现黄芩苷抑制NF-κB。")
    got = [s.text for s in split_sentences([para(text, "en")])]
    assert got == ["Then the expression levels were tested using real-time quantitative PCR.",
                   "From results,we found that TLR4 increased in rats.", "本研究发现黄芩苷抑制NF-κB。"]
    zh = "黄芩苷上调GPX4的表达.本研究发现黄芩苷抑制NF-κB;然后Baicalin inhibits TLR4 in rats.The end。"
    assert [s.text for s in split_sentences([para(zh, "zh")])] == [
        "黄芩苷上调GPX4的表达.", "本研究发现黄芩苷抑制NF-κB;", "然后Baicalin inhibits TLR4 in rats.", "The end。"]


def test_et_al_and_figures_do_not_end_a_run_on_sentence():
    text = "如Zhang et al.发现黄芩苷上调GPX4(见Fig.图2)。"
    assert len(split_sentences([para(text, "zh")])) == 1


def test_length_guard_cuts_a_run_on_at_clause_punctuation_and_marks_it():
    clause = "黄芩苷上调GPX4的表达并抑制铁死亡相关的脂质过氧化反应"  # 26 characters
    text = ",".join([clause] * 40) + "。"
    sentences = split_sentences([para(text, "zh")])
    assert len(sentences) > 1 and all(s.guard for s in sentences)
    assert all(len(s.text) <= max_length(text) for s in sentences)
    assert MAX_ZH < max_length(text) < 500  # mostly Chinese: near the Chinese limit
    assert all(s.text.startswith("黄芩苷") for s in sentences)  # cut at the commas
    assert "".join(text[s.start:s.end] for s in sentences).replace(",", "") == text.replace(",", "")
    short = split_sentences([para(clause + "。", "zh")])
    assert [s.guard for s in short] == [False]


def test_length_guard_for_latin_text_without_punctuation():
    text = " ".join(["baicalin"] * 400)
    sentences = split_sentences([para(text, "en")])
    assert all(len(s.text) <= MAX_EN and s.guard for s in sentences) and len(sentences) == 4


# --- OCR damage ----------------------------------------------------------------------------------

def test_kangxi_radicals_are_folded_with_offsets_kept():
    # pypdf emits U+2F7A KANGXI RADICAL SHEEP for 羊 (the example of issue 12)
    original = "淫\u2f7a藿苷通过上调GPX4抑制铁死亡"
    norm = normalize_block(OffsetText.from_original(original))
    assert norm.text == "淫羊藿苷通过上调GPX4抑制铁死亡"
    assert norm.original_span(0, 4) == (0, 4)
    compat = "\uf9b4\u2f8a\u2e9f"  # a CJK compatibility ideograph, a Kangxi radical, a supplement radical
    assert normalize_text(compat) == unicodedata.normalize("NFKC", compat)


def test_kangxi_radicals_do_not_hide_a_herb(annotator):
    from pipeline.relations.facts import facts_of

    original = "淫\u2f7a藿苷通过上调GPX4抑制铁死亡。"
    facts = facts_of(annotator.annotate("t", original))
    mentions = {original[m.start:m.end]: m.text for s in facts.sentences for m in s.mentions}
    assert mentions["淫\u2f7a藿苷"] == "淫羊藿苷"  # found, and its offsets point at the original text


def test_hyphenation_across_a_line_break_is_rejoined():
    assert normalize_text("astragalo-\nside IV and anti-\ninflammatory effects of IL-\n6") == (
        "astragaloside IV and anti-inflammatory effects of IL- 6")


# --- bad input -----------------------------------------------------------------------------------

def test_a_paper_that_is_all_table():
    text = "<table><tr><td>黄芩苷</td><td>GPX4</td></tr><tr><td>淫羊藿苷</td><td>SLC7A11</td></tr></table>\n"
    paragraphs = split_sections("t", text)
    assert [p.section for p in paragraphs] == ["table", "table"]
    assert [s.text for s in split_sentences(paragraphs)] == ["黄芩苷 | GPX4", "淫羊藿苷 | SLC7A11"]


def test_a_reference_list_without_body_or_heading_is_references_not_body():
    text = excerpt("ChinaXiv-202207.00046V1.references-runon.md").split("\n", 2)[2]  # heading dropped
    paragraphs = split_sections("t", text)
    assert {p.section for p in paragraphs} == {"references"}
    assert len(paragraphs) > 40


@pytest.mark.parametrize("unit", ["黄芩苷上调GPX4的表达", "baicalin upregulates GPX4 "])
def test_a_5_mb_single_line_is_split_in_bounded_time(unit):
    import time

    text = unit * (5_000_000 // len(unit))
    started = time.perf_counter()
    paragraphs = split_sections("t", text)
    sentences = split_sentences(paragraphs)
    elapsed = time.perf_counter() - started
    assert max(len(s.text) for s in sentences) <= MAX_EN
    # per-paragraph work downstream is bounded too: the line is cut into paragraphs
    assert max(len(p.text) for p in paragraphs) <= MAX_PARAGRAPH
    assert paragraphs[0].text.original_span(0, 3) == (0, 3)
    last = paragraphs[-1].text
    assert last.original_span(len(last) - 1, len(last))[1] == len(text.rstrip())
    assert elapsed < 120  # linear: a few seconds here; quadratic behaviour would take hours


def test_a_batch_goes_on_over_an_all_table_paper_and_a_bare_reference_list(tmp_path):
    from conftest import REPO

    from pipeline.api import run
    from pipeline.config import Config

    (tmp_path / "all_table.md").write_text(
        "<table><tr><td>黄芩苷</td><td>GPX4</td></tr><tr><td>淫羊藿苷</td><td>SLC7A11</td></tr></table>\n",
        encoding="utf-8")
    refs = excerpt("ChinaXiv-202207.00046V1.references-runon.md").split("\n", 2)[2]
    (tmp_path / "refs_only.md").write_text(refs, encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    result = run([tmp_path], Config(dictionaries=REPO / "dictionaries", make_docs=False))
    assert [(Path(f).name, message) for f, _, message in result.errors] == [("empty.md", "empty file")]
    mentions = result.mentions
    assert set(mentions.query("doc_id == 'all_table'").section) == {"table"}
    assert set(mentions.query("doc_id == 'refs_only'").section) == {"references"}
    assert not result.relations.found_in.str.contains("all_table").any()


def test_body_text_printed_among_the_references_stays_body():
    paragraphs = sections_of("ChinaXiv-201812.00641V1.references-interleaved.md")
    assert paragraphs[0].is_heading and paragraphs[0].text.text == "[参考文献]"
    body = [p.text.text for p in paragraphs if p.section == "body"]
    assert len(body) == 3 and body[0].startswith("由于较难转染") and body[2].startswith("综上所述")
    # [4]'s authors before the body text, its title after: one entry, its title read
    assert titles(paragraphs)[3] == "Monitoringautophagyinmammalian cultured cells through the dynamics of LC3"
    assert entries(paragraphs)[3].startswith("[4].Kimura S")
    assert numbers(entries(paragraphs))[:5] == [1, 2, 3, 4, 5]


def test_numbered_list_without_heading_or_type_codes_is_references_not_body():
    paragraphs = sections_of("ChinaXiv-202207.00074V1.references-no-heading.md")
    assert paragraphs[0].section == "body" and paragraphs[0].text.text.startswith("PINK1是线粒体自噬")
    refs = entries(paragraphs)
    assert [int(t.split(".")[0]) for t in refs] == list(range(1, len(refs) + 1)) and len(refs) >= 10
    assert titles(paragraphs)[2] == "The Platelet Response to Tissue Injury"


def test_a_protein_sequence_alignment_is_not_body_text():
    paragraphs = sections_of("ChinaXiv-202107.00008V2.sequence-alignment.md")
    assert [p.section for p in paragraphs] == ["caption", "sequence"]
    assert split_sentences(paragraphs)[-1].paragraph.section == "caption"  # the alignment is not read


# ChinaXiv-201712.00999V1 (validation): a discussion paragraph broken by a page, the text layer of a
# flow-cytometry figure printed between its two halves, then the rest of the sentence
_BROKEN_BY_A_FIGURE = (
    "以上结果说明两药联用有协同抗肿瘤作用。研究表明obatoclax通过\n\n"
    "Control obatoclax MG-132 obatoclax+MG-132 800 Sub-Gi: 1.2±0.2 800 Sub-Gi: 2.7±0.8 800 Sub-Gi: 4.5±0.6 "
    "800 Sub-Gi: 14.9±0.5 Gi/Go: 64.9±2.3 G/G0: 63.6±2.9 Gi/Go:68.8±0.5 G/Go: 54.3±3.8 600 S: 19.4±0.3 "
    "600 S: 17.0±1.8 600 S: 9.5±0.4 600 S: 6.3±1.4 G/M: 14.0±1.8 juno G/M:16.2±1.7 G/M: 16.4±0.6 "
    "G/M:25.0±2.0 C400 200 200 200 200 0 0 0 0 0200 400600 800 1k Obatoclax(μmol/L）0 0.125 0 0.125 "
    "MG-132 (μmol/L) 0 0 0.3 0.3\n\n"
    "在溶酶体中蓄积同时减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的表达影响溶酶体的功能，进而抑制自噬。\n"
)


def test_a_figures_axis_text_is_not_body_and_the_sentence_it_interrupts_is_rejoined():
    paragraphs = split_sections("ChinaXiv-201712.00999V1", _BROKEN_BY_A_FIGURE)
    assert [p.section for p in paragraphs] == ["body", "figure_text"]
    assert "研究表明obatoclax通过在溶酶体中蓄积同时减少溶酶体组织蛋白酶CTSB" in paragraphs[0].text.text
    assert not paragraphs[1].is_content  # its drug and protein names pair with nothing
    # a blot's labels (ChinaXiv-201712.00999V1) and a viability curve's axes (ChinaXiv-201806.00141V1)
    for chart in ("A Obatoclax (0.125 μmol/L) B MG-132 (0.3 μmol/L) + + 0.7 0.5 T Ubiquitin 0.3 0.2 0.1 0 "
                  "Obatoclax (μmol/L) 0 0.125 0 0.125 β-actin MG-132 (μmol/L) 0 0 0.3 0.3",
                  "1.2 # Cerar riril 1.0 1 0.9 Mii 0.8 0 0.0010.01 0.1 1 10 100 1000 Paeoniflorin (μmol/L)"):
        assert [p.section for p in split_sections("x", f"# 2结果\n\n{chart}\n")] == ["body", "figure_text"]


def test_methods_and_results_sentences_full_of_numbers_stay_body():
    for text in (  # ChinaXiv-201806.00141V1, ChinaXiv-201712.00999V1
        "用不同浓度的芍药苷对生长状态良好的细胞进行24 h 干预，用MTT实验来评价芍药苷对BEAS-2B细胞生长繁殖的影响。"
        "在芍药苷低浓度(0.001、0.01、0.1、1.0 μmol/L)时，抑制该细胞增殖,0.01和 0.1 μmol/L时抑制作用最明显。",
        "我们的结果显示，obatoclax与MG-132联用时，对CaES-17抑制率达到 50%.75%.90%及95%时，对应的CI值分别为"
        " 0.296 , 0.200 , 0.136 及0.104",  # no full stop: the page breaks there
        # ChinaXiv-201712.01205V1's English abstract, as normalised ("$( 5 1 \pm 9 ) \% ,$" -> "(51±9)%,")
        "Inhibition of WNT signaling pathway byDkk1 atenuated high glucose-induced VSMCcalcification and "
        "down-regulated the expressionof bone-related proteins Cbfa1, Osx, OCN,and BMP2 by (51±9)%, (58±11)%, "
        "(56±10)% ,and (62±10)% (P<0.01).",
    ):
        assert [p.section for p in split_sections("x", f"# 2结果\n\n{text}\n")] == ["body", "body"]

"""Readers: every input format, every encoding, every kind of bad file (tests/data/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import DocumentError
from pipeline.io.corpus import discover, matches, read_text
from pipeline.io.readers import decode, format_of, language_mix, read_file
from pipeline.io.readers.html import html_to_text
from pipeline.io.readers.pdf import paragraphs_of_page

DATA = Path(__file__).resolve().parent / "data"
FORMATS = DATA / "formats"
BAD = DATA / "bad"
HERB_SENTENCE = "黄芩素作为黄芩的重要活性成分之一"
JIN_SENTENCE = "骨髓间充质干细胞与骨质疏松症有着密切关系"


@pytest.mark.parametrize("name, fmt, encoding", [
    ("li_excerpt.md", "markdown", "utf-8"),
    ("li_excerpt_bom.txt", "text", "utf-8-sig"),
    ("jin_excerpt_utf16.txt", "text", "utf-16"),
    ("jin_excerpt_gb18030.txt", "text", "gb18030"),
    ("li_excerpt.html", "html", "gb18030"),
    ("li_excerpt.pdf", "pdf", ""),
])
def test_single_document_formats_and_encodings_read_the_papers_text(name, fmt, encoding):
    [doc] = read_file(FORMATS / name)
    assert (doc.format, doc.encoding, doc.doc_id) == (fmt, encoding, Path(name).stem)
    assert not doc.error and not doc.text.startswith("\ufeff")
    assert HERB_SENTENCE in doc.text or JIN_SENTENCE in doc.text


def test_html_keeps_headings_and_paragraphs_and_drops_scripts_and_navigation():
    [doc] = read_file(FORMATS / "li_excerpt.html")
    assert doc.title == "基于肾藏精-骨髓间充质干细胞理论探讨铁死亡-骨质疏松症的关系"
    assert doc.text.startswith("# 基于肾藏精") and "\n\n## 4 补肾类中药与OP\n\n" in doc.text
    assert "首页" not in doc.text and "seen" not in doc.text and "margin" not in doc.text
    assert "- 杜仲 & 续断" in doc.text  # entities resolved, list items kept
    # a source line break inside Chinese text is no space (the paragraph was split at 120 chars)
    assert "黄芩素作为黄芩的重要活性成分之一" in doc.text


def test_html_whitespace_and_structure():
    text, title = html_to_text("<html><head><title>T</title></head><body><p>GPX4 is\n  a <b>key</b>"
                               "<br>regulator</p><pre>  keep\n  this</pre><svg><title>x</title></svg></body></html>")
    assert title == "T"
    assert text == "# T\n\nGPX4 is a key\nregulator\n\n  keep\n  this\n"


def test_pdf_text_layer_is_read_with_paragraph_breaks():
    [doc] = read_file(FORMATS / "li_excerpt.pdf")
    assert "上调溶质载体家族7成员11/GPX4轴来阻止BMSCs的铁死亡" in doc.text.replace("\n", "")
    assert "\n\n4 补肾类中药与OP\n\n杜仲" in doc.text  # a short line (a heading) ends a paragraph


def test_pdf_paragraphs_from_line_widths():
    page = "第一段第一行很长很长很长很长很长很长\n第一段结束。\n第二段第一行很长很长很长很长很长很长\n第二段第二行很长很长很长很长很长很长"
    assert paragraphs_of_page(page) == ["第一段第一行很长很长很长很长很长很长\n第一段结束。",
                                        "第二段第一行很长很长很长很长很长很长\n第二段第二行很长很长很长很长很长很长"]
    assert paragraphs_of_page("the osteoblast differen-\ntiation of rat BMSCs is long enough") == [
        "the osteoblast differentiation of rat BMSCs is long enough"]


@pytest.mark.parametrize("name, fmt", [("abstracts.bioc.xml", "bioc-xml"), ("abstracts.bioc.json", "bioc-json")])
def test_bioc_gives_one_document_per_bioc_document_with_passages_in_source_coordinates(name, fmt):
    docs = read_file(FORMATS / name)
    assert len(docs) == 2 and {d.format for d in docs} == {fmt}
    assert all(d.doc_id.isdigit() and len(d.doc_id) == 8 for d in docs)
    first = docs[0]
    assert first.text.startswith("# Exploring the Relationship Between Ferroptosis")
    assert [p.infons["type"] for p in first.passages] == ["title", "abstract", "paragraph"]
    title, abstract, body = first.passages
    assert title.offset == 0 and abstract.offset == title.end - title.start + 1
    assert first.text[body.start:body.end].startswith("杜仲,源自杜仲科杜仲树的树皮")
    assert first.passage_at(body.start + 3) is body and first.passage_at(title.end + 1) is None


def test_pubtator_documents_are_named_by_pmid_and_keep_pubtator_offsets():
    docs = read_file(FORMATS / "abstracts.pubtator")
    assert [d.doc_id for d in docs] == ["90000021", "90000022"]
    doc = docs[1]
    title, abstract = doc.passages
    assert doc.text[title.start:title.end] == "The role of autophagy in the pathogenesis of osteoporosis"
    assert (title.offset, abstract.offset) == (0, len("The role of autophagy in the pathogenesis of osteoporosis") + 1)
    assert doc.text[abstract.start:abstract.end].startswith("Osteoporosis is a disease related to aging")


def test_pubtator_is_recognised_in_a_txt_file_and_pdf_by_its_magic_bytes(tmp_path):
    assert format_of(tmp_path / "x.txt", b"123|t|Title\n123|a|Abstract\n") == "pubtator"
    assert format_of(tmp_path / "x.txt", "骨质疏松症|是".encode()) == "text"
    assert format_of(tmp_path / "paper.bin", b"%PDF-1.4\n...") == "pdf"
    annotated = tmp_path / "annotated.pubtator"
    annotated.write_text("1|t|GPX4 in bone\n1|a|Text.\n1\t0\t4\tGPX4\tGene\t2879\n", encoding="utf-8")
    [doc] = read_file(annotated)
    assert doc.doc_id == "1" and "GPX4 in bone" in doc.text


@pytest.mark.parametrize("name, message", [
    ("binary.txt", "binary file, not text"),
    ("empty.md", "empty file"),
    ("undecodable.txt", "cannot decode as UTF-8, UTF-16 or GB18030 (byte 0xff at offset 16)"),
    ("truncated.pdf", "truncated PDF"),
    ("scanned.pdf", "no text layer in 1 page(s) (a scanned PDF?); run OCR first"),
    ("malformed.bioc.xml", "malformed BioC XML"),
    ("malformed.bioc.json", "malformed BioC JSON"),
])
def test_each_bad_file_kind_is_one_clear_document_error(name, message):
    with pytest.raises(DocumentError) as caught:
        read_file(BAD / name)
    assert message in caught.value.message
    assert "\n" not in str(caught.value) and name in str(caught.value)


def test_valid_json_or_xml_that_is_not_bioc_is_reported(tmp_path):
    (tmp_path / "config.json").write_text('{"name": "x"}', encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(DocumentError, match="not BioC JSON"):
        read_file(tmp_path / "config.json")
    with pytest.raises(DocumentError, match="not BioC XML"):
        read_file(tmp_path / "feed.xml")


def test_a_pdf_that_is_really_html_says_so(tmp_path):
    (tmp_path / "paper.pdf").write_bytes(b"<html><body>Access denied</body></html>")
    with pytest.raises(DocumentError, match="not a PDF .*looks like HTML"):
        read_file(tmp_path / "paper.pdf")


def test_decode_detects_boms_utf16_without_bom_and_gbk():
    text = "铁死亡 ferroptosis"
    assert decode(text.encode("utf-8-sig"), "x") == (text, "utf-8-sig")
    assert decode(text.encode("utf-16"), "x") == (text, "utf-16")
    assert decode("GPX4 and SLC7A11".encode("utf-16-le"), "x") == ("GPX4 and SLC7A11", "utf-16-le")
    assert decode(text.encode("gbk"), "x") == (text, "gb18030")
    assert decode(text.encode("utf-8"), "x") == (text, "utf-8")
    assert read_text(FORMATS / "jin_excerpt_gb18030.txt").startswith(JIN_SENTENCE)


def test_language_mix():
    assert language_mix("骨质疏松症是一种全身代谢性疾病")[0] == "zh"
    assert language_mix("Osteoporosis is a systemic disease")[0] == "en"
    assert language_mix("骨质疏松症 (osteoporosis, OP)")[0] == "zh+en"
    assert language_mix("1234 ...") == ("", 0.0)


def test_discover_finds_every_format_with_stable_unique_ids(tmp_path):
    found = {s.relative: s.doc_id for s in discover([DATA])}
    assert found["formats/li_excerpt.html"] == "formats/li_excerpt"
    assert found["formats/li_excerpt.md"] == "formats/li_excerpt.md"  # same stem: keeps its suffix
    assert found["formats/abstracts.bioc.json"] == "formats/abstracts"
    assert len(set(found.values())) == len(found)
    assert not any(r.endswith(".py") for r in found)
    assert [s.doc_id for s in discover([FORMATS / "li_excerpt.pdf"])] == ["li_excerpt"]


def test_include_and_exclude_globs():
    pdfs = [s.relative for s in discover([DATA], include=["*.pdf"], exclude=["bad/*"])]
    assert pdfs == ["formats/li_excerpt.pdf"]
    assert matches("2024/a.md", ["2024/*"], None) and not matches("2023/a.md", ["2024/*"], None)
    assert not matches("a.bioc.json", None, ["*.json"])


def test_the_bundled_corpus_keeps_its_manifest_ids():
    import csv

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    papers = set()
    # corpus/new_papers/{en,zh}/ (development), corpus/validation/{en,zh}/, corpus/heldout/{en,zh}/ when committed
    for folder in ("new_papers", "validation", "heldout"):
        if not (corpus / folder / "manifest.csv").exists():
            continue
        with (corpus / folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
            papers |= {row["doc_id"] for row in csv.DictReader(handle)}
    ids = sorted(s.doc_id for s in discover([corpus]))
    assert ids == sorted(["jin2025_autophagy", "li2025_ferroptosis", *papers])
    # development 34; validation 2 + 10 of stop 24, 15 abstracts of stop 25, the 15 documents of the stop-25 held-out set
    assert len(ids) >= 2 + 34 + 27 + 15

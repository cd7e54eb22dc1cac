"""A capital code with a hyphen and a catalogue number is a cell line or a compound code, not the gene or
family its letters spell (nlp/non_gene_names.py ``is_numbered_code``).

SGC-7901 (a gastric cancer cell line) was read as FPLX:SGC (soluble guanylate cyclase) in four development
papers, often where it is not written right before 细胞/cells ("胃癌（SGC-7901）", "in SGC-7901 gastric cancer
cells"), so the cell-line collector of nlp/cell_lines.py never saw it named as cells."""

from pipeline.nlp.non_gene_names import is_numbered_code

# verbatim
CHINESE = "卤地菊提取物对白血病（K562)，肝癌（HepG2）和胃癌（SGC-7901）均有一定的细胞毒作用，但其作用机制尚不明确"  # sample ChinaXiv-201707.00654V1
ENGLISH = "Downregulation of Cdkl and cyclinB1 expression contributes to oridonin-induced cell cycle arrest at G2/M phase and growth inhibition in SGC-7901 gastric cancer cells"  # sample ChinaXiv-201806.00153V1, a reference title (LaTeX G2/M unfolded)


def test_a_cell_line_code_is_no_family(mentions_of):
    for text in (CHINESE, ENGLISH):
        assert not [m for m in mentions_of(text) if m[1] == "FPLX:SGC"], text


def test_only_a_capital_code_with_three_or_more_digits():
    text = "胃癌（SGC-7901）"
    i = text.index("SGC")
    assert is_numbered_code(text, i, i + 3)
    for text, name in (("MMP-9表达", "MMP"), ("IL-10水平", "IL"), ("the SGC activity", "SGC"), ("SGC-7901.5", "SGC")):
        i = text.index(name)
        assert not is_numbered_code(text, i, i + len(name)), text


# s36b: the code glued to the Chinese cell noun before it ("胃癌细胞SGC-7901") is still a code: a Chinese
# character is no letter of the code (str.isalnum is true for 胞)
GLUED_BODY = "结肠癌细胞Caco-2（崔名扬等，2016）、胃癌细胞SGC-7901（洪卫等，2008）、乳腺癌 T47D细胞"  # sample ChinaXiv-202010.00047V1 (body)
GLUED_TITLE = "毛兰素诱导胃癌细胞SGC-7901凋亡的实验研究"  # sample ChinaXiv-202010.00047V1, a reference title (洪卫 2008)


def test_a_code_glued_to_a_chinese_cell_noun_is_no_family(mentions_of):
    for text in (GLUED_BODY, GLUED_TITLE):
        assert not [m for m in mentions_of(text) if m[1] == "FPLX:SGC"], text


def test_a_letter_or_digit_before_the_code_still_joins_it():
    for text in ("胃癌细胞SGC-7901", "xSGC-7901", "2SGC-7901"):
        i = text.index("SGC")
        assert is_numbered_code(text, i, i + 3) == (text[i - 1] == "胞"), text

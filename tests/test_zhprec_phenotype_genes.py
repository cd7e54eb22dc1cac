"""A gene named only inside a phenotype's name is no relation partner (pipeline/relations/phenotype_genes.py,
hooked into relations/pairs.py ``partner_mentions``)."""

from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import sentence_pairs
from pipeline.relations.phenotype_genes import names_phenotype

INS = "HGNC:6081"
# validation44_zh ChinaXiv-201711.00914V1 (body): the gold has RBP4's rows, none with INS
KANG = "Kang等[28]指出血浆RBP4浓度的增加会降低鼠对胰岛素的敏感度，而敲除RBP4基因的鼠会增加胰岛素敏感度。"
# validation45_zh ChinaXiv-201711.01377V1 (reference title)
AMPK = ("AMPK phosphorylates and inhibits SREBP activity to attenuate hepatic steatosis and atherosclerosis in "
        "diet-induced insulin-resistant mice")
# validation44_zh ChinaXiv-201711.00914V1 (reference title)
VITAMIN_A = "Signaling by vitamin A and retinol-binding protein regulates gene expression to inhibit insulin responses"
# validation45_zh ChinaXiv-201711.01377V1 (body): the first 胰岛素 is the hormone (gold INS–IR/PI3K/Akt)
LEPTIN = "此外，瘦素可增强胰岛素诱导的信号通路IR/PI3K/Akt，改善大鼠胰岛素抵抗。"
# validation44_zh ChinaXiv-201711.00914V1 (body): 抵抗素 is resistin, a gene, not leptin's phenotype
RESISTIN = "用ATRA在体内处理脂肪细胞或作用于脂肪细胞模型时，可抑制瘦素和抵抗素的分泌[2.38]。"


def _end(text, word, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return at + len(word)


def test_phenotype_words_after_the_gene():
    assert names_phenotype(KANG, _end(KANG, "胰岛素"))  # "对胰岛素的敏感度"
    assert names_phenotype(KANG, _end(KANG, "胰岛素", 1))  # "胰岛素敏感度"
    assert names_phenotype(AMPK, _end(AMPK, "insulin"))  # "insulin-resistant mice"
    assert names_phenotype(VITAMIN_A, _end(VITAMIN_A, "insulin"))  # "insulin responses"
    assert names_phenotype(LEPTIN, _end(LEPTIN, "胰岛素", 1))  # "胰岛素抵抗"


def test_the_hormone_itself_and_resistin_are_not_phenotypes():
    assert not names_phenotype(LEPTIN, _end(LEPTIN, "胰岛素"))  # "胰岛素诱导的信号通路"
    assert not names_phenotype(RESISTIN, _end(RESISTIN, "瘦素"))  # "瘦素和抵抗素"
    assert not names_phenotype("IL-6 responses to LPS", 4)  # what IL-6 responds to is named


def _pairs(annotator, text):
    sentence = facts_of(annotator.annotate("t", text)).sentences[0]
    return {frozenset((p.a[1], p.b[1])) for p in sentence_pairs(sentence.text, sentence.mentions)}


def test_no_ins_rows_from_a_phenotype(annotator):
    for text in (KANG, AMPK, VITAMIN_A):
        assert not any(INS in pair for pair in _pairs(annotator, text)), text


def test_the_hormone_named_as_itself_keeps_its_pairs(annotator):
    assert any(INS in pair for pair in _pairs(annotator, LEPTIN))


def test_the_labeller_asks_the_same_phenotype_words():
    """roles.is_phenotype (the labeller's side question) reads phenotype_genes' one word list, plus the injury named
    as a dependence; before stop 51 it kept a shorter copy that missed "对胰岛素的敏感度" and "insulin-resistant"."""
    from pipeline.relations import roles

    assert roles.is_phenotype(KANG, 0, _end(KANG, "胰岛素"))
    assert roles.is_phenotype(AMPK, 0, _end(AMPK, "insulin"))
    assert not roles.is_phenotype(LEPTIN, 0, _end(LEPTIN, "胰岛素"))
    text = "Nrf2 protects against acetaminophen-dependent hepatotoxicity"
    assert roles.is_phenotype(text, 0, text.index("-dependent"))

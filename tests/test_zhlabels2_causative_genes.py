"""The Chinese causative 使 with a gene or pathway as its subject, and a change of level as the change of
state (relations/causatives.py: gene_subject, caused_change; effects._caused_by_subject)."""

from __future__ import annotations

from tests.nlp_helpers import typed_sentence

# validation_zh ChinaXiv-201803.00487V1: BMPs (the subject of 结合) make Smad1/5/8 phosphorylated
BMP = ("BMPs-Smad经典信号通路主要为BMPs和受体结合,使Smad1/5/8磷酸化,pSmad1/5/8与Smad4结合形成复合物转移至细胞核,"
       "与下游靶基因启动子元件结合,调控下游靶基因的转录[13][14]。")
# validation_zh ChinaXiv-201712.00947V1: PKA, the subject, makes the level of cyclin D1 rise; Bad and Bcl-2
# between it and 使 are objects of its own verbs
PKA = ("cAMP/PKA具有抑制前凋亡蛋白如Bcl-2相关死亡启动蛋白(Bad)表达及增加抗凋亡蛋白如Bcl-2表达,从而减低成骨细胞"
       "凋亡的作用[],而且能使CyclinD1表达增多从而促进细胞增殖[]。")
# validation_zh ChinaXiv-201712.00999V1: Bcl-2 is the object of 抑制, not the causer of Bim's phosphorylation
OBATOCLAX = "Obatoclax可同时抑制Bcl-2与Bax、Mcl-1与Bak的结合,使促凋亡蛋白Bim发生磷酸化,诱导凋亡[1]。"


def _ids(sentence, *names: str) -> list[str]:
    return [next(m.entity_id for m in sentence.mentions if m.text == name) for name in names]


def test_a_gene_subject_of_the_causative_activates_the_phosphorylated_object(annotator):
    sentence, label = typed_sentence(annotator, "t", BMP, "BMPs和受体")
    bmp, smad = _ids(sentence, "BMPs", "Smad1/5/8")
    assert label(bmp, smad).label == "activates"


def test_a_level_change_after_the_causative_object_is_upregulation(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", PKA, "CyclinD1")
    pka, pathway = _ids(sentence, "PKA", "cAMP/PKA")  # the gene, and the pathway the name also is
    assert label(pka, gene_id("CCND1")).label == "upregulates"
    assert label(pathway, gene_id("CCND1")).label == "upregulates"


def test_a_gene_that_is_the_object_of_an_earlier_verb_causes_nothing(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", OBATOCLAX, "Obatoclax")
    assert label(gene_id("BCL2"), gene_id("BCL2L11")).label != "activates"


def test_gene_subject_and_level_change_as_pure_functions():
    from pipeline.relations import causatives

    at = PKA.index("CyclinD1")
    sign, start, end, kind = causatives.caused_change(PKA, at, at + len("CyclinD1"))
    assert (sign, PKA[start:end], kind) == (1, "增多", "up")
    text = "从而使NF-κB信号通路受到抑制。"
    at = text.index("NF")
    assert causatives.caused_change(text, at, at + len("NF-κB信号通路"))[0] == -1
    # Bcl-2 follows 抑制 in its own clause: an object, no subject
    b = OBATOCLAX.index("Bcl-2")
    assert not causatives.gene_subject(OBATOCLAX, 0, b, b + 5, OBATOCLAX.index("使"), [])
    p = PKA.index("PKA")
    names = [(PKA.index("Bad"), PKA.index("Bad") + 3), (PKA.index("Bcl-2表达"), PKA.index("Bcl-2表达") + 5)]
    assert causatives.gene_subject(PKA, 0, p, p + 3, PKA.index("使"), names)

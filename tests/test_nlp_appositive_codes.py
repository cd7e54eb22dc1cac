"""A code written right after a herb's fraction name names that herb (nlp/extract_abbreviations.py).

Real sentences of new_papers_zh ChinaXiv-201810.00267V1 ("红毛五加多糖AHP-II")."""

import pipeline

AHP = ("为了开发现有中药的更大价值,我们提取了红毛五加多糖AHP-II,同时结合大鼠肝细胞培养技术,用脂多糖(LPS)诱导大鼠肝细胞损伤。"
       "在加入AHP-II后,JNK2蛋白的磷酸化水平呈剂量依赖性降低,AHP-II高剂量组抑制作用最强。")


def test_code_after_the_herbs_polysaccharide_is_the_herb():
    doc = pipeline.annotate(AHP)
    codes = [e.kb_id_ for e in doc.spans["entities"] if e.text == "AHP-II"]
    assert codes and set(codes) == {"HERB002301"}  # Acanthopanax giraldii (红毛五加皮)
    assert any({r.a.kb_id_, r.b.kb_id_} == {"HERB002301", "HGNC:6886"} for r in doc._.relations)  # JNK2


def test_a_code_after_another_word_is_no_definition():
    doc = pipeline.annotate("我们提取了红毛五加多糖,并用AHP-II处理细胞。在加入AHP-II后,JNK2蛋白的磷酸化水平降低。")
    assert [e.kb_id_ for e in doc.spans["entities"] if e.text == "AHP-II"] == []

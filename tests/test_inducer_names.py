"""A protein's name written after its inducer ("视黄酸诱导基因1样受体(RLRs)") names no inducer (nlp/inducer_names.py).

Sentences from ChinaXiv papers of the dev pool (chinaxiv_dev120.jsonl, CC BY 4.0) and made-up English ones in the
HGNC naming pattern ("glucocorticoid-induced leucine zipper", "retinoic acid-inducible gene I").
"""

from __future__ import annotations

from nlp_helpers import named


def ids(annotator, text: str) -> set[str]:
    return {entity_id for _, entity_id in named(annotator, text)}


def test_retinoic_acid_inducible_gene_receptors_name_no_retinoic_acid(annotator):
    # ChinaXiv-201711.01754V1
    text = ("模式识别受体（PRRs）中的Toll样受体(TLRs）、核苷酸寡聚结合域样受体(NLRs)和视黄酸诱导基因1样受体(RLRs)"
            "等识别不同或重叠的微生物组成成分，形成相应的信号转导产生免疫应答。")
    found = ids(annotator, text)
    assert "CPD:retinoic-acid" not in found
    assert "FPLX:RLR" in found


def test_english_gloss_of_the_chinese_name(annotator):
    # ChinaXiv-201711.01754V1 (OCR glued the English gloss; written here with its spaces)
    found = ids(annotator, "RLRs具有3个成员存在于细胞质中识别病毒RNA，即视黄酸诱导基因1（retinoic acid inducible gene 1,RIG-1）。")
    assert "CPD:retinoic-acid" not in found


def test_nf_kb_inducing_kinase_is_no_nf_kb(annotator):
    # ChinaXiv-202207.00074V1 writes "NF-κB诱导激酶（NIK）" (with the Greek letter in LaTeX)
    found = ids(annotator, "TRAF3降解后，NF-κB诱导激酶（NIK）轴激活核因子-κB。")
    assert "FPLX:NFkappaB" not in [i for t, i in named(annotator, "NF-κB诱导激酶（NIK）轴") if t.startswith("NF")]
    assert "HGNC:6853" in found  # NIK (MAP3K14)


def test_glucocorticoid_induced_leucine_zipper_names_neither_compound(annotator):
    found = ids(annotator, "Glucocorticoid-induced leucine zipper (GILZ) is expressed in osteoblasts.")
    assert "CPD:glucocorticoids" not in found and "CPD:leucine" not in found


def test_a_stimulus_with_a_figure_reference_stays(annotator):
    found = ids(annotator, "小檗碱降低了地塞米松诱导的激酶(图2)活性。")
    assert "CPD:dexamethasone" in found  # the bracket holds no gene name: a stimulus, no protein's name


def test_a_stimulus_before_a_defined_protein_stays(annotator):
    # validation PMID23717095: DNCB is the model's stimulus, MAPKs the protein defined by its own name
    found = ids(annotator, "We also evaluated the DNCB-induced mitogen-activated protein kinases (MAPKs) activity.")
    assert "MESH:D004137" in found and "FPLX:MAPK" in found
    found = ids(annotator, "LPS诱导的肿瘤坏死因子α(TNF-α)释放增加。")
    assert "MESH:D008070" in found and "HGNC:11892" in found

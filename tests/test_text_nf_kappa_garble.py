"""Stop 44: the PDF converter of the ChinaXiv papers reads the kappa of NF-κB with a stray sigma and/or centred dot
before it ("NF- $\\mathbf { \\sigma } _ { \\kappa \\mathrm { B } }$" → "NF-σκB"): 86 of the 100 math fragments after "NF"
in the 120 dev papers, in 15 papers. "NF-σκB" names nothing, so NF-κB and its signalling pathway went unrecognised
(validation40_zh and validation41_zh missed gold NF-κB pathway pairs for it)."""

from __future__ import annotations

from nlp_helpers import entity_ids

from pipeline.text.normalize import normalize_text

# validation40_zh ChinaXiv-201712.01090V1 (the body): DDX41 → STING → TBK1, IRF3 and NF-κB
DDX41 = ("同时DDX41与胞浆内接头蛋白STING结合，并且通过STING的死亡结构域激活TBK1、IRF3和"
         "NF- $\\mathbf { \\sigma } _ { \\kappa \\mathbf { B } }$ 信号通路")


def test_the_stray_sigma_and_dot_before_kappa_go():
    assert normalize_text("NF- $\\mathbf { \\sigma } _ { \\kappa \\mathrm { B } }$ 信号") == "NF-κB信号"
    assert normalize_text("NF- $\\mathbf { \\sigma } _ { \\cdot \\kappa \\mathrm { B } }$ 通路") == "NF-κB通路"
    assert normalize_text("NF- $\\cdot \\kappa \\mathrm { B }$ 通路") == "NF-κB通路"


def test_only_after_nf_and_only_before_a_kappa():
    # after TNF the kappa is no NF-κB's (the stray dot still goes); a sigma elsewhere stays a sigma
    assert normalize_text("TNF- $\\sigma \\kappa$") == "TNF-σκ"
    assert normalize_text("的 $\\sigma$ 因子") == "的σ因子"


def test_the_garbled_pathway_is_recognised(mentions_of):
    ids = entity_ids(mentions_of, normalize_text(DDX41))
    assert ids[-1] == "hsa04064"  # NF-κB信号通路, the KEGG map


def test_the_boxed_alpha_and_the_stray_dot():
    # the converter's two other readings (84 and 304 fragments in the 120 dev papers): TNF-α, TGF-β, a p-value
    assert normalize_text("TNF- $\\mathbf { \\nabla } \\cdot \\mathbf { a }$ 表达") == "TNF-α表达"
    assert normalize_text("TNF- $\\mathbf { \\alpha } \\cdot \\mathbf { \\vec { a } }$ 和") == "TNF-α和"
    assert normalize_text("TNF- $\\cdot a$ 和") == "TNF-α和"
    assert normalize_text("TGF- $\\cdot \\beta$ 1") == "TGF-β1"
    assert normalize_text("提高（ $\\cdot P < 0 . 0 1$ ）") == "提高(P<0.01)"


def test_a_product_dot_and_a_plain_a_stay():
    assert normalize_text("5 mmol $\\cdot L ^ { - 1 }$ 的") == "5 mmol ·L-1的"
    assert normalize_text("5 mmol $\\cdot$ L") == "5 mmol ·L"
    assert normalize_text("的 $a$ 值") == "的a值"

"""Stop 38 (s38b-lof): a LaTeX fragment after a lower-case English word is a word of its own (text/normalize.py
``_ENGLISH_WORD_BEFORE``): "VPA-triggered $…p-Gsk3β$ downregulation and $\\beta$ catenin" had come out as
"VPA-triggeredp-Gsk3β … andβ catenin", so the participle and the name were one token; a name's Greek suffix
("eIF2 $\\alpha$", "TGF $\\beta$", "NF- $\\kappa$ B") and a subscript stay glued."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.text.normalize import normalize_text

# validation_zh ChinaXiv-201712.00818V1 (gold sulindac activates GSK3B (phospho form), downregulates CTNNB1)
SULINDAC = (r"Sulindac also atenuated VPA-triggered $\mathsf { p } { \mathrm { - } } \mathsf { G s k } 3 \beta$ downregulation "
            r"and $\beta$ catenin upregulation in the prefrontal lobe, seahorse and cerebellum.")


def test_fragment_after_an_english_word_keeps_its_space():
    assert normalize_text(SULINDAC).startswith("Sulindac also atenuated VPA-triggered p-Gsk3β downregulation and β catenin ")
    # validation_zh ChinaXiv-201711.00361V1
    assert normalize_text(r"induces the expression of human $\beta$ defensin 2") == "induces the expression of human β defensin 2"


def test_suffixes_and_subscripts_stay_glued():
    assert normalize_text(r"eIF2 $\alpha$  signaling") == "eIF2α signaling"
    assert normalize_text(r"TGF $\beta$ 1 and") == "TGFβ1 and"
    assert normalize_text(r"significantly increased $_ { ( P < 0 . 0 5 ) }$ ,") == "significantly increased(P<0.05),"


def test_attenuated_induced_changes_are_undone(annotator, gene_id):
    typed = typed_pairs(annotator, normalize_text(SULINDAC))
    assert typed[("CPD:sulindac", gene_id("CTNNB1"))].label == "downregulates"  # was upregulates
    assert typed[("CPD:sulindac", gene_id("GSK3B"))].label == "activates"  # was downregulates (p-Gsk3β: activity)

"""Compounds named only as an assay's substrate ("Gelatin zymography") or inside an English
enzyme name ("Ras guanosine triphosphatase") are no relation partners: validation_en gave
Gelatin -> MMP9/MMP2/PLAU and guanosine pairs (nlp/assay_reagents.mark_assay_substrates,
nlp/enzyme_names.before_english_enzyme)."""

from pipeline.relations.pairs import NO_PARTNER


def _mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.label, m.how) for item in adoc.sentences for m in item.mentions]


def test_gelatin_of_gelatin_zymography_is_an_assay_reagent(annotator):
    # validation PMID21515352
    found = _mentions(annotator, "Gelatin zymography assay showed that PA extracts suppressed the activity of matrix "
                                 "metalloproteinase (MMP)-9 and -2, and urokinase plasminogen activator (u-PA) in HSC-3 cells.")
    gelatin = [how for text, label, how in found if text == "Gelatin"]
    assert gelatin and all(how in NO_PARTNER for how in gelatin)
    assert any(label == "GENE" and how not in NO_PARTNER for _, label, how in found)  # MMP-9 stays a partner


def test_a_compound_tested_by_an_assay_word_elsewhere_stays_a_partner(annotator):
    found = _mentions(annotator, "Quercetin inhibited the expression of MMP-9 in HSC-3 cells.")
    assert [how for text, _, how in found if text == "Quercetin"] == ["dictionary"]


def test_guanosine_inside_ras_guanosine_triphosphatase_is_no_compound(annotator):
    # validation PMID23571107
    found = _mentions(annotator, "We provide here evidence that neurofibromin, via its Ras guanosine triphosphatase "
                                 "-activating activity, controls ERK1/2-dependent fibroblast growth factor receptor "
                                 "(FGFR) signaling in chondrocytes.")
    guanosine = [how for text, label, how in found if label == "COMPOUND"]
    assert guanosine and all(how in NO_PARTNER for how in guanosine)  # kept for BC5CDR ("NO synthase")
    found = _mentions(annotator, "Glucose release and histamine release were measured.")
    assert [how in NO_PARTNER for _, label, how in found if label == "COMPOUND"] == [False, False]  # no enzyme

"""Stop 46 (s46-en-labels): the standard of an equality comparison after the predicate shares the subject's
effect ("Cotinine also increased the phosphorylation of ERK 1/2 in a similar fashion as nicotine": nicotine
``activates`` ERK too); relations/comparators.py. Comparisons of inequality and group baselines are refused.
Sentences copied from the documents named."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

from pipeline.relations import comparators

# validation_en PMID23602986 (gold: cotinine and nicotine both ``activates`` ERK)
COTININE = "Cotinine also increased the phosphorylation of ERK 1/2 in a similar fashion as nicotine."
COTININE_DOC = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "23602986.txt"
# validation40_en PMID24405079
PARTHENOLIDE = ("Nf-kB inhibition of chloroform extract of C. athoa was determined equivalent to positive control "
                "parthenolide (IC50: 6 g/ml).")
# validation_en PMID22815248: a standard compared after an object phrase
SILYMARIN = ("showed in vivo hepatoprotective and antioxidant activities against CCl4 and PC-induced liver damage "
             "comparable to that of silymarin")
# validation_en PMID15154282: a group baseline, not a comparison of equality
BASELINE = "The amount of MDA, ET-1 and PAF was markedly reduced in the EGb group than in the CCl4 group"


def test_the_standard_of_a_similar_fashion_comparison_gets_the_subjects_label(annotator):
    _, typed = typed_sentence(annotator, "PMID23602986", COTININE_DOC.read_text(encoding="utf-8"), COTININE)
    standard = typed("CPD:nicotine", "FPLX:ERK")
    assert (standard.label, standard.agent) == ("activates", "CPD:nicotine")
    subject = typed("MESH:D003367", "FPLX:ERK")  # the compared subject's own row is unchanged
    assert (subject.label, subject.agent) == ("activates", "MESH:D003367")


def test_equality_markers_before_the_standard_are_found():
    for sentence, standard in ((COTININE, "nicotine"), (PARTHENOLIDE, "parthenolide"), (SILYMARIN, "silymarin")):
        assert comparators.equality_marker(sentence, sentence.index(standard)) is not None, sentence


def test_inequality_and_a_baseline_are_no_equality_comparison():
    assert comparators.equality_marker(BASELINE, BASELINE.index("CCl4")) is None
    inequality = COTININE.replace("in a similar fashion as", "more potently than")  # the same sentence, inverted
    assert comparators.equality_marker(inequality, inequality.index("nicotine")) is None

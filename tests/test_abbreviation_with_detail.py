"""Lead, stop 33: a short form defined with a detail after it in the same parenthesis ("rutin (RUT, 30
mg/kg)") is defined (nlp/abbreviations.py ``_SHORT_THEN_DETAIL``); Schwartz & Hearst's detector reads only
a parenthesis holding the short form alone, so every later "RUT" lost its agent (s33-topic counted 12
missed gold pairs in one validation abstract)."""

import pytest

# validation_en PMID23424207
RUTIN = ("The aim of this study was to investigate the protective role of rutin (RUT, 30 mg/kg) and selenium (Se, "
         "0.15 ppm) alone or in combination against Cd (200 ppm)-induced lipid peroxidation. RUT and Se restored the "
         "activities of the antioxidant enzymes.")
# BC5CDR development set, PMID 2569282
ALFENTANIL = ("Each rat was then injected with alfentanil (ALF, 0.5 mg/kg sc). ALF injection resulted in a marked "
              "increase in hindlimb EMG activity in the L-MED treatment group which was indistinguishable from that "
              "seen in animals treated with saline.")


def _later_uses(annotator, text, short):
    adoc = annotator.annotate("t", text)
    first = text.index(")")
    return {m.entity_id for s in adoc.sentences for m in s.mentions if m.text == short and m.start > first}


@pytest.mark.parametrize("text, short, entity", [
    (RUTIN, "RUT", "CPD:rutin"), (RUTIN, "Se", "CPD:selenium"), (ALFENTANIL, "ALF", "MESH:D015760")])
def test_short_form_with_a_dose_is_defined(annotator, text, short, entity):
    uses = _later_uses(annotator, text, short)
    assert uses and all(e == entity for e in uses), uses


# BC5CDR training set, PMID 2578334 (two sentences of the abstract, shortened between them)
AZACYTIDINE = ("As DNA methylation plays an important role in the initiation of carcinogenic process, 5-azacytidine "
               "(5-AzC) (10 mg/kg), an inhibitor of DNA methylation, was given to rats. The results obtained indicate "
               "that with all three carcinogens, administration of 5-AzC during repair synthesis increased the "
               "incidence of liver nodules.")


def test_short_form_opening_with_a_locant_is_defined(annotator):
    # "(5-AzC)": a digit first; the cheap filter and the after-mention reader wanted a letter first
    uses = _later_uses(annotator, AZACYTIDINE, "5-AzC")
    assert uses == {"MESH:D001374"}, uses


# validation38_en PMID16880625 (two sentences of the abstract, shortened between them): the long form "sun ginseng"
# reaches back over a modifier before the herb's name, and a detail follows the short form
SUN_GINSENG = ("The effect of sun ginseng (SG, heat-processed Panax ginseng C. A. MEYER at 120 degrees C) on diabetic "
               "renal damage was investigated using streptozotocin-induced diabetic rats. SG also reduced the "
               "overexpression of cyclooxygenase-2 and inducible nitric oxide synthase in the kidney induced by "
               "hyperglycemia via deactivation the activation of nuclear factor-kappa B.")


def test_short_form_of_a_modified_name_with_a_detail_is_the_name(annotator):
    uses = _later_uses(annotator, SUN_GINSENG, "SG")
    assert uses == {"HERB004609"}, uses


def test_modified_long_form_spells_over_modifiers_only():
    from pipeline.nlp.abbreviations import modified_long_form

    assert modified_long_form("SG", "The effect of sun", "ginseng") == "sun ginseng"
    assert modified_long_form("SG", "The effect of", "ginseng") is None  # "of" is no modifier of the name
    assert modified_long_form("G", "The effect of sun", "ginseng") is None  # the name alone spells it
    assert modified_long_form("sg", "The effect of sun", "ginseng") is None  # no capital: a word, not a short form

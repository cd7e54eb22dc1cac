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

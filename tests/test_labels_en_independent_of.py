"""Stop 35 (s35-labelsen): "<agent> … independent of / irrespective of X" denies that the agent acts through X:
a negated ``via`` row (GUIDELINES 2 and its negation rule); relations/independent_of.py. Sentences copied from
the documents named."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_pairs, typed_sentence

RG_DOC = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "23717095.txt"  # "RG" defined earlier

# validation PMID22619007
SILIBININ = "Interestingly, Silibinin-induced apoptosis in SGC-7901 cells was independent of caspases activation."
# validation PMID23717095
RED_GINSENG = ("Additionally, RG treatment decreased the DNCB-induced MAPKs activity and subsequent Ikaros translocation "
               "irrespective of NF-kB.")
# new_papers PMID22878908: the agent's effect on X, not X, follows the phrase
TZD = "Thiazolidinediones (TZDs) affect osteoblast viability and biomarkers independently of the TZD effects on aromatase."


def test_an_effect_independent_of_caspase_activation_is_a_denied_via(annotator):
    typed = typed_pairs(annotator, SILIBININ)
    result = typed[("CPD:silibinin", "FPLX:Caspase")]
    assert (result.label, result.negated) == ("via", True)


def test_an_effect_irrespective_of_nf_kb_is_a_denied_via_of_the_subject_only(annotator):
    sentence, typed = typed_sentence(annotator, "PMID23717095", RG_DOC.read_text(encoding="utf-8"), RED_GINSENG)
    herb = next(m.entity_id for m in sentence.mentions if m.label == "HERB")
    result = typed(herb, "FPLX:NFkappaB")
    assert (result.label, result.negated) == ("via", True)
    stimulus = typed("MESH:D004137", "FPLX:NFkappaB")  # DNCB, the model's stimulus inside the object
    assert not (stimulus.label == "via" and stimulus.negated)


def test_independently_of_the_agents_effects_on_x_is_no_denied_via(annotator):
    typed = typed_pairs(annotator, TZD)
    assert not typed[("MESH:D045162", "HGNC:2594")].negated

"""Effect verbs of the cue lexicon (relations/cues.py) on real sentences: "restrain" inhibits and
"drives" activates, as "suppress" and "promote" do; a model ("restraint stress") and a genetic
construct ("driven by the collagen 2 promoter") are no cue."""

from nlp_helpers import typed_pairs


def _label(annotator, text, a, b):
    ids = {m.text: m.entity_id for item in annotator.annotate("t", text).sentences for m in item.mentions}
    return typed_pairs(annotator, text)[(ids[a], ids[b])].label


def test_restrain_is_an_inhibiting_verb(annotator):
    # validation PMID (neurofibromin, FGFR signalling in chondrocytes)
    text = ("These results support the notion that neurofibromin, by restraining RAS-ERK1/2 signaling, is a "
            "negative regulator of FGFR signaling in differentiated chondrocytes.")
    assert _label(annotator, text, "neurofibromin", "ERK1/2") == "inhibits"


def test_restraint_stress_is_a_model_not_a_cue():
    from pipeline.relations.cues import CUE_PATTERNS
    # BioRED: "rats underwent to wrap restrain stress (WRS) a psychosocial stressor"
    assert not CUE_PATTERNS["inhibit"].search("rats underwent to wrap restrain stress (WRS)")
    assert not CUE_PATTERNS["inhibit"].search("chronic restraint stress")
    assert CUE_PATTERNS["inhibit"].search("EPZ015666 restrained the phosphorylation of IkB kinaseb")


def test_drives_is_an_activating_verb(annotator):
    # validation PMID25622904 (Sag/Rbx2 and senescence)
    text = "Jun-B, a substrate of Sag-Fbxw7 E3 ligase and a transcription factor that drives p16 transcription."
    assert _label(annotator, text, "Jun-B", "p16") in {"activates", "upregulates"}


def test_a_promoter_driving_a_construct_is_no_cue(annotator):
    # validation (TAK1 in cartilage): a Cre line "driven by the collagen 2 promoter" states no effect
    text = ("To examine the in vivo function of TAK1 in cartilage, we generated mice with a conditional deletion "
            "of Tak1 driven by the collagen 2 promoter.")
    pairs = typed_pairs(annotator, text)
    assert all(p.label not in {"activates", "upregulates"} for p in pairs.values())

"""A cue's object described by an appositive: the entity named in the description is no object of the cue
(relations/cue_scope.py ``in_appositive``).

"ETO-induced OCT4A was concomitant with activation of AMPK, a key component of metabolic stress and autophagy
regulation" (validation_en PMID26102294) activates AMPK, not autophagy; "TCDD … prevented the activation of
eukaryotic translation initiation factor 4E-binding protein 1, a regulator of translation initiation and substrate of
the mammalian target of rapamycin (mTOR)" (PMID23639626) states nothing of TCDD on mTOR; "Sag deletion caused
accumulation of Jun-B, a substrate of Sag-Fbxw7 E3 ligase" (PMID25622904) says nothing of Sag on Fbxw7. The
appositive states the head's own role (its pair with the head keeps its reading); the outer agent and the
described entity are named in one sentence, not in one statement."""

from __future__ import annotations

from pipeline.relations.cue_scope import in_appositive
from pipeline.relations.facts import facts_of

AMPK = ("Instead, ETO-induced OCT4A was concomitant with activation of AMPK, a key component of metabolic stress and "
        "autophagy regulation.")  # PMID26102294
TCDD = ("TCDD treatment of the cells largely prevented the activation of eukaryotic translation initiation factor "
        "4E-binding protein 1, a regulator of translation initiation and substrate of the mammalian target of "
        "rapamycin (mTOR).")  # PMID23639626
AUTOPHAGY, MTOR, AMPK_ID, OCT4 = "hsa04140", "HGNC:3942", "FPLX:AMPK", "HGNC:9221"


def _labels(annotator, text: str) -> dict[frozenset[str], tuple[str, float]]:
    facts = facts_of(annotator.annotate("test", text))
    return {frozenset((p.a[1], p.b[1])): (p.typed.label, p.typed.weight)
            for s in facts.sentences for p in s.typed_pairs() if p.typed}


def test_the_described_entity_is_found_inside_the_appositive():
    start = AMPK.index("activation") + len("activation")
    assert in_appositive(AMPK, start, AMPK.index("autophagy"))
    assert not in_appositive(AMPK, start, AMPK.index("AMPK"))  # the head itself is the object
    text = "X inhibited the activation of AMPK, and autophagy was reduced."
    assert not in_appositive(text, text.index("activation") + 10, text.index("autophagy"))


def test_the_cue_reaches_the_head_not_the_described_entity(annotator):
    found = _labels(annotator, AMPK)
    assert found[frozenset((OCT4, AMPK_ID))][0] == "activates"
    label, weight = found[frozenset((OCT4, AUTOPHAGY))]
    assert label == "associated" and weight < 0.4
    found = _labels(annotator, TCDD)
    tcdd_mtor = next(v for k, v in found.items() if MTOR in k and any(i.startswith("MESH:") for i in k))
    assert tcdd_mtor[0] == "associated"

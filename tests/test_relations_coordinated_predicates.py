"""An object of one predicate is no agent of a cue in a later coordinated predicate of the same subject.

Stop 37 (s37b-cueen): "co-mention promoted by a cue of another pair" in the top |gold| of validation_en, 8 false units
from one sentence of PMID25622904 (relations/cue_scope.py ``in_coordinated_predicate``).
"""

from __future__ import annotations

from pipeline.relations import cue_scope
from pipeline.relations.facts import facts_of

# validation_en PMID25622904 (no NOXA/NF1 -> NF-kappaB/mTOR row in the gold)
SAG = ("Our recent study showed that SAG/RBX2 E3 ubiquitin ligase regulates apoptosis and vasculogenesis by promoting "
       "degradation of NOXA and NF1, and co-operates with Kras to promote lung tumorigenesis by activating NFkappaB and "
       "mTOR pathways via targeted degradation of tumor suppressive substrates including IkappaB, DEPTOR, p21 and p27.")
# validation_en PMID22865292
A3 = ("Our data indicate that a mutation in the V-ATPase a3 subunit increases lysosomal pH, impairs NFATc1 translocation, "
      "and decreases in vitro osteoclastogenesis.")


def labels(annotator, text: str) -> dict[frozenset[str], str]:
    facts = facts_of(annotator.annotate("t", text))
    names = {m.entity_id: m.text for s in facts.sentences for m in s.mentions}
    return {frozenset((names[p.a[1]], names[p.b[1]])): p.row[5] for s in facts.sentences for p in s.typed_pairs()}


def test_objects_of_the_first_predicate_are_no_agents_in_the_second(annotator):
    pairs = labels(annotator, SAG)
    for obj in ("NOXA", "NF1"):
        for target in ("NFkappaB", "mTOR"):
            assert pairs[frozenset((obj, target))] == "associated"


def test_the_subject_keeps_its_effects_in_both_predicates(annotator):
    pairs = labels(annotator, SAG)
    assert pairs[frozenset(("SAG", "NOXA"))] == "downregulates"
    assert pairs[frozenset(("SAG", "NFkappaB"))] == "activates"


def test_a_second_predicate_needs_its_finite_verb():
    assert cue_scope.in_coordinated_predicate(A3, A3.index("NFATc1"), A3.index("NFATc1") + 6, A3.index("decreases"))
    listed = "the levels of NOXA and NF1, and the activation of NFkappaB"
    assert not cue_scope.in_coordinated_predicate(listed, listed.index("NF1"), listed.index("NF1") + 3,
                                                  listed.index("activation"))

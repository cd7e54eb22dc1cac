"""An evidence adjunct ("as indicated by", "as evidenced by") names markers of a state, not its effects.

Stop 37 (s37b-cueen): one construction of "co-mention promoted by a cue of another pair" in the top |gold| of the
English development sets: the state named before the marker (a process or a signalling pathway) was read as the agent
of the change after it (relations/cue_scope.py ``in_evidence_adjunct``).
"""

from __future__ import annotations

from pipeline.relations import cue_scope
from pipeline.relations.facts import facts_of

# new_papers_en PMID23552851 (gold: dioscin rows; no LC3/beclin-1 -> autophagy row)
DIOSCIN = ("Meanwhile, autophagy was detected as early as 12 h after an exposure to low-dose dioscin, as indicated by "
           "an up-regulated expression of LC3-II and beclin-1 proteins.")
# validation_en PMID19536134 (no BMP signalling row with the markers in the gold)
TAK1 = ("BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by reduced expression of "
        "known BMP target genes as well as reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases.")


def labels(annotator, text: str) -> dict[frozenset[str], tuple[str, str]]:
    facts = facts_of(annotator.annotate("t", text))
    names = {m.entity_id: m.text for s in facts.sentences for m in s.mentions}
    return {frozenset((names[p.a[1]], names[p.b[1]])): (p.row[5], p.row[9]) for s in facts.sentences
            for p in s.typed_pairs()}


def test_markers_after_as_indicated_by_are_no_targets_of_the_process(annotator):
    pairs = labels(annotator, DIOSCIN)
    for marker in ("LC3-II", "beclin-1"):
        assert pairs[frozenset(("autophagy", marker))][0] == "associated"
    # the treatment that brought the state about still acts on its markers
    assert pairs[frozenset(("dioscin", "LC3-II"))][0] == "upregulates"


def test_markers_after_as_evidenced_by_are_no_targets_of_the_impaired_pathway(annotator):
    pairs = labels(annotator, TAK1)
    for marker in ("Smad1/5/8", "p38", "Erk"):
        assert pairs[frozenset(("BMPR signalling", marker))][0] == "associated"


def test_the_marker_must_stand_between_the_state_and_the_cue():
    assert cue_scope.in_evidence_adjunct(DIOSCIN, DIOSCIN.index("autophagy") + 9, DIOSCIN.index("up-regulated"))
    text = "Dioscin induced autophagy and up-regulated the expression of LC3-II."
    assert not cue_scope.in_evidence_adjunct(text, text.index("autophagy") + 9, text.index("up-regulated"))

"""Stop 48: a target in a clause coordinated after the agent's cue (relations/coordinated_clauses.py).

"Dexamethasone suppressed IL-11 gene transcription … , and dexamethasone-GC receptor complex was bound to JunD"
(new_papers_en PMID23397032, gold dexamethasone–JunD ``associated``; we said ``inhibits``): "suppressed" does not
reach the subject or the object of the later clause. A later clause whose predicate is a passive change verb states
its subject's change instead.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import coordinated_clauses

# new_papers_en PMID23397032 (corpus/new_papers/en/23397032.txt)
DEXAMETHASONE = ("Dexamethasone suppressed IL-11 gene transcription enhanced by PTH(1-34) without affecting ΔFosB "
                 "expression or Smad1 phosphorylation, and dexamethasone-GC receptor complex was bound to JunD, which forms "
                 "heterodimers with ΔFosB.")


def test_the_cue_does_not_reach_the_later_clause(annotator, gene_id):
    pairs = typed_pairs(annotator, DEXAMETHASONE)
    assert pairs[("CPD:dexamethasone", gene_id("JUND"))].label == "associated"
    assert pairs[("CPD:dexamethasone", gene_id("NR3C1"))].label == "associated"
    # the cue's own object keeps its label
    assert pairs[("CPD:dexamethasone", gene_id("IL11"))].label == "downregulates"


def test_the_later_clause_opens_only_after_a_coordinator_and_a_finite_auxiliary():
    text = DEXAMETHASONE
    cue_end = text.index("suppressed") + len("suppressed")
    jund = text.index("JunD")
    assert coordinated_clauses.later_clause_subject(text, cue_end, jund, jund + 4) == text.index("was bound")
    # a list's last item after ", and" has no auxiliary of its own
    listed = "Curcumin suppressed IL-6, TNF, and Bax expression in the kidney."
    bax = listed.index("Bax")
    assert coordinated_clauses.later_clause_subject(listed, listed.index(",") - 4, bax, bax + 3) is None


# BioRED train PMID19825989 (the abbreviation's definition, then the results sentence; BioRED: RAMH
# Positive_Correlation with PKCalpha — we read "decreased" across the semicolon, ``downregulates``)
RAMH = ("In Mz-ChA-1 cells stimulated with (R)-(alpha)-(-)-methylhistamine dihydrobromide (RAMH), we measured cell "
        "growth. In vivo, RAMH decreased tumor growth and expression of VEGF and its receptors; PKCalpha expression was "
        "increased.")


def test_the_later_clauses_own_change_verb_is_read(annotator, gene_id):
    pairs = typed_pairs(annotator, RAMH)
    ramh = next(a for a, _ in pairs if "methylhistamine" in a)  # a paper-local compound (PCPD:) named by its long form
    pair = pairs[(ramh, gene_id("PRKCA"))]
    assert (pair.label, pair.agent) == ("upregulates", ramh)
    assert pairs[(ramh, "FPLX:VEGFR")].label == "downregulates"  # "decreased … expression of VEGF and its receptors"

"""Stop 32: a read-out's change reported for a treated group (relations/treated_groups.py).

"Y were increased in the X group", "Y … significantly higher in cells exposed to X", "an increase in Y levels in
X pretreated cells": the treatment is named only as the group in which the read-out changed. Pinned on
sentences of three validation documents, and on one where the group is the baseline of the comparison
("reduced in the EGb group than in the CCl4 group") and must not be the agent.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import treated_groups

ARSENITE = ("The expressions of HSP70 and HO-1 were significantly (P<0.05) increased in the NaAsO2 group and reduced in "
            "the combined treatment group.")  # validation_en PMID23603382
SILICA = ("Moreover, activities of caspase-3 and caspase-9 enzymes were also significantly higher in both kinds of cells "
          "exposed to SiO(2) NPs.")  # validation_en PMID23315277
CALYCOPTERIN = "There was also an increase in γ-GCS and HO-1 levels in calycopterin pretreated cells."  # PMID23639191
BASELINE = ("The amount of MDA, ET-1 and PAF was markedly reduced in the EGb group than in the CCl4 group, while no "
            "significant difference in the amount of NO was observed between the two groups.")  # PMID15154282

ARSENITE_ID, SILICA_ID, CALYCOPTERIN_ID, CCL4_ID = "MESH:C017947", "CPD:silica", "MESH:C533734", "MESH:D002251"


def test_the_group_named_by_a_compound_is_the_agent_of_the_change_stated_for_it(annotator, gene_id):
    typed = typed_pairs(annotator, ARSENITE)
    for target in ("FPLX:HSPA", gene_id("HMOX1")):
        pair = typed[(target, ARSENITE_ID)]
        assert (pair.label, pair.agent) == ("upregulates", ARSENITE_ID)


def test_a_comparative_predicate_states_the_change_in_the_exposed_cells(annotator, gene_id):
    typed = typed_pairs(annotator, SILICA)
    for symbol in ("CASP3", "CASP9"):
        pair = typed[(gene_id(symbol), SILICA_ID)]
        assert (pair.label, pair.agent) == ("activates", SILICA_ID)  # "activities of …": GUIDELINES 2


def test_a_prefixed_participle_names_the_treatment(annotator, gene_id):
    pair = typed_pairs(annotator, CALYCOPTERIN)[(gene_id("HMOX1"), CALYCOPTERIN_ID)]
    assert (pair.label, pair.agent) == ("upregulates", CALYCOPTERIN_ID)


def test_the_baseline_group_of_a_comparison_is_not_the_agent(annotator, gene_id):
    pair = typed_pairs(annotator, BASELINE)[(gene_id("EDN1"), CCL4_ID)]
    assert pair.label == "associated"


def test_treated_group_reads_the_group_noun_and_refuses_the_baseline():
    text = "IL-6 was lower in the X group than in the Z group."
    x, z = text.index("X group"), text.index("Z group")
    assert treated_groups.treated_group(text, x, x + 1)
    assert not treated_groups.treated_group(text, z, z + 1)


def test_a_predicate_with_an_object_is_not_the_read_outs_change():
    text = "IL-6 increased TNF expression in X-treated cells."
    assert treated_groups.predicate_change(text, len("IL-6"), text.index("X-treated")) is None
    text = "IL-6 levels were significantly (P<0.01) increased in X-treated cells."
    change = treated_groups.predicate_change(text, len("IL-6"), text.index("X-treated"))
    assert (change.kind, change.text) == ("up", "increased")

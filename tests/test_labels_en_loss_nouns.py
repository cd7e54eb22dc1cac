"""Stop 43 (issue 14, gene–gene sign): "X ablation / elimination / inactivation" after the gene is its loss of function.

GUIDELINES 5.5: knockout / deletion / loss of gene X makes X the agent with X's own sign ("knockdown of X lowered Y" → X
upregulates Y). roles._LOSS_AFTER read "X knockdown", "X deletion", "X loss" but not the same noun "ablation" (nor
"elimination", "inactivation"): "Arg1 ablation … attenuated OVA-induced increases in expression of Arg2 and Nos2, …"
(BioRED dev PMID29183288, 12 gene–gene units BioRED types Positive_Correlation) gave ARG1 ``downregulates`` each read-out.
The same nouns after a gene: "Arg1 elimination also decreased …" (same abstract), "Sag inactivation by genetic deletion
remarkably suppresses cell proliferation" (validation_en PMID25622904, whose gold reads it as RNF7's loss), "gankyrin
ablation (Alb-Cre;gankyrin(f/f))" (BioRED train PMID of the gankyrin abstract).
"""

from __future__ import annotations

from tests.nlp_helpers import sentence_rows

# BioRED dev PMID29183288
ARG1 = ("RESULTS: Arg1 ablation had no influence on the development of OVA-induced AHR, but attenuated OVA-induced "
        "increases in expression of Arg2 and Nos2, Slc7a1, Slc7a2, and Slc7a7 (arginine transporters), Il4, Il5 and Il13 "
        "(TH2-type cytokines), Ccl2 and Ccl11 (chemokines), Ifng (TH1-type cytokine), Clca3 and Muc5ac (goblet cell "
        "markers), and OVA-specific IgE.")


def test_a_gene_ablation_that_attenuates_increases_gives_the_gene_its_own_sign(annotator, gene_id):
    rows = sentence_rows(annotator, ARG1)
    for target in ("NOS2", "ARG2", "IL4", "MUC5AC"):
        typed = rows[(gene_id("ARG1"), gene_id(target))]
        assert (typed.label, typed.agent) == ("upregulates", gene_id("ARG1")), target


def test_the_loss_noun_names_the_loss_after_the_gene():
    from pipeline.relations.roles import is_loss_of_function

    for text in ("Arg1 ablation had no influence", "Arg1 elimination also decreased number",
                 "Sag inactivation by genetic deletion remarkably suppresses cell proliferation"):
        end = text.index(" ")
        assert is_loss_of_function(text, 0, end), text

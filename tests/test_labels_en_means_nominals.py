"""Stop 36: the means' verb governing an event noun of the means ("by interfering with tyrosine phosphorylation of
insulin receptor substrate 1", "by inhibiting the phosphorylation of Akt") composes like its premodified form
("by inhibiting Akt phosphorylation"), which already did (effects._means_cue).

GUIDELINES 2, mechanism chains: in "A inhibited Y by suppressing X" the means acts on the end with the two signs
multiplied; an event noun ("phosphorylation", "activation") between the gerund and its "of"-object is what the
gerund changes, and its own sign multiplies in (as "suppressed the activation of X" inhibits X). The construction
recurs in the development abstracts ("through suppressing the phosphorylation of caveolin-1", new_papers_en
PMID23246481; "by inhibiting the activation of nuclear factor-kB and activator protein-1", PMID21251971; "by
inhibition of phosphorylation of peptide substrates", PMID12067102), and with an entity as the end in validation_en
PMID23639626 (gold: insulin receptor substrate 1 activates AKT and ERK).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

TCDD = ("TCDD inhibited AKT and ERK activation by interfering with tyrosine phosphorylation of insulin receptor "
        "substrate 1.")  # validation_en PMID23639626 (the endogenous/IGF-I-induced premodifiers left out)
AKT_OF = "Quercetin induced apoptosis by inhibiting the phosphorylation of Akt."
NFKB_OF = "Quercetin reduced TNF-alpha expression by suppressing the activation of NF-kB."


def test_the_event_noun_of_the_means_composes_with_the_end(annotator, gene_id):
    typed = typed_pairs(annotator, TCDD)
    for end in ("FPLX:AKT", "FPLX:ERK"):
        pair = typed[(gene_id("IRS1"), end)]
        assert (pair.label, pair.agent) == ("activates", gene_id("IRS1"))


def test_an_of_object_composes_as_the_premodified_form_does(annotator, gene_id):
    assert typed_pairs(annotator, "Quercetin induced apoptosis by inhibiting Akt phosphorylation.")[
        ("FPLX:AKT", "hsa04210")].label == "inhibits"  # pinned before: the premodified form
    pair = typed_pairs(annotator, AKT_OF)[("FPLX:AKT", "hsa04210")]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:AKT")
    pair = typed_pairs(annotator, NFKB_OF)[("FPLX:NFkappaB", gene_id("TNF"))]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:NFkappaB")


def test_the_agent_keeps_the_means_sign(annotator, gene_id):
    pair = typed_pairs(annotator, TCDD)[("MESH:D000072317", gene_id("IRS1"))]
    assert (pair.label, pair.agent) == ("inhibits", "MESH:D000072317")

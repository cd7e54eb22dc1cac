"""Issue 14, stop 29: compound–gene pairs on BioRED train sentences (bench/biored_relations.py).

Each rule is pinned on real sentences of two documents: BioRED train (PMID18593936, PMID20510337),
BC2GM train (P07623814A1040) and validation_en (PMID15207385).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import cue_scope
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import sentence_pairs
from pipeline.relations.cues import find_cues
from pipeline.relations.name_modifiers import names_protein_after

CURCUMIN_SP = ("Moreover, using RNA interference with small inhibitory RNAs for Sp1, Sp3, and Sp4, we observed that "
               "curcumin-dependent inhibition of nuclear factor kappaB (NF-kappaB)-dependent genes, such as bcl-2, "
               "survivin, and cyclin D1, was also due, in part, to loss of Sp proteins.")  # BioRED train PMID18593936
RA_ER = ("In CV-1 cells, cotransfection of the retinoid and estrogen receptors led to mutual inhibition of the other's "
         "activity, while an RA-dependent inhibition of ER activity was observed in breast cancer cells.")  # BC2GM P07623814A1040
COQ10 = ("Immunohistochemical analysis revealed that coenzyme Q10 significantly decreased the cisplatin-induced "
         "overexpression of inducible nitric oxide synthase, nuclear factor-kappaB, caspase-3 and p53 in renal "
         "tissue.")  # BioRED train PMID20510337
COX2 = ("Cyclooxygenase-2 (COX-2) is an inducible enzyme functionally related to both inflammation and colon "
        "carcinogenesis and is the target of many chemopreventive agents.")  # validation_en PMID15207385


def _after(text: str, word: str) -> bool:
    end = text.index(word) + len(word)
    return names_protein_after(text, end - len(word), end)


# --- a compound before "-dependent <process> of <protein>" acts; it does not name the protein ---------
def test_a_process_noun_with_of_is_no_protein_name():
    assert not _after(CURCUMIN_SP, "curcumin")
    assert not _after(RA_ER, "RA")


def test_protein_names_after_a_compound_still_read_as_names():
    assert _after("the cAMP-dependent protein kinase", "cAMP")
    assert _after("the ATP binding site of the kinase", "ATP")  # the head comes before "of"


def test_curcumin_dependent_inhibition_pairs_curcumin_with_the_listed_genes(annotator, gene_id):
    sentence = facts_of(annotator.annotate("t", CURCUMIN_SP)).sentences[0]
    rows = {(p.a[1], p.b[1]): p.typed for p in sentence_pairs(sentence.text, sentence.mentions)}
    for symbol in ("BCL2", "BIRC5", "CCND1"):
        typed = rows[("CPD:curcumin", gene_id(symbol))]  # the pair exists (curcumin is a partner)
        assert (typed.label, typed.agent) == ("inhibits", "CPD:curcumin"), symbol


# --- "inducible" before a noun classifies the enzyme; it states no induction -----------------------
def _attributive(text: str, word: str) -> bool:
    cues = [c for c in find_cues(text) if c.text.lower() == word]
    assert cues, word
    return cues[0].start in cue_scope.attributive_cues(text, cues)


def test_inducible_before_a_noun_is_attributive():
    assert _attributive(COQ10, "inducible")
    assert _attributive(COX2, "inducible")
    assert not _attributive("COX-2 is inducible by lipopolysaccharide in macrophages.", "inducible")


def test_the_agent_that_decreased_an_overexpression_lowers_the_listed_genes(annotator, gene_id):
    typed = typed_pairs(annotator, COQ10)
    for symbol in ("CASP3", "TP53"):
        assert typed[("CPD:coenzyme-q10", gene_id(symbol))].label == "downregulates", symbol


# --- a gene changed "in response to" a compound: the compound is the cause (response_to.py) ----------
LPS_CYTOKINES = ("Both populations produced a high level of IL-10, in addition to IL-1, IL-6 and TNFa, in response to "
                 "LPS, and were relatively poor T cell stimulators.")  # BioRED train PMID24743235
GNRH_LHB = ("BMP-4 reduced LHbeta mRNA up-regulation in response to GnRH (+/-activin) and decreased GnRH receptor "
            "expression, which would favour FSH, rather than LH, synthesis and secretion.")  # BioRED train PMID18310445
CRF_NITROPRUSSIDE = ("Suppression of irCRF secretion in response to nitroprusside-induced hypotension is observed and "
                     "occurs at a plasma corticosterone level between 8-12 micrograms/dl.")  # BC5CDR train


def _span(text: str, name: str, label: str):
    from pipeline.relations.effects import Span

    start = text.index(name)
    return Span(start, start + len(name), label, name)


def test_a_produced_list_in_response_to_a_compound_is_upregulated_by_it(annotator, gene_id):
    sentence = facts_of(annotator.annotate("t", LPS_CYTOKINES)).sentences[0]
    rows = {(p.a[1], p.b[1]): p.typed for p in sentence_pairs(sentence.text, sentence.mentions)}
    for symbol in ("IL10", "IL6", "TNF"):
        typed = rows[("MESH:D008070", gene_id(symbol))]
        assert (typed.label, typed.agent) == ("upregulates", "MESH:D008070"), symbol
    # the cytokines listed together stay unsigned among themselves
    assert rows[(gene_id("IL10"), gene_id("IL6"))].label == "associated"


def test_the_target_own_change_gives_the_sign_and_its_subject_is_no_target():
    from pipeline.relations.response_to import response_label

    spans = [_span(GNRH_LHB, n, lab) for n, lab in (("BMP-4", "GENE"), ("LHbeta", "GENE"), ("GnRH", "COMPOUND"))]
    bmp4, lhb, gnrh = spans
    assert response_label(GNRH_LHB, spans, gnrh, lhb)[0] == "upregulates"  # "LHbeta mRNA up-regulation in response to"
    assert response_label(GNRH_LHB, spans, gnrh, bmp4) is None  # BMP-4 is the subject of "reduced LHbeta …"


def test_a_compound_modifying_the_cause_is_not_the_cause():
    from pipeline.relations.response_to import response_label

    spans = [_span(CRF_NITROPRUSSIDE, "CRF", "GENE"), _span(CRF_NITROPRUSSIDE, "nitroprusside", "COMPOUND")]
    assert response_label(CRF_NITROPRUSSIDE, spans, spans[1], spans[0]) is None
    negated = "IL-8 expression did not increase in response to cisplatin."
    spans = [_span(negated, "IL-8", "GENE"), _span(negated, "cisplatin", "COMPOUND")]
    assert response_label(negated, spans, spans[1], spans[0]) is None

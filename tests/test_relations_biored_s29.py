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

"""Stop 50: a gene named as the modifier of a site noun ("AMPK consensus sites", "SF-1 binding sites") names a
stretch of another molecule, so the sentence's verb states no direction on the gene (relations/site_names.py);
and a target named as the object of an activity noun is read by its activity in the "in response to" reading
(relations/response_to.py). Together they let the document keep 2-deoxyglucose ``activates`` AMPK."""

from __future__ import annotations

from nlp_helpers import named, sentence_rows, typed_pairs

from pipeline.relations.site_names import names_site

# validation38_en PMID22972179 (gold 2-deoxyglucose activates AMPK, from the next sentence)
SITES = ("2-Deoxyglucose increased phosphorylation of tuberous sclerosis complex 2 (TSC2) on AMPK consensus sites but "
         "did not change the amount of TSC1 bound to TSC2.")
RESPONSE = ("Phosphorylation of AMPK at Thr172 increased by 1.4-fold within 5 min, and remained elevated throughout a "
            "30-min time course, in response to 2-deoxyglucose.")
# validation_en PMID23435367 (gold SF-1 / NR5A1 associated with FDX1)
SF1 = ("Luciferase reporter assays showed that transcription of FDX1 was synergistically activated by the NR5A family "
       "and 8Br-cAMP treatment through two SF-1 binding sites and a CRE-like sequence in a human ovarian granulosa "
       "cell line, KGN.")


def test_a_gene_naming_a_site_gets_no_direction(annotator):
    typed = typed_pairs(annotator, SITES)
    assert typed[("MESH:D003847", "FPLX:AMPK")].label == "associated"
    assert typed[("MESH:D003847", "HGNC:12363")].label == "activates"  # the phosphorylated TSC2 keeps its reading


def test_a_site_of_a_transcription_factor_is_no_mediator(annotator, gene_id):
    # (alone, "SF-1" links to the SF1 gene; in the abstract to NR5A1: the site reading holds for either)
    sf1 = dict(named(annotator, SF1))["SF-1"]
    assert typed_pairs(annotator, SF1)[(sf1, gene_id("FDX1"))].label == "associated"


def test_the_site_noun_must_follow_the_gene():
    assert names_site(SITES, SITES.index("AMPK") + 4)
    assert not names_site(SITES, SITES.index("TSC1") + 4)  # "TSC1 bound to"


def test_an_activity_nouns_object_changed_in_response_is_activated(annotator):
    pair = sentence_rows(annotator, RESPONSE)[("MESH:D003847", "FPLX:AMPK")]
    assert (pair.label, pair.agent) == ("activates", "MESH:D003847")

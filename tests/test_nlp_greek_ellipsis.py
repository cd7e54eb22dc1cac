"""Issue 14, stop 51: a member of a hyphen ellipsis whose designator joins a Greek letter to a number
("TGF-beta1 and -beta2", "IL-1α and -β", "HIF-1α and -2α") is a gene mention of its own, linked to the
dictionary's gene for the full name (pipeline/nlp/greek_ellipsis.py, annotator ``_elided_mentions``).

Before, nlp/gene_partners.elided_members found no designator boundary before the Greek part, so the
coordination stayed one mention of the first gene (TGFB1) and the second (TGFB2) was lost.
"""

from __future__ import annotations

from bench_helpers import bench_module

from pipeline.nlp.greek_ellipsis import greek_elided_members

# BioRED train PMID 20428796 (../shared/data/dev/annotated/biored/Train.filtered.PubTator); gold: one mention
# "TGF-beta1 and -beta2" with both genes (NCBI 4052, 7042)
TGF = ("In tissue samples with normal fibroblasts (NFs) serving as control samples, expression of TGF-beta1 and "
       "-beta2 was decreased when compared to keloid fibroblasts (KFs), while expression of TGF-beta3 and of "
       "TGF-betaRII was significantly higher in NFs.")
# BC2GM train P09990060A0937 and P11431472A0540: designators after letters and plain numbers, which
# nlp/gene_partners.elided_members reads; this module leaves them alone
GABP = "of GABPalpha and -beta"
RAB = "whereas Rab1B, -5, -7, -8, or -11A"


def _members(text: str, name: str) -> list[tuple[str, str]]:
    a = text.index(name)
    return [(text[s:e], full) for s, e, full in greek_elided_members(text, a, a + len(name))]


def test_greek_letter_with_number_member_is_a_gene_of_its_own(annotator, gene_id):
    adoc = annotator.annotate("t", TGF)
    found = [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]
    assert ("TGF-beta1", gene_id("TGFB1")) in found
    assert ("beta2", gene_id("TGFB2")) in found
    assert not any(text.startswith("TGF-beta1 and") for text, _ in found)


def test_member_replaces_the_part_of_its_own_shape():
    assert _members(TGF, "TGF-beta1") == [("beta2", "TGF-beta2")]
    # the same sentence's coordination written with Greek characters and with the other two shapes
    # (no development text writes these; the shapes are the ones the brief names)
    text = TGF.replace("TGF-beta1 and -beta2", "TGF-β1 and -β2")
    assert _members(text, "TGF-β1") == [("β2", "TGF-β2")]
    text = TGF.replace("TGF-beta1 and -beta2", "IL-1α and -β")
    assert _members(text, "IL-1α") == [("β", "IL-1β")]
    text = TGF.replace("TGF-beta1 and -beta2", "HIF-1α and -2α")
    assert _members(text, "HIF-1α") == [("2α", "HIF-2α")]


def test_no_member_when_the_list_mixes_shapes_or_the_name_has_no_such_designator():
    text = TGF.replace("TGF-beta1 and -beta2", "IL-1α, -β and -6")
    assert _members(text, "IL-1α") == []  # IL-6 is no IL-1 member
    assert _members(GABP, "GABPalpha") == []  # the letters' designator: gene_partners.elided_members
    assert _members(RAB, "Rab1B") == []
    assert _members(TGF, "TGF-beta3") == []  # "and of TGF-betaRII": no hyphen ellipsis


def test_the_benchmark_joins_the_coordination_as_biored_annotates_it(annotator):
    ne = bench_module("ner_eval")
    spans = {TGF[a:b] for a, b, _ in ne.predict(annotator, ne.Sample("t", TGF, []))}
    assert "TGF-beta1 and -beta2" in spans and "TGF-beta1" not in spans

"""Subscripts and charges in parentheses (pipeline/text/subscripts.py): PubMed writes ``<sub>2</sub>``
as "(2)", so "PGE(2)" is PGE2 and "Ca(2+)" is Ca2+; citations, numbering and cell markers keep
their brackets. Sentences are from corpus/validation (PMID16322797) and BioRED train abstracts
(PMIDs 19692487, 19825989, 15075188)."""

from __future__ import annotations

from pipeline.text.normalize import normalize_block, normalize_text
from pipeline.text.offsets import OffsetText
from pipeline.text.subscripts import is_charge_host, is_subscript_host, join_subscripts_text


def test_parenthesised_subscripts_are_written_inline():
    # validation PMID16322797
    assert join_subscripts_text("mice lacking prostaglandin D(2) (PGD(2)) and prostaglandin E(2) (PGE(2)) receptors") \
        == "mice lacking prostaglandin D2 (PGD2) and prostaglandin E2 (PGE2) receptors"
    # BioRED PMID19825989 and PMID19692487
    assert join_subscripts_text("RAMH increased IP(3) levels and PKCalpha phosphorylation") \
        == "RAMH increased IP3 levels and PKCalpha phosphorylation"
    assert join_subscripts_text("increased urine PGE(2) excretion") == "increased urine PGE2 excretion"
    assert join_subscripts_text("levels of 15-F(2t)-isoprostane (15-F(2t)-IsoP)") \
        == "levels of 15-F2t-isoprostane (15-F2t-IsoP)"
    assert join_subscripts_text("H(2)O(2)-induced apoptosis") == "H2O2-induced apoptosis"
    assert join_subscripts_text("beta(2)-adrenergic receptor") == "beta2-adrenergic receptor"


def test_charges_on_formulas_and_isotope_labels_are_written_inline():
    # BioRED PMID15075188; PMID15957009-style isotope label
    assert join_subscripts_text("Na(+)/H(+) exchanger type 3 (NHE3), Na(+)-K(+)-2Cl(-) cotransporter") \
        == "Na+/H+ exchanger type 3 (NHE3), Na+-K+-2Cl- cotransporter"
    assert join_subscripts_text("ROS and Ca(2+) , superoxide O(2)(-)") == "ROS and Ca2+ , superoxide O2-"
    assert join_subscripts_text("[(3)H]norepinephrine uptake") == "[3H]norepinephrine uptake"


def test_numbering_citations_markers_and_stereo_prefixes_keep_their_brackets():
    for text in ("CD4(+) T cells", "Foxp3(+) cells", "as shown in Fig(2)", "the cells(2) were", "BMI 25 kg/m(2)",
                 "(+)-catechin", "(R)-(alpha)-(-)-methylhistamine", "K(i) = 4.1 nM", "2012, 100B(3): 778-87",
                 "we measured (a) cell growth, (2) IP levels"):
        assert join_subscripts_text(text) == text, text
    assert not is_subscript_host("the cells")
    assert is_subscript_host("adenosine A") and is_subscript_host("5-HT") and is_subscript_host("beta")
    assert is_charge_host("NH4") and is_charge_host("Ca") and not is_charge_host("CD4")


def test_offsets_map_the_inline_name_back_to_the_original_spelling():
    original = "release of PGE(2) and PGD(2), most likely"
    block = normalize_block(OffsetText.from_original(original))
    start = block.text.index("PGD2")
    a, b = block.original_span(start, start + 4)
    assert original[a:b] == "PGD(2)"


def test_dictionary_terms_fold_the_same_way():
    assert normalize_text("Ca(2+)") == normalize_text("Ca2+") == "Ca2+"


def test_pgd2_in_pubmed_spelling_is_the_prostaglandin_not_the_gene_pgd(mentions_of):
    # validation PMID16322797: "PGD(2)" was read as the gene PGD (6-phosphogluconate dehydrogenase)
    # (in "mice lacking prostaglandin D(2) (PGD(2)) and prostaglandin E(2) (PGE(2)) receptors" both names are
    # receptors, PTGDR and PTGER: tests/test_nlp_receptor_subtype_names.py)
    found = mentions_of("Our data indicate that this effect involves release of PGE(2) and PGD(2), most likely "
                        "from immune cells of the skin.")
    assert ("PGD2", "MESH:D015230") in found  # the mention text is the normalised text
    assert not any(eid == "HGNC:8891" for _, eid in found)


def test_ip3_defined_in_pubmed_spelling_is_a_compound_where_it_is_used(annotator):
    # BioRED train PMID19825989: before, "(IP(3))" defined nothing and the later "IP(3) levels" was lost
    adoc = annotator.annotate("t", "The d-myo-inositol 1,4,5-trisphosphate (IP(3))/Ca(2+)/protein kinase C (PKC) "
                                   "pathway was studied. RAMH increased IP(3) levels and PKCalpha phosphorylation.")
    uses = [m for item in adoc.sentences for m in item.mentions if m.text == "IP3"]
    assert len(uses) == 2 and all(m.label == "COMPOUND" for m in uses)


def test_a_short_form_inside_a_receptor_name_abbreviates_the_ligand(mentions_of):
    # validation PMID16322797: "prostaglandin E2 (PGE2) receptors" is the receptor, but the later
    # "release of PGE2" is the prostaglandin (nlp/abbreviations.names_the_ligand), not PTGER3
    found = mentions_of("Mice lacking prostaglandin D(2) (PGD(2)) and prostaglandin E(2) (PGE(2)) receptors had "
                        "reduced flushing. The flushing involves release of PGE(2) and PGD(2), most likely.")
    assert ("PGE2", "MESH:D015232") in found
    # BioRED PMID18308784-style: "N-methyl-D-aspartate (NMDA) receptor" keeps the receptor, NMDA alone the ligand
    found = mentions_of("Activation of N-methyl-D-aspartate (NMDA) receptors is required. NMDA evoked currents.")
    assert ("N-methyl-D-aspartate (NMDA) receptors", "FPLX:GRIN") in found
    assert ("NMDA", "MESH:D016202") in found

"""Subscripts and charges in parentheses (pipeline/text/subscripts.py): PubMed writes ``<sub>2</sub>``
as "(2)", so "PGE(2)" is PGE2 and "Ca(2+)" is Ca2+; citations, numbering and cell markers keep
their brackets. Sentences are from corpus/validation (PMID16322797) and BioRED train abstracts
(PMIDs 19692487, 19825989, 15075188)."""

from __future__ import annotations

import pytest

from pipeline.text.normalize import normalize_block, normalize_text
from pipeline.text.offsets import OffsetText
from pipeline.text.subscripts import is_charge_host, is_subscript_host, join_subscripts_text, lookup_form


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


def test_a_superscript_opening_with_a_letter_is_inline_only_in_a_lookup_key():
    # BC2GM P10733591A0146 and P11709561T0000: p70<sup>S6</sup> kinase, the ganglioside G<sub>D2</sub>
    for text, key in (("activation of p70(S6) kinase and c-jun N-terminal kinase", "activation of p70S6 kinase"),
                      ("Phase II trial of the anti-G(D2) monoclonal antibody 3F8", "Phase II trial of the anti-GD2")):
        assert join_subscripts_text(text) == text
        assert lookup_form(text).startswith(key)
    # BioRED: an allele and an alias keep their brackets in the text
    assert join_subscripts_text("Kras(G12D)-induced tumours and RelA(p65)") == "Kras(G12D)-induced tumours and RelA(p65)"
    assert lookup_form("NAD(P)H oxidase") == "NAD(P)H oxidase"


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


def test_a_subscript_inside_a_symbol_keeps_the_offsets_of_what_follows():
    # BC2GM P10722737A1726 (leukotriene C4 synthase): "LTC(4)S" -> "LTC4S"; the S after the bracket maps past it
    original = "in the cell-specific regulation of the LTC(4)S gene."
    block = normalize_block(OffsetText.from_original(original))
    start = block.text.index("LTC4S")
    assert block.text.endswith("LTC4S gene.")
    assert original[slice(*block.original_span(start, start + 5))] == "LTC(4)S"
    assert original[slice(*block.original_span(start + 4, start + 5))] == "S"


# Names written with PubMed's subscripts are read once the normaliser writes the subscript inline: no
# reader after it (nlp/receptor_names.py, nlp/symbol_variants.py) knows the bracket convention.
@pytest.mark.parametrize("text, surface, gene", [
    # validation ChinaXiv-201712.01073V1 reference title (gold ADRB2): a full-width closing bracket, NFKC-normalised
    ("Beta-arrestin-dependent formation of beta(2） adrenergic receptor Srcprotein kinase complexes",
     "beta2 adrenergic receptor", "HGNC:286"),
    # BC2GM P10779313A1842
    ("beta-adrenergic stimulation potentiates the ACh-evoked GIRK channels via a pathway that involves "
     "PKA-catalyzed phosphorylation downstream from beta(2)AR.", "beta2AR", "HGNC:286"),
    # BioRED train 15957009
    ("Antagonists at serotonin type 6 (5-HT(6)) receptors show activity in models of learning and memory.",
     "serotonin type 6 (5-HT6) receptors", "HGNC:5301"),
    # BioRED dev 16867021 and PMID19721134
    ("The present study was designed to study the effect of histamine H(3)-receptor ligands on "
     "neuroleptic-induced catalepsy.", "histamine H3-receptor", "HGNC:5184"),
    ("The effects of THP were reversed by RAMH indicating the involvement of histamine H(3)-receptors.",
     "histamine H3-receptors", "HGNC:5184"),
    ("Moreover, M(3)-muscarinic acetylcholine receptor (mAChR) antagonist 4-DAMP blocked it.",
     "M3-muscarinic acetylcholine receptor", "HGNC:1952"),  # CHRM3
])
def test_a_name_with_pubmed_subscripts_is_the_dictionarys_name(mentions_of, text, surface, gene):
    # the mention's text is the normalised text; its offsets map back to the original spelling
    assert (surface, gene) in mentions_of(text)


def test_a_greek_letter_with_its_subscript_is_no_name_by_itself(mentions_of):
    # "alpha(1) subunit": written "alpha1", it names no gene alone
    found = {s for s, _ in mentions_of("coupled to G(11) and to the alpha(1) subunit")}
    assert not found & {"alpha1", "alpha(1)"}


@pytest.mark.parametrize("text", [
    # BC2GM P10364163A0092: a locant after a lower-case chemical word
    "a FYVE double zinc finger domain, which specifically binds phosphatidylinositol(3)-phosphate",
    # BioRED train 16321363: a karyotype's deleted chromosome
    "high-resolution karyotyping to confirm a deletion (10-12Mb) [del(1)(p31.2p32.3)] and found no abnormalities",
])
def test_a_bracketed_number_after_a_lower_case_word_is_no_subscript(mentions_of, text):
    assert not [s for s, _ in mentions_of(text) if "(" in s]


def test_an_elements_bracketed_charge_is_no_subscripted_symbol(mentions_of):
    # BC5CDR 11282081: "Ca(2)" for Ca(2+), not CA2 (carbonic anhydrase 2)
    text = "There is also a clinical suggestion that acute L-type Ca(2) channel blockade can promote AF."
    assert "HGNC:1373" not in {e for _, e in mentions_of(text)}

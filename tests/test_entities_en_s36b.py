"""English entity errors that make wrong rows (stop 36, second wave): a symbol read through another
gene's differently punctuated synonym. Sentences from BioRED train/dev and BC2GM train (ids given)."""

import pytest
from conftest import annotate_sentence

from pipeline.dictionaries.build_genes import enzyme_class_words
from pipeline.nlp.abbreviations import inner_long_definitions
from pipeline.nlp.gene_context import tagged_id
from pipeline.nlp.matcher import Term, prefer_as_written
from pipeline.nlp.non_gene_names import is_immunoglobulin_isotype


def test_a_hyphenated_symbol_takes_the_synonym_written_with_the_hyphen(annotator, gene_id):
    # BioRED PMID17083016: "SP-D" is SFTPD's synonym; HOXD13's "SPD" only shares its folded key,
    # "SP-A1" is SFTPA1's, SIPA1's "SPA1" likewise
    text = ("METHODS: Allele frequencies of SP-A1, SP-A2, and SP-D were determined by polymerase chain "
            "reaction in 303 patients with microbiologically proven meningococcal disease.")
    found = annotate_sentence(annotator, text)
    assert ("SP-D", gene_id("SFTPD")) in found
    assert ("SP-A1", gene_id("SFTPA1")) in found
    assert not any(eid in (gene_id("HOXD13"), gene_id("SIPA1")) for _s, eid in found)


def test_a_hyphenated_numbered_name_takes_the_hyphenated_synonym(annotator, gene_id):
    # BC2GM train P01545792A0000: cardiac "MLC-2" is MYL2's synonym; MYL9's "MLC2" folds to it
    text = ("The cardiac myosin light chain-2 (MLC-2) gene promoter contains several positive and "
            "negative cis-acting sequences that are involved in the regulation of its expression.")
    found = annotate_sentence(annotator, text)
    assert ("MLC-2", gene_id("MYL2")) in found
    assert not any(eid == gene_id("MYL9") for _s, eid in found)


def test_a_symbol_written_without_punctuation_keeps_the_unpunctuated_synonym(annotator, gene_id):
    # PMID23578644 (as in tests/test_nlp_entity_fp_en_s27.py): "TRAP" stays ACP5's, not TRRAP's "TR-AP"
    found = annotate_sentence(annotator, "Meanwhile, CLA significantly reduced femur tartrate resistant acid "
                              "phosphatase (TRAP) activity, suggesting potential reduction of osteoclastogenesis.")
    assert ("TRAP", gene_id("ACP5")) in found


def test_prefer_as_written_only_reorders_equal_ranks():
    plain = Term("HGNC:1", "SPD", 1, (2, 0, 3, 2, 0, "HGNC:1"))
    folded = Term("HGNC:2", "SPD", 1, (2, 0, 3, 2, 1, "HGNC:2"))
    better = Term("HGNC:3", "SPD", 1, (0, 0, 3, 0, 0, "HGNC:3"))
    assert prefer_as_written([plain, folded], "SP-D", "SPD")[0] is folded
    assert prefer_as_written([plain, folded], "SPD", "SPD")[0] is plain
    assert prefer_as_written([better, plain, folded], "SP-D", "SPD")[0] is better


# Names of a ligand or hormone whose words are all in its receptor's name: the fuzzy linker took
# the receptor. Each from a real sentence: BioRED PMID17177139 "failure to suppress pituitary
# thyroid stimulating hormone (TSH) secretion" (also BC2GM P08127950A0000); BC2GM P11287578A1311
# "RANTES, macrophage inflammatory protein 1alpha, and ..."; BC2GM P10752807A1598 "the
# platelet-activating factor antagonist BB-882".
def test_a_name_without_the_receptor_word_does_not_link_to_the_receptor(annotator, gene_id):
    linker = annotator.linker
    for text, receptor in (("thyroid stimulating hormone", "TSHR"), ("platelet-activating factor", "PTAFR"),
                           ("macrophage inflammatory protein 1alpha", "CCR1"),
                           ("very-low-density lipoprotein", "VLDLR")):
        result = linker.link(text)
        assert result is None or result.entity_id != gene_id(receptor), text
    result = linker.link("thyroid stimulating hormone receptor")
    assert result is not None and result.entity_id == gene_id("TSHR")


def test_an_alias_headed_by_a_part_word_still_links(annotator, gene_id):
    # BC2GM train gold "cytochrome b245 alpha": CYBA's alias ends in "alpha chain"
    result = annotator.linker.link("cytochrome b245 alpha")
    assert result is not None and result.entity_id == gene_id("CYBA")


def _unlinked(annotator, text):
    adoc = annotator.annotate("test", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in getattr(item, "unlinked", [])]


@pytest.mark.parametrize("text", [
    # BC2GM train P00603783A0647 (gold gene span "IgA")
    "Serum levels of IgG and IgM were also raised, but contrary to the findings of other observers IgA "
    "levels were normal.",
    # validation_zh ChinaXiv-201711.00749V1, its English reference list
    "TGF-β receptor signaling is critical for mucosal IgA responses.",
])
def test_an_immunoglobulin_isotype_is_no_cd79a(annotator, gene_id, text):
    # CD79A's alias "IGA" (and "Ig-alpha" folded) read the antibody class IgA as the B-cell receptor chain
    found = annotate_sentence(annotator, text)
    assert not any(eid == gene_id("CD79A") for _s, eid in found)
    assert ("IgA", "") in _unlinked(annotator, text)  # still a gene-shaped mention, like IgG (BC2GM gold)


def test_isotype_shape():
    assert is_immunoglobulin_isotype("IgA") and is_immunoglobulin_isotype("IgG1") and is_immunoglobulin_isotype("sIgA")
    assert not is_immunoglobulin_isotype("IGA") and not is_immunoglobulin_isotype("Igα")
    assert not is_immunoglobulin_isotype("IgAN")


def test_an_enzyme_word_that_heads_a_lettered_series_is_a_class_word():
    # HGNC: arylsulfatase A, B, D ... L (ARSA-ARSL), neuraminidase 1-4; HerbiV gave "Arylsulfatase" to
    # ARSI alone and "Neuraminidase" to CTSC. "dihydropyrimidinase like 1-5" are not dihydropyrimidinase.
    names = [f"arylsulfatase {c}" for c in "ABDFGH"] + ["arylsulfatase family member I"]
    names += ["dihydropyrimidinase"] + [f"dihydropyrimidinase like {i}" for i in range(1, 6)]
    words = enzyme_class_words(names)
    assert "arylsulfatase" in words and "dihydropyrimidinase" not in words


def test_the_bare_arylsulfatase_is_no_arsi(annotator, gene_id):
    # BioRED PMID1353340 (gold ARSA, the paper's gene)
    found = annotate_sentence(annotator, "In that allele arginine84, a residue that is highly conserved in the "
                                         "arylsulfatase gene family, is replaced by glutamine.")
    assert not any(eid == gene_id("ARSI") for _s, eid in found)


@pytest.mark.parametrize("text", [
    "Impaired insulin secretion is a fundamental defect in type 2 diabetes.",  # BioRED PMID15983230 (gold INS)
    # BioRED PMID10491763 (gold INS)
    "We therefore tested the hypothesis that variability in the HNF-6 gene is associated with subsets of Type II "
    "(non-insulin-dependent) diabetes mellitus and estimates of insulin secretion in glucose tolerant subjects.",
])
def test_a_hormone_before_secretion_is_the_gene_when_the_kegg_map_is_dropped(annotator, gene_id, text):
    # KEGG's "Insulin secretion" map (a phenomenon, dropped in English: pathways.is_phenomenon_map) took the
    # whole phrase, and dropping it lost the hormone
    found = annotate_sentence(annotator, text)
    assert ("insulin", gene_id("INS")) in found


def _gene_mentions(annotator, text):
    adoc = annotator.annotate("test", text)
    return [(m.text, m.entity_id) for item in adoc.sentences
            for m in [*item.mentions, *getattr(item, "unlinked", [])] if m.label == "GENE"]


@pytest.mark.parametrize("text,grown,base", [
    # BioRED PMID19592582 (gold TMPRSS6): "matriptase" is ST14, "matriptase-2" another protease
    ("Mutations leading to abrogation of matriptase-2 proteolytic activity in humans are associated with an "
     "iron-refractory iron deficiency anemia (IRIDA) due to elevated hepcidin levels.", "matriptase-2", "ST14"),
    # BC2GM train P09420275A1111: EBV's LMP-1, not PDLIM7's alias LMP
    ("In addition, the affinities of CBF2 for binding to the LMP-1, LMP-2, and CD23 promoters were also measured.",
     "LMP-1", "PDLIM7"),
])
def test_a_name_grown_over_a_number_tag_does_not_keep_the_short_names_gene(annotator, gene_id, text, grown, base):
    found = _gene_mentions(annotator, text)
    assert not any(eid == gene_id(base) for _s, eid in found)
    assert any(s == grown for s, _eid in found)  # still a gene mention (BioRED, BC2GM gold spans)


def test_a_number_tag_after_a_numbered_symbol_keeps_the_gene():
    relink = {"IL1B": "HGNC:5992"}.get
    # a promoter position or a range of the same gene: "IL1B-31" (BioRED), "PAK1-3"
    assert tagged_id("IL1B-31", "-31", "HGNC:5992", relink) == "HGNC:5992"
    assert tagged_id("matriptase-2", "-2", "HGNC:11344", relink) == ""
    assert tagged_id("CBF-A", "-A", "HGNC:1", relink) == "HGNC:1"  # a letter tag: left as before
    assert tagged_id("MMP-2", "-2", "FPLX:MMP", relink) == "FPLX:MMP"  # a family: family_sense decides


def test_a_short_form_after_a_synonym_in_the_parenthesis_is_defined(annotator):
    # BioRED PMID17943461: "zidovudine (3'-azido-2',3'-deoxythymidine; AZT)", then "concentrations of AZT"
    text = ("METHODS AND RESULTS: In order to investigate whether the HAART component zidovudine "
            "(3'-azido-2',3'-deoxythymidine; AZT) triggers the Fas-dependent cell-death pathway and cause "
            "cytoskeletal disruption in a murine model of DCM, 8-week-old transgenic (expressing Fas ligand in the "
            "myocardium: FasL Tg) and non-transgenic (NTg) mice received water ad libitum containing different "
            "concentrations of AZT (0, 0.07, 0.2, and 0.7 mg/ml).")
    found = annotate_sentence(annotator, text)
    zidovudine = next(eid for s, eid in found if s == "zidovudine")
    assert [eid for s, eid in found if s == "AZT"] == [zidovudine] * 2



def test_inner_long_definitions_read_the_last_name_of_the_parenthesis():
    # BioRED PMID22303482 "innate (Lipid A, LpA; Peptidoglycan, Ppg) ... or mitogen (phytohemagglutinin, PHA)"
    text = "innate (Lipid A, LpA; Peptidoglycan, Ppg) or mitogen (phytohemagglutinin, PHA) or (10 mg/kg, ip)"
    assert [d[:2] for d in inner_long_definitions(text, set())] == [("Ppg", "Peptidoglycan"),
                                                                     ("PHA", "phytohemagglutinin")]

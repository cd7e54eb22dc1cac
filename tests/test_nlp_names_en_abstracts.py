"""Gene and chemical names of English PubMed abstracts that the pipeline missed (stop 25): the
validation abstracts (corpus/validation/en, PMID given) and the development abstracts of
../shared/data/dev/pubmed. Each test names the gold entity of corpus/gold/validation_en.csv or
what a reader of the sentence would annotate."""

from conftest import annotate_sentence


def test_a_chemical_glued_by_a_hyphen_to_an_enzyme_name_is_part_of_it(annotator):
    # PMID22532505: gold FPLX:AMPK; "5' AMP" (a compound) started first and hid the kinase
    found = annotate_sentence(annotator, "In the livers of db/db mice, SBE promoted 5' AMP-activated protein "
                              "kinase activity and restored metabolic process and insulin signaling pathways.")
    assert ("AMP-activated protein kinase", "FPLX:AMPK") in found
    assert not any(eid.startswith(("MESH:", "CPD:", "CHEBI:")) for _s, eid in found)


def test_a_chemical_before_a_hyphenated_word_that_is_no_name_stays(annotator):
    # dev abstracts: "LPS-induced", "H2O2-induced": no longer name starts inside the chemical
    found = annotate_sentence(annotator, "KP BuOH fraction inhibited LPS-induced IL-1b expression and "
                              "H2O2-induced toxicity.")
    assert ("LPS", "MESH:D008070") in found
    assert any(s == "H2O2" for s, _e in found)


def test_a_family_is_named_by_the_stem_its_members_names_share():
    from pipeline.dictionaries.build_genes import family_name_stems

    members = {"FPLX:JAK": ["JAK1", "JAK2", "JAK3", "TYK2"], "FPLX:STK3_4": ["STK3", "STK4"],
               "FPLX:IL12": ["IL12A", "IL12B"], "FPLX:ESR": ["ESR1", "ESR2"]}
    names = {"JAK1": "Janus kinase 1", "JAK2": "Janus kinase 2", "JAK3": "Janus kinase 3",
             "TYK2": "tyrosine kinase 2", "STK3": "serine/threonine kinase 3",
             "STK4": "serine/threonine kinase 4", "IL12A": "interleukin 12A", "IL12B": "interleukin 12B",
             "ESR1": "estrogen receptor 1", "ESR2": "estrogen receptor 2"}
    # "estrogen receptor" already names ESR1 (a gene synonym): it stays the gene's
    assert family_name_stems(members, names, {"estrogenreceptor"}) == {"FPLX:JAK": "Janus kinase"}


def test_a_family_stem_spelled_like_a_gene_name_stays_the_gene(mentions_of, gene_id):
    # dev abstract PMID23395171: "nuclear factor of activated T-cells" is an NFATC1 name; the
    # stem of NFATC1-4 ("nuclear factor of activated T cells 1") must not take it from the gene
    found = dict(mentions_of("Osthole inhibited RANKL-mediated induction of nuclear factor of activated "
                             "T cells c1 (NFATc1), which is further activated."))
    assert found["nuclear factor of activated T cells"] == gene_id("NFATC1")


def test_a_family_full_name_and_a_gene_full_name_joined_by_a_slash(mentions_of):
    # PMID25373392: gold FPLX:JAK and STAT3 (an axis JAK/STAT3 of the pathway composer)
    found = mentions_of("Furthermore, the anti-cancer activity of FSREE was associated with a decreased "
                        "level of phosphorylated Janus kinase/signal transducer and activator of "
                        "transcription 3 and extracellular  -signal  -regulated kinase signaling.")
    ids = {eid for _s, eid in found}
    assert "FPLX:JAK" in ids or any("FPLX:JAK" in eid for eid in ids)
    assert "FPLX:ERK" in ids or any("FPLX:ERK" in eid for eid in ids)


def test_a_short_form_defined_after_a_locant_prefixed_chemical_name(mentions_of):
    # PMID24009834: gold MESH:D014302 (Trinitrobenzenesulfonic Acid) for TNBS; the long form
    # starts with its locants "2,4,6-", which the short form does not spell
    found = mentions_of("To clarify anticolitic effect of KP, we examined anti-inflammatory effect of KP "
                        "extract and kalopanaxsaponin B in lipopolysaccharide (LPS)-stimulated peritoneal "
                        "macrophage and 2,4,6-trinitrobenzene sulfonic acid (TNBS)-induced colitic mice. "
                        "KP BuOH fraction also inhibited colon shortening and myeloperoxidase activity in "
                        "TNBS-induced colitic mice.")
    assert ("2,4,6-trinitrobenzene sulfonic acid", "MESH:D014302") in found
    assert found.count(("TNBS", "MESH:D014302")) == 2


def test_letters_in_order_skip_the_locants_of_a_chemical_name():
    from pipeline.nlp.abbreviations import letters_after_locants

    assert letters_after_locants("TNBS", "2,4,6-trinitrobenzene sulfonic acid")
    assert letters_after_locants("MPTP", "1-methyl-4-phenyl-1,2,3,6-tetrahydropyridine")
    assert not letters_after_locants("TNBS", "2,4-dinitrophenol")


def test_long_names_of_the_bcl2_family_with_pubmed_spaced_hyphens(mentions_of):
    # PMID25373392: gold BCL2, BCL2L1, MCL1 (downregulated) and BAX (upregulated)
    found = dict(mentions_of(
        "FSREE induced cancer cell apoptosis and growth arrest by downregulating B  -cell lymphoma (Bcl)  -2, "
        "Bcl  -extra large and myeloid cell leukemia 1, while upregulating Bcl  -2  -associated  X  protein, "
        "Bcl  -2 antagonist of cell death and phorbol  -12  -myristate  -13  -acetate  -induced protein 1."))
    ids = set(found.values())
    assert {"HGNC:990", "HGNC:992", "HGNC:6943", "HGNC:959", "HGNC:936", "HGNC:9108"} <= ids


def test_abl_of_bcr_abl_is_abl1(mentions_of):
    # PMID16434489 and PMID17049513: gold ABL1 (HGNC:76) and BCR for "SRC/ABL", "BCR-ABL"
    found = mentions_of("Dasatinib (BMS-354825) is a novel orally bioavailable SRC/ABL inhibitor that has "
                        "activity against multiple imatinib-resistant BCR-ABL isoforms in vitro.")
    assert found.count(("ABL", "HGNC:76")) == 2
    assert ("BCR", "HGNC:1014") in found


def test_a_family_name_with_a_member_number_names_the_member(mentions_of, gene_id):
    # validation ChinaXiv-201712.00248V1 reference: gold MAPK8 for "c-Jun N-terminal kinase 1"
    # (JNK1); the bare family name stays the family
    found = dict(mentions_of("Loss of hepatic NF-kappa B activity enhances chemical hepatocarcinogenesis "
                             "through sustained c-Jun N-terminal kinase 1 activation."))
    assert found["c-Jun N-terminal kinase 1"] == gene_id("MAPK8")
    found = dict(mentions_of("It enhances c-Jun N-terminal kinase signaling in 12 cell lines."))
    assert found["c-Jun N-terminal kinase"] == "FPLX:JNK"


def test_numbered_member_reads_the_family_short_names():
    from pipeline.nlp.family_sense import numbered_member

    terms = {"JNK1": "HGNC:6881", "JNK7": None}
    lookup = terms.get
    assert numbered_member(["JNK", "c-Jun N-terminal kinase"], "1", lookup, {"HGNC:6881"}) == "HGNC:6881"
    assert numbered_member(["JNK"], "7", lookup, {"HGNC:6881"}) is None
    assert numbered_member(["JNK"], "1", lookup, set()) is None  # not a member of the family

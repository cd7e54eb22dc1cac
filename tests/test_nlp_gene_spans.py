"""Gene mention boundaries and recall rules of issue 13 (pipeline/nlp/gene_context.py), on real
sentences of the development splits: BC2GM train (sentence id given) and BioRED train (PMID).
Each test names the gold span the corpus annotates."""

from pathlib import Path

from nlp_helpers import genes

from pipeline.nlp.gene_context import extend_left, head_noun_spans, read_not_modifiers

REPO = Path(__file__).resolve().parents[1]


def mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.label, m.entity_id) for item in adoc.sentences for m in item.mentions]


def test_greek_letter_after_a_symbol_belongs_to_the_name(annotator):
    # BC2GM P08683106A0374: gold "STAT1 alpha"
    text = ("Although IL-2 and IFN-alpha activated STAT1 alpha and STAT5, IL-2 predominantly activated "
            "STAT5, while IFN-alpha predominantly activated STAT1 alpha.")
    found = genes(annotator, text)
    assert found.count("STAT1 alpha") == 2
    assert "STAT1" not in found


def test_roman_numeral_designator_belongs_to_the_name(annotator):
    # BC2GM P10413607A0085: gold "collagen VI"
    text = ("We have shown previously that in contrast to other extracellular matrix molecules "
            "pepsin-solubilized collagen VI (CVI) can stimulate DNA synthesis of various mesenchymal cell types.")
    assert "collagen VI" in genes(annotator, text)


def test_defined_short_form_inside_the_name_and_its_number(annotator):
    # BioRED 17595233: gold "Toll-like receptor (TLR) 4" (one mention), keeping the TLR link
    text = ("These innate immune receptor genes (NOD1/CARD4, Toll-like receptor (TLR) 4, TLR2, TLR1 and "
            "TLR6) on the development of antibodies were studied.")
    found = mentions(annotator, text)
    whole = [m for m in found if m[0] == "Toll-like receptor (TLR) 4"]
    assert whole and whole[0][1] == "GENE" and whole[0][2]
    assert not any(m[0] == "TLR" for m in found)


def test_defined_short_form_then_head_noun(annotator):
    # BC2GM P03346210A0000: gold "epidermal growth factor (EGF) receptor"
    text = ("The epidermal growth factor (EGF) receptor, which exhibits intrinsic protein tyrosine kinase "
            "activity, undergoes a rapid, intramolecular self-phosphorylation reaction following EGF activation.")
    assert "epidermal growth factor (EGF) receptor" in genes(annotator, text)


def test_decimal_part_of_a_name(annotator):
    # BC2GM P09519830A0282: gold "ICP34.5" (ALTGENE), not "ICP34"
    text = ("In order to examine the potential role of transcriptional silencing during productive HSV-1 "
            "infection, recombinant viruses were generated in which wild-type or mutant ICP34.5 promoters "
            "controlling the expression of a reporter gene were inserted.")
    found = genes(annotator, text)
    assert "ICP34.5" in found
    assert "ICP34" not in found


def test_relation_word_and_head_noun_join_the_name(annotator):
    # BC2GM P07636179A0000: gold "cyclin-dependent kinases"; P08144631A0000: "Src homology 2"
    text = ("The normal cell cycle is regulated by several molecules, such as the tumor-suppressor protein "
            "pRb, the G1 cyclins, the cyclin-dependent kinases, and their inhibitors.")
    assert "cyclin-dependent kinases" in genes(annotator, text)
    text = ("Signaling by tyrosine kinases involves direct associations between proteins with Src homology 2 "
            "(SH2) domains and sites of tyrosine phosphorylation.")
    assert "Src homology 2" in genes(annotator, text)


def test_a_number_after_a_name_is_not_folded_into_a_symbol(annotator):
    # BioRED: "(OR 1.11, 95% CI 0.93 to 1.33)": an odds ratio, not the OR1 family
    text = "Patients carrying the SE had a higher risk (OR 1.11, 95% CI 0.93 to 1.33, p = 0.24)."
    assert not any(g.startswith("OR ") for g in genes(annotator, text))


def test_symbol_before_gene_or_mrna_is_a_gene_mention():
    # BC2GM P01396592A1113: gold "SCL gene" / "SCL"; the sentence-opening "The gene" is no mention
    text = ("Our experiments suggest that the SCL gene can be a target for the erythroid transcription "
            "factor GATA-1. The gene product serves as a positive regulator.")
    spans = [text[a:b] for a, b in head_noun_spans(text, [], frozenset())]
    assert spans == ["SCL"]
    # nucleic acids and viruses are not gene names: "RNA gene", "HIV-1 promoter"
    text = "the 5S RNA gene and the HIV-1 promoter"
    assert head_noun_spans(text, [], frozenset({"HIV"})) == []


def test_gene_at_the_head_of_a_pathway_name(annotator):
    # BC2GM P10728986A0000: gold "Wnt"; the pathway stays a pathway
    text = ("The Wnt signaling pathway functions reiteratively during animal development to control cell "
            "fate decisions.")
    adoc = annotator.annotate("t", text)
    unlinked = [m.text for item in adoc.sentences for m in item.unlinked]
    labels = [m.label for item in adoc.sentences for m in item.mentions]
    assert "Wnt" in unlinked
    assert "PATHWAY" in labels


def test_abbreviation_glued_to_a_word_is_still_defined(annotator):
    # BioRED 18483878 (title): CYP = cyclophosphamide here, not the cytochrome P450 family
    text = ("Exaggerated expression of inflammatory mediators in vasoactive intestinal polypeptide knockout "
            "(VIP-/-) mice with cyclophosphamide (CYP)-induced cystitis. CYP treatment increased IL-6.")
    found = mentions(annotator, text)
    assert [m[1] for m in found if m[0] == "CYP"] == ["COMPOUND", "COMPOUND"]


def test_slash_joined_names_are_two_mentions(annotator):
    # BC2GM P11559789A0314: ASF/SF2 names one protein twice; gold "ASF" and "SF2"-style spans
    # are accepted, the prefix is not glued to the second name
    text = ("we discovered that ASF/SF2 was expressed at a significant level in the 293 producer cell "
            "line, even in the absence of inducer.")
    assert "ASF/SF2" not in genes(annotator, text)


def test_type_designator_before_the_name(annotator):
    # BC2GM P08684522A0415: gold "type IV collagen"
    text = ("Immunofluorescence microscopy revealed extensive deposition of such extracellular matrices as "
            "type IV collagen and laminin in the vascular wall.")
    assert "type IV collagen" in genes(annotator, text)


def test_learned_stop_words_end_a_left_extension():
    # BC2GM train: words the annotators leave out ("partial" 11 times right before a gene, never in one)
    stops = read_not_modifiers(REPO / "dictionaries" / "curated" / "gene_not_modifiers.tsv")
    assert "partial" in stops
    assert not stops & {"human", "protein", "kinase", "receptor", "alpha"}  # no name parts
    text = "the partial tyrosine kinase activation"
    head = text.index("kinase")
    assert text[extend_left(text, head, stops=stops) : head] == "tyrosine "


def test_greek_letter_after_a_paper_defined_short_form(annotator):
    # BioRED 19306381: gold "NRG-1 beta", "NRG-1 alpha" (NRG-1 is defined by the paper)
    text = ("We have shown that MPNSTs express neuregulin-1 (NRG-1) beta isoforms, which promote Schwann "
            "cell migration during development, and NRG-1 alpha isoforms, whose effects on Schwann cells "
            "are poorly understood. Hypothesizing that NRG-1 beta and/or NRG-1 alpha promote MPNST invasion.")
    found = genes(annotator, text)
    assert found.count("NRG-1 beta") == 1 and found.count("NRG-1 alpha") == 2
    assert "NRG-1" not in found[1:]  # only the defining mention stands alone


def test_a_capitalised_word_after_a_symbol_is_no_roman_numeral(annotator):
    # BioRED title style: "PTPN22 Is Associated with ..." - "Is" is a verb, not the designator I
    text = "The PTPN22 R620W Polymorphism Is Associated with Rheumatoid Arthritis. PTPN22 Is a phosphatase."
    assert "PTPN22 Is" not in genes(annotator, text)


def test_short_form_of_an_unknown_gene_product_is_a_gene_mention(annotator):
    # BC2GM P10905352A0000: gold "terminal protein" and "TP"; BioRED 20606392: gold "GHBP"
    text = ("The linear plasmid pCLU1 from the yeast Kluyveromyces lactis normally replicates in the cytoplasm, "
            "with the aid of the helper linear plasmid pGKL2, using terminal protein (TP) as a primer.")
    assert "TP" in genes(annotator, text)
    text = ("We describe a 4-year-old child with modest growth failure and normal serum concentrations of "
            "GH-binding protein (GHBP), but clinical evidence of GH insensitivity. GHBP levels were normal.")
    assert genes(annotator, text).count("GHBP") == 2
    # a fluorescent reporter is no gene product of the paper's organism
    text = "Cells expressing yellow fluorescent protein (YFP) were sorted. YFP was bright."
    assert "YFP" not in genes(annotator, text)


def test_peptide_defined_by_its_gene_symbol_is_the_gene_product(annotator):
    # BioRED 18483878: gold GeneOrGeneProduct "VIP". BioRED calls angiotensin II a chemical, BC2GM
    # a gene (P02372496A0782); the relation gold follows its GUIDELINES 5.11 (peptide hormones are
    # their gene: angiotensin II -> AGT, as substance P -> TAC1, which BioRED also calls a chemical)
    text = ("Vasoactive intestinal polypeptide (VIP) is an immunomodulatory neuropeptide. VIP levels rose "
            "after Angiotensin II (Ang II) infusion.")
    found = mentions(annotator, text)
    assert {m[1] for m in found if m[0] == "VIP"} == {"GENE"}
    assert {m[1] for m in found if m[0] == "Ang II"} == {"GENE"}


def test_learned_gene_names_from_the_tuning_part_tag_unseen_sentences(annotator):
    # BC2GM train P11278563A0917 (in the held-out last 20 %): gold "ankyrin", "Grb14", "tankyrase 2";
    # "ankyrin" is in no gene dictionary entry; gene_names_learned.tsv has it from the first 80 %
    text = ("Deletion analyses implicate the N-terminal 110 amino acids of Grb14 and ankyrin repeats 10-19 of "
            "tankyrase 2 in mediating this interaction.")
    assert "ankyrin" in genes(annotator, text)
    # BC2GM train P10865422A0138 (held out): gold "ferritin"
    text = ("All were tested for serum ferritin (SF), hemoglobin (Hb) level and asked for detailed histories "
            "of donations and iron supplementation.")
    assert "ferritin" in genes(annotator, text)


def test_learned_names_yield_to_the_paper_definition(annotator):
    # BioRED 11773892: "chronic renal failure (CRF)" - the paper's definition wins over the learned CRF
    from pipeline.nlp.gene_context import learned_name_spans, read_learned_names

    names = read_learned_names(REPO / "dictionaries" / "curated" / "gene_names_learned.tsv")
    assert "ankyrin" in names.get("ankyrin", ())
    text = ("This retrospective study examines the incidence and treatment of ESRD and chronic renal failure "
            "(CRF) in OLTX patients.")
    assert "CRF" in names.get("CRF", ())
    assert learned_name_spans(text, names, [], defined=frozenset({"CRF"})) == []
    assert "CRF" not in genes(annotator, text)



def test_learned_stop_list_drops_unlinked_non_genes(annotator):
    # BC2GM train P10518956A1212 (held out): FT3/FT4 are free thyroid hormones (no gold span); only
    # TSH is a gene. gene_stop_learned.tsv has FT3 and FT4 from the first 80 % (symbol-shaped, never gold).
    text = "ESS type 1, with FT3 low and FT4 and TSH normal, is the most frequent form."
    found = genes(annotator, text)
    assert "FT3" not in found and "FT4" not in found
    # P10497874A0925 (held out): "phosphatidyl inositol 4,5 bisphosphate (PIP2)" is a lipid
    text = ("On the other hand, phosphatidyl inositol 4,5 bisphosphate (PIP2) hydrolysis requires direct "
            "phosphorylation at tyrosine residue of the PLC-gamma1 isozyme.")
    found = genes(annotator, text)
    assert "PIP2" not in found and "PLC-gamma1" in found


def test_capitalised_bacterial_protein_names(annotator):
    # BC2GM train P10498706A1219 (held out): gold "PecS", "pelD", "pelE", "KdgR"
    text = ("Taken together, our data suggest that PecS attenuates pelD and pelE expression rather than acting "
            "as a true repressor like KdgR.")
    found = genes(annotator, text)
    assert {"PecS", "pelD", "pelE", "KdgR"} <= set(found)
    # BC2GM P10430886A0838 (held out): gold "TraR"
    text = ("The C-terminal mutants were strongly dominant over TraR, suggesting that they can form "
            "heteromultimers with the wild-type activator.")
    assert "TraR" in genes(annotator, text)


def test_variant_or_construct_glued_to_a_symbol(annotator):
    # BioRED 28660748: gold "AT1a" twice (the knockout "AT1aKO" names the gene AT1a)
    text = ("A model of liver metastasis was developed by intrasplenic injection of mouse colon cancer (CMT-93) "
            "into AT1a knockout mice (AT1aKO) and wild-type (C57BL/6) mice (WT).")
    found = genes(annotator, text)
    assert "AT1aKO" not in found and found.count("AT1a") == 2
    # BioRED 16181814: a genotype, no gene mention
    text = "We studied the skin fibroblasts of a patient with Alpers syndrome having the genotype E873stop/A467T."
    assert "E873stop" not in genes(annotator, text)


def test_phospho_prefix_is_not_part_of_the_gene_span(annotator):
    # BioRED 30836660: gold "TLR4", "IkappaBalpha", "NF-kappaB" (not "p-NF-kappaB")
    text = ("Further study revealed that the effect of Sal on renal interstitial fibrosis is associated with the "
            "lower expression of TLR4, p-IkappaBalpha, p-NF-kappaB and mitogen-activated protein kinases (MAPK), "
            "both in vivo and in vitro.")
    found = genes(annotator, text)
    assert "NF-kappaB" in found and "p-NF-kappaB" not in found
    # BioRED 24623966: gold "VEGFR2"
    found = genes(annotator, "VEGF induced a physical interaction of phosphorylated-VEGFR2 and NOX4.")
    assert "VEGFR2" in found and "phosphorylated-VEGFR2" not in found


def test_genes_listed_in_a_pathway_name(annotator):
    # BioRED 28368423: gold "PI3K" and "Akt" in "PI3K/Akt pathway signaling"; the name stays
    # linked to the KEGG pathway
    text = ("Furthermore, PI3K/Akt pathway signaling was also increased in Eu-myc B cells, and this increase "
            "was partially suppressed with ibrutinib.")
    found = genes(annotator, text)
    assert "PI3K" in found and "Akt" in found
    assert any(m[0] == "PI3K/Akt pathway" and m[1] == "PATHWAY" for m in mentions(annotator, text))


def test_protein_named_by_its_molecular_weight(annotator):
    # BioRED 15649253: gold "p14" (no dictionary entry)
    text = ("Ten primary central nervous system lymphomas (PCNSL, brain lymphomas) were examined for p14 gene "
            "exon 1beta deletion, mutation and methylation by Southern blot analysis, nucleotide analysis of "
            "polymerase chain reaction clones and Southern blot-based methylation assay.")
    assert "p14" in genes(annotator, text)
    # BioRED 16321363: a chromosome band is no protein
    text = ("We used high-resolution karyotyping to confirm a deletion (10-12Mb) [del(1)(p31.2p32.3)] and found "
            "no structural abnormalities in the father, suggesting a de novo event.")
    assert not any(g.startswith(("p31", "p32")) for g in genes(annotator, text))


def test_short_form_defined_as_a_disease_is_no_gene_unless_a_gene_word_follows(annotator):
    # BioRED PMID 8002973: gold genes are "ALD" before "gene" only; "a patient with ALD" is the disease
    text = ("An antibody against the synthetic C-terminal peptides deduced from the cDNA of the gene "
            "responsible for X-linked adrenoleukodystrophy (ALD) was produced to characterize the product "
            "of the ALD gene. The antibody reacted with the 80 kDa band protein in control fibroblasts, "
            "while no bands were detected in the fibroblasts from a patient with ALD (# 163), in which "
            "mRNA of the ALD gene was undetectable.")
    found = genes(annotator, text)
    assert found.count("ALD") == 2  # the two "ALD gene" uses
    # BioRED PMID 17177139: RTH (a syndrome) is never a gene in BioRED
    text = ("Resistance to thyroid hormone (RTH) is an inherited syndrome characterized by elevated serum "
            "thyroid hormones (TH). Here, we report a novel natural RTH mutation (E333D).")
    assert "RTH" not in genes(annotator, text)


def test_nucleotide_sequences_and_genotypes_are_no_genes(annotator):
    # BioRED PMID 19101703 (PABPN1 expansion): gold gene "PABPN1" only; GCG is glucagon's symbol
    text = ("The normal (GCG)6(GCA)3GCG sequence was replaced by (GCG)6(GCA)(GCG)4(GCA)3GCG due to an "
            "insertion of (GCG)4GCA into the normal allele in the Taiwanese OPMD subjects.")
    assert "GCG" not in genes(annotator, text)
    # BioRED PMID 15599941: "GG" is a genotype; the catalase symbol CAT of the same letters stays a gene
    text = ("Additionally, when PSA genotype was cross classified with CAG repeat, significantly more cases "
            "than both BPH and population controls were observed to have a short (< 22) CAG/GG genotype.")
    found = genes(annotator, text)
    assert "GG" not in found and "CAG" not in found
    assert "CAT" in genes(annotator, "Expression of CAT and SOD1 was reduced in the liver.")


def test_dosing_frequency_after_a_dose_is_no_gene(annotator):
    # BioRED PMID 20520283: no gene is annotated; BID is also a gene symbol (BH3 interacting domain)
    text = ("Patients were randomly assigned to fixed-dose treatment with asenapine at 5 mg twice daily (BID), "
            "asenapine at 10 mg BID, placebo, or haloperidol at 4 mg BID.")
    assert "BID" not in genes(annotator, text)
    assert "BID" in genes(annotator, "Cleavage of BID by caspase-8 releases cytochrome c.")


def test_genetic_markers_and_numbered_snps_are_no_genes(annotator):
    # BioRED PMID 16288197: no gene is annotated in this sentence (D-segment microsatellite markers)
    text = ("When combined with the initial linkage paper our haplotype and linkage data map the MCOR locus "
            "to a 6-7 cM region between D13S265 and D13S1280.")
    found = genes(annotator, text)
    assert "D13S265" not in found and "D13S1280" not in found
    # BioRED PMID 16526029: SNP4, SNP7, SNP18 are variants of the study, not genes
    text = ("Among these three SNPs, neither SNP4, SNP7, SNP18 has shown significant association with "
            "schizophrenia in single locus association analysis.")
    assert not any(g.startswith("SNP") for g in genes(annotator, text))


def test_disease_short_form_closed_by_a_semicolon_is_no_gene(annotator):
    # BioRED PMID 27840894: gold gene PHEX; XLH (the rickets) is not annotated as a gene
    text = ("Inactivating mutations in phosphate-regulating gene with homologies to endopeptidase on the X "
            "chromosome (PHEX) have been identified as a cause of X-linked hypophosphatemic rickets "
            "(XLH; OMIM 307800). Serum levels of FGF23 varied widely among the patients with XLH.")
    found = genes(annotator, text)
    assert "XLH" not in found
    assert "PHEX" in found


def test_symbol_inside_a_defined_disease_short_form_is_no_gene(annotator):
    # BioRED PMID 26684240: no gene in this sentence; NET (SLC6A2's symbol) is part of "GEP-NETs"
    text = ("Genomic profiles of gastroenteropancreatic neuroendocrine tumors (GEP-NETs) are still "
            "insufficiently understood. Here, we performed whole exome sequencing of 12 GEP-NETs from "
            "patients enrolled in a nonrandomized, open-labeled, single-center phase II study for pazopanib.")
    assert genes(annotator, text) == []


def test_t_cell_subsets_are_no_genes(annotator):
    # BioRED PMID 28075473: gold genes IFN-g, IL-17, IL-23; Th17 and Th1 are T-cell subsets
    text = ("Thus, our results support the notion that IFN-g and IL-17/IL-23 mutually regulate Th17 and Th1 "
            "responses in tumor-bearing hosts.")
    found = genes(annotator, text)
    assert "Th17" not in found and "Th1" not in found
    assert "IL-17" in found


def test_postnatal_day_is_no_gene(annotator):
    # BioRED PMID 16596970 (train): no gene annotated; P20 is postnatal day 20 (P20 is an alias of a gene)
    text = ("Male Sprague-Dawley rats were injected with saline on postnatal day (P) 20, or a convulsant dose "
            "of pilocarpine on P20 or P45. Pilocarpine on either day induced status epilepticus; "
            "P20 rats had no cell loss or spontaneous seizures.")
    assert genes(annotator, text) == []


def test_repeat_elements_are_no_genes(annotator):
    # BioRED PMID 16541406 (train): gold genes MLH1, MSH2; Alu is a family of repeat elements
    # (retrotransposons), not a gene or gene product (BC2GM tags it; the learned list took it from there)
    text = ("Distinct patterns of germ-line deletions in MLH1 and MSH2: the implication of Alu repetitive "
            "element in the genetic etiology of Lynch syndrome (HNPCC). Our study suggests that Alu is a "
            "promoting factor for the genomic recombinations in both MLH1 and MSH2.")
    found = genes(annotator, text)
    assert "Alu" not in found
    assert found.count("MLH1") == 2 and found.count("MSH2") == 2


def test_a_protein_name_given_its_gene_symbol_in_parentheses_is_that_gene(annotator):
    # BioRED PMID 28393239 (train): gold genes Psoriasin (every use) and S100A7. The dictionary lacks
    # the name psoriasin; the paper defines it by the symbol, so each use links to S100A7.
    text = ("Psoriasin promotes invasion, aggregation and survival of pancreatic cancer cells.\n\n"
            "Psoriasin (S100A7) is an 11-kDa small calcium binding protein initially isolated from psoriatic "
            "skin lesions. Aberrant Psoriasin expression has been implicated in a range of cancers.")
    adoc = annotator.annotate("t", text)
    found = [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]
    s100a7 = {e for t, e in found if t == "S100A7"}
    assert len(s100a7) == 1
    assert [t for t, e in found if e in s100a7].count("Psoriasin") == 3


def test_the_last_word_of_a_longer_name_is_no_synonym_of_the_symbol():
    # BioRED: "manganese superoxide dismutase (Mn-SOD)", "the androgen receptor (AR)": the word before
    # the parenthesis ends a longer name (or is a class word), so it is not defined as the gene
    from pipeline.nlp.matcher import Mention
    from pipeline.nlp.named_symbols import synonym_definitions

    text = "Levels of manganese superoxide dismutase (SOD2) and of psoriasin (S100A7) were measured."
    sod = text.index("SOD2")
    s100 = text.index("S100A7")
    mentions = [Mention(sod, sod + 4, "HGNC:11180", "GENE", "dictionary", "SOD2"),
                Mention(s100, s100 + 6, "HGNC:10497", "GENE", "dictionary", "S100A7")]
    assert [(n, e) for n, e, _a, _b in synonym_definitions(text, mentions)] == [("psoriasin", "HGNC:10497")]


def test_plural_disease_short_form_defines_its_singular(annotator):
    # BioRED PMID 15122708 (train): "Desmin-related myopathies (DRMs)"; gold genes desmin, alpha-B
    # crystallin; "DRM cases" is the disease (DRM is also an alias of a gene)
    text = ("Desmin-related myopathies (DRMs) are a heterogeneous group of muscle disorders, morphologically "
            "defined by intrasarcoplasmic aggregates of desmin. Mutations in the desmin and the alpha-B "
            "crystallin genes account for approximately one third of the DRM cases.")
    found = genes(annotator, text)
    assert "DRM" not in found and "DRMs" not in found
    assert "desmin" in found


def test_a_roman_numeral_is_a_gene_only_as_a_numbered_factor(annotator):
    # BC2GM P03296254A0556 (train, tune part): gold "factor II", "factor VII" (VII alone is an alias of F7)
    text = ("Minor differences were noted with latamoxef producing mild persistant elevation of prothrombin "
            "time (0.7 second) associated with depression of factor II and factor VII.")
    assert "factor VII" in genes(annotator, text)
    # BC2GM P09046090T0000: gold "transcription factor yTAFII60", "G4p1 protein"; chromosome VII is no gene
    text = ("The genes encoding the transcription factor yTAFII60, the G4p1 protein and a putative glucose "
            "transporter are contained in a 12.3 kb DNA fragment on the left arm of Saccharomyces "
            "cerevisiae chromosome VII.")
    assert "VII" not in genes(annotator, text)


def test_a_word_joined_by_a_hyphen_is_no_part_of_the_name(annotator):
    # BC2GM P08149484A1551 (train, tune part): gold "AP-1" twice (non-AP-1 is "not AP-1")
    text = "transcription of TPA-inducible genes through both AP-1 and non-AP-1 sequences."
    found = genes(annotator, text)
    assert found.count("AP-1") == 2 and "non-AP-1" not in found
    # BC2GM P09647240A0000: gold "p53", "Janus kinase", "STAT"
    text = ("The influence of p53 on cytokine-triggered Janus kinase-STAT signaling was investigated in "
            "human hepatoma Hep3B cell lines.")
    assert "kinase-STAT" not in genes(annotator, text)


def test_a_pathway_named_like_a_protein_class_is_the_protein_in_running_text(annotator):
    # BC2GM P08428940A1763: gold "RNA polymerase" (KEGG's pathway hsa03020 has that name);
    # followed by "pathway" it stays the pathway
    text = ("One such mutant also affects the overlapping -10 hexamer of PR and results in reduced occupancy "
            "by both MerR and RNA polymerase, likely as a result of inefficient transcriptional initiation "
            "of merR mRNA.")
    assert "RNA polymerase" in genes(annotator, text)
    adoc = annotator.annotate("t", "Genes of the RNA polymerase pathway were enriched.")
    assert [m.text for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"] == ["RNA polymerase"]
    assert "RNA polymerase" not in genes(annotator, "Genes of the RNA polymerase pathway were enriched.")


def test_learned_short_name_next_to_a_word_measuring_the_product(annotator):
    # BC2GM P01524549A0241 (tuning part): gold "GH" three times (deficiency, therapy)
    text = ("Both GH deficiency and impaired spinal growth may result in short stature, whereas the occurrence "
            "of early puberty in association with GH deficiency reduces the time available for GH therapy.")
    assert genes(annotator, text).count("GH") == 3
    assert "GH" not in genes(annotator, "The GH group was compared with the controls.")


def test_retroviral_gene_names_in_a_sentence_about_a_retrovirus(annotator):
    # BC2GM P01658356T0000 (tuning part): gold "env"; "pol" with no virus and no gene cue is none
    text = ("Recombination between feline leukemia virus subgroup B or C and endogenous env elements alters "
            "the in vitro biological activities of the viruses.")
    assert "env" in genes(annotator, text)
    assert "pol" not in genes(annotator, "The pol position was taken by the same driver in 1990.")


def test_learned_acronyms_need_a_gene_cue(annotator):
    # BC2GM P01505488A0231 (tuning part): EVL (endoscopic variceal ligation) is no gene there; a cue
    # keeps the dictionary reading ("NAB transcripts"; an ORF is a reading frame in any case:
    # P02743981A0347 has gold NAB, not ORF, tests/test_nlp_non_gene_names.py)
    text = ("The first 146 consecutive patients treated with EVL during the period from August, 1986 to "
            "July, 1989 are reported.")
    assert "EVL" not in genes(annotator, text)
    found = genes(annotator, "NAB transcripts and a very rare ORF monocistronic transcript.")
    assert "NAB" in found and "ORF" not in found


def test_symbol_joined_by_a_slash_to_a_gene_is_a_gene(annotator):
    # BC2GM P09584194A0000: gold "Efs" and "Sin" (two names of one protein); Sin is in no list
    text = ("HEF1, p130(Cas), and Efs/Sin constitute a family of multidomain docking proteins that have "
            "been implicated in coordinating the regulation of cell adhesion.")
    found = genes(annotator, text)
    assert "Efs" in found and "Sin" in found


def test_symbol_coordinated_with_a_gene_is_a_gene(annotator):
    # BC2GM P09418871A0620: gold "DDB" and "E2F1"
    text = "The interaction between DDB and E2F1 can also be detected by coimmunoprecipitation experiments."
    assert {"DDB", "E2F1"} <= set(genes(annotator, text))


def test_partners_that_name_cells_or_ranges_are_no_genes(annotator):
    # BC2GM P09371698A1254, P09389137A0763, P09715278A1079: no gold gene in these spans
    # (SK-N-MC, C1-7 and NT2 are found by shape, an older error: the partners must not join them)
    assert "HepG2" not in genes(annotator, (
        "Transfection of HepG2 and SK-N-MC cells with constructs deleted of additional 5'-flanking "
        "fragments permitted the definition of a minimal 200 bp promoter fragment."))
    assert "T1-9" not in genes(annotator, "The prescription for apoplexy includes C1-7, T1-9 and L2-4.")
    assert "D1" not in genes(annotator, (
        "RA-treatment of these transfectants induced morphologic and immunophenotypic maturation "
        "in a manner similar to parental NT2/D1 cells."))


def test_a_locus_written_short_after_a_slash_is_no_partner(annotator):
    # BioRED 17877751 (title): "DFNB7/B11" is DFNB7 and DFNB11; BioRED tags no "B11"
    text = "Identities, frequencies and origins of TMC1 mutations causing DFNB7/B11 deafness in Pakistan."
    assert "B11" not in genes(annotator, text)


def test_short_form_in_parentheses_after_a_gene_mention_is_a_gene(annotator):
    # BC2GM P09694725A0500: gold "LILRE" (the paper's short form of the element's name)
    text = ("Band-shift assays were performed using the LPS-and IL-1-responsive element (LILRE) "
            "oligonucleotide, a gamma interferon activation site-like site that is present in the "
            "human IL-1beta promoter.")
    assert "LILRE" in genes(annotator, text)


def test_designators_listed_after_a_name_belong_to_it(annotator):
    # BC2GM P09225506A0462 and P09557682A0490: gold "coagulation factors II, V and VIII",
    # "hGli2 alpha, beta, gamma, and delta" (one mention each)
    found = genes(annotator, ("The control group revealed significantly higher levels of coagulation "
                              "factors II, V and VIII, compared to the index group."))
    assert "coagulation factors II, V and VIII" in found
    found = genes(annotator, ("Four possible isoforms (hGli2 alpha, beta, gamma, and delta) are formed by "
                              "combinations of two independent alternative splicings."))
    assert "hGli2 alpha, beta, gamma, and delta" in found


def test_numbers_of_a_measure_are_no_designators():
    from pipeline.nlp.gene_partners import coordinated_designators_end

    # BC2GM P09819507A0000: a list of days (no gene); a name ending in a number does not grow over it
    text = ("In this study, rabbits were used to evaluate the sutured wound reaction with Dexon or nylon "
            "in the conjunctival flap 1, 4, 7, 14 and 28 days after trabeculectomy surgery")
    start = text.index("flap 1")
    assert coordinated_designators_end(text, start, start + len("flap 1")) == start + len("flap 1")


def test_a_generic_class_phrase_is_not_linked_to_a_gene(annotator):
    # BC2GM P09388200A0639: gold "MDM2" and "c-fos"; "general transcription factors" names no gene
    text = ("Inhibition appears to result from titration of general transcription factors because MDM2 "
            "overexpression inhibits c-fos as well as other promoters in vivo and basal transcription in vitro.")
    found = genes(annotator, text)
    assert "general transcription factors" not in found
    assert "MDM2" in found and "c-fos" in found


def test_class_phrases_with_a_designator_are_not_generic():
    from pipeline.nlp.gene_context import is_generic_class_phrase

    assert is_generic_class_phrase("chaperone proteins")
    assert not is_generic_class_phrase("ETS transcription factors")
    assert not is_generic_class_phrase("transcription factor alpha")
    assert not is_generic_class_phrase("orphan nuclear receptor")


def test_lower_case_symbol_with_a_number_before_a_gene_noun(annotator):
    # BC2GM P03001645A0785: gold pet56, "his3 genes" (ALTGENE his3)
    found = genes(annotator, "The pet56 and his3 genes are transcribed divergently from initiation sites that "
                             "are separated by only 192 bp.")
    assert "his3" in found
    # BC2GM P09169127A0371: gold "y1 gene" (ALTGENE y1), "y5 gene" (ALTGENE y5)
    text = ("The close proximity of the two neuropeptide Y receptor genes suggests that they have evolved from a "
            "gene duplication event with the small intron interrupting the coding sequence of the y1 gene being "
            "converted into a functional sequence within the y5 gene.")
    found = genes(annotator, text)
    assert "y1" in found and "y5" in found


def test_a_phage_vector_is_no_lower_case_symbol(annotator):
    # BC2GM P02138707A0198: gold "murine protein mXBP", ...; lambda gt11 is the phage vector
    text = ("We have previously identified, by screening a lambda gt11 expression library, murine protein mXBP, "
            "which binds to a sequence which overlaps the 3' end of the murine class II major "
            "histocompatibility complex A alpha gene X box.")
    assert "gt11" not in genes(annotator, text)


def test_small_nuclear_rnas_in_a_sentence_on_splicing(annotator):
    # BC2GM P09328476A0068: gold U4, U6, U1, U2, U5, U4, U6
    text = ("U4/U6 snRNP is one of four essential small nuclear ribonucleoprotein (snRNP) particles "
            "(U1, U2, U5 and U4/U6) present in the spliceosome.")
    found = genes(annotator, text)
    assert {"U1", "U2", "U5"} <= set(found) and found.count("U4") == 2


def test_a_second_name_written_as_a_hyphenated_designator_is_a_gene_of_its_own(annotator, gene_id):
    # BC2GM P08454591A1322: gold "IRF-1 and -2" (one mention), AP-1, NF-IL-6. Since stop 25 the
    # elided member is a mention of its own (IRF2 on "2"); bench/ner_eval.py joins the two as the
    # corpus annotates them (tests/test_nlp_elided_members.py)
    text = ("The region that imparts inducibility by IL-1 or TNF (positions -165 to -58) contains potential "
            "binding sites for IRF-1 and -2, AP-1, and NF-IL-6.")
    found = mentions(annotator, text)
    assert ("IRF-1", "GENE", gene_id("IRF1")) in found and ("2", "GENE", gene_id("IRF2")) in found
    # BC2GM P09990060A0937: gold GABPalpha, "GABPalpha and -beta"
    text = ("In concert with the coactivator CREB binding protein/p300, which interacts with GABPalpha, the "
            "binding of GABPalpha and -beta to the dyad symmetry element controls the induction of IL-16 "
            "promoter in T cells.")
    assert ("beta", "GENE", gene_id("GABPB1")) in mentions(annotator, text)


def test_a_proteinase_is_an_enzyme_head_not_a_protein_description(annotator):
    # BC2GM P09651321A0000: gold "Cystatin A", "cysteine proteinase", "cornified cell envelope"
    text = ("Cystatin A, a cysteine proteinase inhibitor, is one of the precursor proteins of cornified cell "
            "envelope of keratinocytes.")
    assert "cysteine proteinase" in genes(annotator, text)


def test_a_pathway_name_before_a_kinase_is_part_of_the_kinase_name(annotator):
    # BC2GM P10428811A1067: gold "Cat proteins", "focal adhesion kinase", Fak, Src (not KEGG's Focal adhesion)
    text = ("Cat proteins are tyrosine-phosphorylated when co-expressed in cells with the focal adhesion kinase "
            "Fak and Src.")
    adoc = annotator.annotate("t", text)
    assert "focal adhesion kinase" in genes(annotator, text)
    assert not [m for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"]


def test_bacterial_gene_stems_and_operons_before_a_gene_noun(annotator):
    # BC2GM P09139892A1150: gold "vfr promoters" (ALTGENE vfr), "crp promoters" (ALTGENE crp)
    text = ("Thus, the P. aeruginosa orfX and vfr promoters are arranged in a back-to-back orientation rather "
            "than the face-to-face orientation of the dorf and crp promoters.")
    found = genes(annotator, text)
    assert "vfr" in found and "crp" in found
    # BC2GM P09335298A0529: gold "parCBA operon" (ALTGENE parCBA)
    assert "parCBA" in genes(annotator, "It has been proposed that the parCBA operon encodes a plasmid "
                                        "partitioning system (M.")
    # BC2GM P09294422A1376: gold "por gene" (ALTGENE por), "tac promoter" (ALTGENE tac), POR
    text = ("The por gene has been expressed, for the first time, in anaerobically grown Escherichia coli behind "
            "the isopropyl-beta-D-thiogalactopyranoside-inducible tac promoter, resulting in the production of "
            "POR in its active form.")
    found = genes(annotator, text)
    assert "por" in found and "tac" in found


def test_a_gene_named_before_mutants(annotator):
    # BC2GM P09566871A0343: gold "fus3 mutants" (ALTGENE fus3), FUS3, ...
    text = ("In fus3 mutants, the levels of Ty1 RNA, protein synthesis, and proteolytic processing were not "
            "altered relative to those in FUS3 strains.")
    assert "fus3" in genes(annotator, text)
    # BC2GM P09351242A0719: gold "aba1 Arabidopsis mutant" (ALTGENE aba1): the genus is no gene
    text = ("Induction of AtP5CS1 mRNA accumulation is abolished by the deficiency of ABA biosynthesis in the "
            "aba1 Arabidopsis mutant.")
    assert "Arabidopsis" not in genes(annotator, text)
    # BioRED PMID 24632946: gold genes do not include GOF (gain of function) of "b-catenin GOF mutants"
    text = "URS elongation was reduced compared with the b-catenin GOF mutants."
    assert "GOF" not in genes(annotator, text)


def test_the_cholesterol_a_lipoprotein_carries_is_named_with_it(annotator):
    # BC2GM P09012636A0723: gold "HDL cholesterol", fibrinogen
    text = ("Adjustment for age, total cholesterol, HDL cholesterol, triglycerides, current smoking, and systolic "
            "pressure slightly reduced the association between fibrinogen and atherosclerosis.")
    found = genes(annotator, text)
    assert "HDL cholesterol" in found and "HDL" not in found


def test_ribosomal_rnas_named_by_sedimentation_coefficient(annotator):
    # BC2GM P10376877A0611: gold "5.8Ss rRNA", "18S rRNA"
    text = ("Removal of each of three contiguous segments from the N-terminal half specifically inhibits the "
            "formation of 5.8Ss rRNA, whereas deleting part of the C-terminal region of the protein only blocks "
            "the production of 18S rRNA.")
    assert "18S rRNA" in genes(annotator, text)


def test_an_evaluative_adjective_is_no_part_of_the_name(annotator):
    # BC2GM P09844921A0000: gold Raf, "serine-threonine protein kinase" (not "key ...")
    text = ("Raf is a key serine-threonine protein kinase which participates in the transmission of growth, "
            "anti-apoptotic and differentiation messages.")
    found = genes(annotator, text)
    assert "serine-threonine protein kinase" in found and "key serine-threonine protein kinase" not in found


def test_a_nucleotide_motif_before_site_is_no_gene(annotator):
    # BC2GM P09209438A0994: gold GATA-4, "GATA-binding protein"; "GATA site" is the sequence
    text = ("However, using ATL-16T nuclear extract, we demonstrated that GATA-4 is the only GATA-binding "
            "protein that forms specific DNA-protein complex with the -70 GATA site.")
    assert "GATA" not in genes(annotator, text)


def test_a_pathway_before_receptor_and_a_gene_stays_the_pathway(annotator):
    # corpus/ reviews (jin2025_autophagy), gold pair OPTN - autophagy: "autophagy receptor" describes OPTN
    text = ("Autophagy receptor OPTN (optineurin) regulates mesenchymal stem cell fate and bone-fat balance "
            "during aging by clearing FABP3")
    adoc = annotator.annotate("t", text)
    assert [m.text for item in adoc.sentences for m in item.mentions if m.label == "PATHWAY"] == ["Autophagy"]

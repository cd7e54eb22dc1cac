"""Symbol-shaped names of other nomenclatures are no gene mentions (pipeline/nlp/non_gene_names.py,
gene_context.tsv class and not-gene rows, gene_context.is_ase_word). Real sentences of BC2GM train
(sentence id given; the gold genes of each are named) and BioRED train (PMID)."""

from nlp_helpers import genes

from pipeline.nlp.non_gene_names import is_sized_protein, is_unit_power, is_virus_name


def test_amino_acid_residues_are_no_genes(annotator):
    # BC2GM P09878437A0967: no gold gene
    text = "The active site includes the acidic triad Asp53 (the site of phosphorylation), Asp10 and Glu9."
    assert genes(annotator, text) == []
    # BC2GM P09366517A0835: gold PKA, WT1 (twice)
    text = ("PKA phosphorylated WT1 at Ser-365 and Ser-393 in vitro, as well as at additional sites, and this "
            "phosphorylation abolished the DNA-binding activity of WT1 in vitro.")
    found = genes(annotator, text)
    assert "Ser-365" not in found and "Ser-393" not in found
    assert found.count("WT1") == 2


def test_stretches_of_residues_are_no_genes(annotator):
    # BC2GM P10369775A0178: gold "human ER", GR
    text = ("The studied protein fragments consist of residues Arg183-His267 of the human ER and residues "
            "Lys438-Gln520 of the rat GR.")
    found = genes(annotator, text)
    assert "Arg183-His267" not in found and "Lys438-Gln520" not in found


def test_a_mouse_symbol_shaped_like_a_residue_stays_a_gene(annotator):
    # BioRED PMID 29183288: gold Arg1 (arginase 1; no residue is spoken of)
    text = ("We investigated the significance of arginase1 (ARG1) for the development of airway "
            "hyperresponsiveness in female mice. METHODS: Arg1 was ablated in the lung by crossing Arg1 fl/fl "
            "and Tie2Cre tg/- mice.")
    assert "Arg1" in genes(annotator, text)
    # BC2GM P09800187A0100: gold Trp53 (twice), Tk1
    text = ("Because Trp53 (the mouse homolog of human TP53) is located with Tk1 on chromosome 11 and is "
            "critical in regulating cellular responses following exposure to DNA damaging agents, we wanted "
            "to determine if these mouse lymphoma cells harbor mutations in Trp53.")
    assert "Trp53" in genes(annotator, text)


def test_plasmid_names_are_no_genes(annotator):
    # BC2GM P10322022A0263: gold "Rep63A (513 amino acids [aa])" only
    text = ("Rep63A (513 amino acids [aa]), encoded by the largest ORF, displayed strong similarity (40% "
            "identity) to the replication proteins from plasmids pAMbeta1, pIP501, and pSM19035, indicating "
            "that the pAW63 replicon belongs to the pAMbeta1 family of gram-positive theta-replicating plasmids.")
    found = genes(annotator, text)
    assert not {"pAMbeta1", "pIP501", "pSM19035", "pAW63", "ORF"} & set(found)
    # BC2GM P09079878A0000: gold lasA, pre-lactocin S
    text = ("Some 8.8 kb of the Lactobacillus sake plasmid pCIM1 was sequenced, revealing eight tightly "
            "clustered open reading frames (ORFs) downstream from lasA, which encodes pre-lactocin S.")
    found = genes(annotator, text)
    assert "pCIM1" not in found and "ORFs" not in found
    assert "lasA" in found


def test_open_reading_frames_are_no_genes(annotator):
    # BC2GM P09572965A1235: gold "gene agrB"
    text = ("A third ORF, ORF5, shows homology with gene agrB from Staphylococcus aureus, which is involved in "
            "the mechanism of regulation of the virulence phenotype in this species.")
    found = genes(annotator, text)
    assert "ORF" not in found and "ORF5" not in found


def test_units_to_the_power_minus_one_are_no_genes(annotator):
    # BC2GM P09431828A1472: no gold gene
    text = ("Furthermore the median increase in cyclosporine DR/C(SS trough) was 18 l h-1 (-3.1 to 42.1 l h-1, "
            "interquartile range).")
    assert genes(annotator, text) == []


def test_a_gene_named_like_a_unit_stays_a_gene():
    # BC2GM P09466931T0000: gold ng-1 ("ng-1 and ng-2 intermolt genes"); no number before it
    text = ("Cross-talking among Drosophila nuclear receptors at the promiscuous response element of the ng-1 "
            "and ng-2 intermolt genes.")
    start = text.index("ng-1")
    assert not is_unit_power(text, start, start + 4)
    text = "was 12 g dL-1 and"
    assert is_unit_power(text, text.index("dL-1"), text.index("dL-1") + 4)


def test_a_protein_described_by_its_size_is_no_gene_mention(annotator):
    # BC2GM P09479498A0000: gold "human RING-finger gene", RNF4
    text = "We have isolated a new human RING-finger gene (RNF4) that encodes a 190-amino-acid protein."
    found = genes(annotator, text)
    assert "190-amino-acid protein" not in found and "RNF4" in found
    assert is_sized_protein("soluble 62-kDa protein") and not is_sized_protein("74-kD heat shock protein")


def test_an_enzyme_class_alone_is_no_gene_but_with_a_designator_it_is(annotator):
    # BC2GM P09447962A1027: gold XRN1, "rhis4 mRNA", "wild-type HIS4 mRNA"
    text = ("Consistent with this interpretation, a mutant form of XRN1, which encodes a 5'-3' exonuclease, was "
            "identified as an extragenic suppressor that increases the half-life of rhis4 mRNA.")
    found = genes(annotator, text)
    assert "exonuclease" not in found and "XRN1" in found
    # BC2GM P09211354A0000: gold Stromelysin-1, "matrix metalloproteinase-3", MMP-3
    text = ("Stromelysin-1, matrix metalloproteinase-3 (MMP-3), is an important endopeptidase selectively "
            "expressed by somatic cells in organ tissues.")
    assert "endopeptidase" not in genes(annotator, text)
    # BC2GM P09241232A1154: gold "endonuclease III", Ogg1
    text = ("A consensus sequence indicates a highly conserved lysine residue, K120 of endonuclease III or K241 "
            "of Ogg1, respectively.")
    assert "endonuclease III" in genes(annotator, text)


def test_words_in_ase_that_name_no_enzyme(annotator):
    # BC2GM P10393197A0543: gold DDP1
    text = "DDP1 also localizes to heterochromatin in interphase nuclei of larval neuroblasts."
    assert genes(annotator, text) == ["DDP1"]


def test_activation_functions_of_nuclear_receptors_are_no_genes(annotator):
    # BC2GM P09178752A0574: gold EGF, ER
    text = ("EGF acts primarily by means of transactivation domain AF-1, whereas cAMP acts via transactivation "
            "domain AF-2 of the ER.")
    found = genes(annotator, text)
    assert "AF-1" not in found and "AF-2" not in found
    assert "EGF" in found


def test_viruses_and_named_strains_are_no_genes(annotator):
    # BC2GM P09603345A1257: no gold gene
    text = ("GLRaV-2 is the only closterovirus, so far, that matches the genome organization of the type member "
            "of the group, BYV, and thus can be unambiguously classified as a definitive member of the genus "
            "Closterovirus.")
    assert "GLRaV-2" not in genes(annotator, text)
    assert is_virus_name("gammaHV68") and is_virus_name("SV5") and not is_virus_name("PV92")
    # BC2GM P09402029A1632: no gold gene
    text = ("Interestingly, the avirulent strain H37Ra showed weak hybridization with these two probes, "
            "suggesting that these genes might have been deleted in the avirulent strain or are present in "
            "limited copy numbers as opposed to those in the virulent strain H37Rv.")
    assert genes(annotator, text) == []


def test_numbered_regulatory_elements_are_no_genes(annotator):
    # BC2GM P10082573A1015: gold "human globin gene", "DNase I", "globin gene"; HS2-HS4 are hypersensitive sites
    text = ("These results continue to support the hypothesis that HS2, HS3, and HS4 act as a single, integral "
            "unit to regulate human globin gene transcription as a holocomplex.")
    found = genes(annotator, text)
    assert not {"HS2", "HS3", "HS4"} & set(found)


def test_registry_numbers_and_mouse_strains_are_no_genes(annotator):
    # BC2GM P09553686A0000: no gold gene
    text = ("The pharmacokinetic patterns of estradiol (CAS 50-28-2) and of estrone (CAS 53-16-7) were "
            "investigated in 18 women in natural or surgical menopause.")
    assert "CAS" not in genes(annotator, text)

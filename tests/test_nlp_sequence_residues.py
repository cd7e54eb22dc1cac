"""Residues and bases named in a sequence change are no chemicals (pipeline/nlp/residues.py).

Genetics abstracts name the amino acid or the nucleotide a mutation changes: "substitution of glutamic
acid 333 by aspartic acid", "a heterozygous cytosine insertion in exon 10", "the Ala/Val and homozygote
Val alleles", "arginine 124-to-cysteine (Arg124Cys)". As compounds they paired with the mutated gene
(cysteine - TGFBI). Sentences verbatim from BioRED train (shared/data/dev/annotated), which tags none
of these as a chemical; its document ids are given with each."""

from __future__ import annotations

from test_nlp_residues import _at

from pipeline.nlp.residues import is_residue, is_sequence_unit, is_sequence_variant

# BioRED train 17177139
E333D = ("Direct sequencing of the TRbeta gene revealed a heterozygous transition 1284A>C in exon 9 resulting in "
         "substitution of glutamic acid 333 by aspartic acid residue (E333D).")
# BioRED train 21080147
E325K = ("The heterozygous c.973G>A transition in exon 9 resulted in a substitution of lysine for glutamic acid at "
         "amino acid 325 (E325K) in the second calcium-binding EGF domain.")
# BioRED train 20367983
MEN1 = ("RESULTS: In this family, a heterozygous cytosine insertion in exon 10 (c.1546_1547insC) inducing a frame "
        "shift mutation of MEN1 was found in the proband and the other two suffering members of his family.")
# BioRED train 15770495
SRD5A2 = ("Four patients harbor yet non-described SRD5A2 gene mutations: a single nucleotide deletion (del642T), a "
          "G158R amino acid substitution, a splice junction mutation (IVS3+1G>A), and the insertion of a cytosine "
          "(217_218insC) occurring at a CCCC motif.")
# BioRED train 21911891
PAI1 = ("The single base pair guanine insertion/deletion polymorphism (4G/5G) within the promoter region of the "
        "PAI-1 gene influences PAI-1 synthesis and may modulate hepatic fibrogenesis.")
# BioRED train 17628794
ALLELES = ("The distribution of Ala/Val and homozygote Val alleles in the patient group was significantly higher "
           "than in the control group (P < 0.05).")
# BioRED train 15623763
TGFBI = ("In addition, mutation of arginine 124-to-cysteine (Arg124Cys) was found in 8 of 18 patients and "
         "histidine 626-to-arginine (His626Arg) in 2 of 18 patients.")
TGFBI_2 = ("CONCLUSIONS: Arg124Cys and Arg555Trp appear to be the predominant mutations causing LCD and GCD, "
           "respectively, in the population studied.")


def test_acid_names_of_amino_acids_are_residues_in_a_substitution():
    assert is_sequence_unit("glutamic acid") and is_sequence_unit("aspartic acid")
    assert is_residue(*_at(E333D, "glutamic acid")) and is_residue(*_at(E333D, "aspartic acid"))
    assert is_residue(*_at(E325K, "glutamic acid"))


def test_an_inserted_or_deleted_base_is_not_a_chemical():
    assert is_sequence_unit("cytosine") and is_sequence_unit("guanine") and is_sequence_unit("thymidine")
    assert is_residue(*_at(MEN1, "cytosine"))
    assert is_residue(*_at(SRD5A2, "cytosine"))
    assert is_residue(*_at(PAI1, "guanine"))


def test_an_amino_acid_allele_is_not_a_chemical():
    assert is_residue(*_at(ALLELES, "Ala"))


def test_a_protein_change_notation_is_a_variant():
    assert is_sequence_variant("Arg124Cys") and is_sequence_variant("His626Arg") and is_sequence_variant("Val539Asp")
    assert is_sequence_variant("Gly594Val") and is_sequence_variant("p.Arg555Trp")
    assert not is_sequence_variant("Arg") and not is_sequence_variant("Glu-Cys-Gly")


def test_annotator_drops_the_changed_residues_and_bases(mentions_of):
    for text, words in [(E333D, {"glutamic acid", "aspartic acid"}), (MEN1, {"cytosine"}), (PAI1, {"guanine"}),
                        (ALLELES, {"Ala", "Val"}), (TGFBI, {"Arg124Cys", "His626Arg", "cysteine", "arginine"}),
                        (TGFBI_2, {"Arg124Cys", "Arg555Trp"})]:
        surfaces = {surface for surface, _ in mentions_of(text)}
        assert not surfaces & words, (text, surfaces & words)
    assert "MEN1" in {surface for surface, _ in mentions_of(MEN1)}


def test_a_base_given_as_a_compound_stays_a_chemical(mentions_of):
    # BioRED train 27134166, verbatim: a metabolite, no sequence cue around it
    text = ("The glucose and lactate transporters GLUT1 and MCT4 are induced in distal hypoxic cells in a "
            "HIF1a-dependent manner.")
    assert not is_residue(*_at(text, "glucose"))
    # BC5CDR train 12090760, verbatim: thymidine as the label a proliferation assay takes up
    assay = ("There was a significant reduction of thymidine incorporation into both erythroid and endothelial cells "
             "in cultures pre-treated with IGF-IL-3 and EPO.")
    assert not is_residue(*_at(assay, "thymidine"))


def test_a_base_a_drug_replaces_stays_a_chemical():
    # BC5CDR train 9209318 and 2578334, verbatim: the analogue takes the base's place, no DNA change is named
    azt = ("It is generally assumed that DNA elongation is stopped by the insertion of AZT into the chain in place of "
           "thymidine thus preventing the phosphate hydroxyl linkages and therefore suppresses hemopoietic progenitor "
           "cell proliferation in an early stage of differentiation.")
    azc = ("Administration of [3H]-5-azadeoxycytidine during the repair synthesis induced by 1,2-DMH further showed that "
           "0.019 mol % of cytosine residues in DNA were substituted by the analogue, indicating that incorporation of "
           "5-AzC occurs during repair synthesis.")
    assert not is_residue(*_at(azt, "thymidine"))
    assert not is_residue(*_at(azc, "cytosine"))

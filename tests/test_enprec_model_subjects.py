"""The stimulus and the genotype that make a model are no partners of the findings made in it.

relations/model_subjects.py reads the compound premodifier of a cell or animal head noun ("in
LPS-stimulated human PBMCs", "HFD-fed ApoE (-/-) mice"). Before it, validation PMID23494106 gave
LPS rows with IL-6, IL-10, IL-12/23p40 and TNF, and PMID26174316 atorvastatin -> APOE (GUIDELINES 5.7).
"""

from __future__ import annotations

from pipeline.relations.model_subjects import contrasts_genotypes, is_model_genotype, is_model_stimulus


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


def test_the_stimulus_of_the_cells_or_animals_studied_is_the_model():
    # validation PMID23494106, PMID23261676; validation_zh's English title of a ChinaXiv paper
    assert is_model_stimulus(*_at("Furthermore, no impact on cytokine release (i.e., on IL-10, IL-6, IL-12/23p40 and "
                                  "TNFα levels) was seen in LPS-stimulated human PBMCs, except with JWH-210", "LPS"))
    assert is_model_stimulus(*_at("Thus, (-) epicatechin attenuated mitochondrial damage in isoproterenol induced "
                                  "myocardial infarcted rats.", "isoproterenol"))
    assert is_model_stimulus(*_at("Ghrelin-atenuated cognitive dysfunction in streptozotocin-induced diabetic rats",
                                  "streptozotocin"))


def test_coordinated_stimuli_with_a_suspended_hyphen_are_both_the_model():
    # validation PMID21129471 (gold: no TNF or IFN-γ row with TARC, MDC or RANTES)
    text = ("the levels of thymus and activation-regulated chemokine (TARC) produced in both TNF-a- and "
            "IFN-y-stimulated human keratinocytes were investigated by enzyme-linked immunosorbent assay")
    starts = sorted(text.index(n) for n in ("TARC", "TNF-a", "IFN-y"))
    assert is_model_stimulus(text, text.index("TNF-a"), text.index("TNF-a") + 5, starts)
    assert is_model_stimulus(text, text.index("IFN-y"), text.index("IFN-y") + 5, starts)


def test_an_induced_process_and_the_treatment_under_study_are_not_the_model():
    # validation PMID19811499 (gold: TNF-alpha's invasion goes via BMP-2), PMID16872560 (gold: DMH lowers SOD),
    # new_papers_zh ChinaXiv-201801.00630V1's English title (gold: the channel and dexamethasone)
    assert not is_model_stimulus(*_at("In addition, BMP-2 mediates TNF-alpha-induced invasion of C4-2B cells in a "
                                      "NF-kappaB-dependent fashion.", "TNF-alpha"))
    assert not is_model_stimulus(*_at("glutathione reductase (GR) in DMH treated rats, which were significantly "
                                      "reversed (P<0.05) on caraway supplementation.", "DMH"))
    assert not is_model_stimulus(*_at("The epithelial Sodium Channel is involved in dexamethasone-induced osteoblast "
                                      "differentiation and mineralization", "dexamethasone"))
    # the stimulated cells as the subject: what they did is the stimulus's
    assert not is_model_stimulus(*_at("LPS-stimulated macrophages produced more IL-6.", "LPS"))


def test_a_gene_named_as_the_model_animals_genotype():
    # validation PMID26174316 (two sentences), new_papers_zh PMID-titled English abstract of esculeogenin A
    assert is_model_genotype(*_at("treatment with Illicium v. or atorvastatin counteracted the characteristic changes "
                                  "in body weight, blood pressure, and lipid levels seen in HFD-fed ApoE (-/-) mice.", "ApoE"))
    assert is_model_genotype(*_at("ApoE (-/-)mice, fed a HFD and treated daily for 12 weeks", "ApoE"))
    assert is_model_genotype(*_at("Esculeogenin A, a new tomato sapogenol, ameliorates hyperlipidemia and "
                                  "atherosclerosis in ApoE-Deficient mice by inhibiting ACAT", "ApoE"))
    assert not is_model_genotype(*_at("Improved cardiac function was observed after ApoE expression in mice", "ApoE"))


def test_a_sentence_contrasting_genotypes_is_a_loss_of_function_experiment():
    # validation PMID23571107: wild type against the knockout
    assert contrasts_genotypes("Using wildtype (WT) and Nf1(-/-) chondrocyte cultures in vitro, we show that FGF2 "
                               "pulse-stimulation triggers rapid ERK1/2 phosphorylation in both genotypes")
    # BioRED train PMID19692487: the mutant's phenotype states the gene's loss of function (5.5)
    assert contrasts_genotypes("In contrast, mPGES-1 -/- mice were largely resistant to lithium-induced polyuria "
                               "and a urine concentrating defect, accompanied by nearly complete blockade of high "
                               "urine PGE2 and cAMP output.")
    assert not contrasts_genotypes("In animal experiments, treatment with Illicium v. or atorvastatin counteracted "
                                   "the characteristic changes in body weight seen in HFD-fed ApoE (-/-) mice.")


def _pairs(annotator, text: str) -> set[tuple[str, str]]:
    from pipeline.relations.facts import facts_of

    facts = facts_of(annotator.annotate("t", text))
    return {(p.row[1], p.row[3]) for s in facts.sentences for p in s.typed_pairs()}


def test_the_treatment_gets_no_row_with_the_genotype_but_the_knockout_keeps_its_gene_rows(annotator, gene_id):
    apoe = gene_id("APOE")
    pairs = _pairs(annotator, "In animal experiments, treatment with Illicium v. or atorvastatin counteracted the "
                              "characteristic changes in body weight, blood pressure, and lipid levels seen in "
                              "HFD-fed ApoE (-/-) mice.")
    assert not [p for p in pairs if apoe in p]
    # validation PMID19536134 (gold: TAK1 with ERK, JNK, p38): a gene partner of the knockout stays
    tak1 = gene_id("MAP3K7")
    pairs = _pairs(annotator, "BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by "
                              "reduced expression of known BMP target genes as well as reduced phosphorylation of "
                              "Smad1/5/8 and p38/Jnk/Erk MAP kinases.")
    assert ("FPLX:ERK", tak1) in pairs

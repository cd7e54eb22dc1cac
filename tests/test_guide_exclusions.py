"""Genes that name cells or mouse lines are no relation partners (GUIDELINES 5.10, 5.5).

relations/cell_markers.py: a gene used as a cell population's marker ("CD11c+ cells", "IL-10-producing
macrophages"); relations/driver_lines.py: a Cre driver line's promoter ("Shh(CreERT2)") and the drug that
switches the recombinase on ("tamoxifen-inducible Cre"). Sentences from validation39_en and BioRED train/dev.
"""

from __future__ import annotations

from pipeline.relations.cell_markers import is_cell_marker
from pipeline.relations.driver_lines import is_driver_promoter, is_recombinase_switch


def _marker(text: str, name: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return is_cell_marker(text, start, start + len(name))


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_a_marker_with_a_sign_before_the_cell_noun_names_the_cells():
    # validation39_en PMID24743235 (= BioRED train 24743235)
    text = ("Further studies indicated that the CSF-1/CSF-1R axis contributed significantly to IL-3-induced CD11c+ "
            "cell generation through enhancing c-Fos-associated monopoiesis.")
    assert _marker(text, "CD11c")
    assert not _marker(text, "IL-3")
    text = "IL-3 and CSF-1 interact to promote generation of CD11c+ IL-10-producing macrophages."
    assert _marker(text, "CD11c") and _marker(text, "IL-10")
    # validation39_en PMID28660748 (BioRED train 28660748)
    text = ("Treatment of WT with clodronate liposomes suppressed liver metastasis by diminishing TGF-b1(+) F4/80(+) "
            "cells accumulation.")
    assert _marker(text, "TGF-b1")
    # BioRED train PMID25305591: markers glued one after another
    text = ("Moreover, the abundance and proliferative index of lymph node, thymus and CNS CD4(+)CD25(+)FoxP3(+) "
            "Tregs were strikingly reduced in VPAC2-deficient mice with EAE.")
    assert _marker(text, "CD4") and _marker(text, "CD25") and _marker(text, "FoxP3")
    assert not _marker(text, "VPAC2")
    # BioRED dev PMID27860185, train PMID28075473, free-pool-like osteoclast counts
    assert _marker("The attenuation of the recruitment of BM-derived c-kit(+) cells by sildenafil may provide novel "
                   "therapeutic insights into the control of pulmonary remodelling.", "c-kit")
    # BioRED train PMID27172902: a phenotype of glued markers between the product and the cell noun
    assert _marker("Furthermore, in vitro and in vivo investigations revealed a unique T cell population, "
                   "IL-10-producing CD3+CD4+LAG-3+CD49b+CD25-Foxp3- Tr1 cells, that was significantly increased",
                   "IL-10")
    assert _marker("Spirulina LPS impaired the antigen-presenting function that supports the generation of "
                   "IL-17-producing cells in a toll-like receptor (TLR)4-dependent manner.", "IL-17")


def test_coordinated_modifiers_and_glued_markers_name_cells_too():
    # validation PMID23571107 (gold: no FGFR–NF1 row), PMID26027517 (gold: no KIT row from the phenotype)
    text = ("We show first that neurofibromin is expressed in FGFR-positive prehypertrophic and hypertrophic "
            "chondrocytes during growth plate endochondral ossification.")
    assert _marker(text, "FGFR") and not _marker(text, "neurofibromin")
    text = ("LPA2 transcripts in Lin(-)Sca-1(+)c-Kit(+) enriched for bone marrow stem cells were 27- and 5-fold "
            "higher than in common myeloid or lymphoid progenitors, respectively.")
    assert _marker(text, "c-Kit") and _marker(text, "Sca-1") and not _marker(text, "LPA2")


def test_a_bare_cluster_of_differentiation_name_before_t_cells_is_a_marker():
    # BC5CDR dev PMID7905523, BioRED dev PMID19880293
    assert _marker("The mean increase in CD4 cells at week 4 was 73.8 cells/mm3 and 52.4 cells/mm3 for the "
                   "combination and zidovudine groups, respectively (p > 0.36).", "CD4")
    assert _marker("CD4(+)CD25(+) regulatory T cells (T-regs) have been suggested to be involved", "CD25")
    # BioRED train PMID28148288: the markers' expression is the read-out
    assert not _marker("sphere formation, ALDH activity, and expression of the CD44 and CD24 cell surface markers",
                       "CD24")


def test_a_gene_acting_on_cells_or_two_agents_joined_by_plus_are_no_markers():
    # validation39_en PMID18310445: "activin+GnRH" is a combined stimulus
    text = ("BMP-4 alone had no effect on FSH production, but enhanced the activin+GnRH-induced stimulation of "
            "FSHbeta mRNA and FSH secretion, without any effect on follistatin mRNA.")
    assert not _marker(text, "activin")
    # BioRED train PMID15184369: transfected cells express the gene under study
    assert not _marker("In contrast, dialyzing 0.5 mm EGTA into TRPV6-expressing cells readily activated Ca(2+) "
                       "inward currents, which were undetectable in non-transfected cells.", "TRPV6")
    # a genotype is relations/model_subjects.py's (BioRED PMID27663860)
    assert not _marker("In L-FABP(+/-) AT1a(+/+) mice that received DOCA-salt treatment, hypertension was induced",
                       "L-FABP")


def test_a_driver_lines_promoter_and_the_recombinase_switch():
    # validation39_en PMID24632946 (BioRED train 24632946)
    text = ("We modulated the b-catenin gene conditionally in endodermal epithelia by utilizing tamoxifen-inducible "
            "Cre driver line (Shh(CreERT2)).")
    assert is_driver_promoter(text, _end(text, "(Shh"))
    assert is_recombinase_switch(text, _end(text, "tamoxifen"))
    assert not is_driver_promoter(text, _end(text, "b-catenin"))
    # BioRED train PMID28777492, PMID28368537, PMID26516699; dev PMID29049388
    text = ("We investigated the effect of gankyrin in the tumor microenvironment of mice with liver parenchymal "
            "cell-specific gankyrin ablation (Alb-Cre;gankyrin(f/f) ) and gankyrin deletion both in liver "
            "parenchymal and non-parenchymal cells (Mx1-Cre;gankyrin(f/f) ).")
    assert is_driver_promoter(text, _end(text, "(Alb")) and is_driver_promoter(text, _end(text, "(Mx1"))
    assert not is_driver_promoter(text, _end(text, "effect of gankyrin"))
    text = ("Crossing Ltf-Cre mice with Lifr flx/flx mice generated Lifr flx/D:Ltf Cre/+ females that were overtly "
            "normal")
    assert is_driver_promoter(text, _end(text, "Crossing Ltf")) and is_driver_promoter(text, _end(text, ":Ltf"))
    assert not is_driver_promoter(text, _end(text, "with Lifr"))
    text = ("Here we created a conditional podocin knock-in model named NPHS2 R140Q/-, using a tamoxifen-inducible "
            "Cre recombinase, which permits to study the effects of the mutation in postnatal life.")
    assert is_recombinase_switch(text, _end(text, "tamoxifen"))
    # the drug under study is no switch (BC5CDR dev PMID9205462)
    text = ("CONCLUSION: Patients with tamoxifen-induced liver dysfunction may be at increased risk for granulosa cell "
            "tumors because of alterations in tamoxifen metabolism.")
    assert not is_recombinase_switch(text, _end(text, "tamoxifen"))


def _pairs(annotator, text: str) -> set[frozenset[str]]:
    from pipeline.relations.facts import facts_of

    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.row[1], p.row[3])) for s in facts.sentences for p in s.typed_pairs()}


def test_the_marker_gets_no_row_but_the_agents_keep_theirs(annotator, gene_id):
    # validation39_en PMID24743235: gold has no IL3–ITGAX, IL3–IL10 or CSF1–ITGAX row from this sentence
    pairs = _pairs(annotator, "IL-3 and CSF-1 interact to promote generation of CD11c+ IL-10-producing macrophages.")
    il3, csf1, itgax, il10 = (gene_id(g) for g in ("IL3", "CSF1", "ITGAX", "IL10"))
    assert frozenset((il3, csf1)) in pairs
    assert not any(itgax in p or il10 in p for p in pairs)
    # validation39_en PMID28660748: clodronate lowered the cells, not TGF-b1
    pairs = _pairs(annotator, "Treatment of WT with clodronate liposomes suppressed liver metastasis by diminishing "
                              "TGF-b1(+) F4/80(+) cells accumulation.")
    assert not any(gene_id("TGFB1") in p for p in pairs)


def test_a_dosage_form_is_no_compound(annotator):
    # validation39_en PMID23673480: "lotion" was one HerbiV ingredient row (curated/stoplist_terms.tsv), so the
    # product "Gold Lotion (GL)" and its anaphors became a compound with the paper's iNOS/COX-2/MMP findings
    text = ("Our previous studies demonstrated that oral administration of Gold Lotion (GL), an extract of multiple "
            "varieties of citrus peels containing abundant flavonoids, including a large percentage of "
            "polymethoxyflavones (PMFs), effectively suppressed azoxymethane (AOM)-induced colonic tumorigenesis.")
    adoc = annotator.annotate("t", text)
    assert not any("lotion" in m.entity_id.lower() for s in adoc.sentences for m in s.mentions)
    # BC2GM train: a drug's lotion is the drug's dosage form
    adoc = annotator.annotate("t", "relative to a clindamycin phosphate lotion (1% clindamycin; Dalacin T)")
    assert not any("lotion" in m.text.lower() for s in adoc.sentences for m in s.mentions)

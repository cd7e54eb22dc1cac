"""Stop 40: a stimulus keeps its own sign, and an agent's cue does not reach it (GUIDELINES 5.7, 5.16).

* "in response to" a gene: "abolished STAT3 activation in response to VEGF" (BioRED train PMID24623966), "down-regulation
  of Smad3 expression in response to TGF-beta" (validation_zh ChinaXiv-201712.00859V1, a reference title), "BMP-4 reduced
  LHbeta mRNA up-regulation in response to GnRH" (validation39_en PMID18310445): the gene after the phrase is the cause of
  the change named before it (relations/response_to.py read only herb and compound causes); the agent that reduces the
  change is no partner of the stimulus with a sign of its own (antagonism, 5.7).
* a stimulus's participle without its hyphen: "reduced … for iron-ascorbate induced lipid peroxidation, …, glutathione
  S-transferase and xanthine oxidase activities" (validation39_en PMID16789436) typed the herb ``activates`` GST ("induced"
  was read as the herb's verb); after a preposition, determiner or effect verb it is the stimulus's participle
  (relations/cue_scope.spaced_participle).
* co-stimuli: "enhanced the activin+GnRH-induced stimulation of FSHbeta mRNA" (PMID18310445), "blocks radiation/TNFa-induced
  cell death" (BioRED train): each mention joined by +, / or & before the participle's owner is its agent too, so the
  enhancer gets no signed row with activin (GUIDELINES 5.16) and activin gets its own row with FSHbeta.
* a coordinated predicate without a comma: "BMP-4 reduced LHbeta mRNA up-regulation in response to GnRH (+/-activin) and
  decreased GnRH receptor expression" (PMID18310445) — GnRH, an object of the first verb, is no agent of "decreased"
  (relations/cue_scope.in_coordinated_predicate, which read ", and <verb>" only).
"""

from __future__ import annotations

from tests.nlp_helpers import sentence_rows

VEGF_STAT3 = ("Knockdown of NOX4: 1) reduced VEGFR2 activation but did not abolish it and 2) abolished STAT3 activation in "
              "response to VEGF.")  # BioRED train PMID24623966
SMAD3_TGFB = ("Induction of apoptosis by Smad3 and down-regulation of Smad3 expression in response to TGF-beta in human "
              "normal lung epithelial cells")  # validation_zh ChinaXiv-201712.00859V1, reference title
GNRH_LHB = ("BMP-4 reduced LHbeta mRNA up-regulation in response to GnRH (+/-activin) and decreased GnRH receptor "
            "expression, which would favour FSH, rather than LH, synthesis and secretion.")  # validation39_en PMID18310445
TAMARIX = ("Prophylaxis with Tamarix gallica significantly reduced the susceptibility of the hepatic microsomal membrane "
           "for iron-ascorbate induced lipid peroxidation, H2O2 content, glutathione S-transferase and xanthine oxidase "
           "activities.")  # validation39_en PMID16789436
ACANTHOPANAX = ("Acanthopanax trifoliatus inhibits lipopolysaccharide induced inflammatory response in vitro and in "
                "vivo")  # sample ChinaXiv-201810.00267V1, reference title
NEUROTENSIN = ("Electrophysiological recordings showed that microinjection of neurotensin induced excitation of pallidal "
               "neurons in the presence of systemic haloperidol")  # BioRED train: a finite verb after "of"
RAS = "Tumor development in response to Ras activation varies between different tissues."  # BioRED train


def test_a_gene_activated_in_response_to_a_growth_factor_is_activated_by_it(annotator, gene_id):
    typed = sentence_rows(annotator, VEGF_STAT3)[("FPLX:VEGF", gene_id("STAT3"))]
    assert (typed.label, typed.agent) == ("activates", "FPLX:VEGF")


def test_a_gene_downregulated_in_response_to_a_cytokine_is_downregulated_by_it(annotator, gene_id):
    typed = sentence_rows(annotator, SMAD3_TGFB)[("FPLX:TGFB", gene_id("SMAD3"))]
    assert (typed.label, typed.agent) == ("downregulates", "FPLX:TGFB")  # was SMAD3 acting on TGF-beta


def test_the_stimulus_keeps_its_own_sign_and_the_reducer_none_with_it(annotator, gene_id):
    rows = sentence_rows(annotator, GNRH_LHB)
    typed = rows[("FPLX:GNRH", gene_id("LHB"))]
    assert (typed.label, typed.agent) == ("upregulates", "FPLX:GNRH")
    assert rows[(gene_id("BMP4"), gene_id("LHB"))].label == "downregulates"  # BMP-4's own row is unchanged
    assert rows[(gene_id("BMP4"), "FPLX:GNRH")].label == "associated"  # antagonism: no sign between them


def test_a_gene_named_with_its_state_is_no_cause():
    from pipeline.relations.effects import Span
    from pipeline.relations.response_to import response_label

    at = RAS.index("Ras")
    spans = [Span(0, 5, "GENE", "x"), Span(at, at + 3, "GENE", "HGNC:KRAS")]
    assert response_label(RAS, spans, spans[1], spans[0]) is None  # "in response to Ras activation"


def test_the_subjects_verb_reaches_a_list_past_a_spaced_stimulus_participle(annotator):
    pair = sentence_rows(annotator, TAMARIX)[("HERB001606", "FPLX:GST")]
    assert (pair.label, pair.agent) == ("inhibits", "HERB001606")  # was "activates" from "induced"


def test_a_spaced_participle_is_the_stimulus_only_after_a_noun_phrase_opener():
    from pipeline.relations.cue_scope import spaced_participle

    def reads(text: str, mention: str) -> bool:
        start = text.index(mention)
        cue = text.index("induced", start)
        return spaced_participle(text, start, start + len(mention), cue, "induced")

    assert reads(TAMARIX, "ascorbate")  # "for iron-ascorbate induced"
    assert reads(ACANTHOPANAX, "lipopolysaccharide")  # "inhibits lipopolysaccharide induced"
    assert not reads(NEUROTENSIN, "neurotensin")  # "microinjection of neurotensin induced excitation": the verb


ACTIVIN = ("BMP-4 alone had no effect on FSH production, but enhanced the activin+GnRH-induced stimulation of FSHbeta mRNA "
           "and FSH secretion, without any effect on follistatin mRNA.")  # validation39_en PMID18310445


def test_a_co_stimulus_is_the_participles_agent_and_no_target_of_the_enhancer(annotator, gene_id):
    rows = sentence_rows(annotator, ACTIVIN)
    assert rows[(gene_id("BMP4"), "FPLX:Activin")].label == "associated"  # was "activates" from "enhanced"
    typed = rows[("FPLX:Activin", gene_id("FSHB"))]
    assert (typed.label, typed.agent) == ("upregulates", "FPLX:Activin")  # was FSHB acting on activin


def test_an_object_of_the_first_verb_is_no_agent_of_the_coordinated_second(annotator, gene_id):
    rows = sentence_rows(annotator, GNRH_LHB)
    assert rows[("FPLX:GNRH", gene_id("GNRHR"))].label == "associated"  # was "downregulates" from BMP-4's "decreased"
    assert rows[(gene_id("BMP4"), gene_id("GNRHR"))].label == "downregulates"  # the subject's own row


DICO = ("Western blot assay demonstrated that DICO decreased Bcl-2 level and induced Bax translocation to cause cytochrome c "
        "release.")  # validation_en PMID23567243


def test_a_purpose_chain_after_the_second_predicate_is_kept(annotator, gene_id):
    typed = sentence_rows(annotator, DICO)[(gene_id("BCL2"), gene_id("CYCS"))]
    assert (typed.label, typed.agent) == ("inhibits", gene_id("BCL2"))  # "decreased Bcl-2 … to cause cytochrome c release"

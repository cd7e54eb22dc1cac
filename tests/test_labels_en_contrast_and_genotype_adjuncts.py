"""Stop 48 (English labels, tuned on BioRED train): two general clause classes of results sentences.

* A whereas-clause with a treatment of its own (relations/passive_subjects.own_contrast_clause): "Protein level of
  BDNF was reduced in Dox-treated rat ventricles, whereas BDNF … were markedly up-regulated after BDNF
  administration" — the up-regulation is BDNF administration's, not doxorubicin's; the later BDNF mention must not
  lend doxorubicin the contrast clause's verb (BioRED: Negative_Correlation; we said ``upregulates`` before).
* A genotype named in a time adjunct, or a gain-of-function genotype (relations/readout_clauses.loss_group_change):
  "reduced expression of MMP-9, PLAU, and cathepsin B were found after LDHA knockdown" — LDHA ``upregulates`` each
  (BioRED: Positive_Correlation; we said ``associated``); "p27Kip1 … upregulated in the Ras transgenic lenses".
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import passive_subjects, readout_clauses

# BioRED train PMID28098423 (the abbreviation's definition, then the results sentence)
DOX = ("The clinical application of doxorubicin (Dox) is limited by its adverse effect of cardiotoxicity. Protein level "
       "of BDNF was reduced in Dox-treated rat ventricles, whereas BDNF and its receptor tropomyosin-related kinase B "
       "(TrkB) were markedly up-regulated after BDNF administration.")
# BioRED train PMID25983002
LDHA = ("Lactate dehydrogenase A (LDHA) executes the final step of aerobic glycolysis and has been reported to be involved "
        "in the tumor progression. Mechanistically, decreased Warburg effect as demonstrated by reduced glucose "
        "consumption and lactate secretion and reduced expression of MMP-9, PLAU, and cathepsin B were found after LDHA "
        "knockdown or FX11 treatment in PC-3 and DU145 cells.")
# BioRED train PMID20105280, its read-out reduced to the one recognised item of "p27Kip1 and p57Kip2"
RAS = "Coincidentally, p27Kip1 was upregulated in the Ras transgenic lenses but not in the corneas."


def test_the_contrast_clause_with_its_own_treatment_is_not_the_agents(annotator, gene_id):
    pair = typed_pairs(annotator, DOX)[("MESH:D004317", gene_id("BDNF"))]
    assert (pair.label, pair.agent) == ("downregulates", "MESH:D004317")


def test_own_contrast_clause_needs_the_contrast_and_an_adjunct_after_the_verb():
    text = DOX.split(". ", 1)[1]
    agent_end = text.index("Dox-treated") + 3
    verb = text.index("up-regulated")
    assert passive_subjects.own_contrast_clause(text, agent_end, verb, verb + len("up-regulated"))
    plain = text.replace(" after BDNF administration", "")
    assert not passive_subjects.own_contrast_clause(plain, agent_end, verb, verb + len("up-regulated"))


def test_a_knockdown_named_in_a_time_adjunct_acts_on_the_listed_read_outs(annotator, gene_id):
    pairs = typed_pairs(annotator, LDHA)
    for target in ("MMP9", "PLAU", "CTSB"):
        pair = pairs[(gene_id("LDHA"), gene_id(target))]
        assert (pair.label, pair.agent) == ("upregulates", gene_id("LDHA")), target


def test_a_transgenic_group_keeps_the_sign_of_the_change(annotator, gene_id):
    pair = typed_pairs(annotator, RAS)[(gene_id("CDKN1B"), "FPLX:RAS")]
    assert pair.agent == "FPLX:RAS" and pair.label in ("activates", "upregulates")


def test_gain_and_loss_genotypes_are_told_apart():
    assert readout_clauses._GENOTYPE_AFTER.match(" transgenic lenses").group("gain")
    assert readout_clauses._GENOTYPE_AFTER.match(" knockdown or FX11").group("gain") is None
    assert readout_clauses._GROUP_BEFORE.search("were found after ")


# validation_en and BioRED train PMID26027517 (gold CGK-733 ``inhibits`` ATM; BioRED Negative_Correlation)
CGK = ("In IEC-6 crypt cells and jejunum enteroids quantitative RT-PCR showed a time- and dose-dependent upregulation of "
       "lpa2 in response to gamma-irradiation that was abolished by mutation of the NF-kappaB site in the lpa2 promoter "
       "or by inhibition of ATM/ATR kinases with CGK-733, suggesting that lpa2 is a DNA damage response gene upregulated "
       "by ATM via NF-kappaB.")


def test_slash_siblings_share_the_head_before_an_instrument(annotator, gene_id):
    pairs = typed_pairs(annotator, CGK)
    for target in ("ATM", "ATR"):
        pair = pairs[("MESH:C512273", gene_id(target))]
        assert (pair.label, pair.agent) == ("inhibits", "MESH:C512273"), target


# BioRED train PMID25979836 (BioRED: EGF Positive_Correlation with PAK2; we said ``associated``)
PAK2 = ("PAK2 was activated by some pancreatic growth-factors [EGF, PDGF, bFGF], by secretagogues activating "
        "phospholipase-C (PLC) [CCK, carbachol, bombesin] and by post-receptor stimulants activating PKC [TPA], but not "
        "agents only mobilizing cellular calcium or increasing cyclic AMP.")


def test_a_class_noun_by_agent_lends_its_bracketed_members_the_verb(annotator, gene_id):
    pairs = typed_pairs(annotator, PAK2)
    for member in (gene_id("EGF"), "FPLX:PDGF"):
        pair = pairs[(gene_id("PAK2"), member)]
        assert (pair.label, pair.agent) == ("activates", member), member


def test_a_participle_before_the_bracket_is_no_class_noun():
    from pipeline.relations import by_agents

    assert by_agents._BY_AGENT.match(" by some pancreatic growth-factors [")
    assert not by_agents._BY_AGENT.match(" by inhibiting growth-factors [")
    assert not by_agents._BY_AGENT.match(" by the treated samples (")

"""Stop 42 (English labels): a sign the sentence states, read where the pair was left ``associated`` or given the
wrong kind (activity vs amount, GUIDELINES 2).

* a residue between the gene and its phosphorylation ("IRS serine phosphorylation"): activity, ``activates``;
* a slash-joined sibling before the noun ("Smad1/5 phosphorylation induced by BMP-4"): each sibling's activity;
* a promoter-driven transcription is the gene's amount ("FSHbeta promoter-driven transcription"): ``upregulates``;
* the agent compounded with the passive participle ("… Spred1 and Eaf1 were EPO-induced"): the agent's sign.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

IRS = ("Kinases, including IKKbeta, JNK, ERK, mTOR, and S6K, activated by the inducers of insulin resistance induce "
       "uncontrolled IRS serine phosphorylation.")  # validation40_en PMID19683471
SMAD = ("Smad1/5 phosphorylation induced by BMP-4, indicating activation of BMP signalling, was the same whether BMP-4 "
        "was used alone or combined with activin+/-GnRH.")  # validation39_en PMID18310445
FSHB = ("In contrast, in mouse LbetaT2 gonadotrophs, others have shown a stimulatory effect of BMPs on basal or "
        "activin-stimulated FSHbeta promoter-driven transcription.")  # validation39_en PMID18310445
EPO = ("For example, not only Socs3 plus Socs2 but also Spred2, Spred1 and Eaf1 were EPO-induced as negative-feedback "
       "components.")  # validation40_en PMID22808010 (BioRED train holds the abstract too)
EPO_ATTRIBUTIVE = ("EPO-induced Socs3 expression was examined in erythroblasts.")  # the attributive form: not this rule


def test_a_residue_between_gene_and_phosphorylation_names_its_activity(annotator, gene_id):
    typed = typed_pairs(annotator, IRS)
    for kinase in (gene_id("IKBKB"), gene_id("MTOR"), "FPLX:ERK", "FPLX:P70S6K"):
        pair = typed[(kinase, "FPLX:IRS")]
        assert (pair.label, pair.agent) == ("activates", kinase)


def test_a_slash_sibling_shares_the_phosphorylation_and_its_by_agent(annotator, gene_id):
    typed = typed_pairs(annotator, SMAD)
    for smad in ("SMAD1", "SMAD5"):
        pair = typed[(gene_id(smad), gene_id("BMP4"))]
        assert (pair.label, pair.agent) == ("activates", gene_id("BMP4"))


def test_promoter_driven_transcription_is_the_genes_amount(annotator, gene_id):
    pair = typed_pairs(annotator, FSHB)[("FPLX:Activin", gene_id("FSHB"))]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:Activin")


def test_the_agent_of_a_hyphenated_passive_participle_acts_on_every_coordinated_subject(annotator, gene_id):
    typed = typed_pairs(annotator, EPO)
    for symbol in ("SOCS3", "SOCS2", "SPRED2", "SPRED1", "EAF1"):
        pair = typed[(gene_id(symbol), gene_id("EPO"))]
        assert (pair.label, pair.agent) == ("upregulates", gene_id("EPO"))


def test_the_hyphenated_participle_needs_the_passive_auxiliary():
    from pipeline.relations import by_agents
    from pipeline.relations.cues import find_cues

    text = EPO_ATTRIBUTIVE
    socs = text.index("Socs3")
    epo = text.index("EPO")
    assert by_agents.compound_agent_cue(text, socs, socs + 5, epo, epo + 3, find_cues(text)) is None
    text = EPO
    socs, epo = text.index("Eaf1"), text.index("EPO")
    cue, sign = by_agents.compound_agent_cue(text, socs, socs + 4, epo, epo + 3, find_cues(text))
    assert (cue.text, sign) == ("induced", 1)


# two drugs named as one regimen or one joint effect (combination.py, effects._COMBINATION_OF; GUIDELINES 2 and 5.4)
SYNERGY = "A synergistic effect of etoposide and cyclosporin A was observed in a patient with acute T-lymphocytic leukemia in relapse."  # validation41_en PMID3865016
REGIMEN = ("Results reported here are from a multicenter, open-label study in de novo pediatric renal transplant patients "
           "(<or=16 yr), in which patients received everolimus with cyclosporine and corticosteroids for one yr, then entered "
           "an extension study for a further two yr.")  # validation41_en PMID18466433
SUPPLEMENT_DOC = ("A prospective, randomized study was conducted to evaluate the role of vitamin B12 and folinic acid supplementation "
                  "in preventing zidovudine (ZDV)-induced bone marrow suppression. Vitamin B12 and folinic acid supplementation of "
                  "ZDV therapy does not seem useful in preventing or reducing ZDV-induced myelotoxicity in the overall treated "
                  "population.")  # validation41_en PMID7628595 (two sentences: the first defines ZDV)


def test_a_joint_effect_of_two_drugs_is_their_combination(annotator):
    assert typed_pairs(annotator, SYNERGY)[("CPD:etoposide", "CPD:cyclosporine")].label == "combined_with"


def test_drugs_received_with_each_other_are_one_regimen(annotator):
    assert typed_pairs(annotator, REGIMEN)[("CPD:everolimus", "CPD:cyclosporine")].label == "combined_with"


def test_a_supplement_of_a_therapy_is_combined_with_it_even_where_the_therapy_induces_a_toxicity(annotator):
    from pipeline.relations.effects import Span, label_pair
    from pipeline.relations.facts import facts_of

    sentence = facts_of(annotator.annotate("t", SUPPLEMENT_DOC)).sentences[-1]
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in sentence.mentions]
    zdv = next(m.entity_id for m in sentence.mentions if m.text == "ZDV")
    for supplement in ("CPD:vitamin-b12", "CPD:folinic-acid"):
        assert label_pair(sentence.text, spans, supplement, zdv).label == "combined_with"


def test_combination_reads_a_regimen_and_a_supplement_but_not_a_bare_with():
    from types import SimpleNamespace

    from pipeline.relations import combination

    def pair(text, a, b):
        i, j = text.index(a), text.index(b)
        return SimpleNamespace(start=i, end=i + len(a)), SimpleNamespace(start=j, end=j + len(b))

    text = "patients received everolimus with cyclosporine"
    assert combination.added_to(text, *pair(text, "everolimus", "cyclosporine"))
    text = "cells incubated everolimus with cyclosporine"  # no verb of giving a treatment
    assert not combination.added_to(text, *pair(text, "everolimus", "cyclosporine"))


# stated membership in English (effects._EN_MEMBER_BEFORE, _EN_FAMILY_EXAMPLES; GUIDELINES 2 member_of, 5.16)
COMPONENT = ("b-Catenin is a critical component of canonical Wnt signaling and is essential for the regulation of cell "
             "differentiation and morphogenesis during embryogenesis.")  # validation39_en PMID24632946
EXAMPLES = ("The expression of bone morphogenetic protein (Bmp) genes, such as Bmp4 and Bmp7, was also ectopically induced "
            "in the epithelia of the URS in the b-catenin GOF mutants.")  # validation39_en PMID24632946


def test_a_component_of_a_named_pathway_is_its_member(annotator, gene_id):
    pair = typed_pairs(annotator, COMPONENT)[(gene_id("CTNNB1"), "hsa04310")]
    assert (pair.label, pair.agent) == ("member_of", gene_id("CTNNB1"))


def test_a_familys_genes_such_as_a_and_b_are_its_members_and_the_list_ends_at_the_clause(annotator, gene_id):
    typed = typed_pairs(annotator, EXAMPLES)
    for symbol in ("BMP4", "BMP7"):
        assert typed[(gene_id(symbol), "FPLX:BMP")].label == "member_of"
    assert typed[(gene_id("CTNNB1"), "FPLX:BMP")].label != "member_of"


# inhibits, stated through a second conjunct, a medicinal-chemistry series, or a nominal subject's loss
PROTECT = ("Insulin-like growth factor-1 (IGF-1) is known to protect tissues from multiple types of damage, and protect "
           "cells from apoptosis.")  # validation38_en PMID28260056
SERIES = ("Synthesis and dual biological effects of hydroxycinnamoyl phenylalanyl/prolyl hydroxamic acid derivatives as "
          "tyrosinase inhibitor and antioxidant.")  # validation40_en PMID23305921 (title)
AMIDES = ("Structural optimization of 2,5-thiophene amides as highly potent and selective 17β-hydroxysteroid "
          "dehydrogenase type 2 inhibitors for the treatment of osteoporosis.")  # validation40_en PMID23145773 (title)
BLOCKADE = ("Importantly, gene deletion or blockade of KCa3.1 restored AKT/mechanistic target of rapamycin signaling both "
            "in vivo and in vitro.")  # validation39_en PMID30442153


def test_the_second_conjunct_of_protect_from_names_the_process_inhibited(annotator, gene_id):
    pair = typed_pairs(annotator, PROTECT)[(gene_id("IGF1"), "hsa04210")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("IGF1"))


def test_a_series_as_the_targets_inhibitors_inhibits_it(annotator, gene_id):
    assert typed_pairs(annotator, SERIES)[("MESH:D006877", gene_id("TYR"))].label == "inhibits"
    assert typed_pairs(annotator, AMIDES)[("CPD:thiophene", gene_id("HSD17B2"))].label == "inhibits"


def test_the_series_form_needs_the_class_noun_before_as():
    from pipeline.relations.inhibitor import _IS_A

    assert _IS_A.fullmatch(" derivatives as ")
    assert not _IS_A.fullmatch(" treatment as well as ")


def test_a_nominal_loss_is_the_subject_of_the_next_verb_not_a_co_object(annotator, gene_id):
    typed = typed_pairs(annotator, BLOCKADE)
    pair = typed[(gene_id("KCNN4"), "AXIS:FPLX:AKT/HGNC:3942")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("KCNN4"))  # its loss restored the signalling


def test_english_needs_a_coordinator_between_two_verb_phrases_chinese_does_not():
    from pipeline.relations import coordination

    text = "Inhibition of KCa3.1 increased AKT signaling."
    end, verb = text.index(" increased"), text.index("increased")
    assert not coordination.coordinated_objects(text, end, text.index("KCa3.1"), verb, verb + 9, text.index("AKT"))
    text = "inhibition of KCa3.1 and increased AKT signaling"
    verb = text.index("increased")
    assert coordination.coordinated_objects(text, text.index(" and"), text.index("KCa3.1"), verb, verb + 9,
                                            text.index("AKT"))


# a gene required for another's level or activity raises it (requirements.py)
IDE = ("The type 2 diabetes associated gene Ide is required for insulin secretion and suppression of α-synuclein levels "
       "in β-cells.")  # validation40_en PMID23349488 (title)
HEB = ("HEB is required in immature CD24+CD73- gd T cells for the expression of Sox4, Sox13, and Rorc, and these genes "
       "are repressed by acute expression of the HEB antagonist Id3.")  # BioRED train PMID29222418


def test_a_gene_required_for_a_secretion_upregulates_it(annotator, gene_id):
    pair = typed_pairs(annotator, IDE)[(gene_id("IDE"), gene_id("INS"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("IDE"))


def test_a_gene_required_for_the_expression_of_a_list_upregulates_each_item(annotator, gene_id):
    typed = typed_pairs(annotator, HEB)
    for symbol in ("SOX4", "SOX13", "RORC"):
        pair = typed[(gene_id("TCF12"), gene_id(symbol))]
        assert (pair.label, pair.agent) == ("upregulates", gene_id("TCF12"))


def test_a_requirement_without_a_level_or_activity_noun_states_no_sign():
    from pipeline.relations.requirements import required_for

    text = "RANK is required for osteoclastogenesis and NFATc1 is essential too."
    assert required_for(text, 4, text.index("NFATc1"), text.index("NFATc1") + 6) is None
    text = "Akt is not required for mTOR activation."
    assert required_for(text, 3, text.index("mTOR"), text.index("mTOR") + 4) is None


# the nominal-loss subject meets a harm named after a gene: the verb acts on the harm (roles._PHENOTYPE_AFTER)
DEPENDENT_HARM = ("Inhibition of autophagy promotes CYP2E1-dependent toxicity in HepG2 cells via elevated oxidative "
                  "stressmitochondria dysfunction and activation of p38 and JNK MAPK")  # free ChinaXiv pool, ChinaXiv-201711.01383V1 (reference title)


def test_a_harm_named_after_the_gene_it_depends_on_is_no_target_of_the_verb(annotator, gene_id):
    pair = typed_pairs(annotator, DEPENDENT_HARM)[("hsa04140", gene_id("CYP2E1"))]
    assert pair.label == "associated"


RATIO = "The ratio of RANKL to OPG was significantly increased in Col1a1-Cnn1 osteoblasts."  # validation40_en PMID23044709


def test_a_ratios_second_term_is_no_agent_of_the_ratios_change(annotator, gene_id):
    pair = typed_pairs(annotator, RATIO)[(gene_id("TNFRSF11B"), gene_id("CNN1"))]
    assert (pair.label, pair.agent) == ("associated", "")


COLCHICUM = ("INTRODUCTION: Colchicum autumnale, commonly known as the autumn crocus or meadow saffron, contains the "
             "antimitotic colchicine, which binds to tubulin and prevents it forming microtubules that are part of the "
             "cytoskeleton in all cells.")  # validation41_en PMID15088997


def test_a_naming_apposition_between_herb_and_verb_keeps_the_composition_in_reach(annotator):
    pair = typed_pairs(annotator, COLCHICUM)[("HERB004559", "CPD:colchicine")]
    assert (pair.label, pair.agent) == ("contains", "HERB004559")


GREEN_TEA_DOC = ("The present study was aimed to investigate the combined effects of green tea and vitamin E on heart weight, "
                 "body weight, serum marker enzymes, lipid peroxidation, endogenous antioxidants and membrane bound ATPases in "
                 "isoproterenol (ISO)-induced myocardial infarction in rats. These findings indicate the synergistic protective "
                 "effect of green tea and vitamin E during ISO induced myocardial infarction in rats.")  # BioRED train PMID19058010


def test_a_joint_effects_noun_joins_the_drugs_named_after_it_not_the_models_inducer(annotator):
    from pipeline.relations.effects import Span, label_pair
    from pipeline.relations.facts import facts_of

    sentence = facts_of(annotator.annotate("t", GREEN_TEA_DOC)).sentences[-1]
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in sentence.mentions]
    ids = {m.text: m.entity_id for m in sentence.mentions}
    assert label_pair(sentence.text, spans, ids["green tea"], ids["vitamin E"]).label == "combined_with"
    assert label_pair(sentence.text, spans, ids["green tea"], ids["ISO"]).label != "combined_with"


ZDV_ARMS = ("Seventy-five human immunodeficiency virus (HIV)-infected patients with CD4+ cell counts < 500/mm3 were randomized "
            "to receive either ZDV (500 mg daily) alone (group I, n = 38) or in combination with folinic acid (15 mg daily) "
            "and intramascular vitamin B12 (1000 micrograms monthly) (group II, n = 37).")  # validation41_en PMID7628595


def test_a_combination_nouns_cue_still_reaches_drugs_parted_by_a_dose_bracket(annotator):
    assert typed_pairs(annotator, ZDV_ARMS)[("CPD:folinic-acid", "CPD:vitamin-b12")].label == "combined_with"

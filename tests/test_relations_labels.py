"""Issue 14, label accuracy on the new-paper development gold: rules pinned on real sentences.

The sentences are in tests/data/relation_sentences_labels.tsv with their source (the new-paper
texts under corpus/new_papers/; an excerpt keeps the sentence that defines an abbreviation the
finding uses). Each rule is general: a level phrase over a long list, a cue word inside an
abbreviation's long form, a treated group compared with a control group, degree adverbs
between a read-out and its predicate, second messengers as relation partners.
"""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key, typed_sentence

from pipeline.relations import coordination, cue_scope
from pipeline.relations.cues import find_cues
from pipeline.relations.effects import Span

SENTENCES = sentences_tsv("relation_sentences_labels.tsv")


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


# --- a level phrase that runs through a long list ------------------------------------------

def test_level_phrase_reaches_through_a_parenthesised_list():
    text = SENTENCES["level_list_en"]
    for name in ("MMP-3", "IL-6", "RANTES"):
        assert coordination.in_level_phrase(text, text.index(name, text.index("mRNA levels")))
    # the phrase ends at its verb: what follows is no longer inside it
    assert not coordination.in_level_phrase(text, text.index("MB in a dose"))


def test_passive_suppression_of_mrna_levels_downregulates(annotator, gene_id):
    text = SENTENCES["level_list_en"]
    _, label = typed_sentence(annotator, "t", text, "mRNA levels")
    for symbol in ("MMP3", "TNF", "IL6", "CCL2"):
        assert label("HERB000569", gene_id(symbol)).label == "downregulates", symbol


def test_inhibited_release_of_mediators_downregulates(annotator, gene_id):
    text = SENTENCES["release_en"]
    _, label = typed_sentence(annotator, "t", text, "release of")
    for symbol in ("TNF", "IL1B", "IL6"):
        assert label("HERB004186", gene_id(symbol)).label == "downregulates", symbol


# --- a cue word inside an abbreviation's long form -----------------------------------------

def test_cue_inside_a_long_form_is_dropped():
    text = SENTENCES["long_form_en"].split(". ")[-1]
    spans = [Span(text.index(w), text.index(w) + len(w), "GENE", w) for w in ("iNOS", "COX-2", "NF-kB")]
    cues = find_cues(text)
    dropped = cue_scope.long_form_cues(text, spans, cues)
    assert text.index("inducible") in dropped
    assert text.index("blocked") not in dropped and text.index("inhibited") not in dropped


def test_inducible_in_a_name_does_not_upregulate(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", SENTENCES["long_form_en"], "inducible")
    for symbol in ("NOS2", "PTGS2"):
        assert label("HERB004186", gene_id(symbol)).label == "downregulates", symbol


def test_elevated_in_a_gene_name_does_not_upregulate(typed, gene_id):
    pairs = typed("long_form_aeg1_en")
    for symbol in ("MTDH", "BIRC5"):
        assert pairs[("CPD:ursolic-acid", gene_id(symbol))].label == "downregulates", symbol


# --- Chinese results: degree adverbs and group comparisons ---------------------------------

def test_degree_adverb_between_level_and_predicate(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", SENTENCES["degree_zh"], "不同程度的增加")
    assert label("MESH:C048995", gene_id("FZD7")).label == "upregulates"


def test_treated_group_higher_than_control_upregulates(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "t", SENTENCES["group_higher_zh"], "P62相对")
    text = sentence.text  # as the pipeline reads it (LaTeX of the figures normalised)
    assert cue_scope.group_comparison(text, 3, 8, 11)[0] == 1
    assert label("CPD:bafilomycin-a1", gene_id("SQSTM1")).label == "upregulates"


def test_group_comparison_needs_a_read_out_before_the_group():
    text = "BAF组细胞增殖活力显著低于Control组"
    assert cue_scope.group_comparison(text, 0, 0, 3) is None  # no read-out named before the group


# --- second messengers are relation partners (GUIDELINES 5.3, 5.11) ------------------------

def test_cgmp_is_a_relation_partner(annotator):
    from pipeline.relations.facts import facts_of
    from pipeline.relations.pairs import sentence_pairs

    sentence = facts_of(annotator.annotate("t", SENTENCES["second_messenger_zh"])).sentences[0]
    pairs = {(p.a[1], p.b[1]) for p in sentence_pairs(sentence.text, sentence.mentions)}
    assert ("FPLX:SCNN", "MESH:D006152") in pairs or ("MESH:D006152", "FPLX:SCNN") in pairs


# --- a transmitter named as a read-out is the target, not the agent -------------------------

def test_released_transmitter_is_the_target(annotator, gene_id):
    from pipeline.relations import roles

    text = SENTENCES["readout_zh"]
    assert roles.is_readout(text, text.index("5-HT"), text.index("5-HT") + 4)  # "释放5-HT"
    _, label = typed_sentence(annotator, "t", text, "并促进EC释放5-HT")
    pair = label(gene_id("CRH"), "CPD:serotonin")
    assert (pair.label, pair.agent) == ("upregulates", gene_id("CRH"))
    _, label = typed_sentence(annotator, "t", SENTENCES["readout_release_zh"], "触发钙内流")
    assert label(gene_id("IL33"), "CPD:serotonin").label == "upregulates"  # "诱导 5-HT 的释放"


def test_a_transmitter_acting_is_still_the_agent():
    from pipeline.relations import roles

    text = "5-HT也可以直接作用于肠神经元及肌细胞等效应器发挥作用"  # same paper: 5-HT acts, nothing released
    assert not roles.is_readout(text, 0, 4)


# --- a reagent named after a coordinated axis targets each member ---------------------------

def test_antagonist_of_a_slash_pair_inhibits_both(typed, gene_id):
    pairs = typed("axis_antagonist_ref")
    tarextumab = next(a for a, _ in pairs if a.startswith("DRUGBANK:") or "tarextumab" in a.lower())
    for symbol in ("NOTCH2", "NOTCH3"):
        assert pairs[(tarextumab, gene_id(symbol))].label == "inhibits", symbol


# --- p- glued to the word before it (OCR) still names phosphorylation ------------------------

def test_phospho_prefix_after_a_chinese_word_is_activity(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", SENTENCES["phospho_glued_zh"], "骨骼肌p-Akt蛋白的表达均不同程度的增加")
    assert label("MESH:C048995", "FPLX:AKT").label == "activates"


def test_degradation_of_a_listed_protein_raises_it(annotator, gene_id):
    _, label = typed_sentence(annotator, "t", SENTENCES["long_form_en"], "degradation")
    assert label("HERB004186", gene_id("NFKBIA")).label == "upregulates"  # "inhibited the degradation of … IkBa"


def test_group_code_glued_to_a_phospho_prefix_is_no_gene(annotator, gene_id):
    # "Model组TAp-mTOR蛋白": TA (tibialis anterior) + p-mTOR; "TAp" is not the gene TAP
    sentence, label = typed_sentence(annotator, "t", SENTENCES["phospho_glued_code_zh"], "KA组TAp-mTOR")
    assert not any(sentence.text[m.sentence_start:m.sentence_end] == "TAp" for m in sentence.mentions)
    assert label("MESH:C048995", gene_id("MTOR")).label == "activates"


def test_higher_than_a_group_is_no_verb_on_a_process(annotator):
    # "BAF组及O+B组自噬相关蛋白LC3Ⅱ、P62均高于OXA组": the member proteins are higher, which does
    # not say that bafilomycin A1 activates autophagy (the paper: it blocks it)
    _, label = typed_sentence(annotator, "t", SENTENCES["compared_member_zh"], "值得注意的是")
    assert label("CPD:bafilomycin-a1", "hsa04140").label != "activates"


def test_apoptosis_inside_a_role_descriptor():
    from pipeline.relations import roles

    text = SENTENCES["descriptor_zh"]  # "…并下调抗凋亡蛋白Bcl-2和Bcl-xL的表达,诱导人肺癌H460细胞凋亡…"
    inside = text.index("抗凋亡蛋白") + 1
    assert roles.in_role_descriptor(text, inside, inside + 2)
    process = text.index("细胞凋亡并") + 2
    assert not roles.in_role_descriptor(text, process, process + 2)


def test_means_after_a_listed_end_gives_the_chain(annotator, gene_id):
    # "attenuated the levels of TNF-a and IL-6 … by inhibiting the NF-kB pathway": IL-6 is a
    # list item of the end, not a mention that breaks the means chain (GUIDELINES 2, chains)
    _, label = typed_sentence(annotator, "t", SENTENCES["means_list_en"], "attenuated the levels of TNF-a")
    for symbol in ("TNF", "IL6"):
        assert label("hsa04064", gene_id(symbol)).label == "upregulates", symbol


def test_activity_after_a_parenthesised_abbreviation(typed, gene_id):
    # "提高超氧化物歧化酶(SOD)的活性", "升高…肿瘤坏死因子(TNF-·a)的活力": activity, not level
    pairs = typed("activity_abbrev_zh")
    assert pairs[("HERB005717", "FPLX:SOD")].label == "activates"
    assert pairs[("CPD:acanthoic-acid", gene_id("TNF"))].label == "activates"


# --- a family, then its members listed ----------------------------------------------------

def test_a_family_listing_its_members_makes_each_a_member(annotator):
    sentence, label = typed_sentence(annotator, "t", SENTENCES["family_lists_zh"], "组成")
    for member in ("FPLX:ERK", "FPLX:p38", "FPLX:JNK"):
        assert label(member, "FPLX:MAPK").label == "member_of", member
        assert label(member, "FPLX:MAPK").agent == member


def test_a_member_after_a_clause_break_is_not_listed(annotator):
    text = "MAPK家族由ERK和p38组成,而JNK可被多种应激激活。"
    sentence, label = typed_sentence(annotator, "t", text, "组成")
    assert label("FPLX:p38", "FPLX:MAPK").label == "member_of"
    assert label("FPLX:JNK", "FPLX:MAPK").label != "member_of"


# --- a compound named as a read-out of another compound ----------------------------------

def test_a_compound_raising_a_transmitter_level_upregulates_it(annotator):
    # GUIDELINES 5.3: transmitters and hormones are COMPOUND entities, whether given or measured
    _, label = typed_sentence(annotator, "t", SENTENCES["readout_butyrate_zh"], "丁酸")
    result = label("CPD:butyrate", "CPD:serotonin")
    assert (result.label, result.agent) == ("upregulates", "CPD:butyrate")


def test_a_drug_inhibiting_a_hormone_s_production_downregulates_it(annotator):
    text = "Thiazolidinediones (TZDs) affect osteoblast viability. " + SENTENCES["readout_tzd_en"]
    sentence, label = typed_sentence(annotator, "t", text, "estradiol")
    ids = {m.text.lower(): m.entity_id for m in sentence.mentions}
    assert label(ids["tzds"], ids["estradiol"]).label == "downregulates"


def test_a_dose_of_the_treatment_is_no_read_out(annotator):
    # "随着芍药苷浓度的增加": the cue follows the compound; PM2.5 does not act on paeoniflorin
    sentence, label = typed_sentence(annotator, "t", SENTENCES["dose_paeoniflorin_zh"], "芍药苷")
    ids = {m.text: m.entity_id for m in sentence.mentions}
    assert label(ids["PM2.5"], ids["芍药苷"]).label not in ("upregulates", "downregulates", "activates", "inhibits")

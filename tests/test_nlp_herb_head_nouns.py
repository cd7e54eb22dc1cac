"""A herb named by a specific English name and then by its head noun (nlp/herb_context.head_noun_herbs),
and a pharmacopoeia drug's English name kept before its source plant's binomial (nlp/common_names):
validation PMID26707750 "Korean red ginseng (Panax ginseng)" … "ginseng" is 红参 (HERB002319), not
人参 (HERB004609), in all twelve findings."""

from pipeline.nlp.herb_context import head_noun_herbs, relink_head_nouns
from pipeline.nlp.matcher import Mention

RED_GINSENG, GINSENG, AMERICAN_GINSENG = "HERB002319", "HERB004609", "HERB_AG"


def _herbs(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "HERB"]


def test_red_ginseng_before_its_binomial_stays_red_ginseng(annotator):
    # validation PMID26707750 (title): 红参 is a pharmacopoeia drug of its own, made from Panax ginseng
    found = _herbs(annotator, "Effects of Korean red ginseng (Panax ginseng) on obesity and adipose inflammation in "
                              "ovariectomized mice.")
    assert ("red ginseng", RED_GINSENG) in found
    # validation PMID26961224: the same name elsewhere, no binomial after it
    found = _herbs(annotator, "This study was to investigate whether combination with Red ginseng and Polygoni "
                              "Multiflori Radix (RGPM), would reduce the toxicity.")
    assert ("Red ginseng", RED_GINSENG) in found


def test_green_tea_before_its_binomial_is_still_the_binomials_herb(annotator):
    # validation PMID24561153: HERB's Green Tea (绿茶) is no pharmacopoeia drug; the binomial's 茶叶 is meant
    found = _herbs(annotator, "Green tea (Camellia sinensis, CS) has been used as a beverage for centuries.")
    assert found[0] == ("Green tea", "HERB000632")


def test_bare_head_noun_after_the_specific_name_is_the_specific_herb(annotator):
    # validation PMID26707750: title, then the abstract's sentences use "ginseng" alone
    text = ("Effects of Korean red ginseng (Panax ginseng) on obesity and adipose inflammation in ovariectomized mice.\n\n"
            "Ginseng treatment also decreased blood vessel density, MMP activity, and mRNA levels of angiogenic factors "
            "(e.g., VEGF-A and FGF-2) and MMPs (e.g., MMP-2 and MMP-9) in adipose tissues of OVX mice. Infiltrating "
            "inflammatory cells and expression of inflammatory cytokines (e.g., CD68, TNFa and MCP-1) in adipose tissue "
            "were reduced by ginseng.")
    found = _herbs(annotator, text)
    assert ("Ginseng", RED_GINSENG) in found and ("ginseng", RED_GINSENG) in found
    assert ("ginseng", GINSENG) not in found and ("Ginseng", GINSENG) not in found


def _m(text, entity_id, start):
    return Mention(start, start + len(text), entity_id, "HERB", "dictionary", text)


def test_head_noun_needs_one_specific_herb_named_first():
    named_first = [_m("red ginseng", RED_GINSENG, 0), _m("ginseng", GINSENG, 40)]
    assert head_noun_herbs(named_first) == {"ginseng": RED_GINSENG}
    # the bare name first: the paper is about ginseng, the specific one a comparison
    assert head_noun_herbs([_m("ginseng", GINSENG, 0), _m("red ginseng", RED_GINSENG, 40)]) == {}
    # two specific herbs share the head: no reading
    two = [_m("red ginseng", RED_GINSENG, 0), _m("American ginseng", AMERICAN_GINSENG, 20), _m("ginseng", GINSENG, 60)]
    assert head_noun_herbs(two) == {}
    # the binomial of the bare name's own herb is no competitor
    binomial = [_m("red ginseng", RED_GINSENG, 0), _m("Panax ginseng", GINSENG, 20), _m("ginseng", GINSENG, 60)]
    assert head_noun_herbs(binomial) == {"ginseng": RED_GINSENG}
    relinked = relink_head_nouns([_m("Ginseng", GINSENG, 0), _m("red ginseng", RED_GINSENG, 10)], {"ginseng": RED_GINSENG})
    assert [(m.entity_id, m.how) for m in relinked] == [(RED_GINSENG, "head-noun"), (RED_GINSENG, "dictionary")]


def test_code_stem_alone_is_the_coded_extract(annotator):
    # validation PMID15154282: "EGb 761" (Ginkgo biloba extract) then "the EGb group"
    text = ("It has been shown that Ginkgo biloba Extract (EGb 761) increases peripheral and cerebral blood flow. "
            "Sixty male Wister rats were divided into normal, carbon tetrachloride (CCl4) and EGb groups, and were given "
            "normal saline, CCl4 and CCl4 plus EGb 761, respectively, for 10 weeks.\n\n"
            "The amount of MDA, ET-1 and PAF was markedly reduced in the EGb group than in the CCl4 group.")
    found = _herbs(annotator, text)
    assert found.count(("EGb", "HERB006632")) == 2  # "EGb groups", "the EGb group"
    assert ("EGb 761", "HERB006632") in found


def test_code_stems_need_a_mixed_case_stem_of_one_code():
    from pipeline.nlp.extract_abbreviations import code_stem_mentions, code_stems

    def m(text, eid, label="HERB"):
        return Mention(0, len(text), eid, label, "dictionary", text)

    assert code_stems([m("EGb 761", "H1")]) == {"EGb": "H1"}
    assert code_stems([m("SB 203580", "C1", "COMPOUND")]) == {}  # all capitals: a symbol's shape
    assert code_stems([m("EGb 761", "H1"), m("EGb 762", "H2")]) == {}  # one stem, two preparations
    text = "EGb 761 and the EGb group"
    coded = Mention(0, 7, "H1", "HERB", "dictionary", "EGb 761")
    out = code_stem_mentions(text, [coded], {"EGb": "H1"}, lambda _e: "HERB")
    assert [(x.text, x.start) for x in out] == [("EGb 761", 0), ("EGb", 16)]


def test_patrinia_binomial_is_the_drug_herba_patriniae(annotator):
    # validation PMID25500894: the paper's plant is the drug 败酱草 (HERB000221), not HERB's plant row 黄花败酱
    found = _herbs(annotator, "Patrinia scabiosaefolia (PS) has long been used as an important component in traditional "
                              "Chinese medicine formulas to treat gastrointestinal malignancies including colorectal cancer "
                              "(CRC). Moreover, EEPS treatment decreased the expression of pro-proliferative CyclinD1 and "
                              "CDK4, at both the mRNA and protein levels.")
    assert ("Patrinia scabiosaefolia", "HERB000221") in found
    assert all(eid != "HERB002508" for _, eid in found)
    found = _herbs(annotator, "Extracts of Patrinia scabiosifolia inhibited tumour growth.")
    assert any(eid == "HERB000221" for _, eid in found)

"""The studied agent or a listed class referred to across sentences (issue 14, stop 29).

* "This was followed by …" (relations/cross_sentence.py): the previous agent's effect and its sequel;
* definite descriptions of the extract, "the polysaccharide fractions", "Extract treatment"
  (nlp/definite_descriptions.py);
* class nouns defined by a list and reused, "antioxidant enzymes (… SOD …, CAT …)" … "decreased
  antioxidant enzyme activity" (nlp/collective_anaphors.py).

Real sentences of the validation abstracts (corpus/validation/en: PMID24789042, PMID25337542,
PMID15224410, PMID23424207, PMID11273016), each pair missed before ("both recognised, never in one
sentence") and in the gold."""

from nlp_helpers import best_labels

from pipeline.nlp.collective_anaphors import definitions, uses
from pipeline.nlp.definite_descriptions import descriptions

CORDYCEPS = ("We demonstrated that Cordyceps militaris extract remarkably suppressed tumor growth via induction of "
             "apoptotic cell death in culture that links to the abrogation of VEGF production in melanoma cells. "
             "This was followed by mitigation of Akt1 and GSK-3b activation, while p38a phosphorylation levels were "
             "increased. Extract treatment in mouse model xenografted with human melanoma cells resulted in a dramatic "
             "antitumor effect with down-regulation of VEGF expression.")
# the same abstract's background sentence before the sequel: the herb is no subject of an effect verb
CORDYCEPS_BACKGROUND = ("The herbal medicinal mushroom Cordyceps militaris has been reported to show potential "
                        "anticancer properties including anti-angiogenic capacity; however, its concrete properties "
                        "have yet to be fully demonstrated. This was followed by mitigation of Akt1 and GSK-3b "
                        "activation, while p38a phosphorylation levels were increased.")
POLYSACCHARIDE = ("The expressions of inflammatory markers including COX-2, iNOS and IL-8 increased after H. pylori "
                  "infection, of which levels were significantly decreased when treating with the polysaccharide "
                  "fractions from Artemisia and ginseng in RGM1 and gastric cancer MKN-28 cells. In addition, the "
                  "polysaccharide fractions significantly ameliorated H. pylori-induced angiogenic and invasive markers "
                  "such as HIF-1a and ICAM1. Moreover, H. pylori-induced apoptosis were prevented by pretreatment with "
                  "the polysaccharide fractions.")
NIGELLA = ("To assess changes in the cellular antioxidant defense system, we measured the activities of antioxidant "
           "enzymes (such as glutathione peroxidase (GSHPx), superoxide dismutase (SOD), and catalase (CAT)) in "
           "pancreatic homogenates. We also measured serum nitric oxide (NO) and erythrocyte and pancreatic tissue "
           "malondialdehyde (MDA) levels, a marker of lipid peroxidation, to determine whether there is an imbalance "
           "between oxidant and antioxidant status. Pancreatic beta-cells were examined by immunohistochemical "
           "methods. STZ induced a significant increase in lipid peroxidation and serum NO concentrations, and "
           "decreased antioxidant enzyme activity. NS treatment has been shown to provide a protective effect by "
           "decreasing lipid peroxidation and serum NO, and increasing antioxidant enzyme activity.")
NIGELLA_DEFINED = ("The aim of the present study was to evaluate the possible protective effects of Nigella sativa L. "
                   "(NS) against beta-cell damage from streptozotocin (STZ)-induced diabetes in rats. ")
CADMIUM = ("Acute intoxication with Cd was also followed by significantly decreased activity of the antioxidant defence "
           "system (superoxide dismutase (SOD), catalase (CAT), glutathione peroxidase (GSH-Px), glutathione reductase "
           "(GR), glutathione (GSH), and glutathione-S-transferase (GST)). Treatment with RUT and Se reversed "
           "Cd-induced alterations of antioxidant defence system and significantly prevented Cd-induced testes damage "
           "and depletion of plasma and testicular Se levels.")
CADMIUM_DEFINED = "Cadmium (Cd) is known to cause oxidative damage in the testes of rats. "

CORDYCEPS_ID, GINSENG_ID, NIGELLA_ID = "HERB006666", "HERB004609", "HERB006868"
AKT1, GSK3B, VEGF, HIF1A, ICAM1, APOPTOSIS = "HGNC:391", "HGNC:4617", "FPLX:VEGF", "HGNC:4910", "HGNC:5344", "hsa04210"
SOD, CAT, GPX, GSR = "FPLX:SOD", "HGNC:1516", "FPLX:GPX", "HGNC:4623"
STZ, CADMIUM_ID = "MESH:D013311", "MESH:D002104"


_pairs = best_labels  # tests/nlp_helpers.py


def test_this_was_followed_by_links_the_previous_agent(facts):
    pairs = _pairs(facts(CORDYCEPS))
    for gene in (AKT1, GSK3B):  # "mitigation of Akt1 and GSK-3b activation"
        label, weight = pairs[(CORDYCEPS_ID, gene)]
        assert label == "inhibits" and weight < 1  # a cross-sentence reading weighs less than a stated pair


def test_followed_by_after_a_background_sentence_links_nothing(facts):
    pairs = _pairs(facts(CORDYCEPS_BACKGROUND))
    assert (CORDYCEPS_ID, AKT1) not in pairs and (CORDYCEPS_ID, GSK3B) not in pairs


def test_the_fractions_are_the_herb_named_before(facts):
    doc = facts(POLYSACCHARIDE)
    pairs = _pairs(doc)
    assert pairs[(GINSENG_ID, HIF1A)][0] == "inhibits" and pairs[(GINSENG_ID, ICAM1)][0] == "inhibits"
    assert pairs[(GINSENG_ID, APOPTOSIS)][0] == "inhibits"  # "prevented by pretreatment with the … fractions"
    # the chemical class inside the description is not what acted
    assert ("CPD:polysaccharides", HIF1A) not in pairs


def test_extract_treatment_is_the_extract_named_before(facts):
    doc = facts(CORDYCEPS)
    last = doc.sentences[-1]
    assert [(m.text, m.entity_id) for m in last.mentions if m.how == "cross-sentence"] == [("Extract", CORDYCEPS_ID)]


def test_descriptions_naming_their_source_or_two_herbs_are_not_anaphors(facts):
    # "the extract of S. miltiorrhiza" (PMID11273016) names its source; "fractions from Artemisia" too
    assert descriptions("the extract of S. miltiorrhiza markedly reduced protein expression of alpha-smooth "
                        "muscle cell-like actin", "en") == []
    assert descriptions("treating with the polysaccharide fractions from Artemisia and ginseng", "en") == []
    # a singular description after a sentence naming two herbs: which one is not said
    text = ("The effects of Panax ginseng and Cordyceps militaris were compared. The extract significantly "
            "ameliorated H. pylori-induced markers such as HIF-1a and ICAM1.")
    second = facts(text).sentences[-1]
    assert not [m for m in second.mentions if m.how == "cross-sentence"]


def test_a_listed_class_noun_stands_for_its_members(facts):
    pairs = _pairs(facts(NIGELLA_DEFINED + NIGELLA))
    for gene in (SOD, CAT, GPX):
        assert pairs[(STZ, gene)][0] == "inhibits"  # "STZ … decreased antioxidant enzyme activity"
        label, weight = pairs[(NIGELLA_ID, gene)]  # "NS treatment … increasing antioxidant enzyme activity"
        assert label == "activates" and weight < 1
    assert (SOD, CAT) not in pairs and (CAT, GPX) not in pairs  # the members are no partners of each other


def test_the_defence_system_of_another_abstract(facts):
    doc = facts(CADMIUM_DEFINED + CADMIUM)
    last = doc.sentences[-1]
    members = {m.entity_id for m in last.mentions if m.how == "collective"}
    assert {SOD, CAT, GPX, GSR} <= members
    assert all(m.text == "antioxidant defence system" for m in last.mentions if m.how == "collective")


def test_class_nouns_and_their_uses():
    assert definitions("we measured the activities of antioxidant enzymes (such as glutathione peroxidase (GSHPx), "
                       "superoxide dismutase (SOD)) in homogenates", [], "en") == {}  # no member recognised: none
    assert uses("and decreased antioxidant enzyme activity", {("", "antioxidant", "enzyme"): ()}, "en")
    # a use followed by its own list is a new definition, not an anaphor
    assert not uses("the antioxidant enzymes (SOD, CAT)", {("", "antioxidant", "enzyme"): ()}, "en")



def test_a_chinese_class_noun_and_its_use(facts):
    # ChinaXiv-201712.00767V1 (corpus/new_papers/zh): the methods define the class by its list, a caption
    # of the same paper names it alone
    sentence = facts("1.2.9Westernblot检测自噬(Beclin1、P62)及凋亡相关蛋白(Bcl-2、Bax)表达").sentences[0]
    local = [type("M", (), {"start": m.sentence_start, "end": m.sentence_end, "label": m.label,
                            "entity_id": m.entity_id}) for m in sentence.mentions]
    defined = definitions(sentence.text, local, "zh")
    assert list(defined.values()) == [("HGNC:990", "HGNC:959")]  # BCL2, BAX; not the autophagy pair
    assert uses("图6不同药物处理对胃癌MGC-803细胞凋亡相关蛋白 表达的影响", defined, "zh")


def test_no_collective_reading_without_an_agent_or_past_the_window(facts):
    # the class noun reused in a sentence naming no herb or compound: nothing to relate it to
    text = NIGELLA.replace("STZ induced", "Diabetes induced").replace("NS treatment", "Diabetes")
    doc = facts(text)
    assert not [m for s in doc.sentences for m in s.mentions if m.how == "collective"]
    # four unrelated sentences between the definition and the use: no reading
    far = NIGELLA.replace("Pancreatic beta-cells were examined by immunohistochemical methods. ",
                          "Pancreatic beta-cells were examined by immunohistochemical methods. " * 2)
    far = far.split(" NS treatment")[0].replace("STZ induced", "Body weight was recorded. STZ induced")
    doc = facts(NIGELLA_DEFINED + far)
    assert not [m for s in doc.sentences for m in s.mentions if m.how == "collective"]


# BioRED train PMID30836660 (shared/data/dev/annotated/biored), a third abstract; its "Sal" written out
SALIDROSIDE = ("Additionally, salidroside also reduces the levels of serum biochemical markers and decreases the "
               "release of inflammatory cytokines (IL-1beta, IL-6, TNF-alpha). Furthermore, salidroside treatment "
               "significantly decreases the release of inflammatory cytokines and inhibits the TLR4/NF-kappaB and "
               "MAPK signaling pathways.")


def test_class_members_pair_with_the_agent_only(facts):
    doc = facts(SALIDROSIDE)
    last = doc.sentences[-1]
    members = {m.entity_id for m in last.mentions if m.how == "collective"}
    assert members == {"HGNC:5992", "HGNC:6018", "HGNC:11892"}  # IL1B, IL6, TNF
    pairs = {frozenset((p.a[1], p.b[1])): p.label for p in last.typed_pairs()}
    assert pairs[frozenset(("CPD:salidroside", "HGNC:11892"))] == "downregulates"
    assert not [p for p in pairs if p & members and not any(i.startswith("CPD:") for i in p)]

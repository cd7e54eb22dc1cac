"""A plural class noun a dictionary defines stands for the class members named before (nlp/collective_anaphors.py
``resolve_classes``): "… activities of glutathione peroxidase and catalase … were found. Pretreatment of the cells
with CLE … significantly elevated the cell survival, antioxidant enzyme activities" (validation38_en PMID15350833),
"… increased expression of CXCL1 and IL-1beta … . … inflammatory mediators are increased above that observed in WT
with CYP" (BioRED train PMID18483878). Real sentences, copied verbatim."""

from nlp_helpers import best_labels

from pipeline.nlp.collective_anaphors import class_uses, is_member

# validation38_en PMID15350833 (corpus/validation/en/15350833.txt), four consecutive sentences
CURCUMA = ("A water extract of Curcuma longa L. (Zingiberaceae) (CLE), having O2*- scavenging activity rescued PC12 "
           "cells from pyrogallol-induced cell death. The present study was also conducted to examine the effect of "
           "CLE on H2O2 -induced toxicity in rat pheochromocytoma line PC12 by measuring cell lesion, level of lipid "
           "peroxidation and antioxidant enzyme activities. Following a 30 min exposure of the cells to H2O2 (150 "
           "microM), a marked decrease in cell survival, activities of glutathione peroxidase and catalase as well as "
           "increased production of malondialdehyde (MDA) were found. Pretreatment of the cells with CLE (0.5-10 "
           "microg/ml) prior to H2O2 exposure significantly elevated the cell survival, antioxidant enzyme activities "
           "and decreased the level of MDA.")
# validation_en PMID23603382 (corpus/validation/en/23603382.txt): two agents in the sentence with the class noun
ARSENIC = ("The mRNA levels of SOD1, CAT, GPx and Txnrd1 were increased significantly (P<0.05) in the combined "
           "Na2SeO3+NaAsO2 treatment group. The expressions of HSP70 and HO-1 were significantly (P<0.05) increased in "
           "the NaAsO2 group and reduced in the combined treatment group. The results indicate that long-term intake "
           "of NaAsO2 causes oxidative damage in the rat liver, and Na2SeO3 protects liver cells by adjusting the "
           "expression of oxidative stress related genes to improve the activities of antioxidant enzymes.")
CLE, GPX, CAT = "HERB002840", "FPLX:GPX", "HGNC:1516"
IL1B, IL10, CXCL1 = "HGNC:5992", "HGNC:5962", "HGNC:4602"


def test_antioxidant_enzymes_stand_for_the_enzymes_named_before(facts):
    doc = facts(CURCUMA)
    last = doc.sentences[-1]
    assert {m.entity_id for m in last.mentions if m.how == "collective"} == {GPX, CAT}
    assert {m.text for m in last.mentions if m.how == "collective"} == {"antioxidant enzyme"}  # "activities" after it
    pairs = best_labels(doc)
    for gene in (GPX, CAT):
        label, weight = pairs[(CLE, gene)]
        assert label == "activates" and weight < 1  # a cross-sentence reading, below a stated pair


def test_no_reading_when_two_agents_share_the_sentence(facts):
    last = facts(ARSENIC).sentences[-1]
    assert not [m for m in last.mentions if m.how == "collective"]


def test_class_uses():
    # BioRED train PMID18483878
    found = class_uses("The data suggest that in VIP(-/-) mice with bladder inflammation, inflammatory mediators are "
                       "increased above that observed in WT with CYP.", "en")
    assert [(kind, pro) for _, _, kind, pro in found] == [("cytokine", True)]
    # a restricted class is another set: Th2 cytokines (validation_en PMID23195129), an anti-inflammatory one
    assert not class_uses("COE significantly inhibited serum total IgE; Th2 cytokines IL-4, IL-5 and IL-13", "en")
    assert not class_uses("the levels of anti-inflammatory cytokines were increased", "en")
    # a class noun followed by its own list is a definition (nlp/collective_anaphors.definitions), not an anaphor
    assert not class_uses("decreases the release of inflammatory cytokines (IL-1beta, IL-6, TNF-alpha)", "en")


def test_class_membership():
    assert is_member(IL1B, "cytokine", True) and is_member(CXCL1, "chemokine")
    assert is_member(IL10, "cytokine") and not is_member(IL10, "cytokine", pro_inflammatory=True)
    assert is_member(CAT, "antioxidant") and not is_member(IL1B, "antioxidant")

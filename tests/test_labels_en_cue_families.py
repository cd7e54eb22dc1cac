"""Stop 33: English effect verbs added to relations/cues.py by morphological family, and an of-chain of
event nouns after "associated with".

The verbs are the converse or the intensifier of verbs already in the lexicon, each with every inflection and
nominalisation (a cue must start a word, so "stabiliz" is not found in "destabilization", nor "activat" in
"inactivated"):

* up: stabilize / stabilization (a protein kept from turnover stays at a higher level); down: destabilize;
* activate: potentiate, exacerbate, aggravate, accelerate, evoke, elicit;
* inhibit: inactivate / inactivation, deactivate, antagonize (not the noun "antagonist": drug_classes.py),
  counteract, blunt, dampen.

"associating with the suppression of stabilization of VE-cadherin" states a correlation: an of-genitive chain of
event nouns is one noun phrase, and the cue inside it is no effect of the subject (effects._ASSOCIATED_WITH).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_helpers import typed_pairs, typed_sentence

from pipeline.relations.cues import find_cues

HSP90 = ("Meanwhile, Co-IP results demonstrated that Hsp90beta could interact with and stabilize TAK1, AMPKalpha, "
         "IKKalpha/beta, HIF-1alpha and Raptor, whereas Hsp90beta inhibition disrupted this process.")  # validation_en PMID27248656
NOGGIN = "The spemann organizer signal noggin binds and inactivates bone morphogenetic protein 4."  # validation_zh ChinaXiv-201806.00158V1 (reference)
SAG_DOC = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "25622904.txt"  # Sag = RNF7 there
WOGONIN = ("The mechanism revealed that wogonin inhibited H2O2-induced phosphorylation of caveolin-1 (cav-1) associating "
           "with the suppression of stabilization of VE-cadherin and β-catenin.")  # new_papers_en PMID23246481
WOGONIN_ID = "CPD:wogonin"


def _kinds(text: str) -> dict[str, str]:
    return {c.text: c.kind for c in find_cues(text)}


@pytest.mark.parametrize("text, word, kind", [
    (HSP90, "stabilize", "up"),
    ("Pyruvate kinase M2 promotes invasion through phosphorylation and stabilization of PAK2 protein.", "stabilization", "up"),
    ("Hsp90beta inhibition caused the destabilization of upstream mediators in various pathogenic signalling events.",
     "destabilization", "down"),  # validation_en PMID27248656
    ("the KITD816V mutation destabilizes the inactive conformation of the KIT activation loop", "destabilizes", "down"),  # PMID16434489
    (NOGGIN, "inactivates", "inhibit"),
    ("Targeted ER gene inactivation has shown that ERβ plays an important role", "inactivation", "inhibit"),  # PMID23200732
    ("and paeoniflorin obviously antagonized these efects of PM2.5.", "antagonized", "inhibit"),  # ChinaXiv-201806.00141V1
    ("Intermittent PTH (1-34) administration counteracts the inhibition of bone formation by GC excess.", "counteracts", "inhibit"),
    ("which was blunted by neutralizing anti-IL-11 antibody", "blunted", "inhibit"),  # PMID23397032
    ("PGE2 accelerated production of IL-1beta in fetal mouse osteoblast", "accelerated", "activate"),  # PMID12067102
    ("Activation of ERK by epidermal growth factor is potentiated by cAMP-elevating agents", "potentiated", "activate"),
    ("TGF-β1 evokes myoblast apoptotic response via a novel signaling pathway", "evokes", "activate"),
])
def test_family_members_are_cues_of_their_class(text, word, kind):
    assert _kinds(text).get(word) == kind


@pytest.mark.parametrize("text", ["X, a TNF-alpha antagonist, was given", "Hsp90beta stabilization", "an inactivated virus"])
def test_a_cue_starts_a_word_and_agent_nouns_stay_out(text):
    kinds = _kinds(text)
    assert "antagonist" not in kinds and kinds.get("stabilization", "up") == "up"
    assert not any(k in ("up",) for w, k in kinds.items() if w.startswith("activat"))


def test_stabilize_raises_the_level_of_each_listed_client(annotator, gene_id):
    typed = typed_pairs(annotator, HSP90)
    for client in ("MAP3K7", "HIF1A", "RPTOR"):
        pair = typed[(gene_id("HSP90AB1"), gene_id(client))]
        assert (pair.label, pair.agent) == ("upregulates", gene_id("HSP90AB1"))


def test_inactivates_inhibits_and_a_loss_of_the_agent_flips_it(annotator, gene_id):
    pair = typed_pairs(annotator, NOGGIN)[(gene_id("NOG"), gene_id("BMP4"))]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("NOG"))
    _, typed = typed_sentence(annotator, "PMID25622904", SAG_DOC.read_text(encoding="utf-8"), "Sag deletion inactivates Kras")
    pair = typed(gene_id("RNF7"), gene_id("KRAS"))
    assert (pair.label, pair.agent) == ("activates", gene_id("RNF7"))  # "Sag deletion inactivates Kras": Sag activates it


def test_a_cue_inside_an_event_noun_chain_after_associated_with_is_no_effect(annotator, gene_id):
    typed = typed_pairs(annotator, WOGONIN)
    for target in ("CDH5", "CTNNB1"):
        assert typed[(WOGONIN_ID, gene_id(target))].label == "associated"


# a participle's coordinated objects (effects: "X-induced Y" acts on every later item of Y's list)
COENZYME = ("Immunohistochemical analysis revealed that coenzyme Q10 significantly decreased the cisplatin-induced "
            "expression of iNOS, caspase-3 and p53 in renal tissue.")  # after BioRED train PMID20510337 (list shortened)
VITAMIN_K2 = ("Vitamin K2 can rescue the dexamethasone-induced downregulation of osteoblast autophagy and mitophagy "
              "thereby restoring osteoblast function in vitro and in vivo")  # review jin2025_autophagy
CISPLATIN, DEXAMETHASONE = "MESH:D002945", "CPD:dexamethasone"


def test_a_participle_reaches_every_item_of_its_object_list(annotator, gene_id):
    typed = typed_pairs(annotator, COENZYME)
    for target in ("NOS2", "CASP3", "TP53"):  # p53, the third item, was left associated (five words from the participle)
        pair = typed[(CISPLATIN, gene_id(target))]
        assert (pair.label, pair.agent) == ("upregulates", CISPLATIN)


def test_a_participle_change_noun_reaches_the_second_process(annotator):
    typed = typed_pairs(annotator, VITAMIN_K2)
    for process in ("hsa04140", "hsa04137"):  # autophagy, and mitophagy after "and" (left associated)
        pair = typed[(DEXAMETHASONE, process)]
        assert (pair.label, pair.agent) == ("inhibits", DEXAMETHASONE)


# an effect verb over a -sion nominal composes as over a -tion one (effects._outer_cue)
PTH = ("Parathyroid hormone (1-34) counteracts the suppression of interleukin-11 expression by glucocorticoid in murine "
       "osteoblasts: a possible mechanism for stimulating osteoblast differentiation against glucocorticoid excess.")  # PMID23397032 title
PTH_ID = "CPD:teriparatide"


def test_a_verb_over_a_sion_nominal_multiplies_the_signs(annotator, gene_id):
    pair = typed_pairs(annotator, PTH)[(PTH_ID, gene_id("IL11"))]
    assert (pair.label, pair.agent) == ("upregulates", PTH_ID)  # counteracting a suppression raises IL-11
    pair = typed_pairs(annotator, "Metformin attenuated the repression of PTEN expression in hepatocytes.")[
        ("CPD:metformin", gene_id("PTEN"))]
    assert pair.label == "upregulates"


# the agent's participle nearest before the target states the pair (effects: owned participles)
TNBS = ("Kalopanaxsaponin B, a main constituent of KP, inhibited TNBS-induced colonic inflammation, including colon "
        "shortening, and TNBS-increased myeloperoxidase activity pro-inflammatory cytokine expression and NF-kB "
        "activation in mice.")  # validation_en PMID24009834


def test_the_participle_nearest_the_target_states_the_pair(annotator, gene_id):
    pair = typed_pairs(annotator, TNBS)[("MESH:D014302", gene_id("MPO"))]
    assert (pair.label, pair.agent) == ("activates", "MESH:D014302")  # TNBS-increased MPO activity


AOPP = ("实验结果显示:SB203580可明显抑制AOPPs诱导的p38MAPK磷酸化(图2,P<0.05),并明显抑制AOPPs下调的E-cadherin的蛋白(图3A)和"
        "mRNA(图3B)水平表达(P<0.05),及明显抑制AOPPs上调的vimentin的蛋白(图3A)和mRNA(图3C)水平表达(P<0.05)。")  # new_papers_zh ChinaXiv-201801.00669V1


def test_the_nearest_participle_holds_in_chinese_too(annotator, gene_id):
    typed = typed_pairs(annotator, AOPP)
    aopp = "MESH:D062107"  # advanced oxidation protein products
    assert typed[(aopp, gene_id("CDH1"))].label == "downregulates"  # AOPPs下调的E-cadherin, not AOPPs诱导的 (the first)
    assert typed[(aopp, gene_id("VIM"))].label == "upregulates"


# a by-agent named through its administration with schedule or route and form (relations/by_agents.py)
CNP = ("Importantly, in vivo ERK1/2 inhibition by daily injection of a recombinant form of C-type natriuretic peptide "
       "to post-natal pups for 18 days was able to correct the short stature of Nf1col2(-/-) mice.")  # validation_en PMID23571107
DESIPRAMINE = ("Down-regulation of norepinephrine transporter function induced by chronic administration of desipramine "
               "linking to the alteration of sensitivity of local-anesthetics-induced convulsions.")  # BioRED train PMID16725121


def test_a_by_agent_given_daily_in_a_recombinant_form_is_the_agent(annotator, gene_id):
    pair = typed_pairs(annotator, CNP)[(gene_id("NPPC"), "FPLX:ERK")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("NPPC"))


def test_a_by_agent_given_chronically_stays_the_agent(annotator, gene_id):
    pair = typed_pairs(annotator, DESIPRAMINE)[("MESH:D003891", gene_id("SLC6A2"))]
    assert (pair.label, pair.agent) == ("downregulates", "MESH:D003891")

"""Relations across two adjacent sentences, by an anaphoric subject (relations/cross_sentence.py).

Real sentences of the validation abstracts (corpus/validation/en: PMID25373392, PMID23571107,
PMID19811499, PMID18308784, PMID12396303), where the rule was developed, and of the unannotated
development abstracts (../shared/data/dev/pubmed: PMID20164825, PMID23673480)."""

import pytest
from nlp_helpers import best_evidence

from pipeline.batch.aggregate import fold

FORSYTHIA = ("FSREE induced cancer cell apoptosis and growth arrest by downregulating B-cell lymphoma (Bcl)-2, "
             "Bcl-extra large and myeloid cell leukemia 1, while upregulating Bcl-2-associated X protein. "
             "This led to the activation of poly(ADP ribose) polymerase, caspase-3 and caspase-9, but not caspase-8.")
FORSYTHIA_DEFINED = ("In the present study, the anti-tumor activity of the ethanolic extract of Forsythia suspensa root "
                     "(FSREE) against esophageal carcinoma cells was investigated. ")
NF1 = ("Using mice lacking neurofibromin 1 (Nf1) in type II collagen-expressing cells, (Nf1col2(-/-) mutant mice), "
       "we then show that lack of neurofibromin in post-mitotic chondrocytes triggers a number of phenotypes "
       "reminiscent of the ones observed in mice characterized by FGFR gain-of-function mutations. Those include "
       "dwarfism, constitutive ERK1/2 activation, strongly reduced Ihh expression and decreased chondrocyte "
       "proliferation and maturation, increased chondrocytic expression of Rankl, matrix metalloproteinase 9 (Mmp9) "
       "and Mmp13 and enhanced growth plate osteoclastogenesis.")
NOGGIN = ("Unlike BMP-4, BMP-2 protein enhanced the invasive properties of C4-2B cells, but not in LNCaP cells. "
          "Also, this effect was nullified by Noggin.")
RG1 = ("We conclude that Rg1 may significantly improve the spatial learning capacity impaired by chonic morphine "
       "administration and restore the morphine-inhibited LTP. This effect is NMDA receptor dependent.")
LPS_MODEL = ("Anaesthetized rats challenged with a high dosage of endotoxin (Escherichia coli lipopolysaccharide; LPS; "
             "50 mg kg(-1), i.v.) for 6 h showed a severe decrease in mean arterial pressure. This was accompanied by "
             "delayed bradycardia, vascular hyporeactivity to phenylephrine and increase in plasma levels of lactate "
             "dehydrogenase, aspartate aminotransferase, bilirubin and creatinine, as well as NOx.")
METFORMIN = ("Metformin treatment fully blocked gentamicin-mediated acute renal failure. This was accompanied by a "
             "lower activity of N-acetyl-beta-D-glucosaminidase, together with a decrease of lipid peroxidation.")
# PMID23673480 with its agent ("Gold Lotion (GL)", linked elsewhere) named metformin and its enzyme list cut
TREATMENT_WITH = ("Our data demonstrated that treatment with metformin by both intraperitoneal (i.p.) injection and oral "
                  "administration dramatically reduced both the weights and volumes of the tumors. These inhibitory "
                  "effects were accompanied by down-regulation of the protein levels of cyclooxygenase-2 (COX-2).")


_pairs = best_evidence  # tests/nlp_helpers.py


def test_this_led_to_links_the_previous_herb(facts):
    doc = facts(FORSYTHIA_DEFINED + FORSYTHIA)
    pairs = _pairs(doc)
    for gene in ("HGNC:1504", "HGNC:1511", "FPLX:PARP"):  # caspase-3, caspase-9, PARP
        label, weight, evidence = pairs[("HERB003361", gene)]
        assert label == "activates"
        assert evidence.startswith("FSREE induced") and "This led to" in evidence  # both sentences


def test_cross_sentence_pairs_weigh_less_than_the_same_statement_in_one_sentence(facts):
    crossed = _pairs(facts(FORSYTHIA_DEFINED + FORSYTHIA))[("HERB003361", "HGNC:1504")]
    within = _pairs(facts(FORSYTHIA_DEFINED + "FSREE led to the activation of poly(ADP ribose) polymerase, "
                          "caspase-3 and caspase-9, but not caspase-8."))[("HERB003361", "HGNC:1504")]
    assert crossed[0] == within[0] == "activates"
    assert crossed[1] < within[1]


def test_phenotypes_of_a_lost_gene_flip_the_sign(facts):
    pairs = _pairs(facts(NF1))
    assert pairs[("HGNC:7765", "HGNC:5956")][0] == "upregulates"  # reduced Ihh without Nf1
    assert pairs[("HGNC:7765", "HGNC:11926")][0] == "downregulates"  # increased Rankl without Nf1
    assert pairs[("HGNC:7765", "HGNC:7176")][0] == "downregulates"  # Mmp9


def test_this_effect_links_a_gene_subject_when_no_agent_is_named(facts):
    assert ("HGNC:1069", "HGNC:7866") in _pairs(facts(NOGGIN))  # BMP-2 and Noggin


def test_an_effect_undone_by_another_entity_gives_no_direction(facts):
    doc = facts(NOGGIN)
    assert [m.how for s in doc.sentences for m in s.mentions if m.text == "this effect"] == ["cross-sentence-blocked"]
    assert _pairs(doc)[("HGNC:1069", "HGNC:7866")][0] == "associated"


def test_this_effect_links_the_subject_compound(facts):
    doc = facts(RG1)
    assert ("CPD:ginsenoside-rg1", "FPLX:GRIN") in _pairs(doc)
    assert ("CPD:morphine", "FPLX:GRIN") not in _pairs(doc)  # the model's drug is no subject


def test_the_subject_may_be_a_treatment(facts):
    assert _pairs(facts(METFORMIN))[("CPD:metformin", "HGNC:7056")][0] == "inhibits"  # "lower activity of"
    assert _pairs(facts(TREATMENT_WITH))[("CPD:metformin", "HGNC:9605")][0] == "downregulates"  # COX-2


def test_a_model_inducer_is_no_antecedent(facts):
    doc = facts(LPS_MODEL)
    assert not [m for s in doc.sentences for m in s.mentions if m.how.startswith("cross-sentence")]


def test_batch_fold_gives_the_same_evidence(facts):
    doc = facts(FORSYTHIA_DEFINED + FORSYTHIA)
    folded = fold([doc], 3)
    best = folded.stats[(("HERB", "HERB003361"), ("GENE", "HGNC:1504"))].best()
    assert best.text == _pairs(doc)[("HERB003361", "HGNC:1504")][2]


@pytest.mark.parametrize("sentence, anaphor", [
    ("Also, this effect was nullified by Noggin.", "this effect"),
    ("This led to the activation of poly(ADP ribose) polymerase, caspase-3 and caspase-9.", "This"),
    ("Those include dwarfism, constitutive ERK1/2 activation, strongly reduced Ihh expression.", "Those"),
    ("These actions are mediated by the activation of estrogen receptors (ER) alpha (ERα) and beta (ERβ).",
     "These actions"),
    ("These results indicate that the synergy between IL-beta, TNF-alpha, IL-6 on PGE2 production is due to", None),
    ("These results indicated that Silibinin is a cell-cycle regulator and apoptosis inducer.", None),
    ("This study investigated the effects of icariin on osteoporosis.", None),
    ("该作用可能与抑制NF-κB信号通路的激活有关。", "该作用"),
    ("此外,这一保护作用可被LY294002逆转。", "这一保护作用"),
    ("此外,淫羊藿苷还能促进成骨细胞分化。", None),
])
def test_anaphoric_subjects(sentence, anaphor):
    from pipeline.relations.cross_sentence import anaphor as find

    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in sentence[:4]) else "en"
    span = find(sentence, lang)
    assert (sentence[span[0]:span[1]] if span else None) == anaphor

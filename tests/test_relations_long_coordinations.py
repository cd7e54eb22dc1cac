"""Issue 14, stop 25: items of one long coordination are listed side by side, not partners.

Real sentences of the English development abstracts (corpus/validation/en, corpus/new_papers/en):
a sentence listing the 21 proteins an extract raised or lowered made every two of them a
gene-gene relation (213 false pairs in validation_en from one sentence); the gold gene-gene
pairs stated across a list stay (pipeline/relations/coordination.py, ``coordinations``).
"""

from __future__ import annotations

from pipeline.relations.coordination import coordinations
from pipeline.relations.effects import Span
from pipeline.relations.facts import facts_of

# PMID25689151 (validation_en)
CERP = ("CERP increased the levels of Bax, Bak, Bad, cyclin B, Fas, PARP, GRP78, GADD153, AIF, Endo G, Calpain-2, "
        "p21, and p27, but decreased the levels of Bcl-2, BCL-X, XIAP, Akt, CDC25A, CDK2, Cyclin A, and Cyclin E "
        "of U-2 OS cells.")
# PMID23426077 (validation_en)
CASSIA = ("Cassia tora L. significantly induced apoptosis in cancer cells (P<0.05) by upregulating Bax, caspase-3 "
          "and caspase-9, and by downregulating Bcl-2.")
# PMID12067102 (new_papers_en): gold TNF -> PTGS2 and IL6 -> PTGS2 (upregulates)
SYNERGY = ("These results indicate that the synergy between IL-beta, TNF-alpha, IL-6 on PGE2 production is due to an "
           "enhanced gene expression of COX-2 and that tyrosine kinase (s) are involved in the signal transduction "
           "of COX-2 in mouse calvarial osteoblasts.")


def pairs(annotator, text: str) -> set[frozenset[str]]:
    """The entity pairs the batch keeps for ``text`` (relations/pairs.py ``sentence_pairs``)."""
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}


def test_items_of_one_long_list_are_no_partners(annotator, gene_id):
    found = pairs(annotator, CERP)
    bax, bak, p27 = gene_id("BAX"), gene_id("BAK1"), gene_id("CDKN1B")
    assert not {frozenset((bax, bak)), frozenset((bax, p27))} & found


def test_a_second_list_of_a_coordinated_predicate_is_listed_beside_the_first(annotator, gene_id):
    found = pairs(annotator, CERP)  # "…increased … p27, but decreased the levels of Bcl-2, …"
    assert frozenset((gene_id("BAX"), gene_id("BCL2"))) not in found
    found = pairs(annotator, CASSIA)  # "by upregulating Bax, caspase-3 and caspase-9, and by downregulating Bcl-2"
    assert frozenset((gene_id("CASP3"), gene_id("BCL2"))) not in found
    assert frozenset((gene_id("BAX"), gene_id("CASP9"))) not in found


def test_a_list_and_the_gene_its_items_act_on_stay_partners(annotator, gene_id):
    found = pairs(annotator, SYNERGY)
    assert frozenset((gene_id("TNF"), gene_id("PTGS2"))) in found
    assert frozenset((gene_id("IL6"), gene_id("PTGS2"))) in found


def test_a_verb_or_a_short_list_ends_a_coordination():
    text = "Bax, Bak and Bad activated caspase-3 and caspase-9."
    spans = [Span(text.index(w), text.index(w) + len(w), "GENE", w) for w in ("Bax", "Bak", "Bad", "caspase-3", "caspase-9")]
    assert coordinations(text, spans) == [frozenset({"Bax", "Bak", "Bad"})]
    text = "HO-1 and Nrf-2 activation via MAPKs"
    spans = [Span(text.index(w), text.index(w) + len(w), "GENE", w) for w in ("HO-1", "Nrf-2", "MAPKs")]
    assert coordinations(text, spans) == []


# PMID17498496 (new_papers_en): long forms the dictionary lacks stand before short forms in parentheses
PNS = ("OBJECTIVE: To investigate the effects of Panax notoginseng saponins (PNS) on mRNA expressions of interleukin-1 "
       "beta (IL-1 beta), interleukin-1 receptor type I (IL-1RI), interleukin-1 receptor antagonist (IL-1ra), "
       "intercellular adhesion molecule-1 (ICAM-1), cysteinyl-aspartate specific protease-1 (caspase-1), caspase-3 "
       "and caspase-8 after cerebral ischemia-reperfusion in rats.")
# PMID23397032 (new_papers_en): gold IL11 downregulates DKK1, DKK2 and activates Wnt signaling
DKK = ("Because IL-11 suppresses the expression of dickkopf-1 and -2 and stimulates Wnt signaling, IL-11 appears to "
       "mediate at least a part of the effect of mechanical strain on osteoblast differentiation and bone formation.")


def test_an_unrecognised_item_or_long_form_does_not_end_the_list(annotator, gene_id):
    found = pairs(annotator, PNS)
    for a, b in (("CASP1", "ICAM1"), ("CASP8", "IL1B"), ("ICAM1", "IL1B")):
        assert frozenset((gene_id(a), gene_id(b))) not in found
    assert frozenset((gene_id("CASP3"), "HERB004783")) in found  # the saponins and each item stay partners


def test_a_coordinated_verb_ends_the_list(annotator, gene_id):
    found = pairs(annotator, DKK)  # "… and -2 and stimulates Wnt signaling, IL-11 appears …"
    il11 = gene_id("IL11")
    assert {frozenset((il11, gene_id("DKK1"))), frozenset((il11, gene_id("DKK2"))), frozenset((il11, "hsa04310"))} <= found


# ChinaXiv-201712.00769V1 (new_papers_zh)
TPT = "结论TPT可能是通过上调Delta1、Notch3、Notch4的表达、下调Jagged1、Jagged2、Notch1表达,降低炎症反应和免疫复合物沉积,改善AA关节和肺部症状。"


def test_a_chinese_list_of_a_coordinated_predicate_is_listed_beside_the_first(annotator, gene_id):
    found = pairs(annotator, TPT)  # "上调A、B、C的表达、下调D、E、F表达"
    assert frozenset((gene_id("NOTCH3"), gene_id("JAG1"))) not in found
    assert frozenset((gene_id("NOTCH3"), gene_id("NOTCH4"))) not in found

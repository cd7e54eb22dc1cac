"""Issue 14, stop 25: members of an elliptic coordination written as their designator alone
("caspase-3, -8, and -9", "dickkopf-1 and -2", "receptor-alpha/beta", "caspase-3、-8") are gene
mentions of their own, linked to the dictionary's gene for the full name
(pipeline/nlp/gene_partners.py ``elided_members``, annotator ``_elided_mentions``).

Real sentences of the development abstracts and papers (source named with each); before, the
coordination was one mention of the first gene and the gold pairs of the others were lost.
"""

from __future__ import annotations

from bench_helpers import bench_module
from nlp_helpers import typed_pairs

from pipeline.nlp.gene_partners import elided_members
from pipeline.relations.facts import facts_of


# PMID23397032 (new_papers_en): gold IL11 downregulates DKK1 and DKK2
DKK = ("Because IL-11 suppresses the expression of dickkopf-1 and -2 and stimulates Wnt signaling, IL-11 appears "
       "to mediate at least a part of the effect of mechanical strain on osteoblast differentiation and bone formation.")
# PMID25689151 (validation_en)
CASPASES = ("Other effects of CERP were stimulation of ROS and Ca(2+) , mitochondria impairment, and activation of "
            "caspase-3, -8, and -9.")
# PMID15261763 (validation_en)
CASPASE_9_3 = ("A549 cells treated with AE-AS caused activation of caspase-9 and -3, and AE-AS-induced apoptosis could "
               "be inhibited by the broad-spectrum caspase inhibitor, z-VAD-fmk.")
# PMID15843826 (validation_en): gold tamibarotene with RARA and RARB
AM80 = ("Am80 is specific for the retinoic-acid receptor-alpha/beta, and has therapeutic effects in all-trans retinoic "
        "acid resistant acute promyelocytic leukemia.")
# ChinaXiv-202010.00047V1 (../shared/data/dev/chinaxiv/sample)
ERIANIN = "毛兰素通过线粒体膜的改变、死亡受体的激活和caspase-3、-8、-9 的激活,引起鼻咽癌细胞系(NPC-039和 NPC-BM）的凋亡。"


def gene_mentions(annotator, text: str) -> list[tuple[str, str]]:
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "GENE"]


def test_each_elided_member_is_a_mention_on_its_designator(annotator, gene_id):
    found = gene_mentions(annotator, CASPASES)
    assert ("caspase-3", gene_id("CASP3")) in found
    assert ("8", gene_id("CASP8")) in found and ("9", gene_id("CASP9")) in found
    found = gene_mentions(annotator, CASPASE_9_3)
    assert ("caspase-9", gene_id("CASP9")) in found and ("3", gene_id("CASP3")) in found


def test_an_elided_member_gets_the_relations_of_the_coordination(annotator, gene_id):
    pairs = typed_pairs(annotator, DKK)
    il11 = gene_id("IL11")
    for dkk in ("DKK1", "DKK2"):
        assert pairs[(il11, gene_id(dkk))].label == "downregulates"


def test_a_slash_member_after_a_greek_designator(annotator, gene_id):
    found = gene_mentions(annotator, AM80)
    assert ("retinoic-acid receptor-alpha", gene_id("RARA")) in found and ("beta", gene_id("RARB")) in found


def test_chinese_enumeration_comma_members(annotator, gene_id):
    found = gene_mentions(annotator, ERIANIN)
    assert {gene_id("CASP3"), gene_id("CASP8"), gene_id("CASP9")} <= {i for _, i in found}


def test_members_of_one_elliptic_coordination_are_no_partners(annotator, gene_id):
    facts = facts_of(annotator.annotate("t", CASPASE_9_3))
    pairs = {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}
    assert frozenset((gene_id("CASP9"), gene_id("CASP3"))) not in pairs


def test_no_member_without_a_designator_after_the_name():
    text = "the Bcl-2/Bax ratio and LC3-II/LC3-I"
    a = text.index("Bcl-2")
    assert elided_members(text, a, a + 5) == []
    text = "TGF-β1/2 and caspase-3 at 1, -20 °C"
    a = text.index("TGF-β1")
    assert elided_members(text, a, a + 6) == []


def _ner_eval():
    return bench_module("ner_eval")


def test_the_benchmark_joins_the_coordination_as_the_corpora_annotate_it(annotator):
    # BC2GM P08454591A1322: gold "IRF-1 and -2" (one mention); BioRED 24288432 "FGF-2, -3, -4, -7, and -18"
    ne = _ner_eval()
    text = ("The region that imparts inducibility by IL-1 or TNF (positions -165 to -58) contains potential "
            "binding sites for IRF-1 and -2, AP-1, and NF-IL-6.")
    spans = {text[a:b] for a, b, _ in ne.predict(annotator, ne.Sample("t", text, []))}
    assert "IRF-1 and -2" in spans and "IRF-1" not in spans and "2" not in spans


def test_a_slash_member_is_no_partner_of_the_name_it_shortens(annotator, gene_id):
    facts = facts_of(annotator.annotate("t", AM80))
    pairs = {frozenset((p.a[1], p.b[1])) for s in facts.sentences for p in s.typed_pairs()}
    assert frozenset((gene_id("RARA"), gene_id("RARB"))) not in pairs

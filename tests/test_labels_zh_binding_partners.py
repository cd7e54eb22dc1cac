"""Stop 32: the partner a Chinese subject binds is not the agent of the subject's next verb
(relations/binding_partners.py): "X与Y结合后激活Z", "X通过结合Y,进而激活Z", "X通过与Y的结合促进Z".

Real sentences of the validation texts (the document named at each); the last one must not change: the
partner named again as the subject of a later clause ("Bcl-2不能与Bax结合,促进了Bax释放…") keeps that
clause's reading.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import binding_partners
from pipeline.relations.effects import Span

EGF = ("EGF与EGF受体结合后能激活细胞内多条信号通路,如磷脂酰肌醇3激酶/蛋白激酶B(PI3K/AKT)、腺苷酸活化蛋白激酶(AMPK)、"
       "MAPK、PKC和PKA[15-16]。")  # validation_zh ChinaXiv-201711.00762V1 (gold EGFR–PI3K/AKT, EGFR–PKA associated)
ARRESTIN = "结论CMLK562细胞中β-arrestin1与Src结合,促进JNK信号通路激活,从而促进细胞增殖。"  # ChinaXiv-201712.01073V1
WNT7A = ("骨骼肌细胞内wnt7a通过结合其受体Frizzled,进而激活下游Akt/mTOR信号通路,促进肌管分化和肌纤维肥大[8]。")  # ChinaXiv-201712.00816V1
P62 = "而在自噬发生的过程中,p62/SQSTM1通过与Atg8/LC3的结合促进泛素的降解。"  # ChinaXiv-201712.00999V1
BAX = ("在我们的研究中,W40抑制了STAT3的磷酸化,导致STAT3的下游靶基因的转录产物Bcl-2、Mcl-1等表达降低,Bcl-2不能与Bax结合,"
       "促进了Bax释放形成同源二聚体,抑制Bcl-2的抗凋亡作用。")  # new_papers_zh ChinaXiv-201707.00654V1


def test_the_coverb_partner_does_not_activate_what_the_subject_activates(annotator, gene_id):
    typed = typed_pairs(annotator, EGF)
    egfr = gene_id("EGFR")
    assert typed[(egfr, "FPLX:PKA")].label == "associated"
    assert typed[(egfr, "AXIS:FPLX:PI3K/FPLX:AKT")].label == "associated"


def test_the_subject_keeps_its_effect_and_the_partner_loses_it(annotator, gene_id):
    typed = typed_pairs(annotator, ARRESTIN)
    arrb1, src = gene_id("ARRB1"), gene_id("SRC")
    assert (typed[(arrb1, "AXIS:FPLX:JNK")].label, typed[(arrb1, "AXIS:FPLX:JNK")].agent) == ("activates", arrb1)
    assert typed[(src, "AXIS:FPLX:JNK")].label == "associated"  # gold: no Src–JNK row from this sentence


def test_the_object_of_the_verb_bind_is_no_agent(annotator):
    typed = typed_pairs(annotator, WNT7A)
    assert typed[("FPLX:FZD", "AXIS:FPLX:AKT/HGNC:3942")].label == "associated"  # gold: associated


def test_the_partner_of_a_binding_noun_is_no_agent(annotator):
    typed = typed_pairs(annotator, P62)
    assert typed[("FPLX:MAP1LC3", "FPLX:Ubiquitin")].label == "associated"  # gold: associated


def test_a_partner_restated_as_a_later_subject_keeps_its_clause(annotator, gene_id):
    typed = typed_pairs(annotator, BAX)
    bax = gene_id("BAX")
    assert typed[(bax, "hsa04210")].agent == bax  # "促进了Bax释放…": Bax's own clause, unchanged


def test_partners_finds_subject_and_partner():
    text = "RANKL与RANK结合后激活NF-κB信号通路。"
    spans = [Span(0, 5, "GENE", "RANKL"), Span(6, 10, "GENE", "RANK"), Span(15, 24, "PATHWAY", "NFKB")]
    [(subject, partner, end)] = binding_partners.partners(text, spans)
    assert (subject.entity_id, partner.entity_id, text[end - 3:end]) == ("RANKL", "RANK", "结合后")
    assert binding_partners.partners("RANKL激活RANK和NF-κB信号通路。", spans) == []


BMP7 = ("BMP7生物学效应主要是通过与I型受体结合,使I型受体发生磷酸化,该信号转导过程还涉及TGF-β信号通路中的转录因子Smads,"
        "包括受体调节性Smads(Smad1,Smad5),共同作用性Smad(Smad4)和抑制性Smad(Smad6)[16]。")  # ChinaXiv-201812.00642V1


def test_a_binding_named_as_the_means_reaches_no_later_mention(annotator, gene_id):
    typed = typed_pairs(annotator, BMP7)
    assert typed[(gene_id("BMP7"), gene_id("SMAD4"))].label == "associated"  # gold: associated (was via)
    assert typed[(gene_id("BMP7"), gene_id("SMAD5"))].label == "associated"


def test_the_partner_inside_the_means_keeps_its_via(annotator):
    typed = typed_pairs(annotator, P62)  # "p62/SQSTM1通过与Atg8/LC3的结合": the partner is the means
    # "Atg8/LC3" names one protein twice (nlp/slash_synonyms.py), no longer an axis
    assert typed[("HGNC:11280", "FPLX:MAP1LC3")].label == "via"
    assert binding_partners.means_binding_end(P62, P62.index("通过") + 2) == P62.index("结合") + 2

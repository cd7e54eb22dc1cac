"""A bare Chinese change word after a read-out is its own predicate (relations/zh_levels.py ``bare_level_change``).

"表现为LC3II降低(…)", "TPT组Notch3、Notch4、Deltal降低(…)": no 表达/水平 stands between the read-out and
升高/降低, and nothing but the clause's end or a bracket of figures follows the change word, so it says the
read-out's amount changed (GUIDELINES 2: up/downregulates). Before, only a level word in the gap made the
change the read-out's own, and the verb before the read-out typed the pair ("减弱…自噬水平,表现为LC3II降低":
PKM2 activates LC3; gold: upregulates). A treatment named as a group ("TPT组…降低") is left to the level-word rule
(zh_levels.names_group): the bare group results of ChinaXiv-201712.00769V1 are stated against the normal control.

Sentences copied from corpus/validation/zh and corpus/new_papers/zh (document id beside each; the statistics
inside the brackets shortened)."""

import pytest

from pipeline.relations.zh_levels import bare_level_change
from tests.nlp_helpers import typed_sentence

PKM2, LC3, SQSTM1 = "FPLX:PKM2", "FPLX:MAP1LC3", "HGNC:11280"
TRIPTOLIDE, NOTCH3 = "CPD:triptolide", "HGNC:7883"
SMAD3, APOPTOSIS = "HGNC:6769", "hsa04210"

# validation_zh ChinaXiv-201811.00118V1
PKM2_LC3 = "此外，干扰PKM2可减弱K562细胞自噬水平，表现为LC3II降低（t=10.32，P=0.0005），而p62水平增加（t=14.59，P=0.0001）。"
# validation_zh ChinaXiv-201711.00749V1
SMAD3_APOPTOSIS = "Tomic等[19]的研究表明，缺失Smad3基因的雌性小鼠卵泡发育紊乱，颗粒细胞凋亡增加，进而导致卵泡闭锁增加；"
# new_papers_zh ChinaXiv-201712.00769V1 (TPT is defined in the abstract's first sentence, kept before it)
TPT_DEFINED = "目的观察雷公藤甲素(TPT)对佐剂关节炎(AA)大鼠肺功能的影响。"
TPT_NOTCH = ("与MC组相比,MTX组Jagged1升高,TPT组Notch1、Jagged1、Jagged2、Jagged1升高(P<0.05,P<0.01);"
             "TPT组Notch3、Notch4、Deltal降低(P<0.05,P<0.01)。")



def test_a_bare_fall_after_the_read_out_is_its_level(pairs_of):
    pairs = pairs_of(PKM2_LC3)
    assert pairs[(PKM2, LC3)].label == "upregulates"  # less PKM2, less LC3-II
    assert pairs[(PKM2, SQSTM1)].label == "downregulates"  # unchanged: "p62水平增加" had its level word


def test_a_bare_rise_after_a_process_under_a_lost_gene_is_the_gene_s_opposite(pairs_of):
    assert pairs_of(SMAD3_APOPTOSIS)[(SMAD3, APOPTOSIS)].label == "inhibits"  # less Smad3, more apoptosis


def test_a_treatment_group_s_bare_fall_is_left_to_the_level_word_rule(annotator):
    _, typed_pair = typed_sentence(annotator, "ChinaXiv-201712.00769V1", TPT_DEFINED + TPT_NOTCH, "Deltal降低")
    assert typed_pair(TRIPTOLIDE, NOTCH3).label == "associated"


@pytest.mark.parametrize("text,word,bare", [
    ("表现为LC3II降低（t=10.32", "降低", True),
    ("血清中DKK-1显著升高，且与腰椎及股骨的骨矿物质密度呈强烈的负相关", "升高", True),  # sample ChinaXiv-201801.00686V1
    ("结果表明，这些抑制剂均能阻碍EGF下调NaPi-IIb 的表达", "下调", False),  # validation_zh ChinaXiv-201711.00762V1: a verb
    ("EGF下调NaPi-Ib 的表达过程中起主要作用", "下调", False),
])
def test_only_an_intransitive_change_word_is_bare(text, word, bare):
    start = text.index(word)
    assert bare_level_change(text, start, start + len(word)) is bare

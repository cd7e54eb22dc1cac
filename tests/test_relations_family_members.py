"""A FamPlex family and one of its own members named in one sentence (relations/ranking.py ``family_member``).

"PKC的特异性抑制剂并没有改变PKCα、PKCβ和PKCγ的表达水平" (validation_zh ChinaXiv-201711.00762V1), "histone
deacetylase (HDAC) activity … the class III HDAC sirtuin 1" (validation_en PMID23069328), "在Notch组中Notch1…升高,
Notch3、Notch4…降低" (new_papers_zh ChinaXiv-201712.00769V1) pair the family with its member through a cue that
belongs to another pair: the only relation between the two that the gold counts is membership (GUIDELINES 5.11,
5.15, ``member_of``). Other labels of such a unit take DISEASE_FACTOR, as a gene and its own KEGG map do."""

import pytest

from pipeline.dictionaries.loader import load_dictionary
from pipeline.relations.conflicts import DocumentBest
from pipeline.relations.ranking import DISEASE_FACTOR, document_scores, family_member, rank_score, score_factor

from conftest import REPO, annotate_sentence

# verbatim (validation_zh ChinaXiv-201711.00762V1)
SENTENCE = ("由图3可知,PKC的特异性抑制剂并没有改变PKCα、PKCβ和PKCγ的表达水平,说明PKC的特异性抑制剂抑制PKC的活力"
            "不是通过影响PKC的表达水平,而是通过其他方式。")


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(REPO / "dictionaries")


def test_a_family_and_its_own_member(dictionary):
    parents = dictionary.entities.get
    for member, family in (("HGNC:9393", "FPLX:PKC"),  # PRKCA, PKC
                           ("HGNC:14929", "FPLX:HDAC"),  # SIRT1 through HDAC_III
                           ("HGNC:6872", "FPLX:MAPK"),  # MAPK10 (JNK3) through JNK
                           ("HGNC:7883", "FPLX:Notch"),  # NOTCH3
                           ("FPLX:JNK", "FPLX:MAPK")):
        assert family_member(dictionary[member], dictionary[family], parents)
        assert family_member(dictionary[family], dictionary[member], parents)  # either order
    assert not family_member(dictionary["HGNC:6773"], dictionary["FPLX:TGFB"], parents)  # SMAD7 and TGF-β
    assert not family_member(dictionary["HGNC:9393"], dictionary["HGNC:9395"], parents)  # PRKCA, PRKCB: siblings
    assert not family_member(dictionary["FPLX:PKC"], dictionary["hsa04010"], parents)


def test_the_pair_of_the_sentence_is_a_family_member_pair(annotator, dictionary):
    ids = {entity_id for _, entity_id in annotate_sentence(annotator, SENTENCE)}
    assert {"FPLX:PKC", "HGNC:9393"} <= ids
    assert family_member(dictionary["FPLX:PKC"], dictionary["HGNC:9393"], dictionary.entities.get)


def test_every_label_but_membership_is_lowered():
    best = {label: DocumentBest(label, False, 0.6, "body", 1, label != "associated", 0, SENTENCE, len(SENTENCE))
            for label in ("associated", "upregulates", "member_of")}
    for label, b in best.items():
        score = document_scores({"ChinaXiv-201711.00762V1": b}, "GENE", "GENE", False, 1,
                                family=True)["ChinaXiv-201711.00762V1"]
        factor = score_factor("GENE", "GENE", label) if label == "member_of" else DISEASE_FACTOR
        assert score == pytest.approx(rank_score(0.6, factor, "GENE", "GENE", label, 1, 1, "body", label != "associated"),
                                      abs=1e-6)

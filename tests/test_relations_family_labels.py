"""Stop 49 (s49-zh-labels): a family and its own member stating nothing else carry ``member_of``
(relations/family_labels.py), ranked as the bare co-mention they are."""

from __future__ import annotations

import pytest

import pipeline.api as api
from pipeline.config import Config
from pipeline.relations.facts import facts_of
from pipeline.relations.family_labels import family_label, family_labels

# verbatim (validation44_zh ChinaXiv-201812.00761V1; gold: TLR7, TLR8, TLR9, TLR1 … member_of the TLR family)
TOLL = ("包括位于细胞内区室(内质网等)的Toll样受体(Tollike receptor,TLR)3、TLR7、TLR8、TLR9,以及位于细胞膜上的"
        "TLR1、TLR2、TLR4、TLR5、TLR6[12]。")
# verbatim (reviews jin2025_autophagy; gold: MTOR member_of mTORC1 and mTORC2, GUIDELINES 3)
MTOR = ("哺乳动物雷帕霉素蛋白(mTOR)是一种丝氨酸/苏氨酸蛋白激酶,有两个不同的蛋白复合物的催化亚基即mTOR1和mTOR2,"
        "是细胞生长、增殖和自噬的主要参与者。")


def _rows(annotator, text: str):
    facts = [facts_of(annotator.annotate("doc", text))]
    frame = api.relations_frame(facts, annotator.dictionary, Config())
    return {frozenset((r["a_id"], r["b_id"])): r for r in frame.to_dict("records")}


@pytest.mark.parametrize("text, family, member", [
    (TOLL, "FPLX:TLR", "HGNC:15632"),  # TLR7
    (TOLL, "FPLX:TLR", "HGNC:11848"),  # TLR1
    (MTOR, "FPLX:mTORC1", "HGNC:3942"),  # MTOR
    (MTOR, "FPLX:mTORC2", "HGNC:3942"),
])
def test_family_and_member_stating_nothing_are_member_of(annotator, monkeypatch, text, family, member):
    row = _rows(annotator, text)[frozenset((family, member))]
    assert row["label"] == "member_of"  # was associated
    assert row["doc_labels"] == "doc:member_of"
    assert row["tier"] == "structural"
    # the score is the one the sentence as read gives (the bare co-mention's): nothing but the label moves
    monkeypatch.setattr(api, "family_label", lambda label, negated, family: label)
    monkeypatch.setattr(api, "family_labels", lambda labels, family: labels)
    before = _rows(annotator, text)[frozenset((family, member))]
    assert before["label"] == "associated"
    assert (row["score"], row["doc_scores"]) == (before["score"], before["doc_scores"])


def test_only_a_bare_co_mention_of_a_family_and_its_member():
    assert family_label("associated", False, True) == "member_of"
    assert family_label("associated", True, True) == "associated"  # "并没有改变PKCα…": a stated non-effect
    assert family_label("upregulates", False, True) == "upregulates"  # a stated effect keeps its label
    assert family_label("associated", False, False) == "associated"  # no family of the other
    assert family_labels({"d1": ("associated", False), "d2": ("inhibits", False)}, True) == {
        "d1": ("member_of", False), "d2": ("inhibits", False)}

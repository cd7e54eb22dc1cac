"""The label of a family and its own member when nothing else is stated of the two: ``member_of``.

A FamPlex family and one of its members (``ranking.family_member``: MTOR and mTORC1, TLR7 and the TLR family,
through FamPlex parents) named in one sentence with no cue between them are typed ``associated`` by the sentence
rules, which read membership only in its stated shapes (member_statements.py, frame_members.py). Review sentences
state it in many more: "有两个不同的蛋白复合物的催化亚基即mTOR1和mTOR2" (reviews jin2025_autophagy: MTOR, the catalytic
subunit of both complexes, GUIDELINES 2), "Toll样受体(Tollike receptor,TLR)3、TLR7、TLR8、TLR9" (validation44_zh
ChinaXiv-201812.00761V1: a family opening the list of its members), "p38[丝裂原活化蛋白激酶(MAPK)家族]"
(validation45_zh ChinaXiv-201711.01440V1: the family in brackets after its member). The one relation between a
family and its member that the gold counts is membership (GUIDELINES 5.11, 5.15; ranking.py ``family_member``):
stop 49 counted, over the development gold sets tuned on (reviews, new_papers_zh, validation_zh, validation38/44/45/47
_zh), 61 found gold family–member units, 46 typed ``member_of``, 14 ``associated`` and one ``via`` — all 61 gold
``member_of``, none with another gold label (six English sets: 6, all ``member_of``, one typed ``associated``).

So a (document, pair) unit of a family and its member whose best sentence states nothing (``associated``, not
denied) carries ``member_of`` — the document's label, and the row's. Its score is not touched: it is computed from
the sentence as read (``ranking.bare_family_member`` ranks such a unit as the bare co-mention it is, with the disease
factor), so the label says what the relation would be, and the rank how likely it is stated at all; a unit the
sentence rules type ``member_of`` keeps its own, undemoted rank.
"""

from __future__ import annotations


def family_label(label: str, negated: bool, family: bool) -> str:
    """The label a unit shows: ``member_of`` for a family and its own member (``family``: ``ranking.family_member``)
    whose best sentence states nothing of the two (``associated``, not negated); otherwise ``label``."""
    if family and label == "associated" and not negated:
        return "member_of"
    return label


def family_labels(labels: dict[str, tuple[str, bool]], family: bool) -> dict[str, tuple[str, bool]]:
    """doc id -> (label, negated) of each document (``conflicts.labels_of``), with ``family_label`` applied."""
    if not family:
        return labels
    return {doc: (family_label(label, negated, True), negated) for doc, (label, negated) in labels.items()}

"""共轭 ("conjugated") glued before a compound's Chinese name makes another compound (nlp/name_fragments.py,
``is_name_fragment_zh``), and 共轭亚油酸 is conjugated linoleic acid (curated/drugs_zh.tsv).

validation39_zh ChinaXiv-201711.00916V1 (a reference title, its gold row CLA–NAMPT): "共轭亚油酸" was read as linoleic
acid, losing the gold pair and making a linoleic-acid row; the stop-40 free pool has a second paper writing it.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.name_fragments import is_name_fragment_zh

# validation39_zh ChinaXiv-201711.00916V1, reference title (corpus/gold/validation39_zh.csv evidence)
TITLE = "共轭亚油酸对高脂血症大鼠脂质代谢及visfatin基因表达水平的影响"


def test_conjugated_linoleic_acid_is_not_linoleic_acid(mentions_of):
    ids = {eid for _, eid in mentions_of(TITLE)}
    assert "CPD:linoleic-acid" not in ids
    assert "CPD:conjugated-linoleic-acid" in ids


@pytest.mark.parametrize(("text", "parent"), [
    (TITLE, "亚油酸"),
    ("共轭雌激素片治疗更年期综合征", "雌激素"),  # conjugated estrogens (made-up phrase): a drug of its own
])
def test_conjugated_prefix_makes_another_compound(text, parent):
    assert is_name_fragment_zh(text, text.index(parent))

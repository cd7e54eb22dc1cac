"""text/sentences.bound_length skips measuring the CJK share of a sentence no longer than
MAX_ZH (the reader's limit is never below it, reached by all-Chinese text): the shortcut must
give what the measurement gives, right at the limit. Text: a sentence of the Li 2025 review
(corpus/li2025_ferroptosis_osteoporosis.md), its punctuation removed, repeated."""

from __future__ import annotations

from pipeline.text.sentences import MAX_EN, MAX_ZH, bound_length, max_length

ZH = "铁死亡是一种不同于传统的细胞凋亡、坏死和自噬等的细胞死亡方式,其主要特征是细胞内铁离子水平显著升高而引发一系列氧化反应,导致脂质过氧化产物大量堆积和细胞膜损伤。"


def test_the_limit_is_never_below_max_zh_and_the_shortcut_agrees_at_it():
    chinese = "".join(c for c in ZH if "\u4e00" <= c <= "\u9fff") * (MAX_ZH // 40 + 2)  # CJK only: the lowest limit
    assert max_length(chinese) == MAX_ZH and max_length("GPX4 " * 300) == MAX_EN
    assert MAX_ZH <= max_length(chinese[:200] + "GPX4 " * 100) <= MAX_EN
    assert bound_length(chinese, 0, MAX_ZH) == [(0, MAX_ZH, False)]
    over = bound_length(chinese, 0, MAX_ZH + 1)
    assert len(over) > 1 and all(guard for _, _, guard in over)
    assert over[0][0] == 0 and over[-1][1] == MAX_ZH + 1

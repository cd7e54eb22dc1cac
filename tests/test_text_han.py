"""text/han.py: the one Han-character test of the relation rules (stop 52's read-through folded eight copies)."""

from pipeline.text.han import han_count, has_han


def test_a_chinese_gap_is_counted_in_characters():
    # corpus/new_papers ChinaXiv-style gap between a participle and the next mention
    assert han_count("刺激的巨噬细胞上清液中") == 11
    assert han_count("LPS-induced TNF-α") == 0


def test_mixed_and_english_text():
    assert has_han("Bcl-2/Bax比值")
    assert not has_han("Berberine did not affect the expression of RUNX2")
    # a compatibility ideograph or a Kangxi radical is not read as Han here: normalisation folds them first
    assert not has_han("\u2f00")  # KANGXI RADICAL ONE

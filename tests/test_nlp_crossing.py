"""The Chinese edge test's shortcut (nlp/segmenter.crossing_reach, nlp/boundaries.crossed):
a jieba word that crosses position p holds the two characters around p, so the starts
looked at are bounded by how far into a word those two characters occur — and when they
occur in no word, nothing crosses p. The answers must be those of the full walk over
MAX_WORD starts (pure.crossed), at every position of the reviews' Chinese sentences."""

from __future__ import annotations

import marshal
import re

import jieba
from conftest import JIN, LI

from pipeline._core import pure
from pipeline.nlp import boundaries, segmenter

_CJK = re.compile(r"[\u4e00-\u9fd5]")


def test_crossed_with_the_reach_equals_the_full_walk_at_every_position(annotator):
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    checked = crossed = skipped = 0
    for path in (LI, JIN):
        for s in re.split(r"[。！？\n]", path.read_text(encoding="utf-8")):
            if len(_CJK.findall(s)) < 5:
                continue
            for p in range(len(s) + 1):
                answer = boundaries.crossed(s, p)
                assert answer == pure.crossed(s, p, freq, boundaries.MAX_WORD), (s, p)
                checked += 1
                crossed += answer
                skipped += 0 < p < len(s) and segmenter.reach_of(s[p - 1:p + 1]) == 0
    assert checked > 10_000 and 1_000 < crossed < checked
    assert skipped > checked // 3  # the one-lookup answer is the common case


def _as_dict(index) -> dict[str, int]:
    keys, reach = index
    return {chr(code >> 21) + chr(code & (2**21 - 1)): r for code, r in zip(keys, reach)}


def test_the_reach_is_the_farthest_offset_of_each_pair_in_a_word(annotator):
    # the whole table: 归于 is a jieba word, 于补 is inside none
    assert segmenter.reach_of("归于") >= 1 and segmenter.reach_of("于补") == 0
    # exact on a small table (single characters and frequency-0 prefixes hold no pair)
    small = {"当": 1, "当归": 5, "应": 1, "应当": 7, "归于": 3, "归": 2, "补肾中": 0, "补肾中药": 4, "补": 1,
             "补肾": 2, "肾中": 0}
    assert _as_dict(segmenter._build_reach(small)) == {"当归": 1, "应当": 1, "归于": 1, "补肾": 1, "肾中": 2,
                                                        "中药": 3}


def test_the_reach_follows_jieba_s_table_and_its_disk_cache(annotator, tmp_path, monkeypatch):
    jieba.dt.check_initialized()
    built = segmenter._build_reach(jieba.dt.FREQ)
    assert segmenter.crossing_reach() == built
    # another table (a word added): rebuilt, not served from the process or the disk cache
    grown = dict(jieba.dt.FREQ)
    grown.update({"甲乙丙丁戊": 9, "甲乙丙丁": 0, "甲乙丙": 0})
    monkeypatch.setattr(jieba.dt, "FREQ", grown)
    monkeypatch.setattr(segmenter, "_table_path", tmp_path / "jieba-x.marshal")
    assert segmenter.reach_of("丁戊") == 4 and segmenter.reach_of("甲乙") >= 1
    reach = segmenter.crossing_reach()
    size, codes, stored = marshal.loads((tmp_path / "jieba-x-reach.marshal").read_bytes())
    assert size == len(grown) and codes == reach[0].tobytes() and stored == reach[1]
    monkeypatch.setattr(segmenter, "_reach", None)  # a new process with the same table: read from disk
    monkeypatch.setattr(segmenter, "_build_reach", lambda freq: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert segmenter.crossing_reach() == reach

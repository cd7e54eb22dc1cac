"""Is there a jieba token edge at this position? Decided without segmenting, when it can be.

The matcher accepts a Chinese match only where jieba (dictionary words, HMM off) would put a
token edge (当归 is not a herb inside 应当归于). Segmenting every sentence that holds a
candidate was a third of the annotation time. But jieba's route is made of its dictionary
words (frequency > 0) and single characters, so when no dictionary word *crosses* a position
— starts before it and ends after it inside the sentence — every route has an edge there and
the answer is known without running jieba. Only when some word crosses (应当 crosses the
start of 当归) is the sentence segmented, once, and the real route decides.

This is exact, not a heuristic: the answer is always the one ``segmenter.token_boundaries``
gives for the sentence (tests/test_nlp_matcher.py compares them on every sentence of the
corpus).
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline import _core
from pipeline.nlp import segmenter
from pipeline.nlp._jieba import jieba

# jieba buffers runs of single ASCII letters/digits into one token: positions between two
# such characters are decided by the real segmentation (pipeline._core.needs_segmenting).
# Longest dictionary word looked for to the left of a position (jieba's own words stay far
# below; the prefix walk stops at the first string that is no word's prefix anyway).
MAX_WORD = 32
# one character of a run jieba segments on its own (jieba.re_han_default's class)
_RUN_CHAR = lazy_re.compile(jieba.re_han_default.pattern.strip("()").removesuffix("+"))


class _Segmenting:
    """How ``SentenceEdges`` segments: jieba's run around a crossed position, else the sentence."""

    __slots__ = ()

    @staticmethod
    def _crossing_tables() -> tuple[dict, object, bytes, int]:
        keys, reach = segmenter.crossing_reach()  # ASCII run or crossing word (pipeline._core.needs_segmenting)
        return jieba.dt.FREQ, keys, reach, MAX_WORD

    def _segmented(self, p: int) -> bool:
        """Is sentence position ``p`` (0 < p < len) an edge of jieba's segmentation? Only the
        run of ``re_han_default`` holding ``p - 1`` and ``p`` is segmented (``SentenceEdges``)."""
        text = self.text
        if not (_RUN_CHAR.match(text, p - 1) and _RUN_CHAR.match(text, p)):
            full = frozenset(b + self.offset for b in segmenter.cached_boundaries(text))
            self._whole(full)
            return p + self.offset in full
        lo = p - 1
        while lo > 0 and _RUN_CHAR.match(text, lo - 1):
            lo -= 1
        hi = p
        n = len(text)
        while hi < n and _RUN_CHAR.match(text, hi):
            hi += 1
        edges = segmenter.cached_boundaries(text[lo:hi])
        self._block(lo, hi, edges)
        return p - lo in edges


class SentenceEdges(_Segmenting, _core.EdgeTable):
    """Token edges of one sentence, in offsets of the text that contains it (``offset``).

    Supports ``pos in edges``. Only for a position some dictionary word crosses is anything
    segmented, and then only jieba's block around it: ``jieba.cut`` splits its input into
    runs of ``jieba.re_han_default`` (CJK, Latin letters, digits, ``+#&._%-``) and segments
    each run on its own (the route never looks past it), so the edges inside a run are the
    run's own segmentation's, shifted (tests/test_speed_stop32.py). A position that is not
    inside one run (both neighbours in it) falls back to the whole sentence, as before.
    What is known so far is kept by ``pipeline._core.EdgeTable`` (compiled: one byte per
    position, the membership test in C; ~41,000 questions over the 16x benchmark corpus).
    """

    __slots__ = ()


def crossed(text: str, p: int) -> bool:
    """Does a jieba dictionary word (frequency > 0) span position ``p`` of ``text``?

    jieba stores every prefix of its words in FREQ (frequency 0 when the prefix is not a
    word itself; see ``Tokenizer.get_DAG``), so a word from ``i`` can cross ``p`` only if
    ``text[i:p + 1]`` is in FREQ: one lookup per start rules most starts out. The loop is
    compiled (pipeline._core.crossed). Starts farther than any word holds the two characters
    around ``p`` (``segmenter.reach_of``) are not looked at: none of them can cross.
    """
    jieba.dt.check_initialized()
    if 0 < p < len(text):
        reach = segmenter.reach_of(text[p - 1:p + 1])
        return reach > 0 and _core.crossed(text, p, jieba.dt.FREQ, min(reach, MAX_WORD))
    return _core.crossed(text, p, jieba.dt.FREQ, MAX_WORD)

"""The one owner of jieba's process-global state.

spaCy's ``zh`` tokenizer (segmenter "jieba") calls the global ``jieba.cut``; jieba's user
dictionary is process-global too. This module loads our dictionary's Chinese terms into it
exactly once per process (keyed by the dictionaries' content hash) and silences jieba's
start-up log line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)

# jieba pre-splits text on this character class; a user word with any other character can
# never be produced by the segmenter, so there is no point adding it.
_JIEBA_WORD = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")
_HAS_CJK = re.compile(r"[\u4E00-\u9FD5]")
DEFAULT_FREQ = 100

_loaded_key: str | None = None


def load_user_words(words: Iterable[str], key: str) -> int:
    """Add our Chinese terms to jieba once per process; returns how many were added."""
    global _loaded_key
    if _loaded_key == key:
        return 0
    jieba.initialize()
    freq_table = jieba.dt.FREQ
    added = 0
    for word in words:
        if len(word) < 2 or not _HAS_CJK.search(word) or not _JIEBA_WORD.match(word):
            continue
        existing = freq_table.get(word)
        jieba.add_word(word, freq=existing if existing else DEFAULT_FREQ)
        added += 1
    _loaded_key = key
    return added


def token_boundaries(text: str) -> frozenset[int]:
    """Offsets where a jieba token starts or ends.

    Dictionary words only (HMM off): a boundary decision should rest on known words, not on
    words the HMM invents from unknown character runs — and it is faster.
    """
    edges = {0, len(text)}
    for _word, start, end in jieba.tokenize(text, HMM=False):
        edges.add(start)
        edges.add(end)
    return frozenset(edges)


@lru_cache(maxsize=4096)
def cached_boundaries(text: str) -> frozenset[int]:
    return token_boundaries(text)

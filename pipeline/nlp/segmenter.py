"""The one owner of jieba's process-global state.

spaCy's ``zh`` tokenizer (segmenter "jieba") calls the global ``jieba.cut``; jieba's user
dictionary is process-global too. This module loads our dictionary's Chinese terms into it
exactly once per process (keyed by the dictionaries' content hash) and silences jieba's
start-up log line.

Start-up: jieba's own initialisation reads its 500k-entry prefix dictionary from its cache
with ``marshal.load`` on a file (1-2 s here), and adding 13k user words one by one takes
another 0.2 s. So the finished state — jieba's ``FREQ`` table with our words in it, and its
``total`` — is cached in our cache folder (keyed by the words, jieba's code and dictionary
file, and this module's source) and installed in one ``marshal.loads`` (~0.3 s) when jieba
is still untouched in this process. The result is the same table ``add_word`` builds
(tests/test_startup.py compares them).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.loader import (
    default_cache_dir,
    gc_paused,
    read_cache,
    source_fingerprint,
    write_cache,
)
from pipeline.nlp._jieba import jieba

jieba.setLogLevel(logging.WARNING)

# jieba pre-splits text on this character class; a user word with any other character can
# never be produced by the segmenter, so there is no point adding it.
_JIEBA_WORD = lazy_re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")
_HAS_CJK = lazy_re.compile(r"[\u4E00-\u9FD5]")
DEFAULT_FREQ = 100

_loaded_key: str | None = None
_table_path: Path | None = None  # the cache file jieba's table came from or went to (this process)
_reach: tuple[dict, int, tuple[array, bytes]] | None = None  # (FREQ it was built from, its size, index)


def user_words(words: Iterable[str]) -> list[str]:
    """The words jieba can produce (at least two characters, some CJK, jieba's characters)."""
    return [w for w in words if len(w) >= 2 and _HAS_CJK.search(w) and _JIEBA_WORD.match(w)]


def load_user_words(words: Iterable[str], key: str, cache_dir: Path | None | bool = None) -> int:
    """Add our Chinese terms to jieba once per process; returns how many were added.

    ``cache_dir``: where jieba's prepared table is cached (default ``default_cache_dir()``;
    False: none)."""
    global _loaded_key, _table_path
    if _loaded_key == key:
        return 0
    words = user_words(words)
    tokenizer = jieba.dt
    untouched = not tokenizer.initialized and tokenizer.dictionary == jieba.DEFAULT_DICT
    path = _cache_path(words, cache_dir) if untouched else None
    added = _install_cached(read_cache(path))
    if added is None:
        jieba.initialize()
        freq_table = tokenizer.FREQ
        for word in words:
            existing = freq_table.get(word)
            jieba.add_word(word, freq=existing if existing else DEFAULT_FREQ)
        added = len(words)
        if path is not None:
            write_cache(path, marshal.dumps((tokenizer.FREQ, tokenizer.total, added)))
    _loaded_key, _table_path = key, path
    return added


def corpus_frequency(word: str) -> int:
    """jieba's own dictionary count of ``word``: 0 when jieba does not know it, and 0 for the
    words this module added (all at ``DEFAULT_FREQ``; a jieba word counted exactly 100 is
    read as ours, a small loss). The weight of a path through a herb run (nlp/herb_context)."""
    jieba.dt.check_initialized()
    count = jieba.dt.FREQ.get(word, 0)
    return 0 if count == DEFAULT_FREQ else count


def _cache_path(words: list[str], cache_dir: Path | None | bool) -> Path | None:
    if cache_dir is False:
        return None
    jieba_dict = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    try:
        stat = jieba_dict.stat()
    except OSError:
        return None
    digest = hashlib.sha256("\n".join(words).encode())
    digest.update(f"{jieba.__version__}|{stat.st_size}|{stat.st_mtime_ns}|{marshal.version}".encode())
    digest.update(source_fingerprint(sys.modules[__name__], jieba).encode())
    return Path(cache_dir or default_cache_dir()) / f"jieba-{digest.hexdigest()[:16]}.marshal"


def _install_cached(data: bytes | None) -> int | None:
    """Install a cached (FREQ, total, added) as jieba's initialised state; None if unusable."""
    if data is None:
        return None
    try:
        with gc_paused():
            freq, total, added = marshal.loads(data)
    except Exception:  # noqa: BLE001 — a corrupt or foreign cache is rebuilt, never trusted
        return None
    if not (isinstance(freq, dict) and isinstance(total, int) and isinstance(added, int)):
        return None
    tokenizer = jieba.dt
    with tokenizer.lock:
        if tokenizer.initialized:  # initialised meanwhile (another thread): add the usual way
            return None
        tokenizer.FREQ, tokenizer.total = freq, total
        tokenizer.initialized = True
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


def crossing_reach() -> tuple[array, bytes]:
    """For every two characters ``b`` inside a jieba word (frequency > 0), the largest ``k``
    with ``word[k - 1:k + 1] == b`` over all such words: ``reach_of`` reads it.

    A word that crosses position ``p`` of a text (starts at ``i < p``, ends after ``p``)
    holds ``text[p - 1:p + 1]`` at offset ``p - i``, so it starts at most that many
    characters before ``p``, and no word crosses ``p`` when the two characters are in no
    word (71 % of the matcher's questions on the synthetic corpus: boundaries.crossed then
    makes one lookup instead of ~20). Kept as sorted pair codes (``_pair_code``) and their
    reach (capped at 255), so that loading it is a copy of two buffers, not 310k objects.
    Built from jieba's current ``FREQ`` (1-2 s for its 527k entries) and cached on disk beside
    the table it was built from (``load_user_words``); rebuilt when ``FREQ`` is another table
    or changed size. Only this module adds words to jieba."""
    global _reach
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    if _reach is not None and _reach[0] is freq and _reach[1] == len(freq):
        return _reach[2]
    path = _table_path.with_name(_table_path.stem + "-reach.marshal") if _table_path is not None else None
    index = None
    data = read_cache(path)
    if data is not None:
        try:
            size, codes, reach = marshal.loads(data)
            if size == len(freq) and isinstance(codes, bytes) and isinstance(reach, bytes):
                keys = array("Q")
                keys.frombytes(codes)
                if len(keys) == len(reach):
                    index = (keys, reach)
        except Exception:  # noqa: BLE001 — a corrupt or foreign cache is rebuilt, never trusted
            index = None
    if index is None:
        index = _build_reach(freq)
        if path is not None:
            write_cache(path, marshal.dumps((len(freq), index[0].tobytes(), index[1])))
    _reach = (freq, len(freq), index)
    return index


def _pair_code(a: str, b: str) -> int:
    return ord(a) << 21 | ord(b)  # code points are below 2**21


def reach_of(pair: str) -> int:
    """How far before its second character a jieba word holding ``pair`` (two characters)
    can start (0: no word holds it); see ``crossing_reach``."""
    keys, reach = crossing_reach()
    code = _pair_code(pair[0], pair[1])
    i = bisect_left(keys, code)
    return reach[i] if i < len(keys) and keys[i] == code else 0


def _build_reach(freq: dict[str, int]) -> tuple[array, bytes]:
    far: dict[int, int] = {}
    get = far.get
    with gc_paused():
        for word, count in freq.items():
            if count and len(word) > 1:
                for k in range(1, len(word)):
                    code = _pair_code(word[k - 1], word[k])
                    if get(code, 0) < k:
                        far[code] = k
    codes = sorted(far)
    return array("Q", codes), bytes(min(far[c], 255) for c in codes)

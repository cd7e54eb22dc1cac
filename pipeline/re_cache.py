"""``re``'s cache of compiled patterns, made large enough for pysbd's rules (issue 17, stop 47).

``re.sub(source, ...)`` and the other module functions look their pattern up in ``re``'s cache,
which holds 512 patterns and drops the oldest first (CPython 3.11 ``re._compile``). pysbd (0.3.4)
writes its abbreviation rules as pattern strings made per abbreviation (``AbbreviationReplacer``:
``(?:^|\\s|\\r|\\n)ABBR`` and ``(?<={ABBR} ).{1}`` for every abbreviation the paragraph contains,
``(?<=\\sABBR)\\.(?=...)`` for each one found), and one English paragraph goes through more than
512 of them: the oldest were gone before the next paragraph asked for them again, so every
paragraph compiled them afresh: over the 285 papers of corpus/ (held-out excluded) after the
first ten, ``process_file`` compiled 4,151 patterns (~4 s of its 20 CPU-s, the pipeline's own
first uses and per-document patterns included); with a cache of 2,048, 1,396 (~2 s; 1,356 with
no bound, whose cache then held 2,963 patterns). ``hold_at_least`` raises the cache's size once
per process (pipeline/text/sentences.py, when pysbd is first used; forked workers inherit it);
the patterns, hence every answer, are the same.
"""

from __future__ import annotations

import re

PATTERNS = 2048  # above what the papers of corpus/ keep asking for (module docstring)


def hold_at_least(size: int = PATTERNS) -> bool:
    """Let ``re`` keep at least ``size`` compiled patterns (``re._MAXCACHE``); False where this
    Python has no such setting (the cache is then as the interpreter makes it)."""
    current = getattr(re, "_MAXCACHE", None)
    if not isinstance(current, int):
        return False
    if current < size:
        re._MAXCACHE = size  # type: ignore[attr-defined]
    return True

"""Typed, compiled primitives for the per-character and per-candidate loops (issue 17).

``pipeline._core._speedups`` (Cython, built by setup.py) when it is built and importable,
else ``pipeline._core.pure`` — the same functions in plain Python, the reference the compiled
module is tested against. ``PIPELINE_PURE_PYTHON=1`` forces the pure module (read at import).
The rules (edge rules, case rules, cue grammar) stay in the modules that call these.
``Automaton``: the matcher's Aho-Corasick automaton over folded keys (compiled: flat arrays;
pure: pyahocorasick, the implementation it replaced). ``EdgeTable``: the known jieba token edges of one
sentence (nlp/boundaries.py ``SentenceEdges`` adds the segmenting).
"""

from __future__ import annotations

import os

from pipeline._core import pure

_PRIMITIVES = ("edge_candidates", "crossed", "cjk_latin_counts", "apply_edits", "blank_spans", "offset_range",
               "cue_hits", "fold_map", "fold_map_letters", "Automaton", "needs_segmenting", "EdgeTable")

if os.environ.get("PIPELINE_PURE_PYTHON", "") not in ("", "0"):
    impl = pure
else:
    try:
        from pipeline._core import _speedups as impl  # type: ignore[attr-defined,no-redef]
    except ImportError:  # not built (a checkout without `pip install -e .`): same results, slower
        impl = pure
    if any(not hasattr(impl, name) for name in _PRIMITIVES):  # a stale build: rebuild with pip install -e .
        impl = pure

COMPILED: bool = impl.COMPILED
edge_candidates = impl.edge_candidates
crossed = impl.crossed
cjk_latin_counts = impl.cjk_latin_counts
apply_edits = impl.apply_edits
blank_spans = impl.blank_spans
offset_range = impl.offset_range
cue_hits = impl.cue_hits
fold_map = impl.fold_map
fold_map_letters = impl.fold_map_letters
Automaton = impl.Automaton
needs_segmenting = impl.needs_segmenting
EdgeTable = impl.EdgeTable

__all__ = ["COMPILED", "Automaton", "EdgeTable", "apply_edits", "blank_spans", "cjk_latin_counts", "crossed", "cue_hits", "edge_candidates",
           "fold_map", "fold_map_letters", "impl", "needs_segmenting", "offset_range", "pure"]

"""Matching keys: one folded form for dictionary terms and text alike.

Variants that must meet (Greek letters κ/kappa/k, α/alpha/a; hyphen and space: GATA-1/GATA1,
LC3-II/LC3II, NF-κB/NF-kB/NF kappa B; case) are made equal by folding both sides:

1. a spelled-out Greek letter becomes its Latin letter when it stands apart or is glued to a
   capital/digit (``NF-kappaB``, ``IkappaB``, ``TNF-alpha``, ``PPARgamma``), not inside an
   ordinary word (``alphabet``);
2. Greek letters become their Latin letter (κ→k, α→a, β→b …);
3. separators (spaces, hyphens, underscores, middle dots) are removed;
4. the result is lower-cased for the key; the case-preserved form (``case_form``) is kept for
   the case rules of gene symbols.

``fold_with_map`` returns, for each key character, the span of source characters it came
from, so a key match maps back to offsets in the normalised text.
"""

from __future__ import annotations

import re

GREEK_TO_LATIN = {
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "h", "θ": "q", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "π": "p", "ρ": "r", "σ": "s", "τ": "t",
    "υ": "u", "φ": "f", "χ": "c", "ψ": "y", "ω": "w",
    "Α": "A", "Β": "B", "Γ": "G", "Δ": "D", "Ε": "E", "Κ": "K", "Λ": "L", "Σ": "S", "Ω": "W",
    "µ": "m",
}
_GREEK_WORDS = {
    "alpha": "a", "beta": "b", "gamma": "g", "delta": "d", "epsilon": "e", "kappa": "k",
    "lambda": "l", "sigma": "s", "omega": "w", "theta": "q", "zeta": "z",
}
_GREEK_WORD_RE = re.compile(
    r"(?<![a-z])(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _GREEK_WORDS) + r")(?![a-z])"
)
SEPARATORS = frozenset(" \t\n-‐‑‒–—_·・")


_SEPARATOR_RUN = re.compile("[" + re.escape("".join(sorted(SEPARATORS))) + "]+")


def fold_with_map(text: str) -> tuple[str, str, list[int], list[int]]:
    """(key, case_form, starts, ends): key[i] comes from text[starts[i]:ends[i]].

    Built from slices between separator runs and Greek words, so the per-character work
    happens in C (str.translate, range) rather than in a Python loop.
    """
    edits: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _SEPARATOR_RUN.finditer(text)]
    if "a" in text or "e" in text or "A" in text or "E" in text:
        edits += [(m.start(), m.end(), _GREEK_WORDS[m.group(1).lower()]) for m in _GREEK_WORD_RE.finditer(text)]
        edits.sort()
    pieces: list[str] = []
    index: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        if start < pos:
            continue
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        if replacement:
            pieces.append(replacement)
            index.append(start)
            ends.append(end)
        pos = end
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    case_form = "".join(pieces).translate(_GREEK_TABLE)
    key = case_form.lower()
    if len(key) != len(case_form):  # rare characters whose lower case is longer
        key = "".join(c.lower()[:1] for c in case_form)
    return key, case_form, index, ends


_GREEK_TABLE = str.maketrans(GREEK_TO_LATIN)


_FOLD_TABLE = str.maketrans({**GREEK_TO_LATIN, **{ch: None for ch in SEPARATORS}})


def fold_fast(text: str) -> tuple[str, str]:
    """(key, case_form) of ``fold_with_map`` without the index map (for dictionary terms)."""
    if "a" in text or "e" in text or "A" in text or "E" in text:
        text = _GREEK_WORD_RE.sub(lambda m: _GREEK_WORDS[m.group(1).lower()], text)
    case_form = text.translate(_FOLD_TABLE)
    key = case_form.lower()
    if len(key) != len(case_form):
        key = "".join(c.lower()[:1] for c in case_form)
    return key, case_form


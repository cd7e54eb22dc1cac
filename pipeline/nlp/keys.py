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

from array import array

from pipeline import lazy_re
from pipeline import _core

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
_GREEK_WORD_RE = lazy_re.compile(
    r"(?<![a-z])(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _GREEK_WORDS) + r")(?![a-z])"
)
# Where the first match of _GREEK_WORD_RE can be: every match opens with one of these words. A
# pattern that opens with a look-behind is tried at every character; this alternation of plain
# words is searched by the engine's first-character test (stop 37: the scan was ~3 % of a
# batch's time, one per paragraph, though few paragraphs spell a Greek letter).
GREEK_WORD_SPELLED = lazy_re.compile("|".join(v for w in _GREEK_WORDS for v in (w, w[0].upper() + w[1:])))
SEPARATORS = frozenset(" \t\n-‐‑‒–—_·・")



def fold_with_map(text: str) -> tuple[str, str, array, array]:
    """(key, case_form, starts, ends): key[i] comes from text[starts[i]:ends[i]].

    Spelled Greek words are found by a regular expression; dropping the separators, turning Greek
    letters into Latin ones and building the offset arrays is one compiled pass over the characters
    (``pipeline._core.fold_map_letters``): C integers in arrays, not a tuple per separator run and a
    Python int per character, and no ``str.translate`` with a dict, which cost ~0.1 us a character
    of a Chinese paragraph (4/5 of the folding on the benchmark's corpus; stop 48). A Greek word
    holds no separator, so the two never overlap.
    """
    words: list[tuple[int, int, str]] = []
    first = GREEK_WORD_SPELLED.search(text)
    if first is not None:  # no match starts before it (GREEK_WORD_SPELLED)
        words = [(m.start(), m.end(), _GREEK_WORDS[m.group(1).lower()])
                 for m in _GREEK_WORD_RE.finditer(text, first.start())]
    case_form, index, ends = _core.fold_map_letters(text, words, _GREEK_FROM, _GREEK_TO)
    key = case_form.lower()
    if len(key) != len(case_form):  # rare characters whose lower case is longer
        key = "".join(c.lower()[:1] for c in case_form)
    return key, case_form, index, ends


_GREEK_TABLE = str.maketrans(GREEK_TO_LATIN)
# the same table as two strings, one character for one (fold_with_map's offsets rely on it)
_GREEK_FROM, _GREEK_TO = "".join(GREEK_TO_LATIN), "".join(GREEK_TO_LATIN.values())
if len(_GREEK_FROM) != len(_GREEK_TO):
    raise ValueError("GREEK_TO_LATIN must map one character to one")


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


"""Identifier helpers shared by the dictionary build and its consumers."""

from __future__ import annotations

import unicodedata

from pipeline import lazy_re

_GREEK = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "ζ": "zeta",
    "η": "eta",
    "θ": "theta",
    "ι": "iota",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ξ": "xi",
    "ο": "omicron",
    "π": "pi",
    "ρ": "rho",
    "σ": "sigma",
    "ς": "sigma",
    "τ": "tau",
    "υ": "upsilon",
    "φ": "phi",
    "χ": "chi",
    "ψ": "psi",
    "ω": "omega",
}
_NON_SLUG = lazy_re.compile(r"[^a-z0-9]+")
_DIGITS = lazy_re.compile(r"(\d+)")


def compound_id(name: str) -> str:
    """Return the compound id ``CPD:<slug>`` for a canonical English compound name.

    The slug is the name lower-cased, every run of characters other than ``[a-z0-9]``
    replaced by ``-``, with leading/trailing ``-`` stripped:
    ``compound_id("Zoledronic acid") == "CPD:zoledronic-acid"``,
    ``compound_id("Timosaponin BII") == "CPD:timosaponin-bii"``.
    Before that, Greek letters are spelled out (``β-sitosterol`` -> ``beta-sitosterol``, so
    alpha/beta isomers do not collide) and accents are stripped (``é`` -> ``e``).
    Raises ``ValueError`` when nothing is left (e.g. a name written only in Chinese).
    """
    text = "".join(_GREEK.get(ch, ch) for ch in name.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", text).strip("-")
    if not slug:
        raise ValueError(f"compound name {name!r} has no [a-z0-9] characters to build an id from")
    return f"CPD:{slug}"


def id_sort_key(entity_id: str) -> tuple:
    """Natural sort key for ids: ``HGNC:5 < HGNC:10``, ``hsa00010 < hsa04010``.

    Generated files are sorted by this key; text parts compare as strings, digit runs as
    integers (with the raw digits as a tie-breaker, so ``007`` and ``7`` stay distinct).
    """
    parts = _DIGITS.split(entity_id)
    key: list[tuple[int, int | str, str]] = []
    for i, part in enumerate(parts):
        if i % 2:
            key.append((1, int(part), part))
        else:
            key.append((0, part, ""))
    return tuple(key)

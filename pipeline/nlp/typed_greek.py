"""Greek gamma typed as the Latin letter ``y``: ``interferon-y``, ``IFN-y``.

γ has no key on an English keyboard and a Latin ``y`` is its look-alike (the same descender and
fork), so abstracts typed or converted without the Greek font write ``interferon-y`` and
``IFN-y`` for interferon-γ (validation_en PMID21195946 "the T(H)1 cytokines IL-12p40 and
interferon-y"; BioRED dev "IFN-y"). The matching keys fold ``γ`` and ``gamma`` to ``g``, never
``y`` (nlp/keys.py), so the name fell back to its head, the interferon family. A Latin ``y``
after a hyphen at the end of a gene name is read as γ only when the dictionary then names a gene
other than the one already found; ``y`` is no gene designator of its own (genes are numbered,
lettered in capitals, or Greek). The same look-alike substitution the matcher already accepts
for ``a``/``b``/``k`` (``TNF-a``, ``IL-1b``, ``NF-kB``: keys.py folds α, β, κ to those letters).
Pure function over one paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_HYPHEN_Y = lazy_re.compile(r"-y(?![A-Za-z0-9])")


def typed_gamma_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with each gene mention ending in, or followed by, ``-y`` relinked to the gene its
    name with ``-γ`` names ("interferon-y": IFNG, not the interferon family), the mention then
    covering the ``-y``. ``gene_of(name)`` gives the gene/family id a name names, or None."""
    if "-y" not in text:
        return mentions
    out = []
    changed = False
    for m in mentions:
        if m.label == "GENE":
            if text.endswith("-y", m.start, m.end) and _HYPHEN_Y.match(text, m.end - 2):
                stem_end, end = m.end - 2, m.end
            elif _HYPHEN_Y.match(text, m.end):
                stem_end, end = m.end, m.end + 2
            else:
                stem_end = end = -1
            if stem_end > m.start:
                gene = gene_of(text[m.start:stem_end] + "-γ")
                if gene and gene != m.entity_id and not any(o is not m and o.start < end and m.end < o.end
                                                             for o in mentions):
                    out.append(replace(m, end=end, entity_id=gene, how="word-form", text=text[m.start:end]))
                    changed = True
                    continue
        out.append(m)
    return out if changed else mentions

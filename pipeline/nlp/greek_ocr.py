"""A Greek letter read as a look-alike by OCR: "PKC8" for PKCδ, "PPARy" for PPARγ.

Text recognition reads the glyph δ as the digit 8 (their shapes differ by an open top), so
PDF-converted papers write "PKC8/NF-kB pathway" and "nonPLC/PKC通路的激活会引起PKC-8的激活" where the
source has PKCδ (ChinaXiv-201806.00141V1, -201712.00947V1). GUIDELINES 5.11 ("OCR damage")
annotates a name whose letters can still be read, and names this very case (`PKC8` for PKCδ).
No PKC isoform is numbered 8, so the reading is safe wherever it holds generally: a symbol stem
followed by "8" (with or without a hyphen) is read as the stem + δ when the dictionary names
stem + δ and names no stem + 8.

γ is read as the Latin ``y`` the same way (the same descender and fork): "诱导PPARy的表达",
"Zfp423 ... 诱导PPARy的表达" (ChinaXiv-201711.00914V1, validation44_zh), "PKCy" (ChinaXiv-201806.00141V1).
No gene symbol ends in a lower-case ``y`` glued to its capitals, so the stem must be capitals and
digits only (an ordinary word such as "Mary" or "Key" never qualifies) and the dictionary must name
stem + γ and no stem + y. nlp/typed_greek.py reads the English hyphenated form ("interferon-y") from
an existing mention; this reads the glued symbol the matcher cannot find at all. Pure functions over
one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_EIGHT = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z]{1,5})(-?)8(?![0-9A-Za-z])")
_WYE = lazy_re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Z0-9]{1,5})(-?)y(?![0-9A-Za-z])")


def delta_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None],
                   label_of: Callable[[str], str]) -> list[Mention]:
    """``mentions`` with each "X8"/"X-8" that OCR made of Xδ read as Xδ's gene (module docstring);
    mentions inside the span (the family PKC) give way to it."""
    if "8" not in text:
        return mentions
    return _lookalike_mentions(text, mentions, _EIGHT, "8", "δ", gene_of, label_of)


def gamma_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None],
                   label_of: Callable[[str], str]) -> list[Mention]:
    """``mentions`` with each "XY"/"XY-y" (capitals) that OCR made of XYγ read as XYγ's gene
    ("PPARy": PPARG; module docstring); mentions inside the span give way to it."""
    if "y" not in text:
        return mentions
    return _lookalike_mentions(text, mentions, _WYE, "y", "γ", gene_of, label_of)


def _lookalike_mentions(text: str, mentions: list[Mention], pattern: re.Pattern[str], read: str, greek: str,
                        gene_of: Callable[[str], str | None], label_of: Callable[[str], str]) -> list[Mention]:
    """Each ``pattern`` match (a stem, an optional hyphen, then the look-alike ``read``) read as
    stem + ``greek`` when the dictionary names that and no stem + ``read``."""
    added: list[Mention] = []
    for m in pattern.finditer(text):
        stem = m.group(1)
        if gene_of(stem + read) is not None or gene_of(stem + "-" + read) is not None:
            continue
        gene = gene_of(stem + greek)
        if gene is None:
            continue
        start, end = m.start(), m.end()
        if any(n.start <= start and end <= n.end and (n.start, n.end) != (start, end - 1 - len(m.group(2)))
               and n.end - n.start > end - start for n in mentions):
            continue  # inside a longer name
        if any((n.start, n.end, n.entity_id) == (start, end, gene) for n in mentions):
            continue  # already read so (typed_greek: "IFN-y")
        added.append(Mention(start, end, gene, label_of(gene), "ocr-greek", text[start:end]))
    if not added:
        return mentions
    kept = [n for n in mentions if not any(a.start <= n.start and n.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda n: (n.start, -n.end))

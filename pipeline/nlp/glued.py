"""Names glued to a neighbouring word by PDF conversion, and Greek isoform prefixes.

The matcher takes a Latin match only between word edges, which keeps ``AKT`` out of
``Aktion``. PDF-converted Chinese papers lose spaces in their English parts, above all in the
reference titles: ``Wnt7a/Aktsignaling pathway``, ``PI3K/PTEN/Akt/mTORpathways``,
``cetuximabresistance``, ``matrineinduced``, ``activation ofp38MAPK``. And English text writes
isoforms with a Greek prefix glued to the symbol: ``ΔFosB`` (the key folds Δ to ``d``, so
``dfosb`` matches nothing).

This module matches the *piece* of such a run that a glue word cuts off, and only then:

* a run ending in a closed list of words that follow names in titles and results
  (signaling, pathway(s), induced, mediated, resistance, dependent, treated), or in the
  function words and/in/of after a symbol written in capitals or digits (``BAFand``);
* a run opening with a function word (of/the/in/and/by/with) glued to a symbol that has a
  capital or digit (``ofp38MAPK``), or closing with such a word glued to a capitalised symbol
  (``biogenesisandSIRT1``);
* a run right after Δ/δ (isoform prefix; the mention covers the prefix).

The piece must be a whole dictionary match (the index's own case rules apply); a lowercase
piece must be 6+ characters (``cetuximab``), a symbol 2+ with a capital or digit. Runs that
already hold a mention are left alone. Pure functions over one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.nlp.matcher import Mention

_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
TAIL_WORDS = re.compile(r"(?:signal(?:l)?ing|pathways?|induced|mediated|resistance|dependent|treated)")
HEAD_WORDS = re.compile(r"(?:of|the|in|and|by|with)$")
_HEAD = re.compile(r"^(?:of|the|in|and|by|with)(?=[A-Za-z0-9])")
# a capitalised symbol closing a run after a glued function word, with more words glued before it:
# "mitochondrialbiogenesisandSIRT1/PGC-1α/PI3K/Aktsignaling" (ChinaXiv-202207.00209V1 reference 9;
# validation gold AXIS:HGNC:14929/HGNC:9237/FPLX:PI3K/FPLX:AKT)
_GLUED_SYMBOL_END = re.compile(r"(?:and|of|in|by|with)([A-Z][A-Za-z0-9]*)$")
_ISOFORM = "Δδ"
MIN_LOWER = 6


def _symbolish(piece: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in piece)


def _piece_ok(piece: str) -> bool:
    return len(piece) >= MIN_LOWER if not _symbolish(piece) else len(piece) >= 2


def _cuts(run: str) -> list[tuple[int, int]]:
    """(start, end) offsets inside ``run`` of the pieces worth matching."""
    out: list[tuple[int, int]] = []
    for tail in TAIL_WORDS.finditer(run):
        if tail.start() >= 2 and _piece_ok(run[: tail.start()]):
            out.append((0, tail.start()))
    for word in ("and", "in", "of"):
        piece = run[: -len(word)]
        if run.endswith(word) and len(piece) >= 2 and (piece[-1].isupper() or piece[-1].isdigit()):
            out.append((0, len(piece)))
    head = _HEAD.match(run)
    if head and _symbolish(run[head.end():]) and len(run) - head.end() >= 2:
        out.append((head.end(), len(run)))
    glued = _GLUED_SYMBOL_END.search(run)
    if glued and glued.start() > 0 and len(glued.group(1)) >= 2:
        out.append((glued.start(1), len(run)))
    return out


def glued_mentions(text: str, mentions: list[Mention], match: Callable[[str], list[Mention]]) -> list[Mention]:
    """``mentions`` plus the names found inside glued runs and after isoform prefixes.

    ``match(piece)`` returns the dictionary mentions of a string with every position an edge
    (``TermIndex.match`` with all edges allowed).
    """
    added: list[Mention] = []
    for run in _RUN.finditer(text):
        start, end = run.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        isoform = start > 0 and text[start - 1] in _ISOFORM and (start < 2 or not text[start - 2].isalnum())
        cuts = [(0, end - start)] if isoform else _cuts(run.group())
        for a, b in cuts:
            piece = run.group()[a:b]
            whole = [m for m in match(piece) if m.start == 0 and m.end == len(piece)]
            if not whole:
                continue
            m = whole[0]
            s, e = start + a - (1 if isoform else 0), start + b
            added.append(Mention(s, e, m.entity_id, m.label, "glued", text[s:e]))
            break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


_RECEPTOR_R = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z0-9][A-Za-z0-9\-]*[0-9][A-Za-z]?)R(?![A-Za-z0-9])")


def receptor_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``5-HT4R``, ``5-HT7R``, ``5-HT3R``: a numbered ligand or subtype with a capital R glued
    to it is the receptor. ``gene_of(X)`` gives the receptor's gene/family (the dictionary's
    ``<X> receptor``, or X itself when X names a receptor), or None."""
    if "R" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _RECEPTOR_R.finditer(text):
        start, end = hit.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        entity = gene_of(hit.group(1))
        if entity:
            added.append(Mention(start, end, entity, "GENE", "glued", hit.group()))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))

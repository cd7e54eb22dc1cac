"""Numbered members written after one full name by their numbers alone: "STAT1、2、3、4、5A、5B 和6".

Chinese reviews list a numbered gene series once with its stem and then only the numbers, joined by
the enumeration comma 、 (顿号) or a conjunction, and give a run of consecutive members as a range
with a tilde or a hyphen: "STAT 主要包括 STAT1、2、3、4、5A、5B 和6 等成员" (ChinaXiv-201711.01377V1),
"STATs主要包括STAT1~4、5A、5B和6等成员" (ChinaXiv-201711.00914V1), "SOCS1-3". The stem is left out
exactly as in the hyphen ellipsis "caspase-3, -8, and -9" that nlp/gene_partners.elided_members
reads; here there is no hyphen to mark it, so the run must be a Chinese enumeration (a 、 or a
Chinese conjunction in it) or hold a range, and it must end where the numbers end (no unit, no
decimal, no further word: "IL-6 10、20 ng/ml" is a dose).

A member written as its number gets that number's offsets; the members a range leaves unwritten
("STAT1~4": STAT2, STAT3) get the offsets of the range's last number, beside the member written
there, so each stays a mention of its own (relations/coordination.py keeps them in one list).
Pure functions over a paragraph's text.
"""

from __future__ import annotations

from pipeline import lazy_re

# the number a name ends in, with an optional one-letter suffix ("STAT5A"); the stem is what precedes it
_OWN_NUMBER = lazy_re.compile(r"(?<=[A-Za-z\-])(\d{1,2})([A-Za-z]?)$")
_ITEM = r"(\d{1,2})([A-Za-z]?)"  # "5A", "Wnt3、5a"
# a range sign: tilde (full width, or escaped by the Markdown conversion "\~"), hyphen or en dash
_RANGE_STEP = lazy_re.compile(r"\s*(?:\\?[~～]|[-–])\s*(\d{1,2})(?![A-Za-z0-9])")
_LIST_STEP = lazy_re.compile(r"\s*(、|，|,|和|及|与|或)\s*" + _ITEM + r"(?![A-Za-z0-9])")
_CHINESE_SEPARATORS = frozenset("、和及与或")
# what may not follow the last number: a decimal, a percentage or a unit (then the numbers were a measure)
_MEASURE_AFTER = lazy_re.compile(r"\s*(?:[.．%％]\d?|(?:h|d|min|mg|g|ml|mL|μ|nm|kDa|bp)(?![A-Za-z])|"
                                 r"[个种天周月年次组例只倍位名型期度号]|小时|分钟)")
# at most this many members from one range ("SOCS1-3", "STAT1~4"); a longer span is no member run
MAX_RANGE = 8


def series_members(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each member that the numbers after the name ``text[start:end]``
    write: "STAT1、2、3" gives (…, "STAT2") on "2" and (…, "STAT3") on "3"; "STAT1~4" gives STAT2,
    STAT3 and STAT4, all on "4". [] when the name ends in no number, when no such run follows or
    when the run is not a Chinese enumeration or a range, or reads as a measure."""
    own = _OWN_NUMBER.search(text, start, end)
    if own is None:
        return []
    stem = text[start:own.start()]
    last = int(own.group(1)) if not own.group(2) else None  # a range goes on only from a bare number
    out: list[tuple[int, int, str]] = []
    chinese = ranged = False
    pos = end
    while True:
        step = _RANGE_STEP.match(text, pos) if last is not None else None
        if step is not None and last < int(step.group(1)) <= last + MAX_RANGE:
            a, b = step.span(1)
            out += [(a, b, f"{stem}{n}") for n in range(last + 1, int(step.group(1)) + 1)]
            ranged, last, pos = True, None, b  # "1~4~6" is no range
            continue
        step = _LIST_STEP.match(text, pos)
        if step is None:
            break
        chinese = chinese or step.group(1) in _CHINESE_SEPARATORS
        out.append((step.start(2), step.end(3), stem + step.group(2) + step.group(3)))
        last = int(step.group(2)) if not step.group(3) else None
        pos = step.end()
    if not out or not (chinese or ranged) or _MEASURE_AFTER.match(text, pos):
        return []
    return out


# a name ending in a capital letter after a lower-case one ("RagA"), the range to another capital after it:
# "RagA-D", "RagA–D" (the range may sit inside the mention the dictionary matched, or right after it)
_OWN_LETTER = lazy_re.compile(r"(?<=[a-z])([A-Z])(?:[-–]([A-Z]))?$")
_LETTER_STEP = lazy_re.compile(r"[-–]([A-Z])(?![A-Za-z0-9])")
MAX_LETTER_RANGE = 6


def letter_range_members(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each member a letter range after the name ``text[start:end]`` leaves
    unwritten, all on the range's last letter: "RagA-D" gives RagB, RagC and RagD on "D" (validation38_en
    PMID25218136: "the protein content for RagA-D, LAMTOR-1 and -2, raptor"). The members of a series named
    by a capital after a lower-case stem (RagA…RagD, the Rag GTPases) are written this way as numbered ones
    are with "SOCS1-3" (series_members). [] when the name ends in no such letter or no range follows."""
    own = _OWN_LETTER.search(text, start, end)
    if own is None:
        return []
    if own.group(2):  # the range inside the matched name
        first, last, at = own.group(1), own.group(2), own.start(2)
    else:
        step = _LETTER_STEP.match(text, end)
        if step is None:
            return []
        first, last, at = own.group(1), step.group(1), step.start(1)
    if not 0 < ord(last) - ord(first) <= MAX_LETTER_RANGE:
        return []
    stem = text[start:own.start(1)]
    return [(at, at + 1, f"{stem}{chr(c)}") for c in range(ord(first) + 1, ord(last) + 1)]

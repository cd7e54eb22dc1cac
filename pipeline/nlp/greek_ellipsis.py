"""Members of a hyphen ellipsis whose designator holds a Greek letter: "IL-1α and -β", "HIF-1α and -2α",
"TGF-beta1 and -beta2".

English writes a second gene of one family as its designator alone after a hyphen, the shared stem
left out ("caspase-3, -8, and -9"; Quirk et al. 1985, 13.98, ellipsis in compounds).
nlp/gene_partners.elided_members reads the designators that follow a letter, a hyphen or a space
("caspase-3", "PPAR-α", "GABPalpha"). A designator that joins a Greek letter to a number has no such
boundary before its Greek part, so there the first name stayed one mention with the whole
coordination and the second gene (IL1B, EPAS1, TGFB2) was lost with its relations. BioRED marks
"TGF-beta1 and -beta2" as one mention of both TGFB1 and TGFB2 (PMID 20428796, twice).

The part of the first name the member replaces is the part with the member's own shape:
a Greek letter alone replaces the Greek letter after the number ("IL-1α" + "-β": IL-1β), a number
with a Greek letter replaces the number with its letter ("HIF-1α" + "-2α": HIF-2α), a Greek letter
with a number the same ("TGF-β1" + "-β2": TGF-β2). Every member must have the shape; a mixed list
("IL-1α, -β and -6") gives none. Whether a member names a gene is the dictionary's to say
(annotator ``_elided_mentions``: all members or none). Pure functions over a paragraph's text.
"""

from __future__ import annotations

from pipeline import lazy_re

# a Greek letter, as its character or its spelled name
_GREEK = (r"(?:[α-ω]|alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|"
          r"sigma|tau|upsilon|phi|chi|psi|omega)")
# the shapes of a Greek designator: the letter alone, a number with the letter, the letter with a number
_SHAPES = {"greek": _GREEK, "number-greek": r"\d{1,2}" + _GREEK, "greek-number": _GREEK + r"\d{1,2}"}
# what the first name's designator is preceded by for each shape: "IL-1|α", "HIF-|1α", "TGF-|β1"
_OWN = {
    "greek": lazy_re.compile(r"(?<=\d)" + _GREEK + r"$"),
    "number-greek": lazy_re.compile(r"(?<=[A-Za-z\-])\d{1,2}" + _GREEK + r"$"),
    "greek-number": lazy_re.compile(r"(?<=[A-Za-z\-])" + _GREEK + r"\d{1,2}$"),
}
_SEPARATOR = r"(?:\s*[,，、]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*(?:和|及|与|或)\s*)"
# one member: a separator, a hyphen and a designator of some Greek shape, then no further name character
_ITEM = lazy_re.compile(_SEPARATOR + r"-(" + "|".join(_SHAPES.values()) + r")(?![A-Za-z0-9α-ω\-])")
# any further elided designator after the run ("-6", "-R"): the list mixes shapes
_FURTHER_ITEM = lazy_re.compile(_SEPARATOR + r"-[A-Za-z0-9]")
_SHAPE_OF = {kind: lazy_re.compile(pattern) for kind, pattern in _SHAPES.items()}


def _shape(designator: str) -> str | None:
    return next((kind for kind, pattern in _SHAPE_OF.items() if pattern.fullmatch(designator)), None)


def greek_elided_members(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each member written as its Greek designator alone after the name
    ``text[start:end]``: "IL-1α and -β" gives (…, "IL-1β") on "β", "HIF-1α and -2α" gives HIF-2α on
    "2α", "TGF-beta1 and -beta2" gives TGF-beta2 on "beta2". [] when no such member follows, when
    the members' shapes differ or when the name ends in no designator of their shape."""
    items = []
    pos = end
    while (item := _ITEM.match(text, pos)) is not None:
        items.append(item)
        pos = item.end()
    if not items or _FURTHER_ITEM.match(text, pos):  # "IL-1α, -β and -6": IL-6 is no IL-1 member
        return []
    kind = _shape(items[0].group(1))
    if kind is None or any(_shape(i.group(1)) != kind for i in items):
        return []
    own = _OWN[kind].search(text, start, end)
    if own is None:
        return []
    stem = text[start:own.start()]
    return [(i.start(1), i.end(1), stem + i.group(1)) for i in items]

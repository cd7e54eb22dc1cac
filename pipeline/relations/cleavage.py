"""A cleaved protein as the read-out of a statement: the cleavage has no sign for the substrate.

"ursolic acid enhanced the cleavages of PARP", "SB216763 blocked the cleavages of PARP",
"MG132 suppressed … cleaved PARP": the agent changes how much of the substrate is cut, a
marker of apoptosis. For a caspase, cleavage is the activation of the zymogen (the English
gold: ursolic acid ``activates`` CASP3 from the same phrase); for any other substrate it may
inactivate it (PARP), activate it (Notch, SREBP) or just mark a process, so the pair is stated
but carries no direction: ``associated`` (corpus/gold/new_papers_en.csv: ursolic acid, compound C,
SB216763 and MG132 with PARP1). English only; Chinese "剪切PARP" is annotated with a sign
(GUIDELINES, the zh gold: Caspase-3 ``inhibits`` PARP).
"""

from __future__ import annotations

import re

# earlier one-word items of the list ("cleavages of caspase-3 and PARP"), or the long form
# whose short form in parentheses is the mention ("cleavages of poly-ADP-ribose polymerase (PARP)")
_ITEMS = r"(?:[\w\-]+(?:\s+\d+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*"
_LONG_FORM = r"(?:[\w\-]+\s+){0,3}[\w\-]+\s*\(\s*"
_CLEAVED_BEFORE = re.compile(r"\b(?:cleavages?\s+of|cleaved(?:\s+form\s+of)?)\s+(?:the\s+)?(?:" + _LONG_FORM + "|" + _ITEMS + ")$",
                             re.IGNORECASE)
_CLEAVAGE_AFTER = re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?cleavages?\b", re.IGNORECASE)
_CLEAVED_NAME = re.compile(r"^cleaved\s|\scleavages?$", re.IGNORECASE)
_ZYMOGEN = re.compile(r"caspase|\bcasp\d|\bpro-?caspase", re.IGNORECASE)


def cleaved_substrate(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] named as a cleaved protein ("cleavages of PARP and …",
    "cleaved PARP", "PARP cleavage") other than a caspase (whose cleavage activates it)?"""
    if _ZYMOGEN.search(text[start:end]):
        return False
    if _CLEAVED_NAME.search(text[start:end]):  # the dictionary's "cleaved PARP", "PARP cleavage"
        return True
    before = text[max(0, start - 80):start]
    return bool(_CLEAVED_BEFORE.search(before) or _CLEAVAGE_AFTER.match(text[end:end + 30]))

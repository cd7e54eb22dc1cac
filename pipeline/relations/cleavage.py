"""A cleaved protein as the read-out of a statement: the cleavage has no sign for the substrate.

"ursolic acid enhanced the cleavages of PARP", "SB216763 blocked the cleavages of PARP",
"MG132 suppressed … cleaved PARP": the agent changes how much of the substrate is cut, a
marker of apoptosis. For a caspase, cleavage is the activation of the zymogen (the English
gold: ursolic acid ``activates`` CASP3 from the same phrase); for any other substrate it may
inactivate it (PARP), activate it (Notch, SREBP) or just mark a process, so the pair is stated
but carries no direction: ``associated`` (corpus/gold/new_papers_en.csv: ursolic acid, compound C,
SB216763 and MG132 with PARP1). GUIDELINES 5.12 states both halves: "cleavage of a caspase is
``activates``; cleavage of PARP or of an anti-apoptotic protein is ``associated``" — so a caspase named
as cleaved ("cleaved caspase-3 increased", "caspase-9发生剪切") is activated by the agent, not up-regulated
(``cleaved_zymogen``).

Chinese names the cleaved protein as the subject of 剪切/裂解/切割 ("PARP及caspase-9发生剪切",
"PARP蛋白及Caspase-9蛋白剪切的增加", ChinaXiv-201712.00999V1), the predicate distributing over the
coordinated subjects, or with an attributive form before it ("剪切型caspase-3", "裂解的PARP"). The
verb with its object ("Caspase-3 剪切PARP": the caspase cuts PARP, the zh gold's Caspase-3 ``inhibits``
PARP) is not this shape and keeps its sign.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# earlier one-word items of the list ("cleavages of caspase-3 and PARP"), or the long form
# whose short form in parentheses is the mention ("cleavages of poly-ADP-ribose polymerase (PARP)")
_ITEMS = r"(?:[\w\-]+(?:\s+\d+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*"
_LONG_FORM = r"(?:[\w\-]+\s+){0,3}[\w\-]+\s*\(\s*"
_CLEAVED_BEFORE = lazy_re.compile(r"\b(?:cleavages?\s+of|cleaved(?:\s+form\s+of)?)\s+(?:the\s+)?(?:" + _LONG_FORM + "|" + _ITEMS + ")$",
                                  re.IGNORECASE)
_CLEAVAGE_AFTER = lazy_re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?cleavages?\b", re.IGNORECASE)
_CLEAVED_NAME = lazy_re.compile(r"^cleaved\s|\scleavages?$", re.IGNORECASE)
_ZYMOGEN = lazy_re.compile(r"caspase|\bcasp\d|\bpro-?caspase", re.IGNORECASE)


# Chinese: the protein (and the ones coordinated after it) as the subject of the cleavage noun or verb
# (the cleavage word as a noun or an intransitive verb: after 发生/出现/的, or followed by 的, a change word or the
# clause's end; "Caspase-3剪切PARP" is the caspase cutting its object)
_ZH_CLEAVED_AFTER = lazy_re.compile(r"^(?:蛋白)?(?:\s*(?:、|及|和|与|以及)\s*[^，。、;；,]{1,20}?)*?\s*"
                                    r"(?:(?:发生|出现|的)\s*(?:剪切|裂解|切割)(?!酶)|(?:剪切|裂解|切割)(?=\s*(?:的|增加|减少|升高|降低|增多|水平|[,，。;；)）]|$)))")
_ZH_CLEAVED_FORM = lazy_re.compile(r"(?:剪切型|剪切后的|剪切的|被剪切的|裂解型|裂解的|切割型)\s*$")


def _zh_cleaved(text: str, start: int, end: int) -> bool:
    return bool(_ZH_CLEAVED_AFTER.match(text[end:end + 60]) or _ZH_CLEAVED_FORM.search(text[max(0, start - 6):start]))


def cleaved_zymogen(text: str, start: int, end: int) -> bool:
    """Is the caspase text[start:end] named as cleaved ("cleaved caspase-3", "cleavages of … caspase3",
    "caspase-9发生剪切", "剪切型caspase-3")? Its cleavage is its activation (GUIDELINES 5.12)."""
    if not _ZYMOGEN.search(text[start:end]):
        return False
    return bool(_CLEAVED_NAME.search(text[start:end]) or _CLEAVED_BEFORE.search(text[max(0, start - 80):start])
                or _CLEAVAGE_AFTER.match(text[end:end + 30]) or _zh_cleaved(text, start, end))


def cleaved_substrate(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] named as a cleaved protein ("cleavages of PARP and …",
    "cleaved PARP", "PARP cleavage") other than a caspase (whose cleavage activates it)?"""
    if _ZYMOGEN.search(text[start:end]):
        return False
    if _CLEAVED_NAME.search(text[start:end]):  # the dictionary's "cleaved PARP", "PARP cleavage"
        return True
    before = text[max(0, start - 80):start]
    return bool(_CLEAVED_BEFORE.search(before) or _CLEAVAGE_AFTER.match(text[end:end + 30]) or _zh_cleaved(text, start, end))

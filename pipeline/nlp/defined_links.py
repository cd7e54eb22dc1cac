"""Links of a signalling chain written as a name with its bracketed definition.

Chinese reviews write an axis by chaining its members with "-" and define each member as they
chain it: the Chinese name, then in brackets the English name and the symbol, then the next link:
"磷脂酰肌醇3-激酶（phosphatidylinositol 3-kinase，PI3K）-蛋白激酶B（protein kinase B，Akt）-mTORC1信号通路",
"寒冷刺激-β3肾上腺素受体（β3-AR)-PKA-CREB" (validation46_zh ChinaXiv-201812.00767V1, ChinaXiv-201711.00488V1).
Alternatives inside one link are written with a backslash as with "/" ("运动-CaN\\CaMKIV-MEF2\\CREB"). The
chain readers (pathways.compose_pathways walking back from a pathway word, pathway_lists.hyphen_axes
walking forward without one) stopped at the bracket, so the axis lost every member before it.

Here, pure functions over the paragraph text: where a definition bracket ends or begins, and which
mention is the member of a link so written: the name before the bracket (the bracket defines it), or,
when the name is not recognised, the symbol in the bracket ("环磷腺苷效应元件结合蛋白（CREB）"). A bracket
is a definition only when it holds no Chinese and ends with a symbol ("（TAB1）", "（liver kinaseB1，LKB1）"):
"（P<0.05）", "（图1）", "（2015）" are not; and a symbol the dictionary reads wholly as another gene
than the name ("蛋白激酶B（PI3K）") is no definition of it.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# the inside of a definition bracket: an optional gloss and comma, then the symbol (a letter in it)
_DEFINITION = lazy_re.compile(
    r"\s*(?:[^()（）。；;：:\u3400-\u9fff]{0,80}[,，]\s*)?"
    r"(?P<symbol>[A-Za-z0-9α-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω\-]{0,14}(?:/[0-9]{1,2})?)\s*"
)
_HAS_LETTER = lazy_re.compile(r"[A-Za-zα-ωΑ-Ω]")
# the bracket(s) right after a name: "(TAK1)（TAK1）" repeats the symbol (ChinaXiv-201711.01377V1)
_BRACKET_AFTER = lazy_re.compile(r"\s*[(（]([^()（）]{1,96})[)）]")
# a Chinese name before a bracket whose name the dictionary does not know (the symbol is then the member);
# "结节性硬化蛋白1/2(TSC1/2)" names two paralogs at once, as its symbol does
_CJK_NAME_BEFORE = lazy_re.compile(r"[\u3400-\u9fffα-ωΑ-Ω0-9A-Za-z]*[\u3400-\u9fff][\u3400-\u9fffα-ωΑ-Ω0-9A-Za-z]*(?:/[0-9]{1,2})?$")
_LATIN_OR_DIGIT = lazy_re.compile(r"[A-Za-z0-9]")
_CJK_ONLY = lazy_re.compile(r"[\u3400-\u9fff]{2,12}")
# the joins inside a written chain: "-" between links, "\" between alternatives of one link
LINK_JOIN = "-–\\"


def definition_symbol(inside: str) -> tuple[int, int] | None:
    """(start, end) of the symbol in the inside of a bracket when the bracket is a definition (module
    docstring), else None."""
    found = _DEFINITION.fullmatch(inside)
    if found is None or not _HAS_LETTER.search(found.group("symbol")):
        return None
    return found.span("symbol")


def brackets_after(text: str, pos: int) -> int:
    """End of the definition brackets right after ``pos`` (``pos`` itself when there is none)."""
    while True:
        found = _BRACKET_AFTER.match(text, pos)
        if found is None or definition_symbol(found.group(1)) is None:
            return pos
        pos = found.end()


def _opener_before(text: str, end: int) -> int | None:
    """Index of the bracket opening the definition bracket that closes at ``end`` (``text[end - 1]`` a
    closing bracket), None when it is none."""
    if end < 2 or text[end - 1] not in ")）":
        return None
    opener = max(text.rfind("(", max(0, end - 98), end - 1), text.rfind("（", max(0, end - 98), end - 1))
    if opener < 0 or any(c in text[opener + 1:end - 1] for c in "()（）"):
        return None
    return opener if definition_symbol(text[opener + 1:end - 1]) is not None else None


def _symbol_mention(text: str, opener: int, close: int, mentions: list[Mention]) -> Mention | None:
    """The gene mention that is the whole symbol of the definition bracket ``text[opener:close]``."""
    start, end = definition_symbol(text[opener + 1:close - 1])
    start, end = opener + 1 + start, opener + 1 + end
    return next((m for m in mentions if m.label == "GENE" and m.entity_id and m.start == start and m.end == end),
                None)


def member_before_bracket(text: str, close: int, mentions: list[Mention], related=lambda a, b: a == b
                          ) -> tuple[Mention, int] | None:
    """(member, start of its link) of the link whose definition bracket closes at ``close``: the longest
    gene mention ending at the bracket, when the bracket's symbol is no other gene (``related(a, b)``: the
    two ids name one protein or family); else the symbol's mention after a Chinese name the dictionary
    does not know. None when the bracket is no definition or neither reads."""
    opener = _opener_before(text, close)
    if opener is None:
        return None
    # "(TAK1)（TAK1）": a repeated bracket; the name is before the first
    first = opener
    while True:
        before = first
        while before > 0 and text[before - 1].isspace():
            before -= 1
        earlier = _opener_before(text, before)
        if earlier is None:
            break
        first = earlier
    name_end = first
    while name_end > 0 and text[name_end - 1].isspace():
        name_end -= 1
    symbol = _symbol_mention(text, opener, close, mentions)
    names = [m for m in mentions if m.label == "GENE" and m.entity_id and m.end == name_end]
    if names:
        name = min(names, key=lambda m: m.start)
        if symbol is not None and not related(name.entity_id, symbol.entity_id):
            return None  # "蛋白激酶B（PI3K）": the symbol names another protein
        return name, name.start
    if symbol is None:
        return None
    cjk = _CJK_NAME_BEFORE.search(text, max(0, name_end - 30), name_end)
    if cjk is None:
        return None
    inside = [m for m in mentions if m.start < name_end and m.end > cjk.start()]
    if not inside:
        return symbol, cjk.start()
    # "p38分裂原激活的蛋白激酶(MAPK)": a member, then its class noun the dictionary does not know, and the
    # class's symbol (pathways.symbol_defined_before_trigger reads the known class nouns so): the member
    member = max(inside, key=lambda m: (m.end, -m.start))
    if member.label == "GENE" and member.entity_id and member.entity_id != symbol.entity_id \
            and _CJK_ONLY.fullmatch(text, member.end, name_end) and related(member.entity_id, symbol.entity_id):
        return member, member.start
    return None


def member_after_join(text: str, pos: int, genes: list[Mention], mentions: list[Mention]
                      ) -> tuple[Mention, int] | None:
    """(member, end of its link incl. its definition brackets) of the link starting at ``pos`` (right after
    a join): a gene mention starting there (the longest), else a Chinese name the dictionary does not know
    followed by a definition bracket whose symbol is a gene ("-环磷腺苷效应元件结合蛋白（CREB）")."""
    starting = [g for g in genes if g.start == pos]
    if starting:
        g = max(starting, key=lambda m: m.end)
        return g, brackets_after(text, g.end)
    k = pos
    while k < len(text) and k - pos < 30 and text[k] not in "(（" + LINK_JOIN + "/、,，;；。 ":
        k += 1
    found = _BRACKET_AFTER.match(text, k)
    if k == pos or found is None or not _CJK_NAME_BEFORE.search(text[pos:k]) or definition_symbol(found.group(1)) is None:
        return None
    if _LATIN_OR_DIGIT.match(text, found.end()):
        return None  # "氨基末端激酶(…,JNK)1-3": the bracket closes inside a longer name (JNK1-3)
    if any(m.start < k and m.end > pos for m in mentions):
        return None
    symbol = _symbol_mention(text, found.start(1) - 1, found.end(), mentions)
    if symbol is None:
        return None
    return symbol, brackets_after(text, found.end())


def drop_symbol_fragments(text: str, mentions: list[Mention], related=lambda a, b: a == b) -> list[Mention]:
    """``mentions`` without the gene mentions that are only a part of the symbol a definition bracket gives a
    gene name: "β3肾上腺素受体（β3-AR)" (validation46_zh ChinaXiv-201711.00488V1) defines ADRB3 as "β3-AR", whose
    "AR" the dictionary reads as the androgen receptor. The symbol is one word; a gene inside it that is
    not the named gene (``related``) is a fragment of it, not a mention."""
    if "(" not in text and "（" not in text:
        return mentions
    genes = [m for m in mentions if m.label == "GENE" and m.entity_id]
    by_end: dict[int, list[Mention]] = {}
    for g in genes:
        by_end.setdefault(g.end, []).append(g)
    drop: set[int] = set()
    for found in _BRACKET_AFTER.finditer(text):
        symbol = definition_symbol(found.group(1))
        if symbol is None:
            continue
        name_end = found.start()
        while name_end > 0 and text[name_end - 1].isspace():
            name_end -= 1
        names = by_end.get(name_end)
        if not names:
            continue
        start, end = found.start(1) + symbol[0], found.start(1) + symbol[1]
        for g in genes:
            if start <= g.start and g.end <= end and (g.start, g.end) != (start, end) \
                    and not any(related(n.entity_id, g.entity_id) for n in names):
                drop.add(id(g))
    return [m for m in mentions if id(m) not in drop] if drop else mentions

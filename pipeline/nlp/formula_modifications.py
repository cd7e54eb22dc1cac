"""Herbs taken out of a named formula, written short: 复脉汤去姜桂, 小柴胡汤去参草, 清宫汤去莲心.

A classical prescription is often a base formula modified (加减): "X汤去A加B" removes members A
of X and adds herbs B. What is removed must be a member of X, so the text may write it short: one
character per herb (姜桂 = 生姜 + 桂枝 of 复脉汤, 参草 = 人参 + 甘草 of 小柴胡汤) or a shortened
name (莲心 = 莲子心 of 清宫汤). The general contraction table (herb_context.contraction_table)
leaves such characters out when they stand for several herbs across formulas (姜: 生姜 or 干姜;
草: 甘草, 炙甘草 …), but inside one formula's member list they are unambiguous. This is the
reading rule of 方剂加减 (Xie Ming, 方剂学, "药味加减变化"): the removed drugs are read against the
base formula's composition, which the dictionary gives (members of its FML row).

Pure functions over one paragraph's text and mentions; ``members_of(formula id) -> [(herb id,
herb Chinese name)]`` gives the composition.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

FORMULA_PREFIX = "FML:"
# Removal cues right after the formula name: 去, 减, 减去, 去掉 (not 加减, which is "modified").
_REMOVE = lazy_re.compile(r"减去|去掉|去|减")
_RUN_END = frozenset("，。；：,.;:!?！？（）()加倍用入合及与并和或以为者之")
_ITEM_SEPARATOR = "、"
_LONGEST_RUN = 10
_NUMERALS = frozenset("一二三四五六七八九十百千半两钱分")


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _owner(ch: str, names: list[tuple[str, str]]) -> str | None:
    """The one member whose name holds ``ch`` (None when none or several do)."""
    owners = {hid for hid, name in names if ch in name}
    return owners.pop() if len(owners) == 1 else None


def _is_subsequence(short: str, name: str) -> bool:
    it = iter(name)
    return all(ch in it for ch in short)


def _short_name(piece: str, names: list[tuple[str, str]]) -> str | None:
    """The one member whose name starts with piece[0] and holds piece's characters in order (莲心
    of 莲子心), the piece being shorter than that name."""
    owners = {hid for hid, name in names
              if len(name) > len(piece) and name[0] == piece[0] and _is_subsequence(piece, name)}
    return owners.pop() if len(owners) == 1 else None


def removed_members(text: str, mentions: list[Mention],
                    members_of: Callable[[str], list[tuple[str, str]]]) -> list[Mention]:
    """Mentions added for the members a formula modification removes in short form.

    After a formula mention (id ``FML:…`` with a known composition) and a removal cue (去, 减,
    减去), the removed items run to the next clause mark or verb (加, 倍, 用 …). The run must be
    read whole as: herb mentions already there, 、, two characters each standing for a different
    member (the one member whose name holds it: 姜桂 -> 生姜, 桂枝; two mentions on one span, as
    herb_context.contractions gives), or two characters that shorten one member's name (莲心 ->
    莲子心). Anything else (a character of no member or of several, a lone character) leaves
    the run alone. Nothing is added over a mention."""
    cued = [(f, cue) for f in mentions if f.label == "HERB" and f.entity_id.startswith(FORMULA_PREFIX)
            and (cue := _REMOVE.match(text, f.end)) is not None]
    if not cued:  # most paragraphs: no formula with a removal cue, so nothing to index
        return mentions
    herbs = {m.start: m for m in mentions
             if m.label == "HERB" and not m.entity_id.startswith(FORMULA_PREFIX)}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for f, cue in cued:
        names = [(hid, name) for hid, name in members_of(f.entity_id) if name]
        if len(names) < 2:
            continue
        p = q = cue.end()
        while q < len(text) and q - p < _LONGEST_RUN and text[q] not in _RUN_END \
                and (_is_han(text[q]) or text[q] == _ITEM_SEPARATOR):
            q += 1
        new = _read_run(text, p, q, names, herbs, taken)
        if new:
            added.extend(new)
            taken.update(i for m in new for i in range(m.start, m.end))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


def _read_run(text: str, p: int, q: int, names: list[tuple[str, str]], herbs: dict[int, Mention],
              taken: set[int]) -> list[Mention] | None:
    """The mentions a removal run text[p:q] adds, read left to right; None unless it reads whole."""
    out: list[Mention] = []
    i = p
    while i < q:
        if text[i] == _ITEM_SEPARATOR:
            i += 1
            continue
        if i in herbs and herbs[i].end <= q:
            i = herbs[i].end
            continue
        piece = text[i:i + 2]
        if len(piece) < 2 or i in taken or i + 1 in taken or set(piece) & _NUMERALS:
            return None
        a, b = _owner(piece[0], names), _owner(piece[1], names)
        if a and b and a != b:
            out += [Mention(i, i + 2, hid, "HERB", "dictionary", piece) for hid in (a, b)]
        elif (short := _short_name(piece, names)) is not None:
            out.append(Mention(i, i + 2, short, "HERB", "dictionary", piece))
        else:
            return None
        i += 2
    return out or None

"""A compound named as the substrate inside a Chinese enzyme name is not a compound mention.

Chinese names an enzyme by its substrate and what it does, glued: 天门冬氨酸氨基转移酶 (aspartate
aminotransferase, AST), 谷氨酸脱氢酶, 丙酮酸激酶, 胆固醇酰基转移酶. When the whole name is in the
dictionary it is matched as the gene, the longest match; when it is not (or OCR cut it:
"天门冬氨酸氨基转氨酶"), the substrate alone was matched, and "细柱五加果实乙醇提取物通过降低血清中…
天门冬氨酸氨基转氨酶的活性" made the herb act on aspartate. A COMPOUND mention followed, with nothing
between, by a few Chinese characters that end in 酶 names part of an enzyme, not the compound.
"""

from __future__ import annotations

import re

from pipeline.nlp.matcher import Mention

# the enzyme's action and head right after the substrate: 氨基转移酶, 转氨酶, 脱氢酶, 激酶, 合成酶 …
# (at most six characters before 酶, none a conjunction or list mark that would end the name)
_ENZYME_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?酶")
_NOT_IN_HEAD = re.compile(r"[和与及或、的]")


def names_an_enzyme_substrate(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention glued to an enzyme head after it (天门冬氨酸|氨基转氨酶)?"""
    if m.label != "COMPOUND":
        return False
    head = _ENZYME_HEAD.match(text, m.end)
    return head is not None and not _NOT_IN_HEAD.search(head.group(0))


def drop_enzyme_substrates(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without compounds named inside an enzyme name."""
    return [m for m in mentions if not names_an_enzyme_substrate(text, m)]

"""An enzyme and the product of the reaction it catalyses (Chinese): the enzyme ``upregulates`` the product.

GUIDELINES 2 types a change of a compound's amount as up-/downregulates, and an enzyme that makes a compound raises
its amount: the gold types "再在5-羟色氨酸脱羧酶作用下生成5-HT" (new_papers_zh ChinaXiv-202207.00046V1) as DDC
``upregulates`` serotonin and "PLC催化磷脂酰肌醇4,5-二磷酸(PIP2)分子水解成磷酸肌醇(IP)和二酰基甘油(DAG)" (validation38_zh
ChinaXiv-201712.01110V1; the same sentence in validation_zh ChinaXiv-201712.00947V1) as PLC ``upregulates`` IP and DAG.
No effect cue names the link: the verb is one of making (生成, 合成, 水解成, 转化为, 产生), its subject the reaction the
enzyme catalyses. Chinese states it three ways, each read by one pattern:

* the enzyme as the subject of 催化, the product the object of the verb of making after the substrate:
  "X(可)催化S(水解)生成/水解成 [A和] P";
* the enzyme in the 在…作用下 adjunct ("under the action of X"), the verb of making after it: "在X(的)(催化)作用下生成P";
* the product first, the enzyme as the agent of 由 ("P是由X催化…产生的": "一氧化氮是由一氧化氮合酶（NOS）催化氧化L-精氨酸产生
  的弱氧化剂", free ChinaXiv pool).

The substrate (S) is consumed, not made: it is not typed here. The product may be a later item of the list after the
verb ("水解成磷酸肌醇(IP)和二酰基甘油(DAG)"). Pure functions over the sentence text and character offsets.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_MADE = r"(?:生成|合成|水解成|水解为|转化成|转化为|转变成|转变为|缩合成|形成|产生)"
_NO_BREAK = r"(?:[^，,。；;：:！!？?]|(?<=\d),(?=\d))"  # "磷脂酰肌醇4,5-二磷酸": a comma inside a chemical name
# earlier items of the product list after the verb ("磷酸肌醇(IP)和"), each short, no verb of its own
_ITEMS = r"(?:" + _NO_BREAK + r"{1,24}?(?:、|和|及|与|以及)){0,3}"
_GLOSS = r"(?:\s*[(（][^()（）]{0,40}[)）])?"  # the enzyme's bracketed gloss ("(tryptophan hydroxylase,TPH)")
# enzyme … product: "X催化S生成P", "(在)X)的催化作用下生成P" (在 is often left out: "…作用下" alone names the adjunct)
_CATALYSES = lazy_re.compile(r"^" + _GLOSS + r"\s*(?:可以|能够|可|能|会|则|也|还|直接)?\s*催化" + _NO_BREAK + r"{0,40}?" + _MADE
                             + r"\s*(?:了)?\s*" + _ITEMS + r"\s*$")
_UNDER_ACTION = lazy_re.compile(r"^" + _GLOSS + r"\s*[)）]?\s*(?:的)?\s*(?:催化)?\s*作用下\s*(?:进一步|再|可|能)?\s*" + _MADE
                                + r"\s*(?:了)?\s*" + _ITEMS + r"\s*$")
# product … enzyme: "P是由X催化…产生的"
_BY_BEFORE = lazy_re.compile(r"^\s*(?:是|则|均|主要|主要是)?\s*(?:由|经)\s*$")
_CATALYSED_AFTER = lazy_re.compile(_GLOSS + r"\s*(?:催化|作用)" + _NO_BREAK + r"{0,40}?" + _MADE)


def made_by(text: str, enzyme_start: int, enzyme_end: int, product_start: int, product_end: int) -> tuple[int, int] | None:
    """(start, end) of the verb of making when the mention ``text[enzyme_start:enzyme_end]`` is the enzyme that makes
    the product mention ``text[product_start:product_end]`` by one of the three patterns, else None."""
    if enzyme_end <= product_start:
        gap = text[enzyme_end:product_start]
        found = _CATALYSES.match(gap) or _UNDER_ACTION.match(gap)
        if found is None:
            return None
        verb = list(re.finditer(_MADE, gap))
        return (enzyme_end + verb[-1].start(), enzyme_end + verb[-1].end()) if verb else None
    if product_end <= enzyme_start and _BY_BEFORE.match(text[product_end:enzyme_start]):
        found = _CATALYSED_AFTER.match(text, enzyme_end, min(len(text), enzyme_end + 90))
        if found is None:
            return None
        verb = list(re.finditer(_MADE, found.group(0)))
        return enzyme_end + verb[-1].start(), enzyme_end + verb[-1].end()
    return None

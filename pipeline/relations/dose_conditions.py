"""A compound named by its dose in a condition adjunct: the treatment, not a read-out.

Chinese results of dose-response experiments name the compound only as the condition under
which the read-out changed:

* "RES浓度为200和400μmol/L时,FoxO1的mRNA和蛋白质表达量显著或极显著提高" — the dose clause
  "X浓度为…时" (sample ChinaXiv-201711.00904V1; "苜蓿皂苷添加终浓度为50、100μg/mL时,BRL细胞活性…",
  validation ChinaXiv-201711.00864V1; "当药物浓度为5μmol/L时", new_papers ChinaXiv-201707.00654V1);
* "Bcl-2的mRNA表达量随着RES浓度增加极显著降低" — the dose-response adjunct "随着X浓度(的)增加"
  (the same sample paper; "随着W40浓度的增加,GLC-82细胞的凋亡率逐渐升高", new_papers
  ChinaXiv-201707.00654V1; "随着芍药苷浓度的增加,细胞内荧光强度明显减弱", new_papers
  ChinaXiv-201806.00141V1).

"X浓度" otherwise names a measured level ("5-HT浓度升高": the compound is what changed,
roles.is_readout); a dose set by the experimenter ("浓度为<number>…时", "随着X浓度增加") is the
condition of the finding, so X is the sentence's agent (GUIDELINES 5.9: a conditional statement
counts, "在高剂量时 X 下调 Y"; the condition is not part of the row), and the 增加 of the dose is
no effect cue. A non-effect at one dose ("RES浓度为100μmol/L时,FoxO1的…表达量与对照组差异不显著")
is a stated non-effect (GUIDELINES 5.8: a negated row beside the non-negated one of another dose).

Pure functions over the sentence text; effects.py asks them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

# what may stand between the compound and its dose word: "的", a treatment verb, "终" (final); or
# a reagent named by its target ("随着EGF受体抑制剂浓度不断升高", validation ChinaXiv-201711.00762V1)
_REAGENT = r"(?P<reagent>(?:受体)?(?:(?P<loss>抑制剂|阻断剂|拮抗剂)|激动剂|激活剂))"
_DOSE_WORD = r"\s*" + _REAGENT + r"?\s*(?:的)?\s*(?:作用|干预|处理|添加|给药|培养)?\s*(?:终)?(?:浓度|剂量)"
_RISING = r"\s*(?:的)?\s*(?:逐渐|不断)?(?:增加|升高|增大|提高|加大|递增|增高)"  # the dose's rise
# "X浓度为200和400μmol/L时", "X浓度分别为…时", "X剂量达到…时": a number before 时 in the same clause
_DOSE_WHEN = lazy_re.compile(_DOSE_WORD + r"\s*(?:分别)?(?:为|达到?|是|≥|>|大于|高于|低于|<|≤)\s*"
                             r"(?=[^,，;；。]{0,50}?时)(?=[^,，;；。时]{0,50}?\d)[^,，;；。]{0,50}?时")
# "随着X浓度(的)增加", "随X剂量的升高"
_WITH_BEFORE = lazy_re.compile(r"随着?\s*(?:不同)?\s*$")
_DOSE_RISING = lazy_re.compile(_DOSE_WORD + _RISING)
# "X浓度依赖性地抑制…", "呈X剂量依赖性": the compound's dose, not its level
_DOSE_DEPENDENT = lazy_re.compile(_DOSE_WORD + r"\s*(?:依赖|相关)")


class Adjunct(NamedTuple):
    """The condition adjunct naming a mention by its dose: its span, whether the mention is a
    reagent's target ("EGF受体抑制剂浓度") and the sign of that reagent on its target (-1 for an
    inhibitor, blocker or antagonist, +1 for an agonist or activator, +1 for no reagent)."""

    start: int
    end: int
    reagent: bool
    sign: int


def _adjunct(found: re.Match[str], start: int, end: int) -> Adjunct:
    return Adjunct(start, end, found.group("reagent") is not None, -1 if found.group("loss") else 1)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def dose_adjunct(text: str, start: int, end: int) -> Adjunct | None:
    """The condition adjunct that names the mention text[start:end] by its dose ("X浓度为…时",
    "随着X浓度增加", "随着Y抑制剂浓度升高"), else None."""
    found = _DOSE_WHEN.match(text, end)
    if found is not None:
        opening = text.rfind("当", max(0, start - 2), start)
        return _adjunct(found, opening if opening >= 0 else start, found.end())
    with_ = _WITH_BEFORE.search(text, max(0, start - 6), start)
    if with_ is not None:
        rising = _DOSE_RISING.match(text, end)
        if rising is not None:
            return _adjunct(rising, with_.start(), rising.end())
    return None


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def named_by_dose(text: str, start: int, end: int) -> bool:
    """Is the mention's "浓度/剂量" its dose (a condition adjunct or a dose dependence), not a
    measured level of it?"""
    return dose_adjunct(text, start, end) is not None or _DOSE_DEPENDENT.match(text, end) is not None


_ANY_DOSE = lazy_re.compile(r"浓度|剂量")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def may_name_a_dose(text: str) -> bool:
    """Does the sentence hold a dose word at all (the cheap test before the per-pair rules)?"""
    return _ANY_DOSE.search(text) is not None


_ADJUNCT_OPENING = lazy_re.compile(r"随着?\s*(?:不同)?\s*[^,，;；。]{1,20}?" + _DOSE_WORD + _RISING)  # its compound recognised or not


def rising_dose_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dose-response adjuncts "随着<anything>浓度(的)增加" of the sentence, whether or
    not the compound is a recognised mention ("随着药物浓度的增加"): the 增加 is the dose's, no cue."""
    if not may_name_a_dose(text):
        return []
    return [(m.start(), m.end()) for m in _ADJUNCT_OPENING.finditer(text)]


# "…与对照组差异不显著": the read-out did not differ at that dose (the phrase negation.py knows as
# "差异无统计学意义"; kept here, where the subject is the dosed read-out, not a list of read-outs)
_NO_DIFFERENCE = lazy_re.compile(r"差异(?:均)?不显著")


def no_difference(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """(start, end, words) of "差异不显著" in text[lo:hi], else None."""
    found = _NO_DIFFERENCE.search(text, lo, hi)
    return (found.start(), found.end(), found.group(0)) if found else None

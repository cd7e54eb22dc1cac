"""Two drugs used together: the combination constructions the cue words of cues.py miss.

corpus/gold/GUIDELINES.md section 2 gives ``combined_with`` to two herbs or compounds used together, and
5.4 keeps it for combinations the paper studies as treatment ("巴弗洛霉素A1 增强奥沙利铂的敏感性",
"联合用药"). cues.py's "combined" words (联合, 合用, combined with, plus, synergy …) type most of them; four
constructions of the pharmacology register name a combination without those words:

* **a verb of adding between the two names**: "葛根素注射液加地塞米松预防…" (validation_zh
  ChinaXiv-201712.00990V1's reference, gold Puerarin ``combined_with`` Dexamethasone), "A 加用 B",
  "A 并用 B" — 加 directly joining two drug names (a preparation word such as 注射液 may end the first)
  is the coordinating verb of a regimen; "Licorice often accompany T. wilfordii in clinical application"
  (validation_en PMID26697674, gold ``combined_with``) likewise;
* **a drug interaction**: "possible interaction of cranberry juice with warfarin" (validation_en
  PMID19058474), "interactions between A and B", "the A–B interaction": pharmacology's "interaction"
  between two drugs is their co-administration and its effect;
* **an add-on**: "used … as an additive agent to the 5-HT3 receptor antagonists and dexamethasone"
  (PMID23404093), "adjunct to", "add-on to", "co-administered with" (not "concurrent with": "ginseng, before and
  concurrent with adriamycin" times a protection against the toxin, PMID16372366);
* **a supplement to a therapy**: "Vitamin B12 and folinic acid supplementation of ZDV therapy does not seem useful"
  (validation41_en PMID7628595, gold ``combined_with`` for each): the first drug is added to the second's regimen;
* **a regimen with two drugs**: "patients received everolimus with cyclosporine and corticosteroids" (validation41_en
  PMID18466433, gold ``combined_with``): "with" after a verb of receiving or giving joins the drugs of one regimen;
* **potentiation**: "A 增强 B 的敏感性/疗效/杀伤作用", "A enhanced the sensitivity/efficacy of … to B",
  "sensitizes … to B": A is given to make B work better, the guideline's own example.

Only HERB/COMPOUND pairs are asked (effects._label's composition and combination branch); a stimulus, a
model inducer or a reagent blocking the other's effect never gets here as a combination (antagonism is
typed before).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_ZH_ADD_GAP = lazy_re.compile(r"\s*(?:注射液|注射剂|片|胶囊|颗粒|口服液|滴丸)?\s*(?:加用|加|伍用|并用|配合使用|配合|合并使用|联合应用|联合使用)\s*")
_ACCOMPANY_GAP = lazy_re.compile(r"\s+(?:(?:often|usually|commonly|frequently)\s+)?accompan(?:y|ies|ied)\s+", re.IGNORECASE)
_INTERACTION_BEFORE = lazy_re.compile(r"\binteractions?\s+(?:of|between)\s+(?:the\s+)?$", re.IGNORECASE)
_INTERACTION_GAP = lazy_re.compile(r"\s*(?:with|and)\s+(?:the\s+)?", re.IGNORECASE)
_INTERACTION_AFTER = lazy_re.compile(r"^\s*(?:drug\s+|herb-drug\s+)?interactions?\b", re.IGNORECASE)
_PAIR_GAP = lazy_re.compile(r"\s*(?:-|–|—|/|\s+and\s+)\s*", re.IGNORECASE)
_ADD_ON = lazy_re.compile(r"\b(?:additive|add-on|adjunct(?:ive)?|adjuvant)\s+(?:(?:agent|therapy|treatment|drug|medication)s?\s+)?"
                          r"(?:to|with)\b|\bco-?administ\w+\s+with\b|\bcoadminist\w+\s+with\b|\bsupplementation\s+(?:of|to)\b",
                          re.IGNORECASE)
_ZH_POTENTIATE = lazy_re.compile(r"(?:增强|增加|提高|促进)(?:了)?\s*$")
_ZH_EFFICACY_AFTER = lazy_re.compile(r"^\s*(?:的)?\s*(?:化疗)?(?:敏感性|敏感度|疗效|药效|抗肿瘤作用|抗肿瘤效果|杀伤作用|细胞毒性)")
_EN_POTENTIATE = lazy_re.compile(r"\b(?:enhanc|potentiat|increas|improv|augment)\w*\s+(?:the\s+)?(?:anti-?tumou?r\s+)?"
                                 r"(?:sensitivity|efficacy|cytotoxicity|effects?|activity)\s+of\s+(?:[\w\-/]+\s+){0,4}?(?:to\s+)?$"
                                 r"|\bsensiti[sz]\w*\s+(?:[\w\-/]+\s+){0,4}?to\s+$", re.IGNORECASE)
# (a cell line's name may join two names by "/": "Chrysin enhances sensitivity of BEL-7402/ADM cells to doxorubicin",
# validation44_zh ChinaXiv-201711.00871V1 reference title, gold ``combined_with``)
# list material only between an add-on phrase and the drug it is added to: names, "the", "and", commas; up to
# eight items, each a whole word (the stop-37 form also split words, read "the"/"and"/"or" twice and gave the
# spaces between items to either side: a long gap was tried in ~4^8 ways, 1-3 s; bench/regex_backtracking.py)
_LIST_TAIL = lazy_re.compile(r"^(?:$|(?:\s*(?:,|、|[\w\-]+(?![\w\-])(?:\s+(?:receptor|antagonists?|inhibitors?|agents?|drugs?))?)){1,8}\s*$)",
                             re.IGNORECASE)


# "patients received A with B": a verb of receiving or giving a treatment before the first drug, "with" between them
_REGIMEN_BEFORE = lazy_re.compile(r"\b(?:received|receiving|receive|given|giving|administered|treated\s+with)\s+"
                                  r"(?:(?:oral|intravenous|subcutaneous|daily|weekly|low-dose|high-dose|standard)\s+){0,2}$", re.IGNORECASE)
_REGIMEN_GAP = lazy_re.compile(r"\s+(?:together\s+)?with\s+(?:(?:oral|intravenous|low-dose|high-dose)\s+)?", re.IGNORECASE)


def added_to(text: str, first, second) -> bool:
    """Is ``first`` given with or added to the regimen of ``second`` ("received A with B", "A supplementation of B
    therapy", "as an additive agent to … B")? The pair is one regimen even when the sentence names ``second`` elsewhere
    as the inducer of a toxicity ("… supplementation of ZDV therapy does not seem useful in preventing … ZDV-induced
    myelotoxicity"), so this is asked before the stimulus reading."""
    gap = text[first.end:second.start]
    if _REGIMEN_GAP.fullmatch(gap) and _REGIMEN_BEFORE.search(text[max(0, first.start - 50):first.start]):
        return True  # "patients received everolimus with cyclosporine"
    add_on = None
    for add_on in _ADD_ON.finditer(gap):
        pass
    # "… as an additive agent to the 5-HT3 receptor antagonists and dexamethasone"
    return add_on is not None and not re.search(r"[;；。]", gap) and bool(_LIST_TAIL.match(gap[add_on.end():].strip()))


def stated_combination(text: str, first, second) -> bool:
    """Does the sentence ``text`` state that the HERB/COMPOUND mentions ``first`` and ``second`` (``start``/``end``,
    ``first`` before ``second``, other mentions blanked or not) are used together by one of the constructions
    above?"""
    gap = text[first.end:second.start]
    if _ZH_ADD_GAP.fullmatch(gap) or _ACCOMPANY_GAP.fullmatch(gap):
        return True  # "葛根素注射液加地塞米松"
    if _INTERACTION_GAP.fullmatch(gap) and _INTERACTION_BEFORE.search(text[max(0, first.start - 40):first.start]):
        return True  # "interaction of cranberry juice with warfarin"
    if _PAIR_GAP.fullmatch(gap) and _INTERACTION_AFTER.match(text[second.end:second.end + 30]):
        return True  # "the warfarin–cranberry interaction"
    if added_to(text, first, second):
        return True
    if len(gap) <= 20 and _ZH_POTENTIATE.search(gap) and _ZH_EFFICACY_AFTER.match(text[second.end:second.end + 12]):
        return True  # "巴弗洛霉素A1…增强奥沙利铂的敏感性"
    return bool(len(gap) <= 120 and not re.search(r"[;；。]", gap) and _EN_POTENTIATE.search(gap))

"""What induces a protein, named at the start of that protein's name, is no mention of its own.

Proteins are named after the signal that induces them, and papers write the name out before its short
form: "retinoic acid-inducible gene I (RIG-I)", "glucocorticoid-induced leucine zipper (GILZ)" (HGNC
approved names follow the same pattern: "PTEN induced kinase 1", "insulin induced gene 2", "interferon
gamma inducible protein 16"); Chinese papers translate them word for word: "视黄酸诱导基因1样受体(RLRs)",
"即视黄酸诱导基因1(retinoic acid-inducible gene 1)" (ChinaXiv-201711.01754V1, ChinaXiv-201712.00361V1 of the
pool), "NF-κB诱导激酶(NIK)" (ChinaXiv-201712.00990V1), "胰岛素诱导基因2(Insig2)". The dictionary has the short
forms and some long forms, but where it lacks the long form it finds the inducer inside it — retinoic acid,
glucocorticoid, insulin, NF-κB — and pairs it with everything the sentence says of the protein (the
ChinaXiv dev pool's top rows held "retinoic acid upregulates RIGI" from "视黄酸诱导基因1样受体(RLRs)").

Rule: a COMPOUND or GENE mention followed by "-induced"/"-inducible"/诱导(的), at most a few words, a
protein head noun (gene, protein, kinase, factor, receptor, zipper / 基因, 蛋白, 激酶, 因子, 受体) with an
optional designator, and then a bracket that opens with a GENE mention or an English long form, is the start of
that protein's name: the mention is dropped; the short form keeps its own reading. A stimulus of an
experiment is written the same way — "DNCB-induced mitogen-activated protein kinases (MAPKs)" (validation
PMID23717095), "LPS诱导的肿瘤坏死因子α(TNF-α)" — but there the bracket defines the protein's own name, not one
that starts with the inducer: as in Schwartz & Hearst's (2003) matching of a short form to its long form, the short
form (or the English gloss) must start with the inducer's first letter (its English name's, for a Chinese
inducer: 视黄酸 → "retinoic acid" → RLRs). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_HEAD_EN = r"(?:genes?|proteins?|kinases?|factors?|receptors?|zippers?|transcripts?|phosphatases?|ligases?)"
_HEAD_ZH = r"(?:基因|蛋白|激酶|因子|受体)"
_DESIGNATOR = r"(?:[\s\-]?(?:\d{1,2}[a-z]?|[IVX]{1,4}|[A-Z]|[α-ω]))?"
_INDUCED_NAME_EN = lazy_re.compile(
    r"\s?-?\s?(?:induced|inducible)\s+(?:[A-Za-z][\w\-]*\s+){0,3}?" + _HEAD_EN + _DESIGNATOR
    + r"(?:[\s\-]like\s+receptors?)?(?:\s*\(\s*|\s*,\s*(?=[A-Za-z][\w\-]{1,10}\s*\)))", re.IGNORECASE)
_INDUCED_NAME_ZH = lazy_re.compile(
    r"\s?诱导的?[\u4e00-\u9fffA-Za-z0-9\-]{0,8}?" + _HEAD_ZH + r"(?:\s?(?:\d{1,2}|[IⅠⅡ]{1,3}|[A-Z]))?"
    r"(?:样受体)?\s*[（(]\s*")
# an English long form in the bracket of a Chinese name: "(retinoic acid-inducible gene 1)"
_ENGLISH_GLOSS = lazy_re.compile(r"[A-Za-z][a-z]+[\s\-][a-z]")


def _initial(word: str) -> str:
    return next((c.lower() for c in word if c.isascii() and c.isalpha()), "")


def induced_protein_name(text: str, m: Mention, mentions: list[Mention],
                         english_name: Callable[[str], str]) -> tuple[int, int] | None:
    """(start, end) of the written-out name of a protein induced by what the mention ``m`` names, when ``m``
    starts it (module docstring); else None. ``english_name``: an entity id's English name."""
    if m.label not in ("COMPOUND", "GENE"):
        return None
    name = _INDUCED_NAME_EN.match(text, m.end) or _INDUCED_NAME_ZH.match(text, m.end)
    if name is None:
        return None
    inside = name.end()
    initial = _initial(m.text) if m.text[:1].isascii() else _initial(english_name(m.entity_id))
    short = next((o for o in mentions if o.start == inside and o.label == "GENE" and o.entity_id != m.entity_id), None)
    if short is not None:
        named = _initial(short.text) == initial
    else:
        named = (text[m.end:inside].lstrip(" -").startswith("诱导") and bool(_ENGLISH_GLOSS.match(text, inside))
                 and _initial(text[inside:inside + 3]) == initial)
    return (m.start, name.start() + len(name.group().rstrip(" (（,"))) if named and initial else None


def drop_inducer_names(text: str, mentions: list[Mention], english_name: Callable[[str], str]) -> list[Mention]:
    """``mentions`` without those inside the written-out name of a protein named after its inducer
    (the inducer, and any other word of the name the dictionary knows: "leucine" of "glucocorticoid-induced
    leucine zipper")."""
    if "(" not in text and "（" not in text:
        return mentions
    names = [span for m in mentions if (span := induced_protein_name(text, m, mentions, english_name)) is not None]
    if not names:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in names)]

"""A ligand that binds its receptor and then acts ("X与受体R结合后激活…", "X结合受体R后,通过…激活…"): X ``via`` R.

Chinese states a ligand's mechanism as a serial verb chain: the ligand binds its receptor (与R结合 / 结合R) and a
consequence marker (后 "after", 来/以 "so as to", 进而/从而 "thereby") leads to what it does. The receptor is the
means of that action, as in "A 通过 R …" (GUIDELINES 2: ``via``; own_receptors.py reads "通过(与)其受体"):

* "而IGF-I需要与IGF-IR 结合来激活下游信号通路" (validation38_zh ChinaXiv-201711.01073V1, gold IGF1 ``via`` IGF1R);
* "综上所述,Ghrelin结合受体GHSR-1a后,通过调控…DKK-1的表达,激活了WNT/β-catenin信号通路" (validation_zh
  ChinaXiv-201712.01000V1, gold GHRL ``via`` GHSR);
* "EGF 与EGF受体结合后能激活细胞内多条信号通路" (validation_zh ChinaXiv-201711.00762V1, gold EGF ``via`` EGFR).

Only a receptor (named 受体 / receptor, or a symbol ending in R: "IGF-IR", "GHSR-1a", "EGFR") and only with the
consequence marker: binding alone ("TLR4的TIR区与MyD88的羧基端结合") states no mechanism of one through the other.
"""

from __future__ import annotations

from pipeline import lazy_re

# between ligand and receptor: modal words, then 与/和 (with 其 or 受体 before the name) or the verb 结合 itself
_WITH_BEFORE = lazy_re.compile(r"\s*(?:需要|必须|首先|先|可以|能够|可|能|会|通常)*\s*(?:与|和)\s*(?:其|相应的?)?\s*(?:受体)?\s*$")
_BINDS_BEFORE = lazy_re.compile(r"\s*(?:需要|必须|首先|先|可以|能够|可|能|会|通常)*\s*结合\s*(?:其|相应的?)?\s*(?:受体)?\s*$")
# after the receptor: (相)结合 for the 与 form, then the consequence marker; the 结合 form needs the marker only
_BOUND_THEN = lazy_re.compile(r"\s*(?:相)?结合\s*(?:后|之后|来|以|进而|从而|继而)")
_THEN = lazy_re.compile(r"\s*(?:后|之后|来|以|进而|从而|继而)")
_RECEPTOR_NAME = lazy_re.compile(r"(?:受体|receptor|R(?:-?\d+[A-Za-z]?)?)\s*$")


def binds_then_acts(text: str, ligand_start: int, ligand_end: int, receptor_start: int, receptor_end: int
                    ) -> tuple[int, int] | None:
    """(start, end) of the 结合 of "ligand 与 receptor 结合后/来…" or "ligand 结合 receptor 后…", the ligand's mention
    before the receptor's; None when the sentence does not say so (or the second mention names no receptor)."""
    if ligand_end > receptor_start:
        return None
    name = text[receptor_start:receptor_end]
    if not _RECEPTOR_NAME.search(name) and not text[max(0, receptor_start - 2):receptor_start] == "受体":
        return None
    gap = text[ligand_end:receptor_start]
    if _WITH_BEFORE.fullmatch(gap) and (after := _BOUND_THEN.match(text, receptor_end)):
        at = text.index("结合", after.start())
        return at, at + 2
    if (before := _BINDS_BEFORE.fullmatch(gap)) and _THEN.match(text, receptor_end):
        at = ligand_end + before.group(0).index("结合")
        return at, at + 2
    return None

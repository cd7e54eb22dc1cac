"""A ligand acting "through its receptor" (通过其受体 / 通过与其受体结合), its receptor named earlier.

Chinese names a ligand's receptor after the ligand ("雌激素受体", "醛固酮受体") and, once named, refers back
to it with the possessive 其 ("its"): "X通过其受体…" / "X可通过与其受体结合…" states that X acts through that
receptor, which GUIDELINES 2 labels ``via`` ("A 通过 X …", the coreference rule for 其):

* "…肝癌组织中雌激素受体表达与肿瘤的分期有关[5-7],而且雌激素可通过与其受体结合抑制NF-KB活性,…"
  (validation_zh ChinaXiv-201712.00248V1; gold estrogens ``via`` ESR);
* "…醛固酮受体在成骨细胞、破骨细胞上均有分布表达…,醛固酮可能通过其受体介导的信号通路调节成骨细胞上ENaC
  基因的转录和表达" (new_papers_zh ChinaXiv-201801.00630V1; gold aldosterone ``via`` NR3C2).

The receptor is the ligand's own only when its name is the ligand's name followed by 受体, so 其 cannot
point at another receptor of the sentence.
"""

from __future__ import annotations

from pipeline import lazy_re

# after the ligand: an optional modal or adverb, 通过, optionally 与 (binding), then 其受体
_THROUGH_ITS_RECEPTOR = lazy_re.compile(r"\s*(?:可能|可以|能够|主要|也|还|可|能)*\s*(?P<via>通过|经由)\s*(?:与|结合)?\s*其受体")


def own_receptor(ligand: str, receptor: str) -> bool:
    """Is ``receptor`` (a mention's text) the receptor named after ``ligand`` ("雌激素" / "雌激素受体")?"""
    ligand = ligand.strip()
    return bool(ligand) and receptor.strip() == ligand + "受体"


def through_its_receptor(text: str, ligand_end: int) -> tuple[int, int] | None:
    """(start, end) of the 通过 that opens "通过(与)其受体" right after the ligand mention ending at
    ``ligand_end``; None when the ligand is not followed by it."""
    found = _THROUGH_ITS_RECEPTOR.match(text, ligand_end)
    return found.span("via") if found else None

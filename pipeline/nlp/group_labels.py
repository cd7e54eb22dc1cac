"""Experiment-group labels read as gene symbols: numbered subgroups and control words.

Animal and cell experiments name their groups with short codes: 对照组, 模型组, DM组 (diabetes),
and subgroups numbered after them (DM1组, DM2组 for two treatments of the diabetic rats), and cell
lines carrying a control construct are written with a control word (K562-Ctrl, si-NC). Such codes
collide with gene aliases: DM1 and DM2 are aliases of DMPK and CNBP (myotonic dystrophy types 1 and
2), Ctrl spells CTRL (chymotrypsin-like protease), CTR is an alias of CALCR. Two constructions mark
a label whatever its letters:

* **Numbered subgroups.** A code used as a group label (X组, "X group") whose stem without its
  final digits is itself a group label of the same document (DM1组 beside DM组): the number numbers
  the groups, not a gene family. Papers list their groups once and then use the codes everywhere
  (tables, legends "DM1: DM+ghrelin"), so the label is the code's sense in the whole document (one
  sense per discourse, Gale, Church & Yarowsky 1992) unless the code is the gene's approved symbol
  as written (a gene named as a group, "BMP9组" beside "BMP组", keeps its gene).
* **Control words** (Ctrl, CTR, Con, NC, Sham, Mock, Vehicle, Blank, Model): the control of an
  experiment, written in mixed case (Ctrl), joined by a hyphen to a cell line or construct
  (K562-Ctrl, si-CTRL) or before 组 / "group". In capitals alone ("CTR mRNA", calcitonin receptor of
  osteoclasts) the gene stays.

Pure functions: ``group_label_names`` over the document's paragraph texts, ``drop_group_labels``
per paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_CODE = r"[A-Za-z][A-Za-z0-9+\-]*[A-Za-z0-9+]|[A-Za-z]"
# X组 (not 组织 tissue, 组成 composition, 组分 fraction, 组合, 组建, 组装, 组蛋白 histone) or "X group(s)"
_GROUP_AFTER = r"(?:\s?组(?!织|成|分|合|建|装|蛋白|学)|\s+groups?\b)"
_LABEL = lazy_re.compile(rf"(?<![A-Za-z0-9+\-/])({_CODE}){_GROUP_AFTER}")
_NUMBERED = lazy_re.compile(r"^(?P<stem>[A-Za-z][A-Za-z+\-]*?)-?\d{1,2}$")

CONTROL_WORDS = frozenset({"ctrl", "ctr", "con", "nc", "sham", "mock", "vehicle", "blank", "model"})
_GROUP_WORD_AFTER = lazy_re.compile(_GROUP_AFTER)
_JOINERS = frozenset("-_")


def group_labels(text: str) -> set[str]:
    """The codes written as group labels in one text (DM组, DM1组, "DM1 group")."""
    return {m.group(1) for m in _LABEL.finditer(text)}


def group_label_names(texts: Iterable[str]) -> frozenset[str]:
    """Numbered subgroup labels of a document: group labels whose stem (the label without its
    final number) is a group label too (DM1, DM2 beside DM)."""
    labels: set[str] = set()
    for text in texts:
        if "组" in text or "group" in text:
            labels |= group_labels(text)
    out = set()
    for label in labels:
        numbered = _NUMBERED.match(label)
        if numbered and numbered.group("stem") in labels:
            out.add(label)
    return frozenset(out)


def is_control_label(text: str, m: Mention) -> bool:
    """A control word (CONTROL_WORDS) written as a label: not in capitals (Ctrl), hyphen-joined to
    a neighbour (K562-Ctrl, si-CTRL) or before 组 / "group"."""
    if m.text.lower() not in CONTROL_WORDS:
        return False
    joined = (m.start > 0 and text[m.start - 1] in _JOINERS) or text[m.end:m.end + 1] in _JOINERS
    return not m.text.isupper() or joined or bool(_GROUP_WORD_AFTER.match(text, m.end))


# 组蛋白 (histone) is also a group's 组 run into 蛋白 (protein): "测定各组蛋白浓度" (each group's protein
# concentration, sample ChinaXiv-201801.00630V1), "取各组蛋白经聚丙烯酰胺凝胶电泳" (validation ChinaXiv-201712.00990V1),
# "Sericin+3-MA组蛋白表达介于两组之间" (sample ChinaXiv-201806.00153V1), "KA组蛋白质合成代谢" (sample
# ChinaXiv-201712.00816V1). 组 is the group's after a group quantifier (各, 每, 两, 三 …), before 质 (蛋白质 is
# "protein"; histone is never 组蛋白质), or after a label's last letter or digit when the protein's amount
# follows (表达, 浓度, 含量, 水平, 经, 样) — unless the label is a histone's own code ("H4组蛋白乙酰化").
_GROUP_QUANTIFIER_BEFORE = lazy_re.compile(r"[各每两二三四五六七八九十余]$")
_LABEL_END_BEFORE = lazy_re.compile(r"[A-Za-z0-9+)）]\s?$")
_HISTONE_CODE_BEFORE = lazy_re.compile(r"(?<![A-Za-z0-9])H(?:1|2A|2B|3|4)(?:\.\d)?\s?$")
_AMOUNT_AFTER = lazy_re.compile(r"(?:表达|浓度|含量|水平|经|样)")


def is_group_protein(text: str, m: Mention) -> bool:
    """Is the mention's 组蛋白 a group label's 组 and 蛋白 (above), not histone?"""
    if not m.text.startswith("组蛋白"):
        return False
    if text.startswith("组蛋白质", m.start):
        return True
    before = text[max(0, m.start - 6):m.start]
    if _GROUP_QUANTIFIER_BEFORE.search(before):
        return True
    return (m.text == "组蛋白" and bool(_LABEL_END_BEFORE.search(before)) and not _HISTONE_CODE_BEFORE.search(before)
            and bool(_AMOUNT_AFTER.match(text, m.end)))


def drop_group_labels(text: str, mentions: list[Mention], labels: frozenset[str],
                      symbol_of: Callable[[str], str]) -> list[Mention]:
    """The paragraph's mentions without gene mentions that are the document's numbered subgroup
    labels (``labels``, unless written as the gene's approved symbol: ``symbol_of(entity id)``),
    control words written as labels, or a group's 组 run into 蛋白 (各组蛋白浓度)."""
    out = []
    for m in mentions:
        if m.label == "GENE" and m.entity_id and (
                (m.text in labels and m.text != symbol_of(m.entity_id)) or is_control_label(text, m)
                or is_group_protein(text, m)):
            continue
        out.append(m)
    return out

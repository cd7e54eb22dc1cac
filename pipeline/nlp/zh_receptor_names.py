"""A ligand's name followed by 受体 names the receptor, not the ligand.

Chinese names a receptor by its ligand and the head noun 受体 ("receptor"), the ligand often in
Latin script: "替米沙坦对糖尿病大鼠认知功能及大脑皮质Ghrelin受体表达的影响" (validation_zh
ChinaXiv-201712.01000V1, a title and a reference title) names the ghrelin receptor GHSR, the
protein whose expression was measured; the matcher found only "Ghrelin" (GHRL) because the
dictionary holds the receptor under its English name ("ghrelin receptor") and under Chinese names,
not under the mixed-script "Ghrelin受体", and the title read "telmisartan affects GHRL". The
receptor names the dictionary already holds whole ("EGF受体", "Notch受体", "醛固酮受体",
"Toll样受体") are matched as one mention and are not touched.

Rule (the Chinese counterpart of nlp/glued.py ``receptor_mentions``, "5-HT4R"): a GENE or COMPOUND
mention followed directly by 受体 becomes one GENE mention of the receptor when the dictionary
names "<ligand> receptor" (``receptor_named``: the annotator's lookup, the same as for "5-HT4R").
Not when 受体 heads a longer name of another protein: "IL-1受体相关激酶" (IRAK), "…受体激活剂"
(RANK ligand), "…受体拮抗剂/激动剂/阻断剂" (a drug class: the receptor stays the drug's target, read by
the relation rules from the ligand's name as before).

A Chinese ligand name is no key to "<ligand> receptor": the dictionary holds 胰岛素样生长因子-I (IGF1) but
neither "胰岛素样生长因子-I receptor" nor 类胰岛素样生长因子-I受体, so the longer name lost to its inner
word and IGF-I stood for its receptor (validation38_zh ChinaXiv-201711.01073V1: "给予类胰岛素样生长因子-I受体
（IGF-IR）抑制剂AG1024" and the reference title "胰岛素样生长因子I受体与细胞凋亡信号转导"; the abbreviation
was IGF1R, the long form IGF1). So when the surface names no receptor, a GENE ligand's receptor is read
through the ligand entity's own English names (``receptor_of_entity``: "IGF-I receptor" → IGF1R, "IL1R",
"TNFR"; the sample's "可溶性TNF-α受体", ChinaXiv-201812.00846V1); a compound's through its canonical name only
(三磷酸肌醇受体 → "Inositol 1,4,5-Trisphosphate receptor", ITPR). Not after a slash: "Toll/白细胞介素-1受体
(Toll/interleukin-1 receptor,TIR)" and "Toll/IL-1受体同源区" name the TIR domain of TLRs and adaptors (three
papers of the free ChinaXiv pool), not IL1R1.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_RECEPTOR = lazy_re.compile(r"\s?受体(?!相关|激活|拮抗|激动|阻断|抑制剂|配体)")
_LABELS = frozenset({"GENE", "COMPOUND"})


def zh_receptor_mentions(text: str, mentions: list[Mention],
                         receptor_named: Callable[[str], str | None],
                         receptor_of_entity: Callable[[str], str | None] | None = None) -> list[Mention]:
    """``mentions`` with every "<ligand>受体" read as the receptor (module docstring)."""
    if "受体" not in text:
        return mentions
    out: list[Mention] = []
    changed = False
    starts = {m.start for m in mentions}
    for m in mentions:
        head = _RECEPTOR.match(text, m.end) if m.label in _LABELS else None
        if head is None or any(s for s in starts if m.end <= s < head.end()):
            out.append(m)
            continue
        receptor = receptor_named(text[m.start:m.end])
        if (receptor is None and receptor_of_entity is not None
                and not text[max(0, m.start - 2):m.start].rstrip().endswith("/")):
            receptor = receptor_of_entity(m.entity_id)
        if receptor is None or receptor == m.entity_id:
            out.append(m)
            continue
        out.append(Mention(m.start, head.end(), receptor, "GENE", m.how, text[m.start:head.end()]))
        changed = True
    return sorted(out, key=lambda m: (m.start, -m.end)) if changed else mentions

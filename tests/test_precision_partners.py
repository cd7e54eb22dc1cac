"""Entities recognised wrongly as relation partners that crowded the top |gold| rows (stop 36).

Each sentence is copied verbatim from the document named beside it; in a baseline run (main d94e8bb)
the pairs asserted absent here stood inside the top |gold| of their gold set as false positives.
"""

from __future__ import annotations

import pytest

from pipeline.relations.facts import facts_of


def _partner_ids(annotator, text: str) -> set[str]:
    adoc = annotator.annotate("t", text)
    return {i for s in facts_of(adoc).sentences for p in s.typed_pairs() for i in (p.a[1], p.b[1])}


def _mentions(annotator, text: str) -> dict[str, object]:
    adoc = annotator.annotate("t", text)
    return {m.text: m for item in adoc.sentences for m in item.mentions}


# GUIDELINES section 1: endogenous ions and metabolites are no entities. Protein aggregates are no
# compound at all; the hydroxyl radical is a reactive oxygen species as superoxide and hydrogen
# peroxide are; phosphatidylethanolamine and phosphatidylserine are membrane phospholipids (the lipid
# LC3 is conjugated to, the lipid annexin V detects); "bone mineral density" measures minerals.
@pytest.mark.parametrize("text, surface, partner", [
    # new_papers_zh ChinaXiv-201712.00767V1 and validation_zh ChinaXiv-201712.00999V1 (reference title)
    ("p62/SQSTM1 binds directly to Atg8/LC3 to facilitate degradation of ubiquitinated protein aggregates "
     "by autophagy", "protein aggregates", "FPLX:MAP1LC3"),
    # validation_zh ChinaXiv-201711.01148V1 (reference title)
    ("Activation of guanylate cyclase by superoxide dismutase and hydroxyl radical: a physiological regulator "
     "of guanosine 3',5'-monophosphate formation", "hydroxyl radical", None),
    # new_papers_zh ChinaXiv-201712.00767V1
    ("LC3在细胞有两种存在形式,即LC3-I和LC3-III,LC3-I经过泛素化蛋白酶系统的加工修饰并与自噬体膜表面的"
     "磷脂酰乙醇胺(PE)结合形成LC3-II[10],因此LC3-II在细胞内的表达量与自噬泡的数量密切相关。",
     "磷脂酰乙醇胺", "FPLX:MAP1LC3"),
    # validation_zh ChinaXiv-202207.00209V1
    ("除此外,ATG7募集LC3-I到自噬体膜上,ATG5-12-16L1依赖的磷脂酰乙醇胺(PE)脂化为LC3-II,对自噬体的成熟至关重要。",
     "磷脂酰乙醇胺", None),
    # validation_zh ChinaXiv-201712.00999V1 (reference title)
    ("Annexin V-affinity assay: A review on an apoptosis detection system based on phosphatidylserine exposure",
     "phosphatidylserine", None),
    # validation_en PMID17062721
    ("In randomized controlled trials, bisphosphonates (pamidronate and zoledronic acid) and selective estrogen "
     "receptor modulators (raloxifene and toremifene) increased bone mineral density in GnRH agonist-treated men.",
     "mineral", "CPD:raloxifene"),
])
def test_endogenous_substances_are_recognised_but_no_partner(annotator, text, surface, partner):
    mention = _mentions(annotator, text)[surface]
    assert mention.how == "endogenous"
    ids = _partner_ids(annotator, text)
    assert mention.entity_id not in ids
    if partner:  # the sentence's other pairs stay
        assert partner in ids

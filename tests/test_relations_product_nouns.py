"""Issue 14, stop 28: a compound named as the product of "production/synthesis/accumulation" is no agent.

Real sentences: PMID12067102 (new_papers_en; gold has IL1B/TNF/IL6 -> PTGS2 here, no PGE2 row),
PMID22878908 (new_papers_en; gold Thiazolidinediones -> CYP19A1 inhibits), ChinaXiv-201801.00669V1's
reference title (new_papers_zh gold: Advanced Oxidation Protein Products -> Apoptosis activates).
"""

from __future__ import annotations

from pipeline.relations.facts import facts_of
from pipeline.relations.product_nouns import is_product

PGE2 = ("These results indicate that the synergy between IL-beta, TNF-alpha, IL-6 on PGE2 production is due to an "
        "enhanced gene expression of COX-2 and that tyrosine kinase (s) are involved in the signal transduction of "
        "COX-2 in mouse calvarial osteoblasts.")
ESTROGEN = "We have previously reported that TZDs reduce estrogen synthesis by inhibiting aromatase activity in human granulosa cells (HGC)."
AOPP = ("Accumulation of advanced oxidation protein products induces podocyte apoptosis and deletion through "
        "NADPH-dependent mechanisms")
PGD2 = ("The ethanol extract of A. altissima (EAa) inhibited generation of the cyclooxygenase-2 (COX-2) dependent "
        "phases of prostaglandin D2 in bone marrow-derived mast cells (BMMC)")
IL6_BY_LPS = "Pretreatment reduced the production of IL-6 by LPS in macrophages."


def _labels(annotator, text: str) -> dict[frozenset[str], tuple[str, str]]:
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.row[1], p.row[3])): (p.row[5], p.row[9]) for s in facts.sentences for p in s.typed_pairs()}


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_the_product_before_a_deverbal_noun_is_no_agent(annotator, gene_id):
    assert is_product(PGE2, *_at(PGE2, "PGE2")) and is_product(ESTROGEN, *_at(ESTROGEN, "estrogen"))
    label, agent = _labels(annotator, PGE2)[frozenset(("MESH:D015232", gene_id("PTGS2")))]
    assert agent != "MESH:D015232" and label == "associated"
    # the genes acting on COX-2 in the same sentence keep their finding
    assert _labels(annotator, PGE2)[frozenset((gene_id("IL6"), gene_id("PTGS2")))][0] == "upregulates"


def test_the_product_after_of_is_a_product_but_an_agent_after_by_is_not():
    assert is_product(PGD2, *_at(PGD2, "prostaglandin D2"))
    assert not is_product(IL6_BY_LPS, *_at(IL6_BY_LPS, "LPS"))


def test_an_accumulated_product_that_induces_keeps_its_effect(annotator):
    assert not is_product(AOPP, *_at(AOPP, "advanced oxidation protein products"))
    label, agent = _labels(annotator, AOPP)[frozenset(("MESH:D062107", "hsa04210"))]
    assert (label, agent) == ("activates", "MESH:D062107")

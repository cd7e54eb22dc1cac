"""The body's own lipids (cholesterol, sterols, triglycerides, phospholipids) named as what a gene moves, makes or
a treatment lowers are no relation partners (nlp/body_lipids.py; GUIDELINES 1: endogenous metabolites are no entities
unless administered).

Sentences copied from the pipeline's sentences of validation39_zh ChinaXiv-201711.00916V1 and validation_zh
ChinaXiv-201711.00864V1 (their evidence columns) and the review corpus (reviews, zhang2022 ferroptosis review).
"""

from __future__ import annotations

from pipeline.nlp.body_lipids import BODY_LIPIDS, is_administered

# validation39_zh ChinaXiv-201711.00916V1: "Cholesterol–LDLR upregulates" ranked 3rd of the set's false rows
CURCUMIN = ("窦晓兵[22]进一步研究了其机理,结果表明姜黄素可以通过激活胆固醇调节元件(SRE)促进LDLR的表达,"
            "或者是通过逆转受胰岛素诱导2(Insig2)抑制的胆固醇调节元件结合蛋白(SREBP)通路上调LDLR的表达。")
# validation39_zh ChinaXiv-201711.00916V1: "Cholesterol–ABCG5/ABCG8 downregulates" (ranks 4-5)
KNOCKOUT = ("Yu等[25-26]研究发现,ABCG5、ABCG8基因敲除的小鼠中,胆汁胆固醇分泌急剧减少,"
            "而在ABCG5、ABCG8转基因鼠中胆汁酸胆固醇含量显著增多,粪便中性胆固醇含量也显著增多。")
# validation_zh ChinaXiv-201711.00864V1: cholesterol–ABCA1 (0.50)
EFFLUX = "同时,ABCA1在巨噬细胞清除过多的胆固醇,阻止动脉粥样硬化进展方面发挥重要作用[15]。"
# validation39_zh ChinaXiv-201711.00916V1, a reference title: dietary cholesterol–ABCG5/8
TITLE = ("Overexpression of ABCG5 and ABCG8 promotes biliary cholesterol secretion and reduces fractional "
         "absorption of dietary cholesterol")
# validation39_zh ChinaXiv-201711.00916V1, a reference title: sterol–ABCG5/8
STEROLS = "Sterolins ABCG5 and ABCG8:regulators of whole body dietary sterols"
# validation_zh ChinaXiv-201711.00864V1: the herb lowering the serum panel (TG linked to triacylglycerol)
PANEL = "Yu等[17]的研究表明,苜蓿皂苷能够显著降低高脂小鼠血液中TC、TG和LDL-C含量。"


def _partners(annotator, text: str) -> set[str]:
    """The entity ids of the pairs ``sentence_pairs`` makes (relations/pairs.py leaves the no-partner mentions out)."""
    from pipeline.relations.facts import facts_of

    pairs = [p for s in facts_of(annotator.annotate("t", text)).sentences for p in s.typed_pairs()]
    return {i for p in pairs for i in (p.a[1], p.b[1])}


def _pairs(annotator, text: str) -> set[tuple[str, str]]:
    from pipeline.relations.facts import facts_of

    return {(p.a[1], p.b[1]) for s in facts_of(annotator.annotate("t", text)).sentences for p in s.typed_pairs()}


def test_cholesterol_is_no_partner_of_the_genes_that_regulate_it(annotator, mentions_of):
    assert "CPD:cholesterol" in {eid for _, eid in mentions_of(EFFLUX)}  # still recognised (NER)
    for text in (CURCUMIN, KNOCKOUT, EFFLUX):
        assert "CPD:cholesterol" not in _partners(annotator, text), text


def test_the_agent_keeps_its_gene(annotator):
    pairs = _pairs(annotator, CURCUMIN)
    assert ("CPD:curcumin", "HGNC:6547") in pairs or ("HGNC:6547", "CPD:curcumin") in pairs


def test_dietary_cholesterol_and_sterols_in_titles(annotator):
    assert not {"CPD:cholesterol", "MESH:D002791"} & _partners(annotator, TITLE)
    assert "CPD:sterol" not in _partners(annotator, STEROLS)


def test_serum_lipid_panel_is_no_partner_of_the_herb(annotator):
    partners = _partners(annotator, PANEL)
    assert not {"CPD:cholesterol", "CPD:triacylglycerol", "CHEBI:47774"} & partners


def test_given_lipid_is_an_agent():
    # the administered forms the guidelines keep (made-up phrases: no development text gives cholesterol itself)
    text = "cholesterol-loaded macrophages"
    assert is_administered(text, 0, len("cholesterol"))
    text = "用胆固醇处理细胞"
    assert is_administered(text, 1, 4)
    text = "降低血清胆固醇的含量"
    assert not is_administered(text, 4, 7)


def test_plant_sterols_are_not_body_lipids():
    # herb constituents (stigmasterol, sitosterol) are agents: only the body's own lipid classes are listed
    assert "CPD:cholesterol" in BODY_LIPIDS
    assert not any("sitosterol" in i or "stigmasterol" in i for i in BODY_LIPIDS)

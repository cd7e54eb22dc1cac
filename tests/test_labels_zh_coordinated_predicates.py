"""Stop 39: an object of one Chinese predicate is no agent of a cue inside a later predicate coordinated with it by
而/并/且 ("GR(1-28)可激活Gs/cAMP/PKA通路,而失去了激活PLC…的能力", "作用于…EIF4E…,并能直接磷酸化PTEN"):
both predicates are the subject's (cue_scope.in_coordinated_predicate_zh, the Chinese counterpart of stop 36's
English ", and co-operates with … by activating").

Real sentences of the development texts (validation38_zh, the document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# ChinaXiv-201712.01110V1 (gold: PKA–PKC, PKA–PLC associated; GR(1-28)/GR(1-34), the peptides, activate)
PEPTIDES = ("而PTH(29-34)区域是介导PTH/nonPLC/PKC通路的关键区域[8],因此GR(1-28)可激活Gs/cAMP/PKA通路,"
            "而失去了激活PLC和nonPLC/PKC的能力,GR(1-34)可激活Gs/cAMP/PKA及nonPLC/PKC通路,而不能激活PLC。")
# ChinaXiv-201712.01150V1 (mTOR acts on its downstream targets and phosphorylates PTEN: no EIF4E–PTEN statement)
DOWNSTREAM = ("有文献说明,AKT的活化直接磷酸化mTOR使之活化后作用于下游与翻译有关的P70S6K,EIF4E及翻译抑制蛋白4E-BPs,"
              "并能直接磷酸化PTEN,激活蛋白的转录,从而在转录水平和翻译水平上对肿瘤细胞的蛋白进行调节[9-10]。")
# the subject keeps the coordinated predicate's verb: mTOR phosphorylates PTEN
SUBJECT = "mTOR可作用于下游的P70S6K,并能直接磷酸化PTEN。"


def test_an_object_is_no_agent_of_a_coordinated_predicates_verb(annotator):
    typed = typed_pairs(annotator, PEPTIDES)
    assert typed[("FPLX:PKA", "FPLX:PLC")].label == "associated"  # was PKA activates PLC
    assert typed[("FPLX:G_s", "FPLX:PLC")].label == "associated"


def test_listed_objects_are_no_agents_of_the_next_predicate(annotator, gene_id):
    typed = typed_pairs(annotator, DOWNSTREAM)
    assert typed[(gene_id("EIF4E"), gene_id("PTEN"))].label == "associated"  # was activates
    assert typed[("FPLX:EIF4EBP", gene_id("PTEN"))].label == "associated"


def test_the_subject_keeps_its_coordinated_verb(annotator, gene_id):
    typed = typed_pairs(annotator, SUBJECT)
    pair = typed[(gene_id("MTOR"), gene_id("PTEN"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("MTOR"))


def test_an_unrecognised_latin_subject_owns_its_clauses_verb(annotator):
    # ",因此GR(1-28)可激活Gs/cAMP/PKA通路": the peptide GR(1-28) (no entity) is the subject of 激活; PTH and the PKC
    # pathway named in the copula's clause before are no agents of it (were PTH/PKC pathway activates PKA, G_s)
    typed = typed_pairs(annotator, PEPTIDES)
    assert typed[("HGNC:9606", "FPLX:PKA")].label == "associated"
    assert typed[("AXIS:FPLX:PKC", "AXIS:FPLX:G_s/FPLX:PKA")].label == "associated"


def test_a_clause_without_a_latin_subject_keeps_the_earlier_agent():
    from pipeline.relations import cue_scope

    text = "AOPPs可激活p38,并可诱导E-cadherin的下调,因此W40可以显著抑制细胞增殖。"
    assert cue_scope.latin_subject(text, [], text.index("因此"), text.index("抑制"))
    assert not cue_scope.latin_subject(text, [], text.index("并可"), text.index("诱导"))


def test_an_intervening_clause_with_its_own_subject_is_a_chain_link():
    # made-up: "X激活A,<a clause with its own subject>,而且激活B" — A's activation is the first link of a chain, not an
    # object of the subject's coordinated predicate; an intervening means clause is the same subject's
    from pipeline.relations import cue_scope
    from pipeline.relations.cues import clause_breaks
    from pipeline.relations.effects import Span

    chain = "NS1643激活通道hERG3,钾离子外流不仅促使积累,而且激活AMPK。"
    means = "P53可以激活hERG3,通过抑制其活性来促进自噬,也可通过激活AMPK促进自噬。"
    for text, expected in ((chain, False), (means, True)):
        a = text.index("hERG3")
        spans = [Span(a, a + 5, "GENE", "A"), Span(text.index("AMPK"), text.index("AMPK") + 4, "GENE", "B")]
        cue = text.rindex("激活")
        assert cue_scope.in_coordinated_predicate_zh(text, spans, a, a + 5, cue, clause_breaks(text)) is expected


# ChinaXiv-201712.00818V1 (sulindac lowers β-catenin and raises p-Gsk3β: two read-outs of one treatment, no relation between)
CO_TARGETS = "而舒林酸联合处理则能抑制上述脑组织中β-catenin表达水平并增加Gsk3β第9位丝氨酸磷酸化水平。"


def test_verb_phrases_joined_by_bing_share_their_subject(annotator, gene_id):
    typed = typed_pairs(annotator, CO_TARGETS)
    assert typed[(gene_id("CTNNB1"), gene_id("GSK3B"))].label == "associated"  # was CTNNB1 upregulates GSK3B

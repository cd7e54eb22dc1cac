"""Stop 52: the Chinese 对-object of a signed regulation, read with its subject (relations/zh_dui_effects.py).

"对Y进行正调节", "对Y的负性调节": the object stands before the signed regulation word, and the subject is the mention right
before 对, the subject of a 通过 means, or the topic of a chain of subjectless clauses. Real sentences (the document named
at each); before the module each pair was ``associated``.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_dui_effects

# validation45_zh ChinaXiv-201711.01011V1 (gold Rheb activates mTOR): the topic of a chain, "能够直接与mTOR结合对mTOR…"
RHEB = ("Hay等[8通过哺乳动物细胞证实,Rheb在状态为Rheb-GTP时才具有活性,能够直接与mTOR结合对mTOR进行正向调节,"
        "而且mTOR上游TSC1-TSC2复合物可调节其活性[81]。")
# validation45_zh ChinaXiv-201812.00297V1 (gold PTEN inhibits PI3K): the subject of a means, "X是通过…实现对Y的负性调节的"
PTEN = "PTEN/PI3K/Akt信号通路中PTEN是通过将PI3P去磷酸化为PIP2实现对PI3K的负性调节的。"
# validation47_zh ChinaXiv-201711.00393V1: "对…进行调节" without 正/负 states no direction
UNSIGNED = "TSC1和TSC2形成复合物对TOR信号通路的下游进行调节,TSC2是GTPase激活蛋白。"


def test_topic_of_a_clause_chain_regulates_the_dui_object(annotator, gene_id):
    pair = typed_pairs(annotator, RHEB)[(gene_id("RHEB"), gene_id("MTOR"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("RHEB"))


def test_means_subject_regulates_the_dui_object(annotator, gene_id):
    pair = typed_pairs(annotator, PTEN)[(gene_id("PTEN"), "FPLX:PI3K")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("PTEN"))


def test_predicate_needs_a_sign_and_a_named_subject():
    class S:
        def __init__(self, start, end, entity_id):
            self.start, self.end, self.entity_id = start, end, entity_id

    tsc1 = S(0, 4, "TSC1")
    tsc2 = S(UNSIGNED.index("TSC2"), UNSIGNED.index("TSC2") + 4, "TSC2")
    tor = S(UNSIGNED.index("TOR"), UNSIGNED.index("TOR") + 3, "TOR")
    from pipeline.relations.cues import clause_breaks
    assert zh_dui_effects.dui_effects(UNSIGNED, [tsc1, tsc2, tor], clause_breaks(UNSIGNED)) == []
    # validation47_zh ChinaXiv-201711.00393V1 (gold Rheb activates MTOR): "其…" continues the chain back to Rheb
    chain = "其中Rheb是具有GTP酶(GTPase)活性的蛋白,其活性状态为Rheb-GTP,可结合于TOR,并对TOR进行正调节,同时其活性受到TSC1的调节。"
    rheb = S(2, 6, "RHEB")
    tors = [S(i, i + 3, "TOR") for i in (chain.index("于TOR") + 1, chain.index("对TOR") + 1)]
    found = zh_dui_effects.dui_effects(chain, [rheb, *tors], clause_breaks(chain))
    assert [(a.entity_id, t.entity_id, sign) for a, t, sign, *_ in found] == [("RHEB", "TOR", 1)]
    # constructed: a denied effect noun states no effect
    denied = "TSC2对TOR无明显抑制作用。"
    assert zh_dui_effects.dui_effects(denied, [S(0, 4, "TSC2"), S(5, 8, "TOR")], clause_breaks(denied)) == []

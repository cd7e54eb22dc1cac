"""Stop 43 (issue 14, Chinese labels): a consequence connective (从而/进而/继而) after a gene object makes the gene
act on the next verb's object with the composed sign (relations/clause_chains.consequence_object;
effects._clause_chain), as GUIDELINES 2 reads "A 通过激活 X 来抑制 Y".

clause_chains.chained_object reads "激活X途径,抑制Y活性" only when the first object names a pathway or an activity:
two bare objects of one subject's verbs are co-targets ("运动可抑制自噬,减少细胞凋亡"). An explicit 从而 says the
second change follows from the first, so a bare gene, a list of genes, or "X的激活/表达" is a pivot too.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import clause_chains

# validation38_zh ChinaXiv-201711.01073V1 (gold JAK2 and JAK3 ``activates`` the JAK/STAT pathway: blocking them blocks it)
AG490 = "研究称AG490作为JAK激酶抑制剂，可以有效阻断JAK2和JAK3 的激活，从而阻断JAK/STAT信号通路传导[21]"
EXERCISE = ("另一方面，运动可抑制自噬，减少细胞凋亡和坏死，改善心室重塑，从而改善心血管疾病的预后。")  # validation_zh
# ChinaXiv-202207.00209V1: outcomes listed with no connective between the first two: no chain (gold autophagy–apoptosis
# ``inhibits`` from another sentence; this one states none)


def test_blocked_gene_list_then_consequence_composes(annotator, gene_id):
    typed = typed_pairs(annotator, AG490)
    for symbol in ("JAK2", "JAK3"):
        pair = typed[(gene_id(symbol), "AXIS:FPLX:JAK/FPLX:STAT")]
        assert (pair.label, pair.agent) == ("activates", gene_id(symbol)), symbol  # was associated


def test_outcomes_without_connective_stay_co_targets(annotator):
    assert typed_pairs(annotator, EXERCISE)[("hsa04140", "hsa04210")].label == "associated"


def test_consequence_object_as_pure_function():
    text = "可以有效阻断JAK2和JAK3 的激活，从而阻断JAK/STAT信号通路传导"
    verb_end = text.index("JAK2")
    second_verb = text.index("阻断", text.index("从而"))
    for name in ("JAK2", "JAK3"):
        start = text.index(name)
        assert clause_chains.consequence_object(text, verb_end, start, start + len(name), (text.index("，"),),
                                                second_verb, second_verb + 2, second_verb + 2)
    # no connective: the two clauses are two changes of one subject
    plain = text.replace("从而", "")
    second_verb = plain.index("阻断", plain.index("，"))
    start = plain.index("JAK2")
    assert not clause_chains.consequence_object(plain, verb_end, start, start + 4, (plain.index("，"),),
                                                second_verb, second_verb + 2, second_verb + 2)

"""Stop 44: a ligand that binds its receptor and then acts ("与R结合后/来…", "结合受体R后…") acts ``via`` the receptor
(relations/receptor_binding.py).

Real sentences of the development texts (document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.receptor_binding import binds_then_acts

# validation38_zh ChinaXiv-201711.01073V1 (gold IGF1 via IGF1R); the first mentions are a level, the binding comes later
IGF = ("前期试验已证实无血清培养条件下,UC-MSCs和BMECs共培养可以显著提高 IGF-I及IGF-IR含量，且IGF-I主要存在于UC-MSCs中，"
       "而IGF-I需要与IGF-IR 结合来激活下游信号通路，实现其生物学功能[8]")
# validation_zh ChinaXiv-201712.01000V1 (gold GHRL via GHSR)
GHRELIN = ("综上所述,Ghrelin结合受体GHSR-1a后，通过调控糖尿病大鼠海马组织及血清中DKK-1的表达，激活了WNT/β-catenin信号通路，"
           "从而改善糖尿病大鼠的认知功能障碍")
# validation_zh ChinaXiv-201812.00711V1 (gold TLR4–MYD88 associated): binding with no consequence marker
DOMAINS = "TLR4的 TIR 区与 MyD88 的羧基端结合，并且 MyD88的氨基端与IL-1受体相关激酶的氨基端结合"


def test_a_ligand_that_must_bind_its_receptor_to_act_acts_via_it(annotator):
    assert typed_pairs(annotator, IGF)[("HGNC:5464", "HGNC:5465")].label == "via"  # was associated


def test_a_ligand_that_has_bound_its_receptor_acts_via_it(annotator):
    assert typed_pairs(annotator, GHRELIN)[("HGNC:18129", "HGNC:4267")].label == "via"  # was associated


def test_binding_without_a_consequence_is_no_mechanism(annotator):
    assert typed_pairs(annotator, DOMAINS)[("HGNC:11850", "HGNC:7562")].label == "associated"
    text = "EGF与EGF受体结合"
    assert binds_then_acts(text, 0, 3, 4, 9) is None
    assert binds_then_acts(text + "后能激活ERK", 0, 3, 4, 9) == (9, 11)


def test_binding_a_protein_that_is_no_receptor_is_no_mechanism():
    text = "Bax与Bcl-2结合后失去活性"
    assert binds_then_acts(text, 0, 3, 4, 9) is None

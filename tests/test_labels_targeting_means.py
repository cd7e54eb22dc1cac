"""Stop 41, label accuracy: "A … by/through targeting X" names X as A's means without a direction, so A–X is ``via``
(GUIDELINES 2: "A … via/through/by regulating X" with no direction given for X), as the Chinese "通过靶向X" is already
read and as "via targeting X" is. The verb before the by-phrase ("inhibits antimicrobial responses", "negatively
regulates … response") is A's effect on something else, not on X. Real reference titles, copied verbatim."""

from __future__ import annotations

# validation39_zh ChinaXiv-201903.00139V1 (reference titles; gold MIR144 via DRAM2). Its "Down-regulation of miR-20a-5p
# … through targeting JNK2" stays associated: the miRNA is the object of a loss noun (cue_scope.object_of_verb).
MIR144_DRAM2 = ("MIR144* inhibits antimicrobial responses against Mycobacterium tuberculosis in human monocytes and "
                "macrophages by targeting the autophagy protein DRAM2")
MIR149_MYD88 = "MicroRNA-149 negatively regulates TLR-triggered inflammatory response in macrophages by targeting MyD88"
# validation38_zh ChinaXiv-201712.00232V1 (reference title; gold MIR205 via RUNX2): the form already read
MIR205_RUNX2 = "MicroRNA-205 acts as a tumor suppressor in osteosarcoma via targeting RUNX2"


def test_by_targeting_names_the_means_without_a_direction(pairs_of, gene_id):
    pair = pairs_of(MIR144_DRAM2)[(gene_id("MIR144"), gene_id("DRAM2"))]
    assert pair.label == "via"
    assert pair.agent == gene_id("MIR144")


def test_by_targeting_after_a_signed_verb_of_another_object_is_via(pairs_of, gene_id):
    assert pairs_of(MIR149_MYD88)[(gene_id("MIR149"), gene_id("MYD88"))].label == "via"


def test_via_targeting_stays_via(pairs_of, gene_id):
    assert pairs_of(MIR205_RUNX2)[(gene_id("MIR205"), gene_id("RUNX2"))].label == "via"

"""Lead, stop 33: a clause-initial 降低/减少 before the acting entity names its loss, like 敲低/下调 before
it (relations/roles.py ``is_loss_of_function``), and flips the sign of what follows; a loss word over the
protein's removal ("降低IKB的降解", "抑制IKB的降解") keeps the protein instead. Read from the sample batch
(row 91 of its relations.csv: "TNC inhibits Wnt" from a heading that says the opposite)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# ChinaXiv sample 201801.00686V1, a results heading: lowering tenascin-C suppresses Wnt signalling
TNC = "2.4降低Tenascin-C的表达可抑制Wnt信号通路的活性"
# validation_zh ChinaXiv-201812.00711V1: lowering NF-κB activation lowers the cytokines' mRNA
NFKB = ("而试验证明植物乳杆菌HY115和短乳杆菌HY7401可以通过抑制IKB的磷酸化来降低NF-kB的活化,进而抑制IL-1β,"
        "TNF-α等mRNA的表达,降低炎症反应。")
# the same paper: less IκB degradation keeps NF-κB out of the nucleus (the document's row: IκB inhibits NF-κB)
IKB = ("当摄入益生菌时,益生菌可以对TLR-NF-σκB信号通路进行干预,抑制TLR的表达,调控IkB的磷酸化和泛素化,抑制IKB的降解,"
       "阻止NF-κB进入细胞核,进而阻止NF-κB对下游因子的调控。")


def test_reducing_the_agent_flips_its_effect(annotator, gene_id):
    typed = typed_pairs(annotator, TNC)
    pair = typed[(gene_id("TNC"), "hsa04310")]
    assert (pair.label, pair.agent) == ("activates", gene_id("TNC"))


def test_reducing_a_regulators_activation_flips_what_it_regulates(annotator, gene_id):
    typed = typed_pairs(annotator, NFKB)
    assert typed[("FPLX:NFkappaB", gene_id("TNF"))].label == "upregulates"


def test_less_degradation_of_a_protein_is_no_loss_of_it():
    from pipeline.relations.roles import is_loss_of_function

    # the same paper twice: "抑制IKB的降解" and "通过降低IKB的降解速率" keep IκB; "降低NF-kB的活化" loses NF-κB
    zhang = "Zhang等[29]在研究鼠李糖乳杆菌LGG时发现乳酸菌可以通过降低IKB的降解速率来抑制TLR-NF-kB信号通路"
    for text in (IKB, zhang):
        start = text.index("IKB的降解")
        assert not is_loss_of_function(text, start, start + 3)
    start = NFKB.index("NF-kB的活化")
    assert is_loss_of_function(NFKB, start, start + 5)

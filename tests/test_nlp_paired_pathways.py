"""A signalling name coordinated with a pathway before one pathway word names its pathway too (GUIDELINES 3:
"OG 通过激活mTOR和Nrf2/Keap1信号通路" -> hsa04150, "because 信号通路 governs both";
nlp/pathway_lists.py ``paired_with_a_pathway``). Only a name whose pathway KEGG names ("<name>信号通路")
is read so: a protein without a map (Survivin, Sirt1) coordinated with a pathway stays the protein."""

# verbatim
JIN = ("苔黑酚葡萄糖苷(Orcinol Glucoside, OG)通过激活 mTOR 和 Nrf2/Keap1 信号通路,减轻氧化应激和破骨细胞自噬"
       "<sup>[23]</sup>,从而预防老年性骨质疏松症。")  # corpus/jin2025_autophagy_osteoporosis.md (review body)
SAMPLE = ("He etal.(2016)研究进一步证实了纯化的结构为O-乙酰-葡甘露聚糖的铁皮石斛(D.catenatum)多糖具有显著的免疫调节"
          "活性，其免疫机制是通过上调NF-kB 和ERK1/2信号通路来实现的。")  # sample ChinaXiv-202010.00047V1 (body)
SIRT1 = "营养应激和氨基酸对防御素的调控作用可能与Sirt1和FoxO信号通路蛋白有关。"  # validation ChinaXiv-201711.00361V1
SURVIVIN = "结论 凋亡抑制蛋白Survivin与PI3K/AKT信号通路可能参与了PV的发生与发展。"  # validation ChinaXiv-201801.00619V1


def test_mtor_coordinated_with_an_axis_names_the_mtor_pathway(pairs_of):
    pairs = pairs_of(JIN)
    assert pairs[("CPD:orcinol-glucoside", "hsa04150")].label == "activates"
    assert pairs[("CPD:orcinol-glucoside", "hsa04150")].weight > pairs[("CPD:orcinol-glucoside", "HGNC:3942")].weight


def test_nf_kb_coordinated_with_a_pathway_names_its_pathway(mentions_of):
    assert ("NF-kB", "hsa04064") in mentions_of(SAMPLE)


def test_a_protein_without_a_kegg_map_stays_the_protein(mentions_of):
    for text, name in ((SIRT1, "Sirt1"), (SURVIVIN, "Survivin")):
        assert not [m for m in mentions_of(text) if m[0] == name and not m[1].startswith("HGNC:")], text

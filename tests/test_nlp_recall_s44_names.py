"""Names the dev gold needs that the dictionaries lacked (issue 14 recall, stop 44): curated in
dictionaries/curated/gene_synonyms.tsv and herb_names_en.tsv. Each sentence is an excerpt of the abstract named."""


def test_rankl_spelled_out_is_tnfsf11_not_rank(mentions_of):
    # validation_en PMID19811499: the matcher stopped at "receptor activator of NF-kappaB" (RANK, TNFRSF11A)
    found = mentions_of("TNF-alpha upregulated BMP-2 and BMP-dependent Smad transcripts and inhibited receptor "
                        "activator of NF-kappaB ligand transcripts in RAW 264.7 preosteoclast cells")
    assert ("receptor activator of NF-kappaB ligand", "HGNC:11926") in found
    assert "HGNC:11908" not in {i for _, i in found}
    # validation39_en PMID23395171
    found = mentions_of("Osteoclast maturation and function primarily depend on receptor activator of NF-κB ligand "
                        "(RANKL)-mediated induction of nuclear factor of activated T cells c1 (NFATc1)")
    assert ("receptor activator of NF-κB ligand", "HGNC:11926") in found


def test_rank_itself_stays_rank(mentions_of):
    found = mentions_of("receptor activator of nuclear factor kappa B ligand (RANKL) binds RANK")
    assert ("RANK", "HGNC:11908") in found and ("RANKL", "HGNC:11926") in found


def test_ribosomal_protein_s6_kinase_1_is_s6k1(mentions_of):
    # validation38_en PMID22972179: had been grown from RPS6's "ribosomal protein S6"
    found = mentions_of("The decline in protein synthesis was associated with repression of mTORC1 signaling, as "
                        "indicated by reduced phosphorylation of ribosomal protein S6 kinase 1 and eIF4E binding "
                        "protein-1 (4E-BP1).")
    assert ("ribosomal protein S6 kinase 1", "HGNC:10436") in found


def test_pth_type_1_receptor_and_perilipin(mentions_of):
    # validation41_en PMID23500550
    found = mentions_of("PTH and PTH-related protein (PTHrP)-an abundant local factor in bone- interact with the "
                        "common PTH type 1 receptor with similar affinities in osteoblasts.")
    assert ("PTH type 1 receptor", "HGNC:9608") in found
    # validation_en PMID23152186
    found = mentions_of("decreased expression of differentiated adipocyte markers, such as adiponectin and perilipin.")
    assert ("perilipin", "HGNC:9076") in found


def test_english_names_of_herb_drugs(mentions_of):
    # validation39_en PMID23673480
    assert ("Citrus peels", "HERB000775") in mentions_of(
        "Citrus peels and their extracts have been reported to have potent pharmacological activities")
    # validation41_en PMID21697998: the leaf (桑叶), not HERB's bare "Morus alba" row (the fruit)
    assert "HERB004834" in {i for _, i in mentions_of(
        "Protective effects of Morus alba leaves extract on ocular functions of pups")}
    # validation41_en PMID15613745
    assert "HERB004412" in {i for _, i in mentions_of(
        "Grapefruit seed extract (GSE) has been shown to exert antibacterial, antifungal and antioxidant activity")}


def test_chinese_names_of_compounds_and_the_ubiquitin_proteasome_system(mentions_of):
    # validation_zh ChinaXiv-201811.00118V1
    assert ("羟化氯喹", "CPD:hydroxychloroquine") in mentions_of(
        "Polak等[14]报道用自噬抑制剂羟化氯喹处理急性淋巴细胞白血病细胞，可抑制自噬活性而降低白血病细胞的增殖能力")
    # validation40_zh ChinaXiv-201712.01090V1
    assert ("酵母聚糖", "MESH:D015054") in mentions_of("TLR2-TRL6则负责识别来自革兰氏阳性菌的二酰基脂肽、酵母聚糖和LTA")
    # validation39_zh ChinaXiv-201711.00916V1
    assert ("褐藻糖胶", "CPD:fucoidan") in mentions_of("褐藻糖胶(FPS)对高脂血症大鼠肝脏 LDL-R mRNA 表达的影响")
    # validation41_zh ChinaXiv-202003.00069V1
    assert ("绞股蓝皂苷", "CPD:gypenoside") in mentions_of("绞股蓝体内的主要药用成分为绞股蓝皂苷（gypenoside)")
    # new_papers_zh ChinaXiv-202207.00046V1 (the text's spaces between CJK and Latin are normalised away)
    assert "MESH:D017367" in {i for _, i in mentions_of(
        "选择性 5-HT 再摄取抑制剂可增加突触间隙中的 5-HT浓度，因此 SERT 可能在内脏超敏反应的发生中起重要作用[21]")}
    # validation_zh ChinaXiv-201712.00999V1
    assert ("泛素化蛋白酶体系统", "hsa04120") in mentions_of(
        "同时抑制溶酶体自噬和泛素化蛋白酶体系统会引起ubiquitin积累的增多[3]")
    assert ("ubiquitin-proteasome pathway", "hsa04120") in mentions_of(
        "Inhibition of ubiquitin-proteasome pathway activates a caspase-3-like protease")

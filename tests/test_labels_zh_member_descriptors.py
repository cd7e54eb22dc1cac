"""Stop 41, label accuracy on Chinese sets: a gene introduced by a descriptor that names its family or its pathway is
that family's or pathway's ``member_of`` (GUIDELINES 2, 5.11, 5.15 "整合素家族成员 CD29"; 5.16 "among the BMPs, A, B
and C"), also when the descriptor lists the genes without a verb ("X家族中的 A、B和C", "X信号通路关键蛋白 A与B",
"自噬标志性蛋白,包括 A、B"). Real sentences, copied verbatim; each test names its source document."""

from __future__ import annotations

import pytest

WNT_PATHWAY = "hsa04310"
AUTOPHAGY = "hsa04140"

# validation40_zh ChinaXiv-201712.01090V1
TLRS_FAMILY = ("其中NOD2受体可识别来自革兰氏阳性细菌和革兰氏阴性细菌的肽聚糖成分[8],而TLRs家族中的TLR1、TLR2、TLR4、TLR5和TLR6"
               "表达定位与质膜上,负责识别细菌和真菌的成分,如TLR4识别来自于革兰氏阴性菌的LPS;")
# validation38_zh ChinaXiv-201712.00818V1
WNT_KEY_PROTEINS = ("出生后35d对幼鼠进行社会交往行为检测、箱焦虑样行为检测,并分离提取脑组织蛋白利用Westernblot分析Wnt信号通路关键"
                    "蛋白β-catenin与Gsk3β表达情况。")
# validation40_zh ChinaXiv-201812.00641V1
AUTOPHAGY_MARKERS = ("目前检测细胞自噬发生,主要是通过透射电镜观察细胞自噬体和自噬性溶酶体的数量及结构[3]、免疫荧光观察内源性LC3点状聚集[4]、"
                     "外源性融合蛋白GFP-LC3点状聚集[5]及内源性LC3与溶酶体膜相关蛋白(Lamp1\\Lamp2)免疫荧光共定位分析[]、WesternBlot"
                     "分析自噬标志性蛋白,包括自噬底物P62、起始复合物组份BECN1,ATG5,ATG16L1及p62等[7]。")
# validation38_zh ChinaXiv-201711.01073V1: "Bcl-2家族" is the family of the gene the dictionary reads in "Bcl-2", not
# that gene
BCL2_FAMILY = ("Bcl-2家族中的Bcl-2、Bax基因是目前已知的细胞凋亡中功能相互对立的一对最重要的调控基因[9],"
               "而Caspase-3是细胞凋亡的主要执行者[10]。")


def test_the_genes_listed_after_family_zhong_de_are_its_members(pairs_of, gene_id):
    pairs = pairs_of(TLRS_FAMILY)
    for gene in ("TLR1", "TLR2", "TLR4", "TLR5", "TLR6"):
        pair = pairs[("FPLX:TLR", gene_id(gene))]
        assert pair.label == "member_of", gene
        assert pair.agent == gene_id(gene)


def test_the_genes_a_pathways_key_protein_noun_lists_are_its_members(pairs_of, gene_id):
    pairs = pairs_of(WNT_KEY_PROTEINS)
    for gene in ("CTNNB1", "GSK3B"):
        assert pairs[(WNT_PATHWAY, gene_id(gene))].label == "member_of", gene


@pytest.mark.parametrize("gene", ["BECN1", "ATG5", "ATG16L1"])
def test_the_genes_an_autophagy_marker_noun_lists_are_its_members(pairs_of, gene_id, gene):
    assert pairs_of(AUTOPHAGY_MARKERS)[(AUTOPHAGY, gene_id(gene))].label == "member_of"


def test_the_genes_of_a_listed_family_are_no_members_of_each_other(pairs_of, gene_id):
    assert pairs_of(TLRS_FAMILY)[(gene_id("TLR1"), gene_id("TLR2"))].label != "member_of"


def test_a_gene_read_where_its_family_is_named_gets_no_members(pairs_of, gene_id):
    assert pairs_of(BCL2_FAMILY)[(gene_id("BCL2"), gene_id("BAX"))].label != "member_of"
